//! Running a whole program: compile, execute as `__main__`, and report what CPython (on the
//! oracle's virtual clock) would print, with the trace of every scheduling event.

use std::cell::RefCell;
use std::rc::Rc;

use super::Flow;
use super::frame::{Frame, FrameKind};
use super::output::{Output, StdoutWatcher, Streams};
use super::trace::{EventKind, EventWatcher, Trace};
use super::value::{Module, Namespace, Value};
use super::vm::{Limits, Vm, exception_data};
use crate::python::source::SourceFile;

#[derive(Debug, Clone)]
pub struct RunOptions {
    /// The file name tracebacks and warnings show.
    pub filename: String,
    pub limits: Limits,
    /// Record the loop's machinery (ready queue, timers, primitives) for the visualizer.
    pub machinery: bool,
    /// Record the run's events at all (the CLI needs them only for `--trace`).
    pub record: bool,
    /// Take the library's shortcuts (an `await queue.put(x)` that would not wait finishes
    /// without running its coroutine's frame). Off only to check that they change nothing.
    pub shortcuts: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            filename: "main.py".to_string(),
            limits: Limits::default(),
            machinery: false,
            record: true,
            shortcuts: true,
        }
    }
}

/// How a run ended; [`ExitStatus::code`] is the process exit status of `looplab run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ExitStatus {
    /// The program finished (or raised `SystemExit` with no code, `None` or 0).
    Success,
    /// A syntax error or an uncaught exception (or `SystemExit` with a message).
    Error,
    /// Every task waits and no timer is pending: CPython would hang forever.
    Deadlock,
    /// A limit stopped it: a task that never awaits, runaway work, too much output.
    Limit,
    /// `SystemExit(n)` with a nonzero int: the program chose its status.
    Exit(u8),
    /// An uncaught `KeyboardInterrupt`: CPython prints the traceback, then kills itself with
    /// SIGINT, which a shell reports as status 130.
    Interrupted,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Error => 1,
            ExitStatus::Deadlock => 3,
            ExitStatus::Limit => 4,
            ExitStatus::Exit(code) => code,
            ExitStatus::Interrupted => 130,
        }
    }
}

/// What a run came to: what it wrote, how it ended, and where it failed. This one shape is
/// what every consumer takes as it is: the CLI, the course's checks and capstone grading, and
/// the web app, where it travels from the worker that ran the program to the page (serde).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    pub status: ExitStatus,
    /// The exception or limit that ended the run, if one did (a `SystemExit` too, whatever
    /// status it chose).
    pub error: Option<RunError>,
    /// The run was too long to record: its events, and the output kept with them, are its
    /// first part (the program ran on to the end the status says).
    #[serde(default)]
    pub record_cut: bool,
    /// The step limit that stopped the run, if one did (not memory or tasks): a page may
    /// offer to run it again with more steps.
    #[serde(default)]
    pub out_of_steps: Option<StepLimit>,
}

/// Which step limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum StepLimit {
    /// A task step (or a callback) ran [`Limits::steps_without_await`] instructions.
    ///
    /// [`Limits::steps_without_await`]: crate::runtime::vm::Limits::steps_without_await
    WithoutAwait,
    /// The whole run did [`Limits::total_steps`] steps of work.
    ///
    /// [`Limits::total_steps`]: crate::runtime::vm::Limits::total_steps
    InAll,
}

/// What went wrong, for the editor to show at its line.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunError {
    /// The line in the program (the innermost frame of the program's own code), if known.
    pub line: Option<u32>,
    /// One line, in Python's words: `ValueError: bad invoice`.
    pub message: String,
}

/// A finished run: its outcome, and the trace of every scheduling event it recorded.
#[derive(Debug, Clone)]
pub struct RunResult {
    pub outcome: RunOutcome,
    pub trace: Trace,
}

/// Runs `text` as the program `options.filename`, keeping its output in the outcome.
pub fn run_program(text: &str, options: &RunOptions) -> RunResult {
    run_with_output(text, options, Output::default()).0
}

/// Runs `text` as [`run_program`] does, also handing each piece of stdout to `watcher` as the
/// program prints it: whoever watches has what was printed even if the run never finishes.
pub fn run_program_watched(text: &str, options: &RunOptions, watcher: StdoutWatcher) -> RunResult {
    run_with_output(text, options, Output::watched(watcher)).0
}

/// Runs `text` as [`run_program`] does, handing each piece of stdout to `watcher` as the
/// program prints it, and its events, `every` at a time, to `events` as they are recorded
/// (the result's trace keeps only the rest, fewer than `every`: see [`Trace::watch`]).
pub fn run_program_watching_events(
    text: &str,
    options: &RunOptions,
    watcher: StdoutWatcher,
    every: usize,
    events: EventWatcher,
) -> RunResult {
    run_with(
        text,
        options,
        Output::watched(watcher),
        Some((every, events)),
    )
    .0
}

/// Runs `text` as [`run_program`] does, writing its output to `streams` as the program
/// prints it (the outcome's `stdout` and `stderr` keep only what comes before the program
/// runs: a syntax error). Gives the streams back, flushed.
pub fn run_program_streaming(
    text: &str,
    options: &RunOptions,
    streams: Streams,
) -> (RunResult, Streams) {
    let (result, streams) = run_with_output(text, options, Output::streamed(streams));
    (
        result,
        streams.expect("a streamed run gives its streams back"),
    )
}

fn run_with_output(
    text: &str,
    options: &RunOptions,
    output: Output,
) -> (RunResult, Option<Streams>) {
    run_with(text, options, output, None)
}

fn run_with(
    text: &str,
    options: &RunOptions,
    mut output: Output,
    events: Option<(usize, EventWatcher)>,
) -> (RunResult, Option<Streams>) {
    let source = Rc::new(SourceFile::new(options.filename.clone(), text));
    let program = match crate::python::compile(&source) {
        Ok(program) => program,
        Err(error) => {
            let stderr = error.render(source.name());
            let message = stderr.lines().last().unwrap_or("SyntaxError").to_string();
            let result = RunResult {
                outcome: RunOutcome {
                    stdout: String::new(),
                    stderr,
                    status: ExitStatus::Error,
                    error: Some(RunError {
                        line: Some(error.line),
                        message,
                    }),
                    record_cut: false,
                    out_of_steps: None,
                },
                trace: Trace::default(),
            };
            return (result, output.finish_streams());
        }
    };
    // Nothing freed by an earlier run on this thread is finalized by this one.
    super::warnings::discard_abandoned();
    let mut vm = Vm::new();
    vm.limits = options.limits;
    vm.trace.machinery = options.machinery && options.record;
    vm.trace.recording = options.record;
    vm.asyncio.without_shortcuts = !options.shortcuts;
    vm.trace.budget = options.limits.record_bytes;
    if let Some((every, watcher)) = events {
        vm.trace.watch(every, watcher);
    }
    vm.output = output;
    vm.extensions.insert(
        super::modules::sys::SCRIPT,
        Box::new(Rc::<str>::from(options.filename.as_str())),
    );
    let mut namespace = Namespace::default();
    namespace.insert(Rc::from("__name__"), Value::str("__main__"));
    namespace.insert(Rc::from("__doc__"), Value::None);
    namespace.insert(Rc::from("__file__"), Value::str(options.filename.clone()));
    namespace.insert(Rc::from("__builtins__"), Value::Module(vm.builtins.clone()));
    let module = Rc::new(Module {
        name: Rc::from("__main__"),
        dict: Rc::new(RefCell::new(namespace)),
        source: Some(source.clone()),
    });
    // As in CPython, `sys.modules` has the program's module and the builtins from the start.
    vm.modules
        .insert(Rc::from("__main__"), Value::Module(module.clone()));
    let builtins = Value::Module(vm.builtins.clone());
    vm.modules.insert(Rc::from("builtins"), builtins);
    let code = program.code.clone();
    let constants = vm.constants_of(&code);
    let sites = vm.sites_of(&code);
    let mut frame = Box::new(Frame::new(code, module.clone(), constants));
    frame.sites = Some(sites);
    frame.kind = FrameKind::Base;
    vm.frames.push(frame);
    vm.step_start = 0;
    let outcome = vm.run_frames(0);
    vm.frames.clear();
    let error = match outcome {
        Ok(_) => None,
        Err(Flow::Exception(exception)) => Some(uncaught(&mut vm, &exception)),
        Err(Flow::Abort(message)) => {
            vm.flush_warnings();
            let line = message_line(&message);
            let text = format!("LooplabLimitError: {message}");
            vm.record(EventKind::Uncaught {
                exc: Rc::from("LooplabLimitError"),
                msg: message.clone(),
            });
            vm.write_stderr(&format!("{text}\n"));
            Some((
                ExitStatus::Limit,
                RunError {
                    line,
                    message: text,
                },
            ))
        }
    };
    // Free what the program made, as the interpreter does at exit: finalizers first, with
    // the globals still there, unless a limit stopped the program; then pending reports
    // (exceptions never retrieved) come out as the objects go.
    if !matches!(&error, Some((ExitStatus::Limit, _))) {
        super::shutdown::finalize_globals(&mut vm, &module, &program.code.names);
    }
    module.dict.borrow_mut().clear();
    // Then what only a cycle collector frees (see `Vm::cycles`), as CPython's last collection.
    vm.cycles.clear();
    // What that freed is finalized (generators closed, `__del__` called) as at CPython's
    // exit, unless a limit stopped the program.
    if matches!(&error, Some((ExitStatus::Limit, _))) {
        super::warnings::discard_abandoned();
    } else {
        vm.run_finalizers();
        // An error in a logging handler here is as lost as in CPython's last collection.
        let _ = super::asyncio::report_destroyed_tasks(&mut vm);
    }
    vm.asyncio.running = None;
    vm.asyncio.last = None;
    vm.flush_warnings();
    let (status, error) = match error {
        Some((status, error)) => (status, Some(error)),
        None => (ExitStatus::Success, None),
    };
    let streams = vm.output.finish_streams();
    let result = RunResult {
        outcome: RunOutcome {
            stdout: std::mem::take(&mut vm.output.stdout),
            stderr: std::mem::take(&mut vm.output.stderr),
            status,
            error,
            record_cut: vm.trace.cut,
            out_of_steps: vm.out_of_steps,
        },
        trace: std::mem::take(&mut vm.trace),
    };
    (result, streams)
}

/// `at line 7` in a limit message.
fn message_line(message: &str) -> Option<u32> {
    let index = message.find("at line ")?;
    message[index + 8..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// How an uncaught exception ends the run, and the error to show.
fn uncaught(vm: &mut Vm, exception: &Value) -> (ExitStatus, RunError) {
    vm.flush_warnings();
    let class = vm.type_name(exception);
    let message = vm.str(exception).unwrap_or_default();
    vm.record(EventKind::Uncaught {
        exc: class.clone(),
        msg: message.clone(),
    });
    if vm.is_exception(exception, "SystemExit") {
        return system_exit(vm, exception, message);
    }
    let deadlock_class = super::asyncio::classes(vm).deadlock_error;
    if vm.isinstance(exception, &deadlock_class) {
        let mut text = format!("DeadlockError: {message}\n");
        if let Some(report) = vm.asyncio.deadlock_report.take().filter(|r| !r.is_empty()) {
            text.push_str("Looplab: these tasks wait, and nothing left can wake them:\n");
            text.push_str(&report);
        }
        vm.write_stderr(&text);
        return (
            ExitStatus::Deadlock,
            RunError {
                line: None,
                message: format!("DeadlockError: {message}"),
            },
        );
    }
    let text = vm.format_exception(exception);
    vm.write_stderr(&text);
    let line = innermost_program_line(exception);
    let last = text.lines().last().unwrap_or("").to_string();
    let status = if vm.is_exception(exception, "KeyboardInterrupt") {
        ExitStatus::Interrupted
    } else {
        ExitStatus::Error
    };
    (
        status,
        RunError {
            line,
            message: last,
        },
    )
}

/// An uncaught `SystemExit` ends the program as CPython's does, without a traceback: no code
/// (or `None`) is status 0, an int is the status (as the OS keeps it, its low byte), anything
/// else is printed to stderr and the status is 1.
fn system_exit(vm: &mut Vm, exception: &Value, message: String) -> (ExitStatus, RunError) {
    let code = vm
        .exception_attribute(exception, "code")
        .unwrap_or(Value::None);
    let status = match &code {
        Value::None => ExitStatus::Success,
        Value::Bool(flag) => exit_with(i64::from(*flag)),
        Value::Int(n) => exit_with(*n),
        _ => {
            let text = vm.str(&code).unwrap_or_default();
            vm.write_stderr(&format!("{text}\n"));
            ExitStatus::Error
        }
    };
    (
        status,
        RunError {
            line: innermost_program_line(exception),
            message: format!("SystemExit: {message}"),
        },
    )
}

fn exit_with(code: i64) -> ExitStatus {
    match code.rem_euclid(256) as u8 {
        0 => ExitStatus::Success,
        code => ExitStatus::Exit(code),
    }
}

/// The line of the innermost frame of the program's own code the exception passed through.
fn innermost_program_line(exception: &Value) -> Option<u32> {
    let data = exception_data(exception)?;
    let data = data.borrow();
    data.traceback.iter().find_map(|entry| {
        let source = entry.module.source.as_ref()?;
        if super::traceback::is_library(source) {
            return None;
        }
        entry.line()
    })
}
