//! The course: the list of lessons, and each lesson with its explanation, its program (opened
//! in the playground), edits to try, and a predict-the-output check graded against the
//! simulation.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::curriculum::check::{self, Verdict};
use crate::curriculum::{Check, Lesson, TryThis, curriculum};
use crate::ui::came_from::CameFrom;
use crate::ui::nav::NavLink;
use crate::ui::{Route, storage};
use pycore::format::float_repr;

/// Where the ids of the lessons whose check the learner passed are kept (a JSON list).
pub const PASSED_KEY: &str = "looplab.lessons.passed";

/// The lessons passed so far.
pub fn passed() -> BTreeSet<String> {
    storage::load(PASSED_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn mark_passed(id: &str) {
    let mut all = passed();
    if all.insert(id.to_string()) {
        let text = serde_json::to_string(&all).expect("a set of strings");
        storage::save(PASSED_KEY, &text);
    }
}

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
            <CheckView key={lesson.id.clone()} lesson={Rc::new(lesson.clone())} source={source} />
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

/// The learner's answer to a lesson's check, and the verdict once they asked for it.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckState {
    /// For an order check: the key's lines as the learner placed them (indices into the key).
    pub order: Vec<usize>,
    /// For a resume check: the option picked.
    pub choice: Option<usize>,
    pub verdict: Option<Verdict>,
}

pub enum CheckAction {
    /// Move the line at this place one up.
    Up(usize),
    Down(usize),
    Choose(usize),
    /// The verdict of the simulation.
    Graded(Verdict),
}

impl CheckState {
    pub fn new(lesson: &Lesson) -> CheckState {
        let order = match &lesson.check {
            Check::Order { lines, .. } => check::shuffled(lines.len(), &lesson.id),
            Check::Resume { .. } => Vec::new(),
        };
        CheckState {
            order,
            choice: None,
            verdict: None,
        }
    }

    /// Grades the answer by running the program.
    pub fn grade(&self, lesson: &Lesson, source: &str) -> Option<Verdict> {
        match &lesson.check {
            Check::Order { lines, .. } => {
                let answer: Vec<String> = self.order.iter().map(|&i| lines[i].clone()).collect();
                Some(check::grade_order(source, lines, &answer))
            }
            Check::Resume {
                task, nth, options, ..
            } => {
                let picked = options[self.choice?];
                Some(check::grade_resume(source, task, *nth, picked))
            }
        }
    }
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckAction::Up(at) if at > 0 && at < next.order.len() => {
                next.order.swap(at - 1, at);
                next.verdict = None;
            }
            CheckAction::Down(at) if at + 1 < next.order.len() => {
                next.order.swap(at, at + 1);
                next.verdict = None;
            }
            CheckAction::Choose(option) => {
                next.choice = Some(option);
                next.verdict = None;
            }
            CheckAction::Graded(verdict) => next.verdict = Some(verdict),
            CheckAction::Up(_) | CheckAction::Down(_) => return self,
        }
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    lesson: Rc<Lesson>,
    source: String,
}

#[component]
fn CheckView(props: &CheckProps) -> Html {
    let lesson = props.lesson.clone();
    let state = {
        let lesson = lesson.clone();
        use_reducer(move || CheckState::new(&lesson))
    };
    let on_check = {
        let (state, lesson, source) = (state.clone(), lesson.clone(), props.source.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(verdict) = state.grade(&lesson, &source) {
                if verdict.correct {
                    mark_passed(&lesson.id);
                }
                state.dispatch(CheckAction::Graded(verdict));
            }
        })
    };
    let body = match &lesson.check {
        Check::Order { lines, .. } => {
            let count = state.order.len();
            html! {
                <ol class="order-lines" data-testid="order-lines">
                    { for state.order.iter().enumerate().map(|(at, &line)| {
                        let up = { let state = state.clone(); Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Up(at))) };
                        let down = { let state = state.clone(); Callback::from(move |_: MouseEvent| state.dispatch(CheckAction::Down(at))) };
                        html! {
                            <li data-testid="order-line">
                                <code>{ lines[line].clone() }</code>
                                <span class="order-buttons">
                                    <button data-testid="move-up" disabled={at == 0} onclick={up}
                                        aria-label={format!("Move “{}” up", lines[line])}>{ "↑" }</button>
                                    <button data-testid="move-down" disabled={at + 1 == count} onclick={down}
                                        aria-label={format!("Move “{}” down", lines[line])}>{ "↓" }</button>
                                </span>
                            </li>
                        }
                    }) }
                </ol>
            }
        }
        Check::Resume { options, .. } => html! {
            <fieldset class="resume-options" data-testid="resume-options">
                <legend>{ "Pick a virtual time" }</legend>
                { for options.iter().enumerate().map(|(index, option)| {
                    let choose = { let state = state.clone(); Callback::from(move |_: Event| state.dispatch(CheckAction::Choose(index))) };
                    html! {
                        <label class="option">
                            <input type="radio" name={format!("resume-{}", lesson.id)} data-testid="resume-option"
                                checked={state.choice == Some(index)} onchange={choose} />
                            { format!(" t = {}", float_repr(*option)) }
                        </label>
                    }
                }) }
            </fieldset>
        },
    };
    let can_check = matches!(lesson.check, Check::Order { .. }) || state.choice.is_some();
    html! {
        <section class="check" aria-label="Check your prediction" data-testid="check">
            <h2>{ "Predict, then check" }</h2>
            <p>{ inline(lesson.check.prompt()) }</p>
            { body }
            <button class="primary" data-testid="check-answer" disabled={!can_check} onclick={on_check}>
                { "Check with the simulation" }
            </button>
            if let Some(verdict) = &state.verdict {
                <div class={classes!("verdict", if verdict.correct { "right" } else { "wrong" })}
                    data-testid="check-result" role="status">
                    if verdict.correct {
                        <p><strong>{ "✓ Right. " }</strong>{ "That is what the simulation does." }</p>
                    } else {
                        <p><strong>{ "✗ Not quite. " }</strong>{ "The simulation says:" }</p>
                        <ol>{ for verdict.expected.iter().map(|line| html! { <li><code>{ line.clone() }</code></li> }) }</ol>
                    }
                    <p>
                        <NavLink to={Route::ProgramAt { program: lesson.program.clone(), at: float_repr(verdict.reveal_at) }}
                            current={Route::Lessons}>
                            { format!("See it on the timeline at t={} ▶", float_repr(verdict.reveal_at)) }
                        </NavLink>
                    </p>
                </div>
            }
        </section>
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

/// The paragraphs of a text: separated by blank lines.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// Text with `code` in backticks.
pub fn inline(text: &str) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(index, piece)| {
            if index % 2 == 1 { html! { <code>{ piece.to_string() }</code> } } else { html! { { piece.to_string() } } }
        }) }
    }
}
