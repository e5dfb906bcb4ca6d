//! The run in one line, once it arrives: virtual time taken, tasks, loop iterations, the
//! most tasks alive at once, lines printed, and the error that ended it.

use yew::prelude::*;

use crate::ui::components::time::time_view;
use crate::ui::components::timeline::RunRef;
use crate::ui::run::summary::summarize;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub run: RunRef,
    /// Whether the moment shown is the run's start (then the line says how to move on).
    pub at_start: bool,
}

/// `3 tasks`, `1 task`.
fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[component]
pub fn RunSummaryView(props: &SummaryProps) -> Html {
    // Once per run, not at every step.
    let summary = use_memo(props.run.clone(), |RunRef(run)| {
        summarize(run.timeline.events(), &run.outcome)
    });
    // The exception's name only: its message is in the error box just above.
    let error = summary.error.as_ref().map(|error| {
        let place = error
            .line
            .map_or(String::new(), |line| format!(" at line {line}"));
        let name = error.message.split(':').next().unwrap_or(&error.message);
        format!("stopped by {name}{place}")
    });
    html! {
        <p class="run-summary" data-testid="run-summary" role="status">
            <span>{ "Took " }<strong data-testid="summary-time">{ time_view("", summary.virtual_time) }{ " s" }</strong>
                { " of virtual time" }</span>
            <span data-testid="summary-tasks">{ count(summary.tasks as u64, "task", "tasks") }</span>
            <span data-testid="summary-most" title="The most tasks alive together: created and not yet finished">
                { format!("at most {} at once", count(summary.most_at_once as u64, "task", "tasks")) }
            </span>
            <span data-testid="summary-iterations">{ count(summary.iterations, "loop iteration", "loop iterations") }</span>
            <span data-testid="summary-lines">{ count(summary.lines_printed as u64, "line printed", "lines printed") }</span>
            if let Some(error) = error {
                <span class="summary-error" data-testid="summary-error">{ error }</span>
            }
            if props.at_start {
                <span class="summary-next">{ "Step with → or press Play." }</span>
            }
        </p>
    }
}
