use yew::prelude::*;

use super::NotYet;

/// The course: lessons that each open a program in the playground.
#[component]
pub fn LessonsPage() -> Html {
    html! {
        <>
            <h1>{ "Lessons" }</h1>
            <p class="lead">
                { "A course in asyncio that teaches by running things: the event loop and \
                   coroutines, tasks, gather and as_completed, timeouts and cancellation, \
                   TaskGroups, semaphores, queues, and what happens when something blocks the loop." }
            </p>
            <NotYet>
                { "There are no lessons here yet. Each lesson will run its program in the \
                   playground, so the lessons come after the simulator." }
            </NotYet>
        </>
    }
}
