use yew::prelude::*;

use super::NotYet;

/// Where a learner runs their own program on the simulated event loop.
#[component]
pub fn PlaygroundPage() -> Html {
    html! {
        <>
            <h1>{ "Playground" }</h1>
            <p class="lead">
                { "Type or paste a Python asyncio program and watch the event loop run it: the \
                   virtual clock, the ready queue, the timers, and a timeline with one lane per \
                   task. Step forward, step back, or scrub through the run." }
            </p>
            <NotYet>
                { "Looplab cannot run Python yet. The parser, the simulated event loop and the \
                   visualizer are being built, in that order." }
            </NotYet>
        </>
    }
}
