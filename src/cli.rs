//! The `looplab` command line: parsing arguments into a [`Command`] and running it.
//!
//! Parsing is a pure function so that tests can check every case without spawning a process;
//! [`run`] writes to the streams it is given and returns the process exit status.

use std::io::Write;

use crate::VERSION;
use crate::python::error::{CompileError, ErrorKind};
use crate::python::source::SourceFile;
use crate::python::{AVAILABLE_MODULES, compile};
use crate::runtime::output::Streams;

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
    /// Compile a program and print its bytecode, as `python3 -m dis` does for CPython's.
    Dis {
        path: String,
    },
    /// Run a program on the simulated event loop; optionally write its trace, or stop it after
    /// a number of steps.
    Run {
        path: String,
        trace: Option<String>,
        max_steps: Option<u64>,
    },
    /// Print the lessons and questions as JSON, for tooling.
    CurriculumJson,
    /// Run every lesson program and check every predict-the-output key.
    CurriculumCheck,
    CurriculumPauses {
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
        ["check", rest @ ..] => one_file("check", rest).map(|path| Command::Check { path }),
        ["dis", rest @ ..] => one_file("dis", rest).map(|path| Command::Dis { path }),
        ["run", rest @ ..] => parse_run(rest),
        ["curriculum", "--json"] => Ok(Command::CurriculumJson),
        ["curriculum", "check"] => Ok(Command::CurriculumCheck),
        ["curriculum", "pauses", path] => Ok(Command::CurriculumPauses {
            path: path.to_string(),
        }),
        ["curriculum", ..] => Err(UsageError(
            "curriculum: say --json (print it), check (run every lesson) or pauses FILE.py".into(),
        )),
        [first, second, ..] if first.starts_with('-') => Err(UsageError(format!(
            "unexpected argument '{second}' after '{first}'"
        ))),
        [option] if option.starts_with('-') => {
            Err(UsageError(format!("unrecognized option '{option}'")))
        }
        [command, ..] => Err(UsageError(format!("unknown command '{command}'"))),
    }
}

/// The one `FILE.py` that `check` and `dis` take.
fn one_file(command: &str, words: &[&str]) -> Result<String, UsageError> {
    match words {
        [] => Err(UsageError(format!("{command}: missing FILE.py"))),
        [option] if option.starts_with('-') => Err(UsageError(format!(
            "{command}: unrecognized option '{option}'"
        ))),
        [path] => Ok(path.to_string()),
        [_, extra, ..] => Err(UsageError(format!(
            "{command}: unexpected argument '{extra}'"
        ))),
    }
}

/// `run FILE.py [--trace OUT.jsonl] [--max-steps N]` (options may come first).
fn parse_run(words: &[&str]) -> Result<Command, UsageError> {
    let mut path = None;
    let mut trace = None;
    let mut max_steps = None;
    let mut index = 0;
    while index < words.len() {
        match words[index] {
            "--trace" => match words.get(index + 1) {
                Some(out) if !out.starts_with('-') => {
                    trace = Some(out.to_string());
                    index += 2;
                    continue;
                }
                _ => {
                    return Err(UsageError(
                        "run: --trace needs a file name (OUT.jsonl)".into(),
                    ));
                }
            },
            "--max-steps" => match words.get(index + 1).and_then(|n| n.parse::<u64>().ok()) {
                Some(steps) if steps > 0 => {
                    max_steps = Some(steps);
                    index += 2;
                    continue;
                }
                _ => {
                    return Err(UsageError(
                        "run: --max-steps needs a number of steps above 0".into(),
                    ));
                }
            },
            option if option.starts_with('-') && option.len() > 1 => {
                return Err(UsageError(format!("run: unrecognized option '{option}'")));
            }
            word => {
                if path.is_some() {
                    return Err(UsageError(format!("run: unexpected argument '{word}'")));
                }
                path = Some(word.to_string());
            }
        }
        index += 1;
    }
    match path {
        Some(path) => Ok(Command::Run {
            path,
            trace,
            max_steps,
        }),
        None => Err(UsageError("run: missing FILE.py".into())),
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
  dis FILE.py    Compile a program and print Looplab's bytecode for it: each
                 function's instructions with their lines, exception tables
                 and nested code objects (exit 1 on a syntax error)
  run FILE.py [--trace OUT.jsonl] [--max-steps N]
                 Run a program on the simulated event loop (virtual clock): its
                 output as CPython 3.12 prints it; errors and tracebacks on
                 stderr. --trace writes every scheduling event as JSON lines.
                 --max-steps stops the program after N steps of work in all, or
                 N in one task step without an await (no limit by default; the
                 memory limit always holds).
                 Exit status: 0 finished, 1 uncaught exception or syntax error,
                 3 deadlock (every task waits, no timer pending), 4 stopped by a
                 limit (--max-steps, memory, tasks); SystemExit(n)
                 exits with n, and an uncaught KeyboardInterrupt with 130, as
                 Python does
  curriculum --json
                 Print every lesson, capstone (with the program of its reference
                 solution in each of its worlds) and interview question (ids,
                 titles, levels, programs, links) as JSON
  curriculum check
                 Run every lesson's program and check every predict-the-output
                 key and step question against the simulation and CPython's
                 output, and every capstone in each of its worlds (the
                 reference passes in all, the starter fails in one); exit 1 on
                 any mismatch
  curriculum pauses FILE.py
                 List every moment a lesson's step question can pause a
                 program at (a task suspended at a line), with what each kind
                 of question would answer there

Options:
  -h, --help     Print this help and exit
  -V, --version  Print the version and exit

The web app: `make serve`.
"
    )
}

/// Parses `args` (without the program name), runs the command, and returns the exit status.
/// The streams are owned: `run` hands them to the program it runs, which writes to them as
/// it prints.
pub fn run(args: &[String], mut out: Box<dyn Write>, mut err: Box<dyn Write>) -> u8 {
    let written = match parse(args) {
        Ok(Command::Help) => out.write_all(help_text().as_bytes()),
        Ok(Command::Version) => writeln!(out, "looplab {VERSION}"),
        Ok(Command::Check { path }) => return check(&path, &mut err),
        Ok(Command::Dis { path }) => return disassemble(&path, &mut out, &mut err),
        Ok(Command::Run {
            path,
            trace,
            max_steps,
        }) => return run_file(&path, trace.as_deref(), max_steps, out, err),
        Ok(Command::CurriculumJson) => writeln!(out, "{}", curriculum_json()),
        Ok(Command::CurriculumCheck) => return curriculum_check(&mut out, &mut err),
        Ok(Command::CurriculumPauses { path }) => {
            return curriculum_pauses(&path, &mut out, &mut err);
        }
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

/// `looplab curriculum --json`: what tooling needs to know of every lesson and question.
fn curriculum_json() -> String {
    use crate::curriculum::{Check, curriculum};
    use serde_json::json;
    let curriculum = curriculum();
    let lessons: Vec<_> = curriculum
        .lessons
        .iter()
        .map(|lesson| {
            json!({
                "number": lesson.number,
                "id": lesson.id,
                "title": lesson.title,
                "summary": lesson.summary,
                "topics": lesson.topics,
                "program": lesson.program,
                "check": match &lesson.check {
                    Check::Order { .. } => "order",
                    Check::Resume { .. } => "resume",
                },
                "link": format!("#/lessons/{}", lesson.id),
            })
        })
        .collect();
    let questions: Vec<_> = curriculum
        .questions
        .iter()
        .map(|question| {
            json!({
                "id": question.id,
                "level": question.level,
                "topics": question.topics,
                "origin": question.origin,
                "question": question.question,
                "show": question.show,
            })
        })
        .collect();
    let capstones: Vec<_> = curriculum
        .capstones
        .iter()
        .map(|capstone| {
            let source = curriculum
                .program(&capstone.program)
                .map_or("", |p| p.source.as_str());
            let (_, reference, _) = crate::curriculum::capstone::parts(source);
            // Each world with the program that runs the reference solution in it (for
            // scripts/capstone-world-goldens to run on CPython).
            let worlds: Vec<_> = (0..capstone.worlds.len())
                .map(|index| {
                    let world = &capstone.worlds[index];
                    json!({
                        "name": world.name,
                        "about": world.about,
                        "settings": world.settings,
                        "reference_program": crate::curriculum::capstone::program_in(
                            capstone, source, reference, index
                        ),
                    })
                })
                .collect();
            json!({
                "number": capstone.number,
                "id": capstone.id,
                "title": capstone.title,
                "summary": capstone.summary,
                "program": capstone.program,
                "checks": capstone.checks.iter().map(|c| &c.label).collect::<Vec<_>>(),
                "worlds": worlds,
                "link": format!("#/capstones/{}", capstone.id),
            })
        })
        .collect();
    let document = json!({ "lessons": lessons, "capstones": capstones, "questions": questions });
    serde_json::to_string_pretty(&document).expect("plain data")
}

/// `looplab curriculum check`: every lesson's program against CPython's output, every key
/// against the simulation.
fn curriculum_check(out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    use crate::curriculum::{Level, check, curriculum};
    let curriculum = curriculum();
    let mut failed = 0;
    for lesson in &curriculum.lessons {
        let problems = check::problems(curriculum, lesson);
        if problems.is_empty() {
            let _ = writeln!(out, "ok    {:>2} {}", lesson.number, lesson.id);
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL  {:>2} {}", lesson.number, lesson.id);
            for problem in problems {
                let _ = writeln!(err, "{}: {problem}", lesson.id);
            }
        }
    }
    for capstone in &curriculum.capstones {
        let problems = check::capstone_problems(curriculum, capstone);
        if problems.is_empty() {
            let worlds: Vec<&str> = capstone.worlds.iter().map(|w| w.name.as_str()).collect();
            let _ = writeln!(
                out,
                "ok    capstone {} in {} worlds ({})",
                capstone.id,
                worlds.len(),
                worlds.join(", ")
            );
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL  capstone {}", capstone.id);
            for problem in problems {
                let _ = writeln!(err, "{}: {problem}", capstone.id);
            }
        }
    }
    let per_level: Vec<String> = Level::ALL
        .iter()
        .map(|&level| {
            let count = curriculum
                .questions
                .iter()
                .filter(|q| q.level == level)
                .count();
            format!("{count} {}", level.name())
        })
        .collect();
    let steps: Vec<usize> = curriculum.lessons.iter().map(|l| l.steps.len()).collect();
    let _ = writeln!(
        out,
        "{} lessons ({} step questions in {} of them), {} capstones, {} questions ({}); {}",
        curriculum.lessons.len(),
        steps.iter().sum::<usize>(),
        steps.iter().filter(|&&n| n > 0).count(),
        curriculum.capstones.len(),
        curriculum.questions.len(),
        per_level.join(", "),
        match failed {
            0 => "every check passes".to_string(),
            n => format!("{n} lessons or capstones fail"),
        }
    );
    u8::from(failed > 0)
}

/// `looplab curriculum pauses FILE.py`: the moments a step question can pause at.
fn curriculum_pauses(path: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) => {
            let _ = writeln!(err, "looplab: cannot read {path}: {error}");
            return 2;
        }
    };
    let recorded = crate::curriculum::step::Recorded::run(&source);
    for line in crate::curriculum::step::pauses(&recorded) {
        let _ = writeln!(out, "{line}");
    }
    0
}

/// How `looplab run` runs a program: named as its path, recorded only for a trace, and with
/// no limit on steps unless `max_steps` sets one (a plain-Python loop CPython finishes in a
/// second may take more than the browser's 20,000,000 steps without an await). The limits
/// on memory, recursion and tasks stay.
pub fn run_options(path: &str, trace: bool, max_steps: Option<u64>) -> crate::runtime::RunOptions {
    let steps = max_steps.unwrap_or(u64::MAX);
    crate::runtime::RunOptions {
        filename: path.to_string(),
        // Events are recorded only for a trace: the output itself is not held.
        record: trace,
        limits: crate::runtime::vm::Limits {
            steps_without_await: steps,
            total_steps: steps,
            ..Default::default()
        },
        ..Default::default()
    }
}

/// `looplab run FILE.py`: the program's output on `out` as it prints it, errors on `err`.
fn run_file(
    path: &str,
    trace: Option<&str>,
    max_steps: Option<u64>,
    out: Box<dyn Write>,
    err: Box<dyn Write>,
) -> u8 {
    let mut err = err;
    let text = match read_program(path, &mut err) {
        Ok(text) => text,
        Err(status) => return status,
    };
    let options = run_options(path, trace.is_some(), max_steps);
    let streams = Streams {
        stdout: out,
        stderr: err,
    };
    let (result, Streams { stdout: _, stderr }) =
        crate::runtime::run_program_streaming(&text, &options, streams);
    let mut err = stderr;
    // What came before the program ran (a syntax error) was not streamed.
    let _ = err.write_all(result.outcome.stderr.as_bytes());
    if trace.is_some() && result.trace.cut {
        let _ = writeln!(
            err,
            "looplab: the run was too long to record: the trace holds its first {} events",
            result.trace.events.len()
        );
    }
    if let Some(trace_path) = trace
        && let Err(error) = std::fs::write(trace_path, result.trace.to_jsonl())
    {
        let _ = writeln!(
            err,
            "looplab: can't write the trace to '{trace_path}': {error}"
        );
        return 1;
    }
    result.outcome.status.code()
}

/// The program's text, or the exit status after reporting why it cannot be read.
fn read_program(path: &str, err: &mut dyn Write) -> Result<String, u8> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let reason = error.to_string();
            let reason = reason.split(" (os error").next().unwrap_or(&reason);
            let _ = writeln!(err, "looplab: can't open file '{path}': {reason}");
            return Err(EXIT_USAGE);
        }
    };
    crate::python::encoding::decode_source(&bytes, path).map_err(|message| {
        let _ = writeln!(err, "{message}");
        1
    })
}

/// `looplab check FILE.py`: warnings and errors on `err`, as `python3.12 FILE.py` prints them.
fn check(path: &str, err: &mut dyn Write) -> u8 {
    let text = match read_program(path, err) {
        Ok(text) => text,
        Err(status) => return status,
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
                AVAILABLE_MODULES
                    .iter()
                    .filter(|name| !name.starts_with('_'))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            import.span,
            &source,
        );
        let _ = err.write_all(error.render(path).as_bytes());
        return 1;
    }
    0
}

/// `looplab dis FILE.py`: the bytecode Looplab runs for the program, on `out`.
fn disassemble(path: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let text = match read_program(path, err) {
        Ok(text) => text,
        Err(status) => return status,
    };
    let source = SourceFile::new(path, &text);
    match compile(&source) {
        Ok(program) => {
            let listing = program.code.disassemble(&|span| source.line_of(span.start));
            match out.write_all(listing.as_bytes()) {
                Ok(()) => 0,
                Err(_) => 1,
            }
        }
        Err(error) => {
            let _ = err.write_all(error.render(path).as_bytes());
            1
        }
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
    fn dis_takes_one_file() {
        assert_eq!(
            parse(&args(&["dis", "main.py"])),
            Ok(Command::Dis {
                path: "main.py".into()
            })
        );
        assert_eq!(
            parse(&args(&["dis"])),
            Err(UsageError("dis: missing FILE.py".into()))
        );
        assert_eq!(
            parse(&args(&["dis", "a.py", "b.py"])),
            Err(UsageError("dis: unexpected argument 'b.py'".into()))
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
