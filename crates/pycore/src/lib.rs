//! The parts of CPython 3.12 that need no interpreter: `int` arithmetic, `str` methods, number
//! and string formatting, the `random` generator, the set hash table and JSON string escaping.
//!
//! Every function here works on plain Rust values and is tested against CPython on its own. The
//! app's VM (`looplab::runtime`) wraps them in Python objects; its trace and snapshot data (what
//! the UI shows) use them directly, without the VM. This crate therefore depends on nothing of
//! the app and nothing of the web.
//!
//! Every fallible function returns the one [`Error`]: the exception CPython raises, by name,
//! with its exact message.

mod error;

pub mod format;
pub mod int;
pub mod json;
pub mod random;
pub mod set_table;
pub mod strings;
pub mod surrogates;

pub use error::Error;
