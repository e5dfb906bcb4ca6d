use yew::prelude::*;

use crate::ui::Route;
use crate::ui::nav::NavLink;

/// The landing page: what Looplab is and where to go.
#[component]
pub fn HomePage() -> Html {
    let sections = [
        (
            Route::Lessons,
            "A course that teaches asyncio by running it, from the first coroutine to cancellation and TaskGroups.",
        ),
        (
            Route::Capstones,
            "Bigger programs to write yourself, a web crawler and an LLM batch client, run against a simulated world of servers and checked as a real system would be.",
        ),
        (
            Route::Playground,
            "Type an asyncio program and watch the event loop run it, one step at a time, forward and back.",
        ),
        (
            Route::Compare,
            "Run two programs side by side on one shared clock: gather against as_completed, asyncio.sleep against time.sleep.",
        ),
        (
            Route::Interview,
            "Questions at mid, senior and principal level, each answered with a program you can run.",
        ),
    ];
    html! {
        <>
            <h1>{ "See Python's asyncio think" }</h1>
            <p class="lead">
                { "Looplab runs a Python asyncio program on a simulated event loop with a virtual \
                   clock, and shows what the loop does at every step: which task runs, what it \
                   awaits, the ready queue and the timers." }
            </p>
            <ul class="section-cards">
                { for sections.iter().map(|(route, blurb)| html! {
                    <li key={route.title()} class="section-card">
                        <h2><NavLink to={route.clone()} current={Route::Home}>{ route.title() }</NavLink></h2>
                        <p>{ blurb }</p>
                    </li>
                }) }
            </ul>
        </>
    }
}
