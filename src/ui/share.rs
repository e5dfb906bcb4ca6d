//! Programs in links. A teacher shares exactly what is on the projector, a learner sends a
//! puzzling run to a friend: the link carries the program's text itself (deflated, in URL-safe
//! base64, in the URL's fragment), so no server stores anything and the link works offline
//! from the static files like every other page.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use yew::prelude::*;

/// The first character of a packed program: the format, so a later one can be told apart.
const FORMAT: char = 'z';

/// The longest program a link may unpack to. A link is text anyone can craft; this keeps a
/// small one from inflating into a page-freezing size.
pub const MAX_PROGRAM_BYTES: usize = 1 << 20;

/// `source`, packed for a URL: only `A-Z a-z 0-9 - _` after the format letter.
pub fn pack(source: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(source.as_bytes(), 9);
    format!("{FORMAT}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// The program a packed link holds, or what is wrong with the link, in words for the learner.
pub fn unpack(code: &str) -> Result<String, String> {
    let Some(body) = code.strip_prefix(FORMAT) else {
        return Err("this link was not made by Looplab's Share button".to_string());
    };
    let garbled = || "the link is cut short or garbled; copy it again, whole".to_string();
    let deflated = URL_SAFE_NO_PAD.decode(body).map_err(|_| garbled())?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_PROGRAM_BYTES)
        .map_err(|error| match error.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => format!(
                "the program in this link is longer than {} KiB",
                MAX_PROGRAM_BYTES / 1024
            ),
            _ => garbled(),
        })?;
    String::from_utf8(bytes).map_err(|_| garbled())
}

/// A short name for a shared program, the same for the same text: the learner's edits of it
/// are kept under this name, apart from other links' programs.
pub fn name(code: &str) -> String {
    // FNV-1a: stable across builds and platforms, unlike std's hasher.
    let hash = code.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("shared-{hash:016x}")
}

/// The absolute URL of a page of this app (`href` is a fragment such as `#/shared/...`): the
/// address a learner can paste anywhere. Natively (server rendering) there is no address, and
/// the fragment stands alone.
pub fn absolute(href: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(location) = web_sys::window().map(|window| window.location())
        && let (Ok(origin), Ok(path)) = (location.origin(), location.pathname())
    {
        return format!("{origin}{path}{href}");
    }
    href.to_string()
}

/// A moment of a run the learner marked, with an optional short label: a link carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmark {
    /// The position it marks: just after this many events.
    pub position: usize,
    /// What the learner called it (empty: no label).
    pub label: String,
}

/// The most characters a bookmark's label keeps: a name, not a note.
pub const LABEL_CHARS: usize = 40;

/// The most bookmarks a link carries.
pub const MAX_BOOKMARKS: usize = 100;

/// Bookmarks, packed for a link: `12~40.TEXT~57`, each an event number, then `.` and its label
/// in URL-safe base64 if it has one. Every character is one a URL keeps as it is, so the link
/// reads the same in any chat app.
pub fn pack_bookmarks(bookmarks: &[Bookmark]) -> String {
    let packed: Vec<String> = bookmarks
        .iter()
        .map(|bookmark| match bookmark.label.is_empty() {
            true => bookmark.position.to_string(),
            false => format!(
                "{}.{}",
                bookmark.position,
                URL_SAFE_NO_PAD.encode(&bookmark.label)
            ),
        })
        .collect();
    packed.join("~")
}

/// The bookmarks a link carries (in order of position, one per position), or what is wrong
/// with them, in words for the learner.
pub fn unpack_bookmarks(packed: &str) -> Result<Vec<Bookmark>, String> {
    let garbled = || "the bookmarks in it are cut short or garbled; copy it again, whole";
    let mut bookmarks: Vec<Bookmark> = Vec::new();
    for mark in packed.split('~') {
        let (number, label) = mark.split_once('.').unwrap_or((mark, ""));
        let position = number.parse().map_err(|_| garbled())?;
        let label = URL_SAFE_NO_PAD
            .decode(label)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or_else(garbled)?;
        bookmarks.push(Bookmark {
            position,
            label: label.chars().take(LABEL_CHARS).collect(),
        });
    }
    bookmarks.sort_by_key(|bookmark| bookmark.position);
    bookmarks.dedup_by_key(|bookmark| bookmark.position);
    match bookmarks.len() > MAX_BOOKMARKS {
        true => Err(format!("it carries more than {MAX_BOOKMARKS} bookmarks")),
        false => Ok(bookmarks),
    }
}

/// A link to the same thing at the moment shown now, offered beside the plain one.
#[derive(Debug, Clone, PartialEq)]
pub struct MomentLink {
    /// The moment in words: "event 57 of 109, t = 1.0".
    pub label: String,
    pub href: String,
}

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// The link to share (a fragment such as `#/shared/...`).
    pub href: AttrValue,
    /// What the link opens, as the box says it: "this program", "this pair".
    pub what: AttrValue,
    /// The link that opens it at this moment, if there is one.
    #[prop_or_default]
    pub moment: Option<MomentLink>,
    /// How many bookmarks the link carries.
    #[prop_or_default]
    pub bookmarks: usize,
}

/// The link to share, selected for copying, with a button that copies it.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    // Whether the link opens at the moment shown now (a teacher pointing at one step).
    let at_moment = use_state(|| false);
    let moment = props.moment.as_ref().filter(|_| *at_moment);
    let url = absolute(moment.map_or(&*props.href, |moment| &moment.href));
    // What the last press of Copy did, said to the learner (and to screen readers).
    let copied = use_state(|| None::<&'static str>);
    let on_copy = {
        let (url, copied) = (url.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copy(&url, copied.clone()))
    };
    let on_focus = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="share-box" data-testid="share-box">
            <label>
                <span>{ format!("A link to {}: whoever opens it sees the same text and the same run{}.",
                    props.what, carried(props.bookmarks)) }</span>
                <input type="text" readonly=true data-testid="share-link" value={url.clone()}
                    onfocus={on_focus} />
            </label>
            <button data-testid="share-copy" onclick={on_copy}>{ "Copy link" }</button>
            if let Some(moment) = &props.moment {
                <label class="share-moment">
                    <input type="checkbox" data-testid="share-at-moment" checked={*at_moment}
                        onchange={{
                            let (at_moment, copied) = (at_moment.clone(), copied.clone());
                            Callback::from(move |_: Event| {
                                at_moment.set(!*at_moment);
                                // What was copied is the other link.
                                copied.set(None);
                            })
                        }} />
                    { format!(" Open it at this moment ({})", moment.label) }
                </label>
            }
            <span class="share-status" role="status" data-testid="share-status">
                { copied.unwrap_or_default() }
            </span>
            if url.len() > 8000 {
                <p class="hint">{ format!("This link is {} characters long: some chat apps cut long links short.", url.len()) }</p>
            }
        </div>
    }
}

/// What else a link carries, as the share box says it.
fn carried(bookmarks: usize) -> String {
    match bookmarks {
        0 => String::new(),
        1 => ", and your bookmark".to_string(),
        count => format!(", and your {count} bookmarks"),
    }
}

/// Puts `url` on the clipboard, then says whether it worked.
fn copy(url: &str, said: UseStateHandle<Option<&'static str>>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(url);
        wasm_bindgen_futures::spawn_local(async move {
            let result = wasm_bindgen_futures::JsFuture::from(promise).await;
            said.set(Some(match result {
                Ok(_) => "Copied.",
                Err(_) => "The browser would not copy it: select the link and copy it yourself.",
            }));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (url, said);
}
