//! The app shell rendered natively with yew's server-side renderer: each address opens the
//! right page, the navigation marks where you are, and every unfinished page says what is missing.

use looplab::ui::Route;
use yew_router::Routable;

use crate::common::render_at;

/// The text of the first `<h1>` in `html`.
fn heading(html: &str) -> &str {
    let start = html.find("<h1>").expect("the page has an <h1>") + "<h1>".len();
    let end = start + html[start..].find("</h1>").expect("the <h1> is closed");
    &html[start..end]
}

/// The `<a ...>` tags whose `aria-current` marks the current page.
fn current_links(html: &str) -> Vec<&str> {
    html.match_indices("<a ")
        .map(|(start, _)| &html[start..start + html[start..].find('>').unwrap()])
        .filter(|tag| tag.contains(r#"aria-current="page""#))
        .collect()
}

#[test]
fn each_address_opens_its_page() {
    let cases = [
        ("/", "See Python's asyncio think"),
        ("/lessons", "Lessons"),
        ("/capstones", "Capstone projects"),
        ("/playground", "Playground"),
        ("/compare", "Compare two programs"),
        ("/interview", "Interview questions"),
    ];
    for (path, expected) in cases {
        let html = render_at(path);
        assert_eq!(heading(&html), expected, "heading at {path}");
    }
}

#[test]
fn navigation_marks_only_the_current_section() {
    for section in Route::SECTIONS {
        let html = render_at(&section.to_path());
        let current = current_links(&html);
        assert_eq!(
            current.len(),
            1,
            "one current link at {section:?}: {current:?}"
        );
        assert!(
            current[0].contains(&format!(r#"href="{}""#, section.href())),
            "the current link at {section:?} points to it: {}",
            current[0]
        );
    }
}

#[test]
fn header_links_to_every_section_in_order() {
    let html = render_at("/");
    let nav_start = html.find("<nav ").expect("the header has a nav");
    let nav = &html[nav_start..nav_start + html[nav_start..].find("</nav>").unwrap()];
    assert!(
        nav.contains(r#"aria-label="Sections""#),
        "the nav is labelled: {nav}"
    );
    let hrefs: Vec<&str> = nav
        .split(r#"href=""#)
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(
        hrefs,
        [
            "#/lessons",
            "#/capstones",
            "#/playground",
            "#/compare",
            "#/interview"
        ]
    );
}

#[test]
fn an_unknown_address_says_so_and_names_it() {
    let html = render_at("/lesons");
    assert_eq!(heading(&html), "Page not found");
    assert!(
        html.contains("<code>/lesons</code>"),
        "names the address: {html}"
    );
    assert!(current_links(&html).is_empty(), "no section is current");
}

#[test]
fn footer_shows_the_crate_version() {
    let html = render_at("/");
    assert!(html.contains(&format!("Looplab {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn the_home_page_says_where_to_start() {
    let html = render_at("/");
    let first = &looplab::curriculum::curriculum().lessons[0];
    assert!(html.contains(r#"data-testid="start-here""#), "{html}");
    assert!(
        html.contains(&format!(r##"href="#/lessons/{}""##, first.id)),
        "the way in links to lesson 1: {html}"
    );
    assert!(html.contains("Start with lesson 1: "), "{html}");
}
