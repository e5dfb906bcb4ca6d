//! The playground's state kept while the learner is on another page, so that coming back
//! shows the same program, run and moment (paused) without running it again. Each page keeps
//! its own: the playground's, and each opened program's (a lesson's, a link's, a capstone's),
//! told apart by what opened it. Kept in memory for the session; the editor's text also goes
//! to the browser's storage, the run does not.

use std::cell::RefCell;

use yew::prelude::*;

use super::Opened;
use super::state::Playground;

/// How many pages keep their run: a run may hold hundreds of thousands of events.
const PAGES_KEPT: usize = 8;

thread_local! {
    /// The pages' states, the most recently shown last.
    static KEPT: RefCell<Vec<(Option<Opened>, Playground)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the state of the page `page` opened (None: the playground itself).
pub fn keep(page: &Option<Opened>, state: &Playground) {
    KEPT.with_borrow_mut(|kept| {
        kept.retain(|(kept_page, _)| kept_page != page);
        if kept.len() == PAGES_KEPT {
            kept.remove(0);
        }
        kept.push((page.clone(), state.clone()));
    });
}

/// The state the page `page` opened had when last shown, paused, if it had a run (without
/// one, the text alone is in the browser's storage, and an opened program runs afresh).
pub fn recall(page: &Option<Opened>) -> Option<Playground> {
    KEPT.with_borrow(|kept| {
        kept.iter()
            .find(|(kept_page, _)| kept_page == page)
            .filter(|(_, state)| state.run.is_some())
            .map(|(_, state)| state.recalled())
    })
}

/// The page's state: what it had when last shown if it was (then `true`), or `fresh`. Kept
/// again after every change.
#[hook]
pub fn use_kept_playground(
    page: &Option<Opened>,
    fresh: impl FnOnce() -> Playground + 'static,
) -> (UseReducerHandle<Playground>, bool) {
    let recalled = use_mut_ref(|| false);
    let playground = {
        let (page, recalled) = (page.clone(), recalled.clone());
        use_reducer(move || match recall(&page) {
            Some(state) => {
                *recalled.borrow_mut() = true;
                state
            }
            None => fresh(),
        })
    };
    {
        let (page, playground) = (page.clone(), playground.clone());
        use_effect(move || keep(&page, &playground));
    }
    let recalled = *recalled.borrow();
    (playground, recalled)
}
