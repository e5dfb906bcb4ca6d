//! The crash report's text, checked natively with a real panic. (The banner itself is checked in
//! the browser: tests/browser.rs and e2e/.) This file is its own test process, so replacing the
//! global panic hook here cannot disturb other tests.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Mutex;

use looplab::ui::crash::describe;

static REPORTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

#[test]
fn the_report_names_the_message_and_where_it_panicked() {
    std::panic::set_hook(Box::new(|info| {
        REPORTS.lock().unwrap().push(describe(info))
    }));

    let line = line!() + 1;
    let _ = std::panic::catch_unwind(|| panic!("lost the loop after {} steps", 42));
    let _ = std::panic::catch_unwind(|| std::panic::panic_any(7_u8));

    let _ = std::panic::take_hook();
    let reports = REPORTS.lock().unwrap();
    assert_eq!(
        reports[0],
        format!("lost the loop after 42 steps (at tests/crash.rs:{line}:41)")
    );
    assert!(
        reports[1].starts_with("a panic without a message (at tests/crash.rs:"),
        "{}",
        reports[1]
    );
}
