//! The runtime's API as the CLI and the visualizer use it: run results, the trace,
//! states at any event (checkpointed timeline), and the limits that stop runaway programs.

use std::time::{Duration, Instant};

use looplab::runtime::snapshot::{LoopState, TaskStatus, Timeline};
use looplab::runtime::trace::{EventKind, PrimitiveState};
use looplab::runtime::vm::Limits;
use looplab::runtime::{ExitStatus, RunOptions, RunResult, run_program};

fn run(source: &str) -> RunResult {
    run_program(source, &RunOptions::default())
}

fn run_with_machinery(source: &str) -> RunResult {
    let options = RunOptions {
        machinery: true,
        ..Default::default()
    };
    run_program(source, &options)
}

/// Options that stop a task after 200,000 instructions without an await (not 20 million), so
/// a runaway test ends in a fraction of a second in a debug build.
fn stopping_runaways_early() -> RunOptions {
    RunOptions {
        limits: Limits {
            steps_without_await: 200_000,
            ..Limits::default()
        },
        ..Default::default()
    }
}

const SEMAPHORE: &str = r#"
import asyncio

async def worker(name, sem, delay):
    async with sem:
        print(f"{name} in")
        await asyncio.sleep(delay)
    print(f"{name} out")

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(worker("a", sem, 1), worker("b", sem, 2))

asyncio.run(main())
"#;

#[test]
fn a_program_prints_and_finishes() {
    let result = run(SEMAPHORE);
    assert_eq!(result.outcome.stdout, "a in\na out\nb in\nb out\n");
    assert_eq!(result.outcome.status, ExitStatus::Success);
    assert_eq!(result.outcome.stderr, "");
    assert!(result.outcome.error.is_none());
}

#[test]
fn recording_the_machinery_does_not_change_the_run() {
    let plain = run(SEMAPHORE);
    let detailed = run_with_machinery(SEMAPHORE);
    assert_eq!(plain.outcome.stdout, detailed.outcome.stdout);
    assert_eq!(plain.trace.to_jsonl(), detailed.trace.to_jsonl());
    assert!(detailed.trace.events.len() > plain.trace.events.len());
}

#[test]
fn every_state_of_the_timeline_equals_a_replay_from_the_start() {
    let result = run_with_machinery(SEMAPHORE);
    let timeline = Timeline::new(&result.trace);
    let mut replayed = LoopState::default();
    assert_eq!(timeline.state_at(0), replayed);
    for (index, event) in timeline.events().iter().enumerate() {
        replayed.apply(event);
        assert_eq!(
            timeline.state_at(index + 1),
            replayed,
            "state after event {index}"
        );
    }
    // Out of range positions clamp to the end.
    assert_eq!(timeline.state_at(usize::MAX), replayed);
}

#[test]
fn states_show_tasks_timers_and_semaphore_holders_and_waiters() {
    let result = run_with_machinery(SEMAPHORE);
    let timeline = Timeline::new(&result.trace);
    // The moment worker "b" first suspends: "a" holds the semaphore and sleeps.
    let position = timeline
        .events()
        .iter()
        .position(|e| {
            e.task.as_deref() == Some("Task-3") && matches!(e.kind, EventKind::Suspend { .. })
        })
        .expect("Task-3 suspends")
        + 1;
    let state = timeline.state_at(position);
    let a = state.task("Task-2").expect("Task-2");
    assert_eq!(a.coro.as_ref(), "worker");
    assert_eq!(a.status, TaskStatus::Waiting);
    assert_eq!(a.waiting_on.as_deref(), Some("sleep"));
    assert_eq!(a.line, Some(7));
    let b = state.task("Task-3").expect("Task-3");
    assert_eq!(b.status, TaskStatus::Waiting);
    assert_eq!(b.waiting_on.as_deref(), Some("Semaphore.acquire"));
    assert_eq!(b.line, Some(5));
    let main = state.task("Task-1").expect("Task-1");
    assert_eq!(main.waiting_on.as_deref(), Some("gather"));
    let timer = state.timers().next().expect("a's sleep timer");
    assert_eq!(timer.when, 1.0);
    assert_eq!(timer.task.as_deref(), Some("Task-2"));
    let semaphore = state
        .primitives
        .iter()
        .find(|p| &*p.kind == "Semaphore")
        .expect("the semaphore");
    assert_eq!(semaphore.value, 0);
    assert_eq!(semaphore.capacity, 1);
    assert_eq!(
        semaphore.holders.iter().map(|h| &**h).collect::<Vec<_>>(),
        ["Task-2"]
    );
    assert_eq!(
        semaphore.waiters.iter().map(|h| &**h).collect::<Vec<_>>(),
        ["Task-3"]
    );
    // At the end everything is done and nothing waits.
    let end = timeline.state_at(timeline.len());
    assert!(
        end.tasks.iter().all(|t| t.status == TaskStatus::Done),
        "{:?}",
        end.tasks
    );
    assert!(end.ready.is_empty() && end.timers().len() == 0);
    assert_eq!(end.prints, 4);
}

#[test]
fn a_big_run_spaces_its_checkpoints_and_still_gives_every_state() {
    // 600 tasks: the state is bigger than the minimum checkpoint interval, so checkpoints
    // are further apart; every position must still equal a replay from the start.
    let source = "import asyncio\n\nasync def worker(n):\n    await asyncio.sleep(n % 7 / 10)\n\nasync def main():\n    await asyncio.gather(*(worker(n) for n in range(600)))\n\nasyncio.run(main())\n";
    let result = run_with_machinery(source);
    let mut observed = 0;
    let timeline = Timeline::observed(&result.trace, |_, state| {
        observed += 1;
        assert_eq!(state.position, observed);
    });
    assert_eq!(observed, timeline.len());
    let mut replayed = LoopState::default();
    for (index, event) in timeline.events().iter().enumerate() {
        replayed.apply(event);
        if index % 97 == 0 || index + 1 == timeline.len() {
            assert_eq!(
                timeline.state_at(index + 1),
                replayed,
                "after event {index}"
            );
        }
    }
    assert_eq!(replayed.tasks.len(), 603);
}

#[test]
fn a_crowd_behind_a_semaphore_keeps_states_small() {
    // 1,000 tasks queue on one slot: each state names the first waiters and counts the rest,
    // so recording stays linear in the number of changes.
    let source = r#"
import asyncio

async def worker(limit):
    async with limit:
        await asyncio.sleep(0.01)

async def main():
    limit = asyncio.Semaphore(1)
    await asyncio.gather(*(worker(limit) for _ in range(1000)))

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let timeline = Timeline::new(&result.trace);
    let crowded = (0..=timeline.len())
        .map(|position| timeline.state_at(position))
        .filter_map(|state| {
            state
                .primitives
                .iter()
                .find(|p| &*p.kind == "Semaphore")
                .cloned()
        })
        .find(|semaphore| semaphore.waiters.len() + semaphore.more_waiters == 999)
        .expect("a state where all but the holder wait");
    assert_eq!(crowded.waiters.len(), PrimitiveState::SHOWN);
    assert_eq!(&*crowded.waiters[0], "Task-3");
    assert_eq!(crowded.holders.len(), 1);
}

#[test]
fn moving_anywhere_in_a_long_timeline_is_fast() {
    let source = r#"
import asyncio

async def tick(n):
    for i in range(5):
        await asyncio.sleep(0.01 * (n % 7 + 1))

async def main():
    await asyncio.gather(*(tick(n) for n in range(400)))

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let timeline = Timeline::new(&result.trace);
    assert!(timeline.len() > 20_000, "{} events", timeline.len());
    let started = Instant::now();
    let mut position = 0usize;
    for step in 0..200 {
        // Jump around: forwards, backwards, far and near.
        position = (position + 7919 * (step + 1)) % timeline.len();
        let state = timeline.state_at(position);
        assert_eq!(state.position, position);
    }
    let per_jump = started.elapsed() / 200;
    // Generous for debug builds; a release build takes a few microseconds.
    assert!(
        per_jump < Duration::from_millis(20),
        "a jump took {per_jump:?}"
    );
}

#[test]
fn the_trace_is_the_oracles_json_lines() {
    let result = run(
        "import asyncio\nasync def main():\n    print('héllo \"x\"')\n    await asyncio.sleep(0.1)\n    return 3\nasyncio.run(main())\n",
    );
    let jsonl = result.trace.to_jsonl();
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(
        lines[0],
        r#"{"seq": 0, "it": 0, "t": 0.0, "task": null, "kind": "create", "new": "Task-1", "coro": "main"}"#
    );
    assert_eq!(
        lines[1],
        r#"{"seq": 1, "it": 1, "t": 0.0, "task": "Task-1", "kind": "step", "resume": "start"}"#
    );
    assert_eq!(
        lines[2],
        r#"{"seq": 2, "it": 1, "t": 0.0, "task": "Task-1", "kind": "print", "text": "h\u00e9llo \"x\""}"#
    );
    assert_eq!(
        lines[3],
        r#"{"seq": 3, "it": 1, "t": 0.0, "task": "Task-1", "kind": "suspend", "on": "sleep"}"#
    );
    assert_eq!(
        lines[4],
        r#"{"seq": 4, "it": 3, "t": 0.1, "task": "Task-1", "kind": "step", "resume": "send"}"#
    );
    assert_eq!(
        lines[5],
        r#"{"seq": 5, "it": 3, "t": 0.1, "task": "Task-1", "kind": "return", "value": "3"}"#
    );
}

#[test]
fn a_task_that_never_awaits_is_stopped_with_its_name_and_line() {
    let source = "import asyncio\n\nasync def spin():\n    n = 0\n    while True:\n        n += 1\n\nasync def main():\n    asyncio.create_task(spin())\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    let options = stopping_runaways_early();
    let started = Instant::now();
    let result = run_program(source, &options);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let error = result.outcome.error.expect("an error");
    assert!(error.message.contains("Task-2 (spin)"), "{}", error.message);
    assert!(
        error.message.contains("without awaiting"),
        "{}",
        error.message
    );
    assert!(matches!(error.line, Some(5 | 6)), "{:?}", error.line);
    assert!(
        result.outcome.stderr.contains("LooplabLimitError"),
        "{}",
        result.outcome.stderr
    );
}

/// Where a runaway task is stopped, and so the line it is blamed on, depends on the task's own
/// code only: not on how many instructions the program ran before it started.
#[test]
fn a_runaway_task_is_blamed_on_the_same_line_whatever_ran_before_it() {
    let spin = "import asyncio\n\nasync def spin():\n    while True:\n        pass\n\n";
    let options = stopping_runaways_early();
    let lines: Vec<Option<u32>> = (0..4)
        .map(|warm_up| {
            // Module-level work first: three instructions per repeat (an odd count).
            let before = "x = 0\ndel x\n".repeat(warm_up);
            let source = format!("{spin}{before}asyncio.run(spin())\n");
            let result = run_program(&source, &options);
            assert_eq!(result.outcome.status, ExitStatus::Limit);
            result.outcome.error.expect("an error").line
        })
        .collect();
    assert!(lines.iter().all(|line| *line == lines[0]), "{lines:?}");
    assert!(matches!(lines[0], Some(4 | 5)), "{lines:?}");
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    let source = "def down(n):\n    return down(n + 1)\n\ndown(0)\n";
    let result = run(source);
    assert_eq!(result.outcome.status, ExitStatus::Error);
    assert!(
        result
            .outcome
            .stderr
            .ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{}",
        result.outcome.stderr
    );
    assert!(
        result.outcome.stderr.contains("[Previous line repeated"),
        "{}",
        result.outcome.stderr
    );
}

#[test]
fn a_deadlock_names_each_waiting_task() {
    let source = "import asyncio\n\nasync def main():\n    done = asyncio.Event()\n    await done.wait()\n\nasyncio.run(main())\n";
    let result = run(source);
    assert_eq!(result.outcome.status, ExitStatus::Deadlock);
    assert!(
        result
            .outcome
            .stderr
            .starts_with("DeadlockError: every task is blocked and no timer is pending\n"),
        "{}",
        result.outcome.stderr
    );
    assert!(
        result
            .outcome
            .stderr
            .contains("Task-1 (main) waits on a future made by Event.wait() at line 5"),
        "{}",
        result.outcome.stderr
    );
}

#[test]
fn a_syntax_error_is_reported_with_its_line() {
    let result = run("x = (1,\n");
    assert_eq!(result.outcome.status, ExitStatus::Error);
    let error = result.outcome.error.expect("an error");
    assert_eq!(error.line, Some(1));
    assert_eq!(error.message, "SyntaxError: '(' was never closed");
}

#[test]
fn a_program_that_makes_tasks_without_end_is_stopped() {
    let source = "import asyncio\n\nasync def main():\n    while True:\n        asyncio.create_task(asyncio.sleep(1))\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n";
    let options = RunOptions {
        limits: Limits {
            tasks: 500,
            ..Limits::default()
        },
        ..Default::default()
    };
    let result = run_program(source, &options);
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let error = result.outcome.error.expect("an error");
    assert!(
        error.message.contains("created more than 500 tasks")
            && error.message.contains("Task-1 (main)"),
        "{}",
        error.message
    );
    assert_eq!(error.line, Some(5));
}

#[test]
fn a_program_that_grows_without_end_is_stopped_by_the_memory_limit() {
    let source = "chunks = []\nwhile True:\n    chunks.append('x' * 10_000)\n";
    let options = RunOptions {
        limits: Limits {
            memory_bytes: 64 << 20,
            ..Limits::default()
        },
        ..Default::default()
    };
    let started = Instant::now();
    let result = run_program(source, &options);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(result.outcome.status, ExitStatus::Limit);
    let error = result.outcome.error.expect("an error");
    assert!(
        error.message.contains("more than 64 MB of memory"),
        "{}",
        error.message
    );
    assert_eq!(error.line, Some(3));
}

/// A local that holds the exception makes a cycle through the traceback, which CPython frees
/// only at its last cycle collection: what the frame held is freed after "end". (Checked with
/// CPython 3.12.1; the corpus cannot hold this program, as the oracle's trace recorder prints
/// its own output before such late finalizers.)
#[test]
fn an_exception_in_a_cycle_with_its_frame_frees_the_frame_at_exit() {
    let source = "class Noisy:\n    def __del__(self):\n        print(\"freed\")\n\n\n\
        def fails():\n    keep = Noisy()\n    err = ValueError(\"bad\")\n    raise err\n\n\n\
        try:\n    fails()\nexcept ValueError:\n    print(\"caught\")\nprint(\"end\")\n";
    let result = looplab::runtime::run_program(source, &Default::default());
    assert_eq!(result.outcome.stdout, "caught\nend\nfreed\n");
}

#[test]
fn every_module_the_compiler_accepts_imports_and_no_other() {
    // The compiler's list (what `looplab check` accepts) and the runtime's modules agree.
    let mut program = String::new();
    for name in looplab::python::AVAILABLE_MODULES {
        program.push_str(&format!("import {name}\nprint({name}.__name__)\n"));
    }
    program.push_str("import collections.abc, concurrent.futures, urllib.parse, os.path\n");
    program.push_str("try:\n    import signal\nexcept ImportError as e:\n    print(e)\n");
    let result = run(&program);
    let mut expected: Vec<String> = looplab::python::AVAILABLE_MODULES
        .iter()
        .map(|name| name.to_string())
        .collect();
    expected.push("No module named 'signal'".to_string());
    assert_eq!(result.outcome.stdout, expected.join("\n") + "\n");
}

#[test]
fn waiters_cancelled_in_the_queue_stop_counting_at_once() {
    // Eleven tasks wait behind a Semaphore(1); three are cancelled while they wait. Their
    // futures stay in the semaphore's deque until each task runs again to leave it, but from
    // the moment they are cancelled they no longer count as waiting.
    let source = r#"
import asyncio

async def worker(limit, n):
    async with limit:
        await asyncio.sleep(1)

async def main():
    limit = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(worker(limit, n)) for n in range(12)]
    await asyncio.sleep(0.5)
    for n in (3, 5, 7):
        tasks[n].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let timeline = Timeline::new(&result.trace);
    let mut totals: Vec<usize> = Vec::new();
    for position in 0..=timeline.len() {
        let state = timeline.state_at(position);
        if let Some(semaphore) = state.primitives.iter().find(|p| &*p.kind == "Semaphore") {
            let total = semaphore.waiters.len() + semaphore.more_waiters;
            if totals.last() != Some(&total) {
                totals.push(total);
            }
        }
    }
    // Up to 11 as they queue; 8 the moment three are cancelled; one fewer as each is woken.
    let expected: Vec<usize> = (0..=11).chain((0..=8).rev()).collect();
    assert_eq!(totals, expected);
}

#[test]
fn a_primitive_made_where_a_freed_one_was_is_a_new_one() {
    // The visualizer knows primitives by address; a freed semaphore's memory is reused at once
    // by the next one, which must still get its own number and the name it is stored under.
    let source = r#"
import asyncio

async def main():
    for _ in range(2):
        first = asyncio.Semaphore(1)
        del first
        second = asyncio.Semaphore(2)
        del second

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let timeline = Timeline::new(&result.trace);
    let mut seen: Vec<(u64, String)> = Vec::new();
    for position in 0..=timeline.len() {
        for primitive in &timeline.state_at(position).primitives {
            let named = (primitive.id, primitive.label.to_string());
            if !seen.contains(&named) {
                seen.push(named);
            }
        }
    }
    let expected = [(1, "first"), (2, "second"), (3, "first"), (4, "second")];
    let expected: Vec<(u64, String)> = expected
        .iter()
        .map(|&(id, label)| (id, label.to_string()))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn a_change_that_shows_nothing_new_is_not_a_step() {
    // Every `put` clears the queue's internal "all done" Event, already clear after the first:
    // such no-op changes used to be half the events of a producer/consumer run. Each recorded
    // state of a primitive now differs from the one recorded before it.
    let source = r#"
import asyncio

async def main():
    queue = asyncio.Queue()
    for n in range(5):
        await queue.put(n)
    while not queue.empty():
        await queue.get()
        queue.task_done()
    await queue.join()

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let mut last: std::collections::HashMap<u64, PrimitiveState> = Default::default();
    let mut event_states = 0;
    for event in &result.trace.events {
        if let EventKind::Loop(looplab::runtime::trace::LoopEvent::Primitive(state)) = &event.kind {
            assert_ne!(last.get(&state.id), Some(&**state), "a repeated state");
            last.insert(state.id, (**state).clone());
            if &*state.kind == "Event" {
                event_states += 1;
            }
        }
    }
    // The internal Event: made clear, set by the queue's __init__, cleared by the first put
    // (not by the four after it), set by the last task_done.
    assert_eq!(event_states, 4);
    // The queue: made, then 5 puts and 5 gets; `task_done()` changes nothing a state shows.
    let queue_states = result
        .trace
        .events
        .iter()
        .filter(|e| {
            matches!(&e.kind, EventKind::Loop(looplab::runtime::trace::LoopEvent::Primitive(s)) if &*s.kind == "Queue")
        })
        .count();
    assert_eq!(queue_states, 11);
}

/// A queue's items are written out once and kept while they stay queued; an item that can
/// change in place (a list) is written out again at each change, so a state shows it as it is.
#[test]
fn a_queue_state_shows_each_item_as_it_is_now() {
    use looplab::runtime::trace::LoopEvent;
    let source = r#"
import asyncio

async def main():
    queue = asyncio.Queue()
    basket = []
    queue.put_nowait(basket)
    queue.put_nowait(7)
    basket.append("apple")
    queue.put_nowait("pear")
    queue.get_nowait()
    queue.put_nowait(8)

asyncio.run(main())
"#;
    let result = run_with_machinery(source);
    let states: Vec<_> = result
        .trace
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::Loop(LoopEvent::Primitive(state)) if &*state.kind == "Queue" => Some(state),
            _ => None,
        })
        .collect();
    let items: Vec<Vec<&str>> = states
        .iter()
        .map(|state| state.items.iter().map(|item| &**item).collect())
        .collect();
    assert_eq!(
        items,
        vec![
            vec![],
            vec!["[]"],
            vec!["[]", "7"],
            vec!["['apple']", "7", "'pear'"],
            vec!["7", "'pear'"],
            vec!["7", "'pear'", "8"],
        ]
    );
    // `7` stayed queued through four states: written out once, its text shared.
    let sevens: Vec<_> = states[2..]
        .iter()
        .map(|state| state.items.iter().find(|i| &***i == "7").unwrap())
        .collect();
    assert!(
        sevens
            .windows(2)
            .all(|pair| std::rc::Rc::ptr_eq(pair[0], pair[1]))
    );
}
