//! The lines of the learner's solution a run names, marked beside the editor: where the
//! run stopped with an error, and where each task waits in a deadlock. The marks say why in
//! their title, as the result below the editor does in words.

use yew::prelude::*;

use crate::curriculum::capstone::Attempt;

/// The lines of the solution `attempt` names, each with why, the most telling first (the
/// error's line, else the first waiting task's: the main task, as the report lists it), one
/// mark per line.
pub fn marked_lines(attempt: &Attempt) -> Vec<(u32, String)> {
    let mut marks: Vec<(u32, String)> = Vec::new();
    if let Some(error) = &attempt.error
        && let Some(line) = error.line
    {
        marks.push((line, error.message.clone()));
    }
    for wait in &attempt.waits {
        if let Some((_, line)) = &wait.call
            && !marks.iter().any(|(marked, _)| marked == line)
        {
            marks.push((*line, wait.sentence().replace('`', "")));
        }
    }
    marks
}

/// The line numbers beside the editor, with the lines in `marks` marked.
pub fn gutter(line_count: usize, marks: &[(u32, String)]) -> Html {
    html! {
        { for (1..=line_count).map(|number| {
            match marks.iter().find(|(line, _)| *line as usize == number) {
                Some((_, why)) => html! {
                    <li class="marked-line" data-testid="capstone-marked-line" title={why.clone()}>{ number }</li>
                },
                None => html! { <li>{ number }</li> },
            }
        }) }
    }
}
