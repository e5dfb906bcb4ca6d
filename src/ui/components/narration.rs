//! The narration under the loop: one plain sentence for each event, saying what it did and
//! why.

use std::rc::Rc;

use crate::runtime::trace::{Event, EventKind, GroupChange, GroupKind, LoopEvent, Resume};
use pycore::format::float_repr;

/// One plain sentence saying what the event did and why.
pub fn narrate(event: &Event) -> String {
    let who = event.task.as_deref().unwrap_or("The program");
    match &event.kind {
        EventKind::Create { new, coro } => format!("{who} creates {new} to run {coro}()."),
        EventKind::Step { resume } => match resume {
            Resume::Start => format!("{who} runs for the first time."),
            Resume::Send => format!("{who} resumes: what it awaited is done."),
            Resume::Throw(exception) => format!("{who} resumes with {exception} thrown in."),
        },
        EventKind::Suspend { on } => {
            format!("{who} suspends at an await: it waits on {on}, and the loop moves on.")
        }
        EventKind::Return { value } => format!("{who} finishes and returns {value}."),
        EventKind::Raise { exc, msg } => match msg {
            Some(message) if !message.is_empty() => format!("{who} fails: {exc}: {message}."),
            _ if &**exc == "CancelledError" => format!("{who} is cancelled."),
            _ => format!("{who} fails with {exc}."),
        },
        EventKind::Cancel { target, ok } => match ok {
            true => format!("{who} asks {target} to cancel."),
            false => format!("{who} tries to cancel {target}, which is already done."),
        },
        EventKind::Print { text } => format!("{who} prints \"{text}\"."),
        EventKind::Uncaught { exc, msg } => format!("The program stops: {exc}: {msg}"),
        EventKind::Loop(event) => narrate_machinery(event),
    }
}

fn narrate_machinery(event: &LoopEvent) -> String {
    match event {
        LoopEvent::Ready { what, .. } => format!("The loop queues {what} on the ready queue."),
        LoopEvent::Run { .. } => {
            "The loop runs the callback at the head of the ready queue.".into()
        }
        LoopEvent::Timer { when, what, .. } => {
            format!("A timer is set for t={} ({what}).", float_repr(*when))
        }
        LoopEvent::TimerDue { .. } => {
            "A timer is due: its callback moves to the ready queue.".into()
        }
        LoopEvent::Cancelled { .. } => "A scheduled callback is cancelled.".into(),
        LoopEvent::Clock { time } => {
            format!(
                "Nothing is ready, so the virtual clock jumps to the next timer: t={}.",
                float_repr(*time)
            )
        }
        LoopEvent::Iteration { it } => format!("Loop iteration {it} begins."),
        LoopEvent::Waiting { task, on, line, .. } => match line {
            0 => format!("{task} waits on {on}."),
            line => format!("{task} waits on {on} at line {line}."),
        },
        LoopEvent::Finished { task, state } => format!("{task} is {state}."),
        LoopEvent::Primitive(state) => format!("{} changes.", state.label),
        LoopEvent::Group(change) => narrate_group(change),
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

fn narrate_group(change: &GroupChange) -> String {
    let owner = change.owner.as_deref().unwrap_or("The program");
    let children = first_names(&change.children, 6);
    match (change.kind, change.opens) {
        (GroupKind::Gather, _) => {
            format!("{owner} gathers {children}: it will wait for all of them.")
        }
        (GroupKind::TaskGroup, true) => {
            format!("{owner} enters a TaskGroup: it will wait for every task created in it.")
        }
        (GroupKind::TaskGroup, false) => format!("{owner}'s TaskGroup gains {children}."),
    }
}
