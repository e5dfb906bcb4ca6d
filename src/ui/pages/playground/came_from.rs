//! Where a program opened in the playground came from: a lesson, a capstone, or a question of
//! the interview bank. The playground says so in a bar above its panes, with the way back and,
//! for a lesson, the edits the lesson suggests trying on this very program. It travels in the
//! address's query (`#/run/021_gather?lesson=await-vs-gather`), so editing the program keeps
//! it, a reload keeps it, and a shared link carries it.

use yew::prelude::*;

use super::super::lessons::{inline, try_list};
use crate::curriculum::curriculum;
use crate::ui::nav::NavLink;
use crate::ui::{Route, query};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameFrom {
    /// The lesson with this id.
    Lesson(String),
    /// The capstone with this id (the learner's solution in its world).
    Capstone(String),
    /// A question's "show me": the question's id, and the bank's query (its filters and open
    /// answers) to go back to.
    Question { id: String, bank: String },
}

impl CameFrom {
    /// Where the query of the playground's address says the program came from, if it says.
    pub fn from_query(text: &str) -> Option<CameFrom> {
        let pairs = query::parse(text);
        let named = |key| query::value(&pairs, key).filter(|id| !id.is_empty());
        if let Some(id) = named("lesson") {
            Some(CameFrom::Lesson(id.to_string()))
        } else if let Some(id) = named("capstone") {
            Some(CameFrom::Capstone(id.to_string()))
        } else {
            named("question").map(|id| CameFrom::Question {
                id: id.to_string(),
                bank: query::value(&pairs, "bank").unwrap_or_default().to_string(),
            })
        }
    }

    /// The query that says it, for a link into the playground.
    pub fn to_query(&self) -> String {
        match self {
            CameFrom::Lesson(id) => query::encode(&[("lesson", id)]),
            CameFrom::Capstone(id) => query::encode(&[("capstone", id)]),
            CameFrom::Question { id, bank } => query::encode(&[("question", id), ("bank", bank)]),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CameFromProps {
    pub came_from: CameFrom,
}

/// The bar above the playground's panes: what the program belongs to, the way back, and for
/// a lesson its "try this" edits, folded so the panes keep the screen.
#[component]
pub fn CameFromBar(props: &CameFromProps) -> Html {
    let curriculum = curriculum();
    let (title, back, back_query, label, tries) = match &props.came_from {
        CameFrom::Lesson(id) => {
            let Some(lesson) = curriculum.lesson(id) else {
                return Html::default();
            };
            let title =
                html! { <>{ format!("Lesson {}: ", lesson.number) }{ inline(&lesson.title) }</> };
            let back = Route::Lesson { id: id.clone() };
            (
                title,
                back,
                String::new(),
                "← Back to the lesson",
                Some(&lesson.tries),
            )
        }
        CameFrom::Capstone(id) => {
            let Some(capstone) = curriculum.capstone(id) else {
                return Html::default();
            };
            // Its title says it is a capstone ("Capstone: an async web crawler").
            let title = inline(&capstone.title);
            let back = Route::Capstone { id: id.clone() };
            (title, back, String::new(), "← Back to the capstone", None)
        }
        CameFrom::Question { id, bank } => {
            let Some(question) = curriculum.question(id) else {
                return Html::default();
            };
            let title = html! { <>{ "Interview question: " }{ inline(&question.question) }</> };
            (
                title,
                Route::Interview,
                bank.clone(),
                "← Back to the question",
                None,
            )
        }
    };
    html! {
        <section class="came-from" aria-label="Where this program comes from" data-testid="came-from">
            <NavLink to={back} current={Route::Playground} query={back_query} class="came-from-back"
                testid="came-from-back">{ label }</NavLink>
            <p class="came-from-title" data-testid="came-from-title">{ title }</p>
            if let Some(tries) = tries.filter(|tries| !tries.is_empty()) {
                <details class="came-from-tries" data-testid="came-from-tries">
                    <summary>{ format!("Try this: {} edit{} to make here", tries.len(), if tries.len() == 1 { "" } else { "s" }) }</summary>
                    <div class="came-from-tries-list">
                        <p class="hint">{ "Change the program in the editor and run it again: each edit says what to look for." }</p>
                        { try_list(tries, "came-from-try") }
                    </div>
                </details>
            }
        </section>
    }
}
