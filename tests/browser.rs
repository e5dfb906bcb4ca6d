//! The app in a real browser (headless Chromium through wasm-bindgen-test): clicking the
//! navigation changes the page and the URL, the back button works, a URL opens its page
//! directly, and the crash banner shows a panic's message.
//!
//! Run with `make test-browser`. All tests share one page, so each sets the URL it needs and
//! mounts the app into a container of its own.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo_timers::future::sleep;
use looplab::ui::App;
use looplab::ui::crash::{BANNER_ID, show_banner};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

// Programs run with the memory limit on, as in the app: count what the page allocates.
#[global_allocator]
static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
    looplab::runtime::memory::CountingAllocator;

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Sets the URL's fragment without adding a history entry, as if the page had been opened there.
fn open_at(hash: &str) {
    let window = web_sys::window().unwrap();
    let url = format!("{}{}", window.location().pathname().unwrap(), hash);
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// Mounts the app in a fresh container and waits until it has rendered.
async fn mount() -> (AppHandle<App>, Element) {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = yew::Renderer::<App>::with_root(container.clone()).render();
    yew::scheduler::flush().await;
    (handle, container)
}

fn unmount((handle, container): (AppHandle<App>, Element)) {
    handle.destroy();
    container.remove();
}

fn heading(container: &Element) -> String {
    container
        .query_selector("h1")
        .unwrap()
        .expect("the page has an <h1>")
        .text_content()
        .unwrap_or_default()
}

fn nav_link(container: &Element, label: &str) -> HtmlElement {
    let links = container.query_selector_all(".site-nav a").unwrap();
    (0..links.length())
        .filter_map(|i| links.item(i))
        .map(|node| node.dyn_into::<HtmlElement>().unwrap())
        .find(|link| link.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("a nav link labelled {label:?}"))
}

/// Waits for a change that arrives through the browser's event loop (e.g. `popstate`).
async fn until(mut condition: impl FnMut() -> bool, what: &str) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

#[wasm_bindgen_test]
async fn clicking_a_section_changes_the_page_and_the_url() {
    open_at("#/");
    let app = mount().await;
    assert_eq!(heading(&app.1), "See Python's asyncio think");

    nav_link(&app.1, "Lessons").click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&app.1), "Lessons");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/lessons"
    );
    let current = app
        .1
        .query_selector("[aria-current=page]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap(), "Lessons");
    assert_eq!(document().title(), "Lessons · Looplab");

    nav_link(&app.1, "Interview questions").click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&app.1), "Interview questions");

    // The back button returns to the page before.
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    let container = app.1.clone();
    until(
        || heading(&container) == "Lessons",
        "the back button to reopen Lessons",
    )
    .await;
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/lessons"
    );
    unmount(app);
}

#[wasm_bindgen_test]
async fn a_url_opens_its_page_directly() {
    open_at("#/playground");
    let app = mount().await;
    assert_eq!(heading(&app.1), "Playground");
    assert_eq!(
        app.1
            .query_selector("[aria-current=page]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Playground"
    );
    unmount(app);

    open_at("#/no/such/page");
    let app = mount().await;
    assert_eq!(heading(&app.1), "Page not found");
    unmount(app);
}

#[wasm_bindgen_test]
fn the_crash_banner_shows_each_report_as_text() {
    show_banner("the loop fell over <b>here</b>");
    show_banner("and again");

    let banner = document().get_element_by_id(BANNER_ID).expect("a banner");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let reports = banner.query_selector_all(".crash-message").unwrap();
    assert_eq!(reports.length(), 2, "one banner, two reports");
    let first = reports.item(0).unwrap();
    assert_eq!(
        first.text_content().unwrap(),
        "the loop fell over <b>here</b>"
    );
    assert!(
        banner.query_selector("b").unwrap().is_none(),
        "the report is not parsed as HTML"
    );
    assert!(
        banner.query_selector("button").unwrap().is_some(),
        "it offers a reload"
    );
    banner.remove();
}

#[wasm_bindgen_test]
fn deeply_nested_python_compiles_to_an_error_not_a_stack_overflow() {
    use looplab::python::{compile, source::SourceFile};
    let deep = format!("x = {}1\n", "-".repeat(5000));
    let error = compile(&SourceFile::new("t.py", &deep)).expect_err("too deep");
    assert_eq!(
        error.message,
        "maximum recursion depth exceeded during compilation"
    );
    let nested = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(compile(&SourceFile::new("t.py", &nested)).is_ok());
    let program =
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n";
    assert!(compile(&SourceFile::new("t.py", program)).is_ok());
    // As deep as CPython compiles (2,998 prefix operators), on the browser's stack: it
    // compiles and runs.
    use looplab::runtime::{RunOptions, run_program};
    let deepest_allowed = format!("x = {}1\nprint(x)\n", "-".repeat(2998));
    let result = run_program(&deepest_allowed, &RunOptions::default());
    assert_eq!(result.outcome.stdout, "1\n");
}

#[wasm_bindgen_test]
fn deep_structures_are_freed_and_compared_without_a_stack_overflow() {
    use looplab::runtime::{RunOptions, run_program};
    // The browser's stack is small: freeing, printing and comparing a structure 100,000
    // deep must end as CPython ends them, never abort the page.
    let program = "x = None\ny = None\nfor i in range(100000):\n    x = [x]\n    y = [y]\n\
                   try:\n    repr(x)\nexcept RecursionError as e:\n    print(e)\n\
                   try:\n    x == y\nexcept RecursionError as e:\n    print(e)\n\
                   x = y = None\nprint('freed')\n";
    let result = run_program(program, &RunOptions::default());
    assert_eq!(
        result.outcome.stdout,
        "maximum recursion depth exceeded while getting the repr of an object\n\
         maximum recursion depth exceeded in comparison\nfreed\n"
    );
    use looplab::python::{compile, source::SourceFile};
    let deepest = format!("x = {}1\n", "-".repeat(10_000));
    let error = compile(&SourceFile::new("t.py", &deepest)).expect_err("too deep to parse");
    assert_eq!(
        error.message,
        "Parser stack overflowed - Python source too complex to parse"
    );
}

fn by_test_id(container: &Element, id: &str) -> HtmlElement {
    container
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("an element with data-testid={id:?}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
}

fn console_lines(container: &Element) -> Vec<String> {
    let lines = container
        .query_selector_all("[data-testid=\"console-text\"]")
        .unwrap();
    (0..lines.length())
        .filter_map(|i| lines.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_playground_runs_the_program_and_steps_through_it() {
    // Start from the example, whatever an earlier visit kept.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("looplab.playground.source").unwrap();
    open_at("#/playground");
    let app = mount().await;
    yew::scheduler::flush().await;
    by_test_id(&app.1, "run").click();
    yew::scheduler::flush().await;
    // The run opens at its start, ready to step: nothing printed yet.
    assert!(console_lines(&app.1).is_empty());
    by_test_id(&app.1, "end").click();
    yew::scheduler::flush().await;
    assert_eq!(
        console_lines(&app.1),
        [
            "start tea",
            "start coffee",
            "coffee ready",
            "tea ready",
            "served ['tea', 'coffee']"
        ]
    );
    assert_eq!(
        by_test_id(&app.1, "clock").text_content().unwrap(),
        "t = 2.0"
    );

    // Back to the start, then forward event by event until the first line is printed.
    by_test_id(&app.1, "reset").click();
    yew::scheduler::flush().await;
    assert!(console_lines(&app.1).is_empty());
    let mut steps = 0;
    while console_lines(&app.1).is_empty() {
        by_test_id(&app.1, "step").click();
        yew::scheduler::flush().await;
        steps += 1;
        assert!(steps < 100, "the first print comes early");
    }
    assert_eq!(console_lines(&app.1), ["start tea"]);
    assert!(
        by_test_id(&app.1, "narration")
            .text_content()
            .unwrap()
            .contains("prints \"start tea\""),
    );
    by_test_id(&app.1, "step-back").click();
    yew::scheduler::flush().await;
    assert!(console_lines(&app.1).is_empty());
    unmount(app);
}

/// A runner goes with its page (the learner follows a link) while a reply from its worker
/// waits for the next animation frame. The frame must not call into the freed runner: the
/// browser would report "closure invoked recursively or after being dropped".
#[wasm_bindgen_test]
async fn a_runner_that_goes_with_a_reply_waiting_leaves_no_frame_behind() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use looplab::ui::run::runner::Runner;
    use looplab::ui::run::worker::Reply;
    use wasm_bindgen::closure::Closure;

    let window = web_sys::window().unwrap();
    let errors = Rc::new(RefCell::new(Vec::<String>::new()));
    let on_error = {
        let errors = errors.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
            event.prevent_default();
            errors.borrow_mut().push(event.message());
        })
    };
    window
        .add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();

    // Closed first (as the playground does when it unmounts), or simply dropped.
    for close_first in [true, false] {
        let runner = Runner::new(|_| {});
        Runner::receive(&Rc::downgrade(&runner), Reply::Ready.encode());
        if close_first {
            Runner::close(&runner);
        }
        drop(runner);
        // Several frames pass.
        sleep(Duration::from_millis(100)).await;
    }

    window
        .remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    assert_eq!(*errors.borrow(), Vec::<String>::new());
}

/// In the browser the standard library's modules in Python come from the worker's downloads:
/// a run without them says so at the import and notes the module, for the worker to fetch; a
/// text given to the runtime must be this build's; a good one makes the import work.
#[wasm_bindgen_test]
fn the_downloaded_modules_come_only_from_what_was_provided() {
    use looplab::runtime::modules::stdlib;
    use looplab::ui::run::run_for_playground;

    let program = "print('start')\nimport textwrap\nprint(textwrap.fill('one two three', 7))\n";
    let run = run_for_playground(program);
    let error = run.outcome.error.expect("the import fails");
    assert_eq!(error.line, Some(2));
    assert_eq!(
        error.message,
        "ModuleNotFoundError: Looplab has not downloaded its 'textwrap' module: only the page's background worker downloads modules, and this run had none"
    );
    assert_eq!(run.outcome.stdout, "start\n");
    assert_eq!(stdlib::take_missed(), ["textwrap"]);
    assert_eq!(stdlib::take_missed(), Vec::<&str>::new());

    // The closure a worker fetches: textwrap imports re.
    let wanted: Vec<&str> = stdlib::needed_by(program).iter().map(|m| m.name).collect();
    assert_eq!(wanted, ["re", "textwrap"]);
    let textwrap = stdlib::downloaded("textwrap").unwrap();
    let re = stdlib::downloaded("re").unwrap();
    stdlib::provide(
        textwrap,
        Ok("import re\n# another build's text\n".to_string()),
    );
    stdlib::provide(re, Err("HTTP 404 Not Found".to_string()));
    let run = run_for_playground(program);
    assert_eq!(
        run.outcome.error.unwrap().message,
        "ModuleNotFoundError: Looplab could not download its 'textwrap' module from stdlib/textwrap.py: the site has another version of the file (reload the page)"
    );
    assert!(!stdlib::is_provided(textwrap));
    assert_eq!(
        stdlib::take_missed(),
        Vec::<&str>::new(),
        "tried, not missed"
    );
}
