//! The code editor: a plain `<textarea>` (so typing, selection, undo and screen readers work
//! as everywhere) over a coloured copy of its text, with line numbers beside it. The playground,
//! the capstones and the compare page use it.
//!
//! The textarea scrolls itself (so the caret always stays in view), and the coloured copy and
//! the line numbers follow its scroll. Its own keys (Tab, Shift+Tab, Enter, Ctrl+Enter) are
//! [`code_keys`]'s pure edits, handed to the browser as one insertion each so that its undo
//! takes each back in one step.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::code_keys::{self, EditKey, byte_to_utf16, utf16_to_byte};
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
    /// What Ctrl+Enter (Cmd+Enter) does: run the program, where the page runs one.
    #[prop_or_default]
    pub on_run: Option<Callback<()>>,
    /// A line to keep in view (the line the running task is at, while a run is stepped
    /// through): when it changes and is out of view, the code scrolls to it.
    #[prop_or_default]
    pub follow_line: Option<u32>,
}

/// How many lines the textarea shows for `text`: a final newline opens a last, empty line, so
/// it counts too (the gutter and the text stay aligned).
pub fn line_count(text: &str) -> usize {
    text.split('\n').count().max(1)
}

#[wasm_bindgen]
extern "C" {
    /// The browser's own editing command: unlike setting the textarea's value, an insertion
    /// made this way goes on the browser's undo stack.
    #[wasm_bindgen(js_namespace = document, js_name = execCommand)]
    fn exec_command(command: &str, show_ui: bool, value: &str) -> bool;
}

#[component]
pub fn CodeEditor(props: &CodeEditorProps) -> Html {
    // How far the text is scrolled (sideways, down), so the layers beside and behind follow.
    let scroll = use_state(|| (0, 0));
    let on_scroll = {
        let scroll = scroll.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                scroll.set((area.scroll_left(), area.scroll_top()));
            }
        })
    };
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                on_input.emit(area.value());
            }
        })
    };
    // Escape lets the next Tab leave the editor, as accessible code editors do: Tab indents
    // otherwise, and a keyboard user would be stuck in the editor.
    let tab_leaves = use_mut_ref(|| false);
    let on_keydown = on_keydown(tab_leaves, props.on_run.clone(), props.on_input.clone());
    let colours = use_memo(props.value.clone(), |value| {
        html! {
            { for highlight::spans(value).into_iter().map(|(kind, text)| match kind {
                highlight::Kind::Plain => html! { { text } },
                kind => html! { <span class={kind.class()}>{ text }</span> },
            }) }
        }
    });
    let lines = line_count(&props.value);
    let rows = lines.max(props.min_rows);
    let gutter = props
        .gutter
        .clone()
        .unwrap_or_else(|| html! { { for (1..=lines).map(|n| html! { <li>{ n }</li> }) } });
    // Stepping through a run keeps the running task's line in view (a web API: an effect).
    let area_ref = use_node_ref();
    {
        let area_ref = area_ref.clone();
        use_effect_with(props.follow_line, move |line| {
            if let (Some(line), Some(area)) = (*line, area_ref.cast::<HtmlTextAreaElement>()) {
                scroll_line_into_view(&area, line);
            }
        });
    }
    let (left, top) = *scroll;
    let keys_id = format!("{}-keys", props.testid);
    let keys = match props.on_run {
        Some(_) => {
            "Tab indents, Shift+Tab dedents, Ctrl+Enter runs; Esc then Tab leaves the editor."
        }
        None => "Tab indents, Shift+Tab dedents; Esc then Tab leaves the editor.",
    };
    html! {
        <>
            <div class="editor" style={format!("--rows: {rows}")}>
                <div class="gutter-clip" aria-hidden="true">
                    <ol class="gutter" style={format!("transform: translateY(-{top}px)")}>{ gutter }</ol>
                </div>
                <div class="code-layers">
                    <pre class="highlight" aria-hidden="true"
                        style={format!("transform: translate(-{left}px, -{top}px)")}>
                        { (*colours).clone() }
                        { "\n" }
                    </pre>
                    <textarea
                        data-testid={props.testid.clone()}
                        aria-label={props.label.clone()}
                        aria-describedby={keys_id.clone()}
                        spellcheck="false"
                        autocomplete="off"
                        rows={rows.to_string()}
                        value={props.value.clone()}
                        oninput={on_input}
                        onkeydown={on_keydown}
                        onscroll={on_scroll}
                        ref={area_ref}
                    />
                </div>
            </div>
            <p class="hint editor-keys" id={keys_id.clone()} data-testid={keys_id} title={keys}>{ keys }</p>
        </>
    }
}

/// Scrolls the textarea so that `line` (1-based) is in view, a third of the way down, unless
/// it already is (the scroll event then moves the gutter and the colours along).
fn scroll_line_into_view(area: &HtmlTextAreaElement, line: u32) {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(area).ok().flatten())
    else {
        return;
    };
    let px = |name: &str| {
        style
            .get_property_value(name)
            .ok()
            .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
    };
    let (Some(line_height), Some(padding)) = (px("line-height"), px("padding-top")) else {
        return;
    };
    let top = padding + f64::from(line.saturating_sub(1)) * line_height;
    let (scrolled, height) = (
        f64::from(area.scroll_top()),
        f64::from(area.client_height()),
    );
    if top < scrolled || top + line_height > scrolled + height {
        area.set_scroll_top((top - height / 3.0).max(0.0) as i32);
    }
}

/// The editor's own keys; every other key types as usual.
fn on_keydown(
    tab_leaves: Rc<RefCell<bool>>,
    on_run: Option<Callback<()>>,
    on_input: Callback<String>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let key = event.key();
        if event.is_composing() || matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            return;
        }
        // Escape arms the next key only: any other key disarms it.
        let leaving = std::mem::replace(&mut *tab_leaves.borrow_mut(), key == "Escape");
        let command = event.ctrl_key() || event.meta_key();
        let edit_key = match key.as_str() {
            "Enter" if command => {
                if let Some(run) = &on_run {
                    event.prevent_default();
                    run.emit(());
                }
                return;
            }
            "Tab" if leaving || command || event.alt_key() => return,
            "Tab" if event.shift_key() => EditKey::ShiftTab,
            "Tab" => EditKey::Tab,
            "Enter" if !event.alt_key() => EditKey::Enter,
            _ => return,
        };
        event.prevent_default();
        if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
            apply(&area, edit_key, &on_input);
        }
    })
}

/// Makes the edit `key` means in `area`, as one step of the browser's undo history.
fn apply(area: &HtmlTextAreaElement, key: EditKey, on_input: &Callback<String>) {
    let text = area.value();
    let (Ok(Some(start)), Ok(Some(end))) = (area.selection_start(), area.selection_end()) else {
        return;
    };
    let selection = utf16_to_byte(&text, start as usize)..utf16_to_byte(&text, end as usize);
    let Some(edit) = code_keys::edit(&text, selection, key) else {
        return;
    };
    let at = |text: &str, offset: usize| byte_to_utf16(text, offset) as u32;
    let _ = area.set_selection_range(at(&text, edit.replace.start), at(&text, edit.replace.end));
    // The insertion fires the textarea's input event, which tells the page.
    let inserted = match edit.insert.is_empty() {
        true => exec_command("delete", false, ""),
        false => exec_command("insertText", false, &edit.insert),
    };
    let edited = edit.apply(&text);
    if !inserted {
        // A browser without the command: the edit still happens, without its own undo step.
        area.set_value(&edited);
        on_input.emit(edited.clone());
    }
    let _ = area.set_selection_range(at(&edited, edit.select.start), at(&edited, edit.select.end));
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
