//! The runtime: a bytecode VM for the Python that [`crate::python`] compiles, and asyncio on
//! a simulated event loop with a virtual clock, behaving as CPython 3.12 does.
//!
//! Pure Rust with no web dependencies: the CLI, the tests and the web app all run programs
//! through [`run_program`].

pub mod asyncio;
pub mod builtins;
pub mod core_error;
mod deep_drop;
pub mod dict;
pub mod exceptions;
pub mod frame;
pub mod memory;
pub mod modules;
pub mod ops;
pub mod output;
mod run;
pub mod shared_str;
mod shutdown;
pub mod snapshot;
pub mod state_wire;
pub mod trace;
pub mod traceback;
pub mod value;
pub mod visibility;
pub mod vm;
pub mod warnings;

pub use run::{
    ExitStatus, RunError, RunOptions, RunOutcome, RunResult, StepLimit, run_program,
    run_program_streaming, run_program_watched, run_program_watching_events,
};

use value::Value;

/// Why a computation stopped without a result.
#[derive(Clone)]
pub enum Flow {
    /// A Python exception (an instance of a `BaseException` subclass).
    Exception(Value),
    /// The run must stop: a limit was reached (a task that never awaits, too many steps, too
    /// much memory). Python code cannot catch this.
    Abort(String),
}

pub type PResult<T> = Result<T, Flow>;
