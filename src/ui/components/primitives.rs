//! Locks, semaphores, events, conditions and queues as the learner pictures them: slots
//! with their holders, a buffer with its items, a flag, and a first-in-first-out line of
//! the tasks waiting.

use std::rc::Rc;

use yew::prelude::*;

use crate::runtime::trace::PrimitiveState;

/// More slots than this are summarised (a `Semaphore(1000)` is not a thousand boxes). Each
/// slot drawn names its holder: a state keeps that many names.
const SLOTS_DRAWN: usize = PrimitiveState::SHOWN;

pub fn view(primitive: &PrimitiveState) -> Html {
    let body = match &*primitive.kind {
        "Lock" | "Semaphore" | "BoundedSemaphore" => slots(primitive),
        "Event" => flag(primitive),
        "Condition" => html! {
            <p class="primitive-state">
                { if primitive.value != 0 { "its lock is held" } else { "its lock is free" } }
            </p>
        },
        _ => buffer(primitive),
    };
    html! {
        <li class="primitive" data-testid="primitive">
            <div class="primitive-title">
                <strong>{ primitive.label.clone() }</strong>
                <span class="hint">{ format!(" {}", summary(primitive)) }</span>
            </div>
            { body }
            { line_of_tasks("waiting", &primitive.waiters, primitive.more_waiters) }
            if &*primitive.kind != "Lock" && !primitive.putters.is_empty() {
                { line_of_tasks("waiting to put", &primitive.putters, primitive.more_putters) }
            }
        </li>
    }
}

fn summary(p: &PrimitiveState) -> String {
    match &*p.kind {
        "Lock" => if p.value != 0 { "locked" } else { "unlocked" }.to_string(),
        "Semaphore" | "BoundedSemaphore" => format!("{} of {} free", p.value, p.capacity),
        "Event" => if p.value != 0 { "set" } else { "not set" }.to_string(),
        "Condition" => String::new(),
        _ if p.capacity > 0 => format!("{} of {} items", p.value, p.capacity),
        _ => format!("{} items (unbounded)", p.value),
    }
}

/// One box per unit of capacity: the holders' names first, then free boxes.
fn slots(p: &PrimitiveState) -> Html {
    let capacity = usize::try_from(p.capacity.max(1)).unwrap_or(1);
    let held = p.holders.len() + p.more_holders;
    let drawn = capacity.min(SLOTS_DRAWN);
    html! {
        <ol class="slots" aria-label="slots">
            { for (0..drawn).map(|i| match p.holders.get(i) {
                Some(holder) => html! { <li class="slot held">{ holder.to_string() }</li> },
                None if i < held => html! { <li class="slot held">{ "held" }</li> },
                None => html! { <li class="slot free">{ "free" }</li> },
            }) }
            if capacity > drawn {
                <li class="slot more">{ format!("+{} slots", capacity - drawn) }</li>
            }
        </ol>
    }
}

fn flag(p: &PrimitiveState) -> Html {
    let set = p.value != 0;
    html! {
        <p class={classes!("flag", set.then_some("set"))}>
            { if set { "⚑ flag set: wait() returns at once" } else { "⚐ flag clear: wait() blocks" } }
        </p>
    }
}

/// A queue's buffer: its items front first in boxes, then the free boxes up to `maxsize`.
fn buffer(p: &PrimitiveState) -> Html {
    let count = usize::try_from(p.value).unwrap_or(0);
    let capacity = usize::try_from(p.capacity).unwrap_or(0);
    let boxes = if capacity > 0 { capacity } else { count };
    let drawn = boxes.min(SLOTS_DRAWN);
    html! {
        <ol class="slots buffer" aria-label="items, front first">
            { for (0..drawn).map(|i| match p.items.get(i) {
                Some(item) => html! { <li class="slot held">{ item.clone() }</li> },
                None if i < count => html! { <li class="slot held">{ "…" }</li> },
                None => html! { <li class="slot free">{ "" }</li> },
            }) }
            if boxes > drawn {
                <li class="slot more">{ format!("+{}", boxes - drawn) }</li>
            }
            if boxes == 0 {
                <li class="slot free">{ "empty" }</li>
            }
        </ol>
    }
}

fn line_of_tasks(what: &str, tasks: &[Rc<str>], more: usize) -> Html {
    if tasks.is_empty() {
        return html! {};
    }
    let mut names = tasks
        .iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(" → ");
    if more > 0 {
        names.push_str(&format!(" → and {more} more"));
    }
    html! { <p class="waiting-line">{ format!("{what}, first in line first: {names}") }</p> }
}
