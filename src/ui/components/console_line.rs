//! A line of a console (the playground's, each side's of the compare page): its time, the
//! task that printed it, and the text; a line the program wrote to stderr says so.

use yew::prelude::*;

use crate::runtime::trace::Stream;
use crate::ui::run::{ConsoleLine, Printer};

/// One line of a console, its time shown as `time`. A line the program wrote to stderr is
/// marked so (its test ids differ: a page's printed lines stay what it printed).
pub fn console_line(line: &ConsoleLine, time: Html) -> Html {
    let task = line.printer.label().to_string();
    let text = line.text.clone();
    match (&line.printer, line.stream) {
        (Printer::Unrecorded, _) => html! {
            <li data-testid="console-line">
                <span class="console-task" title="Printed after the part of the run Looplab recorded: which task printed it, and when, is not known">
                    { task }
                </span>
                <span class="console-text" data-testid="console-text">{ text }</span>
            </li>
        },
        (_, Stream::Stdout) => html! {
            <li data-testid="console-line">
                <span class="console-time">{ time }</span>
                <span class="console-task">{ task }</span>
                <span class="console-text" data-testid="console-text">{ text }</span>
            </li>
        },
        (_, Stream::Stderr) => html! {
            <li class="console-err" data-testid="console-err-line">
                <span class="console-time">{ time }</span>
                <span class="console-task">{ task }</span>
                <span class="console-stream" title="Written to the error stream (stderr), where logging writes by default">
                    { "stderr" }
                </span>
                <span class="console-text" data-testid="console-err-text">{ text }</span>
            </li>
        },
    }
}
