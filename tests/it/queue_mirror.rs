//! The visualizer's states of a library queue come from its mirror of the items' texts (kept
//! as the queue's own `put` and `get` change it) where that mirror holds, and are written
//! out afresh where it does not. Both ways must show the same: the same program, run once
//! with `asyncio.Queue` (whose put and get the mirror follows) and once with a subclass
//! (whose `_put` and `_get` are the program's to change, so every state is written afresh),
//! must show every state of the queue alike.

use std::rc::Rc;

use looplab::runtime::trace::{EventKind, LoopEvent, PrimitiveState};
use looplab::runtime::{ExitStatus, RunOptions, run_program};

/// Every way the mirror is started, followed and ended: puts behind the items shown and
/// among them, gets, putters and getters waiting, texts of every kind, items whose text can
/// change, the queue emptied and filled again, the program changing the deque behind the
/// queue's back, a getter cancelled, `maxsize` changed.
const PROGRAM: &str = r#"
import asyncio


class Box:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Box({self.n})"


async def producer(queue, items):
    for item in items:
        await queue.put(item)


async def consumer(queue, count, got):
    for _ in range(count):
        got.append(await queue.get())
        queue.task_done()
        await asyncio.sleep(0.01)


async def main():
    queue = QUEUE(maxsize=12)
    got = []
    reader = asyncio.create_task(consumer(queue, 30, got))
    await producer(queue, range(30))
    await reader
    for item in ["a", "it's", 1.5, None, True, -7, 2**70, 3]:
        queue.put_nowait(item)
    while not queue.empty():
        got.append(queue.get_nowait())
    box = [1]
    for item in [0, box, Box(2), 4]:
        queue.put_nowait(item)
    box.append(2)
    queue.put_nowait(5)
    while not queue.empty():
        got.append(queue.get_nowait())
    for n in range(10):
        queue.put_nowait(n)
    queue._queue.append(99)
    queue.put_nowait(10)
    queue._queue.popleft()
    while not queue.empty():
        got.append(queue.get_nowait())
    for n in range(9):
        queue.put_nowait(n)
    while not queue.empty():
        got.append(queue.get_nowait())
    waiting = [asyncio.create_task(queue.get()) for _ in range(3)]
    await asyncio.sleep(0)
    for n in range(3):
        await queue.put(n * 10)
    got.extend(await asyncio.gather(*waiting))
    getter = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        got.append("cancelled")
    queue._maxsize = 3
    for n in range(3):
        queue.put_nowait(n)
    print(queue.full(), got)


asyncio.run(main())
"#;

/// The states the visualizer recorded of the program's queue, and its output.
fn queue_states(queue_class: &str) -> (Vec<Rc<PrimitiveState>>, String) {
    let text = PROGRAM.replace("QUEUE(", &format!("{queue_class}("));
    let text = match queue_class {
        "Plain" => text.replace(
            "async def producer",
            "class Plain(asyncio.Queue):\n    pass\n\n\nasync def producer",
        ),
        _ => text,
    };
    let options = RunOptions {
        filename: "queue_mirror.py".to_string(),
        machinery: true,
        ..Default::default()
    };
    let result = run_program(&text, &options);
    assert_eq!(
        result.outcome.status,
        ExitStatus::Success,
        "{}",
        result.outcome.stderr
    );
    let states = result
        .trace
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::Loop(LoopEvent::Primitive(state)) if state.kind.ends_with("Queue") => {
                Some(state.clone())
            }
            _ => None,
        })
        .collect();
    (states, result.outcome.stdout)
}

#[test]
fn a_queues_states_from_its_mirror_are_the_states_written_afresh() {
    let (mirrored, printed) = queue_states("asyncio.Queue");
    let (afresh, printed_afresh) = queue_states("Plain");
    assert_eq!(printed, printed_afresh);
    assert!(printed.starts_with("True [0, 1, 2"), "{printed}");
    assert!(mirrored.len() > 100, "{} states", mirrored.len());
    for (index, (a, b)) in mirrored.iter().zip(&afresh).enumerate() {
        assert_eq!(a, b, "state {index} of the queue");
    }
    assert_eq!(mirrored.len(), afresh.len());
    // The mirror was followed: its states share lists of texts.
    let shared = |states: &[Rc<PrimitiveState>]| {
        states
            .windows(2)
            .filter(|pair| {
                !pair[1].items.is_empty() && pair[0].items.shares_list_with(&pair[1].items)
            })
            .count()
    };
    assert!(shared(&mirrored) >= 10, "{} shared", shared(&mirrored));
    assert_eq!(shared(&afresh), 0);
}
