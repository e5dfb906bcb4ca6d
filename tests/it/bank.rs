//! The question bank keeps its place in its address (filters, open answers in the order they
//! were opened), and the drill explains itself with its schedule's own numbers.

use std::rc::Rc;

use looplab::curriculum::drill::{
    DAY_MS, MINUTE_MS, Progress, Rating, ratings_to_learn, wait_in_words, waits_in_a_row,
};
use looplab::curriculum::{Level, curriculum};
use looplab::ui::pages::interview::{Bank, BankAction, InterviewPage, InterviewProps};
use yew::Reducible;

use crate::common::render_component;

#[test]
fn the_banks_filters_and_open_answers_make_its_address_and_come_back_from_it() {
    let questions = &curriculum().questions;
    let (first, second) = (&questions[1].id, &questions[0].id);
    let bank = Rc::new(Bank::default())
        .reduce(BankAction::SetLevel(Some(Level::Mid)))
        .reduce(BankAction::SetTopic(Some(questions[0].topics[0].clone())))
        .reduce(BankAction::Search("two words".to_string()))
        .reduce(BankAction::ToggleAnswer(first.clone()))
        .reduce(BankAction::ToggleAnswer(second.clone()));
    let query = bank.to_query();
    assert_eq!(
        query,
        format!(
            "level=mid&topic={}&search=two%20words&open={first}%2C{second}",
            looplab::ui::query::percent_encode(&questions[0].topics[0])
        )
    );
    // Read back: the same filters, the answers in the order they were opened.
    let back = Bank::default().with_query(&query);
    assert_eq!(
        (&back.level, &back.topic, &back.search, &back.revealed),
        (&bank.level, &bank.topic, &bank.search, &bank.revealed)
    );
    assert_eq!(back.revealed.last(), Some(second));
    // Closing an answer takes it out; all filters cleared, nothing is left to say.
    let cleared = bank
        .reduce(BankAction::Address(String::new()))
        .reduce(BankAction::ToggleAnswer(first.clone()))
        .reduce(BankAction::ToggleAnswer(first.clone()));
    assert_eq!(cleared.to_query(), "");
    // What is not a level, topic or question of the bank is left out.
    let odd = Bank::default().with_query("level=junior&topic=nothing&open=no-such,x&other=1");
    assert_eq!(odd.to_query(), "");
}

#[test]
fn the_bank_page_opens_as_its_address_says() {
    let question = &curriculum().questions[0];
    let page = render_component::<InterviewPage>(InterviewProps {
        query: format!("level=mid&open={}", question.id),
    });
    assert!(page.contains(r#"<option value="mid" selected"#), "{page}");
    assert_eq!(page.matches(r#"data-testid="answer""#).count(), 1);
    assert!(page.contains(&format!(r#"id="question-{}""#, question.id)));
}

#[test]
fn the_drill_says_its_waits_in_words() {
    assert_eq!(wait_in_words(-1.0), "now");
    assert_eq!(wait_in_words(MINUTE_MS), "in 1 minute");
    assert_eq!(wait_in_words(90.0 * MINUTE_MS), "in 2 hours");
    assert_eq!(wait_in_words(DAY_MS), "in 1 day");
    assert_eq!(wait_in_words(2.5 * DAY_MS), "in 3 days");
    // The schedule the page explains.
    assert_eq!(waits_in_a_row(Rating::Good, 4), [1.0, 3.0, 7.5, 18.75]);
    assert_eq!(waits_in_a_row(Rating::Easy, 1), [4.0]);
    assert_eq!(ratings_to_learn(Rating::Good), Some(5));
    assert_eq!(ratings_to_learn(Rating::Easy), Some(3));
    assert_eq!(ratings_to_learn(Rating::Again), None);
    // What a rate button promises is what rating does.
    let mut progress = Progress::default();
    let promised = progress.due_if_rated("q", Rating::Good, 1000.0);
    progress.rate("q", Rating::Good, 1000.0);
    assert_eq!(progress.cards["q"].due_ms, promised);
    assert_eq!(
        progress.due_if_rated("q", Rating::Good, 1000.0),
        1000.0 + 3.0 * DAY_MS
    );
}

#[test]
fn the_drill_page_explains_due_and_learned_and_names_the_last_rating() {
    let page = render_component::<InterviewPage>(InterviewProps::default());
    for hook in ["drill-meaning", "drill-how", "learned-meaning"] {
        assert!(page.contains(&format!(r#"data-testid="{hook}""#)), "{hook}");
    }
    assert!(page.contains("five “Good” answers in a row"), "{page}");
    let bank = Rc::new(Bank::default());
    let id = bank.drill_question().expect("a question").id.clone();
    let rated = bank.reduce(BankAction::Rate(id.clone(), Rating::Easy, 0.0));
    assert_eq!(rated.last_rated, Some((id, Rating::Easy)));
}
