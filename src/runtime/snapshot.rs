//! The state of the event loop at any point of a recorded run, rebuilt from the trace: each
//! task's status, line and what it waits on; the ready queue; the timers; every primitive.
//!
//! States are a pure function of the events before them ([`LoopState::apply`]), so any
//! position can be reached by replaying from the start. To make scrubbing fast the
//! [`Timeline`] keeps a copy of the state every [`CHECKPOINT_INTERVAL`] events (more apart
//! for big states): reaching any event costs one copy and a bounded replay, from any other
//! position.

use std::cmp::Ordering;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use hashbrown::HashMap;

use super::trace::{
    CancelCause, Event, EventKind, GroupChange, GroupKind, LoopEvent, PrimitiveState, Trace,
};

/// How many events apart the stored states are, at least.
pub const CHECKPOINT_INTERVAL: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskStatus {
    /// Created, or woken: its step is in the ready queue.
    Ready,
    /// Its coroutine is running now.
    Running,
    /// Suspended, waiting on a future, a task, a timer or a primitive.
    Waiting,
    /// Returned a value.
    Done,
    /// Raised an exception.
    Failed,
    Cancelled,
}

impl TaskStatus {
    pub fn name(self) -> &'static str {
        match self {
            TaskStatus::Ready => "ready",
            TaskStatus::Running => "running",
            TaskStatus::Waiting => "waiting",
            TaskStatus::Done => "done",
            TaskStatus::Failed => "failed",
            TaskStatus::Cancelled => "cancelled",
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(
            self,
            TaskStatus::Done | TaskStatus::Failed | TaskStatus::Cancelled
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaskState {
    pub name: Rc<str>,
    /// The coroutine's qualified name.
    pub coro: Rc<str>,
    pub status: TaskStatus,
    /// The line it is suspended at (or last ran), if known.
    pub line: Option<u32>,
    /// What it waits on, in the trace's words (`sleep`, `task:Task-2`, `Queue.get`, ...).
    pub waiting_on: Option<Rc<str>>,
    /// The id of the future it waits on, if it is one.
    pub waiting_future: Option<u64>,
    /// The lock, semaphore, event, condition or queue it waits in line for (the `id` of its
    /// [`PrimitiveState`]), found when it paused: it leaves the line once woken, and its
    /// narration still says what it had waited on when it resumes.
    pub waiting_in: Option<u64>,
    /// The index of the event that created it.
    pub created_at: usize,
    /// It runs asyncio's own coroutine (`asyncio.run`'s shutdown steps).
    pub internal: bool,
    /// Who cancelled it, once something has, and the index of that event.
    pub cancelled_by: Option<CancelCause>,
    pub cancelled_at: Option<usize>,
}

/// A callback in the ready queue.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadyEntry {
    pub handle: u64,
    pub what: Rc<str>,
    pub task: Option<Rc<str>>,
    /// asyncio's own callback (hidden with its internals).
    pub internal: bool,
}

/// A pending timer.
#[derive(Debug, Clone, PartialEq)]
pub struct TimerEntry {
    pub handle: u64,
    pub when: f64,
    pub what: Rc<str>,
    /// The future it completes, and the task waiting on that future (once known).
    pub future: Option<u64>,
    pub task: Option<Rc<str>>,
    /// The program line that set it (0: none).
    pub line: u32,
    /// asyncio's own timer (hidden with its internals).
    pub internal: bool,
}

/// A `gather()` or a `TaskGroup`: the task awaiting it and its children, in the order they
/// joined (their states are the tasks' own, in [`LoopState::tasks`]).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupState {
    pub id: u64,
    pub kind: GroupKind,
    pub owner: Option<Rc<str>>,
    /// Task names, or `future` for a child that is a plain future.
    pub children: Vec<Rc<str>>,
    /// The index of the event that opened it.
    pub opened_at: usize,
    /// asyncio.run's clean-up gather.
    pub internal: bool,
}

/// Everything visible at one moment of a run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopState {
    /// How many events have been applied.
    pub position: usize,
    pub it: u64,
    pub t: f64,
    /// The task (or executor job) running now.
    pub running: Option<Rc<str>>,
    pub tasks: Vec<TaskState>,
    /// Head first: the loop runs the front entry next.
    pub ready: VecDeque<ReadyEntry>,
    /// Earliest first (ties in creation order): see [`LoopState::timers`].
    timers: BTreeMap<TimerKey, TimerEntry>,
    /// When each pending timer is due, to find it by handle.
    timer_due: HashMap<u64, f64>,
    /// The timers that complete each future (a sleep's), to name the task that waits.
    timers_of_future: HashMap<u64, Vec<u64>>,
    /// In order of first appearance.
    pub primitives: Vec<Rc<PrimitiveState>>,
    /// Gathers and TaskGroups, in the order they were opened.
    pub groups: Vec<GroupState>,
    /// How many output events (`print`s and the program's own writes) have happened: the
    /// console shows the output of that many.
    pub prints: usize,
    /// How many children the groups have in all (a copy of the state copies them).
    group_children: usize,
    /// Where each name's task is in `tasks` (events name tasks; a run may have thousands).
    /// Names can be reused after a rename: the most recent task with the name is meant.
    task_index: HashMap<Rc<str>, usize>,
    /// The task the next `Create` makes is asyncio's own ([`LoopEvent::Internal`]).
    pub next_internal: Option<Rc<str>>,
}

/// A timer's place in the heap: by due time, then by handle (creation order), as CPython's
/// heap orders `TimerHandle`s with equal times by their sequence.
#[derive(Debug, Clone, Copy)]
struct TimerKey {
    when: f64,
    handle: u64,
}

impl PartialEq for TimerKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for TimerKey {}

impl PartialOrd for TimerKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TimerKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.when
            .total_cmp(&other.when)
            .then(self.handle.cmp(&other.handle))
    }
}

impl LoopState {
    /// The pending timers, earliest first (ties in creation order).
    pub fn timers(&self) -> impl ExactSizeIterator<Item = &TimerEntry> {
        self.timers.values()
    }

    /// A pending timer, by its handle.
    pub fn timer(&self, handle: u64) -> Option<&TimerEntry> {
        let when = *self.timer_due.get(&handle)?;
        self.timers.get(&TimerKey { when, handle })
    }

    /// A callback in the ready queue, by its handle (most likely near the head).
    pub fn ready_entry(&self, handle: u64) -> Option<&ReadyEntry> {
        self.ready.iter().find(|entry| entry.handle == handle)
    }

    /// Takes a pending timer off the heap.
    fn remove_timer(&mut self, handle: u64) -> Option<TimerEntry> {
        let when = self.timer_due.remove(&handle)?;
        let timer = self.timers.remove(&TimerKey { when, handle })?;
        if let Some(future) = timer.future
            && let Some(handles) = self.timers_of_future.get_mut(&future)
        {
            handles.retain(|&h| h != handle);
            if handles.is_empty() {
                self.timers_of_future.remove(&future);
            }
        }
        Some(timer)
    }

    fn task_mut(&mut self, name: &str) -> Option<&mut TaskState> {
        let index = *self.task_index.get(name)?;
        self.tasks.get_mut(index)
    }

    /// The running task is where its event happened (a print, a timer it set): its line
    /// moves with it, not only when it suspends. A step's line is not the task's (the loop
    /// resumes it from where it waits), so a step moves nothing.
    fn follow_running_line(&mut self, event: &Event) {
        if matches!(event.kind, EventKind::Step { .. }) {
            return;
        }
        let (Some(name), Some(line)) = (&event.task, event.line) else {
            return;
        };
        if self.running.as_ref() != Some(name) {
            return;
        }
        if let Some(task) = self.task_mut(name)
            && task.status == TaskStatus::Running
        {
            task.line = Some(line);
        }
    }

    /// How many entries a copy of this state copies.
    fn size(&self) -> usize {
        self.tasks.len()
            + self.ready.len()
            + self.timers.len()
            + self.primitives.len()
            + self.groups.len()
            + self.group_children
    }

    /// The primitive whose line task `name` stands in, waiting in `on`, a `Kind.method` of
    /// the library (`Semaphore.acquire` for a `BoundedSemaphore` too, `Queue.get` for a
    /// `PriorityQueue`): the one naming it among its waiters (its putters for `put`), else,
    /// when the task may be one of the names a long line does not keep, the only one of that
    /// kind with such a line.
    pub fn primitive_waited_on<'a>(&'a self, name: &str, on: &str) -> Option<&'a PrimitiveState> {
        let (kind, method) = on.split_once('.')?;
        // The line the method waits in, and how many more it holds than the names kept.
        let line = |p: &'a PrimitiveState| match method {
            "put" => (&p.putters, p.more_putters),
            _ => (&p.waiters, p.more_waiters),
        };
        let of_kind = || self.primitives.iter().filter(|p| p.kind.ends_with(kind));
        if let Some(found) = of_kind().find(|p| line(p).0.iter().any(|t| &**t == name)) {
            return Some(found);
        }
        let mut longer = of_kind().filter(|p| line(p).1 > 0);
        let only = longer.next()?;
        longer.next().is_none().then_some(only)
    }

    pub fn task(&self, name: &str) -> Option<&TaskState> {
        self.task_entry(name).map(|(_, task)| task)
    }

    /// The task with this name and its index in `tasks`.
    pub fn task_entry(&self, name: &str) -> Option<(usize, &TaskState)> {
        let index = *self.task_index.get(name)?;
        Some((index, self.tasks.get(index)?))
    }

    /// The state after one more event.
    pub fn apply(&mut self, event: &Event) {
        let index = self.position;
        self.position += 1;
        self.it = event.it;
        self.t = event.t;
        self.follow_running_line(event);
        match &event.kind {
            EventKind::Create { new, coro } => {
                let internal = self.next_internal.take().is_some_and(|name| name == *new);
                self.task_index.insert(new.clone(), self.tasks.len());
                self.tasks.push(TaskState {
                    name: new.clone(),
                    coro: coro.clone(),
                    status: TaskStatus::Ready,
                    line: None,
                    waiting_on: None,
                    waiting_future: None,
                    waiting_in: None,
                    created_at: index,
                    internal,
                    cancelled_by: None,
                    cancelled_at: None,
                });
            }
            EventKind::Step { .. } => {
                self.running = event.task.clone();
                if let Some(name) = &event.task
                    && let Some(task) = self.task_mut(name)
                {
                    task.status = TaskStatus::Running;
                    task.waiting_on = None;
                    task.waiting_future = None;
                    task.waiting_in = None;
                }
            }
            EventKind::Suspend { on } => {
                if let Some(name) = &event.task {
                    let line = event.line;
                    let waiting_in = self.primitive_waited_on(name, on).map(|p| p.id);
                    if let Some(task) = self.task_mut(name) {
                        task.status = TaskStatus::Waiting;
                        task.waiting_on = Some(on.clone());
                        task.waiting_in = waiting_in;
                        task.line = line.or(task.line);
                    }
                }
                self.running = None;
            }
            EventKind::Return { .. } | EventKind::Raise { .. } => {
                if let Some(name) = &event.task {
                    let status = match &event.kind {
                        EventKind::Return { .. } => TaskStatus::Done,
                        EventKind::Raise { exc, .. } if &**exc == "CancelledError" => {
                            TaskStatus::Cancelled
                        }
                        _ => TaskStatus::Failed,
                    };
                    let line = event.line;
                    if let Some(task) = self.task_mut(name) {
                        task.status = status;
                        task.waiting_on = None;
                        task.waiting_future = None;
                        task.waiting_in = None;
                        task.line = line.or(task.line);
                    }
                }
                self.running = None;
            }
            EventKind::Print { .. } | EventKind::Write { .. } => {
                self.prints += 1;
                if let (Some(name), Some(line)) = (&event.task, event.line)
                    && let Some(task) = self.task_mut(name)
                {
                    task.line = Some(line);
                }
            }
            EventKind::Cancel { .. } | EventKind::Uncaught { .. } => {}
            EventKind::Loop(machinery) => self.apply_machinery(machinery, index),
        }
    }

    fn apply_machinery(&mut self, event: &LoopEvent, index: usize) {
        match event {
            LoopEvent::Ready {
                handle,
                what,
                task,
                internal,
            } => {
                self.ready.push_back(ReadyEntry {
                    handle: *handle,
                    what: what.clone(),
                    task: task.clone(),
                    internal: *internal,
                });
                if let Some(name) = task
                    && let Some(task) = self.task_mut(name)
                    && !task.status.is_finished()
                    && task.status != TaskStatus::Running
                {
                    task.status = TaskStatus::Ready;
                }
            }
            LoopEvent::Run { handle } => {
                // The loop always runs the head; anything else would be a bug in the trace,
                // which a full search still tolerates.
                if self.ready.front().is_some_and(|r| r.handle == *handle) {
                    self.ready.pop_front();
                } else {
                    self.ready.retain(|r| r.handle != *handle);
                }
            }
            LoopEvent::Timer {
                handle,
                when,
                what,
                future,
                line,
                internal,
            } => {
                let entry = TimerEntry {
                    handle: *handle,
                    when: *when,
                    what: what.clone(),
                    future: *future,
                    task: None,
                    line: *line,
                    internal: *internal,
                };
                self.timer_due.insert(*handle, *when);
                if let Some(future) = future {
                    self.timers_of_future
                        .entry(*future)
                        .or_default()
                        .push(*handle);
                }
                let key = TimerKey {
                    when: *when,
                    handle: *handle,
                };
                self.timers.insert(key, entry);
            }
            LoopEvent::TimerDue { handle } => {
                if let Some(timer) = self.remove_timer(*handle) {
                    self.ready.push_back(ReadyEntry {
                        handle: timer.handle,
                        what: timer.what,
                        task: timer.task,
                        internal: timer.internal,
                    });
                }
            }
            LoopEvent::Cancelled { handle } => {
                if self.remove_timer(*handle).is_none() {
                    self.ready.retain(|r| r.handle != *handle);
                }
            }
            LoopEvent::Clock { time } => self.t = *time,
            LoopEvent::Iteration { it } => self.it = *it,
            LoopEvent::Waiting {
                task,
                on,
                future,
                line,
            } => {
                let waiting_in = self.primitive_waited_on(task, on).map(|p| p.id);
                if let Some(state) = self.task_mut(task) {
                    state.status = TaskStatus::Waiting;
                    state.waiting_on = Some(on.clone());
                    state.waiting_future = *future;
                    state.waiting_in = waiting_in;
                    if *line > 0 {
                        state.line = Some(*line);
                    }
                }
                if let Some(handles) = future.and_then(|f| self.timers_of_future.get(&f)) {
                    for handle in handles {
                        let when = self.timer_due[handle];
                        let key = TimerKey {
                            when,
                            handle: *handle,
                        };
                        if let Some(timer) = self.timers.get_mut(&key) {
                            timer.task = Some(task.clone());
                        }
                    }
                }
            }
            LoopEvent::Finished { .. } => {}
            LoopEvent::Primitive(state) => {
                match self.primitives.iter_mut().find(|p| p.id == state.id) {
                    Some(known) => *known = state.clone(),
                    None => self.primitives.push(state.clone()),
                }
            }
            LoopEvent::Group(change) => self.apply_group(change, index),
            LoopEvent::Internal { task } => self.next_internal = Some(task.clone()),
            LoopEvent::CancelledBy { target, cause } => {
                // The latest request is the one the task answers to.
                if let Some(task) = self.task_mut(target) {
                    task.cancelled_by = Some(cause.clone());
                    task.cancelled_at = Some(index);
                }
            }
        }
    }

    fn apply_group(&mut self, change: &GroupChange, index: usize) {
        self.group_children += change.children.len();
        // A TaskGroup adds to the group it opened, most likely one of the last ones.
        let open = (!change.opens)
            .then(|| self.groups.iter_mut().rev().find(|g| g.id == change.id))
            .flatten();
        match open {
            Some(group) => group.children.extend(change.children.iter().cloned()),
            None => self.groups.push(GroupState {
                id: change.id,
                kind: change.kind,
                owner: change.owner.clone(),
                children: change.children.clone(),
                opened_at: index,
                internal: change.internal,
            }),
        }
    }
}

/// Builds a [`Timeline`] an event at a time, for a run that arrives in pieces (the web page
/// receives a big run from its worker in chunks, and replays each between two frames).
#[derive(Debug)]
pub struct TimelineBuilder {
    events: Vec<Event>,
    checkpoints: Vec<LoopState>,
    state: LoopState,
    /// Events since the last checkpoint.
    since: usize,
}

impl Default for TimelineBuilder {
    fn default() -> Self {
        TimelineBuilder {
            events: Vec::new(),
            checkpoints: vec![LoopState::default()],
            state: LoopState::default(),
            since: 0,
        }
    }
}

impl TimelineBuilder {
    /// The state after the events pushed so far.
    pub fn state(&self) -> &LoopState {
        &self.state
    }

    /// Adds the next event; returns it with the state just after it.
    pub fn push(&mut self, event: Event) -> (&Event, &LoopState) {
        self.state.apply(&event);
        self.events.push(event);
        self.since += 1;
        if self.since >= CHECKPOINT_INTERVAL.max(self.state.size()) {
            self.checkpoints.push(self.state.clone());
            self.since = 0;
        }
        let event = self.events.last().expect("an event was just pushed");
        (event, &self.state)
    }

    /// How many events it has.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn finish(self) -> Timeline {
        Timeline {
            events: self.events,
            checkpoints: self.checkpoints,
        }
    }
}

/// A recorded run with states at intervals, for moving to any event quickly.
#[derive(Debug, Clone)]
pub struct Timeline {
    events: Vec<Event>,
    /// States at increasing positions, the first at 0. They are at least
    /// [`CHECKPOINT_INTERVAL`] events apart, and further apart when the state is big: a copy
    /// then costs as much as replaying that many events, so neither building the timeline
    /// nor a jump costs more than about twice the state's size (a run of 10,000 tasks would
    /// otherwise copy all its tasks every 128 events).
    checkpoints: Vec<LoopState>,
}

impl Timeline {
    pub fn new(trace: &Trace) -> Timeline {
        Timeline::observed(trace, |_, _| {})
    }

    /// The timeline, calling `observe` with each event and the state just after it (for
    /// views built from the same replay, such as the visualizer's lanes).
    pub fn observed(trace: &Trace, mut observe: impl FnMut(&Event, &LoopState)) -> Timeline {
        let mut builder = TimelineBuilder::default();
        for event in &trace.events {
            let (event, state) = builder.push(event.clone());
            observe(event, state);
        }
        builder.finish()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The state after the first `position` events (0: before anything happened).
    pub fn state_at(&self, position: usize) -> LoopState {
        let position = position.min(self.events.len());
        // The last checkpoint at or before `position` (the first is at 0).
        let checkpoint = self
            .checkpoints
            .partition_point(|state| state.position <= position)
            - 1;
        let mut state = self.checkpoints[checkpoint].clone();
        for event in &self.events[state.position..position] {
            state.apply(event);
        }
        state
    }
}
