//! The loop panel: the virtual clock, the narration, the ready queue, the timers, the tasks,
//! the primitives and the groups at the moment shown.

use yew::prelude::*;

use super::state::Playground;
use super::{QUEUE_SHOWN, TASKS_SHOWN};
use crate::runtime::snapshot::{LoopState, TaskState, TaskStatus};
use crate::ui::components::narration::{Context, callback, waits_on_words};
use crate::ui::components::time::time_view;
use crate::ui::components::{groups, primitives, task_colour};

pub fn loop_view(playground: &Playground, state: Option<&LoopState>) -> Html {
    let Some(state) = state else {
        return html! { <p class="hint">{ "Run the program to see the loop at work." }</p> };
    };
    let show = playground.show_internals;
    let narration = playground.narration();
    // The ready queue and the timers in the narration's words: `Task-2 (brew)'s next step`.
    let source = playground.run.as_ref().map_or("", |run| &run.source);
    let words = Context {
        before: state,
        source,
    };
    // With the internals hidden, asyncio's own tasks, callbacks, timers and primitives are
    // left out of every list (they are few: the counts below stay right for the program's).
    let ready: Vec<_> = state.ready.iter().filter(|e| show || !e.internal).collect();
    let timers: Vec<_> = state.timers().filter(|t| show || !t.internal).collect();
    let tasks: Vec<_> = state
        .tasks
        .iter()
        .enumerate()
        .filter(|(_, task)| show || !task.internal)
        .collect();
    let primitives: Vec<_> = state
        .primitives
        .iter()
        .filter(|p| show || !p.internal)
        .collect();
    html! {
        <>
            <dl class="loop-facts">
                <dt>{ "Virtual time" }</dt>
                <dd data-testid="clock">{ time_view("t = ", state.t) }</dd>
                <dt>{ "Loop iteration" }</dt>
                <dd data-testid="loop-iteration">{ state.it }</dd>
                <dt>{ "Running" }</dt>
                <dd data-testid="running">{ state.running.as_deref().unwrap_or("nothing") }</dd>
            </dl>
            <p class="narration" data-testid="narration">{ narration }</p>
            <h3>{ "Ready queue" }</h3>
            <ol class="ready-queue" data-testid="ready-queue">
                { for ready.iter().take(QUEUE_SHOWN).map(|entry| html! { <li>{ callback(&entry.what, &words) }</li> }) }
            </ol>
            { more_hint(ready.len(), "callbacks") }
            if ready.is_empty() { <p class="hint">{ "empty" }</p> }
            <h3>{ "Timers" }</h3>
            <ol class="timers" data-testid="timers">
                { for timers.iter().take(QUEUE_SHOWN).map(|timer| html! {
                    <li>{ time_view("t = ", timer.when) }{ format!(": {}", callback(&timer.what, &words)) }</li>
                }) }
            </ol>
            { more_hint(timers.len(), "timers") }
            if timers.is_empty() { <p class="hint">{ "none" }</p> }
            <h3>{ "Tasks" }</h3>
            <table class="tasks" data-testid="tasks">
                <thead><tr>
                    <th scope="col">{ "Task" }</th><th scope="col">{ "State" }</th>
                    <th scope="col">{ "Waits on" }</th><th scope="col">{ "Line" }</th>
                </tr></thead>
                <tbody>
                    { for tasks.iter().take(TASKS_SHOWN).map(|&(index, task)| html! {
                        <tr class={classes!("task", status_class(task.status))}>
                            <td><span class={classes!("task-swatch", task_colour(index))} />{ format!("{} ", task.name) }{ breakable(&format!("({})", task.coro)) }</td>
                            <td>{ status_words(task) }</td>
                            <td>
                                if task.status == TaskStatus::Waiting {
                                    { waiting_on(task, state, show) }
                                }
                            </td>
                            <td>{ task.line.map(|l| l.to_string()).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if tasks.is_empty() { <p class="hint">{ "none yet" }</p> }
            if tasks.len() > TASKS_SHOWN {
                <p class="hint">{ format!("and {} more tasks (the timeline shows them all)", tasks.len() - TASKS_SHOWN) }</p>
            }
            if !primitives.is_empty() {
                <h3>{ "Locks, semaphores, events, queues" }</h3>
                <ul class="primitives" data-testid="primitives">
                    { for primitives.iter().map(|p| primitives::view(p)) }
                </ul>
            }
            { groups::view(state, show) }
        </>
    }
}

/// `and 9,950 more timers`, under a list cut at [`QUEUE_SHOWN`] entries.
fn more_hint(total: usize, what: &str) -> Html {
    if total <= QUEUE_SHOWN {
        return Html::default();
    }
    html! { <p class="hint">{ format!("and {} more {what}", total - QUEUE_SHOWN) }</p> }
}

/// What a waiting task waits on; with the internals hidden, `inside asyncio` for a method
/// of asyncio's own primitive (a Queue's `join()` waits on its inner Event).
fn waiting_on(task: &TaskState, state: &LoopState, show: bool) -> String {
    let on = task.waiting_on.as_deref().unwrap_or("");
    match show {
        true => on.to_string(),
        // (The table shows no code formatting: the call as the narration writes it, plain.)
        false => waits_on_words(&task.name, on, state)
            .map_or("inside asyncio".to_string(), |words| words.replace('`', "")),
    }
}

/// A name that may break after each `_` and `.` (`(safe_` over `request)`, `main.<locals>.`
/// over `pay`) on a narrow screen: anywhere else, a column as narrow as a phone's broke
/// `(safe_request)` before its last parenthesis.
fn breakable(name: &str) -> Html {
    html! {
        { for break_pieces(name).into_iter().enumerate().map(|(index, piece)| html! {
            <>if index > 0 { <wbr /> }{ piece.to_string() }</>
        }) }
    }
}

/// `name` cut after each `_` and `.`.
fn break_pieces(name: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, c) in name.char_indices() {
        if c == '_' || c == '.' {
            pieces.push(&name[start..=at]);
            start = at + 1;
        }
    }
    pieces.push(&name[start..]);
    pieces
}

/// `cancelled by asyncio.run at exit`: a cancelled task says who cancelled it.
fn status_words(task: &TaskState) -> String {
    match (&task.status, &task.cancelled_by) {
        (TaskStatus::Cancelled, Some(cause)) => format!("cancelled {}", cause.short()),
        (status, _) => status.name().to_string(),
    }
}

fn status_class(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::Done => "is-done",
        TaskStatus::Failed => "is-failed",
        TaskStatus::Cancelled => "is-cancelled",
        TaskStatus::Running => "is-running",
        _ => "is-waiting",
    }
}

#[cfg(test)]
mod tests {
    use super::break_pieces;

    #[test]
    fn a_coroutine_name_breaks_after_its_underscores_and_dots_only() {
        assert_eq!(break_pieces("(safe_request)"), ["(safe_", "request)"]);
        assert_eq!(
            break_pieces("(main.<locals>.pay)"),
            ["(main.", "<locals>.", "pay)"]
        );
        assert_eq!(break_pieces("(main)"), ["(main)"]);
        assert_eq!(break_pieces("(a_)"), ["(a_", ")"]);
    }
}
