//! The drill's part of the question bank: the card to answer, how the drill works (what "due"
//! and "learned" mean, from the schedule in [`crate::curriculum::drill`] itself), and the
//! progress per level.

use yew::prelude::*;

use super::{Bank, BankAction, answer_view, level_badge, now_ms};
use crate::curriculum::curriculum;
use crate::curriculum::drill::{
    LEARNED_DAYS, Progress, Rating, ratings_to_learn, wait_in_words, waits_in_a_row,
};
use crate::ui::data_url;

/// A rating as its button names it.
fn rating_name(rating: Rating) -> &'static str {
    match rating {
        Rating::Again => "Again",
        Rating::Good => "Good",
        Rating::Easy => "Easy",
    }
}

/// A number of days as a sentence says it: "1 day", "7.5 days", "19 days" (to the half day).
fn days(count: f64) -> String {
    let count = (count * 2.0).round() / 2.0;
    format!("{count} day{}", if count == 1.0 { "" } else { "s" })
}

/// The first `count` waits that ratings of `rating` in a row give a new question, in words:
/// "1 day the first time, then 3 days, 7.5 days".
fn waits(rating: Rating, count: usize) -> String {
    let waits: Vec<String> = waits_in_a_row(rating, count)
        .into_iter()
        .map(days)
        .collect();
    match waits.split_first() {
        Some((first, rest)) => format!("{first} the first time, then {}", rest.join(", ")),
        None => String::new(),
    }
}

/// A small count in words, as a sentence says it ("five"); larger ones in figures.
fn count_in_words(count: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(count)
        .map_or_else(|| count.to_string(), |word| word.to_string())
}

/// "five “Good” answers in a row": how a new question gets learned with `rating`.
fn to_learn(rating: Rating) -> String {
    let count = ratings_to_learn(rating).map_or("no number of".to_string(), count_in_words);
    format!("{count} “{}” answers in a row", rating_name(rating))
}

/// What "learned" means, where the progress counts it.
pub fn learned_meaning() -> String {
    format!(
        "“Learned” means the drill will wait {} or more before asking the question again: {} \
         get a new question there, or {}. An “Again” starts the count over.",
        days(LEARNED_DAYS),
        to_learn(Rating::Good),
        to_learn(Rating::Easy)
    )
}

/// How the drill works, in a few sentences with the schedule's own numbers.
fn how_it_works() -> Html {
    html! {
        <details class="drill-how" data-testid="drill-how">
            <summary>{ "How the drill works" }</summary>
            <p>
                { "The drill asks the questions that are due, one at a time: first those whose \
                   wait is over (the longest overdue first), then those it never asked. It draws \
                   only from the questions the filters above let through." }
            </p>
            <p>
                { "Once you have seen the answer, say how well you knew it. That sets how long \
                   the drill waits before it asks again: " }
                <strong>{ "Again" }</strong>
                { format!(" asks it again {}; ", wait_in_words(Progress::default().due_if_rated("", Rating::Again, 0.0))) }
                <strong>{ "Good" }</strong>
                { format!(" waits {}, longer each time you know it again; ", waits(Rating::Good, 4)) }
                <strong>{ "Easy" }</strong>{ format!(" waits {}.", waits(Rating::Easy, 3)) }
            </p>
            <p>{ learned_meaning() }</p>
            <p>{ "Your progress stays in this browser; download it to keep a copy." }</p>
        </details>
    }
}

pub fn drill_view(bank: &UseReducerHandle<Bank>) -> Html {
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
                let wait = bank.progress.due_if_rated(&id, rating, bank.now_ms) - bank.now_ms;
                let onclick = Callback::from(move |_: MouseEvent| {
                    bank.dispatch(BankAction::Rate(id.clone(), rating, now_ms()))
                });
                (
                    onclick,
                    format!(
                        "{}: asks again {}",
                        rating_name(rating),
                        wait_in_words(wait)
                    ),
                )
            };
            let reveal = {
                let bank = bank.clone();
                Callback::from(move |_: MouseEvent| bank.dispatch(BankAction::RevealDrill))
            };
            let [(again, again_text), (good, good_text), (easy, easy_text)] =
                [Rating::Again, Rating::Good, Rating::Easy].map(rate);
            html! {
                <div class="drill-card" data-testid="drill-card" data-question={question.id.clone()}>
                    <p class="question-meta">{ level_badge(question.level) }</p>
                    <p class="question-text" data-testid="drill-question">{ super::inline(&question.question) }</p>
                    if bank.drill_revealed {
                        { answer_view(question, &bank.to_query()) }
                        <p class="rate" role="group" aria-label="How well did you know it?">
                            <button data-testid="rate-again" onclick={again}>{ again_text }</button>
                            <button data-testid="rate-good" onclick={good}>{ good_text }</button>
                            <button data-testid="rate-easy" onclick={easy}>{ easy_text }</button>
                        </p>
                    } else {
                        <button class="primary" data-testid="drill-reveal" onclick={reveal}>{ "Show the answer" }</button>
                    }
                </div>
            }
        }
        None => {
            let when = match bank.progress.next_due_ms(&shown) {
                Some(due) => wait_in_words(due - bank.now_ms),
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
            <p class="hint" data-testid="drill-meaning">
                { "A question is due when the wait the drill chose for it is over; you set that \
                   wait each time you say how well you knew the answer." }
            </p>
            { how_it_works() }
            { rated_view(bank) }
            { body }
        </section>
    }
}

/// What the last rating did: "You rated “…” Good: the drill asks it again in 3 days."
fn rated_view(bank: &Bank) -> Html {
    let Some((id, rating)) = &bank.last_rated else {
        return Html::default();
    };
    let (Some(question), Some(card)) = (curriculum().question(id), bank.progress.cards.get(id))
    else {
        return Html::default();
    };
    html! {
        <p class="drill-rated" data-testid="drill-rated" role="status">
            { "You rated “" }{ super::inline(&question.question) }
            { format!("” {}: the drill asks it again {}.", rating_name(*rating), wait_in_words(card.due_ms - bank.now_ms)) }
        </p>
    }
}

/// When a question the learner drilled is due again, for the list: "due again in 3 days".
pub fn due_badge(bank: &Bank, id: &str) -> Html {
    let Some(card) = bank.progress.cards.get(id) else {
        return Html::default();
    };
    let due = match card.due_ms - bank.now_ms {
        wait if wait <= 0.0 => "due now".to_string(),
        wait => format!("due again {}", wait_in_words(wait)),
    };
    let learned = card.interval_days >= LEARNED_DAYS;
    html! {
        <span class="question-due" data-testid="question-due">
            { if learned { format!("learned · {due}") } else { due } }
        </span>
    }
}

pub fn progress_view(bank: &UseReducerHandle<Bank>) -> Html {
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
            <p class="hint" data-testid="learned-meaning">{ learned_meaning() }</p>
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
