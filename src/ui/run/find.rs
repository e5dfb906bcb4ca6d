//! Finding a moment of a run: the next or previous print, task start or finish, cancellation,
//! exception or primitive changing hands; the next time a task runs; the next time a line of
//! the program runs. The run's events are indexed once ([`Moments::of`], one pass), so each
//! search is a binary search, even over 100,000 events.
//!
//! Positions are the playground's: position `p` shows the run just after its first `p`
//! events, so the moment of the event at index `i` is position `i + 1`. Every search takes
//! the events it may land on (`landable`, by index), so a view that hides some events (the
//! loop's internals) lands only where its stepping would.

use hashbrown::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::runtime::trace::{Event, EventKind, LoopEvent, PrimitiveState, Resume};

/// The kinds of event a learner looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `print()` wrote a line.
    Print,
    /// A task's coroutine runs for the first time.
    TaskStart,
    /// A task's coroutine returns or raises (a cancelled task raises `CancelledError`).
    TaskEnd,
    /// A `cancel()` call on a task (whether or not the task could still be cancelled).
    Cancel,
    /// A task ends with an exception other than `CancelledError`, or the program ends with
    /// an uncaught one.
    Exception,
    /// A lock, semaphore or condition is taken or given back; an event is set or cleared; a
    /// queue gains or loses an item. (A task joining or leaving a queue of waiters is not a
    /// change of hands.)
    HandOff,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Print,
        Kind::TaskStart,
        Kind::TaskEnd,
        Kind::Cancel,
        Kind::Exception,
        Kind::HandOff,
    ];

    /// The kind as the picker names it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Print => "a print",
            Kind::TaskStart => "a task starts",
            Kind::TaskEnd => "a task finishes",
            Kind::Cancel => "a cancel() call",
            Kind::Exception => "an exception",
            Kind::HandOff => "a Lock/Semaphore/Event/Queue changes",
        }
    }

    /// A short name for links and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Print => "print",
            Kind::TaskStart => "task-start",
            Kind::TaskEnd => "task-end",
            Kind::Cancel => "cancel",
            Kind::Exception => "exception",
            Kind::HandOff => "hand-off",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Whether `event` is one of this kind (a hand-off also needs the primitive's state
    /// before it, so [`Moments::of`] finds those itself).
    fn matches(self, event: &Event) -> bool {
        match (self, &event.kind) {
            (Kind::Print, EventKind::Print { .. } | EventKind::Write { .. }) => true,
            (Kind::TaskStart, EventKind::Step { resume }) => *resume == Resume::Start,
            (Kind::TaskEnd, EventKind::Return { .. } | EventKind::Raise { .. }) => {
                event.task.is_some()
            }
            (Kind::Cancel, EventKind::Cancel { .. }) => true,
            (Kind::Exception, EventKind::Raise { exc, .. }) => &**exc != "CancelledError",
            (Kind::Exception, EventKind::Uncaught { .. }) => true,
            _ => false,
        }
    }
}

/// What a jump looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Kind(Kind),
    /// The task with this name runs (the loop steps its coroutine).
    Task(Rc<str>),
    /// This line of the program runs (see [`line_of`]).
    Line(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Next,
    Previous,
}

/// The line of the program an event happens at, if it counts as the line running: the
/// running task's code (or the program's top level) is at that line as the event happens.
/// So a line runs when a task prints, creates or cancels a task, awaits, returns or raises
/// there, or when the loop's machinery acts on its behalf there (the timer an
/// `asyncio.sleep` on that line sets, the lock an `async with` on it takes). The loop
/// resuming a task does not count (that event's line is the loop's, not the task's): the
/// task's first event after it does. Nor does the loop's own machinery outside any task
/// (its iterations, its clock, the callbacks it runs), which happens while the program's top
/// level waits in `asyncio.run`; a primitive or a gather the top level makes does count.
pub fn line_of(event: &Event) -> Option<u32> {
    match (&event.kind, &event.task) {
        (EventKind::Step { .. }, _) => None,
        (_, Some(_)) => event.line,
        (EventKind::Loop(LoopEvent::Primitive(_) | LoopEvent::Group(_)), None) => event.line,
        (EventKind::Loop(_), None) => None,
        (_, None) => event.line,
    }
}

/// Every moment of one run a learner can jump to, each as the range of event indices it
/// spans (one event, but for a line's: a task's consecutive events at one line in one step
/// are one run of that line), in order.
#[derive(Debug, Default, PartialEq)]
pub struct Moments {
    kinds: [Vec<Range<usize>>; Kind::ALL.len()],
    tasks: HashMap<Rc<str>, Vec<Range<usize>>>,
    lines: HashMap<u32, Vec<Range<usize>>>,
}

/// Builds the moments of a run one event at a time, as its chunks arrive (so that a run of
/// 100,000 events is not indexed in the one frame that shows it).
#[derive(Debug, Default)]
pub struct MomentsBuilder {
    moments: Moments,
    /// Each primitive's last state, to tell when it changes hands.
    primitives: HashMap<u64, Rc<PrimitiveState>>,
    /// The task and line of the run of a line under way.
    at_line: Option<(Option<Rc<str>>, u32)>,
    /// How many events it has seen.
    seen: usize,
}

impl MomentsBuilder {
    pub fn observe(&mut self, event: &Event) {
        let index = self.seen;
        self.seen += 1;
        let moments = &mut self.moments;
        let single = index..index + 1;
        for kind in Kind::ALL {
            if kind.matches(event) {
                moments.kinds[kind.index()].push(single.clone());
            }
        }
        if let EventKind::Loop(LoopEvent::Primitive(state)) = &event.kind {
            // (States are shared with the events: kept by reference, not copied.)
            let before = self.primitives.insert(state.id, state.clone());
            if changes_hands(before.as_deref(), state) {
                moments.kinds[Kind::HandOff.index()].push(single.clone());
            }
        }
        if let (EventKind::Step { .. }, Some(task)) = (&event.kind, &event.task) {
            moments
                .tasks
                .entry(task.clone())
                .or_default()
                .push(single.clone());
        }
        let task = &event.task;
        match line_of(event) {
            Some(line) => {
                let runs = moments.lines.entry(line).or_default();
                let continues = self
                    .at_line
                    .as_ref()
                    .is_some_and(|(at_task, at)| *at == line && at_task == task);
                match runs.last_mut() {
                    Some(run) if continues => run.end = index + 1,
                    _ => runs.push(single),
                }
                self.at_line = Some((task.clone(), line));
            }
            // A step ends any run of a line; so does another task's (or the loop's) event.
            None if matches!(event.kind, EventKind::Step { .. }) => self.at_line = None,
            None if self
                .at_line
                .as_ref()
                .is_some_and(|(at_task, _)| at_task != task) =>
            {
                self.at_line = None
            }
            None => {}
        }
    }

    pub fn finish(self) -> Moments {
        self.moments
    }
}

impl Moments {
    /// The moments of a run's events, found in one pass.
    pub fn of(events: &[Event]) -> Moments {
        let mut builder = MomentsBuilder::default();
        for event in events {
            builder.observe(event);
        }
        builder.finish()
    }

    /// The same moments, only those with an event `landable` allows (a moment made only
    /// of events a view hides is not one its learner can land on, nor count).
    pub fn landing_only(&self, landable: impl Fn(usize) -> bool) -> Moments {
        let keep = |ranges: &[Range<usize>]| -> Vec<Range<usize>> {
            ranges
                .iter()
                .filter(|&range| range.clone().any(&landable))
                .cloned()
                .collect()
        };
        Moments {
            kinds: std::array::from_fn(|index| keep(&self.kinds[index])),
            tasks: keep_each(&self.tasks, keep),
            lines: keep_each(&self.lines, keep),
        }
    }

    fn of_target(&self, target: &Target) -> &[Range<usize>] {
        match target {
            Target::Kind(kind) => &self.kinds[kind.index()],
            Target::Task(task) => self.tasks.get(task).map_or(&[], Vec::as_slice),
            Target::Line(line) => self.lines.get(line).map_or(&[], Vec::as_slice),
        }
    }

    /// The lines of the program that run, in order.
    pub fn lines(&self) -> Vec<u32> {
        let mut lines: Vec<u32> = self.lines.keys().copied().collect();
        lines.sort_unstable();
        lines
    }

    /// How many moments of `target` the run has.
    pub fn count(&self, target: &Target) -> usize {
        self.of_target(target).len()
    }

    /// The position of the next (or previous) moment of `target` from `position`, landing on
    /// the first event of it that `landable` allows. Next: the first moment that begins after
    /// the event shown. Previous: the last one that lands before the event shown.
    pub fn find(
        &self,
        target: &Target,
        position: usize,
        direction: Direction,
        landable: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let moments = self.of_target(target);
        let landing = |moment: &Range<usize>| moment.clone().find(|&index| landable(index));
        match direction {
            Direction::Next => {
                let first = moments.partition_point(|moment| moment.start < position);
                moments[first..].iter().find_map(landing)
            }
            Direction::Previous => {
                // The event shown is at index position - 1: land strictly before it.
                let shown = position.checked_sub(1)?;
                let after = moments.partition_point(|moment| moment.start < shown);
                moments[..after]
                    .iter()
                    .rev()
                    .find_map(|moment| landing(moment).filter(|&index| index < shown))
            }
        }
        .map(|index| index + 1)
    }
}

/// Whether a primitive's new state moved it between hands: its holders changed, or (for the
/// kinds nobody holds: events and queues) its value or items did. `before` is its previous
/// state (None: it just appeared, and counts if it appeared held, set or filled).
fn changes_hands(before: Option<&PrimitiveState>, after: &PrimitiveState) -> bool {
    let held = matches!(
        &*after.kind,
        "Lock" | "Semaphore" | "BoundedSemaphore" | "Condition"
    );
    match before {
        Some(before) => {
            before.holders != after.holders
                || before.more_holders != after.more_holders
                || (!held && (before.value != after.value || before.items != after.items))
        }
        None => {
            !after.holders.is_empty()
                || after.more_holders > 0
                || (!held && (after.value != 0 || !after.items.is_empty()))
        }
    }
}

/// Each key's moments, kept by `keep`; keys left without any go.
fn keep_each<K: Clone + Eq + std::hash::Hash>(
    map: &HashMap<K, Vec<Range<usize>>>,
    keep: impl Fn(&[Range<usize>]) -> Vec<Range<usize>>,
) -> HashMap<K, Vec<Range<usize>>> {
    map.iter()
        .map(|(key, ranges)| (key.clone(), keep(ranges)))
        .filter(|(_, ranges)| !ranges.is_empty())
        .collect()
}
