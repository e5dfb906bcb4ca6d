//! The library's shortcuts (an `await queue.put(x)`, `await lock.acquire()`, `async with
//! semaphore:` or `await event.wait()` that would not wait finishes without running its
//! coroutines' frames) change nothing a run shows: the corpus's programs with queues, locks,
//! semaphores and events, run as the visualizer runs them (every event, the loop's machinery
//! too), give the same events, output and outcome with them as without.

use std::fs;
use std::path::PathBuf;

use looplab::runtime::{RunOptions, run_program};

/// Every `0x` followed by hex digits as `0x…`: objects sit at other addresses in another run.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        out.push_str("0x…");
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// What the visualizer is given of a run: its events, output and outcome, as text.
fn shown(text: &str, filename: &str, shortcuts: bool) -> String {
    let options = RunOptions {
        filename: filename.to_string(),
        machinery: true,
        shortcuts,
        ..Default::default()
    };
    let result = run_program(text, &options);
    let mut shown = String::new();
    for event in &result.trace.events {
        shown.push_str(&format!("{event:?}\n"));
    }
    shown.push_str(&format!("{:?}", result.outcome));
    without_addresses(&shown)
}

#[test]
fn shortcuts_show_every_event_as_the_coroutines_frames_would() {
    let mut paths: Vec<PathBuf> = fs::read_dir("tests/programs")
        .expect("the corpus")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    let mut compared = 0;
    for path in paths {
        let text = fs::read_to_string(&path).expect("a program");
        if !["Queue(", "Lock(", "Semaphore(", "Event("]
            .iter()
            .any(|primitive| text.contains(primitive))
        {
            continue;
        }
        let filename = path.to_string_lossy();
        let with = shown(&text, &filename, true);
        let without = shown(&text, &filename, false);
        assert!(
            with == without,
            "{filename}: the run shows otherwise with shortcuts\n{}",
            first_difference(&with, &without)
        );
        compared += 1;
    }
    assert!(
        compared >= 20,
        "only {compared} queue programs in the corpus"
    );
}

fn first_difference(with: &str, without: &str) -> String {
    let line = with
        .lines()
        .zip(without.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| with.lines().count().min(without.lines().count()));
    format!(
        "line {line}\n  with:    {}\n  without: {}",
        with.lines().nth(line).unwrap_or("(end)"),
        without.lines().nth(line).unwrap_or("(end)")
    )
}
