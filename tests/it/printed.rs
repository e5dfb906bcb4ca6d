//! Nothing printed is lost when the worker running a program dies: the worker hands the page
//! what the program prints as it prints it (in batches), and a run that never finishes shows
//! all of it in the console, then why it stopped. (The worker's posting and its panic hook are
//! wasm-only; what they post, and what the page makes of it, is checked here.)

use std::cell::RefCell;
use std::rc::Rc;

use looplab::runtime::ExitStatus;
use looplab::ui::components::timeline::RunRef;
use looplab::ui::pages::playground::console::{ConsoleProps, ConsoleView};
use looplab::ui::run::printed::{POST_EVERY_MS, PrintBatch, failed_outcome};
use looplab::ui::run::worker::Reply;
use looplab::ui::run::{Run, RunBuilder, run_for_playground_watched};

use crate::common::render_component;

const PRINTS_THEN_FAILS: &str = r#"
import asyncio

async def main():
    for n in range(3):
        print("step", n)
        await asyncio.sleep(1)
    print("no newline", end="")
    while True:
        pass

asyncio.run(main())
"#;

#[test]
fn a_watched_run_hands_over_each_print_as_it_comes() {
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let hearing = heard.clone();
    let result = run_for_playground_watched(
        PRINTS_THEN_FAILS,
        1,
        Box::new(move |text| hearing.borrow_mut().push(text.to_string())),
        usize::MAX,
        Box::new(|_| {}),
    );
    // The loop that never awaits is stopped by a limit; everything before it was heard.
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let heard = heard.borrow();
    assert_eq!(heard.concat(), result.outcome.stdout);
    assert_eq!(heard.concat(), "step 0\nstep 1\nstep 2\nno newline");
    assert!(heard.len() >= 4, "one piece per print at least: {heard:?}");
}

/// Feeds `prints` pieces, one every `every_ms`, into a batch; gives back the posts it asked
/// for, the last being what was left at the end.
fn posts_of(prints: usize, every_ms: f64) -> Vec<String> {
    let mut batch = PrintBatch::default();
    let mut posts: Vec<String> = (0..prints)
        .filter_map(|n| batch.push(&format!("line {n}\n"), n as f64 * every_ms))
        .collect();
    posts.extend(batch.take());
    posts
}

#[test]
fn printing_fast_posts_once_per_window_and_loses_nothing() {
    // 100,000 prints in one second: one post per window, not one per print.
    let posts = posts_of(100_000, 0.01);
    let windows = (1000.0 / POST_EVERY_MS).ceil() as usize;
    assert!(posts.len() <= windows + 2, "{} posts", posts.len());
    assert!(posts.len() >= windows / 2, "{} posts", posts.len());
    let all: String = (0..100_000).map(|n| format!("line {n}\n")).collect();
    assert_eq!(posts.concat(), all);
}

#[test]
fn printing_slowly_posts_each_print() {
    let posts = posts_of(5, POST_EVERY_MS * 2.0);
    assert_eq!(
        posts,
        ["line 0\n", "line 1\n", "line 2\n", "line 3\n", "line 4\n"]
    );
    assert_eq!(
        PrintBatch::default().take(),
        None,
        "nothing printed, nothing to post"
    );
}

#[test]
fn printed_text_travels_as_it_is() {
    let text = "héllo\n\twörld 🐍";
    let reply = Reply::Printed(text.into());
    match Reply::decode(&reply.encode()).expect("a reply decodes") {
        Reply::Printed(decoded) => assert_eq!(decoded, text),
        other => panic!("not printed text: {other:?}"),
    }
}

/// The run the page makes when the worker dies after sending `printed`.
fn failed_run(printed: &str) -> Run {
    let outcome = failed_outcome(printed.to_string(), "RangeError: too much recursion");
    RunBuilder::new("print('hi')").finish(outcome, Vec::new())
}

#[test]
fn a_run_that_could_not_finish_keeps_what_it_printed() {
    let run = failed_run("step 0\nstep 1\nhalf a line");
    assert_eq!(run.outcome.status, ExitStatus::Error);
    assert_eq!(run.outcome.stdout, "step 0\nstep 1\nhalf a line");
    let message = "Looplab could not finish the run: RangeError: too much recursion";
    assert_eq!(run.outcome.stderr, format!("{message}\n"));
    assert_eq!(
        run.outcome.error.as_ref().map(|e| e.message.as_str()),
        Some(message)
    );
    let lines: Vec<String> = run.console(run.len()).into_iter().map(|l| l.text).collect();
    assert_eq!(lines, ["step 0", "step 1", "half a line"]);
}

/// The console pane as the playground shows a run at its end.
fn render_console_at_end(run: Run) -> String {
    let run = Rc::new(run);
    let props = ConsoleProps {
        prints: run.prints_before(run.len()),
        run: Some(RunRef(run)),
        at_end: true,
    };
    render_component::<ConsoleView>(props)
}

#[test]
fn the_console_shows_what_was_printed_then_why_the_run_stopped() {
    let html = render_console_at_end(failed_run("step 0\nstep 1\n"));
    let step_0 = html.find(">step 0<").expect("the first line is shown");
    let step_1 = html.find(">step 1<").expect("the second line is shown");
    let failure = html
        .find("Looplab could not finish the run: RangeError")
        .expect("the failure is shown");
    assert!(step_0 < step_1 && step_1 < failure, "{html}");
    assert_eq!(html.matches("data-testid=\"console-line\"").count(), 2);
    // No print event says who printed these lines: they are not credited to `main`.
    assert_eq!(html.matches(">not recorded<").count(), 2, "{html}");
    assert!(!html.contains(">main<"), "{html}");
}

#[test]
fn a_finished_run_shows_each_print_once() {
    // Output accounted for by print events is not shown again as unrecorded output.
    let run = Run::new("print('a')\nprint('b', end='')\nprint('c')\n");
    let lines: Vec<String> = run.console(run.len()).into_iter().map(|l| l.text).collect();
    assert_eq!(lines, ["a", "bc"]);
    let html = render_console_at_end(run);
    assert_eq!(
        html.matches("data-testid=\"console-line\"").count(),
        2,
        "{html}"
    );
}

/// A run too long to record: its outcome keeps the output of the recorded part; the page adds
/// what the worker posted after it, shown at the end as printed by no known moment.
#[test]
fn output_printed_after_the_record_was_cut_is_kept() {
    use looplab::runtime::run_program_watched;
    use looplab::ui::run::printed::{keep_printed, with_unrecorded_output};

    let source = "import asyncio\n\nasync def main():\n    for i in range(20_000):\n        print(i)\n        await asyncio.sleep(1)\n    print('end')\n\nasyncio.run(main())\n";
    let options = crate::common::record_cut_at(1 << 20, false);
    let posted = Rc::new(RefCell::new(String::new()));
    let posting = posted.clone();
    let result = run_program_watched(
        source,
        &options,
        Box::new(move |text| posting.borrow_mut().push_str(text)),
    );
    assert!(result.outcome.record_cut);
    assert!(!result.outcome.stdout.contains("end"));
    let mut printed = String::new();
    keep_printed(&mut printed, &posted.borrow());
    let outcome = with_unrecorded_output(result.outcome, printed);
    assert!(
        outcome.stdout.ends_with("19999\nend\n"),
        "{}",
        &outcome.stdout[outcome.stdout.len() - 20..]
    );
    let mut builder = RunBuilder::new(source);
    builder.push_events(result.trace.events);
    let html = render_console_at_end(builder.finish(outcome, result.trace.output_ends));
    assert!(html.contains(">end<"), "the last line is shown");
    assert!(html.contains(">not recorded<"));
}

#[test]
fn the_page_keeps_a_bounded_part_of_what_a_run_prints() {
    use looplab::ui::run::printed::{KEPT_UNRECORDED_BYTES, keep_printed};
    let mut printed = String::new();
    let chunk = "é".repeat(1000);
    while printed.len() < KEPT_UNRECORDED_BYTES {
        keep_printed(&mut printed, &chunk);
    }
    let full = printed.len();
    keep_printed(&mut printed, "more");
    assert_eq!(printed.len(), full, "nothing more is kept");
    assert!(printed.ends_with("the rest is not shown]\n"));
    assert!(full < KEPT_UNRECORDED_BYTES + 200);
}

/// What a program writes to stdout or stderr itself (a logging handler, `sys.stdout.write`,
/// `print(file=sys.stderr)`) is in the console when it happened, by the task that wrote it,
/// marked when it went to stderr; a traceback at the end is still shown apart.
const WRITES_AND_LOGS: &str = r#"
import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(taskName)s %(message)s")

async def worker(n):
    await asyncio.sleep(n)
    logging.info("worker %d done", n)
    sys.stdout.write(f"wrote {n}")
    sys.stdout.write("\n")

async def main():
    print("start")
    await asyncio.gather(worker(1), worker(2))
    print("to stderr", file=sys.stderr)
    raise ValueError("late")

asyncio.run(main())
"#;

#[test]
fn writes_and_log_lines_show_where_they_happened() {
    use looplab::runtime::trace::Stream;
    use looplab::ui::run::Printer;

    let run = Run::new(WRITES_AND_LOGS);
    let shown = |lines: Vec<looplab::ui::run::ConsoleLine>| -> Vec<String> {
        lines
            .into_iter()
            .map(|line| {
                let stream = match line.stream {
                    Stream::Stdout => "out",
                    Stream::Stderr => "err",
                };
                let task = match &line.printer {
                    Printer::Task(task) => task.as_deref().unwrap_or("main").to_string(),
                    Printer::Unrecorded => "?".to_string(),
                };
                format!("{} {stream} {task}: {}", line.t, line.text)
            })
            .collect()
    };
    let end = shown(run.console(run.len()));
    assert_eq!(
        end,
        [
            "0 out Task-1: start",
            "1 err Task-2: INFO Task-2 worker 1 done",
            "1 out Task-2: wrote 1",
            "2 err Task-3: INFO Task-3 worker 2 done",
            "2 out Task-3: wrote 2",
            "2 err Task-1: to stderr",
        ]
    );
    // Halfway, the console has what was written by then, and nothing later.
    let after_first_log = run.print_position(2);
    assert_eq!(shown(run.console(after_first_log)), end[..2]);
    // The traceback is all that is shown apart at the end.
    let traceback = run.unrecorded_stderr();
    assert!(
        traceback.starts_with("Traceback (most recent call last):"),
        "{traceback}"
    );
    assert!(traceback.ends_with("ValueError: late\n"), "{traceback}");
    let html = render_console_at_end(run);
    assert_eq!(html.matches("data-testid=\"console-err-line\"").count(), 3);
    assert_eq!(html.matches("data-testid=\"console-line\"").count(), 3);
    assert_eq!(html.matches("data-testid=\"console-stderr\"").count(), 1);
}

/// Lines left open (`end=""`), continued by later writes, broken by writes to the other
/// stream, several lines in one print, and empty writes in between.
const OPEN_LINES: &str = r#"
import asyncio, sys

async def main():
    print("a", end="")
    await asyncio.sleep(1)
    sys.stderr.write("")
    print("b", end="")
    sys.stderr.write("err one\nerr ")
    print("c")
    sys.stderr.write("two\n")
    print("x\ny\n\nz", end="")
    await asyncio.sleep(1)
    print(" end")
    print("tail", end="")

asyncio.run(main())
"#;

/// The console after the first `shown` writes of `result` as the text written so far, cut
/// into lines the plain way: what the run's index of lines must show, at every moment.
fn console_model(
    result: &looplab::runtime::RunResult,
    shown: usize,
) -> Vec<(String, looplab::runtime::trace::Stream)> {
    use looplab::runtime::trace::{EventKind, Stream};
    let streams = result
        .trace
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::Print { .. } => Some(Stream::Stdout),
            EventKind::Write { stream, .. } => Some(*stream),
            _ => None,
        });
    let mut text_so_far = (String::new(), String::new());
    let mut lines: Vec<(String, Stream)> = Vec::new();
    let mut open = false;
    for (stream, &end) in streams.zip(&result.trace.output_ends).take(shown) {
        let (all, so_far) = match stream {
            Stream::Stdout => (&result.outcome.stdout, &mut text_so_far.0),
            Stream::Stderr => (&result.outcome.stderr, &mut text_so_far.1),
        };
        let text = &all[so_far.len()..end];
        so_far.push_str(text);
        for piece in text.split_inclusive('\n') {
            let continues = open && lines.last().is_some_and(|(_, s)| *s == stream);
            if !continues {
                lines.push((String::new(), stream));
            }
            let line = &mut lines.last_mut().expect("a line is open").0;
            line.push_str(piece.trim_end_matches('\n'));
            open = !piece.ends_with('\n');
        }
    }
    lines
}

#[test]
fn the_console_at_each_moment_is_the_text_written_so_far_cut_into_lines() {
    let run = Run::new(OPEN_LINES);
    let result = looplab::ui::run::run_for_playground(OPEN_LINES);
    for position in 0..=run.len() {
        let all = run.console(position);
        let texts: Vec<_> = all.iter().map(|l| (l.text.clone(), l.stream)).collect();
        let shown = run.prints_before(position);
        assert_eq!(texts, console_model(&result, shown), "at {position}");
        assert_eq!(run.console_len(position), all.len(), "at {position}");
        for start in 0..=all.len() {
            for end in start..=all.len() + 1 {
                let part = run.console_range(position, start..end);
                assert_eq!(part, all[start..end.min(all.len())], "at {position}");
            }
        }
    }
    let end: Vec<String> = run.console(run.len()).into_iter().map(|l| l.text).collect();
    assert_eq!(
        end,
        [
            "ab", "err one", "err ", "c", "two", "x", "y", "", "z end", "tail"
        ]
    );
}

#[test]
fn a_long_console_draws_its_last_lines_and_stands_in_for_the_rest() {
    use looplab::ui::components::console_list::ALWAYS_DRAWN;
    let run = Run::new("for n in range(5000):\n    print('line', n)\n");
    assert_eq!(run.console_len(run.len()), 5000);
    let html = render_console_at_end(run);
    let drawn = html.matches("data-testid=\"console-text\"").count();
    assert!((1..ALWAYS_DRAWN).contains(&drawn), "{drawn} lines drawn");
    assert!(html.contains(">line 4999<"), "the newest line is in view");
    assert!(!html.contains(">line 0<"), "the first line is not drawn");
    // The lines above the view are stood for by one spacer as high as they are.
    let above = 5000 - drawn;
    assert!(
        html.contains(&format!("height: calc({above} * 1lh)")),
        "{html:.600}"
    );
    assert!(html.contains("data-lines=\"5000\""));
}
