//! The course's prose as the content files write it: paragraphs split by blank lines, `code`
//! in backticks.

use yew::prelude::*;

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
