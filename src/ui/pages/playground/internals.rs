//! The "Show asyncio's internals" switch: off by default, so a learner sees the program's own
//! tasks, primitives, callbacks and timers; on, everything asyncio does is shown and stepped
//! through. The choice is remembered between visits (the browser's storage, in effects).

use yew::prelude::*;

use super::state::{Action, Playground};
use crate::ui::storage;

/// Where the choice is kept.
const STORAGE_KEY: &str = "looplab.playground.internals";

#[derive(Properties, PartialEq)]
pub struct InternalsSwitchProps {
    /// Whether the internals are shown now.
    pub shown: bool,
    pub playground: UseReducerDispatcher<Playground>,
}

#[component]
pub fn InternalsSwitch(props: &InternalsSwitchProps) -> Html {
    // The first render brings back the choice of an earlier visit.
    {
        let playground = props.playground.clone();
        use_effect_with((), move |_| {
            if storage::load(STORAGE_KEY).as_deref() == Some("true") {
                playground.dispatch(Action::ShowInternals(true));
            }
        });
    }
    // Every later change is kept (not the first render's default, which would overwrite it).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(props.shown, move |shown| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                storage::save(STORAGE_KEY, &shown.to_string());
            }
        });
    }
    let on_change = {
        let playground = props.playground.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                playground.dispatch(Action::ShowInternals(input.checked()));
            }
        })
    };
    html! {
        <label class="internals-switch"
            title="asyncio's own tasks, futures, callbacks and timers: the runner's shutdown steps, a Queue's inner Event, gather's callbacks">
            <input type="checkbox" data-testid="show-internals" checked={props.shown}
                onchange={on_change} />
            { " Show asyncio's internals" }
        </label>
    }
}
