//! The console: what the program printed up to the moment shown, each line with its virtual
//! time and the task that printed it.

use yew::prelude::*;

use crate::ui::components::timeline;
use pycore::format::float_repr;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub run: Option<timeline::RunRef>,
    /// How many prints have happened: the console changes only when this does.
    pub prints: usize,
}

#[component]
pub fn ConsoleView(props: &ConsoleProps) -> Html {
    let lines = match &props.run {
        Some(timeline::RunRef(run)) => run.console(run.print_position(props.prints)),
        None => Vec::new(),
    };
    html! {
        <ol class="console" data-testid="console" aria-live="polite">
            { for lines.iter().map(|line| html! {
                <li data-testid="console-line">
                    <span class="console-time">{ format!("t={}", float_repr(line.t)) }</span>
                    <span class="console-task">{ line.task.as_deref().unwrap_or("main") }</span>
                    <span class="console-text" data-testid="console-text">{ line.text.clone() }</span>
                </li>
            }) }
        </ol>
    }
}
