//! The timeline's lanes: for each task, its life over virtual time as segments (running,
//! ready, sleeping, waiting) and markers (prints, failures, cancellations), computed once
//! per run from the events.

use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::snapshot::{LoopState, TaskStatus, Timeline};
use crate::runtime::trace::{EventKind, LoopEvent};

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
    pub segments: Vec<Segment>,
    pub markers: Vec<Marker>,
}

/// The lanes of a run, in order of task creation, and the run's last virtual time.
pub fn lanes(timeline: &Timeline) -> (Vec<Lane>, f64) {
    let mut lanes: Vec<Lane> = Vec::new();
    let mut index: HashMap<Rc<str>, usize> = HashMap::new();
    // The segment each lane is in now (its end not known yet).
    let mut open: Vec<Option<Segment>> = Vec::new();
    let mut state = LoopState::default();
    let mut end_t = 0.0;
    for (position, event) in timeline.events().iter().enumerate() {
        state.apply(event);
        let after = position + 1;
        end_t = state.t;
        let mut touched: Vec<Rc<str>> = Vec::new();
        match &event.kind {
            EventKind::Create { new, coro } => {
                index.insert(new.clone(), lanes.len());
                lanes.push(Lane {
                    task: new.clone(),
                    coro: coro.clone(),
                    segments: Vec::new(),
                    markers: Vec::new(),
                });
                open.push(None);
                touched.push(new.clone());
            }
            EventKind::Loop(LoopEvent::Ready {
                task: Some(task), ..
            })
            | EventKind::Loop(LoopEvent::Waiting { task, .. }) => touched.push(task.clone()),
            EventKind::Loop(_) => {}
            _ => {
                if let Some(task) = &event.task {
                    touched.push(task.clone());
                }
            }
        }
        if let (EventKind::Print { .. }, Some(task)) = (&event.kind, &event.task)
            && let Some(&lane) = index.get(task)
        {
            lanes[lane].markers.push(Marker {
                kind: MarkerKind::Print,
                t: state.t,
                position: after,
            });
        }
        for name in touched {
            let (Some(&lane), Some(task)) = (index.get(&name), state.task(&name)) else {
                continue;
            };
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
            let same = match (&open[lane], &now) {
                (Some(segment), Some((kind, on))) => segment.kind == *kind && segment.on == *on,
                (None, None) => true,
                _ => false,
            };
            if same {
                continue;
            }
            if let Some(segment) = open[lane].take() {
                lanes[lane].segments.push(Segment {
                    to_t: state.t,
                    to: after,
                    ..segment
                });
            }
            match now {
                Some((kind, on)) => {
                    open[lane] = Some(Segment {
                        kind,
                        from_t: state.t,
                        to_t: state.t,
                        from: after,
                        to: after,
                        on,
                    })
                }
                None => {
                    let kind = match task.status {
                        TaskStatus::Failed => MarkerKind::Failed,
                        TaskStatus::Cancelled => MarkerKind::Cancelled,
                        _ => MarkerKind::Done,
                    };
                    lanes[lane].markers.push(Marker {
                        kind,
                        t: state.t,
                        position: after,
                    });
                }
            }
        }
    }
    // Whatever is still open at the end (a deadlock, a limit) lasts to the end.
    for (lane, segment) in open.into_iter().enumerate() {
        if let Some(segment) = segment {
            lanes[lane].segments.push(Segment {
                to_t: end_t,
                to: timeline.len(),
                ..segment
            });
        }
    }
    (lanes, end_t)
}
