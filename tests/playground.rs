//! The playground's state as the page uses it: running a program, the console at any moment,
//! stepping and scrubbing (which must restore exactly what was shown), errors at their line;
//! and the page rendered natively with its test hooks.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use looplab::ui::playground::PlaygroundPage;
use looplab::ui::playground::state::{Action, EXAMPLE, Playground, narrate};
use yew::{Reducible, ServerRenderer};

fn ran(source: &str) -> Rc<Playground> {
    Rc::new(Playground::new(source.to_string())).reduce(Action::Run)
}

fn console_text(playground: &Playground) -> Vec<String> {
    let run = playground.run.as_ref().expect("a run");
    run.console(playground.position)
        .into_iter()
        .map(|line| line.text)
        .collect()
}

#[test]
fn a_run_ends_showing_the_whole_output_as_looplab_run_prints_it() {
    let playground = ran(EXAMPLE);
    let run = playground.run.as_ref().expect("a run");
    assert_eq!(playground.position, run.len());
    let expected: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        expected,
        [
            "start tea",
            "start coffee",
            "coffee ready",
            "tea ready",
            "served ['tea', 'coffee']"
        ]
    );
    assert_eq!(console_text(&playground), expected);
    let lines = run.console(playground.position);
    assert_eq!(lines[2].t, 1.0);
    assert_eq!(lines[3].task.as_deref(), Some("Task-2"));
}

#[test]
fn print_with_end_joins_lines_in_the_console() {
    let playground = ran("print('a', end='')\nprint('b')\nprint('c', end='!')\n");
    assert_eq!(console_text(&playground), ["ab", "c!"]);
    let first = playground.reduce(Action::Seek(1));
    assert_eq!(console_text(&first), ["a"]);
}

#[test]
fn stepping_back_and_scrubbing_restore_exactly_what_was_shown() {
    let start = ran(EXAMPLE).reduce(Action::Reset);
    assert_eq!(start.position, 0);
    assert!(console_text(&start).is_empty());
    let run = start.run.clone().expect("a run");
    // Walk forward, remembering each moment, then walk back and jump around.
    let mut moments = Vec::new();
    let mut playground = start;
    for _ in 0..run.len() {
        moments.push((playground.state(), console_text(&playground)));
        playground = playground.reduce(Action::Step);
    }
    assert_eq!(playground.position, run.len());
    // Stepping past the end stays at the end.
    assert_eq!(playground.clone().reduce(Action::Step).position, run.len());
    for position in (0..run.len()).rev() {
        playground = playground.reduce(Action::StepBack);
        assert_eq!(playground.position, position);
        assert!(
            playground.state() == moments[position].0,
            "state at {position}"
        );
        assert_eq!(console_text(&playground), moments[position].1);
    }
    for position in [7, 3, run.len() - 1, 0, run.len() / 2] {
        playground = playground.reduce(Action::Seek(position));
        assert!(
            playground.state() == moments[position].0,
            "state at {position}"
        );
        assert_eq!(console_text(&playground), moments[position].1);
    }
}

#[test]
fn editing_keeps_the_last_run_until_the_next() {
    let playground = ran(EXAMPLE).reduce(Action::Edit("print('new')\n".to_string()));
    let run = playground.run.as_ref().expect("the last run");
    assert_eq!(run.source, EXAMPLE);
    let again = playground.reduce(Action::Run);
    assert_eq!(console_text(&again), ["new"]);
}

#[test]
fn errors_come_with_their_line_and_pythons_message() {
    let syntax = ran("async def main()\n    pass\n");
    let run = syntax.run.as_ref().expect("a run");
    assert_eq!(
        run.error,
        Some((Some(1), "SyntaxError: expected ':'".to_string()))
    );

    let failing = ran(
        "import asyncio\n\nasync def main():\n    print('before')\n    raise ValueError('bad order')\n\nasyncio.run(main())\n",
    );
    let run = failing.run.as_ref().expect("a run");
    assert_eq!(
        run.error,
        Some((Some(5), "ValueError: bad order".to_string()))
    );
    assert_eq!(console_text(&failing), ["before"]);

    let deadlock = ran(
        "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n",
    );
    let message = &deadlock
        .run
        .as_ref()
        .expect("a run")
        .error
        .as_ref()
        .expect("an error")
        .1;
    assert!(message.starts_with("DeadlockError"), "{message}");
}

#[test]
fn the_narration_says_why_each_event_happened() {
    let playground = ran(EXAMPLE);
    let run = playground.run.as_ref().expect("a run");
    let sentences: Vec<String> = run.timeline.events().iter().map(narrate).collect();
    assert!(
        sentences.contains(&"Task-1 creates Task-2 to run brew().".to_string()),
        "{sentences:#?}"
    );
    assert!(sentences.iter().any(|s| {
        s.starts_with("Nothing is ready, so the virtual clock jumps to the next timer: t=1.0")
    }));
    assert!(sentences.contains(&"Task-2 finishes and returns 'tea'.".to_string()));
}

#[test]
fn the_page_renders_its_editor_controls_and_panels() {
    let html = futures::executor::block_on(
        ServerRenderer::<PlaygroundPage>::new()
            .hydratable(false)
            .render(),
    );
    for hook in [
        "code-editor",
        "run",
        "step",
        "step-back",
        "scrubber",
        "console",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{hook}\"")),
            "{hook} in {html}"
        );
    }
    // Before a run the example is in the editor and the step buttons are off.
    assert!(html.contains("async def brew(drink, seconds):"));
    assert!(html.contains("Run the program to see the loop at work."));
}

#[test]
fn playback_moves_one_event_per_tick_and_stops_at_the_end() {
    let playground = ran(EXAMPLE);
    let end = playground.run.as_ref().expect("a run").len();
    // Playing from the end starts again from the beginning.
    let mut playing = playground.reduce(Action::Play);
    assert!(playing.playing);
    assert_eq!(playing.position, 0);
    for expected in 1..=end {
        playing = playing.reduce(Action::Tick);
        assert_eq!(playing.position, expected);
    }
    assert!(!playing.playing, "playback stops at the end");
    assert_eq!(playing.clone().reduce(Action::Tick).position, end);
    // A step pauses; speed sets the tick.
    let paused = playing
        .reduce(Action::Reset)
        .reduce(Action::Play)
        .reduce(Action::Step);
    assert!(!paused.playing);
    assert_eq!(paused.tick_millis(), 125);
    assert_eq!(paused.reduce(Action::SetSpeed(16.0)).tick_millis(), 8);
}

#[test]
fn iteration_steps_land_on_the_first_event_of_an_iteration() {
    let start = ran(EXAMPLE).reduce(Action::Reset);
    let run = start.run.clone().expect("a run");
    let events = run.timeline.events();
    // Just after the first event of an iteration: the event shown opens it.
    let opens_an_iteration =
        |position: usize| position == 1 || events[position - 1].it > events[position - 2].it;
    let mut playground = start;
    let mut forwards = Vec::new();
    loop {
        playground = playground.reduce(Action::NextIteration);
        if playground.position == run.len() && !opens_an_iteration(run.len()) {
            break; // No later iteration: the end of the run.
        }
        assert!(opens_an_iteration(playground.position));
        forwards.push(events[playground.position - 1].it);
        if playground.position == run.len() {
            break;
        }
    }
    let last = events.last().expect("events").it;
    assert_eq!(forwards, (1..=last).collect::<Vec<_>>());
    // And back, iteration by iteration, to the start.
    let mut backwards = Vec::new();
    while playground.position > 0 {
        playground = playground.reduce(Action::PreviousIteration);
        if playground.position > 0 {
            assert!(opens_an_iteration(playground.position));
            backwards.push(events[playground.position - 1].it);
        }
    }
    assert_eq!(backwards, (0..=last).rev().collect::<Vec<_>>());
}

#[test]
fn the_keys_map_to_the_controls() {
    use looplab::ui::playground::keys::action;
    let playground = ran(EXAMPLE);
    let end = playground.position;
    let press = |p: Rc<Playground>, key: &str, shift: bool| {
        p.reduce(action(key, shift).unwrap_or_else(|| panic!("{key} is a shortcut")))
    };
    let back = press(playground, "ArrowLeft", false);
    assert_eq!(back.position, end - 1);
    let start = press(back, "Home", false);
    assert_eq!(start.position, 0);
    let playing = press(start, " ", false);
    assert!(playing.playing);
    let paused = press(playing, " ", false);
    assert!(!paused.playing);
    let iteration = press(paused, "ArrowRight", true);
    assert_eq!(iteration.state().expect("a state").it, 1);
    assert!(action("a", false).is_none());
}

#[test]
fn the_timeline_draws_each_tasks_life_over_virtual_time() {
    use looplab::ui::playground::lanes::{MarkerKind, SegmentKind};
    let playground = ran(EXAMPLE);
    let run = playground.run.as_ref().expect("a run");
    assert_eq!(run.end_t, 2.0);
    let names: Vec<String> = run
        .lanes
        .iter()
        .map(|l| format!("{} ({})", l.task, l.coro))
        .collect();
    // asyncio.run's own clean-up tasks are real CPython tasks too.
    assert_eq!(
        names,
        [
            "Task-1 (main)",
            "Task-2 (brew)",
            "Task-3 (brew)",
            "Task-4 (BaseEventLoop.shutdown_asyncgens)",
            "Task-5 (BaseEventLoop.shutdown_default_executor)"
        ]
    );
    let tea = &run.lanes[1];
    let sleeping: Vec<(f64, f64)> = tea
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Sleeping)
        .map(|s| (s.from_t, s.to_t))
        .collect();
    assert_eq!(sleeping, [(0.0, 2.0)]);
    let coffee = &run.lanes[2];
    assert!(
        coffee
            .segments
            .iter()
            .any(|s| s.kind == SegmentKind::Sleeping && s.to_t == 1.0)
    );
    let ends: Vec<(MarkerKind, f64)> = run
        .lanes
        .iter()
        .flat_map(|l| l.markers.iter().filter(|m| m.kind != MarkerKind::Print))
        .map(|m| (m.kind, m.t))
        .collect();
    assert_eq!(
        ends,
        [
            (MarkerKind::Done, 2.0),
            (MarkerKind::Done, 2.0),
            (MarkerKind::Done, 1.0),
            (MarkerKind::Done, 2.0),
            (MarkerKind::Done, 2.0)
        ]
    );
    let main = &run.lanes[0];
    assert!(
        main.segments
            .iter()
            .any(|s| s.kind == SegmentKind::Waiting && s.on.as_deref() == Some("gather"))
    );
    // Segments follow each other without gaps or overlaps, in event order.
    for lane in &run.lanes {
        assert!(
            lane.segments.windows(2).all(|w| w[0].to == w[1].from),
            "{}",
            lane.task
        );
    }
    // A click on the timeline at t=1.0 shows the first event at that time.
    let at_one = playground.reduce(Action::SeekTime(1.0));
    let event = at_one.last_event().expect("an event");
    assert_eq!(event.t, 1.0);
    let events = at_one.run.as_ref().expect("a run").timeline.events();
    assert!(events[at_one.position - 2].t < 1.0);
}

#[test]
fn syntax_colouring_keeps_every_character_and_finds_the_kinds() {
    use looplab::ui::playground::highlight::{Kind, spans};
    let source = "@decorator\nasync def f(x='a # not a comment'):  # a comment\n    await g(f\"{x}\", 0x1F, 2.5e3, \"\"\"multi\nline\"\"\")\n    return len(x) is None\nunclosed = 'text\nprint(\"ok\", \"\\é\", \"\"\"\\é\")";
    let parts = spans(source);
    assert_eq!(parts.iter().map(|(_, t)| *t).collect::<String>(), source);
    let of = |kind: Kind| -> Vec<&str> {
        parts
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| *t)
            .collect()
    };
    assert_eq!(of(Kind::Decorator), ["@decorator"]);
    assert_eq!(of(Kind::AsyncKeyword), ["async", "await"]);
    assert_eq!(of(Kind::Keyword), ["def", "return", "is", "None"]);
    assert_eq!(of(Kind::Comment), ["# a comment"]);
    assert_eq!(
        of(Kind::String),
        [
            "'a # not a comment'",
            "f\"{x}\"",
            "\"\"\"multi\nline\"\"\"",
            "'text",
            "\"ok\"",
            "\"\\é\"",
            // An unclosed triple-quoted string runs to the end.
            "\"\"\"\\é\")"
        ]
    );
    assert_eq!(of(Kind::Number), ["0x1F", "2.5e3"]);
    assert_eq!(of(Kind::Builtin), ["len", "print"]);
    // Half-typed text never fails.
    for cut in 0..source.len() {
        if source.is_char_boundary(cut) {
            let part = &source[..cut];
            assert_eq!(
                spans(part).iter().map(|(_, t)| *t).collect::<String>(),
                part
            );
        }
    }
}
