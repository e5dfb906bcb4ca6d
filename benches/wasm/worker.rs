//! The playground's two halves of a run, built for WebAssembly as the site is, for timing
//! under V8 (`scripts/bench-wasm`): the worker's run of a program with every event recorded
//! and each chunk encoded as it is sent, then the page's decoding and replay of those
//! replies into a `Run`. In the whole page in Chromium (`e2e/measure-playground.mjs`) a change
//! to these is lost among the drawing and the browser's other work, whose runs vary by up to
//! 30% on this machine; here the two halves are timed alone, two builds alternated in one
//! process.
//!
//! Not a target of the crate: the script copies it into a checkout of each revision it
//! compares, as an example built as a `cdylib`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use looplab::ui::run::RunBuilder;
use looplab::ui::run::worker::{Reply, replies, run_streaming};
use wasm_bindgen::prelude::*;

#[global_allocator]
static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
    looplab::runtime::memory::CountingAllocator;

thread_local! {
    /// The replies of the last worker run, for the page's half.
    static POSTED: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `source` as the worker does and keeps its replies; gives the bytes sent.
#[wasm_bindgen]
pub fn worker_run(source: &str) -> usize {
    let sent = Rc::new(Cell::new(0usize));
    let post = {
        let sent = sent.clone();
        move |bytes: Vec<u8>| {
            sent.set(sent.get() + bytes.len());
            POSTED.with(|posted| posted.borrow_mut().push(bytes));
        }
    };
    POSTED.with(|posted| posted.borrow_mut().clear());
    let result = {
        let post = post.clone();
        run_streaming(source, 1, Box::new(|_| {}), move |reply| post(reply.encode()))
    };
    for reply in replies(&result) {
        post(reply.encode());
    }
    drop(result);
    sent.get()
}

/// Decodes and replays the replies of the last [`worker_run`] as the page does; gives the
/// run's events.
#[wasm_bindgen]
pub fn page_take(source: &str) -> usize {
    let posted = POSTED.with(|posted| posted.take());
    let mut building = RunBuilder::new(source);
    let mut finished = None;
    for bytes in posted {
        match Reply::decode(&bytes).expect("the worker's reply decodes") {
            Reply::Events(events) => building.push_events(events.into_owned()),
            Reply::Finished {
                outcome,
                output_ends,
            } => finished = Some((outcome, output_ends)),
            _ => {}
        }
    }
    let (outcome, output_ends) = finished.expect("the run finished");
    building.finish(outcome, output_ends).len()
}
