//! The line numbers beside the editor, each marked with the tasks whose code is at that line;
//! the line the event shown happens at stands out. Once the editor's text has run, each number
//! is a button: a click jumps to the next time that line runs.

use yew::prelude::*;

use super::TASKS_SHOWN;
use super::state::jumps::{Jump, line_shown};
use super::state::{Action, Playground};
use crate::runtime::snapshot::{TaskState, TaskStatus};
use crate::ui::components::task_colour;
use crate::ui::run::find::Target;

/// The line numbers beside the editor, each line marked with the unfinished tasks that are
/// at it (found in one pass over the tasks: a run may have thousands).
pub fn gutter(line_count: usize, playground: &UseReducerHandle<Playground>) -> Html {
    let state = playground.state();
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
    // Line numbers jump only while they are the lines of the run shown.
    let ran = playground
        .run
        .as_ref()
        .is_some_and(|run| run.source == playground.source);
    let jump = ran.then(|| playground.dispatcher());
    let shown = line_shown(playground).map(|line| line as usize);
    html! {
        { for (1..=line_count).map(|number| {
            gutter_line(number, &at_line[number], shown == Some(number), jump.as_ref())
        }) }
    }
}

fn gutter_line(
    number: usize,
    here: &[(usize, &TaskState)],
    shown: bool,
    jump: Option<&UseReducerDispatcher<Playground>>,
) -> Html {
    let number_view = match jump {
        Some(dispatcher) => {
            let dispatcher = dispatcher.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(Action::Jump(Jump::Find(Target::Line(number as u32))))
            });
            let says = format!("Jump to the next time line {number} runs");
            // Out of the tab order: the gutter is hidden from screen readers, and a stop per
            // line before the editor would make the page slow to cross by keyboard. The jump
            // bar's picker offers every line that runs instead.
            html! {
                <button class="line-jump" data-testid={format!("gutter-line-{number}")}
                    aria-label={says.clone()} title={says} tabindex="-1" {onclick}>
                    { number }
                </button>
            }
        }
        None => html! { { number } },
    };
    let shown_class = shown.then_some("shown-line");
    if here.is_empty() {
        return html! { <li class={classes!(shown_class)}>{ number_view }</li> };
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
        <li class={classes!("task-line", shown_class)} data-testid="task-line"
            title={format!("{}{more}", names.join(", "))}>
            { for here.iter().take(3).map(|(index, task)| {
                let mark = if task.status == TaskStatus::Running { "▶" } else { "●" };
                html! { <span class={classes!("task-mark", task_colour(*index))}>{ mark }</span> }
            }) }
            { number_view }
        </li>
    }
}
