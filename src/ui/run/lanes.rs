//! The timeline's lanes: for each task, its life over virtual time as segments (running,
//! ready, sleeping, waiting) and markers (prints, failures, cancellations), computed once
//! per run, while the run's events are replayed (part of the run a page shows; the timeline
//! component draws them).

use std::ops::Range;
use std::rc::Rc;

use crate::runtime::snapshot::{LoopState, TaskStatus};
use crate::runtime::trace::{Event, EventKind, LoopEvent};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Running,
    /// Its step is in the ready queue.
    Ready,
    /// Waiting on a timer (`sleep`): in a real program, this is I/O.
    Sleeping,
    /// Waiting on another task, a future or a primitive.
    Waiting,
}

impl SegmentKind {
    pub fn name(self) -> &'static str {
        match self {
            SegmentKind::Running => "running",
            SegmentKind::Ready => "ready",
            SegmentKind::Sleeping => "sleeping",
            SegmentKind::Waiting => "waiting",
        }
    }
}

/// One stretch of a task's life in one state, from event `from` (a position) to event `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub from_t: f64,
    pub to_t: f64,
    pub from: usize,
    pub to: usize,
    /// What it waits on, for a waiting or sleeping segment.
    pub on: Option<Rc<str>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Print,
    Failed,
    Cancelled,
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub kind: MarkerKind,
    pub t: f64,
    /// The position just after the event.
    pub position: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub task: Rc<str>,
    pub coro: Rc<str>,
    /// The task runs asyncio's own coroutine (drawn only with the internals shown).
    pub internal: bool,
    pub segments: Vec<Segment>,
    pub markers: Vec<Marker>,
}

/// Builds the lanes while the timeline replays the run ([`Timeline::observed`]), so the
/// events are replayed once for both. A task's lane has the index of the task in
/// [`LoopState::tasks`] (both in order of creation).
#[derive(Default)]
pub struct LaneBuilder {
    lanes: Vec<Lane>,
    /// The segment each lane is in now (its end not known yet).
    open: Vec<Option<Segment>>,
    end_t: f64,
}

impl LaneBuilder {
    /// Takes in one event, with the state just after it.
    pub fn observe(&mut self, event: &Event, state: &LoopState) {
        self.end_t = state.t;
        let touched = match &event.kind {
            EventKind::Create { new, coro } => {
                self.lanes.push(Lane {
                    task: new.clone(),
                    coro: coro.clone(),
                    internal: state.task(new).is_some_and(|task| task.internal),
                    segments: Vec::new(),
                    markers: Vec::new(),
                });
                self.open.push(None);
                Some(new)
            }
            EventKind::Loop(LoopEvent::Ready {
                task: Some(task), ..
            })
            | EventKind::Loop(LoopEvent::Waiting { task, .. }) => Some(task),
            EventKind::Loop(_) => None,
            _ => event.task.as_ref(),
        };
        let Some((lane, task)) = touched.and_then(|name| state.task_entry(name)) else {
            return;
        };
        if matches!(
            event.kind,
            EventKind::Print { .. } | EventKind::Write { .. }
        ) {
            self.mark(lane, MarkerKind::Print, state);
        }
        let now = match task.status {
            TaskStatus::Running => Some((SegmentKind::Running, None)),
            TaskStatus::Ready => Some((SegmentKind::Ready, None)),
            TaskStatus::Waiting => {
                let on = task.waiting_on.clone();
                let sleeping = on.as_deref().is_some_and(|o| o.starts_with("sleep"));
                let kind = if sleeping {
                    SegmentKind::Sleeping
                } else {
                    SegmentKind::Waiting
                };
                Some((kind, on))
            }
            TaskStatus::Done | TaskStatus::Failed | TaskStatus::Cancelled => None,
        };
        let same = match (&self.open[lane], &now) {
            (Some(segment), Some((kind, on))) => segment.kind == *kind && segment.on == *on,
            (None, None) => true,
            _ => false,
        };
        if same {
            return;
        }
        if let Some(segment) = self.open[lane].take() {
            self.lanes[lane].segments.push(Segment {
                to_t: state.t,
                to: state.position,
                ..segment
            });
        }
        match now {
            Some((kind, on)) => {
                self.open[lane] = Some(Segment {
                    kind,
                    from_t: state.t,
                    to_t: state.t,
                    from: state.position,
                    to: state.position,
                    on,
                })
            }
            None => {
                let kind = match task.status {
                    TaskStatus::Failed => MarkerKind::Failed,
                    TaskStatus::Cancelled => MarkerKind::Cancelled,
                    _ => MarkerKind::Done,
                };
                self.mark(lane, kind, state);
            }
        }
    }

    fn mark(&mut self, lane: usize, kind: MarkerKind, state: &LoopState) {
        self.lanes[lane].markers.push(Marker {
            kind,
            t: state.t,
            position: state.position,
        });
    }

    /// The lanes, in order of task creation, and the run's last virtual time. Whatever is
    /// still open at the end (a deadlock, a limit) lasts to the end of the run (`events`).
    pub fn finish(mut self, events: usize) -> (Vec<Lane>, f64) {
        for (lane, segment) in self.open.into_iter().enumerate() {
            if let Some(segment) = segment {
                self.lanes[lane].segments.push(Segment {
                    to_t: self.end_t,
                    to: events,
                    ..segment
                });
            }
        }
        (self.lanes, self.end_t)
    }
}

/// The lanes a timeline draws: every task's, or with asyncio's internals hidden only the
/// program's tasks' (`learner` lists their indices, found once per run).
pub struct ShownLanes<'a> {
    lanes: &'a [Lane],
    learner: Option<&'a [usize]>,
}

impl<'a> ShownLanes<'a> {
    pub fn new(lanes: &'a [Lane], learner: &'a [usize], show_internals: bool) -> Self {
        ShownLanes {
            lanes,
            learner: (!show_internals).then_some(learner),
        }
    }

    pub fn len(&self) -> usize {
        self.learner.map_or(self.lanes.len(), <[usize]>::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The lanes of the given rows, with their row numbers.
    pub fn rows(&self, rows: Range<usize>) -> impl Iterator<Item = (usize, &'a Lane)> + '_ {
        let rows = rows.start.min(self.len())..rows.end.min(self.len());
        rows.map(move |row| {
            let index = self.learner.map_or(row, |learner| learner[row]);
            (row, &self.lanes[index])
        })
    }
}

/// The indices of the lanes of the program's own tasks.
pub fn learner_lanes(lanes: &[Lane]) -> Vec<usize> {
    (0..lanes.len()).filter(|&i| !lanes[i].internal).collect()
}
