//! The loop panel: the virtual clock, the narration, the ready queue, the timers, the tasks,
//! the primitives and the groups at the moment shown.

use yew::prelude::*;

use super::state::Playground;
use super::{QUEUE_SHOWN, TASKS_SHOWN};
use crate::runtime::snapshot::{LoopState, TaskStatus};
use crate::ui::components::narration::narrate;
use crate::ui::components::time::time_view;
use crate::ui::components::{groups, primitives, task_colour};

pub fn loop_view(playground: &Playground, state: Option<&LoopState>) -> Html {
    let Some(state) = state else {
        return html! { <p class="hint">{ "Run the program to see the loop at work." }</p> };
    };
    let narration = match playground.last_event() {
        Some(event) => narrate(event),
        None => "Before the first event: nothing has run yet.".to_string(),
    };
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
                { for state.ready.iter().take(QUEUE_SHOWN).map(|entry| html! { <li>{ entry.what.clone() }</li> }) }
            </ol>
            { more_hint(state.ready.len(), "callbacks") }
            if state.ready.is_empty() { <p class="hint">{ "empty" }</p> }
            <h3>{ "Timers" }</h3>
            <ol class="timers" data-testid="timers">
                { for state.timers().take(QUEUE_SHOWN).map(|timer| html! {
                    <li>{ time_view("t = ", timer.when) }{ format!(": {}", timer.what) }</li>
                }) }
            </ol>
            { more_hint(state.timers().len(), "timers") }
            if state.timers().len() == 0 { <p class="hint">{ "none" }</p> }
            <h3>{ "Tasks" }</h3>
            <table class="tasks" data-testid="tasks">
                <thead><tr>
                    <th scope="col">{ "Task" }</th><th scope="col">{ "State" }</th>
                    <th scope="col">{ "Waits on" }</th><th scope="col">{ "Line" }</th>
                </tr></thead>
                <tbody>
                    { for state.tasks.iter().enumerate().take(TASKS_SHOWN).map(|(index, task)| html! {
                        <tr class={classes!("task", status_class(task.status))}>
                            <td><span class={classes!("task-swatch", task_colour(index))} />{ format!("{} ({})", task.name, task.coro) }</td>
                            <td>{ task.status.name() }</td>
                            <td>
                                if task.status == TaskStatus::Waiting {
                                    { task.waiting_on.as_deref().unwrap_or("") }
                                }
                            </td>
                            <td>{ task.line.map(|l| l.to_string()).unwrap_or_default() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if state.tasks.len() > TASKS_SHOWN {
                <p class="hint">{ format!("and {} more tasks (the timeline shows them all)", state.tasks.len() - TASKS_SHOWN) }</p>
            }
            if !state.primitives.is_empty() {
                <h3>{ "Locks, semaphores, events, queues" }</h3>
                <ul class="primitives" data-testid="primitives">
                    { for state.primitives.iter().map(primitives::view) }
                </ul>
            }
            { groups::view(state) }
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

fn status_class(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::Done => "is-done",
        TaskStatus::Failed => "is-failed",
        TaskStatus::Cancelled => "is-cancelled",
        TaskStatus::Running => "is-running",
        _ => "is-waiting",
    }
}
