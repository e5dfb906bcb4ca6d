//! The `looplab` command line: parsing arguments into a [`Command`] and running it.
//!
//! Parsing is a pure function so that tests can check every case without spawning a process;
//! [`run`] writes to the streams it is given and returns the process exit status.

use std::io::Write;

use crate::VERSION;

/// Exit status for a command line that could not be understood (as Python's argparse uses).
pub const EXIT_USAGE: u8 = 2;

/// What the user asked the tool to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
}

/// A command line that could not be understood, with the message to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Reads the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    match args {
        [] => Err(UsageError("no command given".into())),
        [only] => match only.as_str() {
            "-h" | "--help" | "help" => Ok(Command::Help),
            "-V" | "--version" => Ok(Command::Version),
            other if other.starts_with('-') => {
                Err(UsageError(format!("unrecognized option '{other}'")))
            }
            other => Err(UsageError(format!("unknown command '{other}'"))),
        },
        [first, rest @ ..] => Err(UsageError(format!(
            "unexpected argument '{}' after '{first}'",
            rest[0]
        ))),
    }
}

/// The text `looplab --help` prints.
pub fn help_text() -> String {
    format!(
        "looplab {VERSION}: see Python's asyncio think

Usage: looplab [OPTIONS]

Options:
  -h, --help     Print this help and exit
  -V, --version  Print the version and exit

No commands yet: `check FILE.py` and `run FILE.py` arrive with the Python
front end and the simulated event loop. The web app: `make serve`.
"
    )
}

/// Parses `args` (without the program name), runs the command, and returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let written = match parse(args) {
        Ok(Command::Help) => out.write_all(help_text().as_bytes()),
        Ok(Command::Version) => writeln!(out, "looplab {VERSION}"),
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
