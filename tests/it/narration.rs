//! The learner's words and objects: primitives named after the program's variables, asyncio's
//! own tasks, primitives, callbacks and timers marked (and hidden when the learner asks),
//! who cancelled each task, and a narration that names the program's things, checked over
//! the whole corpus of programs.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use looplab::runtime::snapshot::LoopState;
use looplab::runtime::trace::{CancelCause, Event, EventKind, LoopEvent};
use looplab::runtime::visibility::is_learner_level;
use looplab::ui::components::narration::{Context, narrate, narrate_all};
use looplab::ui::components::playback::Control;
use looplab::ui::pages::playground::state::{Action, Playground};
use looplab::ui::run::Run;
use looplab::ui::run::runner::Update;
use yew::Reducible;

fn corpus_program(name: &str) -> String {
    std::fs::read_to_string(format!("tests/programs/{name}.py")).expect("a corpus program")
}

/// Every state of a run, each paired with the event that follows it.
fn states_before(run: &Run) -> Vec<(LoopState, &Event)> {
    let mut state = LoopState::default();
    run.timeline
        .events()
        .iter()
        .map(|event| {
            let before = state.clone();
            state.apply(event);
            (before, event)
        })
        .collect()
}

/// Every label a primitive of the run had.
fn labels(run: &Run) -> Vec<(Rc<str>, bool)> {
    let end = run.timeline.state_at(run.len());
    end.primitives
        .iter()
        .map(|p| (p.label.clone(), p.internal))
        .collect()
}

#[test]
fn primitives_are_named_after_the_variable_or_attribute_that_holds_them() {
    let semaphore = Run::new(&corpus_program("040_semaphore"));
    assert_eq!(labels(&semaphore), [(Rc::from("semaphore"), false)]);

    let source = r#"import asyncio

class Account:
    def __init__(self):
        self.lock = asyncio.Lock()

async def main():
    account = Account()
    sem = asyncio.Semaphore(2)
    pair = [asyncio.Event() for _ in range(2)]
    async with account.lock, sem:
        pair[0].set()
    jobs = asyncio.Queue(maxsize=3)
    await jobs.put(1)

asyncio.run(main())
"#;
    let run = Run::new(source);
    let shown: Vec<(Rc<str>, bool)> = labels(&run).into_iter().filter(|(_, i)| !i).collect();
    let names: Vec<&str> = shown.iter().map(|(label, _)| &**label).collect();
    // Events in a list have no variable of their own: they are numbered by kind.
    assert_eq!(names, ["self.lock", "sem", "Event 1", "Event 2", "jobs"]);
    // The Queue's own Event (its `_finished`) is asyncio's.
    assert!(
        labels(&run)
            .iter()
            .any(|(label, internal)| *internal && label.starts_with("Event"))
    );
}

#[test]
fn asyncio_s_own_tasks_primitives_and_callbacks_are_marked_internal() {
    let run = Run::new(&corpus_program("047_queue_join"));
    let end = run.timeline.state_at(run.len());
    let internal_tasks: Vec<&str> = end
        .tasks
        .iter()
        .filter(|task| task.internal)
        .map(|task| &*task.coro)
        .collect();
    assert_eq!(
        internal_tasks,
        [
            "BaseEventLoop.shutdown_asyncgens",
            "BaseEventLoop.shutdown_default_executor"
        ]
    );
    assert!(
        end.tasks
            .iter()
            .filter(|t| !t.internal)
            .all(|t| !t.coro.starts_with("BaseEventLoop"))
    );
    // The queue's Event: internal, and nothing a learner sees says "Event".
    let queue_event = end
        .primitives
        .iter()
        .find(|p| &*p.kind == "Event")
        .expect("the Queue's Event");
    assert!(queue_event.internal);
    for (before, event) in states_before(&run) {
        if !is_learner_level(event, &before) {
            continue;
        }
        match &event.kind {
            EventKind::Loop(LoopEvent::Primitive(state)) => assert_eq!(&*state.label, "queue"),
            EventKind::Loop(LoopEvent::Ready { what, .. } | LoopEvent::Timer { what, .. }) => {
                assert!(!what.contains("_set_result_unless_cancelled"), "{what}");
                assert!(!what.contains("stop the loop"), "{what}");
            }
            EventKind::Create { coro, .. } => assert!(!coro.starts_with("BaseEventLoop")),
            _ => {}
        }
    }
    // as_completed's own Queue is asyncio's too.
    let as_completed = Run::new(&corpus_program("026_as_completed"));
    assert!(labels(&as_completed).iter().all(|(_, internal)| *internal));
}

/// The cause recorded for `task`'s cancellation in the program `source`.
fn cause_of(source: &str, task: &str) -> CancelCause {
    let run = Run::new(source);
    let end = run.timeline.state_at(run.len());
    let task = end
        .task(task)
        .unwrap_or_else(|| panic!("{task} in {source}"));
    assert!(task.status.is_finished(), "{source}");
    task.cancelled_by.clone().expect("a cause")
}

#[test]
fn a_cancelled_task_says_who_cancelled_it() {
    let program = "import asyncio\n\nasync def main():\n    t = asyncio.create_task(asyncio.sleep(5))\n    await asyncio.sleep(0)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError:\n        pass\n\nasyncio.run(main())\n";
    assert_eq!(
        cause_of(program, "Task-2"),
        CancelCause::Program { line: 6 }
    );

    let group = "import asyncio\n\nasync def fail():\n    await asyncio.sleep(1)\n    raise ValueError('no')\n\nasync def main():\n    try:\n        async with asyncio.TaskGroup() as tg:\n            tg.create_task(asyncio.sleep(5))\n            tg.create_task(fail())\n    except* ValueError:\n        pass\n\nasyncio.run(main())\n";
    assert_eq!(
        cause_of(group, "Task-2"),
        CancelCause::TaskGroup {
            failed: Some(Rc::from("Task-3"))
        }
    );

    let gather = "import asyncio\n\nasync def main():\n    g = asyncio.gather(asyncio.sleep(5), asyncio.sleep(6))\n    await asyncio.sleep(1)\n    g.cancel()\n    try:\n        await g\n    except asyncio.CancelledError:\n        pass\n\nasyncio.run(main())\n";
    assert_eq!(cause_of(gather, "Task-2"), CancelCause::Gather);

    let timeout = "import asyncio\n\nasync def main():\n    try:\n        async with asyncio.timeout(1):\n            await asyncio.sleep(5)\n    except TimeoutError:\n        pass\n    try:\n        await asyncio.wait_for(asyncio.create_task(asyncio.sleep(9)), 2)\n    except TimeoutError:\n        pass\n\nasyncio.run(main())\n";
    assert_eq!(
        cause_of(timeout, "Task-1"),
        CancelCause::Timeout { line: 10 }
    );
    assert_eq!(
        cause_of(timeout, "Task-2"),
        CancelCause::Timeout { line: 10 }
    );
    let first = "import asyncio\n\nasync def main():\n    try:\n        async with asyncio.timeout(1):\n            await asyncio.sleep(5)\n    except TimeoutError:\n        pass\n\nasyncio.run(main())\n";
    assert_eq!(cause_of(first, "Task-1"), CancelCause::Timeout { line: 5 });

    let cleanup = "import asyncio\n\nasync def forever():\n    await asyncio.sleep(100)\n\nasync def main():\n    asyncio.create_task(forever())\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    assert_eq!(cause_of(cleanup, "Task-2"), CancelCause::RunCleanup);

    // The gather of the issue: one child fails, main fails with it, and its slow sibling is
    // cancelled by asyncio.run's clean-up, which the narration and the group's tree say.
    let failing = "import asyncio\n\nasync def fail():\n    await asyncio.sleep(1)\n    raise ValueError('no')\n\nasync def slow():\n    await asyncio.sleep(5)\n\nasync def main():\n    await asyncio.gather(fail(), slow())\n\nasyncio.run(main())\n";
    assert_eq!(cause_of(failing, "Task-3"), CancelCause::RunCleanup);
    let run = Run::new(failing);
    let sentences = narrate_all(run.timeline.events(), &run.source).join("\n");
    assert!(
        sentences.contains(
            "Task-3 (slow) is asked to cancel, by asyncio.run's clean-up at exit (main ended while it was still pending)."
        ),
        "{sentences}"
    );
    let end = run.timeline.state_at(run.len());
    let tree = crate::common::render_component::<GroupsAt>(GroupsAtProps { state: end });
    assert!(
        tree.contains("⊘ cancelled by asyncio.run at exit"),
        "{tree}"
    );
}

/// What kind of event it is, for counting sentences per kind.
fn kind_name(event: &Event) -> String {
    let debug = match &event.kind {
        EventKind::Loop(machinery) => format!("Loop::{machinery:?}"),
        other => format!("{other:?}"),
    };
    debug
        .split(|c: char| !c.is_alphanumeric() && c != ':')
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn every_sentence_names_the_program_s_things_and_none_is_generic() {
    let mut by_kind: BTreeMap<String, (usize, BTreeSet<String>)> = BTreeMap::new();
    let mut programs = 0;
    let mut unnamed = Vec::new();
    for entry in std::fs::read_dir("tests/programs").expect("the corpus") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a program");
        let run = Run::new(&source);
        programs += 1;
        // Tasks may have names of the program's choosing (`create_task(..., name="fetch-0")`).
        let names: Vec<Rc<str>> = run
            .timeline
            .events()
            .iter()
            .flat_map(|event| match &event.kind {
                EventKind::Create { new, .. } => vec![new.clone()],
                _ => event.task.iter().cloned().collect(),
            })
            .collect();
        // One replay gives each event its state before (a copy per event would be slow).
        let mut before = LoopState::default();
        for event in run.timeline.events() {
            let sentence = narrate(
                event,
                &Context {
                    before: &before,
                    source: &source,
                },
            );
            let learner = is_learner_level(event, &before);
            before.apply(event);
            // Each sentence a learner sees names a task, a line, or the program's own variable (but the
            // program's end by an uncaught exception: no task is left; the error shows its
            // line).
            let names_something = !learner
                || matches!(event.kind, EventKind::Uncaught { .. })
                || names.iter().any(|name| sentence.contains(&**name))
                || sentence.contains("thread:")
                || sentence.contains("line ")
                || sentence.contains('`')
                || sentence.contains("asyncio.run");
            if !names_something {
                unnamed.push(format!("{}: {sentence}", path.display()));
            }
            assert!(!sentence.contains("Semaphore 1 changes"), "{sentence}");
            let (count, distinct) = by_kind.entry(kind_name(event)).or_default();
            *count += 1;
            distinct.insert(sentence);
        }
    }
    assert!(unnamed.is_empty(), "{unnamed:#?}");
    assert!(programs > 90, "the corpus is there");
    for (kind, (count, distinct)) in &by_kind {
        // A kind seen more than a few times must not say the same thing every time.
        if *count > 3 {
            assert!(
                distinct.len() >= 2 && distinct.len() * 20 >= (*count).min(200),
                "{kind}: {} distinct sentences for {count} events: {distinct:#?}",
                distinct.len()
            );
        }
    }
}

fn loaded(source: &str, show_internals: bool) -> Rc<Playground> {
    let run = Rc::new(Run::new(source));
    Rc::new(Playground::new(source.to_string()))
        .reduce(Action::ShowInternals(show_internals))
        .reduce(Action::Runner(Update::Started))
        .reduce(Action::Runner(Update::Loaded(run)))
}

#[test]
fn with_the_internals_hidden_stepping_moves_between_the_learner_s_events() {
    let source = corpus_program("047_queue_join");
    let mut playground = loaded(&source, false);
    let run = playground.run.clone().expect("a run");
    let states = states_before(&run);
    let mut visited = vec![0];
    while playground.position < run.len() {
        playground = playground.reduce(Action::Playback(Control::Step));
        visited.push(playground.position);
    }
    // Every stop but the end is just after an event a learner sees; none is skipped.
    let learner: Vec<usize> = (1..=run.len())
        .filter(|&p| {
            let (before, event) = &states[p - 1];
            is_learner_level(event, before)
        })
        .collect();
    let mut expected = vec![0];
    expected.extend(&learner);
    if expected.last() != Some(&run.len()) {
        expected.push(run.len());
    }
    assert_eq!(visited, expected);
    assert!(
        learner.len() * 3 < run.len() * 2,
        "asyncio's work is folded: {} of {} events shown",
        learner.len(),
        run.len()
    );
    // The state shown after a step is the whole state at that position.
    assert_eq!(
        *playground.state().expect("a state"),
        run.timeline.state_at(run.len())
    );
    // Back, event by event, the same stops in reverse.
    let mut back = vec![playground.position];
    while playground.position > 0 {
        playground = playground.reduce(Action::Playback(Control::StepBack));
        back.push(playground.position);
    }
    back.reverse();
    assert_eq!(back, expected);

    // Shown, every event is a stop.
    let mut shown = loaded(&source, true);
    let mut steps = 0;
    while shown.position < run.len() {
        shown = shown.reduce(Action::Playback(Control::Step));
        steps += 1;
    }
    assert_eq!(steps, run.len());
}

#[derive(yew::Properties, PartialEq)]
struct GroupsAtProps {
    state: LoopState,
}

/// The gather and TaskGroup trees of a state, as the loop panel draws them.
#[yew::component]
fn GroupsAt(props: &GroupsAtProps) -> yew::Html {
    looplab::ui::components::groups::view(&props.state, false)
}

/// A record cut short ends mid-program: its last event is told as what it is, never as the
/// end of the program (the page says above it that the record stopped there).
#[test]
fn a_record_cut_short_does_not_end_with_the_program_over() {
    use looplab::runtime::run_program;
    use looplab::ui::run::RunBuilder;

    let source = "import asyncio

async def main():
    beats = 0
    while beats < 50_000:
        beats += 1
        await asyncio.sleep(0)
    print(beats)

asyncio.run(main())
";
    let options = crate::common::record_cut_at(1 << 20, true);
    let result = run_program(source, &options);
    assert!(result.outcome.record_cut);
    let mut builder = RunBuilder::new(source);
    builder.push_events(result.trace.events);
    let run = Rc::new(builder.finish(result.outcome, result.trace.output_ends));
    // The last event recorded is one a learner does not see (the loop's own): at the end of
    // a whole run, it would be told as asyncio.run's clean-up.
    let last_learner = run.learner.positions().last().copied().unwrap_or(0);
    assert!(
        last_learner < run.len(),
        "the record ends on an internal event"
    );
    let end = Rc::new(Playground::new(source.to_string()))
        .reduce(Action::ShowInternals(false))
        .reduce(Action::Runner(Update::Started))
        .reduce(Action::Runner(Update::Loaded(run.clone())))
        .reduce(Action::Playback(Control::End));
    assert_eq!(end.position, run.len());
    assert!(
        !end.narration().starts_with("The program is over"),
        "{}",
        end.narration()
    );
}

#[test]
fn the_narration_follows_the_switch_at_the_end_of_a_run() {
    let source = corpus_program("047_queue_join");
    let hidden = loaded(&source, false).reduce(Action::Playback(Control::End));
    // The run ends on asyncio.run's clean-up: hidden, it is told as such.
    assert!(
        hidden
            .narration()
            .starts_with("The program is over: asyncio.run cleans up after it"),
        "{}",
        hidden.narration()
    );
    // Mid-run, a jump may land on an internal event (a loop iteration's start): it is told
    // as itself, not as the end.
    let iteration = loaded(&source, false).reduce(Action::NextIteration);
    assert!(
        iteration.narration().starts_with("Loop iteration 1 begins"),
        "{}",
        iteration.narration()
    );
    let shown = hidden.reduce(Action::ShowInternals(true));
    assert!(
        shown
            .narration()
            .starts_with("The loop runs the call that stops the loop"),
        "{}",
        shown.narration()
    );
    // At the start, the same sentence either way.
    let start = shown.reduce(Action::Playback(Control::Reset));
    assert_eq!(
        &*start.narration(),
        looplab::ui::components::narration::BEFORE_ANYTHING
    );
}

/// The sentences about a queue's puts and gets in a run of `source`.
fn puts_and_takes(source: &str) -> Vec<String> {
    let run = Run::new(source);
    assert_eq!(run.outcome.error, None);
    narrate_all(run.timeline.events(), &run.source)
        .into_iter()
        .filter(|s| s.contains(" puts ") || s.contains(" takes "))
        .map(|s| s.split(" at line").next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_put_or_get_names_the_item_it_moved_wherever_the_queue_keeps_it() {
    // More items than a state shows (8), so the last ones put are not among those shown; a
    // LifoQueue takes from the back, a PriorityQueue keeps a heap.
    let program = |queue: &str, extra: &str| {
        format!(
            "import asyncio\n\n{extra}\nasync def main():\n    q = {queue}\n    for n in (50, 20, 90, 10, 70, 30, 80, 40, 60, 11, 5):\n        \
             await q.put(n)\n    for _ in range(11):\n        await q.get()\n\n\nasyncio.run(main())\n"
        )
    };
    let order = [50, 20, 90, 10, 70, 30, 80, 40, 60, 11, 5];
    let expect = |taken: &[i32]| -> Vec<String> {
        let puts = order
            .iter()
            .map(|n| format!("Task-1 (main) puts {n} into `q`"));
        let takes = taken
            .iter()
            .map(|n| format!("Task-1 (main) takes {n} from `q`"));
        puts.chain(takes).collect()
    };
    assert_eq!(
        puts_and_takes(&program("asyncio.Queue()", "")),
        expect(&order)
    );
    let mut lifo = order;
    lifo.reverse();
    assert_eq!(
        puts_and_takes(&program("asyncio.LifoQueue()", "")),
        expect(&lifo)
    );
    let mut sorted = order;
    sorted.sort();
    assert_eq!(
        puts_and_takes(&program("asyncio.PriorityQueue()", "")),
        expect(&sorted)
    );
    // A program's own queue class goes through the library's Python, not its fast path.
    let own =
        "class Mine(asyncio.Queue):\n    def _put(self, item):\n        super()._put(item)\n\n";
    assert_eq!(puts_and_takes(&program("Mine()", own)), expect(&order));
}

/// `tasks` tasks through one slot of a semaphore the program calls `name`, each holding it
/// for a second: all but the first wait in its line.
fn one_slot_for(name: &str, tasks: usize) -> String {
    format!(
        "import asyncio\n\n\nasync def job({name}):\n    async with {name}:\n        \
         await asyncio.sleep(1)\n\n\nasync def main():\n    {name} = asyncio.Semaphore(1)\n    \
         await asyncio.gather(*(job({name}) for _ in range({tasks})))\n\n\nasyncio.run(main())\n"
    )
}

#[test]
fn a_task_joining_a_line_longer_than_the_names_shown_is_named() {
    // 40 tasks for one slot: the line grows past the 16 names a state keeps.
    let run = Run::new(&one_slot_for("sem", 40));
    let joins: Vec<String> = narrate_all(run.timeline.events(), &run.source)
        .into_iter()
        .filter(|s| s.contains("joins the line for `sem`"))
        .map(|s| s.split(" at line").next().unwrap_or_default().to_string())
        .collect();
    // Task-2 takes the slot; Task-3 to Task-41 join the line, each behind the one before.
    let expected: Vec<String> = (3..=41)
        .map(|n| format!("Task-{n} (job) joins the line for `sem`"))
        .collect();
    assert_eq!(joins, expected);
}

#[test]
fn a_waiting_task_waits_on_the_program_s_own_name_for_the_primitive() {
    // Two semaphores of one kind, a lock held in an attribute, an event in a list (no name
    // of its own) and a queue: each wait names which one, as the program calls it.
    let source = r#"import asyncio


class Shop:
    def __init__(self):
        self.till = asyncio.Lock()


async def use(sem):
    async with sem:
        await asyncio.sleep(1)


async def main():
    small = asyncio.Semaphore(1)
    large = asyncio.BoundedSemaphore(1)
    shop = Shop()
    flags = [asyncio.Event()]
    orders = asyncio.PriorityQueue()
    tasks = [asyncio.create_task(use(s)) for s in (small, small, large, large)]

    async def pay():
        async with shop.till:
            await asyncio.sleep(1)

    tasks += [asyncio.create_task(pay()) for _ in range(2)]
    tasks.append(asyncio.create_task(flags[0].wait()))
    tasks.append(asyncio.create_task(orders.get()))
    await asyncio.sleep(0.5)
    flags[0].set()
    orders.put_nowait(1)
    await asyncio.gather(*tasks)


asyncio.run(main())
"#;
    let run = Run::new(source);
    let sentences = narrate_all(run.timeline.events(), &run.source);
    let pauses: Vec<String> = sentences
        .iter()
        .filter(|s| s.contains(" pauses") && !s.contains("sleep"))
        .cloned()
        .collect();
    let expected = [
        "Task-3 (use) pauses at line 10 (async with sem:): it waits on `small`.acquire(), and the loop moves on.",
        "Task-5 (use) pauses at line 10 (async with sem:): it waits on `large`.acquire(), and the loop moves on.",
        "Task-7 (main.<locals>.pay) pauses at line 23 (async with shop.till:): it waits on `self.till`.acquire(), and the loop moves on.",
        "Task-8 (Event.wait) pauses: it waits on wait() on Event 1, and the loop moves on.",
        "Task-9 (Queue.get) pauses: it waits on `orders`.get(), and the loop moves on.",
        "Task-1 (main) pauses at line 32 (await asyncio.gather(*tasks)): it waits on gather, and the loop moves on.",
        "Task-11 (BaseEventLoop.shutdown_default_executor) pauses: it waits on BaseEventLoop.shutdown_default_executor, and the loop moves on.",
    ];
    assert_eq!(pauses, expected, "{}", sentences.join("\n"));
    // Woken, a task has left the line; what it had waited on is still said when it resumes.
    assert!(
        sentences.iter().any(|s| s.starts_with(
            "Task-3 (use) resumes at line 10 (async with sem:): what it awaited (`small`.acquire()) is done."
        )),
        "{}",
        sentences.join("\n")
    );

    // Past the names a line keeps, a task is found in the only line that long.
    let run = Run::new(&one_slot_for("limit", 30));
    let waits: Vec<String> = narrate_all(run.timeline.events(), &run.source)
        .into_iter()
        .filter(|s| s.contains("(job) pauses") && !s.contains("sleep"))
        .collect();
    assert_eq!(waits.len(), 29);
    assert!(
        waits
            .iter()
            .all(|s| s.contains("it waits on `limit`.acquire()")),
        "{waits:#?}"
    );
}
