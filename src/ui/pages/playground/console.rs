//! The console: what the program printed up to the moment shown, each line with its virtual
//! time and the task that printed it (what it wrote to stderr itself, as a logging handler
//! does, marked as such); and, once the run has reached its end, what Python wrote to stderr
//! besides (a traceback, a warning such as a coroutine never awaited).

use yew::prelude::*;

use crate::ui::components::console_list::ConsoleList;
use crate::ui::components::timeline;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub run: Option<timeline::RunRef>,
    /// How many prints have happened: the console changes only when this does.
    pub prints: usize,
    /// Whether the moment shown is the end of the run, where stderr was written.
    #[prop_or_default]
    pub at_end: bool,
}

#[component]
pub fn ConsoleView(props: &ConsoleProps) -> Html {
    let stderr = match &props.run {
        Some(timeline::RunRef(run)) if props.at_end => run.unrecorded_stderr(),
        _ => "",
    };
    html! {
        <ConsoleList run={props.run.clone()} prints={props.prints} at_end={props.at_end}
            testid="console">
            if !stderr.is_empty() {
                <li class="console-stderr" data-testid="console-stderr">
                    <span class="console-stream" title="What Python wrote to its error stream (stderr)">
                        { "stderr" }
                    </span>
                    <span class="console-text">{ stderr.trim_end_matches('\n') }</span>
                </li>
            }
        </ConsoleList>
    }
}
