//! One module per page of the app.

pub mod capstone;
mod home;
pub mod interview;
pub mod lessons;
mod not_found;

use yew::prelude::*;

use super::Route;

/// The page for a route.
pub fn render(route: &Route) -> Html {
    use super::playground::{Opened, PlaygroundPage};
    match route {
        Route::Home => html! { <home::HomePage /> },
        Route::Lessons => html! { <lessons::LessonsPage /> },
        Route::Lesson { id } => html! { <lessons::LessonPage id={id.clone()} /> },
        Route::Capstone { id } => html! { <capstone::CapstonePage id={id.clone()} /> },
        Route::CapstoneRun { id } => match capstone::opened(id) {
            Some(opened) => {
                html! { <PlaygroundPage key={format!("capstone-{id}")} opened={opened} /> }
            }
            None => html! { <not_found::NotFoundPage /> },
        },
        Route::Playground => html! { <PlaygroundPage /> },
        Route::Program { program } => match Opened::program(program, None) {
            // A new key for each program: its own run and its own saved edits.
            Some(opened) => html! { <PlaygroundPage key={program.clone()} opened={opened} /> },
            None => html! { <not_found::NotFoundPage /> },
        },
        Route::ProgramAt { program, at } => match Opened::program(program, at.parse().ok()) {
            Some(opened) => html! {
                <PlaygroundPage key={format!("{program}@{at}")} opened={opened} />
            },
            None => html! { <not_found::NotFoundPage /> },
        },
        Route::Compare => html! { <super::compare::ComparePage /> },
        Route::Interview => html! { <interview::InterviewPage /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct NotYetProps {
    pub children: Html,
}

/// A plain statement of what a page does not have yet, so nobody mistakes the frame for the
/// finished thing.
#[component]
pub fn NotYet(props: &NotYetProps) -> Html {
    html! {
        <aside class="not-yet" role="note" data-testid="not-yet">
            <strong>{ "Not built yet. " }</strong>
            { props.children.clone() }
        </aside>
    }
}
