//! A run in a few numbers, for the line a page shows once the run arrives: how much virtual
//! time it took, the tasks the program made, the loop iterations, the most tasks alive at
//! once, the lines printed and the error that ended it. A pure function of the run's events
//! and outcome, so it is tested natively on the corpus.

use std::collections::HashSet;
use std::rc::Rc;

use crate::runtime::trace::{Event, EventKind, LoopEvent};
use crate::runtime::{RunError, RunOutcome};

#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    /// The virtual time of the last event.
    pub virtual_time: f64,
    /// The tasks the program created (asyncio.run's own shutdown tasks left out: the program
    /// did not ask for them).
    pub tasks: usize,
    /// The last loop iteration reached.
    pub iterations: u64,
    /// The most of the program's tasks alive together: created and not yet finished.
    pub most_at_once: usize,
    /// The lines the program wrote to stdout (a last line without its newline counts).
    pub lines_printed: usize,
    /// The exception or limit that ended the run.
    pub error: Option<RunError>,
}

/// Whether a task is one asyncio.run makes for itself when the program's main returns
/// (`BaseEventLoop.shutdown_asyncgens`, `BaseEventLoop.shutdown_default_executor`).
fn is_asyncio_own(coro: &str) -> bool {
    coro.starts_with("BaseEventLoop.")
}

pub fn summarize(events: &[Event], outcome: &RunOutcome) -> RunSummary {
    let mut alive: HashSet<Rc<str>> = HashSet::new();
    let (mut tasks, mut most_at_once) = (0, 0);
    for event in events {
        match &event.kind {
            EventKind::Create { new, coro } if !is_asyncio_own(coro) => {
                tasks += 1;
                alive.insert(new.clone());
                most_at_once = most_at_once.max(alive.len());
            }
            // A task's coroutine returning or raising ends the task (the oracle's events);
            // the machinery says so too, with its final state.
            EventKind::Return { .. } | EventKind::Raise { .. } => {
                if let Some(task) = &event.task {
                    alive.remove(task);
                }
            }
            EventKind::Loop(LoopEvent::Finished { task, .. }) => {
                alive.remove(task);
            }
            _ => {}
        }
    }
    RunSummary {
        virtual_time: events.last().map_or(0.0, |event| event.t),
        tasks,
        iterations: events.last().map_or(0, |event| event.it),
        most_at_once,
        lines_printed: outcome.stdout.lines().count(),
        error: outcome.error.clone(),
    }
}
