//! The error that ended a run, as a page shows it: `Line N: ` and Python's message, a hint when
//! Looplab knows why a learner meets it ([`crate::ui::run::hint`]), and the whole of stderr
//! (the traceback) folded under Details.

use yew::prelude::*;

use crate::ui::run::{Run, hint};

/// The error box of `run`, if it ended with an error; `test_id` names the box.
pub fn run_error_view(run: &Run, test_id: String) -> Html {
    let Some(error) = &run.outcome.error else {
        return html! {};
    };
    let place = error
        .line
        .map_or(String::new(), |line| format!("Line {line}: "));
    let hint = hint::hint(error, &run.source);
    html! {
        <div class="run-error" role="alert" data-testid={test_id}>
            <span class="error-line"><strong>{ place }</strong>{ error.message.clone() }</span>
            if let Some(hint) = hint {
                <p class="error-hint" data-testid="error-hint">{ prose_with_code(&hint) }</p>
            }
            if !run.outcome.stderr.is_empty() {
                <details><summary>{ "Details" }</summary><pre>{ run.outcome.stderr.clone() }</pre></details>
            }
        </div>
    }
}

/// A sentence whose `backticked` parts are code: shown in `<code>`, without the backticks.
pub fn prose_with_code(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(index, part)| match index % 2 {
            0 => html! { { part.to_string() } },
            _ => html! { <code>{ part.to_string() }</code> },
        })
        .collect()
}
