//! The events the worker sends reach the page as they were recorded. In a chunk, names are
//! written out once and numbered after, and each primitive's state is written as a change
//! from the one before it (`runtime::shared_str::chunk`, `runtime::state_wire`): every
//! program of the corpus that uses asyncio, its run recorded as the playground records it,
//! is cut into chunks, encoded, decoded, and must give back every event, equal to the
//! recorded one.

use std::path::Path;

use looplab::runtime::trace::{Event, EventKind, LoopEvent};
use looplab::runtime::{RunOptions, run_program};
use looplab::ui::run::worker::{EventChunk, Reply};

/// Encodes `events` in chunks of `every`, decodes them, and gives back what was decoded and
/// the bytes sent.
fn sent_and_read(events: &[Event], every: usize) -> (Vec<Event>, usize) {
    let mut read = Vec::with_capacity(events.len());
    let mut bytes = 0;
    for chunk in events.chunks(every) {
        let encoded = Reply::Events(EventChunk::borrowed(chunk)).encode();
        bytes += encoded.len();
        match Reply::decode(&encoded).expect("a chunk decodes") {
            Reply::Events(chunk) => read.extend(chunk.into_owned()),
            other => panic!("a chunk decoded as {other:?}"),
        }
    }
    (read, bytes)
}

fn recorded(source: &str) -> Vec<Event> {
    let options = RunOptions {
        filename: "main.py".into(),
        machinery: true,
        ..Default::default()
    };
    run_program(source, &options).trace.events
}

fn states(events: &[Event]) -> usize {
    events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::Loop(LoopEvent::Primitive(_))))
        .count()
}

#[test]
fn every_corpus_run_decodes_as_it_was_recorded() {
    let mut programs = 0;
    let mut all_states = 0;
    for entry in std::fs::read_dir(Path::new("tests/programs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        if !source.contains("asyncio") {
            continue;
        }
        let events = recorded(&source);
        all_states += states(&events);
        // Chunks of every size: a state's change is from the one before it in its chunk,
        // and the first of each chunk is whole.
        for every in [5, 2048] {
            let (read, _) = sent_and_read(&events, every);
            assert_eq!(read.len(), events.len(), "{}", path.display());
            for (at, (read, recorded)) in read.iter().zip(&events).enumerate() {
                // (A NaN time is not equal to itself: such events are compared as written.)
                let same = read == recorded || format!("{read:?}") == format!("{recorded:?}");
                assert!(
                    same,
                    "{} event {at}, chunks of {every}:\n{read:?}\n{recorded:?}",
                    path.display()
                );
            }
        }
        programs += 1;
    }
    assert!(programs > 100, "{programs} programs");
    assert!(all_states > 1_000, "{all_states} states of primitives");
}

#[test]
fn a_queue_and_a_semaphore_cost_a_few_bytes_a_change() {
    // A queue's items move up one place at each get; holders and waiters of a semaphore
    // come and go one at a time. Written whole, each state took over 200 bytes.
    let source = r#"
import asyncio

async def producer(queue):
    for n in range(2000):
        await queue.put(n * 1001)

async def consumer(queue, sem):
    while True:
        item = await queue.get()
        async with sem:
            await asyncio.sleep(0.001)
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=50)
    sem = asyncio.Semaphore(3)
    workers = [asyncio.create_task(consumer(queue, sem)) for _ in range(20)]
    await producer(queue)
    await queue.join()
    for worker in workers:
        worker.cancel()

asyncio.run(main())
"#;
    let events = recorded(source);
    let (read, bytes) = sent_and_read(&events, 2048);
    assert_eq!(read, events);
    let per_event = bytes / events.len();
    assert!(states(&events) > 10_000, "{} states", states(&events));
    assert!(per_event < 40, "{per_event} bytes an event");
}

#[test]
fn a_reply_cut_short_or_run_on_is_refused() {
    let events = recorded(
        "import asyncio\n\nasync def main():\n    q = asyncio.Queue(2)\n    await q.put('a')\n    print(await q.get())\n\nasyncio.run(main())\n",
    );
    let encoded = Reply::Events(EventChunk::borrowed(&events)).encode();
    assert!(Reply::decode(&encoded).is_ok());
    for cut in [0, 1, encoded.len() / 2, encoded.len() - 1] {
        let error = Reply::decode(&encoded[..cut]).expect_err("a reply cut short");
        assert!(error.starts_with("a garbled reply"), "{error}");
    }
    let mut run_on = encoded.clone();
    run_on.push(0);
    assert_eq!(
        Reply::decode(&run_on).expect_err("a reply with a byte after it"),
        "a garbled reply: more follows its end"
    );
}
