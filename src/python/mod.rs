//! The Python front end: source text to tokens, to a syntax tree, to bytecode, with
//! CPython 3.12's own `SyntaxError`s. Pure Rust with no web dependencies.

pub mod ast;
pub mod bytecode;
pub mod compiler;
pub mod encoding;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod symtable;
pub mod token;
pub mod unicode_names;

pub use compiler::{AVAILABLE_MODULES, Import, Program, compile};
