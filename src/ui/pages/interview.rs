use yew::prelude::*;

use super::NotYet;

/// The question bank for interview practice.
#[component]
pub fn InterviewPage() -> Html {
    html! {
        <>
            <h1>{ "Interview questions" }</h1>
            <p class="lead">
                { "Questions about asyncio at three levels (mid, senior and principal), each with \
                   a model answer and a program that shows the answer running." }
            </p>
            <NotYet>
                { "There are no questions here yet. They arrive with the lessons they link to." }
            </NotYet>
        </>
    }
}
