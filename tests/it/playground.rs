//! The playground's state as the page uses it: running a program, the console at any moment,
//! stepping and scrubbing (which must restore exactly what was shown), errors at their line;
//! and the page rendered natively with its test hooks.

use std::rc::Rc;

use looplab::runtime::RunError;
use looplab::ui::components::narration::narrate_all;
use looplab::ui::components::playback::Control;
use looplab::ui::pages::playground::PlaygroundPage;
use looplab::ui::pages::playground::state::{Action, EXAMPLE, Moment, PastTheEnd, Playground};
use looplab::ui::run::Run;
use looplab::ui::run::runner::Update;
use yew::{Reducible, ServerRenderer};

/// The editor's program run, as the page's runner reports a run: started, then loaded.
fn run_editor(playground: Rc<Playground>) -> Rc<Playground> {
    let run = Rc::new(Run::new(&playground.source));
    playground
        .reduce(Action::Runner(Update::Started))
        .reduce(Action::Runner(Update::Loaded(run)))
}

/// The error a run reports at `line`.
fn error_at(line: u32, message: &str) -> RunError {
    RunError {
        line: Some(line),
        message: message.to_string(),
    }
}

/// A program run and shown at its end, where everything has happened. (Tests that step one
/// event at a time show asyncio's internals: hidden, a step skips them.)
fn ran(source: &str) -> Rc<Playground> {
    at_end(run_editor(Rc::new(Playground::new(source.to_string()))))
}

fn at_end(playground: Rc<Playground>) -> Rc<Playground> {
    playground.reduce(Action::Playback(Control::End))
}

fn console_text(playground: &Playground) -> Vec<String> {
    let run = playground.run.as_ref().expect("a run");
    run.console(playground.position)
        .into_iter()
        .map(|line| line.text)
        .collect()
}

#[test]
fn a_run_opens_at_its_start_and_its_end_shows_the_whole_output() {
    let playground = run_editor(Rc::new(Playground::new(EXAMPLE.to_string())));
    assert_eq!(
        playground.position, 0,
        "a run opens at its start, ready to step"
    );
    assert!(console_text(&playground).is_empty());
    let playground = playground.reduce(Action::Playback(Control::End));
    let run = playground.run.as_ref().expect("a run");
    assert_eq!(playground.position, run.len());
    let expected: Vec<&str> = run.outcome.stdout.lines().collect();
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
    assert_eq!(lines[3].printer.label(), "Task-2");
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
    let start = ran(EXAMPLE)
        .reduce(Action::ShowInternals(true))
        .reduce(Action::Playback(Control::Reset));
    assert_eq!(start.position, 0);
    assert!(console_text(&start).is_empty());
    let run = start.run.clone().expect("a run");
    // Walk forward, remembering each moment, then walk back and jump around.
    let mut moments = Vec::new();
    let mut playground = start;
    for _ in 0..run.len() {
        moments.push((playground.state(), console_text(&playground)));
        playground = playground.reduce(Action::Playback(Control::Step));
    }
    assert_eq!(playground.position, run.len());
    // Stepping past the end stays at the end.
    assert_eq!(
        playground
            .clone()
            .reduce(Action::Playback(Control::Step))
            .position,
        run.len()
    );
    for position in (0..run.len()).rev() {
        playground = playground.reduce(Action::Playback(Control::StepBack));
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
    let again = at_end(run_editor(playground));
    assert_eq!(console_text(&again), ["new"]);
}

#[test]
fn errors_come_with_their_line_and_pythons_message() {
    let syntax = ran("async def main()\n    pass\n");
    let run = syntax.run.as_ref().expect("a run");
    assert_eq!(
        run.outcome.error,
        Some(error_at(1, "SyntaxError: expected ':'"))
    );

    let failing = ran(
        "import asyncio\n\nasync def main():\n    print('before')\n    raise ValueError('bad order')\n\nasyncio.run(main())\n",
    );
    let run = failing.run.as_ref().expect("a run");
    assert_eq!(
        run.outcome.error,
        Some(error_at(5, "ValueError: bad order"))
    );
    assert_eq!(console_text(&failing), ["before"]);

    let deadlock = ran(
        "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n",
    );
    let message = &deadlock
        .run
        .as_ref()
        .expect("a run")
        .outcome
        .error
        .as_ref()
        .expect("an error")
        .message;
    assert!(message.starts_with("DeadlockError"), "{message}");
}

#[test]
fn the_narration_says_why_each_event_happened() {
    let playground = ran(EXAMPLE);
    let run = playground.run.as_ref().expect("a run");
    let sentences = narrate_all(run.timeline.events(), &run.source);
    assert!(
        sentences.contains(&"Task-1 (main) creates Task-2 to run brew() at line 12.".to_string()),
        "{sentences:#?}"
    );
    assert!(sentences.iter().any(|s| {
        s.starts_with("Nothing is ready, so the virtual clock jumps to the next timer: t=1.0")
    }));
    assert!(
        sentences.contains(&"Task-2 (brew) finishes and returns 'tea'.".to_string()),
        "{sentences:#?}"
    );
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
    let playground = ran(EXAMPLE).reduce(Action::ShowInternals(true));
    let end = playground.run.as_ref().expect("a run").len();
    // Playing from the end starts again from the beginning.
    let mut playing = playground.reduce(Action::Playback(Control::Play));
    assert!(playing.playback.playing);
    assert_eq!(playing.position, 0);
    for expected in 1..=end {
        playing = playing.reduce(Action::Playback(Control::Tick));
        assert_eq!(playing.position, expected);
    }
    assert!(!playing.playback.playing, "playback stops at the end");
    assert_eq!(
        playing
            .clone()
            .reduce(Action::Playback(Control::Tick))
            .position,
        end
    );
    // A step pauses; speed sets the tick.
    let paused = playing
        .reduce(Action::Playback(Control::Reset))
        .reduce(Action::Playback(Control::Play))
        .reduce(Action::Playback(Control::Step));
    assert!(!paused.playback.playing);
    assert_eq!(paused.playback.tick_millis(), 125);
    assert_eq!(
        paused
            .reduce(Action::Playback(Control::SetSpeed(16.0)))
            .playback
            .tick_millis(),
        8
    );
}

#[test]
fn iteration_steps_land_on_the_first_event_of_an_iteration() {
    let start = ran(EXAMPLE).reduce(Action::Playback(Control::Reset));
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
    use looplab::ui::components::keys::shortcut;
    let playground = ran(EXAMPLE).reduce(Action::ShowInternals(true));
    let end = playground.position;
    let press = |p: Rc<Playground>, key: &str, shift: bool| {
        let shortcut = shortcut(key, shift).unwrap_or_else(|| panic!("{key} is a shortcut"));
        p.reduce(Action::from(shortcut))
    };
    let back = press(playground, "ArrowLeft", false);
    assert_eq!(back.position, end - 1);
    let start = press(back, "Home", false);
    assert_eq!(start.position, 0);
    let playing = press(start, " ", false);
    assert!(playing.playback.playing);
    let paused = press(playing, " ", false);
    assert!(!paused.playback.playing);
    let iteration = press(paused, "ArrowRight", true);
    assert_eq!(iteration.state().expect("a state").it, 1);
    assert!(shortcut("a", false).is_none());
}

#[test]
fn the_timeline_draws_each_tasks_life_over_virtual_time() {
    use looplab::ui::run::lanes::{MarkerKind, SegmentKind};
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
    use looplab::ui::components::highlight::{Kind, spans};
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

/// A program with a failure, prints with `end`, timers and a semaphore: enough kinds of event
/// to check that every one survives the trip from the worker.
const BUSY: &str = r#"import asyncio


async def job(n, gate):
    async with gate:
        await asyncio.sleep(n / 10)
        print("job", n, end="; ")
    if n == 3:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    gate = asyncio.Semaphore(2)
    results = await asyncio.gather(*(job(n, gate) for n in range(6)), return_exceptions=True)
    print()
    print(results)
    raise KeyError("end")


asyncio.run(main())
"#;

/// The worker runs a program again when it had to fetch a module the program imported: the
/// page forgets what it took in of the first attempt, and the run is the second's alone.
#[test]
fn a_run_started_over_keeps_nothing_of_the_first_attempt() {
    use looplab::ui::run::{RunBuilder, run_for_playground};
    let here = Run::new(BUSY);
    let events = run_for_playground(BUSY).trace.events;
    let mut building = RunBuilder::new(BUSY);
    building.push_events(events[..events.len() / 2].to_vec());
    building.start_over();
    assert_eq!(building.len(), 0);
    building.push_events(events.clone());
    let result = run_for_playground(BUSY);
    let there = building.finish(result.outcome, result.trace.output_ends);
    assert_eq!(there.timeline.events(), here.timeline.events());
    assert_eq!(there.lanes, here.lanes);
    assert_eq!(there.console(there.len()), here.console(here.len()));
}

#[test]
fn a_run_sent_by_the_worker_in_chunks_is_the_run_made_here() {
    use looplab::ui::run::RunBuilder;
    use looplab::ui::run::worker::{EVENTS_PER_CHUNK, Reply, replies, run_streaming};
    use std::cell::RefCell;

    // Enough tasks for several chunks.
    let source = BUSY.replace("range(6)", "range(400)");
    let here = Run::new(&source);
    assert!(here.len() > 2 * EVENTS_PER_CHUNK, "{} events", here.len());
    // The worker posts chunks of events while the program runs, then the rest and the
    // outcome: encoded here as it encodes them.
    let sent = Rc::new(RefCell::new(Vec::<Vec<u8>>::new()));
    let sending = sent.clone();
    let result = run_streaming(&source, 1, Box::new(|_| {}), move |reply| {
        sending.borrow_mut().push(reply.encode())
    });
    let while_running = sent.borrow().len();
    assert_eq!(
        while_running,
        here.len() / EVENTS_PER_CHUNK,
        "whole chunks while it runs"
    );
    // The worker's trace let go of the events it sent: it holds only the last ones.
    assert_eq!(result.trace.heard(), while_running * EVENTS_PER_CHUNK);
    assert_eq!(
        result.trace.events.len(),
        here.len() % EVENTS_PER_CHUNK,
        "only the events not sent yet are kept"
    );
    sent.borrow_mut()
        .extend(replies(&result).map(|reply| reply.encode()));
    let mut building = RunBuilder::new(&source);
    let mut finished = None;
    let mut messages = 0;
    for bytes in sent.borrow().iter() {
        messages += 1;
        // What the page receives is what the worker encoded.
        match Reply::decode(bytes).expect("a reply decodes") {
            Reply::Events(chunk) => {
                assert!(chunk.len() <= EVENTS_PER_CHUNK);
                building.push_events(chunk.into_owned());
            }
            Reply::Finished {
                outcome,
                output_ends,
            } => finished = Some((outcome, output_ends)),
            Reply::Ready | Reply::Again => panic!("only events and the outcome after a run"),
            Reply::Printed(_) => panic!("printed text is sent by its own watcher"),
        }
    }
    assert_eq!(messages, here.len().div_ceil(EVENTS_PER_CHUNK) + 1);
    let (outcome, output_ends) = finished.expect("the outcome comes last");
    assert_eq!(outcome, result.outcome, "the outcome travels as it is");
    let there = building.finish(outcome, output_ends);
    assert_eq!(there.len(), here.len());
    assert_eq!(there.timeline.events(), here.timeline.events());
    assert_eq!(there.lanes, here.lanes);
    assert_eq!(there.end_t, here.end_t);
    assert_eq!(there.outcome, here.outcome);
    assert_eq!(there.console(there.len()), here.console(here.len()));
    for position in [0, 1, 777, here.len() / 2, here.len()] {
        assert_eq!(
            there.timeline.state_at(position),
            here.timeline.state_at(position)
        );
    }
    assert!(
        here.outcome
            .error
            .as_ref()
            .is_some_and(|error| error.message == "KeyError: 'end'")
    );
}

#[test]
fn the_worker_rehearses_a_whole_run_while_it_waits() {
    use looplab::runtime::trace::EventKind;
    use looplab::ui::run::worker::{WARM_UP, rehearse};

    let rehearsed = rehearse();
    let here = Run::new(WARM_UP);
    // What CPython 3.12 prints for it (tests/oracle/pyrun.py).
    assert_eq!(rehearsed.outcome.stdout, "62 90 14280 20 60 JOB-0\n");
    assert_eq!(rehearsed.outcome, here.outcome);
    assert_eq!(rehearsed.timeline.events(), here.timeline.events());
    // Long enough to go through every kind of step a run takes, many times over.
    assert!(rehearsed.len() > 3000, "{} events", rehearsed.len());
    let kinds: std::collections::HashSet<_> = rehearsed
        .timeline
        .events()
        .iter()
        .map(|event| match &event.kind {
            EventKind::Loop(machinery) => (None, Some(std::mem::discriminant(machinery))),
            kind => (Some(std::mem::discriminant(kind)), None),
        })
        .collect();
    assert!(kinds.len() >= 15, "{} kinds of events", kinds.len());
}

#[test]
fn a_run_in_the_worker_clears_the_old_run_then_shows_the_new_one_at_its_start() {
    let shown = ran(EXAMPLE);
    let started = shown.reduce(Action::Runner(Update::Started));
    assert!(started.run.is_none() && started.state().is_none());
    assert_eq!(started.position, 0);
    let run = Rc::new(Run::new(BUSY));
    let loaded = started.reduce(Action::Runner(Update::Loaded(run.clone())));
    assert_eq!(loaded.position, 0);
    assert_eq!(loaded.state().as_deref(), Some(&run.timeline.state_at(0)));
}

#[test]
fn stepping_forward_replays_one_event_into_the_same_state_a_jump_rebuilds() {
    let mut playground =
        ran(&BUSY.replace("range(6)", "range(40)")).reduce(Action::Playback(Control::Reset));
    let run = playground.run.clone().expect("a run");
    while playground.position < run.len() {
        playground = playground.reduce(Action::Playback(Control::Step));
        assert_eq!(
            playground.state().as_deref(),
            Some(&run.timeline.state_at(playground.position)),
            "at {}",
            playground.position
        );
    }
}

// ----- the timeline's window: zoom, pan, follow ---------------------------------------

#[test]
fn the_timeline_zooms_pans_and_follows_the_cursor() {
    use looplab::ui::components::viewport::{TimeWindow, WindowChange};
    let playground = ran(EXAMPLE);
    assert_eq!(playground.window, TimeWindow::full(2.0));
    // Zoom in around the start: a quarter of the run.
    let zoomed = playground.reduce(Action::Window(WindowChange::Zoom {
        factor: 4.0,
        around: Some(0.0),
    }));
    assert_eq!(
        zoomed.window,
        TimeWindow {
            start: 0.0,
            end: 0.5
        }
    );
    assert_eq!(zoomed.window.ticks(), [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    // Panning stops at the end of the run; fit shows it all again.
    let panned = zoomed
        .clone()
        .reduce(Action::Window(WindowChange::Pan(10.0)));
    assert_eq!(
        panned.window,
        TimeWindow {
            start: 1.5,
            end: 2.0
        }
    );
    let fitted = panned.reduce(Action::Window(WindowChange::Fit));
    assert_eq!(fitted.window, TimeWindow::full(2.0));
    // A move that leaves the window turns it; one inside leaves it alone.
    let zoomed_window = zoomed.window;
    let at_start = zoomed.reduce(Action::Playback(Control::Reset));
    assert_eq!(at_start.window, zoomed_window);
    let at_one = at_start.reduce(Action::SeekTime(1.0));
    assert!(at_one.window.contains(1.0), "{:?}", at_one.window);
    assert_eq!(at_one.window.span(), 0.5);
    // Playing, the cursor never leaves the window.
    let mut playing = at_one
        .reduce(Action::Playback(Control::Reset))
        .reduce(Action::Playback(Control::Play));
    let mut windows = vec![playing.window];
    while playing.playback.playing {
        playing = playing.reduce(Action::Playback(Control::Tick));
        let now = playing.state().expect("a state").t;
        assert!(
            playing.window.contains(now),
            "{now} in {:?}",
            playing.window
        );
        if windows.last() != Some(&playing.window) {
            windows.push(playing.window);
        }
    }
    assert!(windows.len() >= 3, "the window turned: {windows:?}");
    // A new run shows the whole of it.
    let again = run_editor(playing);
    assert_eq!(again.window, TimeWindow::full(2.0));
}

#[test]
fn the_zoom_keys_map_to_the_window() {
    use looplab::ui::components::keys::shortcut;
    let playground = ran(EXAMPLE);
    let press = |p: Rc<Playground>, key: &str| {
        p.reduce(Action::from(shortcut(key, false).expect("a shortcut")))
    };
    let zoomed = press(playground, "+");
    assert_eq!(zoomed.window.span(), 1.0);
    let out = press(press(zoomed, "+"), "-");
    assert_eq!(out.window.span(), 1.0);
    assert_eq!(press(out, "0").window.span(), 2.0);
}

/// A program with `n` tasks that each sleep a little.
fn many_tasks(n: usize) -> String {
    format!(
        "import asyncio\n\nasync def work(i):\n    await asyncio.sleep(i % 7 / 10)\n\n\
         async def main():\n    await asyncio.gather(*(work(i) for i in range({n})))\n\n\
         asyncio.run(main())\n"
    )
}

fn render_timeline(playground: &Playground) -> String {
    use looplab::ui::components::timeline::{RunRef, TimelineProps, TimelineView};
    let props = TimelineProps {
        run: playground.run.clone().map(RunRef),
        now: playground.state().map_or(0.0, |s| s.t),
        window: playground.window,
        on_seek: yew::Callback::noop(),
        on_window: yew::Callback::noop(),
        show_internals: true,
    };
    crate::common::render_component::<TimelineView>(props)
}

#[test]
fn only_the_lanes_in_view_are_drawn() {
    use looplab::ui::components::viewport::{FIRST_ROWS, visible_rows};
    let playground = ran(&many_tasks(2000));
    let run = playground.run.as_ref().expect("a run");
    assert!(run.lanes.len() > 2000);
    // Before the page is measured (and on the server): the first rows only.
    let html = render_timeline(&playground);
    assert_eq!(
        html.matches("data-testid=\"timeline-lane\"").count(),
        FIRST_ROWS
    );
    assert!(html.contains("Task-1 (main)"));
    // Scrolled to row 1,000 of 26-pixel rows in a 600-pixel viewport.
    let rows = visible_rows(26_000.0, 600.0, 26.0);
    assert!(rows.contains(&1000) && rows.contains(&1023), "{rows:?}");
    assert!(rows.len() < 100);
}

/// Four consumers sleeping 1 ms for each of 3,000 queued items: at the whole run's zoom,
/// each consumer's lane is one bar that says it stands for 750 sleeps.
#[test]
fn a_lane_too_dense_to_draw_apart_says_how_many_stretches_it_shows_as_one() {
    let program = "import asyncio\n\nasync def consumer(queue):\n    while True:\n        \
                   await queue.get()\n        await asyncio.sleep(0.001)\n        queue.task_done()\n\n\
                   async def main():\n    queue = asyncio.Queue(10)\n    \
                   workers = [asyncio.create_task(consumer(queue)) for _ in range(4)]\n    \
                   for item in range(3000):\n        await queue.put(item)\n    \
                   await queue.join()\n    for w in workers:\n        w.cancel()\n\n\
                   asyncio.run(main())\n";
    let html = render_timeline(&ran(program));
    let labels: Vec<&str> = html
        .split("data-testid=\"seg-count\"")
        .skip(1)
        .filter_map(|rest| rest.split('>').nth(1)?.split('<').next())
        .collect();
    assert!(
        labels.iter().filter(|l| **l == "750 × sleeping").count() >= 3,
        "{labels:?}"
    );
    // Fewer elements than stretches: 3,000 sleeps and as many runs.
    assert!(html.matches("<rect").count() < 200);
}

#[test]
fn lanes_draw_only_what_falls_in_the_window() {
    use looplab::ui::components::viewport::WindowChange;
    let playground = ran(EXAMPLE);
    let whole = render_timeline(&playground);
    // From t=1.5 on: coffee (done at t=1.0) draws nothing but its label.
    let late = playground.reduce(Action::Window(WindowChange::Zoom {
        factor: 4.0,
        around: Some(2.0),
    }));
    assert_eq!(late.window.start, 1.5);
    let html = render_timeline(&late);
    let count = |html: &str, what: &str| html.matches(what).count();
    assert!(
        count(&html, "class=\"seg seg-") < count(&whole, "class=\"seg seg-"),
        "fewer segments"
    );
    assert!(!html.contains("Task-3 sleeping from t=0.0 to t=1.0"));
    assert!(whole.contains("Task-3 sleeping from t=0.0 to t=1.0"));
    // The axis counts in the window's round numbers.
    assert!(html.contains(">1.5s<") && html.contains(">1.6s<"), "{html}");
    assert!(html.contains("t = 1.5 to 2.0 s of 2.0 s"));
}

/// A lane with thousands of stretches in the window is drawn as what shows at each unit of
/// the axis: far fewer rectangles, each unit the kind of the last stretch drawn over it;
/// a lane with few keeps one rectangle per stretch.
#[test]
fn a_dense_lane_draws_what_shows_not_every_sliver() {
    use looplab::ui::components::timeline::{StandsFor, drawn_segments};
    use looplab::ui::components::viewport::{AXIS_LEFT, AXIS_RIGHT, TimeWindow};
    use looplab::ui::run::lanes::{Segment, SegmentKind};
    let kinds = [
        SegmentKind::Running,
        SegmentKind::Ready,
        SegmentKind::Waiting,
    ];
    let segment = |n: usize, from_t: f64, to_t: f64| Segment {
        kind: kinds[(n * 7 / 3) % 3],
        from_t,
        to_t,
        from: n,
        to: n + 1,
        on: None,
    };
    // 6,000 stretches over 10 s, with a long sleep in the middle.
    let mut segments: Vec<Segment> = (0..3000)
        .map(|n| segment(n, n as f64 / 1000.0, (n + 1) as f64 / 1000.0))
        .collect();
    segments.push(Segment {
        kind: SegmentKind::Sleeping,
        ..segment(3000, 3.0, 7.0)
    });
    segments.extend(
        (0..3000).map(|n| segment(n, 7.0 + n as f64 / 1000.0, 7.0 + (n + 1) as f64 / 1000.0)),
    );
    let window = TimeWindow::full(10.0);
    let drawn = drawn_segments(segments.iter(), window);
    assert!(drawn.len() < 820, "{} rectangles", drawn.len());
    assert!(
        drawn
            .iter()
            .all(|d| d.x >= AXIS_LEFT && d.x + d.width <= AXIS_RIGHT + 3.0)
    );
    // Each unit shows what the one-rectangle-per-stretch drawing shows there: the last
    // stretch drawn over it.
    for unit in (0..800).step_by(7) {
        let middle = AXIS_LEFT + unit as f64 + 0.5;
        let expected = segments.iter().rev().find(|s| {
            let x = window.x_of(s.from_t).max(AXIS_LEFT);
            let right = window.x_of(s.to_t).min(AXIS_RIGHT);
            x <= middle && middle <= x + (right - x).max(3.0)
        });
        let shown = drawn
            .iter()
            .find(|d| d.x <= middle && middle < d.x + d.width);
        assert_eq!(
            shown.map(|d| d.kind),
            expected.map(|s| s.kind),
            "unit {unit}"
        );
    }
    // The sleep is one stretch, told as itself; the busy parts say how many they stand for.
    let sleep = drawn
        .iter()
        .find(|d| d.kind == SegmentKind::Sleeping)
        .expect("the sleep");
    assert!(matches!(sleep.stands_for, StandsFor::One(s) if s.from_t == 3.0 && s.to_t == 7.0));
    assert!(
        drawn
            .iter()
            .any(|d| matches!(d.stands_for, StandsFor::Many { count, .. } if count > 1))
    );
    // Zoomed in on a tenth of a second, every stretch is its own rectangle again.
    let zoomed = TimeWindow {
        start: 1.0,
        end: 1.1,
    };
    let in_window = segments.iter().filter(|s| s.to_t >= 1.0 && s.from_t <= 1.1);
    let drawn = drawn_segments(in_window.clone(), zoomed);
    assert_eq!(drawn.len(), in_window.count());
    assert!(
        drawn
            .iter()
            .all(|d| matches!(d.stands_for, StandsFor::One(_)))
    );
}

// ----- gathers and TaskGroups as trees ------------------------------------------------

fn group_children(
    state: &looplab::runtime::snapshot::LoopState,
    group: usize,
) -> Vec<(String, &'static str)> {
    state.groups[group]
        .children
        .iter()
        .map(|child| {
            let status = state.task(child).map_or("?", |t| t.status.name());
            (child.to_string(), status)
        })
        .collect()
}

#[test]
fn a_gather_is_a_tree_of_its_owner_and_children() {
    use looplab::runtime::trace::GroupKind;
    let playground = ran(EXAMPLE);
    let run = playground.run.clone().expect("a run");
    // At t=1.5, coffee is done, tea still sleeps.
    let at_one = playground.reduce(Action::SeekTime(1.5));
    let state = at_one.state().expect("a state");
    assert_eq!(state.groups.len(), 1);
    let gather = &state.groups[0];
    assert_eq!(gather.kind, GroupKind::Gather);
    assert_eq!(gather.owner.as_deref(), Some("Task-1"));
    assert_eq!(
        group_children(&state, 0),
        [
            ("Task-2".to_string(), "waiting"),
            ("Task-3".to_string(), "done")
        ]
    );
    let end = run.timeline.state_at(run.len());
    assert_eq!(
        group_children(&end, 0),
        [
            ("Task-2".to_string(), "done"),
            ("Task-3".to_string(), "done")
        ]
    );
    // Before the gather, no group.
    assert!(run.timeline.state_at(1).groups.is_empty());
}

#[test]
fn a_task_group_gains_its_children_as_they_are_created() {
    use looplab::runtime::trace::GroupKind;
    let source = std::fs::read_to_string("tests/programs/037_taskgroup.py").expect("the program");
    let playground = ran(&source);
    let run = playground.run.as_ref().expect("a run");
    let end = run.timeline.state_at(run.len());
    assert_eq!(end.groups.len(), 1);
    assert_eq!(end.groups[0].kind, GroupKind::TaskGroup);
    assert_eq!(end.groups[0].owner.as_deref(), Some("Task-1"));
    // fetch_orders adds a follow-up task to the same group while it is open.
    assert_eq!(
        group_children(&end, 0),
        [
            ("Task-2".to_string(), "done"),
            ("Task-3".to_string(), "done"),
            ("Task-4".to_string(), "done"),
            ("Task-5".to_string(), "done")
        ]
    );
    // Just after the block's tasks were created: three children, none started.
    let created = run
        .timeline
        .events()
        .iter()
        .position(|e| matches!(&e.kind, looplab::runtime::trace::EventKind::Print { text } if text.starts_with("tasks created")))
        .expect("the print");
    let state = run.timeline.state_at(created + 1);
    assert_eq!(
        group_children(&state, 0),
        [
            ("Task-2".to_string(), "ready"),
            ("Task-3".to_string(), "ready"),
            ("Task-4".to_string(), "ready")
        ]
    );
    // Drawn as a tree, each child's state in words.
    #[derive(yew::Properties, PartialEq)]
    struct Props {
        state: looplab::runtime::snapshot::LoopState,
    }
    #[yew::component]
    fn Trees(props: &Props) -> yew::Html {
        looplab::ui::components::groups::view(&props.state, true)
    }
    let html = crate::common::render_component::<Trees>(Props { state });
    assert_eq!(html.matches("data-testid=\"group-tree\"").count(), 1);
    assert_eq!(html.matches("data-testid=\"group-child\"").count(), 3);
    assert!(html.contains("Task-1 (main)"), "{html}");
    assert!(html.contains("… ready"), "{html}");
    assert!(html.contains("TaskGroup of 3: 0 finished"), "{html}");
}

#[test]
fn machinery_for_groups_changes_neither_the_oracle_trace_nor_stdout() {
    use looplab::runtime::{RunOptions, run_program};
    let source = std::fs::read_to_string("tests/programs/037_taskgroup.py").expect("the program");
    let plain = run_program(&source, &RunOptions::default());
    let visual = run_program(
        &source,
        &RunOptions {
            machinery: true,
            ..Default::default()
        },
    );
    assert_eq!(plain.outcome, visual.outcome);
    assert_eq!(plain.trace.to_jsonl(), visual.trace.to_jsonl());
    assert!(
        visual
            .trace
            .events
            .iter()
            .any(|e| e.to_json(0).contains("Group(GroupChange"))
    );
}

/// `source` opened at `at` (as a link opens it) and run.
fn opened_at(source: &str, at: Moment) -> Rc<Playground> {
    run_editor(Rc::new(
        Playground::new(source.to_string()).opening_at(Some(at)),
    ))
}

#[test]
fn a_moment_past_the_end_shows_the_end_and_records_what_was_asked_until_the_next_run() {
    let run = Run::new(EXAMPLE);
    let shown = opened_at(EXAMPLE, Moment::Event(999_999));
    assert_eq!(shown.position, run.len());
    assert_eq!(
        shown.past_the_end,
        Some(PastTheEnd {
            asked: Moment::Event(999_999),
            events: run.len(),
            end_t: 2.0,
        })
    );
    assert_eq!(run_editor(shown).past_the_end, None, "gone at the next run");

    let late = opened_at(EXAMPLE, Moment::Time(9.0));
    assert_eq!(late.position, run.len());
    assert_eq!(
        late.past_the_end.map(|past| past.asked),
        Some(Moment::Time(9.0))
    );
    // Moments within the run are no news.
    assert_eq!(opened_at(EXAMPLE, Moment::Time(2.0)).past_the_end, None);
    assert_eq!(
        opened_at(EXAMPLE, Moment::Event(run.len())).past_the_end,
        None
    );
}

/// `async for` over `as_completed()` fails in 3.12 with CPython's own words; the page adds why
/// and what to write instead (and nothing under other errors).
#[test]
fn an_async_for_over_as_completed_gets_a_hint() {
    use looplab::ui::run::hint::hint;
    let source = "import asyncio\n\nasync def main():\n    async for done in asyncio.as_completed([asyncio.sleep(1)]):\n        print(await done)\n\nasyncio.run(main())\n";
    let run = Run::new(source);
    let error = run.outcome.error.clone().expect("3.12 refuses it");
    assert_eq!(
        error.message,
        "TypeError: 'async for' requires an object with __aiter__ method, got generator"
    );
    let text = hint(&error, source).expect("a hint");
    assert!(
        text.contains("Python 3.13")
            && text.contains("for next_done in asyncio.as_completed(aws):"),
        "{text}"
    );
    // The same error elsewhere gets no hint.
    let other = "import asyncio\n\ndef gen():\n    yield 1\n\nasync def main():\n    async for x in gen():\n        pass\n\nasyncio.run(main())\n";
    let run = Run::new(other);
    assert_eq!(hint(run.outcome.error.as_ref().unwrap(), other), None);
}

/// A run a step limit stopped offers to go on with ten times the steps, and the run with
/// them goes further; past a hundred times, the page points to `looplab run` instead.
#[test]
fn a_run_out_of_steps_can_go_on_with_more() {
    use looplab::ui::pages::playground::notices::out_of_steps_text;
    // About 22,000,000 instructions in one task step: past the usual 20,000,000.
    let long = "import asyncio\n\nasync def crunch():\n    total = 0\n    for i in range(3_200_000):\n        total += i\n    return total\n\nprint(asyncio.run(crunch()))\n";
    let stopped = Run::new(long);
    assert_eq!(
        stopped.outcome.out_of_steps,
        Some(looplab::runtime::StepLimit::WithoutAwait),
        "{:?}",
        stopped.outcome.error
    );
    assert_eq!(stopped.steps_scale, 1);
    let (text, button) = out_of_steps_text(&stopped).expect("a notice");
    assert!(
        text.starts_with(
            "Looplab stopped your program at line 6 after 20,000,000 instructions without an await"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("up to 200,000,000 instructions without an await."),
        "{text}"
    );
    assert_eq!(button.as_deref(), Some("Go on (10× the limit)"));

    let further = Run::scaled(long, 10);
    assert_eq!(further.outcome.stdout, "5119998400000\n");
    assert_eq!(further.outcome.out_of_steps, None);
    assert_eq!(out_of_steps_text(&further), None);

    // A runaway stays one at a hundred times: no more going on.
    let runaway = "import asyncio\n\nasync def spin():\n    while True:\n        pass\n\nasyncio.run(spin())\n";
    let mut run = Run::new(runaway);
    run.steps_scale = 100;
    let (text, button) = out_of_steps_text(&run).expect("a notice");
    assert!(
        text.contains("`looplab run` on your own machine has no step limit"),
        "{text}"
    );
    assert_eq!(button, None);
    // A memory limit is no step limit.
    let memory = Run::new("x = 'a' * (2 ** 31)\n");
    assert_eq!(memory.outcome.status, looplab::runtime::ExitStatus::Limit);
    assert_eq!(memory.outcome.out_of_steps, None);
}
