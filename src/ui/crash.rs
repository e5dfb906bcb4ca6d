//! What a visitor sees when Looplab itself fails: a banner with the panic's message instead of
//! a page that silently stops responding, and the same message in the browser console.
//!
//! After a panic the WebAssembly instance is dead (release builds abort), so the banner is built
//! with plain DOM calls and its reload button uses an inline handler that needs no Rust.

use std::panic::PanicHookInfo;

/// The `id` of the banner element.
pub const BANNER_ID: &str = "crash-banner";

/// What panicked and where, in one line: `message (at src/file.rs:12:5)`.
pub fn describe(info: &PanicHookInfo<'_>) -> String {
    let message = info.payload_as_str().unwrap_or("a panic without a message");
    match info.location() {
        Some(at) => format!("{message} (at {}:{}:{})", at.file(), at.line(), at.column()),
        None => message.to_string(),
    }
}

/// Makes every later panic log to the console and show the banner. (Through yew, because
/// yew's renderer otherwise replaces any hook with its own console-only one when it starts.)
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let report = describe(info);
        // The Error object carries the JavaScript stack, which the console shows expanded.
        web_sys::console::error_2(
            &format!("Looplab panicked: {report}").into(),
            &js_sys::Error::new("stack at the panic"),
        );
        show_banner(&report);
    }));
}

/// Shows the crash banner at the top of the page with `report`; a later report is added to
/// the same banner.
#[cfg(target_arch = "wasm32")]
pub fn show_banner(report: &str) {
    // Nothing is unwrapped here: this runs inside the panic hook, where a second panic aborts.
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let reports = match document.query_selector(&format!("#{BANNER_ID} .crash-reports")) {
        Ok(Some(existing)) => existing,
        _ => match new_banner(&document) {
            Some(reports) => reports,
            None => return,
        },
    };
    if let Ok(message) = document.create_element("pre") {
        message.set_class_name("crash-message");
        // Text, never HTML: the message can contain anything.
        message.set_text_content(Some(report));
        let _ = reports.append_child(&message);
    }
}

/// Puts an empty banner at the top of the page; returns the element that holds its reports.
#[cfg(target_arch = "wasm32")]
fn new_banner(document: &web_sys::Document) -> Option<web_sys::Element> {
    let element = |tag: &str, class: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        Some(element)
    };
    let banner = element("div", "crash-banner")?;
    banner.set_id(BANNER_ID);
    banner.set_attribute("role", "alert").ok()?;

    let title = element("p", "crash-title")?;
    title.set_text_content(Some(
        "Looplab stopped because of a bug in Looplab (not in your program). \
         Reload the page to start again.",
    ));
    let reports = element("div", "crash-reports")?;
    let reload = element("button", "crash-reload")?;
    reload.set_attribute("type", "button").ok()?;
    reload.set_attribute("onclick", "location.reload()").ok()?;
    reload.set_text_content(Some("Reload"));

    for part in [&title, &reports, &reload] {
        banner.append_child(part).ok()?;
    }
    document.body()?.prepend_with_node_1(&banner).ok()?;
    Some(reports)
}

/// Panics with `message`, so the end-to-end tests can check the whole crash path from
/// JavaScript: `window.wasmBindings.looplab_panic_for_tests("boom")`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn looplab_panic_for_tests(message: &str) {
    panic!("{message}");
}
