//! Grading predict-the-output checks against the simulation, and checking that every key in
//! the content is what the simulation (and CPython, through the corpus goldens) produces.

use super::model::{Capstone, Check, Curriculum, Lesson};
use super::step::Recorded;
use crate::runtime::trace::{EventKind, Resume, Trace};
use pycore::format::float_repr;

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

/// What is wrong with a lesson: its program's output differs from CPython's, its check's
/// key is not what the simulation does, its prompt claims what the run does not show, or a
/// step question's key is not the run's answer. Empty when all is well.
pub fn problems(curriculum: &Curriculum, lesson: &Lesson) -> Vec<String> {
    let Some(program) = curriculum.program(&lesson.program) else {
        return vec![format!("its program {} is missing", lesson.program)];
    };
    let recorded = Recorded::run(&program.source);
    let mut problems = Vec::new();
    if recorded.stdout != program.output {
        problems.push(format!(
            "{} prints differently from CPython 3.12:\n--- CPython\n{}--- Looplab\n{}",
            program.name, program.output, recorded.stdout
        ));
    }
    if lesson.check.why().trim().is_empty() {
        problems.push("its check needs a `why`".to_string());
    }
    match &lesson.check {
        Check::Order {
            prompt,
            lines,
            printed_from,
            ..
        } => {
            if let Err(problem) = order_key_holds(lines, &output_lines(&recorded.stdout)) {
                problems.push(problem);
            }
            problems.extend(order_claims(&recorded, prompt, lines, *printed_from));
        }
        Check::Resume {
            prompt,
            task,
            nth,
            answer,
            ..
        } => {
            match resume_time(&recorded.trace, task, *nth) {
                Some(t) if t == *answer => {}
                Some(t) => problems.push(format!(
                    "{task} resumes for the {nth}. time at t={t}, not at the key's t={answer}"
                )),
                None => problems.push(format!("{task} never resumes {nth} times")),
            }
            problems.extend(resume_claims(&recorded, prompt, task, *nth));
        }
    }
    for question in &lesson.steps {
        problems.extend(
            super::step::problems(&recorded, question)
                .into_iter()
                .map(|problem| format!("step question {:?}: {problem}", question.prompt)),
        );
    }
    problems
}

/// What an order check's prompt claims that the run does not show: a prompt about a part of
/// the program must say which lines (`printed_from`), and every key line must be printed there.
fn order_claims(
    recorded: &Recorded,
    prompt: &str,
    lines: &[String],
    printed_from: Option<[u32; 2]>,
) -> Vec<String> {
    let Some([first, last]) = printed_from else {
        return match prompt.contains(" part") {
            true => vec![
                "the prompt speaks of a part of the program: say which lines with printed_from"
                    .to_string(),
            ],
            false => Vec::new(),
        };
    };
    lines
        .iter()
        .filter_map(|line| {
            let event =
                recorded.trace.events.iter().find(
                    |event| matches!(&event.kind, EventKind::Print { text } if text == line),
                )?;
            let at = event.line.unwrap_or(0);
            (!(first..=last).contains(&at))
                .then(|| format!("{line:?} is printed by line {at}, outside lines {first}-{last}"))
        })
        .collect()
}

/// What a resume check's prompt claims that the run does not show: it must name the task,
/// and a time it gives (`waits ... at t=0.0`) must be when the task paused.
fn resume_claims(recorded: &Recorded, prompt: &str, task: &str, nth: usize) -> Vec<String> {
    let mut problems = Vec::new();
    if !prompt.contains(task) {
        problems.push(format!("the prompt does not name {task}"));
    }
    let paused =
        paused_before_resume(recorded, task, nth).map(|index| recorded.trace.events[index].t);
    for claimed in prompt.split("t=").skip(1).filter_map(|rest| {
        let number: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        number.trim_end_matches('.').parse::<f64>().ok()
    }) {
        if paused != Some(claimed) {
            problems.push(format!(
                "the prompt says t={claimed}, but {task} paused at {}",
                paused.map_or("no time".to_string(), |t| format!("t={t}"))
            ));
        }
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
    /// What the run shows, fact by fact (when and where each line printed; when the task
    /// paused and what woke it): the moment the answer follows from.
    pub facts: Vec<String>,
}

/// Grades the learner's order of `lines` (`answer` lists the lines as they placed them)
/// against a run of the lesson's program.
pub fn grade_order(recorded: &Recorded, lines: &[String], answer: &[String]) -> Verdict {
    let events = &recorded.trace.events;
    // Each key line with the event that prints it (none for a line never printed), in the
    // order they print.
    let mut printed: Vec<(&String, Option<usize>)> = lines
        .iter()
        .map(|line| {
            let at = events
                .iter()
                .position(|event| matches!(&event.kind, EventKind::Print { text } if text == line));
            (line, at)
        })
        .collect();
    printed.sort_by_key(|(_, at)| *at);
    let expected: Vec<String> = printed.iter().map(|(line, _)| (*line).clone()).collect();
    let facts = printed
        .iter()
        .filter_map(|(line, at)| {
            let event = &events[(*at)?];
            let who = match event.task.as_deref() {
                Some(task) => recorded.task_label(task),
                None => "the program's top level".to_string(),
            };
            Some(format!(
                "`{line}`: printed at t={} by {who}{}.",
                float_repr(event.t),
                recorded.at_line(event.line)
            ))
        })
        .collect();
    let reveal_at = printed
        .last()
        .and_then(|(_, at)| *at)
        .or(events.len().checked_sub(1))
        .map_or(0.0, |index| events[index].t);
    Verdict {
        correct: answer == expected.as_slice(),
        expected,
        reveal_at,
        facts,
    }
}

/// Grades the learner's pick of when `task` resumes for the `nth` time.
pub fn grade_resume(recorded: &Recorded, task: &str, nth: usize, answer: f64) -> Verdict {
    let when = resume_time(&recorded.trace, task, nth);
    Verdict {
        correct: when == Some(answer),
        expected: vec![match when {
            Some(t) => format!("t={}", float_repr(t)),
            None => format!("{task} does not resume {nth} times"),
        }],
        reveal_at: when.unwrap_or(0.0),
        facts: resume_facts(recorded, task, nth),
    }
}

/// The event at which `task` resumes for the `nth` time.
fn resumed_event(recorded: &Recorded, task: &str, nth: usize) -> Option<usize> {
    recorded
        .trace
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            event.task.as_deref() == Some(task)
                && matches!(&event.kind, EventKind::Step { resume } if *resume != Resume::Start)
        })
        .nth(nth.checked_sub(1)?)
        .map(|(index, _)| index)
}

/// The event at which `task` suspended just before its `nth` resumption.
fn paused_before_resume(recorded: &Recorded, task: &str, nth: usize) -> Option<usize> {
    let resumed = resumed_event(recorded, task, nth)?;
    recorded.trace.events[..resumed].iter().rposition(|event| {
        event.task.as_deref() == Some(task) && matches!(event.kind, EventKind::Suspend { .. })
    })
}

/// Where `task` paused before its `nth` resumption and what woke it: its timer's due time,
/// or what it waited on.
fn resume_facts(recorded: &Recorded, task: &str, nth: usize) -> Vec<String> {
    let events = &recorded.trace.events;
    let (Some(resumed), Some(paused)) = (
        resumed_event(recorded, task, nth),
        paused_before_resume(recorded, task, nth),
    ) else {
        return Vec::new();
    };
    let state = recorded.timeline.state_at(paused + 1);
    let who = recorded.task_label(task);
    let event = &events[paused];
    let mut facts = vec![format!(
        "{who} paused{} at t={}.",
        recorded.at_line(event.line),
        float_repr(event.t)
    )];
    let timer = state
        .timers()
        .filter(|timer| timer.task.as_deref() == Some(task))
        .min_by(|a, b| a.when.total_cmp(&b.when));
    facts.push(match timer {
        Some(timer) => format!(
            "Its timer was due at t={}: the loop resumed it at t={}.",
            float_repr(timer.when),
            float_repr(events[resumed].t)
        ),
        None => format!(
            "It had no timer: what it awaited was done at t={}, and the loop resumed it then.",
            float_repr(events[resumed].t)
        ),
    });
    facts
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

/// What is wrong with a capstone: its first world is not the one its corpus program is
/// written for, its reference solution fails a check in some world, or its starter passes
/// every check in every world (or crashes in one: a learner should see checks fail, not a
/// traceback).
pub fn capstone_problems(curriculum: &Curriculum, capstone: &Capstone) -> Vec<String> {
    use super::capstone::{attempt_all, parts, program_in, world};
    let Some(program) = curriculum.program(&capstone.program) else {
        return vec![format!("its program {} is missing", capstone.program)];
    };
    let source = &program.source;
    let mut problems = Vec::new();
    let (_, reference, _) = parts(source);
    if program_in(capstone, source, reference, 0) != *source {
        problems.push(
            "the program does not split into world, solution and footer, or its WORLD line is not the first world's"
                .to_string(),
        );
    }
    let named = |index: usize| {
        capstone
            .worlds
            .get(index)
            .map_or_else(String::new, world::named)
    };
    for solved in attempt_all(capstone, source, reference) {
        if !solved.passed() {
            let failed: Vec<String> = solved
                .outcomes
                .iter()
                .filter(|o| !o.passed)
                .map(|o| format!("{}: {}", o.label, o.detail))
                .collect();
            problems.push(format!(
                "the reference solution does not pass in world {} ({:?}): {failed:?} {}",
                named(solved.world),
                solved.status,
                solved.stderr
            ));
        }
    }
    let started = attempt_all(capstone, source, &capstone.starter);
    for run in &started {
        if run.status != crate::runtime::ExitStatus::Success {
            problems.push(format!(
                "the starter does not run to its end in world {}: {}",
                named(run.world),
                run.stderr
            ));
        }
    }
    if started.iter().all(|run| run.passed()) {
        problems.push("the starter already passes every check in every world".to_string());
    }
    problems
}
