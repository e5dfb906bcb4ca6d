//! The crash report's text, checked natively with a real panic. (The banner itself is checked in
//! the browser: tests/browser.rs and e2e/.)

use std::cell::RefCell;
use std::rc::Rc;

use looplab::ui::crash::describe;

use crate::panics;

#[test]
fn the_report_names_the_message_and_where_it_panicked() {
    let reports = Rc::new(RefCell::new(Vec::new()));
    let sink = reports.clone();
    let line = line!() + 4;
    panics::captured(
        move |info| sink.borrow_mut().push(describe(info)),
        || {
            let _ = std::panic::catch_unwind(|| panic!("lost the loop after {} steps", 42));
            let _ = std::panic::catch_unwind(|| std::panic::panic_any(7_u8));
        },
    );

    let reports = reports.borrow();
    assert_eq!(
        reports[0],
        format!("lost the loop after 42 steps (at tests/it/crash.rs:{line}:49)")
    );
    assert!(
        reports[1].starts_with("a panic without a message (at tests/it/crash.rs:"),
        "{}",
        reports[1]
    );
}
