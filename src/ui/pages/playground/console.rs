//! The console: what the program printed up to the moment shown, each line with its virtual
//! time and the task that printed it (what it wrote to stderr itself, as a logging handler
//! does, marked as such); and, once the run has reached its end, what Python wrote to stderr
//! besides (a traceback, a warning such as a coroutine never awaited).

use yew::prelude::*;

use crate::ui::components::console_line::console_line;
use crate::ui::components::time::time_view;
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
    let list = use_node_ref();
    // The newest output is at the bottom: keep it in view as lines arrive (and the traceback
    // at the end of a run).
    {
        let list = list.clone();
        use_effect_with((props.prints, props.at_end), move |_| {
            if let Some(list) = list.cast::<web_sys::Element>() {
                list.set_scroll_top(list.scroll_height());
            }
        });
    }
    let lines = match &props.run {
        // At the end, the console also has what no recorded print accounts for (printed
        // after the part of a long run that was recorded, or before its worker died).
        Some(timeline::RunRef(run)) if props.at_end => run.console(run.len()),
        Some(timeline::RunRef(run)) => run.console(run.print_position(props.prints)),
        None => Vec::new(),
    };
    let stderr = match &props.run {
        Some(timeline::RunRef(run)) if props.at_end => run.unrecorded_stderr(),
        _ => "",
    };
    html! {
        <ol class="console" data-testid="console" aria-live="polite" ref={list}>
            { for lines.iter().map(|line| console_line(line, time_view("t=", line.t))) }
            if !stderr.is_empty() {
                <li class="console-stderr" data-testid="console-stderr">
                    <span class="console-stream" title="What Python wrote to its error stream (stderr)">
                        { "stderr" }
                    </span>
                    <span class="console-text">{ stderr.trim_end_matches('\n') }</span>
                </li>
            }
        </ol>
    }
}
