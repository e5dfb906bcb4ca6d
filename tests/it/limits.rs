//! Runaway programs: every one ends, with its output kept and a message that says which limit
//! stopped it and why. Most run through the `looplab` binary as a user runs it, each with a
//! generous guard against hanging (a test must fail, not hang, if a program runs forever);
//! those that need smaller limits than the CLI's run in place. How fast runaways stop is
//! measured, not tested.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use looplab::runtime::trace::Event;
use looplab::runtime::vm::Limits;
use looplab::runtime::{ExitStatus, RunOptions, run_program};

/// Longer than any of these runs takes in a debug build on a loaded machine.
const HANG_GUARD: Duration = Duration::from_secs(90);

/// What a run of the binary wrote, and its exit status (None: killed by the guard).
pub struct Ran {
    pub stdout: String,
    pub stderr: String,
    pub status: Option<i32>,
}

/// A program written to a fresh file, for the binary to run.
struct ProgramFile {
    dir: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl ProgramFile {
    fn new(name: &str, source: &str) -> ProgramFile {
        let dir =
            std::env::temp_dir().join(format!("looplab-limits-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, source).unwrap();
        ProgramFile { dir, path }
    }

    /// `looplab run` on the file, with these extra arguments, its output piped.
    fn spawn(&self, extra: &[&str]) -> Child {
        Command::new(env!("CARGO_BIN_EXE_looplab"))
            .arg("run")
            .arg(&self.path)
            .args(extra)
            .current_dir(&self.dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the looplab binary runs")
    }
}

impl Drop for ProgramFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Writes `source` to a fresh file and runs `looplab run` on it, with these extra arguments.
pub fn run_source(name: &str, source: &str, extra: &[&str]) -> Ran {
    let program = ProgramFile::new(name, source);
    let mut child = program.spawn(extra);
    let mut stdout = child.stdout.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        text
    });
    let (status, stderr) = wait_guarded(child);
    Ran {
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr,
        status,
    }
}

/// Waits for the child (its stdout taken), reading its stderr as it goes; kills it past
/// [`HANG_GUARD`]. Gives its status (None: killed) and stderr.
fn wait_guarded(mut child: Child) -> (Option<i32>, String) {
    let mut stderr = child.stderr.take().unwrap();
    let err = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if started.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    (status, stderr)
}

/// Checks how a run ended: its status, all it printed, and the start of its stderr.
fn assert_ended(ran: &Ran, status: i32, stdout: &str, stderr_start: &str) {
    assert_eq!(ran.status, Some(status), "{}", ran.stderr);
    assert_eq!(ran.stdout, stdout, "{}", ran.stderr);
    assert!(ran.stderr.starts_with(stderr_start), "{}", ran.stderr);
}

#[test]
fn sleeping_forever_is_a_deadlock_that_names_the_sleeper() {
    let source = "import asyncio, math\n\nasync def main():\n    print('before')\n    await asyncio.sleep(math.inf)\n    print('never')\n\nasyncio.run(main())\n";
    let ran = run_source("sleep_inf", source, &[]);
    assert_ended(
        &ran,
        3,
        "before\n",
        "DeadlockError: every task is blocked and the next timer is due at infinity",
    );
    assert!(
        ran.stderr
            .contains("Task-1 (main) waits on a future made by sleep() at line 5"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_far_timer_fires_and_then_nothing_is_left_to_wake_the_waiter() {
    let source = "import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.call_later(1e300, lambda: print('fired at', loop.time()))\n    await loop.create_future()\n\nasyncio.run(main())\n";
    let ran = run_source("far_timer", source, &[]);
    assert_ended(
        &ran,
        3,
        "fired at 1e+300\n",
        "DeadlockError: every task is blocked and no timer is pending",
    );
}

#[test]
fn long_sleeps_just_move_the_clock() {
    let source = "import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    for delay in (3600, 1e9, 1e9, 1e300):\n        await asyncio.sleep(delay)\n        print(loop.time())\n\nasyncio.run(main())\n";
    let ran = run_source("long_sleeps", source, &[]);
    assert_ended(&ran, 0, "3600.0\n1000003600.0\n2000003600.0\n1e+300\n", "");
}

/// A callback that reschedules itself runs no bytecode for long, but it is work: the loop
/// counts each callback it runs against the run's total.
#[test]
fn a_call_soon_storm_is_stopped_by_the_total_work_limit() {
    let source = "import asyncio\n\ncount = 0\n\ndef storm():\n    global count\n    count += 1\n    if count % 1000 == 0:\n        print(count)\n    loop.call_soon(storm)\n\nasync def main():\n    global loop\n    loop = asyncio.get_running_loop()\n    loop.call_soon(storm)\n    await loop.create_future()\n\nasyncio.run(main())\n";
    let options = RunOptions {
        limits: Limits {
            total_steps: 1_000_000,
            memory_bytes: 256 << 20,
            ..Limits::default()
        },
        ..Default::default()
    };
    let result = run_program(source, &options);
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let message = result.outcome.error.expect("a limit").message;
    assert!(
        message.contains("did more than 1,000,000 steps of work in total")
            && message.contains("storm()"),
        "{message}"
    );
    // Each callback runs about ten instructions; counted as work of its own, it is stopped
    // well before a budget of instructions alone would.
    let callbacks: u64 = result
        .outcome
        .stdout
        .lines()
        .last()
        .map_or(0, |line| line.parse().unwrap());
    assert!(callbacks < 50_000, "{callbacks} callbacks ran");
}

/// Code outside the event loop blocks no task: it may work as long as the whole run's budget
/// allows (CPython would finish it), while the same work in a task blocks the loop and is
/// stopped by the budget of a step.
#[test]
fn code_outside_the_loop_is_bounded_by_the_whole_runs_work_alone() {
    let busy = "total = 0\nfor i in range(20_000):\n    total += i\n";
    let options = RunOptions {
        limits: Limits {
            steps_without_await: 10_000,
            ..Limits::default()
        },
        ..Default::default()
    };
    let top_level = run_program(&format!("{busy}print(total)\n"), &options);
    assert_eq!(top_level.outcome.status, ExitStatus::Success);
    assert_eq!(top_level.outcome.stdout, "199990000\n");
    let indented: String = busy.lines().map(|line| format!("    {line}\n")).collect();
    let in_a_task = format!(
        "import asyncio\n\nasync def main():\n{indented}    print(total)\n\nasyncio.run(main())\n"
    );
    let blocked = run_program(&in_a_task, &options);
    assert_eq!(blocked.outcome.status, ExitStatus::Limit);
    let message = blocked.outcome.error.expect("a limit").message;
    assert!(message.contains("without awaiting"), "{message}");
}

/// The CLI writes each line as the program prints it: a reader of the pipe has it while the
/// program still runs (and a crash or a limit later loses nothing).
#[test]
fn printed_lines_reach_the_reader_while_the_program_runs() {
    let source = "import asyncio\n\nasync def main():\n    print('first')\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n";
    let program = ProgramFile::new("streams", source);
    let mut child = program.spawn(&[]);
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        line
    });
    // The line arrives before the run ends; if it came only at the end, the guard ends it.
    let started = Instant::now();
    while !reader.is_finished() && started.elapsed() < HANG_GUARD {
        std::thread::sleep(Duration::from_millis(20));
    }
    let still_running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(reader.join().unwrap(), "first\n");
    assert!(still_running, "the line came only once the run had ended");
}

/// 250 MB of output is written out, not held: the run ends as the program does. (Seven
/// instructions a line: 2,500,000 lines stay under the limit of a program that never awaits.)
#[test]
fn printing_hundreds_of_megabytes_streams_them_all() {
    let source = "line = 'x' * 100\nfor i in range(2_500_000):\n    print(line)\n";
    let program = ProgramFile::new("huge_print", source);
    let mut child = program.spawn(&[]);
    let mut stdout = child.stdout.take().unwrap();
    let counter = std::thread::spawn(move || {
        let mut buffer = vec![0; 1 << 16];
        let mut total = 0_usize;
        while let Ok(read) = stdout.read(&mut buffer) {
            if read == 0 {
                break;
            }
            total += read;
        }
        total
    });
    let (status, stderr) = wait_guarded(child);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(counter.join().unwrap(), 2_500_000 * 101);
}

/// A program that sleeps in a loop forever makes no memory of its own: it is stopped for its
/// work, not blamed for the memory of Looplab's record of it.
#[test]
fn a_program_sleeping_forever_is_not_blamed_for_the_record_of_its_run() {
    let source = "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    let options = RunOptions {
        // The memory counted is the whole test process's, other tests' included: the limit
        // leaves them room, and the record's small budget keeps this run's record far below.
        limits: Limits {
            memory_bytes: 256 << 20,
            record_bytes: 32 << 20,
            total_steps: 20_000_000,
            ..Limits::default()
        },
        machinery: true,
        ..Default::default()
    };
    let result = run_program(source, &options);
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let message = result.outcome.error.expect("a limit").message;
    assert!(message.contains("steps of work"), "{message}");
}

/// Past its budget the record stops (its first part kept, and said so), and the program runs
/// on to its own end.
#[test]
fn a_run_too_long_to_record_keeps_its_first_part_and_runs_on() {
    let source = "import asyncio\n\nasync def main():\n    for i in range(20_000):\n        print(i)\n        await asyncio.sleep(1)\n    print('end')\n\nasyncio.run(main())\n";
    let options = crate::common::record_cut_at(1 << 20, true);
    let result = run_program(source, &options);
    assert_eq!(result.outcome.status, ExitStatus::Success);
    assert!(result.outcome.record_cut);
    let events = result.trace.events.len();
    assert!(events > 1000, "{events} events");
    assert!(
        events * std::mem::size_of::<Event>() <= 1 << 20,
        "{events} events"
    );
    // The output kept is the first part, as far as the record goes.
    assert!(result.outcome.stdout.starts_with("0\n1\n2\n"));
    assert!(!result.outcome.stdout.contains("end"));
    assert_eq!(
        result.trace.output_ends.last().copied(),
        Some(result.outcome.stdout.len())
    );
}

/// Events are many (one run may record millions): each must stay small.
#[test]
fn an_event_is_compact() {
    assert!(
        std::mem::size_of::<Event>() <= 112,
        "an event takes {} bytes",
        std::mem::size_of::<Event>()
    );
}

/// The page says when a run was too long to record, and what it shows instead.
#[test]
fn the_playground_says_a_run_too_long_to_record_is_its_first_part() {
    use looplab::ui::pages::playground::notices::record_cut_text;
    use looplab::ui::run::RunBuilder;

    let source = "print('hello')\n";
    let whole = run_program(source, &RunOptions::default());
    let mut builder = RunBuilder::new(source);
    builder.push_events(whole.trace.events.clone());
    let run = builder.finish(whole.outcome.clone(), whole.trace.output_ends.clone());
    assert_eq!(record_cut_text(&run), None);

    let mut builder = RunBuilder::new(source);
    builder.push_events(whole.trace.events);
    let mut outcome = whole.outcome;
    outcome.record_cut = true;
    let run = builder.finish(outcome, whole.trace.output_ends);
    let text = record_cut_text(&run).expect("a notice");
    let first_part = format!(
        "This run was too long to record in full: you are seeing its first {} events",
        run.len()
    );
    assert!(text.starts_with(&first_part), "{text}");
}

/// A large repeat is as large as the memory limit allows, as in CPython where memory allows;
/// one past the limit meets the limit itself, not a `MemoryError` CPython would not raise.
#[test]
fn repeats_are_bounded_by_the_memory_limit_alone() {
    let result = run_program("print(len('x' * 60_000_000))\n", &RunOptions::default());
    assert_eq!(
        result.outcome.stdout, "60000000\n",
        "{}",
        result.outcome.stderr
    );

    let result = run_program("items = [None] * 10**9\n", &RunOptions::default());
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let message = result.outcome.error.expect("a limit").message;
    assert!(message.contains("more than 1024 MB of memory"), "{message}");
}

/// Where Looplab keeps a cap of its own, the error says it is Looplab's.
#[test]
fn a_cap_of_looplabs_own_says_so() {
    let result = run_program(
        "try:\n    x = 3 ** 3_000_000\nexcept MemoryError as error:\n    print(error)\n",
        &RunOptions::default(),
    );
    assert!(
        result.outcome.stdout.starts_with("Looplab's limit: "),
        "{}",
        result.outcome.stdout
    );
}

/// A regular expression that backtracks exponentially is work like any other: its matching
/// steps count against the task's budget, so it cannot freeze the page.
#[test]
fn a_runaway_regular_expression_is_stopped_by_the_budget() {
    let source = "import asyncio, re\n\nasync def main():\n    print(re.match(r'(a+)+b', 'a' * 40))\n\nasyncio.run(main())\n";
    let options = RunOptions {
        limits: Limits {
            steps_without_await: 200_000,
            ..Limits::default()
        },
        ..Default::default()
    };
    let blocked = run_program(source, &options);
    assert_eq!(blocked.outcome.status, ExitStatus::Limit);
    let message = blocked.outcome.error.expect("a limit").message;
    assert!(message.contains("without awaiting"), "{message}");
    assert!(message.contains("regular expression"), "{message}");
}
