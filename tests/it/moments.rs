//! Finding the moment, on corpus programs: the next and previous event of each kind, the next
//! time a task or a line runs, an event by number, and what a jump says when it finds nothing;
//! bookmarks (added, renamed, removed, kept for a rerun, dropped for another program); the
//! `n` and `p` keys; and a search over 100,000 events.

use std::rc::Rc;

use looplab::runtime::trace::{Event, EventKind, LoopEvent};
use looplab::ui::components::keys::{Shortcut, shortcut};
use looplab::ui::components::playback::Control;
use looplab::ui::pages::playground::state::jumps::{BookmarkChange, Jump};
use looplab::ui::pages::playground::state::{Action, Playground};
use looplab::ui::run::Run;
use looplab::ui::run::find::{Direction, Kind, Moments, Target, line_of};
use looplab::ui::run::runner::Update;
use looplab::ui::share::Bookmark;
use yew::Reducible;

fn corpus(name: &str) -> String {
    let path = format!("{}/tests/programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// A playground that ran `source`, shown at its start (as a run opens), with asyncio's
/// internals shown: every event is a place to land (see the test of hidden internals).
fn ran(source: &str) -> Rc<Playground> {
    load(Rc::new(Playground::new(source.to_string()))).reduce(Action::ShowInternals(true))
}

/// The editor's program run and loaded into `playground`.
fn load(playground: Rc<Playground>) -> Rc<Playground> {
    let run = Rc::new(Run::new(&playground.source));
    playground
        .reduce(Action::Runner(Update::Started))
        .reduce(Action::Runner(Update::Loaded(run)))
}

fn jump(playground: &Rc<Playground>, jump: Jump) -> Rc<Playground> {
    playground.clone().reduce(Action::Jump(jump))
}

fn said(playground: &Playground) -> &str {
    playground.jumps.said(playground.position).unwrap_or("")
}

/// Every position `target` jumps to in `direction`, from where `playground` is, until a jump
/// finds nothing.
fn walk(playground: &Rc<Playground>, target: Target, direction: Direction) -> Vec<usize> {
    let mut at = jump(playground, Jump::Choose(target));
    let mut positions = Vec::new();
    loop {
        let next = jump(&at, Jump::Go(direction));
        if next.position == at.position {
            return positions;
        }
        positions.push(next.position);
        at = next;
    }
}

fn at_end(playground: &Rc<Playground>) -> Rc<Playground> {
    playground.clone().reduce(Action::Playback(Control::End))
}

/// The positions `kind` jumps to forward from the start: the same ones, in reverse, as back
/// from the end, and as many as the run has (what they land on, the callers check).
fn check_both_ways(playground: &Rc<Playground>, kind: Kind) -> Vec<usize> {
    let forward = walk(playground, Target::Kind(kind), Direction::Next);
    let mut back = walk(&at_end(playground), Target::Kind(kind), Direction::Previous);
    back.reverse();
    assert_eq!(forward, back, "{kind:?}");
    assert_eq!(forward.len(), playground.jumps.count(&Target::Kind(kind)));
    forward
}

fn event(playground: &Playground, position: usize) -> &Event {
    &playground.run.as_ref().expect("a run").timeline.events()[position - 1]
}

#[test]
fn prints_and_hand_offs_of_a_semaphore() {
    let playground = ran(&corpus("040_semaphore"));
    let prints = check_both_ways(&playground, Kind::Print);
    let texts: Vec<String> = prints
        .iter()
        .map(|&position| match &event(&playground, position).kind {
            EventKind::Print { text } => text.clone(),
            other => panic!("not a print: {other:?}"),
        })
        .collect();
    let run = playground.run.as_ref().expect("a run");
    let stdout: Vec<&str> = run.outcome.stdout.lines().collect();
    assert_eq!(texts, stdout, "every print, in order");

    let first = jump(&playground, Jump::Go(Direction::Next));
    assert_eq!(said(&first), "Task-2 prints at event 30.");

    // A hand-off is a change of holders: a task joining the waiters is none.
    let hand_offs = check_both_ways(&playground, Kind::HandOff);
    let holders: Vec<Vec<String>> = hand_offs
        .iter()
        .take(5)
        .map(|&position| match &event(&playground, position).kind {
            EventKind::Loop(LoopEvent::Primitive(state)) => {
                state.holders.iter().map(|h| h.to_string()).collect()
            }
            other => panic!("not a primitive: {other:?}"),
        })
        .collect();
    assert_eq!(
        holders,
        [
            vec!["Task-2"],
            vec!["Task-2", "Task-3"],
            vec!["Task-2", "Task-3", "Task-4"],
            vec!["Task-2", "Task-4"],
            vec!["Task-2", "Task-4", "Task-5"],
        ]
    );
    // 8 requests each take a slot and give it back.
    assert_eq!(hand_offs.len(), 16);
    let third = jump(
        &playground.clone().reduce(Action::Seek(hand_offs[2])),
        Jump::Find(Target::Kind(Kind::HandOff)),
    );
    assert_eq!(third.position, hand_offs[3]);
    assert_eq!(said(&third), "semaphore changes hands at event 83.");
}

#[test]
fn starts_finishes_and_cancellations_of_tasks() {
    let playground = ran(&corpus("033_cancel_and_cleanup"));
    let cancels = check_both_ways(&playground, Kind::Cancel);
    let targets: Vec<(String, bool)> = cancels
        .iter()
        .map(|&position| match &event(&playground, position).kind {
            EventKind::Cancel { target, ok } => (target.to_string(), *ok),
            other => panic!("not a cancel: {other:?}"),
        })
        .collect();
    assert_eq!(
        targets,
        [
            ("Task-2".to_string(), true),
            ("Task-3".to_string(), true),
            ("Task-4".to_string(), false)
        ]
    );
    let cancel = jump(&playground, Jump::Find(Target::Kind(Kind::Cancel)));
    assert_eq!(said(&cancel), "Task-1 cancels Task-2 at event 55.");

    let starts = check_both_ways(&playground, Kind::TaskStart);
    let started: Vec<&str> = starts
        .iter()
        .map(|&position| event(&playground, position).task.as_deref().unwrap_or("-"))
        .collect();
    assert_eq!(&started[..4], ["Task-1", "Task-2", "Task-3", "Task-4"]);
    assert!(
        starts
            .iter()
            .all(|&position| matches!(event(&playground, position).kind, EventKind::Step { .. }))
    );

    let ends = check_both_ways(&playground, Kind::TaskEnd);
    let second_end = jump(
        &playground.clone().reduce(Action::Seek(ends[0])),
        Jump::Find(Target::Kind(Kind::TaskEnd)),
    );
    assert_eq!(said(&second_end), "Task-3 finishes cancelled at event 81.");
    assert_eq!(
        said(&jump(&playground, Jump::Find(Target::Kind(Kind::TaskEnd)))),
        "Task-2 finishes cancelled at event 65."
    );

    // Every exception here is a cancellation: there is no other.
    let none = jump(&playground, Jump::Find(Target::Kind(Kind::Exception)));
    assert_eq!(none.position, 0);
    assert_eq!(said(&none), "No exception is raised in this run.");
}

#[test]
fn exceptions_that_are_not_cancellations() {
    let playground = ran(&corpus("038_taskgroup_failure"));
    let exceptions = check_both_ways(&playground, Kind::Exception);
    let first = jump(&playground, Jump::Find(Target::Kind(Kind::Exception)));
    assert_eq!(
        said(&first),
        "Task-3 fails with ConnectionError at event 59."
    );
    assert!(
        exceptions
            .iter()
            .all(|&position| match &event(&playground, position).kind {
                EventKind::Raise { exc, .. } => &**exc != "CancelledError",
                EventKind::Uncaught { .. } => true,
                _ => false,
            })
    );
    let last = *exceptions.last().expect("an exception");
    let after = jump(
        &playground.clone().reduce(Action::Seek(last)),
        Jump::Find(Target::Kind(Kind::Exception)),
    );
    assert_eq!(after.position, last, "nothing found: it stays");
    assert_eq!(
        said(&after),
        format!("No exception is raised after event {last}.")
    );

    // An exception a task raises, its awaiter raises again, and it ends the program: each is
    // found, in order (and from the uncaught one, the one before it).
    let uncaught = ran(&corpus("073_uncaught_task_error"));
    let length = uncaught.run.as_ref().expect("a run").len();
    let mut at = jump(&uncaught, Jump::Choose(Target::Kind(Kind::Exception)));
    let mut saids = Vec::new();
    for _ in 0..3 {
        at = jump(&at, Jump::Go(Direction::Next));
        saids.push(said(&at).to_string());
    }
    assert_eq!(
        saids,
        [
            "Task-3 fails with ValueError at event 41.".to_string(),
            "Task-1 fails with ValueError at event 47.".to_string(),
            format!("The program ends with an uncaught ValueError at event {length}."),
        ]
    );
    let back = jump(&at, Jump::Go(Direction::Previous));
    assert_eq!(back.position, 47);
}

#[test]
fn the_next_time_a_task_runs() {
    let playground = ran(&corpus("040_semaphore"));
    let runs = walk(&playground, Target::Task("Task-3".into()), Direction::Next);
    assert!(runs.len() >= 2, "{runs:?}");
    for &position in &runs {
        let event = event(&playground, position);
        assert!(matches!(event.kind, EventKind::Step { .. }));
        assert_eq!(event.task.as_deref(), Some("Task-3"));
    }
    let first = jump(&playground, Jump::Find(Target::Task("Task-3".into())));
    assert_eq!(said(&first), "Task-3 (safe_request) runs at event 35.");
    let last = jump(
        &playground
            .clone()
            .reduce(Action::Seek(*runs.last().unwrap())),
        Jump::Find(Target::Task("Task-3".into())),
    );
    assert_eq!(
        said(&last),
        format!(
            "Task-3 (safe_request) does not run again after event {}.",
            runs.last().unwrap()
        )
    );
    // Back from the start: nothing happened before it.
    let before = jump(
        &first.clone().reduce(Action::Seek(0)),
        Jump::Go(Direction::Previous),
    );
    assert_eq!(
        said(&before),
        "This is the start of the run: nothing happened before it."
    );
}

#[test]
fn the_next_time_a_line_runs() {
    let playground = ran(&corpus("040_semaphore"));
    // Line 19 is `await asyncio.sleep(seconds)`: each task sets its timer and suspends there
    // (one run of the line), and later resumes there.
    let first = jump(&playground, Jump::Find(Target::Line(19)));
    assert_eq!(first.position, 31);
    assert_eq!(said(&first), "Line 19 runs at event 31, in Task-2.");
    // The tasks table and the gutter put Task-2 where the jump said, not where it last waited.
    let state = first.state().expect("a state");
    assert_eq!(state.task("Task-2").and_then(|task| task.line), Some(19));
    let second = jump(&first, Jump::Go(Direction::Next));
    assert_eq!(
        second.position, 38,
        "the suspend at event 32 is the same run of the line"
    );
    assert_eq!(said(&second), "Line 19 runs at event 38, in Task-3.");
    let runs = walk(&playground, Target::Line(19), Direction::Next);
    for &position in &runs {
        assert_eq!(line_of(event(&first, position)), Some(19));
    }
    // 8 tasks sleep there and resume there.
    assert_eq!(runs.len(), 16, "{runs:?}");
    let last = *runs.last().unwrap();
    let past = jump(
        &first.clone().reduce(Action::Seek(last)),
        Jump::Go(Direction::Next),
    );
    assert_eq!(
        said(&past),
        format!("Line 19 does not run again after event {last}.")
    );
    let back = jump(&past, Jump::Go(Direction::Previous));
    assert_eq!(back.position, runs[runs.len() - 2]);

    // The program's top level runs `asyncio.run(main())` at line 33.
    let top = jump(&playground, Jump::Find(Target::Line(33)));
    assert_eq!(
        said(&top),
        format!(
            "Line 33 runs at event {}, at the program's top level.",
            top.position
        )
    );
    // The lines that run: the picker offers them (a keyboard's way to a line).
    let lines = playground.jumps.lines();
    for line in [7, 15, 18, 19, 21, 28, 33] {
        assert!(lines.contains(&line), "line {line} runs: {lines:?}");
    }
    assert!(!lines.contains(&1) && lines.is_sorted(), "{lines:?}");
    // A comment never runs.
    let comment = jump(&playground, Jump::Find(Target::Line(1)));
    assert_eq!(comment.position, 0);
    assert_eq!(
        said(&comment),
        "Line 1 does not run in this run (no event happens there)."
    );
}

#[test]
fn a_jump_lands_only_where_the_view_lets_it() {
    let run = Run::new(&corpus("040_semaphore"));
    let events = run.timeline.events();
    let moments = Moments::of(events);
    let oracle = |index: usize| events[index].is_oracle();
    let line = Target::Line(19);
    assert_eq!(moments.find(&line, 0, Direction::Next, |_| true), Some(31));
    // The timer is the loop's: a view without it lands on the suspend of the same run.
    assert_eq!(moments.find(&line, 0, Direction::Next, oracle), Some(32));
    let hand_off = Target::Kind(Kind::HandOff);
    assert_eq!(moments.find(&hand_off, 0, Direction::Next, oracle), None);
    assert_eq!(
        moments.find(&Target::Kind(Kind::Print), 31, Direction::Previous, |_| {
            true
        }),
        Some(30)
    );
    assert_eq!(
        moments.find(&Target::Kind(Kind::Print), 30, Direction::Previous, |_| {
            true
        }),
        None,
        "the print shown is not before itself"
    );
}

#[test]
fn going_to_an_event_by_number() {
    let playground = ran(&corpus("040_semaphore"));
    let length = playground.run.as_ref().unwrap().len();
    let there = jump(&playground, Jump::Event(57));
    assert_eq!(there.position, 57);
    assert_eq!(said(&there), "");
    let past = jump(&playground, Jump::Event(length + 500));
    assert_eq!(past.position, length);
    assert_eq!(
        said(&past),
        format!("The run has {length} events: this is its end.")
    );
    // What a jump said goes once the learner moves on.
    let stepped = past.reduce(Action::Playback(Control::StepBack));
    assert_eq!(said(&stepped), "");
}

#[test]
fn bookmarks_are_kept_in_order_and_follow_their_program() {
    let source = corpus("040_semaphore");
    let playground = ran(&source);
    let mark = |playground: Rc<Playground>, at: usize, label: &str| {
        playground
            .reduce(Action::Seek(at))
            .reduce(Action::Bookmark(BookmarkChange::Add(label.to_string())))
    };
    let marked = mark(playground.clone(), 57, "  the race  ");
    let marked = mark(marked, 12, "");
    let bookmark = |position: usize, label: &str| Bookmark {
        position,
        label: label.to_string(),
    };
    assert_eq!(
        marked.jumps.bookmarks,
        [bookmark(12, ""), bookmark(57, "the race")]
    );
    let renamed = mark(marked.clone(), 57, &"x".repeat(100));
    assert_eq!(renamed.jumps.bookmarks[1], bookmark(57, &"x".repeat(40)));
    let removed = renamed.reduce(Action::Bookmark(BookmarkChange::Remove(12)));
    assert_eq!(removed.jumps.bookmarks, [bookmark(57, &"x".repeat(40))]);

    // Running the same text again gives the same run: the bookmarks stay.
    let again = load(marked.clone());
    assert_eq!(again.jumps.bookmarks, marked.jumps.bookmarks);
    // Another program's run: they marked moments of the old one, and go, said so.
    let edited = load(marked.reduce(Action::Edit(source.replace("Semaphore(3)", "Semaphore(2)"))));
    assert!(edited.jumps.bookmarks.is_empty());
    assert_eq!(
        said(&edited),
        "Your 2 bookmarks marked moments of the program before your edit, so they are gone."
    );

    // Bookmarks a link brings are kept once its program runs, but for any past its end.
    let length = playground.run.as_ref().unwrap().len();
    let linked = load(Rc::new(
        Playground::new(source.clone())
            .with_bookmarks(vec![bookmark(3, "a"), bookmark(length + 1, "")]),
    ));
    assert_eq!(linked.jumps.bookmarks, [bookmark(3, "a")]);

    // Without a run there is no moment to mark.
    let empty =
        Rc::new(Playground::new(source)).reduce(Action::Bookmark(BookmarkChange::Add("x".into())));
    assert!(empty.jumps.bookmarks.is_empty());
}

#[test]
fn n_and_p_find_the_next_and_previous_moment() {
    assert_eq!(shortcut("n", false), Some(Shortcut::NextMoment));
    assert_eq!(shortcut("p", false), Some(Shortcut::PreviousMoment));
    let playground = ran(&corpus("040_semaphore"));
    let next = playground
        .clone()
        .reduce(Action::from(Shortcut::NextMoment));
    assert_eq!(next.position, 30, "the first print");
    let back = next.reduce(Action::from(Shortcut::PreviousMoment));
    assert_eq!(back.position, 30, "no print before it: it stays");
    assert_eq!(said(&back), "Nothing was printed before event 30.");
}

#[test]
fn a_search_over_100000_events() {
    let run = Run::new(&corpus("040_semaphore"));
    let one: &[Event] = run.timeline.events();
    let copies = 100_000 / one.len() + 1;
    let events: Vec<Event> = (0..copies).flat_map(|_| one.iter().cloned()).collect();
    let started = std::time::Instant::now();
    let moments = Moments::of(&events);
    let indexed = started.elapsed();
    let one_run = Moments::of(one);
    let print = Target::Kind(Kind::Print);
    assert_eq!(moments.count(&print), copies * one_run.count(&print));
    // Every print, forward: a binary search each.
    let started = std::time::Instant::now();
    let mut position = 0;
    let mut found = 0;
    while let Some(next) = moments.find(&print, position, Direction::Next, |_| true) {
        position = next;
        found += 1;
    }
    let searched = started.elapsed();
    assert_eq!(found, moments.count(&print));
    // Nothing anywhere: a miss is as quick.
    assert_eq!(
        moments.find(&Target::Line(999), 0, Direction::Next, |_| true),
        None
    );
    eprintln!(
        "{} events: indexed in {indexed:?}, {found} prints found one after another in {searched:?}",
        events.len()
    );
}

#[test]
fn with_internals_hidden_jumps_land_only_where_stepping_can_and_counts_agree() {
    for name in ["040_semaphore", "033_cancel_and_cleanup", "047_queue_join"] {
        let shown = ran(&corpus(name));
        let hidden = shown.clone().reduce(Action::ShowInternals(false));
        let run = hidden.run.clone().expect("a run");
        let learner = run.learner.positions();
        for kind in Kind::ALL {
            let landings = check_both_ways(&hidden, kind);
            for position in &landings {
                assert!(
                    learner.binary_search(position).is_ok(),
                    "{name}: {kind:?} landed on hidden event {position}"
                );
            }
            assert!(
                landings.len() <= shown.jumps.count(&Target::Kind(kind)),
                "{name}: {kind:?}: hiding the internals found more moments"
            );
        }
        // asyncio.run's shutdown tasks start and finish, but not for a learner who hides them.
        let starts =
            |playground: &Rc<Playground>| playground.jumps.count(&Target::Kind(Kind::TaskStart));
        assert!(starts(&hidden) < starts(&shown), "{name}");
    }
}

#[test]
fn the_run_indexes_its_moments_as_its_events_arrive_as_one_pass_would() {
    for name in ["040_semaphore", "033_cancel_and_cleanup", "047_queue_join"] {
        let run = Run::new(&corpus(name));
        assert_eq!(*run.moments, Moments::of(run.timeline.events()), "{name}");
    }
}
