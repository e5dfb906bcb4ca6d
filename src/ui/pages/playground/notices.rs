//! Notices about the run shown: that it is not of the editor's text any more, that it was too
//! long to record whole, that a step limit stopped it (with an offer to go on), and that the
//! link that opened it asked for a moment past its end.

use yew::prelude::*;

use super::state::{Moment, PastTheEnd, Playground};
use crate::runtime::StepLimit;
use crate::runtime::vm::Limits;
use crate::ui::components::run_error::prose_with_code;
use crate::ui::components::time::readable_time;
use crate::ui::run::{MAX_STEPS_SCALE, Run, STEPS_SCALE_STEP};
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

/// When a step limit stopped the run of the editor's text: says why the limit is there, and
/// offers to run it again with more steps (`on_go_on`).
pub fn out_of_steps(playground: &Playground, on_go_on: Callback<MouseEvent>) -> Html {
    let Some(run) = playground.run.as_deref() else {
        return Html::default();
    };
    if run.source != playground.source {
        return Html::default();
    }
    match out_of_steps_text(run) {
        Some((text, Some(button))) => html! {
            <p class="out-of-steps" role="status" data-testid="out-of-steps">
                { prose_with_code(&text) }
                <button data-testid="go-on" onclick={on_go_on}>{ button }</button>
            </p>
        },
        Some((text, None)) => html! {
            <p class="out-of-steps" role="status" data-testid="out-of-steps">{ prose_with_code(&text) }</p>
        },
        None => Html::default(),
    }
}

/// For a run a step limit stopped: what the notice says (where, which limit, and why there is
/// one), and the label of its button to go on, while the page still offers more (up to
/// [`MAX_STEPS_SCALE`] times the usual limits).
pub fn out_of_steps_text(run: &Run) -> Option<(String, Option<String>)> {
    let limit = run.outcome.out_of_steps?;
    let limits = Limits::default();
    let (per_scale, what) = match limit {
        StepLimit::WithoutAwait => (limits.steps_without_await, "instructions without an await"),
        StepLimit::InAll => (limits.total_steps, "steps of work in all"),
    };
    let amount = |scale: u64| grouped((per_scale * scale) as usize);
    let place = match run.outcome.error.as_ref().and_then(|error| error.line) {
        Some(line) => format!("at line {line}"),
        None => "here".to_string(),
    };
    let why = format!(
        "Looplab stopped your program {place} after {} {what}: without a limit, a loop that \
         never ends would freeze the page.",
        amount(run.steps_scale)
    );
    let next = run.steps_scale * STEPS_SCALE_STEP;
    if next > MAX_STEPS_SCALE {
        let text = format!(
            "{why} That is as far as the page goes: `looplab run` on your own machine has no \
             step limit."
        );
        return Some((text, None));
    }
    let text = format!(
        "{why} If it is just long work, let it go on, up to {} {what}.",
        amount(next)
    );
    Some((text, Some(format!("Go on ({STEPS_SCALE_STEP}× the limit)"))))
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
