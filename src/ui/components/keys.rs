//! The keyboard shortcuts of the pages that play a run, listened for on the whole document
//! while such a page is shown. A key means a [`Shortcut`]; each page says what a shortcut does
//! to its own state (the compare page has no loop iterations of its own, so it skips those).

use super::playback::Control;
use super::viewport::{WindowChange, ZOOM_STEP};

/// What a shortcut key asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shortcut {
    /// Play or pause, a step forward or back, back to the start, on to the end.
    Playback(Control),
    NextIteration,
    PreviousIteration,
    /// Zoom the timeline, or fit it to the whole run.
    Window(WindowChange),
    /// To the next (`n`) or previous (`p`) moment of what the page looks for.
    NextMoment,
    PreviousMoment,
}

/// The shortcut for a key press, if it is one.
pub fn shortcut(key: &str, shift: bool) -> Option<Shortcut> {
    Some(match (key, shift) {
        (" ", _) => Shortcut::Playback(Control::TogglePlay),
        ("ArrowRight", false) => Shortcut::Playback(Control::Step),
        ("ArrowLeft", false) => Shortcut::Playback(Control::StepBack),
        ("ArrowRight", true) => Shortcut::NextIteration,
        ("ArrowLeft", true) => Shortcut::PreviousIteration,
        ("Home", _) => Shortcut::Playback(Control::Reset),
        ("End", _) => Shortcut::Playback(Control::End),
        ("+" | "=", _) => Shortcut::Window(WindowChange::Zoom {
            factor: ZOOM_STEP,
            around: None,
        }),
        ("-", _) => Shortcut::Window(WindowChange::Zoom {
            factor: 1.0 / ZOOM_STEP,
            around: None,
        }),
        ("0", _) => Shortcut::Window(WindowChange::Fit),
        ("n", false) => Shortcut::NextMoment,
        ("p", false) => Shortcut::PreviousMoment,
        _ => return None,
    })
}

#[cfg(target_arch = "wasm32")]
pub struct Listener(wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>);

#[cfg(target_arch = "wasm32")]
impl Drop for Listener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document
                .remove_event_listener_with_callback("keydown", self.0.as_ref().unchecked_ref());
        }
    }
}

/// Whether a key pressed on the focused element is that element's to handle, not a shortcut:
/// every key in a field (`tag` as the DOM spells it: `TEXTAREA`, `INPUT`, `SELECT`, or
/// `editable` content), and Space and Enter on anything they press (a button, a link, a
/// summary, a checkbox, or an element playing such a `role`), which must do what they do
/// everywhere: Space on a focused Run runs.
pub fn belongs_to_focused(key: &str, tag: &str, role: Option<&str>, editable: bool) -> bool {
    let field = editable || matches!(tag, "TEXTAREA" | "INPUT" | "SELECT");
    let pressable = matches!(tag, "BUTTON" | "A" | "SUMMARY")
        || matches!(
            role,
            Some(
                "button" | "link" | "checkbox" | "switch" | "radio" | "tab" | "menuitem" | "option"
            )
        );
    field || (pressable && matches!(key, " " | "Enter"))
}

#[cfg(target_arch = "wasm32")]
pub fn listen(dispatch: impl Fn(Shortcut) + 'static) -> Option<Listener> {
    use wasm_bindgen::JsCast;
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
        move |event: web_sys::KeyboardEvent| {
            let key = event.key();
            let focused = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|e| {
                    let role = e.get_attribute("role");
                    belongs_to_focused(
                        &key,
                        &e.tag_name(),
                        role.as_deref(),
                        e.is_content_editable(),
                    )
                });
            if focused || event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            if let Some(shortcut) = shortcut(&key, event.shift_key()) {
                // Keeps the space bar from scrolling the page as well.
                event.prevent_default();
                dispatch(shortcut);
            }
        },
    );
    let document = web_sys::window()?.document()?;
    document
        .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener(closure))
}

/// Natively (server-side rendering) there is no document to listen on.
#[cfg(not(target_arch = "wasm32"))]
pub struct Listener;

#[cfg(not(target_arch = "wasm32"))]
pub fn listen(_dispatch: impl Fn(Shortcut) + 'static) -> Option<Listener> {
    None
}
