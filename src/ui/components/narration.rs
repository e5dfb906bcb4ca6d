//! The narration under the loop: one plain sentence for each event, in the program's own
//! words: which task (and the coroutine it runs), which line, which variable holds the
//! primitive, what changed and why. It reads the loop's state just before the event (what a
//! task waited on, which callback is at the head of the ready queue, a primitive's previous
//! state, who cancelled a task) and the program's source; it is a pure function, tested over
//! the whole corpus of programs.

use std::rc::Rc;

use super::time::readable_time;
use crate::python::source::quotable_line;
use crate::runtime::snapshot::{LoopState, TaskStatus};
use crate::runtime::trace::{
    CancelCause, Event, EventKind, GroupChange, GroupKind, LoopEvent, PrimitiveState, Resume,
    Stream,
};
use crate::runtime::visibility::is_learner_level;

/// What the narration of an event reads besides the event: the state just before it and
/// the program's source.
pub struct Context<'a> {
    pub before: &'a LoopState,
    pub source: &'a str,
}

impl Context<'_> {
    /// `Task-2 (brew)`: a task with the coroutine it runs, as the tasks table shows it.
    fn task(&self, name: &str) -> String {
        match self.before.task(name) {
            Some(task) => format!("{name} ({})", task.coro),
            None => name.to_string(),
        }
    }

    /// Who runs the event: the task, or the program's top level.
    fn who(&self, event: &Event) -> String {
        match &event.task {
            Some(task) => self.task(task),
            None => "The program".to_string(),
        }
    }

    /// ` at line 6 (await asyncio.sleep(seconds))`, or nothing if the line is unknown.
    fn at_line(&self, line: Option<u32>) -> String {
        let Some(line) = line.filter(|&l| l > 0) else {
            return String::new();
        };
        match quotable_line(self.source, line) {
            Some(text) => format!(" at line {line} ({text})"),
            None => format!(" at line {line}"),
        }
    }

    /// The line a task was last at.
    fn task_line(&self, name: &str) -> Option<u32> {
        self.before.task(name).and_then(|task| task.line)
    }
}

/// What the narration says at the start of a run.
pub const BEFORE_ANYTHING: &str = "Before the first event: nothing has run yet.";

/// The sentence shown for an event: its narration, but with asyncio's internals hidden, an
/// internal event past the program's last event (a run ends on them) is told as asyncio.run's
/// clean-up.
pub fn narrate_shown(
    event: &Event,
    before: &LoopState,
    source: &str,
    show_internals: bool,
    past_program: bool,
) -> String {
    if !show_internals && past_program && !is_learner_level(event, before) {
        return "The program is over: asyncio.run cleans up after it and closes the loop (show \
                asyncio's internals to see how)."
            .to_string();
    }
    narrate(event, &Context { before, source })
}

/// One plain sentence saying what the event did and why, in the program's words.
pub fn narrate(event: &Event, context: &Context) -> String {
    let who = context.who(event);
    let at = context.at_line(event.line);
    match &event.kind {
        EventKind::Create { new, coro } => match context.before.next_internal.as_deref() {
            Some(internal) if internal == &**new => format!(
                "asyncio.run's clean-up creates {new} to run asyncio's own {coro}() after the program's main task."
            ),
            _ => format!("{who} creates {new} to run {coro}(){at}."),
        },
        EventKind::Step { resume } => narrate_step(event, resume, context),
        EventKind::Suspend { on } => {
            match waits_on_words(event.task.as_deref().unwrap_or(""), on, context.before) {
                Some(on) => format!("{who} pauses{at}: it waits on {on}, and the loop moves on."),
                None => {
                    format!("{who} pauses{at}: it waits inside asyncio, and the loop moves on.")
                }
            }
        }
        EventKind::Return { value } => format!("{who} finishes{at} and returns {value}."),
        EventKind::Raise { exc, msg } => match msg {
            Some(message) if !message.is_empty() => format!("{who} fails{at}: {exc}: {message}."),
            _ if &**exc == "CancelledError" => {
                let by = event
                    .task
                    .as_deref()
                    .and_then(|task| cancelled_by(context, task))
                    .map(|cause| format!(", cancelled by {cause}"))
                    .unwrap_or_default();
                format!("{who} ends{at}{by}.")
            }
            _ => format!("{who} fails{at} with {exc}."),
        },
        EventKind::Cancel { target, ok } => {
            let target_named = context.task(target);
            let cause = cancelled_by(context, target);
            match (ok, cause) {
                (true, Some(cause)) => {
                    format!("{target_named} is asked to cancel, by {cause}.")
                }
                (true, None) => format!("{who} asks {target_named} to cancel{at}."),
                (false, Some(cause)) => {
                    format!("{target_named} is already done: the cancel by {cause} does nothing.")
                }
                (false, None) => {
                    format!("{who} tries to cancel {target_named}{at}, which is already done.")
                }
            }
        }
        EventKind::Print { text } => format!("{who} prints \"{text}\"{at}."),
        EventKind::Write { stream, text } => {
            let text = text.trim_end_matches('\n');
            match stream {
                Stream::Stdout => format!("{who} writes \"{text}\" to stdout{at}."),
                Stream::Stderr => format!("{who} writes \"{text}\" to stderr{at}."),
            }
        }
        EventKind::Uncaught { exc, msg } => {
            format!("The program stops{at}: {exc}: {msg}")
        }
        EventKind::Loop(machinery) => narrate_machinery(event, machinery, context),
    }
}

/// What `task` waits on in the learner's words: for a method of a lock, semaphore, event,
/// condition or queue, the call on the program's own name for it (`` `sem`.acquire() ``,
/// what `async with sem:` awaits; see [`LoopState::primitive_waited_on`]); `None` when it is
/// a method of one of asyncio's own primitives (`Event.wait` for a Queue's `join()`: the
/// program has no Event to look at; its line says what it awaits).
pub fn waits_on_words(task: &str, on: &str, state: &LoopState) -> Option<String> {
    let Some((kind, method)) = on.split_once('.') else {
        return Some(on.to_string());
    };
    // Found when the task paused; at its pause, in the line it just joined.
    let waited_in = match state.task(task).and_then(|task| task.waiting_in) {
        Some(id) => state.primitives.iter().find(|p| p.id == id).map(|p| &**p),
        None => state.primitive_waited_on(task, on),
    };
    if let Some(primitive) = waited_in {
        return match primitive.internal {
            true => None,
            false => Some(call_on(&primitive.label, method)),
        };
    }
    let known = state.primitives.iter().any(|p| p.kind.ends_with(kind));
    let programs = state
        .primitives
        .iter()
        .any(|p| p.kind.ends_with(kind) && !p.internal);
    match known && !programs {
        true => None,
        false => Some(on.to_string()),
    }
}

/// `` `sem`.acquire() `` for a primitive the program holds in a variable or attribute;
/// `wait() on Event 1` for one it holds in no name of its own (numbered by kind).
fn call_on(label: &str, method: &str) -> String {
    let code_like = label
        .chars()
        .all(|c| c.is_alphanumeric() || "_.[]".contains(c));
    match code_like {
        true => format!("`{label}`.{method}()"),
        false => format!("{method}() on {label}"),
    }
}

/// The cause recorded for a task's cancellation, in words.
fn cancelled_by(context: &Context, task: &str) -> Option<String> {
    context
        .before
        .task(task)
        .and_then(|task| task.cancelled_by.as_ref())
        .map(CancelCause::describe)
}

fn narrate_step(event: &Event, resume: &Resume, context: &Context) -> String {
    let who = context.who(event);
    let name = event.task.as_deref().unwrap_or("");
    let task = context.before.task(name);
    let at = context.at_line(context.task_line(name));
    let waited = task
        .and_then(|task| task.waiting_on.as_deref())
        .and_then(|on| waits_on_words(name, on, context.before))
        .map(|on| format!(" ({on})"))
        .unwrap_or_default();
    match resume {
        Resume::Start => format!("{who} runs for the first time."),
        Resume::Send => format!("{who} resumes{at}: what it awaited{waited} is done."),
        Resume::Throw(exception) => {
            let by = cancelled_by(context, name)
                .filter(|_| &**exception == "CancelledError")
                .map(|cause| format!(": it was cancelled by {cause}"))
                .unwrap_or_default();
            format!("{who} resumes{at} with {exception} thrown in{by}.")
        }
    }
}

fn narrate_machinery(event: &Event, machinery: &LoopEvent, context: &Context) -> String {
    let before = context.before;
    match machinery {
        LoopEvent::Ready { what, task, .. } => {
            let place = ordinal(before.ready.len() + 1);
            let why = task
                .as_deref()
                .and_then(|name| before.task(name))
                .map(|task| match (task.status, task.waiting_on.as_deref()) {
                    (TaskStatus::Ready, _) if task.line.is_none() => ": its first step".to_string(),
                    // Cancelling a waiting task wakes it at once, with CancelledError.
                    (_, Some(on))
                        if task
                            .cancelled_at
                            .is_some_and(|at| at + 2 >= before.position) =>
                    {
                        format!(": its wait ({on}) is cancelled")
                    }
                    (_, Some(on)) => match waits_on_words(&task.name, on, before) {
                        Some(on) => format!(": what it waits on ({on}) is done"),
                        None => ": what it waits on inside asyncio is done".to_string(),
                    },
                    _ => String::new(),
                })
                .unwrap_or_default();
            format!(
                "{} joins the ready queue, {place} in line{why}.",
                callback(what, context)
            )
        }
        LoopEvent::Run { handle } => match before.ready_entry(*handle) {
            Some(entry) => {
                let left = before.ready.len() - 1;
                format!(
                    "The loop runs {}, first in the ready queue ({left} behind it).",
                    callback(&entry.what, context)
                )
            }
            None => {
                "The loop skips the next callback of the ready queue: it was cancelled earlier."
                    .to_string()
            }
        },
        LoopEvent::Timer {
            when, what, line, ..
        } => {
            let at = context.at_line(Some(*line));
            // Said as the running task's act, in its own words: "Task-4 sets a timer ...: the
            // end of its sleep", not its name twice.
            let who = context.who(event);
            let what = callback(what, context).replace(&format!("{who}'s"), "its");
            format!(
                "{who} sets a timer for t={}{at}: {what}.",
                readable_time(*when)
            )
        }
        LoopEvent::TimerDue { handle } => match before.timer(*handle) {
            Some(timer) => format!(
                "The timer for t={} is due: {} moves to the ready queue.",
                readable_time(timer.when),
                callback(&timer.what, context)
            ),
            None => "A timer cancelled earlier comes due: the loop will skip it.".to_string(),
        },
        LoopEvent::Cancelled { handle } => match before.timer(*handle) {
            Some(timer) => format!(
                "The timer for t={} ({}) is cancelled: it is no longer needed.",
                readable_time(timer.when),
                timer.what
            ),
            None => match before.ready_entry(*handle) {
                Some(entry) => format!("{} is cancelled before it runs.", entry.what),
                None => format!(
                    "{} cancels a timer or callback that already ran{}: nothing left to do.",
                    context.who(event),
                    context.at_line(event.line)
                ),
            },
        },
        LoopEvent::Clock { time } => match before.timers().next() {
            Some(timer) if timer.when == *time => format!(
                "Nothing is ready, so the virtual clock jumps to the next timer: t={} ({}).",
                readable_time(*time),
                callback(&timer.what, context)
            ),
            // No timer is due then: a blocking call (`time.sleep`) holds the whole loop.
            _ => format!(
                "{} blocks the loop{}: the virtual clock moves to t={} and nothing else runs meanwhile.",
                context.who(event),
                context.at_line(event.line),
                readable_time(*time)
            ),
        },
        LoopEvent::Iteration { it } => {
            let timers = before.timers().len();
            match (before.ready.front(), before.timers().next()) {
                (Some(head), _) => format!(
                    "Loop iteration {it} begins: {} ready, first {}; {timers} timers pending.",
                    before.ready.len(),
                    callback(&head.what, context)
                ),
                (None, Some(timer)) => format!(
                    "Loop iteration {it} begins: nothing is ready; the next of {timers} timers is at t={} ({}).",
                    readable_time(timer.when),
                    callback(&timer.what, context)
                ),
                (None, None) => {
                    let waiting: Vec<String> = before
                        .tasks
                        .iter()
                        .filter(|task| task.status == TaskStatus::Waiting)
                        .take(3)
                        .map(|task| {
                            let line = task
                                .line
                                .map(|l| format!(" at line {l}"))
                                .unwrap_or_default();
                            let on = task.waiting_on.as_deref().unwrap_or("something");
                            format!("{} on {on}{line}", context.task(&task.name))
                        })
                        .collect();
                    format!(
                        "Loop iteration {it} begins with nothing ready and no timer: every task waits ({}), so nothing can ever wake them.",
                        waiting.join("; ")
                    )
                }
            }
        }
        LoopEvent::Waiting { task, on, line, .. } => format!(
            "{} waits on {on}{}.",
            context.task(task),
            context.at_line(Some(*line))
        ),
        LoopEvent::Finished { task, state } => {
            let at = context.at_line(context.task_line(task));
            let by = match &**state {
                "cancelled" => cancelled_by(context, task)
                    .map(|cause| format!(", by {cause}"))
                    .unwrap_or_default(),
                _ => String::new(),
            };
            format!("{} is {state}{at}{by}.", context.task(task))
        }
        LoopEvent::Primitive(state) => narrate_primitive(event, state, context),
        LoopEvent::Group(change) => narrate_group(event, change, context),
        LoopEvent::Internal { task } => {
            format!("{task} is about to be created to run asyncio's own clean-up code.")
        }
        LoopEvent::CancelledBy { target, cause } => {
            format!(
                "{} is about to be cancelled by {}.",
                context.task(target),
                cause.describe()
            )
        }
    }
}

/// A callback's description in a sentence: the task named in it gets its coroutine
/// (`Task-2 step` is `Task-2 (brew)'s next step`).
pub fn callback(what: &str, context: &Context) -> String {
    let Some(start) = what.find("Task-") else {
        return what.to_string();
    };
    let end = what[start..]
        .find([' ', '\''])
        .map_or(what.len(), |e| start + e);
    let named = context.task(&what[start..end]);
    match &what[end..] {
        " step" => format!("{}{named}'s next step", &what[..start]),
        " wakeup" => format!("{}{named}'s wake-up", &what[..start]),
        rest => format!("{}{named}{rest}", &what[..start]),
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// What changed in a primitive, said with the program's name for it: a task takes a slot of
/// `sem`, joins the line, puts an item into `queue`.
fn narrate_primitive(event: &Event, state: &PrimitiveState, context: &Context) -> String {
    let who = context.who(event);
    let at = context.at_line(event.line);
    let name = &state.label;
    let Some(old) = context.before.primitives.iter().find(|p| p.id == state.id) else {
        let what = match &*state.kind {
            "Semaphore" | "BoundedSemaphore" => {
                format!("a {} with {} slots", state.kind, state.capacity)
            }
            "Queue" | "PriorityQueue" | "LifoQueue" if state.capacity > 0 => {
                format!("a {} of at most {} items", state.kind, state.capacity)
            }
            kind => format!("{} {kind}", if kind.starts_with('E') { "an" } else { "a" }),
        };
        return format!("{who} creates `{name}`{at}: {what}.");
    };
    // A task joins the end of a line: the last name shown, or, in a line longer than the
    // names a state keeps, one not shown (the task running, which put itself in line).
    let joined = |old: &[Rc<str>], new: &[Rc<str>], more: usize, old_more: usize| {
        (new.len() + more > old.len() + old_more).then(|| {
            let task = match (more > old_more, &event.task) {
                (true, Some(running)) => context.task(running),
                _ => new.last().map_or("A task".to_string(), |t| context.task(t)),
            };
            (task, ordinal(new.len() + more))
        })
    };
    let status = primitive_status(state);
    if let Some((task, place)) = joined(
        &old.putters,
        &state.putters,
        state.more_putters,
        old.more_putters,
    ) {
        return format!("{task} waits for room in `{name}`{at}, {place} in line ({status}).");
    }
    if let Some((task, place)) = joined(
        &old.waiters,
        &state.waiters,
        state.more_waiters,
        old.more_waiters,
    ) {
        let waits_for = match &*state.kind {
            "Event" => format!("waits for `{name}` to be set"),
            "Queue" | "PriorityQueue" | "LifoQueue" => format!("waits for an item of `{name}`"),
            "Condition" => format!("waits on `{name}` to be notified"),
            _ => format!("joins the line for `{name}`"),
        };
        return format!("{task} {waits_for}{at}, {place} in line ({status}).");
    }
    let held = |p: &PrimitiveState| p.holders.len() + p.more_holders;
    let lock = &*state.kind == "Lock";
    match &*state.kind {
        "Semaphore" | "BoundedSemaphore" | "Lock" if held(state) > held(old) => {
            let what = match (lock, state.value == old.value) {
                (true, _) => format!("takes `{name}`"),
                (false, true) => format!("takes the slot of `{name}` kept for it"),
                (false, false) => format!("takes a slot of `{name}`"),
            };
            format!("{who} {what}{at}: {status}.")
        }
        "Semaphore" | "BoundedSemaphore" | "Lock" if held(state) < held(old) => {
            let what = match lock {
                true => format!("releases `{name}`"),
                false => format!("gives back a slot of `{name}`"),
            };
            format!("{who} {what}{at}: {status}.")
        }
        "Semaphore" | "BoundedSemaphore" if state.value < old.value => {
            // `_wake_up_next`: the freed slot is counted out for the first waiter at once.
            let next = old
                .waiters
                .first()
                .map_or("the next task in line".to_string(), |t| context.task(t));
            format!("{who}{at} hands the free slot of `{name}` to {next}, first in line: {status}.")
        }
        "Event" if state.value != old.value => match state.value {
            1 => format!("{who} sets `{name}`{at}: every task waiting for it wakes up."),
            _ => format!("{who} clears `{name}`{at}."),
        },
        "Queue" | "PriorityQueue" | "LifoQueue" if state.value > old.value => {
            let item = moved_item(state, state.items.last());
            format!("{who} puts {item} into `{name}`{at}: {status}.")
        }
        "Queue" | "PriorityQueue" | "LifoQueue" if state.value < old.value => {
            let item = moved_item(state, old.items.first());
            format!("{who} takes {item} from `{name}`{at}: {status}.")
        }
        _ => {
            let left = old.waiters.len() + old.more_waiters;
            let now = state.waiters.len() + state.more_waiters;
            match now < left {
                true => format!(
                    "{} leaves the line for `{name}`{}: {status}.",
                    old.waiters
                        .first()
                        .map_or("A task".to_string(), |t| context.task(t)),
                    at
                ),
                false if state == &**old => {
                    format!("{who} looks at `{name}`{at}; nothing visible changes ({status}).")
                }
                false => format!("`{name}` changes as {who} runs{at}: {status}."),
            }
        }
    }
}

/// The item a queue's put or get moved, as the state names it; else where a `Queue` puts or
/// takes (`shown`), or "an item".
fn moved_item(state: &PrimitiveState, shown: Option<&Rc<str>>) -> String {
    match state.moved.as_ref().or(shown) {
        Some(item) => item.to_string(),
        None => "an item".to_string(),
    }
}

/// `2 of 3 free, 4 waiting`: a primitive's state in a few words.
fn primitive_status(state: &PrimitiveState) -> String {
    let waiting = state.waiters.len() + state.more_waiters;
    let line = match waiting {
        0 => String::new(),
        n => format!(", {n} waiting"),
    };
    match &*state.kind {
        "Semaphore" | "BoundedSemaphore" => {
            format!("{} of {} free{line}", state.value.max(0), state.capacity)
        }
        "Lock" | "Condition" => match state.value {
            0 => format!("free{line}"),
            _ => format!(
                "held by {}{line}",
                state.holders.first().map_or("a task", |h| h)
            ),
        },
        "Event" => match state.value {
            0 => format!("not set{line}"),
            _ => format!("set{line}"),
        },
        _ => {
            let size = match (state.capacity, state.value) {
                (0, 1) => "1 item".to_string(),
                (0, count) => format!("{count} items"),
                (max, count) => format!("{count} of {max} items"),
            };
            format!("{size}{line}")
        }
    }
}

/// `Task-2, Task-3 and 98 more`: a sentence stays a sentence with a gather of thousands.
fn first_names(names: &[Rc<str>], shown: usize) -> String {
    let first = names
        .iter()
        .take(shown)
        .map(|name| &**name)
        .collect::<Vec<_>>()
        .join(", ");
    match names.len().saturating_sub(shown) {
        0 => first,
        more => format!("{first} and {more} more"),
    }
}

fn narrate_group(event: &Event, change: &GroupChange, context: &Context) -> String {
    let owner = change
        .owner
        .as_deref()
        .map_or("The program".to_string(), |owner| context.task(owner));
    let at = context.at_line(event.line);
    let children = first_names(&change.children, 6);
    match (change.kind, change.opens) {
        (GroupKind::Gather, _) => {
            format!("{owner} gathers {children}{at}: it will wait for all of them.")
        }
        (GroupKind::TaskGroup, true) => {
            format!("{owner} enters a TaskGroup{at}: it will wait for every task created in it.")
        }
        (GroupKind::TaskGroup, false) => format!("{owner}'s TaskGroup gains {children}."),
    }
}

/// The sentence of every event of a run, in order (each with the state just before it).
pub fn narrate_all(events: &[Event], source: &str) -> Vec<String> {
    let mut before = LoopState::default();
    events
        .iter()
        .map(|event| {
            let sentence = narrate(
                event,
                &Context {
                    before: &before,
                    source,
                },
            );
            before.apply(event);
            sentence
        })
        .collect()
}
