//! The code editor: a plain `<textarea>` (so typing, selection, undo and screen readers work
//! as everywhere) over a coloured copy of its text, with line numbers beside it. The playground
//! and the compare page use it.

use yew::prelude::*;

use super::highlight;

#[derive(Properties, PartialEq)]
pub struct CodeEditorProps {
    pub value: AttrValue,
    /// Called with the whole new text at each edit.
    pub on_input: Callback<String>,
    /// The textarea's `data-testid`.
    pub testid: AttrValue,
    /// The textarea's accessible name.
    pub label: AttrValue,
    /// The line numbers, if the page marks lines (the playground marks each task's line);
    /// plain numbers otherwise. Either way one `<li>` per line of [`line_count`].
    #[prop_or_default]
    pub gutter: Option<Html>,
    /// The editor is at least this many lines tall.
    #[prop_or(12)]
    pub min_rows: usize,
}

/// How many lines the textarea shows for `text`: a final newline opens a last, empty line, so
/// it counts too (the gutter and the text stay aligned).
pub fn line_count(text: &str) -> usize {
    text.split('\n').count().max(1)
}

#[component]
pub fn CodeEditor(props: &CodeEditorProps) -> Html {
    // How far the text is scrolled sideways, so the coloured layer behind it follows.
    let scroll_left = use_state(|| 0);
    let on_scroll = {
        let scroll_left = scroll_left.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                scroll_left.set(area.scroll_left());
            }
        })
    };
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                on_input.emit(area.value());
            }
        })
    };
    let lines = line_count(&props.value);
    let rows = lines.max(props.min_rows);
    let gutter = props
        .gutter
        .clone()
        .unwrap_or_else(|| html! { { for (1..=lines).map(|n| html! { <li>{ n }</li> }) } });
    html! {
        <div class="editor">
            <ol class="gutter" aria-hidden="true">{ gutter }</ol>
            <div class="code-layers">
                <pre class="highlight" aria-hidden="true"
                    style={format!("transform: translateX(-{}px)", *scroll_left)}>
                    { for highlight::spans(&props.value).into_iter().map(|(kind, text)| match kind {
                        highlight::Kind::Plain => html! { { text } },
                        kind => html! { <span class={kind.class()}>{ text }</span> },
                    }) }
                    { "\n" }
                </pre>
                <textarea
                    data-testid={props.testid.clone()}
                    aria-label={props.label.clone()}
                    spellcheck="false"
                    autocomplete="off"
                    rows={rows.to_string()}
                    style={format!("--rows: {rows}")}
                    value={props.value.clone()}
                    oninput={on_input}
                    onscroll={on_scroll}
                />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedVersionNoteProps {
    /// Whether one program or a pair: the note's words follow.
    pub pair: bool,
    pub on_restore: Callback<MouseEvent>,
    pub on_keep: Callback<MouseEvent>,
}

/// Above an opened program (a lesson's, a shared link's) the learner changed on an earlier
/// visit: their version, offered back; the page shows the program as the link gives it.
#[component]
pub fn SavedVersionNote(props: &SavedVersionNoteProps) -> Html {
    let (said, restore, keep) = if props.pair {
        (
            "You changed these programs on an earlier visit. These are the programs as the link gives them.",
            "Bring back my versions",
            "Keep these",
        )
    } else {
        (
            "You changed this program on an earlier visit. This is the program as the link gives it.",
            "Bring back my version",
            "Keep this one",
        )
    };
    html! {
        <div class="saved-edit" role="note" data-testid="saved-edit">
            <span>{ said }</span>
            <button data-testid="saved-edit-restore" onclick={props.on_restore.clone()}>{ restore }</button>
            <button data-testid="saved-edit-dismiss" onclick={props.on_keep.clone()}>{ keep }</button>
        </div>
    }
}
