//! Step-level questions: the run paused just after a task suspended at an `await`, and a
//! question about the loop there (which task runs next, when the clock reaches the task
//! again, how many slots of a semaphore are free, ...), answered by the simulation itself.

use std::collections::HashMap;
use std::rc::Rc;

use super::model::{Ask, StepQuestion};
use crate::python::source::quotable_line;
use crate::runtime::snapshot::{LoopState, Timeline};
use crate::runtime::trace::{EventKind, Resume, Trace};
use crate::runtime::{RunOptions, run_program};
use pycore::format::float_repr;

/// A lesson program's recorded run, replayable at any event.
pub struct Recorded {
    pub source: String,
    /// What the program printed.
    pub stdout: String,
    pub trace: Trace,
    pub timeline: Timeline,
    /// The coroutine each task runs, by the task's name (the last task made with it).
    coros: HashMap<Rc<str>, Rc<str>>,
}

impl Recorded {
    pub fn run(source: &str) -> Recorded {
        // The machinery too: the ready queue, timers and primitives are what step questions
        // ask about, and the playground counts its events when it opens at a moment.
        let options = RunOptions {
            machinery: true,
            ..RunOptions::default()
        };
        let result = run_program(source, &options);
        let timeline = Timeline::new(&result.trace);
        let coros = result
            .trace
            .events
            .iter()
            .filter_map(|event| match &event.kind {
                EventKind::Create { new, coro } => Some((new.clone(), coro.clone())),
                _ => None,
            })
            .collect();
        Recorded {
            coros,
            source: source.to_string(),
            stdout: result.outcome.stdout,
            trace: result.trace,
            timeline,
        }
    }

    /// `Task-3 (worker)`: a task with the coroutine it runs, as the tasks table shows it.
    pub fn task_label(&self, name: &str) -> String {
        match self.coros.get(name) {
            Some(coro) => format!("{name} ({coro})"),
            None => name.to_string(),
        }
    }

    /// ` at line 9 (`async with sem:`)`: a line of the program as the learner wrote it.
    pub fn at_line(&self, line: Option<u32>) -> String {
        let Some(line) = line.filter(|&l| l > 0) else {
            return String::new();
        };
        match quotable_line(&self.source, line) {
            Some(text) => format!(" at line {line} (`{text}`)"),
            None => format!(" at line {line}"),
        }
    }
}

/// Where a question pauses the run.
#[derive(Debug, Clone, PartialEq)]
pub struct Pause {
    /// How many events have happened (the playground opens just after them).
    pub position: usize,
    /// The virtual time.
    pub t: f64,
    /// What the task awaited, in the trace's words (`sleep`, `Semaphore.acquire`, ...).
    pub on: Rc<str>,
}

/// The moment a question pauses at: just after `task` suspends at `line` for the `nth`
/// time there.
pub fn pause(trace: &Trace, question: &StepQuestion) -> Option<Pause> {
    trace
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            event.task.as_deref() == Some(question.task.as_str())
                && event.line == Some(question.line)
        })
        .filter_map(|(index, event)| match &event.kind {
            EventKind::Suspend { on } => Some(Pause {
                position: index + 1,
                t: event.t,
                on: on.clone(),
            }),
            _ => None,
        })
        .nth(question.nth.checked_sub(1)?)
}

/// The answer the run gives, worded as a question's options are, or why there is none.
pub fn answer(recorded: &Recorded, question: &StepQuestion) -> Result<String, String> {
    let pause = pause(&recorded.trace, question).ok_or_else(|| {
        format!(
            "{} never suspends at line {} {} time(s)",
            question.task, question.line, question.nth
        )
    })?;
    let after = &recorded.trace.events[pause.position..];
    let state = recorded.timeline.state_at(pause.position);
    let task = question.about.as_deref().unwrap_or(&question.task);
    match question.ask {
        Ask::NextTask => after
            .iter()
            .find(|event| matches!(event.kind, EventKind::Step { .. }))
            .and_then(|event| event.task.as_deref())
            .map(str::to_string)
            .ok_or_else(|| "no task runs after this moment".to_string()),
        Ask::ResumesAt => after
            .iter()
            .find(|event| {
                event.task.as_deref() == Some(task)
                    && matches!(&event.kind, EventKind::Step { resume } if *resume != Resume::Start)
            })
            .map(|event| float_repr(event.t))
            .ok_or_else(|| format!("{task} never resumes after this moment")),
        Ask::Status => state
            .task(task)
            .map(|t| t.status.name().to_string())
            .ok_or_else(|| format!("there is no task {task} at this moment")),
        Ask::ReadyCount => Ok(ready_tasks(&state).len().to_string()),
        Ask::FreeSlots | Ask::QueueSize | Ask::Holder | Ask::Waiters => {
            let name = question
                .about
                .as_deref()
                .ok_or("this question needs `about`: the primitive's variable")?;
            let primitive = state
                .primitives
                .iter()
                .find(|p| !p.internal && &*p.label == name)
                .ok_or_else(|| format!("no primitive is called {name} at this moment"))?;
            let kind = &*primitive.kind;
            match question.ask {
                Ask::FreeSlots if kind.ends_with("Semaphore") => Ok(primitive.value.to_string()),
                Ask::QueueSize if kind.ends_with("Queue") => Ok(primitive.value.to_string()),
                Ask::Holder if kind == "Lock" => Ok(primitive
                    .holders
                    .first()
                    .map_or("nobody".to_string(), |h| h.to_string())),
                Ask::Waiters => Ok((primitive.waiters.len() + primitive.more_waiters).to_string()),
                _ => Err(format!("{name} is a {kind}: the question does not fit it")),
            }
        }
    }
}

/// The program's tasks whose step waits in the ready queue, first to run first.
fn ready_tasks(state: &LoopState) -> Vec<Rc<str>> {
    state
        .ready
        .iter()
        .filter(|entry| !entry.internal)
        .filter_map(|entry| entry.task.clone())
        .collect()
}

/// How a learner's pick went.
#[derive(Debug, Clone, PartialEq)]
pub struct StepVerdict {
    pub correct: bool,
    /// The run's answer, worded as the options are.
    pub expected: String,
    /// Where the playground opens to show it: just after the paused moment.
    pub position: usize,
    /// What the run shows at the moment, in sentences (the facts behind the answer).
    pub facts: Vec<String>,
}

/// Grades `picked` (one of the question's options) against the run.
pub fn grade(recorded: &Recorded, question: &StepQuestion, picked: &str) -> StepVerdict {
    let expected = answer(recorded, question).unwrap_or_else(|problem| problem);
    let position = pause(&recorded.trace, question).map_or(0, |p| p.position);
    StepVerdict {
        correct: picked == expected,
        facts: facts(recorded, question),
        expected,
        position,
    }
}

/// The facts of the paused moment the answer follows from, as the learner can check them on
/// the timeline: the ready queue in order, the task's pending timer, the primitive's state.
pub fn facts(recorded: &Recorded, question: &StepQuestion) -> Vec<String> {
    let Some(pause) = pause(&recorded.trace, question) else {
        return Vec::new();
    };
    let state = recorded.timeline.state_at(pause.position);
    let named = |name: &str| recorded.task_label(name);
    let mut facts = vec![format!(
        "At t={} {} has just paused{}.",
        float_repr(pause.t),
        named(&question.task),
        recorded.at_line(Some(question.line))
    )];
    let ready = ready_tasks(&state);
    facts.push(match ready.as_slice() {
        [] => "No task is ready to run: the loop waits for the next timer.".to_string(),
        [one] => format!("Only {} is ready to run.", named(one)),
        many => format!(
            "Ready to run, in the order the loop takes them: {}.",
            many.iter().map(|t| named(t)).collect::<Vec<_>>().join(", ")
        ),
    });
    let task = question.about.as_deref().unwrap_or(&question.task);
    match question.ask {
        Ask::ResumesAt | Ask::Status | Ask::NextTask | Ask::ReadyCount => {
            if let Some(timer) = state
                .timers()
                .filter(|t| t.task.as_deref() == Some(task))
                .min_by(|a, b| a.when.total_cmp(&b.when))
            {
                let set_at = match timer.line {
                    0 => String::new(),
                    line => format!(" (set at line {line})"),
                };
                facts.push(format!(
                    "{}'s timer{set_at} is due at t={}.",
                    named(task),
                    float_repr(timer.when)
                ));
            } else if let Some(waiting) = state.task(task).filter(|t| t.waiting_on.is_some()) {
                facts.push(format!(
                    "{} has no timer: it waits{} until what it awaits there is done.",
                    named(task),
                    recorded.at_line(waiting.line)
                ));
            }
        }
        Ask::FreeSlots | Ask::QueueSize | Ask::Holder | Ask::Waiters => {
            let name = question.about.as_deref().unwrap_or_default();
            if let Some(primitive) = state
                .primitives
                .iter()
                .find(|p| !p.internal && &*p.label == name)
            {
                let list = |names: &[Rc<str>], more: usize| {
                    let mut words: Vec<String> = names.iter().map(|n| named(n)).collect();
                    if more > 0 {
                        words.push(format!("{more} more"));
                    }
                    match words.is_empty() {
                        true => "nobody".to_string(),
                        false => words.join(", "),
                    }
                };
                let size = match &*primitive.kind {
                    kind if kind.ends_with("Semaphore") => {
                        format!("{} of {} slots free", primitive.value, primitive.capacity)
                    }
                    kind if kind.ends_with("Queue") => format!("{} items", primitive.value),
                    "Lock" if primitive.value == 1 => "locked".to_string(),
                    "Lock" => "unlocked".to_string(),
                    "Event" if primitive.value == 1 => "set".to_string(),
                    _ => "not set".to_string(),
                };
                facts.push(format!(
                    "`{name}`: {size}; held by {}; waiting: {}.",
                    list(&primitive.holders, primitive.more_holders),
                    list(&primitive.waiters, primitive.more_waiters)
                ));
            }
        }
    }
    facts
}

/// What is wrong with a step question: its moment never comes, its key is not the run's
/// answer, or its options do not hold the answer once.
pub fn problems(recorded: &Recorded, question: &StepQuestion) -> Vec<String> {
    let mut problems = Vec::new();
    let count = |option: &String| question.options.iter().filter(|o| *o == option).count();
    if question.options.iter().any(|o| count(o) > 1) {
        problems.push("an option is listed twice".to_string());
    }
    if question.options.len() < 2 {
        problems.push("a step question needs at least two options".to_string());
    }
    if !question.options.contains(&question.answer) {
        problems.push(format!(
            "the key {:?} is not one of the options",
            question.answer
        ));
    }
    if question.why.trim().is_empty() {
        problems.push("a step question needs a `why`".to_string());
    }
    match answer(recorded, question) {
        Ok(actual) if actual == question.answer => {}
        Ok(actual) => problems.push(format!(
            "at line {} of {} the run answers {actual:?}, not the key's {:?}",
            question.line, question.task, question.answer
        )),
        Err(problem) => problems.push(problem),
    }
    problems
}

/// Every moment a step question can pause at, one line each with what each ask would answer
/// there: for whoever writes a lesson's `[[step]]` (`looplab curriculum pauses FILE.py`).
pub fn pauses(recorded: &Recorded) -> Vec<String> {
    let mut seen: std::collections::HashMap<(Rc<str>, u32), usize> = Default::default();
    let mut lines = Vec::new();
    for event in &recorded.trace.events {
        let (Some(task), Some(line), EventKind::Suspend { .. }) =
            (&event.task, event.line, &event.kind)
        else {
            continue;
        };
        let nth = seen.entry((task.clone(), line)).or_default();
        *nth += 1;
        let question = StepQuestion {
            task: task.to_string(),
            line,
            nth: *nth,
            ask: Ask::NextTask,
            about: None,
            prompt: String::new(),
            options: Vec::new(),
            answer: String::new(),
            why: String::new(),
        };
        let ask = |ask: Ask, about: Option<&str>| {
            let question = StepQuestion {
                ask,
                about: about.map(str::to_string),
                ..question.clone()
            };
            answer(recorded, &question).unwrap_or_else(|_| "-".to_string())
        };
        let Some(pause) = pause(&recorded.trace, &question) else {
            continue;
        };
        let state = recorded.timeline.state_at(pause.position);
        let primitives: Vec<String> = state
            .primitives
            .iter()
            .filter(|p| !p.internal)
            .map(|p| {
                format!(
                    "{}({}): value {} of {}, holders {:?}, waiters {}",
                    p.label,
                    p.kind,
                    p.value,
                    p.capacity,
                    p.holders,
                    p.waiters.len() + p.more_waiters
                )
            })
            .collect();
        lines.push(format!(
            "task = {task:?}, line = {line}, nth = {} | t={} on {} | next_task {} | resumes_at {} | ready_count {} | {}",
            question.nth,
            float_repr(pause.t),
            pause.on,
            ask(Ask::NextTask, None),
            ask(Ask::ResumesAt, None),
            ask(Ask::ReadyCount, None),
            primitives.join("; ")
        ));
    }
    lines
}
