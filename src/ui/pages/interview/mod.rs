//! The interview question bank: filter by level and topic, search, reveal model answers with
//! "show me" links into the visualizer, and a drill with spaced repetition whose progress is
//! kept in localStorage (and can be reset or downloaded). The filters and open answers live
//! in the page's address ([`address`]); the drill's part is in [`drill`].

mod address;
mod drill;

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::lessons::{inline, paragraphs};
use crate::curriculum::drill::{Progress, Rating};
use crate::curriculum::{Level, Link, Question, curriculum};
use crate::ui::came_from::CameFrom;
use crate::ui::nav::NavLink;
use crate::ui::{Route, storage};
use pycore::format::float_repr;

/// Where the drill's progress is kept.
pub const PROGRESS_KEY: &str = "looplab.interview.progress";

/// What the page shows: the filters, which answers are open, the drill and its memory.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bank {
    pub level: Option<Level>,
    pub topic: Option<String>,
    pub search: String,
    /// Questions whose answer is shown in the list, in the order they were opened (the page
    /// comes back to the last one).
    pub revealed: Vec<String>,
    /// The drill's current card shows its answer.
    pub drill_revealed: bool,
    pub progress: Progress,
    /// The clock, as the page last read it (milliseconds since the epoch).
    pub now_ms: f64,
    /// Reset was pressed once: a second press erases the progress.
    pub confirm_reset: bool,
    /// The question rated last, and how (the drill says when it comes back).
    pub last_rated: Option<(String, Rating)>,
}

pub enum BankAction {
    SetLevel(Option<Level>),
    SetTopic(Option<String>),
    Search(String),
    /// The page's address changed: its query (see [`address`]) says the filters and open
    /// answers.
    Address(String),
    /// Show or hide a question's answer in the list.
    ToggleAnswer(String),
    /// Progress read from storage, and the time.
    Restored(Progress, f64),
    RevealDrill,
    /// The drill's current question was rated, at this time.
    Rate(String, Rating, f64),
    Reset,
}

impl Bank {
    /// The questions the filters let through, in the bank's order.
    pub fn shown(&self) -> Vec<&'static Question> {
        let needle = self.search.trim().to_lowercase();
        curriculum()
            .questions
            .iter()
            .filter(|q| self.level.is_none_or(|level| q.level == level))
            .filter(|q| self.topic.as_ref().is_none_or(|t| q.topics.contains(t)))
            .filter(|q| {
                needle.is_empty()
                    || q.question.to_lowercase().contains(&needle)
                    || q.answer.to_lowercase().contains(&needle)
                    || q.topics.iter().any(|t| t.to_lowercase().contains(&needle))
            })
            .collect()
    }

    /// The drill's current question: the first due among those shown.
    pub fn drill_question(&self) -> Option<&'static Question> {
        self.progress
            .due(&self.shown(), self.now_ms)
            .into_iter()
            .next()
    }
}

impl Reducible for Bank {
    type Action = BankAction;

    fn reduce(self: Rc<Self>, action: BankAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.confirm_reset = false;
        match action {
            BankAction::SetLevel(level) => {
                next.level = level;
                next.drill_revealed = false;
            }
            BankAction::SetTopic(topic) => {
                next.topic = topic;
                next.drill_revealed = false;
            }
            BankAction::Search(text) => {
                next.search = text;
                next.drill_revealed = false;
            }
            BankAction::Address(query) => next = next.with_query(&query),
            BankAction::ToggleAnswer(id) => {
                if next.revealed.contains(&id) {
                    next.revealed.retain(|open| *open != id);
                } else {
                    next.revealed.push(id);
                }
            }
            BankAction::Restored(progress, now_ms) => {
                next.progress = progress;
                next.now_ms = now_ms;
            }
            BankAction::RevealDrill => next.drill_revealed = true,
            BankAction::Rate(id, rating, now_ms) => {
                next.progress.rate(&id, rating, now_ms);
                next.now_ms = now_ms;
                next.drill_revealed = false;
                next.last_rated = Some((id, rating));
            }
            BankAction::Reset if self.confirm_reset => {
                next.progress = Progress::default();
                next.drill_revealed = false;
                next.last_rated = None;
            }
            BankAction::Reset => next.confirm_reset = true,
        }
        Rc::new(next)
    }
}

/// The time now, in milliseconds (0 natively, where nothing is kept anyway).
pub(crate) fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

#[derive(Properties, PartialEq, Default)]
pub struct InterviewProps {
    /// The query of the page's address: the filters and open answers (see [`address`]).
    #[prop_or_default]
    pub query: String,
}

#[component]
pub fn InterviewPage(props: &InterviewProps) -> Html {
    let bank = {
        let query = props.query.clone();
        use_reducer(move || Bank::default().with_query(&query))
    };
    address::use_bank_address(&bank, &props.query);
    // Once the progress is read: back at the answer opened last (coming back from its "show
    // me", or from a link to it), the page scrolls to it.
    {
        let last_open = bank.revealed.last().cloned();
        use_effect_with(bank.now_ms > 0.0, move |restored| {
            if let (true, Some(id)) = (*restored, last_open) {
                scroll_to(&question_anchor(&id));
            }
        });
    }
    // On the first render: the progress kept from earlier visits.
    {
        let bank = bank.clone();
        use_effect_with((), move |_| {
            let progress = storage::load(PROGRESS_KEY)
                .map(|text| Progress::from_json(&text))
                .unwrap_or_default();
            bank.dispatch(BankAction::Restored(progress, now_ms()));
        });
    }
    // Whenever the progress changes: keep it.
    {
        let progress = bank.progress.clone();
        use_effect_with(progress, |progress| {
            if progress.cards.is_empty() {
                storage::remove(PROGRESS_KEY);
            } else {
                storage::save(PROGRESS_KEY, &progress.to_json());
            }
        });
    }
    let questions = &curriculum().questions;
    let topics: BTreeSet<&str> = questions
        .iter()
        .flat_map(|q| q.topics.iter().map(String::as_str))
        .collect();
    let shown = bank.shown();
    let on_level = {
        let bank = bank.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let level = Level::ALL.into_iter().find(|l| l.name() == select.value());
                bank.dispatch(BankAction::SetLevel(level));
            }
        })
    };
    let on_topic = {
        let bank = bank.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let topic = Some(select.value()).filter(|v| !v.is_empty());
                bank.dispatch(BankAction::SetTopic(topic));
            }
        })
    };
    let on_search = {
        let bank = bank.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                bank.dispatch(BankAction::Search(input.value()));
            }
        })
    };
    html! {
        <>
            <h1>{ "Interview questions" }</h1>
            <p class="lead">
                { format!("{} questions at three levels, each with a model answer and a run that \
                   shows it. Drill them: say how well you knew each answer, and the drill asks \
                   again when you are about to forget.", questions.len()) }
            </p>
            <div class="bank-filters" role="search">
                <label>{ "Level " }
                    <select data-testid="filter-level" onchange={on_level}>
                        <option value="" selected={bank.level.is_none()}>{ "All levels" }</option>
                        { for Level::ALL.iter().map(|level| html! {
                            <option value={level.name()} selected={bank.level == Some(*level)}>{ level.name() }</option>
                        }) }
                    </select>
                </label>
                <label>{ "Topic " }
                    <select data-testid="filter-topic" onchange={on_topic}>
                        <option value="" selected={bank.topic.is_none()}>{ "All topics" }</option>
                        { for topics.iter().map(|topic| html! {
                            <option value={topic.to_string()} selected={bank.topic.as_deref() == Some(*topic)}>{ *topic }</option>
                        }) }
                    </select>
                </label>
                <label>{ "Search " }
                    <input type="search" data-testid="search" value={bank.search.clone()} oninput={on_search}
                        placeholder="gather, cancel, GIL…" />
                </label>
                <span class="hint" data-testid="shown-count">{ format!("{} of {} shown", shown.len(), questions.len()) }</span>
            </div>
            { drill::drill_view(&bank) }
            { drill::progress_view(&bank) }
            <ol class="questions" data-testid="questions">
                { for shown.iter().map(|question| question_view(&bank, question)) }
            </ol>
            if shown.is_empty() {
                <p class="hint">{ "No question matches: clear the search or pick another level or topic." }</p>
            }
        </>
    }
}

pub(super) fn level_badge(level: Level) -> Html {
    html! { <span class={classes!("level", level.name())}>{ level.name() }</span> }
}

fn question_view(bank: &UseReducerHandle<Bank>, question: &Question) -> Html {
    let open = bank.revealed.contains(&question.id);
    let toggle = {
        let (bank, id) = (bank.clone(), question.id.clone());
        Callback::from(move |_: MouseEvent| bank.dispatch(BankAction::ToggleAnswer(id.clone())))
    };
    html! {
        <li class="question" data-testid="question" key={question.id.clone()}
            id={question_anchor(&question.id)} data-question={question.id.clone()}>
            <p class="question-meta">
                { level_badge(question.level) }
                { for question.topics.iter().map(|t| html! { <span class="topic">{ t.clone() }</span> }) }
                { drill::due_badge(bank, &question.id) }
            </p>
            <p class="question-text">{ inline(&question.question) }</p>
            <button data-testid="reveal-answer" aria-expanded={open.to_string()} onclick={toggle}>
                { if open { "Hide the answer" } else { "Show the answer" } }
            </button>
            if open {
                { answer_view(question, &bank.to_query()) }
            }
        </li>
    }
}

/// A question's model answer and its "show me" links, which carry the way back to the
/// question and the bank as it is now (`bank`, the query of its address).
fn answer_view(question: &Question, bank: &str) -> Html {
    let came_from = CameFrom::Question {
        id: question.id.clone(),
        bank: bank.to_string(),
    };
    html! {
        <div class="answer" data-testid="answer">
            { for paragraphs(&question.answer).map(|p| html! { <p>{ inline(p) }</p> }) }
            <p class="show-me">
                { for question.show.iter().map(|link| show_me(link, &came_from)) }
            </p>
        </div>
    }
}

/// The id of a question's item in the list, to scroll back to.
fn question_anchor(id: &str) -> String {
    format!("question-{id}")
}

/// Scrolls the page to the element with this id, if there is one.
fn scroll_to(anchor: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(anchor))
    {
        element.scroll_into_view();
    }
}

/// A "show me" link: the program in the visualizer at the moment that shows the answer (and,
/// for a lesson, the lesson itself).
fn show_me(link: &Link, came_from: &CameFrom) -> Html {
    let curriculum = curriculum();
    let Some(program) = curriculum.linked_program(link) else {
        return Html::default();
    };
    let to = match link.at {
        Some(at) => Route::ProgramAt {
            program: program.name.clone(),
            at: float_repr(at),
        },
        None => Route::Program {
            program: program.name.clone(),
        },
    };
    let lesson = link.lesson.as_ref().and_then(|id| curriculum.lesson(id));
    html! {
        <span class="show-me-link">
            <NavLink to={to} current={Route::Interview} class="button" query={came_from.to_query()}
                testid="show-me">
                { "Show me ▶ " }{ inline(&link.label) }
                if let Some(at) = link.at { { format!(" (t={})", float_repr(at)) } }
            </NavLink>
            if let Some(lesson) = lesson {
                { " · " }
                <NavLink to={Route::Lesson { id: lesson.id.clone() }} current={Route::Interview}>
                    { format!("Lesson {}: ", lesson.number) }{ inline(&lesson.title) }
                </NavLink>
            }
        </span>
    }
}
