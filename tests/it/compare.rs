//! The compare page's state: two runs merged on one virtual clock (event order, seeking by
//! time, what each side shows, the ends), the presets and the contrast each one is made to
//! show; and the page rendered natively with its test hooks.

use std::rc::Rc;

use looplab::runtime::RunError;
use looplab::ui::components::playback::Control;
use looplab::ui::pages::compare::ComparePage;
use looplab::ui::pages::compare::contrast::{ANY_FIRST_LINE, Measure, contrast, most_asleep};
use looplab::ui::pages::compare::presets::PRESETS;
use looplab::ui::pages::compare::state::{Action, Compare, SharedClock, Side, summary};
use looplab::ui::run::Run;
use looplab::ui::run::runner::Update;
use yew::{Reducible, ServerRenderer};

/// Both editors' programs run, as the page's runners report them: each side started, then
/// loaded.
fn run_both(compare: Rc<Compare>) -> Rc<Compare> {
    Side::BOTH.into_iter().fold(compare, |compare, side| {
        let run = Rc::new(Run::new(&compare.sources[side.index()]));
        compare
            .reduce(Action::Runner(side, Update::Started))
            .reduce(Action::Runner(side, Update::Loaded(run)))
    })
}

fn ran(left: &str, right: &str) -> Rc<Compare> {
    run_both(Rc::new(Compare::new(left.to_string(), right.to_string())))
}

fn preset(index: usize) -> Rc<Compare> {
    run_both(Rc::new(Compare::with_preset(index)))
}

fn console_text(compare: &Compare, side: Side) -> Vec<String> {
    compare
        .console(side)
        .into_iter()
        .map(|line| line.text)
        .collect()
}

fn golden(name: &str) -> Vec<String> {
    std::fs::read_to_string(format!("tests/programs/{name}.out"))
        .expect("a golden")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn the_shared_order_is_by_time_then_side_then_each_runs_order() {
    // Lined up by time: each event's mark is its time.
    let by_time = |times: &[f64]| times.iter().map(|&t| (t, t)).collect::<Vec<_>>();
    let clock = SharedClock::merge(
        &by_time(&[0.0, 0.0, 1.0, 3.0]),
        &by_time(&[0.0, 0.5, 1.0, 1.0]),
    );
    let order: Vec<(Side, usize)> = clock
        .events()
        .iter()
        .map(|event| (event.side, event.index))
        .collect();
    use Side::{Left, Right};
    assert_eq!(
        order,
        [
            (Left, 0),
            (Left, 1),
            (Right, 0),
            (Right, 1),
            (Left, 2),
            (Right, 2),
            (Right, 3),
            (Left, 3)
        ]
    );
    assert_eq!(clock.end_t(), 3.0);
    assert_eq!(clock.positions_after(0), [0, 0]);
    assert_eq!(clock.positions_after(3), [2, 1]);
    assert_eq!(clock.positions_after(7), [3, 4]);
    assert_eq!(clock.positions_after(100), [4, 4]);
    // Everything at or before a time has happened at that time.
    assert_eq!(clock.steps_until(0.0), 3);
    assert_eq!(clock.steps_until(0.7), 4);
    assert_eq!(clock.steps_until(1.0), 7);
    assert_eq!(clock.steps_until(2.9), 7);
    assert_eq!(clock.steps_until(3.0), 8);
}

#[test]
fn stepping_goes_event_by_event_across_both_sides_in_time_order() {
    let compare = preset(1).reduce(Action::Playback(Control::Reset));
    assert_eq!((compare.step, compare.reading), (0, 0.0));
    assert_eq!(compare.position(Side::Left), 0);
    assert_eq!(compare.position(Side::Right), 0);
    let total = compare.clock.len();
    let lengths = compare.runs.clone().map(|run| run.expect("a run").len());
    assert_eq!(total, lengths[0] + lengths[1]);

    let mut compare = compare;
    let mut last_time = 0.0;
    for step in 1..=total {
        let before = [compare.position(Side::Left), compare.position(Side::Right)];
        compare = compare.reduce(Action::Playback(Control::Step));
        let after = [compare.position(Side::Left), compare.position(Side::Right)];
        // Exactly one side moves by exactly one event.
        let moved: usize = (0..2).map(|side| after[side] - before[side]).sum();
        assert_eq!(moved, 1, "step {step}");
        assert!(compare.reading >= last_time, "the clock never goes back");
        last_time = compare.reading;
    }
    assert_eq!(compare.step, total);
    assert_eq!(
        compare.clone().reduce(Action::Playback(Control::Step)).step,
        total
    );
    // And back to the start the same way.
    for _ in 0..total {
        compare = compare.reduce(Action::Playback(Control::StepBack));
    }
    assert_eq!((compare.step, compare.reading), (0, 0.0));
}

#[test]
fn seeking_by_time_shows_each_side_at_its_last_event_at_or_before_it() {
    // asyncio.sleep ends at t=1.0, time.sleep at t=3.0.
    let compare = preset(1);
    assert_eq!(compare.clock.end_t(), 3.0);
    let left = compare.run(Side::Left).expect("a run").clone();
    let right = compare.run(Side::Right).expect("a run").clone();
    for t in [0.0, 0.5, 1.0, 1.5, 2.0, 2.99, 3.0] {
        let at = compare.clone().reduce(Action::Seek(t));
        assert_eq!(at.reading, t);
        for (side, run) in [(Side::Left, &left), (Side::Right, &right)] {
            let position = at.position(side);
            let events = run.timeline.events();
            let shown_before = events[..position].iter().all(|event| event.t <= t);
            let rest_after = events[position..].iter().all(|event| event.t > t);
            assert!(shown_before && rest_after, "{side:?} at t={t}: {position}");
            assert_eq!(at.state(side).expect("a state").position, position);
        }
    }
    let middle = compare.clone().reduce(Action::Seek(1.5));
    assert!(
        middle.is_finished(Side::Left),
        "asyncio.sleep is done by 1.5"
    );
    assert!(
        !middle.is_finished(Side::Right),
        "time.sleep is still going"
    );
    assert_eq!(
        console_text(&middle, Side::Left),
        golden("085_compare_asyncio_sleep")
    );
    assert_eq!(
        console_text(&middle, Side::Right),
        [
            "t=0.0 A: asks the database",
            "t=1.0 A: answered",
            "t=1.0 B: asks the database"
        ]
    );
    // Seeks outside the run are held to it.
    let at_zero = compare.clock.steps_until(0.0);
    assert!(at_zero > 0, "the events at t=0 have happened at t=0");
    assert_eq!(compare.clone().reduce(Action::Seek(-1.0)).step, at_zero);
    let past = compare.clone().reduce(Action::Seek(10.0));
    assert_eq!((past.step, past.reading), (compare.clock.len(), 3.0));
}

#[test]
fn a_run_ends_with_both_sides_finished_and_the_difference_said_plainly() {
    let compare = preset(1);
    assert_eq!(compare.step, compare.clock.len());
    assert_eq!(compare.reading, 3.0);
    for side in Side::BOTH {
        assert!(compare.is_finished(side));
    }
    let left = compare.run(Side::Left).expect("a run");
    let right = compare.run(Side::Right).expect("a run");
    assert_eq!((left.end_t, right.end_t), (1.0, 3.0));
    let output_lines = |run: &Run| run.console(run.len()).len();
    assert_eq!((output_lines(left), output_lines(right)), (7, 7));
    // time.sleep takes longer in fewer loop iterations: the blocked loop runs the three
    // requests one after another within one iteration.
    assert!(right.iterations() > 0 && right.iterations() < left.iterations());
    assert!(summary(left).starts_with("finished at t=1.0 after "));
    assert!(summary(left).ends_with(", 7 output lines"));
    assert_eq!(
        compare.verdict().expect("a verdict"),
        "Left (asyncio.sleep) had up to 3 handle() tasks asleep in asyncio.sleep at once, \
         right (time.sleep) none. Left finished at t=1.0, right at t=3.0: \
         left was 2.0 s of virtual time sooner."
    );
    let same = preset(0).verdict().expect("a verdict");
    assert!(same.ends_with(" Both finished at t=3.0."), "{same}");
}

#[test]
fn each_presets_verdict_says_what_its_pair_is_for() {
    assert_eq!(
        preset(0).verdict().as_deref(),
        Some(
            "Left (gather) printed its first result at t=3.0, right (as_completed) at t=1.0: \
             right had its first result 2.0 s of virtual time sooner. Both finished at t=3.0."
        )
    );
    assert_eq!(
        preset(2).verdict().as_deref(),
        Some(
            "Left (no limit) had up to 10 download() tasks asleep in asyncio.sleep at once, \
             right (Semaphore(3)) up to 3. Left finished at t=1.0, right at t=4.0: \
             left was 3.0 s of virtual time sooner."
        )
    );
}

#[test]
fn the_verdicts_measure_comes_from_the_runs_not_from_the_preset() {
    // The as_completed side with its fastest download made slower: its first result comes
    // later, and the pair (no longer a preset) is measured by its first printed line.
    let slower = PRESETS[0]
        .right
        .source
        .replace(r#"download("music", 1)"#, r#"download("music", 2.5)"#);
    let compare = ran(PRESETS[0].left.source, &slower);
    assert_eq!(compare.measure(), ANY_FIRST_LINE);
    assert_eq!(
        compare.verdict().as_deref(),
        Some(
            "Left printed its first line at t=3.0, right at t=2.0: right had its first line \
             1.0 s of virtual time sooner. Both finished at t=3.0."
        )
    );
    // The preset's own measure, on the same runs.
    let runs = Side::BOTH.map(|side| compare.run(side).expect("a run").clone());
    let measure = Measure::FirstPrint {
        marker: "got",
        what: "result",
    };
    assert_eq!(
        contrast(measure, ["Left", "right"], [&runs[0], &runs[1]]),
        "Left printed its first result at t=3.0, right at t=2.0: right had its first result \
         1.0 s of virtual time sooner."
    );
    // A side that prints nothing, and one that never sleeps.
    let quiet = ran(
        "import asyncio\nasyncio.run(asyncio.sleep(1))\n",
        "print('hi')\n",
    );
    assert_eq!(
        quiet.verdict().as_deref(),
        Some(
            "Left printed no line, right printed its first at t=0.0. Left finished at t=1.0, right at t=0.0: right was 1.0 s of virtual time sooner."
        )
    );
    let [left, right] = Side::BOTH.map(|side| quiet.run(side).expect("a run").clone());
    assert_eq!(most_asleep(&left).0, 1);
    assert_eq!(most_asleep(&right), (0, None));
}

#[test]
fn every_preset_prints_what_cpython_prints_on_both_sides() {
    let goldens = [
        ("083_compare_gather", "084_compare_as_completed"),
        ("085_compare_asyncio_sleep", "086_compare_time_sleep"),
        (
            "087_compare_without_semaphore",
            "088_compare_with_semaphore",
        ),
    ];
    assert_eq!(PRESETS.len(), goldens.len());
    for (index, (left, right)) in goldens.iter().enumerate() {
        let compare = run_both(
            Rc::new(Compare::new(String::new(), String::new())).reduce(Action::ChoosePreset(index)),
        );
        assert_eq!(compare.preset(), Some(index));
        for side in Side::BOTH {
            let run = compare.run(side).expect("a run");
            assert_eq!(run.outcome.error, None, "{} {side:?}", PRESETS[index].name);
        }
        assert_eq!(console_text(&compare, Side::Left), golden(left));
        assert_eq!(console_text(&compare, Side::Right), golden(right));
    }
}

#[test]
fn gather_prints_at_the_end_and_as_completed_as_each_finishes() {
    let compare = preset(0);
    let times = |side| -> Vec<f64> { compare.console(side).iter().map(|line| line.t).collect() };
    assert_eq!(times(Side::Left), [3.0, 3.0, 3.0, 3.0]);
    assert_eq!(times(Side::Right), [1.0, 2.0, 3.0, 3.0]);
    // At t=1.5 only the as_completed side has printed.
    let early = compare.clone().reduce(Action::Seek(1.5));
    assert!(console_text(&early, Side::Left).is_empty());
    assert_eq!(
        console_text(&early, Side::Right),
        ["t=1.0 got music after 1s"]
    );
}

#[test]
fn the_semaphore_side_never_lets_more_than_three_in() {
    let compare = preset(2);
    let most_holders = |side: Side| {
        let run = compare.run(side).expect("a run");
        (0..=run.len())
            .map(|position| {
                let state = run.timeline.state_at(position);
                state
                    .primitives
                    .iter()
                    .filter(|p| &*p.kind == "Semaphore")
                    .map(|p| p.holders.len() + p.more_holders)
                    .max()
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    };
    assert_eq!(most_holders(Side::Right), 3);
    assert_eq!(most_holders(Side::Left), 0, "no semaphore on the left");
    let ends = (
        compare.run(Side::Left).expect("a run").end_t,
        compare.run(Side::Right).expect("a run").end_t,
    );
    assert_eq!(ends, (1.0, 4.0));
}

#[test]
fn errors_stay_on_their_side_with_the_text_kept() {
    let broken = "import asyncio\n\nasync def main()\n    await asyncio.sleep(1)\n";
    let compare = ran(broken, PRESETS[0].right.source);
    let left = compare.run(Side::Left).expect("a run");
    assert_eq!(
        left.outcome.error,
        Some(RunError {
            line: Some(3),
            message: "SyntaxError: expected ':'".to_string()
        })
    );
    assert_eq!(compare.sources[0], broken);
    assert_eq!(compare.run(Side::Right).expect("a run").outcome.error, None);
    assert_eq!(compare.clock.end_t(), 3.0);
    assert_eq!(compare.preset(), None);
    assert_eq!(compare.title(Side::Left), "Left");
    let verdict = compare.verdict().expect("a verdict");
    assert!(
        verdict.starts_with("Left stopped with an error at t=0.0, right finished at t=3.0"),
        "{verdict}"
    );
}

#[test]
fn editing_keeps_the_last_runs_until_the_next_run() {
    let compare = preset(0).reduce(Action::Edit(Side::Right, "print('new')\n".to_string()));
    assert_eq!(compare.preset(), None);
    assert_eq!(
        compare.run(Side::Right).expect("a run").source,
        PRESETS[0].right.source
    );
    let again = run_both(compare);
    assert_eq!(console_text(&again, Side::Right), ["new"]);
    assert_eq!(again.clock.end_t(), 3.0);
}

#[test]
fn each_side_runs_in_its_worker_and_shows_its_run_when_it_arrives() {
    let before = preset(0);
    let started = before
        .clone()
        .reduce(Action::Runner(Side::Right, Update::Started));
    assert!(started.run(Side::Right).is_none(), "the old run is gone");
    // The other side stays, at its end, on a clock of its own events alone.
    assert_eq!(
        started.run(Side::Left).expect("a run").source,
        PRESETS[0].left.source
    );
    assert_eq!(
        started.clock.len(),
        before.run(Side::Left).expect("a run").len()
    );
    assert_eq!(started.step, started.clock.len());

    let right = Rc::new(Run::new("print('new')\n"));
    let loaded = started.reduce(Action::Runner(Side::Right, Update::Loaded(right)));
    assert_eq!(console_text(&loaded, Side::Right), ["new"]);
    assert_eq!(
        loaded.run(Side::Left).expect("a run").source,
        PRESETS[0].left.source,
        "the other side keeps its run"
    );
    assert_eq!(loaded.step, loaded.clock.len(), "both shown at their end");
    assert!(loaded.verdict().is_some());
}

#[test]
fn choosing_a_preset_fills_the_editors_and_running_here_runs_one_side() {
    let chosen =
        Rc::new(Compare::new(String::new(), String::new())).reduce(Action::ChoosePreset(1));
    assert_eq!(chosen.preset(), Some(1));
    assert!(
        chosen.run(Side::Left).is_none(),
        "the page runs it, not the choice"
    );
    let run = Rc::new(Run::new(&chosen.sources[0]));
    let left = chosen
        .reduce(Action::Runner(Side::Left, Update::Started))
        .reduce(Action::Runner(Side::Left, Update::Loaded(run)));
    assert_eq!(
        console_text(&left, Side::Left),
        golden("085_compare_asyncio_sleep")
    );
    assert!(left.run(Side::Right).is_none());
}

#[test]
fn playback_moves_one_shared_event_per_tick_and_stops_at_the_end() {
    let compare = preset(0);
    let total = compare.clock.len();
    let mut playing = compare.reduce(Action::Playback(Control::Play));
    assert!(playing.playback.playing);
    assert_eq!(playing.step, 0, "playing from the end starts again");
    for expected in 1..=total {
        playing = playing.reduce(Action::Playback(Control::Tick));
        assert_eq!(playing.step, expected);
    }
    assert!(!playing.playback.playing, "playback stops at the end");
    let toggled = playing.reduce(Action::Playback(Control::TogglePlay));
    assert!(toggled.playback.playing);
    let paused = toggled.reduce(Action::Playback(Control::Step));
    assert!(!paused.playback.playing, "a step pauses");
    assert_eq!(
        paused
            .reduce(Action::Playback(Control::SetSpeed(16.0)))
            .playback
            .tick_millis(),
        8
    );
}

#[test]
fn the_scrubber_moves_by_round_steps_that_reach_whole_seconds() {
    for (preset_index, step) in [(0, 0.02), (1, 0.02), (2, 0.02)] {
        let compare = preset(preset_index);
        assert_eq!(compare.scrub_step(), step, "preset {preset_index}");
    }
    let compare = preset(0);
    assert_eq!(compare.on_scrubber_grid(1.2371052631578947), 1.24);
    assert_eq!(compare.on_scrubber_grid(1.5049), 1.5);
    let short = ran("print('hi')\n", "print('there')\n");
    assert_eq!(short.clock.end_t(), 0.0);
    assert_eq!(short.scrub_step(), 1.0);
}

#[test]
fn the_page_renders_its_editors_clock_and_preset_picker() {
    let html = futures::executor::block_on(
        ServerRenderer::<ComparePage>::new()
            .hydratable(false)
            .render(),
    );
    for hook in [
        "compare-preset",
        "compare-editor-left",
        "compare-editor-right",
        "compare-run",
        "compare-scrubber",
        "compare-clock",
        "compare-step",
        "compare-step-back",
        "compare-play",
        "compare-console-left",
        "compare-console-right",
        "compare-timeline-left",
        "compare-timeline-right",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{hook}\"")),
            "{hook} in {html}"
        );
    }
    // Before a run: the first preset's programs and its question.
    assert!(html.contains("gather vs as_completed"));
    assert!(
        html.contains("download(&quot;photos&quot;, 3)")
            || html.contains("download(\"photos\", 3)")
    );
    assert!(html.contains("Not run yet"));
}

#[test]
fn lined_up_by_iteration_both_sides_show_the_same_turn_of_their_loop() {
    use looplab::ui::pages::compare::state::Align;
    // asyncio.sleep vs time.sleep: the same work, fewer turns of the loop on one side.
    let by_time = preset(1);
    let by_iteration = by_time.clone().reduce(Action::Align(Align::Iteration));
    assert_eq!(by_iteration.align, Align::Iteration);
    assert_eq!(
        by_iteration.step,
        by_iteration.clock.len(),
        "still at the end"
    );
    let iterations = Side::BOTH.map(|side| by_iteration.run(side).expect("a run").iterations());
    assert_eq!(
        by_iteration.clock.end_mark(),
        iterations[0].max(iterations[1]) as f64
    );
    assert_eq!(
        by_iteration.verdict().as_deref(),
        Some(
            "Left (asyncio.sleep) had up to 3 handle() tasks asleep in asyncio.sleep at once, \
             right (time.sleep) none. Left finished after 13 loop iterations, right after 11: \
             right needed 2 fewer."
        )
    );

    // At each iteration, each side has shown exactly the events of its loop up to that turn.
    for iteration in 0..=by_iteration.clock.end_mark() as u64 {
        let at = by_iteration.clone().reduce(Action::Seek(iteration as f64));
        assert_eq!(at.reading, iteration as f64);
        for side in Side::BOTH {
            let events = at.run(side).expect("a run").timeline.events();
            let shown = at.position(side);
            assert!(events[..shown].iter().all(|e| e.it <= iteration));
            assert!(events[shown..].iter().all(|e| e.it > iteration));
            // Each side's cursor stands at its own last event's time.
            let t = shown.checked_sub(1).map_or(0.0, |last| events[last].t);
            assert_eq!(at.side_time(side), t);
        }
    }

    // Stepping never turns the clock back.
    let mut compare = by_iteration
        .clone()
        .reduce(Action::Playback(Control::Reset));
    let mut last = 0.0;
    while compare.step < compare.clock.len() {
        compare = compare.reduce(Action::Playback(Control::Step));
        assert!(compare.reading >= last);
        last = compare.reading;
    }

    // A click on a side's timeline goes to the iteration that side was in at that time.
    let right = by_iteration.run(Side::Right).expect("a run").clone();
    let clicked = by_iteration
        .clone()
        .reduce(Action::SeekOnSide(Side::Right, 1.5));
    let expected = right
        .timeline
        .events()
        .iter()
        .rfind(|e| e.t <= 1.5)
        .expect("an event")
        .it;
    assert_eq!(clicked.reading, expected as f64);

    // Back to time from the middle: each side at least where it was.
    let middle = by_iteration.clone().reduce(Action::Seek(2.0));
    let before = [middle.position(Side::Left), middle.position(Side::Right)];
    let again = middle.reduce(Action::Align(Align::Time));
    assert_eq!(again.align, Align::Time);
    assert!(again.position(Side::Left) >= before[0] && again.position(Side::Right) >= before[1]);
    assert!(
        again.position(Side::Left) == before[0] || again.position(Side::Right) == before[1],
        "the first moment both are reached"
    );
    assert_eq!(again.reading, again.clock.events()[again.step - 1].t);
    assert_eq!(again.verdict().as_deref(), by_time.verdict().as_deref());
}
