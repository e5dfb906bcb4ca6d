//! The line numbers beside the editor, each marked with the tasks whose code is at that line.

use yew::prelude::*;

use super::TASKS_SHOWN;
use crate::runtime::snapshot::{LoopState, TaskState, TaskStatus};
use crate::ui::components::task_colour;

/// The line numbers beside the editor, each line marked with the unfinished tasks that are
/// at it (found in one pass over the tasks: a run may have thousands).
pub fn gutter(line_count: usize, state: Option<&LoopState>) -> Html {
    let mut at_line: Vec<Vec<(usize, &TaskState)>> = vec![Vec::new(); line_count + 1];
    for (index, task) in state
        .iter()
        .flat_map(|state| state.tasks.iter().enumerate())
    {
        if let Some(line) = task.line
            && !task.status.is_finished()
            && let Some(here) = at_line.get_mut(line as usize)
        {
            here.push((index, task));
        }
    }
    html! {
        { for (1..=line_count).map(|number| gutter_line(number, &at_line[number])) }
    }
}

fn gutter_line(number: usize, here: &[(usize, &TaskState)]) -> Html {
    if here.is_empty() {
        return html! { <li>{ number }</li> };
    }
    let names: Vec<String> = here
        .iter()
        .take(TASKS_SHOWN)
        .map(|(_, task)| format!("{} ({})", task.name, task.status.name()))
        .collect();
    let more = match here.len().saturating_sub(TASKS_SHOWN) {
        0 => String::new(),
        more => format!(" and {more} more"),
    };
    html! {
        <li class="task-line" data-testid="task-line" title={format!("{}{more}", names.join(", "))}>
            { for here.iter().take(3).map(|(index, task)| {
                let mark = if task.status == TaskStatus::Running { "▶" } else { "●" };
                html! { <span class={classes!("task-mark", task_colour(*index))}>{ mark }</span> }
            }) }
            { number }
        </li>
    }
}
