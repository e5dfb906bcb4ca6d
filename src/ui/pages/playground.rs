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
                { "The playground cannot run Python here yet. The parser and the simulated event \
                   loop are built (the command-line tool `looplab run` uses them); the \
                   visualizer that brings them to this page is next." }
            </NotYet>
        </>
    }
}
