//! Which events a learner sees when asyncio's internals are hidden: the program's tasks,
//! primitives, callbacks and timers, and not asyncio's own (the runner's shutdown tasks, a
//! Queue's private Event, gather's done callbacks, the loop's stop callback). A hidden event
//! is folded into the next shown one: stepping moves between shown events, and the state
//! shown after one includes everything hidden before it.

use super::snapshot::LoopState;
use super::trace::{Event, EventKind, LoopEvent};

/// Whether `event` is one a learner sees with the internals hidden, given the state just
/// before it (which says which tasks, callbacks and timers are asyncio's own).
pub fn is_learner_level(event: &Event, before: &LoopState) -> bool {
    let internal_task = |name: &str| before.task(name).is_some_and(|task| task.internal);
    match &event.kind {
        EventKind::Create { new, .. } => before.next_internal.as_deref() != Some(&**new),
        EventKind::Step { .. }
        | EventKind::Suspend { .. }
        | EventKind::Return { .. }
        | EventKind::Raise { .. } => !event.task.as_deref().is_some_and(internal_task),
        EventKind::Cancel { target, .. } => !internal_task(target),
        EventKind::Print { .. } | EventKind::Write { .. } | EventKind::Uncaught { .. } => true,
        EventKind::Loop(machinery) => match machinery {
            LoopEvent::Ready { internal, .. } | LoopEvent::Timer { internal, .. } => !internal,
            // A callback cancelled earlier is skipped: nothing to see.
            LoopEvent::Run { handle } => before.ready_entry(*handle).is_some_and(|e| !e.internal),
            LoopEvent::TimerDue { handle } => before.timer(*handle).is_some_and(|t| !t.internal),
            // A timer's cancelling; a handle that already ran (a sleep cancels its own timer
            // after it fired) is nothing to see. (Looking through the ready queue for the
            // rare cancelled callback would cost a scan of 10,000 entries per cancel.)
            LoopEvent::Cancelled { handle } => before.timer(*handle).is_some_and(|t| !t.internal),
            // The clock's jumps are the program's time passing.
            LoopEvent::Clock { .. } => true,
            // The iteration number stays on screen; the turns themselves are the loop's
            // bookkeeping (at the end of a run, several turn for asyncio's shutdown alone).
            LoopEvent::Iteration { .. } => false,
            // The task's Suspend, Return or Raise just before said it.
            LoopEvent::Waiting { .. } | LoopEvent::Finished { .. } => false,
            // A change nobody can see (a waiter's future leaving the line after it was
            // counted out) is folded too.
            LoopEvent::Primitive(state) => {
                !state.internal
                    && before.primitives.iter().find(|p| p.id == state.id) != Some(state)
            }
            LoopEvent::Group(change) => !change.internal,
            // Folded into the Create and the Cancel they precede.
            LoopEvent::Internal { .. } | LoopEvent::CancelledBy { .. } => false,
        },
    }
}

/// The positions a learner steps between with the internals hidden: 0 (the start) and the
/// position just after each learner-level event, built one event at a time as the run is
/// replayed (`observe` takes each event with the state just before it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnerPositions {
    positions: Vec<usize>,
    seen: usize,
}

impl LearnerPositions {
    pub fn observe(&mut self, event: &Event, before: &LoopState) {
        self.seen += 1;
        if is_learner_level(event, before) {
            self.positions.push(self.seen);
        }
    }

    /// The learner-level positions, increasing, without 0.
    pub fn positions(&self) -> &[usize] {
        &self.positions
    }

    /// The first learner-level position after `position` (the run's end if none: the end
    /// is always a place to stop).
    pub fn next(&self, position: usize) -> usize {
        let index = self.positions.partition_point(|&p| p <= position);
        self.positions.get(index).copied().unwrap_or(self.seen)
    }

    /// The last learner-level position before `position` (0, the start, if none).
    pub fn previous(&self, position: usize) -> usize {
        let index = self.positions.partition_point(|&p| p < position);
        index.checked_sub(1).map_or(0, |i| self.positions[i])
    }
}
