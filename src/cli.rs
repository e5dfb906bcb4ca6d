//! The `looplab` command line: parsing arguments into a [`Command`] and running it.
//!
//! Parsing is a pure function so that tests can check every case without spawning a process;
//! [`run`] writes to the streams it is given and returns the process exit status.

use std::io::Write;

use crate::VERSION;
use crate::python::error::{CompileError, ErrorKind};
use crate::python::source::SourceFile;
use crate::python::{AVAILABLE_MODULES, compile};

/// Exit status for a command line that could not be understood (as Python's argparse uses).
pub const EXIT_USAGE: u8 = 2;

/// What the user asked the tool to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    /// Compile a program and report its first error, as CPython would.
    Check {
        path: String,
    },
}

/// A command line that could not be understood, with the message to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Reads the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] => Err(UsageError("no command given".into())),
        ["-h" | "--help" | "help"] => Ok(Command::Help),
        ["-V" | "--version"] => Ok(Command::Version),
        ["check"] => Err(UsageError("check: missing FILE.py".into())),
        ["check", option] if option.starts_with('-') => {
            Err(UsageError(format!("check: unrecognized option '{option}'")))
        }
        ["check", path] => Ok(Command::Check {
            path: path.to_string(),
        }),
        ["check", _, extra, ..] => Err(UsageError(format!("check: unexpected argument '{extra}'"))),
        [first, second, ..] if first.starts_with('-') => Err(UsageError(format!(
            "unexpected argument '{second}' after '{first}'"
        ))),
        [option] if option.starts_with('-') => {
            Err(UsageError(format!("unrecognized option '{option}'")))
        }
        [command, ..] => Err(UsageError(format!("unknown command '{command}'"))),
    }
}

/// The text `looplab --help` prints.
pub fn help_text() -> String {
    format!(
        "looplab {VERSION}: see Python's asyncio think

Usage: looplab <COMMAND>
       looplab [OPTIONS]

Commands:
  check FILE.py  Compile a program as CPython 3.12 would: exit 0 if it is valid,
                 else print the error as Python does and exit 1

Options:
  -h, --help     Print this help and exit
  -V, --version  Print the version and exit

Running programs on the simulated event loop (`run`) arrives with the
runtime. The web app: `make serve`.
"
    )
}

/// Parses `args` (without the program name), runs the command, and returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let written = match parse(args) {
        Ok(Command::Help) => out.write_all(help_text().as_bytes()),
        Ok(Command::Version) => writeln!(out, "looplab {VERSION}"),
        Ok(Command::Check { path }) => return check(&path, err),
        Err(UsageError(message)) => {
            let _ = writeln!(
                err,
                "looplab: {message}\nTry 'looplab --help' for more information."
            );
            return EXIT_USAGE;
        }
    };
    // A closed stdout (`looplab --help | head -0`) is not worth a panic, but it is a failure.
    match written {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// `looplab check FILE.py`: warnings and errors on `err`, as `python3.12 FILE.py` prints them.
fn check(path: &str, err: &mut dyn Write) -> u8 {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let reason = error.to_string();
            let reason = reason.split(" (os error").next().unwrap_or(&reason);
            let _ = writeln!(err, "looplab: can't open file '{path}': {reason}");
            return EXIT_USAGE;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let bytes = error.as_bytes();
            let at = error.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let _ = writeln!(
                err,
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            );
            return 1;
        }
    };
    let source = SourceFile::new(path, &text);
    let program = match compile(&source) {
        Ok(program) => program,
        Err(error) => {
            let _ = err.write_all(error.render(path).as_bytes());
            return 1;
        }
    };
    for warning in &program.warnings {
        let line = source.line_text(warning.line).trim_start();
        let _ = writeln!(
            err,
            "{path}:{}: {}: {}\n  {line}",
            warning.line, warning.category, warning.message
        );
    }
    // An import Looplab cannot satisfy fails when the program runs; unless the program
    // catches that (`try: import uvloop` ...), say so now.
    if let Some(import) = program
        .imports
        .iter()
        .find(|i| !i.is_available() && !i.guarded)
    {
        let error = CompileError::at_bytes(
            ErrorKind::ModuleNotFoundError,
            format!(
                "No module named '{}' (Looplab provides {})",
                import.module,
                AVAILABLE_MODULES[1..].join(", ")
            ),
            import.span,
            &source,
        );
        let _ = err.write_all(error.render(path).as_bytes());
        return 1;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn help_and_version_flags_parse_in_short_and_long_form() {
        assert_eq!(parse(&args(&["--help"])), Ok(Command::Help));
        assert_eq!(parse(&args(&["-h"])), Ok(Command::Help));
        assert_eq!(parse(&args(&["help"])), Ok(Command::Help));
        assert_eq!(parse(&args(&["--version"])), Ok(Command::Version));
        assert_eq!(parse(&args(&["-V"])), Ok(Command::Version));
    }

    #[test]
    fn check_takes_one_file() {
        assert_eq!(
            parse(&args(&["check", "main.py"])),
            Ok(Command::Check {
                path: "main.py".into()
            })
        );
        assert_eq!(
            parse(&args(&["check"])),
            Err(UsageError("check: missing FILE.py".into()))
        );
        assert_eq!(
            parse(&args(&["check", "a.py", "b.py"])),
            Err(UsageError("check: unexpected argument 'b.py'".into()))
        );
        assert_eq!(
            parse(&args(&["check", "--fast"])),
            Err(UsageError("check: unrecognized option '--fast'".into()))
        );
    }

    #[test]
    fn bad_command_lines_say_what_is_wrong() {
        assert_eq!(parse(&[]), Err(UsageError("no command given".into())));
        assert_eq!(
            parse(&args(&["--frobnicate"])),
            Err(UsageError("unrecognized option '--frobnicate'".into()))
        );
        assert_eq!(
            parse(&args(&["fly"])),
            Err(UsageError("unknown command 'fly'".into()))
        );
        assert_eq!(
            parse(&args(&["--version", "extra"])),
            Err(UsageError(
                "unexpected argument 'extra' after '--version'".into()
            ))
        );
    }
}
