use std::collections::BTreeSet;

use yew::prelude::*;

use super::interview::{PROGRESS_KEY, now_ms};
use super::lessons::{inline, passed};
use crate::curriculum::curriculum;
use crate::curriculum::drill::Progress;
use crate::ui::nav::NavLink;
use crate::ui::{Route, storage};

/// What the home page knows of a returning learner (kept in the browser by the other pages).
#[derive(Clone, PartialEq, Default)]
struct Returning {
    /// The lessons whose check was passed.
    passed: BTreeSet<String>,
    /// Interview questions rated at least once, and those due again now.
    drilled: usize,
    due: usize,
}

impl Returning {
    fn load() -> Returning {
        let progress = storage::load(PROGRESS_KEY)
            .map(|text| Progress::from_json(&text))
            .unwrap_or_default();
        let now = now_ms();
        Returning {
            passed: passed(),
            drilled: progress.cards.len(),
            due: progress
                .cards
                .values()
                .filter(|card| card.due_ms <= now)
                .count(),
        }
    }

    fn is_new(&self) -> bool {
        self.passed.is_empty() && self.drilled == 0
    }
}

/// Where to begin (lesson 1), or for a returning learner where they are: the lessons passed
/// and the next one, and the interview questions due again.
#[component]
fn WayIn() -> Html {
    let returning = use_state(Returning::default);
    {
        let returning = returning.clone();
        use_effect_with((), move |_| returning.set(Returning::load()));
    }
    let lessons = &curriculum().lessons;
    let next = lessons
        .iter()
        .find(|lesson| !returning.passed.contains(&lesson.id));
    let lesson_link = |lesson: &crate::curriculum::Lesson, label: &str| {
        html! {
            <NavLink to={Route::Lesson { id: lesson.id.clone() }} current={Route::Home} class="button primary">
                { format!("{label} lesson {}: ", lesson.number) }{ inline(&lesson.title) }{ " →" }
            </NavLink>
        }
    };
    if returning.is_new() {
        let Some(first) = lessons.first() else {
            return html! {};
        };
        return html! {
            <section class="way-in" data-testid="start-here" aria-label="Where to start">
                <p>{ "New to asyncio, or to Looplab? The lessons build on each other: start with the first." }</p>
                { lesson_link(first, "Start with") }
            </section>
        };
    }
    let done = lessons
        .iter()
        .filter(|lesson| returning.passed.contains(&lesson.id))
        .count();
    html! {
        <section class="way-in" data-testid="start-here" aria-label="Your progress">
            <p data-testid="home-progress">
                { format!("Welcome back: {done} of {} lesson checks passed", lessons.len()) }
                if returning.drilled > 0 {
                    { format!("; {} of the interview questions you drilled {} due again now", returning.due, if returning.due == 1 { "is" } else { "are" }) }
                }
                { "." }
            </p>
            <p>
                if let Some(next) = next {
                    { lesson_link(next, "Go on with") }
                } else {
                    <span>{ "Every lesson's check is passed. " }</span>
                    <NavLink to={Route::Capstones} current={Route::Home} class="button primary">
                        { "On to the capstone projects →" }
                    </NavLink>
                }
                if returning.due > 0 {
                    { " " }
                    <NavLink to={Route::Interview} current={Route::Home} class="button">
                        { if returning.due == 1 { "Drill the question due".to_string() } else { format!("Drill the {} questions due", returning.due) } }
                    </NavLink>
                }
            </p>
        </section>
    }
}

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
            <WayIn />
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
