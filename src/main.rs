//! The native command-line tool `looplab`; all of its logic lives in [`looplab::cli`].

use std::io;
use std::process::ExitCode;

// Programs run with the memory limit on: count what the process allocates (see
// `looplab::runtime::memory`).
#[global_allocator]
static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
    looplab::runtime::memory::CountingAllocator;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Standard output writes each line as it is printed (it is line-buffered).
    let status = looplab::cli::run(&args, Box::new(io::stdout()), Box::new(io::stderr()));
    ExitCode::from(status)
}
