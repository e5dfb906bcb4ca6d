//! Looplab: see Python's asyncio think.
//!
//! This library holds all of Looplab's logic and components; the binaries are thin (the CLI in
//! `src/main.rs`, the browser entry in `src/bin/looplab-web.rs`). What it holds, in the order a
//! program flows through it:
//! - [`python`]: the front end. Source text to tokens, an AST, scopes and bytecode, rejecting
//!   broken programs with CPython 3.12's own errors.
//! - [`runtime`]: the VM that runs the bytecode (frames that suspend at any `await`), the
//!   builtins and modules, and asyncio on a virtual clock (a loop with a ready queue and a timer
//!   heap, futures, tasks; the rest of asyncio in Python after CPython's). A run yields a
//!   [`runtime::RunOutcome`] (what CPython would print and its exit status) and a trace of every
//!   scheduling event, which [`runtime::snapshot`] replays into the loop's state at any event.
//!   The parts that need no VM (ints, strs, formatting, `random`, the set table) are the
//!   workspace crate `pycore`.
//! - [`curriculum`]: the lessons, capstones and interview questions of `content/`, their checks
//!   graded by running programs, and the drill's spaced repetition.
//! - [`cli`]: the native command-line tool `looplab` (`check`, `dis`, `run`, `curriculum`).
//! - [`ui`]: the yew web app: the shell and its pages, the components they are built from, and
//!   running programs in a Web Worker. The browser entry mounts it; native tests render it to
//!   HTML with yew's server-side renderer.
//!
//! Everything but [`ui`] is free of web dependencies (a test in `tests/it/toolchain.rs` holds
//! this), so the core builds and is tested natively and fast.

pub mod cli;
pub mod curriculum;
pub mod python;
pub mod runtime;
pub mod ui;

/// Looplab's version, as `Cargo.toml` states it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
