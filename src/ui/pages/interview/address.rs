//! The question bank's filters and open answers in the page's address
//! (`#/interview?level=mid&topic=gather&open=a,b`): a link shares them, and Back from a
//! question's "show me" (or from any page) brings the bank back as it was left.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use super::{Bank, BankAction};
use crate::curriculum::{Level, curriculum};
use crate::ui::{Route, query};

impl Bank {
    /// The bank as the query `text` of its address describes it (what is not a level, topic or
    /// question of the bank is left out), keeping everything else as it is.
    pub fn with_query(&self, text: &str) -> Bank {
        let pairs = query::parse(text);
        let questions = &curriculum().questions;
        let named = |key| query::value(&pairs, key).unwrap_or_default();
        let level = Level::ALL
            .into_iter()
            .find(|level| level.name() == named("level"));
        let topic = Some(named("topic"))
            .filter(|topic| {
                questions
                    .iter()
                    .any(|q| q.topics.iter().any(|t| t == topic))
            })
            .map(str::to_string);
        let revealed = named("open")
            .split(',')
            .filter(|id| curriculum().question(id).is_some())
            .map(str::to_string)
            .collect();
        Bank {
            level,
            topic,
            search: named("search").to_string(),
            revealed,
            ..self.clone()
        }
    }

    /// The query of the bank's address: its filters, and the answers open in the order they
    /// were opened ("" when there is nothing to say).
    pub fn to_query(&self) -> String {
        query::encode(&[
            ("level", self.level.map_or("", |level| level.name())),
            ("topic", self.topic.as_deref().unwrap_or_default()),
            ("search", &self.search),
            ("open", &self.revealed.join(",")),
        ])
    }
}

/// Keeps the bank and its address (whose query is `address`) in step: a change on the page
/// replaces the address (Back then leaves the page rather than undoing a filter), and an
/// address changed from outside (typed, or a link) changes the bank.
#[hook]
pub fn use_bank_address(bank: &UseReducerHandle<Bank>, address: &str) {
    let navigator = use_navigator();
    // The query the page last read from its address or wrote to it.
    let known = use_mut_ref(|| address.to_string());
    let state = bank.to_query();
    let bank = bank.clone();
    use_effect_with((state, address.to_string()), move |(state, address)| {
        let mut known = known.borrow_mut();
        if *address != *known {
            *known = address.clone();
            bank.dispatch(BankAction::Address(address.clone()));
        } else if state != address {
            *known = state.clone();
            if let Some(navigator) = navigator {
                match state.as_str() {
                    "" => navigator.replace(&Route::Interview),
                    state => {
                        let Ok(()) = navigator.replace_with_query(&Route::Interview, Raw(state));
                    }
                }
            }
        }
    });
}
