//! The native command-line tool `looplab`; all of its logic lives in [`looplab::cli`].

use std::io;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = looplab::cli::run(&args, &mut io::stdout().lock(), &mut io::stderr().lock());
    ExitCode::from(status)
}
