//! The interview question bank: filter by level and topic, search, reveal model answers with
//! "show me" links into the visualizer, and a drill with spaced repetition whose progress is
//! kept in localStorage (and can be reset or downloaded).

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::lessons::{inline, paragraphs};
use crate::curriculum::drill::{DAY_MS, MINUTE_MS, Progress, Rating};
use crate::curriculum::{Level, Link, Question, curriculum};
use crate::ui::nav::NavLink;
use crate::ui::{Route, data_url, storage};
use pycore::format::float_repr;

/// Where the drill's progress is kept.
pub const PROGRESS_KEY: &str = "looplab.interview.progress";

/// What the page shows: the filters, which answers are open, the drill and its memory.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bank {
    pub level: Option<Level>,
    pub topic: Option<String>,
    pub search: String,
    /// Questions whose answer is shown in the list.
    pub revealed: BTreeSet<String>,
    /// The drill's current card shows its answer.
    pub drill_revealed: bool,
    pub progress: Progress,
    /// The clock, as the page last read it (milliseconds since the epoch).
    pub now_ms: f64,
    /// Reset was pressed once: a second press erases the progress.
    pub confirm_reset: bool,
}

pub enum BankAction {
    SetLevel(Option<Level>),
    SetTopic(Option<String>),
    Search(String),
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
            BankAction::ToggleAnswer(id) => {
                if !next.revealed.remove(&id) {
                    next.revealed.insert(id);
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
            }
            BankAction::Reset if self.confirm_reset => {
                next.progress = Progress::default();
                next.drill_revealed = false;
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

#[component]
pub fn InterviewPage() -> Html {
    let bank = use_reducer(Bank::default);
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
            { drill_view(&bank) }
            { progress_view(&bank) }
            <ol class="questions" data-testid="questions">
                { for shown.iter().map(|question| question_view(&bank, question)) }
            </ol>
            if shown.is_empty() {
                <p class="hint">{ "No question matches: clear the search or pick another level or topic." }</p>
            }
        </>
    }
}

fn level_badge(level: Level) -> Html {
    html! { <span class={classes!("level", level.name())}>{ level.name() }</span> }
}

fn question_view(bank: &UseReducerHandle<Bank>, question: &Question) -> Html {
    let open = bank.revealed.contains(&question.id);
    let toggle = {
        let (bank, id) = (bank.clone(), question.id.clone());
        Callback::from(move |_: MouseEvent| bank.dispatch(BankAction::ToggleAnswer(id.clone())))
    };
    html! {
        <li class="question" data-testid="question" key={question.id.clone()}>
            <p class="question-meta">
                { level_badge(question.level) }
                { for question.topics.iter().map(|t| html! { <span class="topic">{ t.clone() }</span> }) }
            </p>
            <p class="question-text">{ inline(&question.question) }</p>
            <button data-testid="reveal-answer" aria-expanded={open.to_string()} onclick={toggle}>
                { if open { "Hide the answer" } else { "Show the answer" } }
            </button>
            if open {
                { answer_view(question) }
            }
        </li>
    }
}

fn answer_view(question: &Question) -> Html {
    html! {
        <div class="answer" data-testid="answer">
            { for paragraphs(&question.answer).map(|p| html! { <p>{ inline(p) }</p> }) }
            <p class="show-me">
                { for question.show.iter().map(show_me) }
            </p>
        </div>
    }
}

/// A "show me" link: the program in the visualizer at the moment that shows the answer (and,
/// for a lesson, the lesson itself).
fn show_me(link: &Link) -> Html {
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
            <NavLink to={to} current={Route::Interview} class="button">
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

fn drill_view(bank: &UseReducerHandle<Bank>) -> Html {
    let shown = bank.shown();
    let due = bank.progress.due(&shown, bank.now_ms);
    let new = shown
        .iter()
        .filter(|q| !bank.progress.cards.contains_key(&q.id))
        .count();
    let body = match bank.drill_question() {
        Some(question) => {
            let rate = |rating: Rating| {
                let (bank, id) = (bank.clone(), question.id.clone());
                Callback::from(move |_: MouseEvent| {
                    bank.dispatch(BankAction::Rate(id.clone(), rating, now_ms()))
                })
            };
            let reveal = {
                let bank = bank.clone();
                Callback::from(move |_: MouseEvent| bank.dispatch(BankAction::RevealDrill))
            };
            html! {
                <div class="drill-card" data-testid="drill-card" data-question={question.id.clone()}>
                    <p class="question-meta">{ level_badge(question.level) }</p>
                    <p class="question-text" data-testid="drill-question">{ inline(&question.question) }</p>
                    if bank.drill_revealed {
                        { answer_view(question) }
                        <p class="rate" role="group" aria-label="How well did you know it?">
                            <button data-testid="rate-again" onclick={rate(Rating::Again)}>{ "Again (ask in a minute)" }</button>
                            <button data-testid="rate-good" onclick={rate(Rating::Good)}>{ "Good" }</button>
                            <button data-testid="rate-easy" onclick={rate(Rating::Easy)}>{ "Easy" }</button>
                        </p>
                    } else {
                        <button class="primary" data-testid="drill-reveal" onclick={reveal}>{ "Show the answer" }</button>
                    }
                </div>
            }
        }
        None => {
            let next = bank
                .progress
                .next_due_ms(&shown)
                .map(|due| due - bank.now_ms);
            let when = match next {
                Some(wait) if wait < 60.0 * MINUTE_MS => {
                    format!("in {} minutes", (wait / MINUTE_MS).ceil().max(1.0))
                }
                Some(wait) if wait < DAY_MS => {
                    format!("in {} hours", (wait / (60.0 * MINUTE_MS)).ceil())
                }
                Some(wait) => format!("in {} days", (wait / DAY_MS).ceil()),
                None => "when you pick other questions".to_string(),
            };
            html! { <p class="hint" data-testid="drill-done">{ format!("Nothing is due among these questions. The next one comes back {when}.") }</p> }
        }
    };
    html! {
        <section class="panel drill" aria-label="Drill" data-testid="drill">
            <h2>{ "Drill" }</h2>
            <p class="hint" data-testid="drill-due">
                { format!("{} due now, {new} never asked (of the questions shown)", due.len() - new.min(due.len())) }
            </p>
            { body }
        </section>
    }
}

fn progress_view(bank: &UseReducerHandle<Bank>) -> Html {
    let per_level = bank.progress.per_level(&curriculum().questions);
    let export = data_url("application/json", &bank.progress.to_json());
    let reset = {
        let bank = bank.clone();
        Callback::from(move |_: MouseEvent| bank.dispatch(BankAction::Reset))
    };
    html! {
        <section class="bank-progress" aria-label="Progress">
            <ul class="level-progress">
                { for per_level.iter().map(|p| html! {
                    <li data-testid="level-progress" data-level={p.level.name()}>
                        { level_badge(p.level) }
                        { format!(" {} of {} seen, {} learned", p.seen, p.total, p.learned) }
                        <progress max={p.total.to_string()} value={p.seen.to_string()}
                            aria-label={format!("{} questions seen", p.level.name())} />
                    </li>
                }) }
            </ul>
            <p>
                <a class="button" data-testid="export-progress" href={export} download="looplab-progress.json">
                    { "Download my progress" }
                </a>
                { " " }
                <button data-testid="reset-progress" onclick={reset}>
                    { if bank.confirm_reset { "Press again to erase all progress" } else { "Reset progress" } }
                </button>
            </p>
        </section>
    }
}
