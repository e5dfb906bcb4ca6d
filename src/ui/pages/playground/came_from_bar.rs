//! The bar above the playground's panes for a program opened from the course: what it belongs
//! to (see [`crate::ui::came_from`]), the way back, and a lesson's edits to try on it.

use yew::prelude::*;

use crate::curriculum::curriculum;
use crate::ui::Route;
use crate::ui::came_from::CameFrom;
use crate::ui::nav::NavLink;
use crate::ui::pages::lessons::{inline, try_list};

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
