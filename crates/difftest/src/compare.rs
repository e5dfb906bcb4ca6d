//! How a Looplab run differs from CPython's, aspect by aspect, and a short signature of the
//! difference that groups mismatches by likely root cause.

/// What one run of a program produced (CPython's through the oracle, or Looplab's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
    /// The trace as JSON lines; `None` when it was not recorded.
    pub trace: Option<String>,
}

/// Exit status of a program that would hang forever (the oracle's `DeadlockError`).
pub const DEADLOCK_STATUS: i32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Status,
    Stdout,
    Stderr,
    Trace,
}

impl Aspect {
    pub fn name(self) -> &'static str {
        match self {
            Aspect::Status => "exit status",
            Aspect::Stdout => "stdout",
            Aspect::Stderr => "stderr",
            Aspect::Trace => "trace",
        }
    }
}

/// One aspect in which the runs differ, with both sides' first differing line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub aspect: Aspect,
    /// 1-based line (or, for the trace, 0-based event) where they first differ.
    pub at: usize,
    pub cpython: String,
    pub looplab: String,
}

impl Difference {
    pub fn describe(&self) -> String {
        let place = match self.aspect {
            Aspect::Status => String::new(),
            Aspect::Trace => format!(" at event {}", self.at),
            _ => format!(" at line {}", self.at),
        };
        format!(
            "{} differs{place}:\n      CPython: {}\n      Looplab: {}",
            self.aspect.name(),
            self.cpython,
            self.looplab
        )
    }
}

/// Every aspect in which `looplab` differs from `cpython`, in the order status, stdout,
/// stderr, trace. Traces are compared when both sides have one and `traces` is set.
pub fn differences(cpython: &Outcome, looplab: &Outcome, traces: bool) -> Vec<Difference> {
    let mut found = Vec::new();
    if cpython.status != looplab.status {
        found.push(Difference {
            aspect: Aspect::Status,
            at: 0,
            cpython: cpython.status.to_string(),
            looplab: looplab.status.to_string(),
        });
    }
    let (expected_out, actual_out) = (
        stdlib_where_looplab_says(&without_addresses(&cpython.stdout)),
        without_addresses(&looplab.stdout),
    );
    if expected_out != actual_out {
        found.push(line_difference(Aspect::Stdout, &expected_out, &actual_out));
    }
    let expected_err =
        stdlib_where_looplab_says(&without_addresses(&program_frames_only(&cpython.stderr)));
    let actual_err = without_addresses(looplab_stderr_comparable(&looplab.stderr, cpython.status));
    if expected_err != actual_err {
        found.push(line_difference(Aspect::Stderr, &expected_err, &actual_err));
    }
    if let (true, Some(expected), Some(actual)) = (traces, &cpython.trace, &looplab.trace) {
        let (expected, actual) = comparable_traces(expected, actual);
        if expected != actual {
            let at = first_differing(&expected, &actual);
            found.push(Difference {
                aspect: Aspect::Trace,
                at,
                cpython: expected.get(at).map_or("<end>", String::as_str).to_string(),
                looplab: actual.get(at).map_or("<end>", String::as_str).to_string(),
            });
        }
    }
    found
}

fn first_differing<T: PartialEq>(expected: &[T], actual: &[T]) -> usize {
    expected
        .iter()
        .zip(actual)
        .position(|(x, y)| x != y)
        .unwrap_or(expected.len().min(actual.len()))
}

fn line_difference(aspect: Aspect, expected: &str, actual: &str) -> Difference {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let index = first_differing(&e, &a);
    Difference {
        aspect,
        at: index + 1,
        cpython: e.get(index).unwrap_or(&"<end>").to_string(),
        looplab: a.get(index).unwrap_or(&"<end>").to_string(),
    }
}

/// Looplab's stderr as it compares with CPython's: after a deadlock Looplab names the
/// waiting tasks below CPython's one line, and those lines are its own.
fn looplab_stderr_comparable(stderr: &str, cpython_status: i32) -> &str {
    if cpython_status == DEADLOCK_STATUS {
        stderr.split("Looplab:").next().unwrap_or("")
    } else {
        stderr
    }
}

/// CPython's stderr without the frames of the oracle's harness, `runpy`, the standard
/// library and Looplab's own library modules (`src/runtime/modules/stdlib/`, where the
/// stand-ins for aiohttp, httpx and openai are), which Looplab's tracebacks do not have.
pub fn program_frames_only(stderr: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in stderr.split_inclusive('\n') {
        let content = line.trim_start_matches([' ', '|', '+', '-']);
        if content.starts_with("File \"") {
            let path = content.split('"').nth(1).unwrap_or("");
            skipping = path.starts_with("<frozen")
                || path.contains("/lib/python3")
                || path.starts_with("tests/oracle/")
                || path.contains("src/runtime/modules/stdlib/");
            if skipping {
                continue;
            }
        } else if skipping && is_source_or_marker(line) {
            continue;
        } else {
            skipping = false;
        }
        out.push_str(line);
    }
    out
}

/// `text` with each object address of a repr (`<function f at 0x7f3a...>`) written `0x...`,
/// as `scripts/program-goldens` writes CPython's: where objects live is not behaviour.
pub fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(index) = rest.find(" at 0x") {
        let digits = rest[index + 6..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        out.push_str(&rest[..index]);
        if digits == 0 {
            out.push_str(" at 0x");
        } else {
            out.push_str(" at 0x...");
        }
        rest = &rest[index + 6 + digits..];
    }
    out.push_str(rest);
    out
}

/// CPython's standard library where Looplab says it is (`/usr/lib/python3.12/`, where Linux
/// distributions install it): a warning raised in asyncio's own code, or the repr of a task
/// running one of asyncio's coroutines (`coro=<sleep() running at .../asyncio/tasks.py:665>`),
/// names the library file of the CPython that ran.
fn stdlib_where_looplab_says(text: &str) -> String {
    const STDLIB: &str = "/lib/python3.12/";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(index) = rest.find(STDLIB) {
        // The path starts after the last character that cannot be in one.
        let start = rest[..index]
            .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '(' | '['))
            .map_or(0, |at| at + 1);
        if rest[start..index].starts_with('/') {
            out.push_str(&rest[..start]);
            out.push_str("/usr");
        } else {
            out.push_str(&rest[..index]);
        }
        out.push_str(STDLIB);
        rest = &rest[index + STDLIB.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether a traceback line shows a frame's source or its `~~^^` markers (indented by four
/// under the frame), inside an exception group's margin (`  | `) or not.
fn is_source_or_marker(line: &str) -> bool {
    let trimmed = line.trim_start_matches(' ');
    let body = match trimmed.strip_prefix('|') {
        Some(in_group) => in_group.strip_prefix(' ').unwrap_or(in_group),
        None => line,
    };
    body.starts_with("    ") || body.trim_start().starts_with(['~', '^'])
}

/// Both traces as they compare ([`comparable`] lines), and a printed text that shows the
/// oracle's tracing wrappers (a program printing a task's repr: `<<TracedCoro without
/// __name__>()>>` in the traced run only) left out on both sides, at the same event: stdout,
/// from the untraced run, compares the real text.
fn comparable_traces(cpython: &str, looplab: &str) -> (Vec<String>, Vec<String>) {
    let expected_raw: Vec<&str> = cpython.lines().collect();
    let mut expected: Vec<String> = expected_raw.iter().map(|line| comparable(line)).collect();
    let mut actual: Vec<String> = looplab.lines().map(comparable).collect();
    for (index, raw) in expected_raw.iter().enumerate() {
        let Ok(event) = serde_json::from_str::<serde_json::Value>(raw) else {
            continue;
        };
        let shows_wrapper = event["text"]
            .as_str()
            .is_some_and(|text| text.contains("TracedCoro") || text.contains("<TracedTask "));
        if shows_wrapper {
            expected[index] = without_key(&expected[index], "text");
            if let Some(line) = actual.get_mut(index) {
                *line = without_key(line, "text");
            }
        }
    }
    (expected, actual)
}

/// A JSON line without one of its keys.
fn without_key(line: &str, key: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(mut value) => {
            if let Some(object) = value.as_object_mut() {
                object.remove(key);
            }
            value.to_string()
        }
        Err(_) => line.to_string(),
    }
}

/// A trace line without the fields that need not match: `seq`, the `on` label, and a payload
/// that shows a task's or coroutine's repr (the oracle wraps them in its tracing classes,
/// so CPython's repr says `<TracedTask ... coro=<<TracedCoro ...>>` where Looplab's says
/// what a plain CPython run prints). A line that is not JSON stays as it is, and differs.
pub fn comparable(line: &str) -> String {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(line) else {
        return line.to_string();
    };
    if let Some(object) = value.as_object_mut() {
        for key in ["text", "value"] {
            if let Some(serde_json::Value::String(shown)) = object.get_mut(key) {
                *shown = without_addresses(shown);
            }
        }
        object.remove("seq");
        object.remove("on");
        let shows_a_task = object
            .get("value")
            .and_then(|v| v.as_str())
            .is_some_and(|v| {
                v.contains("<TracedTask ") || v.contains("TracedCoro") || v.contains("<Task ")
            });
        if shows_a_task {
            object.remove("value");
        }
    }
    value.to_string()
}

/// Whether two runs that differ agree up to the moment `asyncio.run` cancels the tasks left
/// over, and differ only from there: after the main coroutine returned, or once every task
/// waits forever (a deadlock, where CPython itself would hang and the oracle stops it).
/// CPython cancels them in the order a set of tasks yields them, which follows their memory
/// addresses: an order no simulator can reproduce, and that changes with the interpreter's
/// allocations. Such a run is not counted as a match, but apart from the mismatches.
///
/// The traces must be equal up to a batch of at least two cancels made by no task, with the
/// same tasks cancelled in a different order, and the exit statuses equal.
pub fn differ_only_in_shutdown_order(cpython: &Outcome, looplab: &Outcome) -> bool {
    let (Some(expected), Some(actual)) = (&cpython.trace, &looplab.trace) else {
        return false;
    };
    if cpython.status != looplab.status {
        return false;
    }
    let (expected, actual) = comparable_traces(expected, actual);
    let ended_before = |at: usize| {
        cpython.status == DEADLOCK_STATUS
            || expected[..at].iter().any(|line| {
                let event: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
                event["task"] == "Task-1"
                    && matches!(event["kind"].as_str(), Some("return" | "raise"))
            })
    };
    if expected == actual {
        // The traced runs agree, and the plain run printed the same lines in another order:
        // a different memory layout (the tracer's objects) put the leftover tasks in another
        // order in the plain run.
        let batch_at = (0..expected.len()).find(|&at| shutdown_batch(&expected[at..]).is_some());
        let mut printed: Vec<&str> = cpython.stdout.lines().collect();
        let mut shown: Vec<&str> = looplab.stdout.lines().collect();
        printed.sort_unstable();
        shown.sort_unstable();
        return batch_at.is_some_and(ended_before) && printed == shown;
    }
    let at = first_differing(&expected, &actual);
    let (Some(batch), Some(other)) = (
        shutdown_batch(&expected[at..]),
        shutdown_batch(&actual[at..]),
    ) else {
        return false;
    };
    batch == other && ended_before(at)
}

/// The tasks cancelled (sorted) by the run of cancels made by no task that `events` starts
/// with, when there are at least two of them.
fn shutdown_batch(events: &[String]) -> Option<Vec<String>> {
    let mut targets: Vec<String> = events
        .iter()
        .map_while(|line| {
            let event: serde_json::Value = serde_json::from_str(line).ok()?;
            let by_no_task = event["kind"] == "cancel" && event["task"].is_null();
            by_no_task.then(|| event["target"].to_string())
        })
        .collect();
    targets.sort();
    (targets.len() >= 2).then_some(targets)
}

/// A short name for the kind of difference, to group mismatches that likely share a root
/// cause: the first differing aspect, the exit statuses, the exception each side ended
/// with, and for a trace the kinds of the first differing events. Labels, numbers and times
/// are left out, so programs that hit one bug in different places share a signature.
pub fn signature(cpython: &Outcome, looplab: &Outcome, found: &[Difference]) -> String {
    let Some(first) = found.first() else {
        return "match".to_string();
    };
    let mut words = vec![
        first.aspect.name().replace(' ', "-"),
        format!("{}/{}", cpython.status, looplab.status),
    ];
    let endings = (
        final_exception(&cpython.stderr),
        final_exception(&looplab.stderr),
    );
    if endings.0 != endings.1 || first.aspect == Aspect::Stderr {
        words.push(format!("{}/{}", endings.0, endings.1));
    }
    match first.aspect {
        Aspect::Trace => words.push(format!(
            "{}/{}",
            event_kind(&first.cpython),
            event_kind(&first.looplab)
        )),
        Aspect::Stderr => words.push(format!(
            "{}/{}",
            line_shape(&first.cpython),
            line_shape(&first.looplab)
        )),
        Aspect::Stdout => words.push(stdout_shape(first, cpython, looplab)),
        Aspect::Status => {}
    }
    words.join(" ")
}

/// The exception type a stderr ends with (`-` if none): the word before the colon of its
/// last line that is not indented.
fn final_exception(stderr: &str) -> String {
    stderr
        .lines()
        .rev()
        .find(|line| !line.starts_with([' ', '|', '+']) && !line.trim().is_empty())
        .map(|line| {
            let head = line.split(':').next().unwrap_or(line);
            let name = head.rsplit('.').next().unwrap_or(head);
            if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                name.to_string()
            } else {
                "text".to_string()
            }
        })
        .unwrap_or_else(|| "-".to_string())
}

/// A trace event's kind, and how a step resumed (`step:throw:CancelledError`).
fn event_kind(line: &str) -> String {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
        return "<end>".to_string();
    };
    let field = |name: &str| value.get(name).and_then(|v| v.as_str()).unwrap_or("");
    match field("kind") {
        "step" => format!("step:{}", field("resume")),
        "raise" | "uncaught" => format!("{}:{}", field("kind"), field("exc")),
        kind => kind.to_string(),
    }
}

/// Whether the first differing stdout line is one that CPython never prints (`extra:`),
/// one that Looplab never prints (`missing:`), or both print it elsewhere (`order:`), with
/// what the line says: one bug moves every line after it, and this names the first.
fn stdout_shape(first: &Difference, cpython: &Outcome, looplab: &Outcome) -> String {
    let shape = |line: &str| line_shape(after_time_and_name(line));
    let printed_by = |outcome: &Outcome, line: &str| outcome.stdout.lines().any(|l| l == line);
    if first.looplab != "<end>" && !printed_by(cpython, &first.looplab) {
        format!("extra:{}", shape(&first.looplab))
    } else if first.cpython != "<end>" && !printed_by(looplab, &first.cpython) {
        format!("missing:{}", shape(&first.cpython))
    } else {
        format!("order:{}/{}", shape(&first.cpython), shape(&first.looplab))
    }
}

/// A printed line without its leading time and name, when it starts with a time (as the
/// generated programs' `log` lines do): what is left says what happened.
fn after_time_and_name(line: &str) -> &str {
    let mut words = line.splitn(3, ' ');
    match (
        words.next().map(str::parse::<f64>),
        words.next(),
        words.next(),
    ) {
        (Some(Ok(_)), Some(_), Some(rest)) => rest,
        _ => line,
    }
}

/// A line reduced to its first two words, without quoted text, with each run of digits
/// as one `#` and a program's path as `FILE`: what stays is the same wherever a bug hits.
fn line_shape(line: &str) -> String {
    let unquoted = line.split('"').step_by(2).collect::<Vec<_>>().join("\"\"");
    unquoted
        .trim_start_matches([' ', '|', '+', '-'])
        .split_whitespace()
        .take(2)
        .map(|word| {
            if word.contains(".py:") {
                return "FILE".to_string();
            }
            let mut shape = String::new();
            for c in word.chars() {
                let digit = c.is_ascii_digit();
                if !digit {
                    shape.push(c);
                } else if !shape.ends_with('#') {
                    shape.push('#');
                }
            }
            shape
        })
        .collect::<Vec<_>>()
        .join("_")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, stderr: &str, status: i32) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            stderr: stderr.into(),
            status,
            trace: None,
        }
    }

    fn traced(status: i32, events: &[&str]) -> Outcome {
        Outcome {
            trace: Some(events.join("\n") + "\n"),
            ..outcome("", "", status)
        }
    }

    const CANCEL_A: &str = r#"{"it":8,"task":null,"kind":"cancel","target":"a","ok":true}"#;
    const CANCEL_B: &str = r#"{"it":8,"task":null,"kind":"cancel","target":"b","ok":true}"#;
    const STEP_A: &str = r#"{"it":9,"task":"a","kind":"step","resume":"throw:CancelledError"}"#;
    const STEP_B: &str = r#"{"it":9,"task":"b","kind":"step","resume":"throw:CancelledError"}"#;
    const MAIN_RETURNS: &str = r#"{"it":7,"task":"Task-1","kind":"return","value":"None"}"#;

    #[test]
    fn leftover_tasks_cancelled_in_another_order_are_told_apart_from_a_mismatch() {
        let cpython = traced(0, &[MAIN_RETURNS, CANCEL_B, CANCEL_A, STEP_B, STEP_A]);
        let looplab = traced(0, &[MAIN_RETURNS, CANCEL_A, CANCEL_B, STEP_A, STEP_B]);
        assert!(differ_only_in_shutdown_order(&cpython, &looplab));
        // After a deadlock (main never returned) too.
        let cpython = traced(DEADLOCK_STATUS, &[CANCEL_B, CANCEL_A, STEP_B]);
        let looplab = traced(DEADLOCK_STATUS, &[CANCEL_A, CANCEL_B, STEP_A]);
        assert!(differ_only_in_shutdown_order(&cpython, &looplab));
    }

    #[test]
    fn a_plain_run_that_cancels_leftovers_in_another_order_than_its_traced_run() {
        let mut cpython = traced(0, &[MAIN_RETURNS, CANCEL_B, CANCEL_A, STEP_B, STEP_A]);
        let mut looplab = cpython.clone();
        cpython.stdout = "main done\nb cancelled\na cancelled\n".into();
        looplab.stdout = "main done\na cancelled\nb cancelled\n".into();
        assert!(differ_only_in_shutdown_order(&cpython, &looplab));
        // Other lines: a real difference.
        looplab.stdout = "main done\na cancelled\n".into();
        assert!(!differ_only_in_shutdown_order(&cpython, &looplab));
    }

    #[test]
    fn other_differences_around_cancels_stay_mismatches() {
        // While main still runs, cancels by no task are timeouts: their order is the timers'.
        let cpython = traced(0, &[CANCEL_B, CANCEL_A]);
        let looplab = traced(0, &[CANCEL_A, CANCEL_B]);
        assert!(!differ_only_in_shutdown_order(&cpython, &looplab));
        // Different tasks cancelled.
        let cpython = traced(0, &[MAIN_RETURNS, CANCEL_B, STEP_A]);
        let looplab = traced(0, &[MAIN_RETURNS, CANCEL_A, CANCEL_B]);
        assert!(!differ_only_in_shutdown_order(&cpython, &looplab));
        // A difference before the cancels.
        let cpython = traced(0, &[STEP_A, MAIN_RETURNS, CANCEL_B, CANCEL_A]);
        let looplab = traced(0, &[STEP_B, MAIN_RETURNS, CANCEL_A, CANCEL_B]);
        assert!(!differ_only_in_shutdown_order(&cpython, &looplab));
        // Different exit statuses.
        let cpython = traced(1, &[MAIN_RETURNS, CANCEL_B, CANCEL_A]);
        let looplab = traced(0, &[MAIN_RETURNS, CANCEL_A, CANCEL_B]);
        assert!(!differ_only_in_shutdown_order(&cpython, &looplab));
    }

    #[test]
    fn the_standard_library_is_where_looplab_says_wherever_it_is_named() {
        assert_eq!(
            stdlib_where_looplab_says(
                "<Task pending coro=<sleep() running at /root/.pyenv/versions/3.12.1/lib/python3.12/asyncio/tasks.py:665>>\n  File \"/opt/py/lib/python3.12/asyncio/events.py\", line 84\n"
            ),
            "<Task pending coro=<sleep() running at /usr/lib/python3.12/asyncio/tasks.py:665>>\n  File \"/usr/lib/python3.12/asyncio/events.py\", line 84\n"
        );
        // Not a path: left as it is.
        assert_eq!(
            stdlib_where_looplab_says("x/lib/python3.12/y"),
            "x/lib/python3.12/y"
        );
    }

    #[test]
    fn harness_and_library_frames_are_dropped_from_cpython_tracebacks() {
        let stderr = "Traceback (most recent call last):\n  File \"tests/oracle/pyrun.py\", line 47, in <module>\n    runpy.run_path(path)\n  File \"<frozen runpy>\", line 291, in run_path\n  File \"main.py\", line 3, in <module>\n    f()\n    ^^^\n  File \"/x/lib/python3.12/asyncio/tasks.py\", line 1, in f\n    raise\nValueError: x\n";
        assert_eq!(
            program_frames_only(stderr),
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n    ^^^\nValueError: x\n"
        );
    }

    #[test]
    fn frames_of_the_stand_ins_for_packages_are_dropped() {
        let stderr = "Traceback (most recent call last):\n  File \"main.py\", line 8, in main\n    await session.get(url)\n  File \"src/runtime/modules/stdlib/site-packages/aiohttp.py\", line 587, in _send\n    raise ClientConnectorError(host, port,\naiohttp.ClientConnectorError: x\n";
        assert_eq!(
            program_frames_only(stderr),
            "Traceback (most recent call last):\n  File \"main.py\", line 8, in main\n    await session.get(url)\naiohttp.ClientConnectorError: x\n"
        );
    }

    #[test]
    fn harness_frames_are_dropped_inside_exception_groups_too() {
        let stderr = "  + Exception Group Traceback (most recent call last):\n  |   File \"tests/oracle/pyrun.py\", line 47, in <module>\n  |     runpy.run_path(path, run_name=\"__main__\")\n  |   File \"main.py\", line 9, in <module>\n  |     asyncio.run(main())\n  | ExceptionGroup: x (1 sub-exception)\n";
        assert_eq!(
            program_frames_only(stderr),
            "  + Exception Group Traceback (most recent call last):\n  |   File \"main.py\", line 9, in <module>\n  |     asyncio.run(main())\n  | ExceptionGroup: x (1 sub-exception)\n"
        );
    }

    #[test]
    fn a_stdout_difference_is_signed_by_the_first_line_one_side_lacks() {
        let cpython = outcome("0.5 main.12 agen0 closed\n1.5 main.3 slept 4\n", "", 0);
        let looplab = outcome("1.5 main.3 slept 4\n", "", 0);
        let found = differences(&cpython, &looplab, true);
        let signed = signature(&cpython, &looplab, &found);
        assert_eq!(signed, "stdout 0/0 missing:agen#_closed");
        let found = differences(&looplab, &cpython, true);
        let signed = signature(&looplab, &cpython, &found);
        assert_eq!(signed, "stdout 0/0 extra:agen#_closed");
        let (first, second) = (
            outcome("0 a x\n0 b y\n", "", 0),
            outcome("0 b y\n0 a x\n", "", 0),
        );
        let found = differences(&first, &second, true);
        assert_eq!(signature(&first, &second, &found), "stdout 0/0 order:x/y");
    }

    #[test]
    fn object_addresses_do_not_count() {
        let cpython = outcome("<function f at 0x7f3a12>\n", "in <C at 0x55e0>:\n", 0);
        let looplab = outcome("<function f at 0x1>\n", "in <C at 0x...>:\n", 0);
        assert_eq!(differences(&cpython, &looplab, true), []);
        let moved = outcome("<function g at 0x1>\n", "", 0);
        assert_eq!(differences(&cpython, &moved, true).len(), 2);
    }

    #[test]
    fn trace_lines_compare_without_seq_on_and_task_reprs() {
        assert_eq!(
            comparable(r#"{"seq": 4, "on": "x", "kind": "return", "value": "<Task pending>"}"#),
            r#"{"kind":"return"}"#
        );
        assert_eq!(comparable("not json"), "not json");
    }

    #[test]
    fn a_deadlock_compares_looplabs_first_line_only() {
        let cpython = outcome("", "DeadlockError: stuck\n", 3);
        let looplab = outcome("", "DeadlockError: stuck\nLooplab: task main waits\n", 3);
        assert_eq!(differences(&cpython, &looplab, true), []);
    }

    #[test]
    fn differences_come_in_order_and_sign_by_the_first() {
        let cpython = outcome("a\nb\n", "Traceback:\nValueError: v\n", 1);
        let looplab = outcome("a\nc\n", "", 0);
        let found = differences(&cpython, &looplab, true);
        let aspects: Vec<Aspect> = found.iter().map(|d| d.aspect).collect();
        assert_eq!(aspects, [Aspect::Status, Aspect::Stdout, Aspect::Stderr]);
        assert_eq!((found[1].at, found[1].cpython.as_str()), (2, "b"));
        assert_eq!(
            signature(&cpython, &looplab, &found),
            "exit-status 1/0 ValueError/-"
        );
        assert_eq!(signature(&cpython, &cpython, &[]), "match");
    }

    #[test]
    fn a_trace_difference_is_signed_by_the_event_kinds() {
        let mut cpython = outcome("", "", 0);
        let mut looplab = cpython.clone();
        cpython.trace = Some("{\"kind\": \"step\", \"resume\": \"start\"}\n".into());
        looplab.trace = Some("{\"kind\": \"return\", \"value\": \"1\"}\n".into());
        let found = differences(&cpython, &looplab, true);
        assert_eq!(
            signature(&cpython, &looplab, &found),
            "trace 0/0 step:start/return"
        );
        assert_eq!(differences(&cpython, &looplab, false), []);
    }
}
