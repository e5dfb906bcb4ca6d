//! Grading predict-the-output checks against the simulation, and checking that every key in
//! the content is what the simulation (and CPython, through the corpus goldens) produces.

use super::model::{Check, Curriculum, Lesson};
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
    if result.stdout != program.output {
        problems.push(format!(
            "{} prints differently from CPython 3.12:\n--- CPython\n{}--- Looplab\n{}",
            program.name, program.output, result.stdout
        ));
    }
    match &lesson.check {
        Check::Order { lines, .. } => {
            if let Err(problem) = order_key_holds(lines, &output_lines(&result.stdout)) {
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
