//! Gathers and TaskGroups as small trees: the task awaiting the group, and under it each
//! child with its state in words and a symbol (never by colour alone), in the task colours
//! the editor, the tasks table and the timeline use.

use yew::prelude::*;

use super::task_colour;
use crate::runtime::snapshot::{GroupState, LoopState, TaskStatus};

/// Trees shown at once; unfinished groups come first.
const GROUPS_SHOWN: usize = 8;
/// Children shown per tree (a gather of a thousand is summarised).
const CHILDREN_SHOWN: usize = 12;

/// The groups worth showing: those with a child still going first, in the order they were
/// opened, then the finished ones; at most [`GROUPS_SHOWN`].
pub fn shown(state: &LoopState, show_internals: bool) -> Vec<&GroupState> {
    let (going, finished): (Vec<&GroupState>, Vec<&GroupState>) = state
        .groups
        .iter()
        .filter(|group| show_internals || !group.internal)
        .partition(|group| !is_finished(state, group));
    going
        .into_iter()
        .chain(finished)
        .take(GROUPS_SHOWN)
        .collect()
}

/// Whether every child has finished (a TaskGroup with no child yet is going while its owner
/// is).
fn is_finished(state: &LoopState, group: &GroupState) -> bool {
    let finished = |name: &str| {
        state
            .task(name)
            .is_none_or(|task| task.status.is_finished())
    };
    match group.children.is_empty() {
        true => group.owner.as_deref().is_none_or(finished),
        false => group.children.iter().all(|child| finished(child)),
    }
}

/// The symbol that goes with a state's word.
pub fn status_symbol(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::Ready => "…",
        TaskStatus::Running => "▶",
        TaskStatus::Waiting => "❚❚",
        TaskStatus::Done => "✓",
        TaskStatus::Failed => "✗",
        TaskStatus::Cancelled => "⊘",
    }
}

/// The trees of the groups, asyncio's own (`asyncio.run`'s clean-up gather) only if
/// `show_internals`.
pub fn view(state: &LoopState, show_internals: bool) -> Html {
    let shown = shown(state, show_internals);
    if shown.is_empty() {
        return html! {};
    }
    let hidden = state
        .groups
        .iter()
        .filter(|group| show_internals || !group.internal)
        .count()
        - shown.len();
    html! {
        <>
            <h3>{ "Gathers and TaskGroups" }</h3>
            <ul class="groups" data-testid="groups">
                { for shown.into_iter().map(|group| tree(state, group)) }
            </ul>
            if hidden > 0 {
                <p class="hint">{ format!("and {hidden} more groups, all finished or further down") }</p>
            }
        </>
    }
}

fn tree(state: &LoopState, group: &GroupState) -> Html {
    let kind = group.kind.name();
    let done = group
        .children
        .iter()
        .filter(|child| state.task(child).is_some_and(|t| t.status.is_finished()))
        .count();
    let summary = format!("{kind} of {}: {done} finished", group.children.len());
    let owner = match &group.owner {
        Some(owner) => task_name(state, owner),
        None => html! { <span class="group-task">{ "the program" }</span> },
    };
    let more = group.children.len().saturating_sub(CHILDREN_SHOWN);
    html! {
        <li class="group-tree" data-testid="group-tree"
            aria-label={format!("{kind} awaited by {}", group.owner.as_deref().unwrap_or("the program"))}>
            <div class="group-owner">
                { owner }
                <span class="hint">{ format!(" awaits a {summary}") }</span>
            </div>
            <ul class="group-children">
                { for group.children.iter().take(CHILDREN_SHOWN).map(|child| child_view(state, child)) }
                if more > 0 {
                    <li class="group-child more">{ format!("and {more} more") }</li>
                }
                if group.children.is_empty() {
                    <li class="group-child more">{ "no tasks yet" }</li>
                }
            </ul>
        </li>
    }
}

fn child_view(state: &LoopState, child: &str) -> Html {
    let task = state.task(child);
    let status = task.map(|task| task.status);
    let (symbol, word) = match status {
        Some(status) => (status_symbol(status), status.name()),
        // A plain future, or a task the trace knows by another name.
        None => ("◇", "not a task"),
    };
    // A cancelled child says who cancelled it: its group, the program, asyncio.run.
    let by = task
        .filter(|task| task.status == TaskStatus::Cancelled)
        .and_then(|task| task.cancelled_by.as_ref())
        .map(|cause| format!(" {}", cause.short()))
        .unwrap_or_default();
    html! {
        <li class={classes!("group-child", status.map(|s| format!("is-{}", s.name())))}
            data-testid="group-child" data-status={word}>
            { task_name(state, child) }
            <span class="group-status">{ format!("{symbol} {word}{by}") }</span>
        </li>
    }
}

/// A task's name and coroutine, with its colour swatch.
fn task_name(state: &LoopState, name: &str) -> Html {
    match state.task_entry(name) {
        Some((index, task)) => html! {
            <span class="group-task">
                <span class={classes!("task-swatch", task_colour(index))} />
                { format!("{} ({})", task.name, short_coro(&task.coro)) }
            </span>
        },
        None => html! { <span class="group-task">{ name.to_string() }</span> },
    }
}

/// `shutdown_asyncgens` for `BaseEventLoop.shutdown_asyncgens`.
fn short_coro(coro: &str) -> &str {
    coro.rsplit('.').next().unwrap_or(coro)
}
