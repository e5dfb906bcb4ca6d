//! Running a learner's capstone solution inside its simulated worlds, and grading it in each
//! by the report the world prints at the end.

pub mod hints;
pub mod terms;
pub mod world;

use serde_json::{Map, Value};

use super::model::{CHECKS_MARKER, Capstone, CapstoneCheck, Ending, SOLUTION_MARKER, World};
use crate::runtime::{ExitStatus, RunError, RunOptions, RunOutcome, run_program};
use hints::Cause;
use terms::{Solution, Wait};

/// The three parts of a capstone's program: the world, the reference solution, the footer.
pub fn parts(source: &str) -> (&str, &str, &str) {
    let (world, rest) = source
        .split_once(&format!("{SOLUTION_MARKER}\n"))
        .unwrap_or((source, ""));
    let (solution, footer) = rest
        .split_once(&format!("{CHECKS_MARKER}\n"))
        .unwrap_or((rest, ""));
    (world, solution, footer)
}

/// The program that runs in the world the corpus program is written for (the capstone's
/// first): the world, the learner's solution, the footer.
pub fn compose(source: &str, solution: &str) -> String {
    let (world, _, _) = parts(source);
    composed(source, world, solution)
}

/// The program that runs in `world`: the same, with the world's `WORLD = ` line set to it.
pub fn compose_in(source: &str, solution: &str, world: &World) -> String {
    let (code, _, _) = parts(source);
    composed(source, &world::put_in(code, world), solution)
}

fn composed(source: &str, world: &str, solution: &str) -> String {
    let (_, _, footer) = parts(source);
    let mut program = format!("{world}{SOLUTION_MARKER}\n{solution}");
    if !program.ends_with('\n') {
        program.push('\n');
    }
    program.push_str(&format!("{CHECKS_MARKER}\n{footer}"));
    program
}

/// The first line of the learner's solution in the composed program.
pub fn solution_first_line(source: &str) -> u32 {
    let (world, _, _) = parts(source);
    world.lines().count() as u32 + 2
}

/// The report the footer prints: the JSON after `REPORT ` on the last such line.
pub fn report(stdout: &str) -> Option<Map<String, Value>> {
    let line = stdout.lines().rev().find(|l| l.starts_with("REPORT "))?;
    match serde_json::from_str(&line["REPORT ".len()..]) {
        Ok(Value::Object(map)) => Some(map),
        _ => None,
    }
}

/// The lines that open and close the JSON lines a world prints.
pub const JSONL_START: &str = "--- results.jsonl ---";
pub const JSONL_END: &str = "--- end ---";

/// A run's output split in two: the lines the program printed, and the JSON lines the world
/// wrote between [`JSONL_START`] and [`JSONL_END`] (none if it wrote none).
pub fn split_output(stdout: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut printed, mut jsonl) = (Vec::new(), Vec::new());
    let mut inside = false;
    for line in stdout.lines() {
        match line {
            JSONL_START if !inside => inside = true,
            JSONL_END if inside => inside = false,
            _ if inside => jsonl.push(line),
            _ => printed.push(line),
        }
    }
    (printed, jsonl)
}

/// The JSON lines the world wrote.
pub fn jsonl(stdout: &str) -> Vec<&str> {
    split_output(stdout).1
}

/// How one check went.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOutcome {
    pub label: String,
    pub passed: bool,
    /// What the report said: `peak_in_flight = 1000 (at most 50)`.
    pub detail: String,
}

fn number(report: &Map<String, Value>, key: &str) -> Option<f64> {
    report.get(key)?.as_f64()
}

fn grade_one(check: &CapstoneCheck, report: Result<&Map<String, Value>, &Cause>) -> CheckOutcome {
    let outcome = |passed: bool, detail: String| CheckOutcome {
        label: check.label.clone(),
        passed,
        detail,
    };
    let report = match report {
        Ok(report) => report,
        // What happened is said once, above the checks; each check only says why it has
        // no verdict.
        Err(cause) => {
            let ended = match cause.ending {
                Ending::Deadlock => "the run deadlocked",
                Ending::Error => "the run stopped with an error",
                Ending::Limit => "a limit stopped the run",
            };
            return outcome(false, format!("not checked: {ended} before its report"));
        }
    };
    let Some(value) = report.get(&check.key) else {
        return outcome(false, format!("the report has no {}", check.key));
    };
    let shown = format!("{} = {value}", check.key);
    if let Some(limit) = check.at_most {
        let passed = value.as_f64().is_some_and(|v| v <= limit);
        return outcome(passed, format!("{shown} (at most {limit})"));
    }
    // A bound the world sets: `(other, is_upper)`.
    let bounds = [(&check.at_most_key, true), (&check.at_least_key, false)];
    for (other, upper) in bounds {
        let Some(other) = other else { continue };
        let Some(limit) = number(report, other) else {
            return outcome(false, format!("the report has no {other}"));
        };
        let passed = value
            .as_f64()
            .is_some_and(|v| if upper { v <= limit } else { v >= limit });
        let words = if upper { "at most" } else { "at least" };
        return outcome(passed, format!("{shown} ({words} {other} = {limit})"));
    }
    if let Some(limit) = check.at_least {
        let passed = value.as_f64().is_some_and(|v| v >= limit);
        return outcome(passed, format!("{shown} (at least {limit})"));
    }
    if let Some(expected) = &check.equals {
        let passed = value == expected
            || matches!((value.as_f64(), expected.as_f64()), (Some(a), Some(b)) if a == b);
        return outcome(passed, format!("{shown} (must be {expected})"));
    }
    if let Some(other) = &check.equals_key {
        let minus = check.minus_key.as_ref();
        let target = number(report, other)
            .zip(minus.map_or(Some(0.0), |m| number(report, m)))
            .map(|(a, b)| a - b);
        let words = match minus {
            Some(m) => format!("{other} - {m}"),
            None => other.clone(),
        };
        return match target {
            Some(target) => outcome(
                value.as_f64() == Some(target),
                format!("{shown} (must equal {words} = {target})"),
            ),
            None => outcome(false, format!("the report has no {words}")),
        };
    }
    outcome(false, "a check with nothing to compare".to_string())
}

/// A solution's run in one world and its grades.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Which of the capstone's worlds it ran in.
    pub world: usize,
    pub program: String,
    pub stdout: String,
    /// What the run wrote on stderr, as it wrote it.
    pub stderr: String,
    /// The same in the learner's terms (see [`terms::stderr`]).
    pub told: String,
    pub status: ExitStatus,
    /// Where the run failed, as a line of the learner's solution (none outside it), with
    /// Python's message.
    pub error: Option<RunError>,
    /// The tasks a deadlock left waiting, at the learner's calls.
    pub waits: Vec<Wait>,
    /// Why the run ended before its report, and a hint; none when the report came.
    pub cause: Option<Cause>,
    pub outcomes: Vec<CheckOutcome>,
}

impl Attempt {
    pub fn passed(&self) -> bool {
        self.status == ExitStatus::Success && self.outcomes.iter().all(|o| o.passed)
    }

    pub fn jsonl(&self) -> Vec<&str> {
        jsonl(&self.stdout)
    }
}

/// Runs `solution` in the capstone's world `world` (an index into its worlds; `source` is
/// its corpus program) and grades it.
pub fn attempt(capstone: &Capstone, source: &str, solution: &str, world: usize) -> Attempt {
    let program = program_in(capstone, source, solution, world);
    let result = run_program(&program, &RunOptions::default());
    grade(capstone, source, world, program, result.outcome)
}

/// Runs `solution` in every world of the capstone, in order.
pub fn attempt_all(capstone: &Capstone, source: &str, solution: &str) -> Vec<Attempt> {
    (0..capstone.worlds.len().max(1))
        .map(|world| attempt(capstone, source, solution, world))
        .collect()
}

/// The program that runs `solution` in the capstone's world `world`.
pub fn program_in(capstone: &Capstone, source: &str, solution: &str, world: usize) -> String {
    match capstone.worlds.get(world) {
        Some(world) => compose_in(source, solution, world),
        None => compose(source, solution),
    }
}

/// Grades the outcome of a finished run of `program` (a solution composed into the world
/// `source`, in its world `world`, run here or in the page's worker): what went wrong said at
/// the solution's own lines, each check read off the report.
pub fn grade(
    capstone: &Capstone,
    source: &str,
    world: usize,
    program: String,
    ran: RunOutcome,
) -> Attempt {
    let first = solution_first_line(source);
    let (_, solution_text, _) = parts(&program);
    let solution = Solution {
        program: &program,
        first,
        lines: solution_text.lines().count() as u32,
    };
    let error = ran.error.map(|error| RunError {
        line: error
            .line
            .and_then(|line| solution.own(line))
            .or_else(|| terms::last_own_frame(&ran.stderr, &solution)),
        message: terms::message(&error.message, &solution),
    });
    let waits = terms::waits(&ran.stderr, &solution);
    let told = terms::stderr(&ran.stderr, &solution);
    // The report, or why the run ended before it.
    let read = report(&ran.stdout)
        .ok_or_else(|| hints::cause(capstone, ran.status, error.as_ref(), &waits));
    let outcomes = capstone
        .checks
        .iter()
        .map(|check| grade_one(check, read.as_ref()))
        .collect();
    let cause = read.err();
    Attempt {
        world,
        program,
        stdout: ran.stdout,
        stderr: ran.stderr,
        told,
        status: ran.status,
        error,
        waits,
        cause,
        outcomes,
    }
}
