//! The course: the list of lessons, and each lesson with its explanation, its program (opened
//! in the playground), edits to try, and a predict-the-output check graded against the
//! simulation.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::lesson_check::LessonQuestions;
pub use super::lesson_check::{PASSED_KEY, passed};
use crate::curriculum::{TryThis, curriculum};
use crate::ui::Route;
use crate::ui::came_from::CameFrom;
pub use crate::ui::components::prose::{inline, paragraphs};
use crate::ui::nav::NavLink;

/// The list of lessons, in course order.
#[component]
pub fn LessonsPage() -> Html {
    let passed = use_state(BTreeSet::<String>::new);
    {
        let passed = passed.clone();
        use_effect_with((), move |_| passed.set(self::passed()));
    }
    let lessons = &curriculum().lessons;
    html! {
        <>
            <h1>{ "Lessons" }</h1>
            <p class="lead">
                { "A course in asyncio that teaches by running things. Each lesson explains one \
                   idea, opens its program in the playground, suggests edits to try, and asks you \
                   to predict what the program does before the simulation shows you." }
            </p>
            <p class="progress" data-testid="lessons-progress">
                { format!("{} of {} checks passed", lessons.iter().filter(|l| passed.contains(&l.id)).count(), lessons.len()) }
            </p>
            <ol class="lesson-list" data-testid="lesson-list">
                { for lessons.iter().map(|lesson| html! {
                    <li key={lesson.id.clone()} data-testid="lesson-item">
                        <NavLink to={Route::Lesson { id: lesson.id.clone() }} current={Route::Lessons}>
                            { format!("{}. ", lesson.number) }{ inline(&lesson.title) }
                        </NavLink>
                        if passed.contains(&lesson.id) {
                            <span class="passed" title="Check passed">{ " ✓ passed" }</span>
                        }
                        <p>{ inline(&lesson.summary) }</p>
                    </li>
                }) }
            </ol>
            <h2>{ "Capstone projects" }</h2>
            <CapstoneList />
        </>
    }
}

/// The capstone projects, each with its summary (on the lessons page and on their own).
#[component]
pub fn CapstoneList() -> Html {
    html! {
        <>
            <p>{ "Bigger programs to write yourself, run in a simulated world and checked by rules a real system would have." }</p>
            <ul class="lesson-list" data-testid="capstone-list">
                { for curriculum().capstones.iter().map(|capstone| html! {
                    <li key={capstone.id.clone()} data-testid="capstone-item">
                        <NavLink to={Route::Capstone { id: capstone.id.clone() }} current={Route::Capstones}>
                            { inline(&capstone.title) }
                        </NavLink>
                        <p>{ inline(&capstone.summary) }</p>
                    </li>
                }) }
            </ul>
        </>
    }
}

/// The capstone projects' own page.
#[component]
pub fn CapstonesPage() -> Html {
    html! {
        <>
            <h1>{ "Capstone projects" }</h1>
            <p class="lead">
                { "Once the lessons' ideas are yours, put them together: write a whole program                    from a brief, run it against a simulated world of servers, and let the                    checks say what holds and what does not." }
            </p>
            <CapstoneList />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub id: String,
}

/// One lesson.
#[component]
pub fn LessonPage(props: &LessonProps) -> Html {
    let curriculum = curriculum();
    let Some(lesson) = curriculum.lesson(&props.id) else {
        return html! { <super::not_found::NotFoundPage /> };
    };
    let index = curriculum
        .lessons
        .iter()
        .position(|l| l.id == lesson.id)
        .unwrap_or(0);
    let neighbour = |offset: isize| {
        index
            .checked_add_signed(offset)
            .and_then(|i| curriculum.lessons.get(i))
    };
    let source = curriculum
        .program(&lesson.program)
        .map(|p| p.source.clone())
        .unwrap_or_default();
    let open = Route::Program {
        program: lesson.program.clone(),
    };
    html! {
        <article class="lesson" data-testid="lesson">
            <p class="crumbs">
                <NavLink to={Route::Lessons} current={Route::Lessons}>{ "Lessons" }</NavLink>
                { format!(" › Lesson {} of {}", lesson.number, curriculum.lessons.len()) }
            </p>
            <h1>{ inline(&lesson.title) }</h1>
            <div class="explanation" data-testid="explanation">
                { for paragraphs(&lesson.explanation).map(|p| html! { <p>{ inline(p) }</p> }) }
            </div>
            <section class="lesson-program" aria-label="The program">
                <h2>{ "The program" }</h2>
                <p>
                    <NavLink to={open} current={Route::Lessons} class="button primary"
                        query={CameFrom::Lesson(lesson.id.clone()).to_query()} testid="open-in-playground">
                        { "Open it in the playground ▶" }
                    </NavLink>
                    <span class="hint">{ " Run it, step through it, and watch the timeline." }</span>
                </p>
                <pre class="program" data-testid="lesson-program"><code>{ source.clone() }</code></pre>
            </section>
            <section class="try-this" aria-label="Try this">
                <h2>{ "Try this" }</h2>
                { try_list(&lesson.tries, "try-this") }
            </section>
            // Keyed by the lesson: following a link to another lesson makes a new check, with
            // its own lines and no verdict (the same component would keep the last one's).
            <LessonQuestions key={lesson.id.clone()} lesson={Rc::new(lesson.clone())} source={source} />
            <nav class="lesson-nav" aria-label="Other lessons">
                if let Some(previous) = neighbour(-1) {
                    <NavLink to={Route::Lesson { id: previous.id.clone() }} current={Route::Lessons}>
                        { "← " }{ inline(&previous.title) }
                    </NavLink>
                }
                if let Some(next) = neighbour(1) {
                    <NavLink to={Route::Lesson { id: next.id.clone() }} current={Route::Lessons} class="next">
                        { inline(&next.title) }{ " →" }
                    </NavLink>
                }
            </nav>
        </article>
    }
}

/// A lesson's edits to try, each with what to look for folded under it (on the lesson, and in
/// the playground that runs its program); `testid` marks each item.
pub fn try_list(tries: &[TryThis], testid: &'static str) -> Html {
    html! {
        <ol>
            { for tries.iter().map(|t| html! {
                <li data-testid={testid}>
                    <p>{ inline(&t.edit) }</p>
                    <details><summary>{ "What to look for" }</summary><p>{ inline(&t.look_for) }</p></details>
                </li>
            }) }
        </ol>
    }
}
