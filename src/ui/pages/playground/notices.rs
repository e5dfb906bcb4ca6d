//! Notices about the run shown: that it is not of the editor's text any more, that it was too
//! long to record whole, and that the link that opened it asked for a moment past its end.

use yew::prelude::*;

use super::state::{Moment, PastTheEnd, Playground};
use crate::ui::components::time::readable_time;
use crate::ui::run::Run;
use pycore::format::format_int;

/// While the run shown is of another text than the editor's: says so, and how to see the
/// learner's version (the panels of the old run are dimmed meanwhile, see the styles).
pub fn stale_run(playground: &Playground) -> Html {
    match &playground.run {
        Some(run) if run.source != playground.source => html! {
            <p class="stale-run" role="status" data-testid="stale-run">
                <strong>{ "You changed the program after this run." }</strong>
                { " The event loop, the console and the timeline still show the run of the old \
                   version: Run (Ctrl+Enter) to see yours." }
            </p>
        },
        _ => Html::default(),
    }
}

/// When the run was too long to record: says that what the page shows is its first part.
pub fn record_cut(playground: &Playground) -> Html {
    match playground.run.as_deref().and_then(record_cut_text) {
        Some(text) => html! {
            <p class="record-cut" role="status" data-testid="record-cut">{ text }</p>
        },
        None => Html::default(),
    }
}

/// The sentence for a run whose record was cut, if it was.
pub fn record_cut_text(run: &Run) -> Option<String> {
    run.outcome.record_cut.then(|| {
        format!(
            "This run was too long to record in full: you are seeing its first {} events (up \
             to t={}). Your program still ran to its end: what it printed after that is at \
             the end of the console, marked \"not recorded\".",
            grouped(run.len()),
            readable_time(run.end_t)
        )
    })
}

/// When the link asked for a moment after the run's end: which, and what is shown instead.
pub fn moment_notice(playground: &Playground) -> Html {
    let Some(past) = &playground.past_the_end else {
        return Html::default();
    };
    html! {
        <p class="moment-notice" role="status" data-testid="moment-notice">{ past_the_end(past) }</p>
    }
}

/// The sentence for a moment past the end.
pub fn past_the_end(past: &PastTheEnd) -> String {
    match past.asked {
        Moment::Event(event) => format!(
            "This link asks for event {}, but this run has {} events: showing its last one.",
            grouped(event),
            grouped(past.events)
        ),
        Moment::Time(t) => format!(
            "This link asks for the moment t={}, but the run ends at t={}: showing its end.",
            readable_time(t),
            readable_time(past.end_t)
        ),
    }
}

/// A count with its thousands set apart, as Python's `f"{count:,}"` writes it: 999,999.
fn grouped(count: usize) -> String {
    format_int(false, &count.to_string(), ",").unwrap_or_else(|_| count.to_string())
}
