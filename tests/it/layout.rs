//! The playground's screen rendered natively: every pane with its fold toggle, the lines
//! between them as separators that assistive technology can operate, and the page's intro
//! folded into a short "About".

use looplab::ui::pages::playground::PlaygroundPage;
use yew::ServerRenderer;

fn page() -> String {
    futures::executor::block_on(
        ServerRenderer::<PlaygroundPage>::new()
            .hydratable(false)
            .render(),
    )
}

#[test]
fn every_pane_has_a_header_that_folds_it() {
    let html = page();
    assert!(html.contains(r#"data-testid="pane-controls""#), "{html}");
    for pane in ["code", "console", "loop", "timeline"] {
        assert!(
            html.contains(&format!(r#"data-testid="pane-{pane}""#)),
            "{pane}"
        );
        let toggle = format!(
            r#"data-testid="pane-toggle-{pane}" aria-expanded="true" aria-controls="pane-body-{pane}""#
        );
        assert!(html.contains(&toggle), "{toggle} in {html}");
        assert!(html.contains(&format!(r#"id="pane-body-{pane}""#)));
    }
}

#[test]
fn the_lines_between_panes_are_focusable_separators_with_their_value() {
    let html = page();
    for (split, orientation, value) in [
        ("columns", "vertical", 55),
        ("output", "horizontal", 68),
        ("rows", "horizontal", 62),
    ] {
        let start = html
            .find(&format!(r#"data-testid="splitter-{split}""#))
            .unwrap_or_else(|| panic!("splitter-{split} in {html}"));
        let tag_start = html[..start].rfind('<').unwrap();
        let tag = &html[tag_start..start + html[start..].find('>').unwrap()];
        for attribute in [
            r#"role="separator""#.to_string(),
            r#"tabindex="0""#.to_string(),
            format!(r#"aria-orientation="{orientation}""#),
            format!(r#"aria-valuenow="{value}""#),
            r#"aria-valuemin="15""#.to_string(),
            r#"aria-valuemax="85""#.to_string(),
        ] {
            assert!(tag.contains(&attribute), "{attribute} in {tag}");
        }
    }
}

#[test]
fn the_title_line_is_short_and_keeps_the_compare_link() {
    let html = page();
    assert!(html.contains("<h1>Playground</h1>"));
    assert!(html.contains(r#"data-testid="compare-link""#));
    // The introduction waits behind "About" instead of taking the top of the screen.
    let about = html.find(r#"data-testid="about""#).expect("an About");
    assert!(html[about..].contains("Type or paste a Python asyncio program"));
    assert!(!html.contains(r#"class="lead""#));
}
