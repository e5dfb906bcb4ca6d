//! Programs in links: a program packs into a URL and back unchanged; a bad link says what is
//! wrong in words and opens no program; a shared program and a shared pair open their pages
//! with the program in the editor (rendered natively).

use crate::common::render_at;
use looplab::ui::Route;
use looplab::ui::pages::compare::pair_href;
use looplab::ui::share::{MAX_PROGRAM_BYTES, name, pack, unpack};
use yew_router::Routable;

const PROGRAM: &str = "import asyncio\n\n\nasync def main():\n    print(\"héllo, 世界 🐍\")  # not ASCII\n    await asyncio.sleep(1)\n\n\nasyncio.run(main())\n";

#[test]
fn a_program_comes_back_from_its_link_unchanged() {
    for source in [
        PROGRAM,
        "",
        "\n",
        "x = 1",
        &"print('a long line')\n".repeat(2000),
    ] {
        let code = pack(source);
        assert!(
            code.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "only URL-safe characters: {code}"
        );
        assert_eq!(unpack(&code).as_deref(), Ok(source));
    }
    // Deflated: a repetitive program makes a short link.
    let long = "print('a long line')\n".repeat(2000);
    assert!(pack(&long).len() < long.len() / 50, "{}", pack(&long).len());
}

#[test]
fn a_bad_link_says_what_is_wrong() {
    let code = pack(PROGRAM);
    assert_eq!(
        unpack(&code[..code.len() / 2]),
        Err("the link is cut short or garbled; copy it again, whole".to_string())
    );
    assert_eq!(
        unpack("zthis+is/not=base64"),
        Err("the link is cut short or garbled; copy it again, whole".to_string())
    );
    assert_eq!(
        unpack("print('hi')"),
        Err("this link was not made by Looplab's Share button".to_string())
    );
    // Bytes that are not UTF-8 are no program either.
    let bytes = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe, 0x00], 9);
    use base64::Engine;
    let not_text = format!(
        "z{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    );
    assert!(unpack(&not_text).is_err());
}

#[test]
fn a_small_link_cannot_inflate_into_a_huge_program() {
    let huge = "#".repeat(MAX_PROGRAM_BYTES + 1);
    let code = pack(&huge);
    assert!(code.len() < 4000, "it packs small: {}", code.len());
    assert_eq!(
        unpack(&code),
        Err("the program in this link is longer than 1024 KiB".to_string())
    );
    let largest = "#".repeat(MAX_PROGRAM_BYTES);
    assert_eq!(
        unpack(&pack(&largest)).map(|s| s.len()),
        Ok(MAX_PROGRAM_BYTES)
    );
}

#[test]
fn each_link_names_its_own_place_for_edits() {
    let (a, b) = (pack("print(1)\n"), pack("print(2)\n"));
    assert_eq!(name(&a), name(&a.clone()));
    assert_ne!(name(&a), name(&b));
    // Stable across builds: the name is stored in the learner's browser.
    assert_eq!(name(""), "shared-cbf29ce484222325");
}

#[test]
fn a_shared_program_opens_in_the_playground_and_a_pair_on_the_compare_page() {
    let route = Route::Shared {
        code: pack(PROGRAM),
    };
    assert_eq!(Route::recognize(&route.to_path()), Some(route.clone()));
    let html = render_at(&route.to_path());
    assert!(html.contains("<h1>Playground</h1>"), "{html}");
    assert!(
        html.contains("héllo, 世界 🐍"),
        "the program is in the editor"
    );

    let href = pair_href(&[
        "print('left')\n".to_string(),
        "print('right')\n".to_string(),
    ]);
    let path = href.strip_prefix('#').expect("a fragment");
    assert!(matches!(
        Route::recognize(path),
        Some(Route::ComparePair { .. })
    ));
    let html = render_at(path);
    assert!(html.contains("Compare two programs"), "{html}");
    assert!(html.contains("print(&#x27;left&#x27;)") || html.contains("print('left')"));
    assert!(html.contains("print(&#x27;right&#x27;)") || html.contains("print('right')"));
}

#[test]
fn a_bad_link_opens_a_page_that_says_so() {
    for path in ["/shared/zgarbled", "/compare/zgarbled/zgarbled"] {
        let html = render_at(path);
        assert!(
            html.contains("This link does not open a program"),
            "{path}: {html}"
        );
        assert!(html.contains(
            "Looplab could not read the program in it: the link is cut short or garbled"
        ));
    }
}

#[test]
fn a_link_to_a_moment_opens_the_run_just_after_that_many_events() {
    use looplab::ui::components::playback::Control;
    use looplab::ui::pages::playground::state::{Action, Moment, Playground};
    use looplab::ui::run::Run;
    use looplab::ui::run::runner::Update;
    use std::rc::Rc;
    use yew::Reducible;

    let route = Route::SharedAt {
        code: pack(PROGRAM),
        event: "3".to_string(),
    };
    assert_eq!(Route::recognize(&route.to_path()), Some(route.clone()));
    assert!(render_at(&route.to_path()).contains("<h1>Playground</h1>"));

    let opened = |at| {
        let run = Rc::new(Run::new(PROGRAM));
        Rc::new(Playground::new(PROGRAM.to_string()).opening_at(at))
            .reduce(Action::Runner(Update::Started))
            .reduce(Action::Runner(Update::Loaded(run)))
    };
    let end = opened(None).reduce(Action::Playback(Control::End));
    assert_eq!(opened(None).position, 0, "a plain link opens at the start");
    assert_eq!(opened(Some(Moment::Event(3))).position, 3);
    assert_eq!(opened(Some(Moment::Event(0))).position, 0);
    assert_eq!(
        opened(Some(Moment::Event(1_000_000))).position,
        end.position,
        "a moment past the end opens at the end"
    );

    let html = render_at(&format!("/shared/{}/event/three", pack(PROGRAM)));
    assert!(
        html.contains("&quot;three&quot; is not a number of events")
            || html.contains("\"three\" is not a number of events"),
        "{html}"
    );
}

#[test]
fn bookmarks_come_back_from_their_link_unchanged() {
    use looplab::ui::share::{Bookmark, pack_bookmarks, unpack_bookmarks};
    let bookmarks = vec![
        Bookmark {
            position: 0,
            label: String::new(),
        },
        Bookmark {
            position: 12,
            label: "the race ~ starts. 100% / «here» 🐍".to_string(),
        },
        Bookmark {
            position: 40,
            label: String::new(),
        },
    ];
    let packed = pack_bookmarks(&bookmarks);
    assert!(
        packed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c)),
        "only characters a URL keeps as they are: {packed}"
    );
    assert!(packed.starts_with("0~12."), "{packed}");
    assert_eq!(unpack_bookmarks(&packed), Ok(bookmarks.clone()));
    // Typed by hand, out of order, twice over: in order, once each.
    assert_eq!(
        unpack_bookmarks("40~0~40").map(|b| b.iter().map(|b| b.position).collect::<Vec<_>>()),
        Ok(vec![0, 40])
    );
    for garbled in ["", "12~", "twelve", "12.***", "-3"] {
        assert_eq!(
            unpack_bookmarks(garbled),
            Err("the bookmarks in it are cut short or garbled; copy it again, whole".to_string()),
            "{garbled:?}"
        );
    }
    let many = vec!["1"; 101].join("~");
    assert!(unpack_bookmarks(&many).is_ok(), "repeats count once");
    let too_many: Vec<String> = (0..101).map(|n| n.to_string()).collect();
    assert_eq!(
        unpack_bookmarks(&too_many.join("~")),
        Err("it carries more than 100 bookmarks".to_string())
    );

    // The link: the program, the moment if any, the bookmarks if any; old forms still open.
    let code = pack(PROGRAM);
    let cases = [
        (None, &[][..], format!("/shared/{code}")),
        (Some(3), &[][..], format!("/shared/{code}/event/3")),
        (
            None,
            &bookmarks[..],
            format!("/shared/{code}/marks/{packed}"),
        ),
        (
            Some(3),
            &bookmarks[..],
            format!("/shared/{code}/event/3/marks/{packed}"),
        ),
    ];
    for (event, marks, path) in cases {
        let route = Route::shared(&code, event, marks);
        assert_eq!(route.to_path(), path);
        assert_eq!(Route::recognize(&path), Some(route));
        let html = render_at(&path);
        assert!(html.contains("<h1>Playground</h1>"), "{path}: {html}");
    }
}

#[test]
fn a_link_with_garbled_bookmarks_says_so() {
    let html = render_at(&format!("/shared/{}/marks/12.***", pack(PROGRAM)));
    assert!(html.contains("This link does not open a program"), "{html}");
    assert!(html.contains("the bookmarks in it are cut short or garbled"));
}

#[test]
fn a_link_brings_its_bookmarks_into_the_run() {
    use looplab::ui::pages::playground::state::{Action, Playground};
    use looplab::ui::run::Run;
    use looplab::ui::run::runner::Update;
    use looplab::ui::share::{Bookmark, unpack_bookmarks};
    use std::rc::Rc;
    use yew::Reducible;

    let bookmarks = unpack_bookmarks("2~5.c3RhcnQ").expect("bookmarks");
    let run = Rc::new(Run::new(PROGRAM));
    let opened = Rc::new(Playground::new(PROGRAM.to_string()).with_bookmarks(bookmarks))
        .reduce(Action::Runner(Update::Started))
        .reduce(Action::Runner(Update::Loaded(run)));
    assert_eq!(
        opened.jumps.bookmarks,
        [
            Bookmark {
                position: 2,
                label: String::new()
            },
            Bookmark {
                position: 5,
                label: "start".to_string()
            }
        ]
    );
}
