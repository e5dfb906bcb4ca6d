//! The app's pages, one module each, and the page for each route ([`render`]): home, the
//! lessons and a lesson, a capstone, the interview questions, the playground and the compare
//! page. A page owns its state (a reducer where there is much of it) and its effects on the
//! browser, and is built from [`crate::ui::components`]; the pages that run programs do so
//! through [`crate::ui::run`]. Nothing outside `pages` imports a page, but the shell that
//! shows the one for the current route.

pub mod capstone;
pub mod compare;
mod home;
pub mod interview;
pub mod lesson_check;
pub mod lessons;
mod not_found;
pub mod playground;

use yew::prelude::*;

use crate::ui::came_from::CameFrom;
use crate::ui::nav::NavLink;
use crate::ui::{Route, share};
use compare::{ComparePage, SharedPair};
use playground::state::Moment;
use playground::{Opened, PlaygroundPage};

/// The page for a route, and the query after its path (see [`crate::ui::query`]).
pub fn render(route: &Route, query: &str) -> Html {
    match route {
        Route::Home => html! { <home::HomePage /> },
        Route::Lessons => html! { <lessons::LessonsPage /> },
        Route::Lesson { id } => html! { <lessons::LessonPage id={id.clone()} /> },
        Route::Capstones => html! { <lessons::CapstonesPage /> },
        Route::Capstone { id } => html! { <capstone::CapstonePage id={id.clone()} /> },
        Route::CapstoneRun { id } => capstone_run(id, None),
        Route::CapstoneWorldRun { id, world } => capstone_run(id, Some(world)),
        Route::Playground => html! { <PlaygroundPage /> },
        Route::Program { program } => match Opened::program(program, None) {
            // A new key for each program: its own run and its own saved edits.
            Some(opened) => html! {
                <PlaygroundPage key={program.clone()} opened={opened}
                    came_from={CameFrom::from_query(query)} />
            },
            None => html! { <not_found::NotFoundPage /> },
        },
        Route::ProgramAt { program, at } => match Opened::program(program, at.parse().ok()) {
            Some(opened) => html! {
                <PlaygroundPage key={format!("{program}@{at}")} opened={opened}
                    came_from={CameFrom::from_query(query)} />
            },
            None => html! { <not_found::NotFoundPage /> },
        },
        Route::ProgramEvent { program, event } => {
            let at = event.parse().ok().map(Moment::Event);
            match (Opened::program(program, None), at) {
                (Some(opened), Some(at)) => html! {
                    <PlaygroundPage key={format!("{program}#{event}")}
                        opened={Opened { at: Some(at), ..opened }}
                        came_from={CameFrom::from_query(query)} />
                },
                _ => html! { <not_found::NotFoundPage /> },
            }
        }
        Route::Shared { code } => shared_program(code, None, ""),
        Route::SharedAt { code, event } => shared_at(code, event, ""),
        Route::SharedMarked { code, marks } => shared_program(code, None, marks),
        Route::SharedAtMarked { code, event, marks } => shared_at(code, event, marks),
        Route::Compare => html! { <ComparePage /> },
        Route::ComparePair { left, right } => match (share::unpack(left), share::unpack(right)) {
            (Ok(left_source), Ok(right_source)) => {
                let pair = SharedPair {
                    name: share::name(&format!("{left}/{right}")),
                    sources: [left_source, right_source],
                };
                html! { <ComparePage key={format!("{left}/{right}")} shared={pair} /> }
            }
            (Err(why), _) | (_, Err(why)) => html! { <BadLinkPage why={why} /> },
        },
        Route::Interview => html! { <interview::InterviewPage query={query.to_string()} /> },
        Route::NotFound => html! { <not_found::NotFoundPage /> },
    }
}

/// The playground with a program a link carries, run and shown just after event `event`.
fn shared_at(code: &str, event: &str, marks: &str) -> Html {
    match event.parse() {
        Ok(event) => shared_program(code, Some(Moment::Event(event)), marks),
        Err(_) => {
            html! { <BadLinkPage why={format!("{event:?} is not a number of events")} /> }
        }
    }
}

/// The playground with a program a link carries, run and shown at `at`, with the bookmarks
/// it carries (packed, as [`share::pack_bookmarks`] does; empty if none).
fn shared_program(code: &str, at: Option<Moment>, marks: &str) -> Html {
    let bookmarks = match marks {
        "" => Ok(Vec::new()),
        marks => share::unpack_bookmarks(marks),
    };
    match (share::unpack(code), bookmarks) {
        (Ok(source), Ok(bookmarks)) => {
            let opened = Opened {
                name: share::name(code),
                source,
                at,
            };
            // A new key for each link, moment and bookmarks: its own run.
            let key = format!("{code}@{at:?}/{marks}");
            html! { <PlaygroundPage key={key} opened={opened} bookmarks={bookmarks} /> }
        }
        (Err(why), _) | (_, Err(why)) => html! { <BadLinkPage why={why} /> },
    }
}

#[derive(Properties, PartialEq)]
struct BadLinkProps {
    why: String,
}

/// A shared link that does not hold a program: what is wrong with it, and where to go.
#[component]
fn BadLinkPage(props: &BadLinkProps) -> Html {
    html! {
        <>
            <h1>{ "This link does not open a program" }</h1>
            <p class="run-error" role="alert" data-testid="bad-link">
                { format!("Looplab could not read the program in it: {}.", props.why) }
            </p>
            <p>
                { "Ask whoever sent it for the whole link, or go to the " }
                <NavLink to={Route::Playground} current={Route::NotFound}>{ "playground" }</NavLink>
                { "." }
            </p>
        </>
    }
}

/// A capstone solution in one of its worlds, in the playground (keyed by both: each its own
/// run and its own saved edits).
fn capstone_run(id: &str, world: Option<&str>) -> Html {
    match capstone::opened(id, world) {
        Some(opened) => {
            let key = opened.name.clone();
            html! {
                <PlaygroundPage {key} {opened} came_from={CameFrom::Capstone(id.to_string())} />
            }
        }
        None => html! { <not_found::NotFoundPage /> },
    }
}
