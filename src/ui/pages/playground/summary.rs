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

/// `3 tasks`, `1 task`, `10,000 tasks`.
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", grouped(n), if n == 1 { one } else { many })
}

/// `32,929`: digits in groups of three, as people read big numbers.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
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
            <span data-testid="summary-tasks" title="The tasks the program made (not counting the two asyncio.run makes to shut down)">{ count(summary.tasks as u64, "task", "tasks") }</span>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count(1, "task", "tasks"), "1 task");
        assert_eq!(count(0, "line printed", "lines printed"), "0 lines printed");
        assert_eq!(count(2001, "task", "tasks"), "2,001 tasks");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }
}
