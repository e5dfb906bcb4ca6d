//! Grading predict-the-output checks against the simulation, and checking that every key in
//! the content is what the simulation (and CPython, through the corpus goldens) produces.

use super::model::{Capstone, Check, Curriculum, Lesson};
use crate::runtime::trace::{EventKind, Resume, Trace};
use crate::runtime::{RunOptions, run_program};

/// The virtual time at which `task` resumes for the `nth` time (1: the first step after its
/// start), if it does.
pub fn resume_time(trace: &Trace, task: &str, nth: usize) -> Option<f64> {
    trace
        .events
        .iter()
        .filter(|event| event.task.as_deref() == Some(task))
        .filter(|event| {
            matches!(
                &event.kind,
                EventKind::Step { resume } if *resume != Resume::Start
            )
        })
        .nth(nth.checked_sub(1)?)
        .map(|event| event.t)
}

/// The lines a program printed.
pub fn output_lines(stdout: &str) -> Vec<String> {
    stdout.lines().map(str::to_string).collect()
}

/// Whether `lines` are lines of `printed`, each printed exactly once, in this order.
pub fn order_key_holds(lines: &[String], printed: &[String]) -> Result<(), String> {
    let mut last = None;
    for line in lines {
        let mut at = printed.iter().enumerate().filter(|(_, p)| *p == line);
        let (index, _) = at
            .next()
            .ok_or_else(|| format!("the order check's line {line:?} is never printed"))?;
        if at.next().is_some() {
            return Err(format!(
                "the order check's line {line:?} is printed more than once"
            ));
        }
        if last.is_some_and(|last| index < last) {
            return Err(format!(
                "the order check's line {line:?} is printed earlier than the key says"
            ));
        }
        last = Some(index);
    }
    Ok(())
}

/// What is wrong with a lesson: its program's output differs from CPython's, or its check's
/// key is not what the simulation does. Empty when all is well.
pub fn problems(curriculum: &Curriculum, lesson: &Lesson) -> Vec<String> {
    let Some(program) = curriculum.program(&lesson.program) else {
        return vec![format!("its program {} is missing", lesson.program)];
    };
    let result = run_program(&program.source, &RunOptions::default());
    let mut problems = Vec::new();
    if result.outcome.stdout != program.output {
        problems.push(format!(
            "{} prints differently from CPython 3.12:\n--- CPython\n{}--- Looplab\n{}",
            program.name, program.output, result.outcome.stdout
        ));
    }
    match &lesson.check {
        Check::Order { lines, .. } => {
            if let Err(problem) = order_key_holds(lines, &output_lines(&result.outcome.stdout)) {
                problems.push(problem);
            }
        }
        Check::Resume {
            task, nth, answer, ..
        } => match resume_time(&result.trace, task, *nth) {
            Some(t) if t == *answer => {}
            Some(t) => problems.push(format!(
                "{task} resumes for the {nth}. time at t={t}, not at the key's t={answer}"
            )),
            None => problems.push(format!("{task} never resumes {nth} times")),
        },
    }
    problems
}

/// How a learner's answer to a check went, graded against a fresh run of the program.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub correct: bool,
    /// The right answer, in words: the lines in the order they print, or `t=2.0`.
    pub expected: Vec<String>,
    /// The moment of the run that shows the answer (for "see it on the timeline").
    pub reveal_at: f64,
}

/// The lines in the order the program prints them, and when the last of them prints.
fn printed_order(source: &str, lines: &[String]) -> (Vec<String>, f64) {
    let result = run_program(source, &RunOptions::default());
    let printed = output_lines(&result.outcome.stdout);
    let mut expected: Vec<String> = lines.to_vec();
    expected.sort_by_key(|line| printed.iter().position(|p| p == line));
    let last = expected.last();
    let reveal_at = result
        .trace
        .events
        .iter()
        .rev()
        .find(|event| matches!(&event.kind, EventKind::Print { text } if Some(text) == last))
        .or(result.trace.events.last())
        .map_or(0.0, |event| event.t);
    (expected, reveal_at)
}

/// Grades the learner's order of `lines` (`answer` lists the lines as they placed them).
pub fn grade_order(source: &str, lines: &[String], answer: &[String]) -> Verdict {
    let (expected, reveal_at) = printed_order(source, lines);
    Verdict {
        correct: answer == expected.as_slice(),
        expected,
        reveal_at,
    }
}

/// Grades the learner's pick of when `task` resumes for the `nth` time.
pub fn grade_resume(source: &str, task: &str, nth: usize, answer: f64) -> Verdict {
    let result = run_program(source, &RunOptions::default());
    let when = resume_time(&result.trace, task, nth);
    Verdict {
        correct: when == Some(answer),
        expected: vec![match when {
            Some(t) => format!("t={}", pycore::format::float_repr(t)),
            None => format!("{task} does not resume {nth} times"),
        }],
        reveal_at: when.unwrap_or(0.0),
    }
}

/// A fixed shuffle of `count` items for the check `seed` (the same every visit, and never
/// the answer itself when there are two or more).
pub fn shuffled(count: usize, seed: &str) -> Vec<usize> {
    let hash = |index: usize| {
        // FNV-1a over the seed and the index: stable across builds and platforms.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in seed.bytes().chain(index.to_le_bytes()) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        hash
    };
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&index| hash(index));
    if count >= 2 && order.iter().enumerate().all(|(i, &index)| i == index) {
        order.rotate_left(1);
    }
    order
}

/// What is wrong with a capstone: its reference solution fails a check, or its starter
/// passes them all (or crashes: a learner should see checks fail, not a traceback).
pub fn capstone_problems(curriculum: &Curriculum, capstone: &Capstone) -> Vec<String> {
    let Some(program) = curriculum.program(&capstone.program) else {
        return vec![format!("its program {} is missing", capstone.program)];
    };
    let mut problems = Vec::new();
    let (_, reference, _) = super::capstone::parts(&program.source);
    let solved = super::capstone::attempt(capstone, &program.source, reference);
    if solved.program != program.source {
        problems.push("the program does not split into world, solution and footer".to_string());
    }
    if !solved.passed() {
        let failed: Vec<String> = solved
            .outcomes
            .iter()
            .filter(|o| !o.passed)
            .map(|o| format!("{}: {}", o.label, o.detail))
            .collect();
        problems.push(format!(
            "the reference solution does not pass ({:?}): {failed:?} {}",
            solved.status, solved.stderr
        ));
    }
    let started = super::capstone::attempt(capstone, &program.source, &capstone.starter);
    if started.status != crate::runtime::ExitStatus::Success {
        problems.push(format!(
            "the starter does not run to its end: {}",
            started.stderr
        ));
    } else if started.passed() {
        problems.push("the starter already passes every check".to_string());
    }
    problems
}
