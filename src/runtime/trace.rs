//! The trace: every scheduling decision of a run, in the CPython oracle's JSON-lines schema
//! (`tests/oracle/README.md`), plus the machinery events the visualizer replays (ready
//! queue, timers, primitives) that the oracle does not record.

use std::fmt::Write as _;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use pycore::format::float_repr;

/// How a task step began.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Resume {
    Start,
    Send,
    /// Resumed by throwing an exception of this class into the coroutine.
    Throw(#[serde(with = "super::shared_str")] Rc<str>),
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    /// A task was created.
    Create {
        #[serde(with = "super::shared_str")]
        new: Rc<str>,
        #[serde(with = "super::shared_str")]
        coro: Rc<str>,
    },
    /// A task's coroutine was stepped.
    Step { resume: Resume },
    /// The step ended at an `await` of something pending.
    Suspend {
        #[serde(with = "super::shared_str")]
        on: Rc<str>,
    },
    /// The coroutine returned (`value` is the repr of its result).
    Return { value: String },
    /// The coroutine raised (no message for CancelledError, as the oracle records it).
    Raise {
        #[serde(with = "super::shared_str")]
        exc: Rc<str>,
        msg: Option<String>,
    },
    /// `Task.cancel()` was called on `target`.
    Cancel {
        #[serde(with = "super::shared_str")]
        target: Rc<str>,
        ok: bool,
    },
    /// `print()` wrote a line (without its `end`).
    Print { text: String },
    /// The program wrote to `sys.stdout` or `sys.stderr` itself: `write`, a `logging`
    /// handler, `print(file=sys.stderr)`. The oracle does not record it; the console shows
    /// it when it happened.
    Write { stream: Stream, text: String },
    /// The program ended with an uncaught exception.
    Uncaught {
        #[serde(with = "super::shared_str")]
        exc: Rc<str>,
        msg: String,
    },
    /// Machinery the oracle does not record.
    Loop(LoopEvent),
}

/// The stream a [`EventKind::Write`] went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Event-loop machinery, for the visualizer's state at each event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LoopEvent {
    /// A callback was appended to the ready queue (`what` names it: `Task-2 step`; `task`
    /// is the task it resumes, if any).
    Ready {
        handle: u64,
        #[serde(with = "super::shared_str")]
        what: Rc<str>,
        #[serde(with = "super::shared_str::option")]
        task: Option<Rc<str>>,
        /// asyncio's own callback (see [`LoopEvent::Internal`]).
        internal: bool,
    },
    /// The callback at the head of the ready queue ran (or was skipped, if cancelled).
    Run { handle: u64 },
    /// A timer was scheduled at virtual time `when` (`future`: the future it completes,
    /// such as a sleep's).
    Timer {
        handle: u64,
        when: f64,
        #[serde(with = "super::shared_str")]
        what: Rc<str>,
        future: Option<u64>,
        /// The program line whose await or timeout set it (0: none, a private timer).
        line: u32,
        /// asyncio's own timer (see [`LoopEvent::Internal`]).
        internal: bool,
    },
    /// A timer moved from the heap to the ready queue.
    TimerDue { handle: u64 },
    /// A handle was cancelled.
    Cancelled { handle: u64 },
    /// The virtual clock jumped (the loop was idle until the next timer), or a blocking call
    /// advanced it.
    Clock { time: f64 },
    /// A new loop iteration began.
    Iteration { it: u64 },
    /// A task suspended: it waits on `on` (as in `Suspend`; `future` is the future's id
    /// when it is one) at `line` of the program.
    Waiting {
        #[serde(with = "super::shared_str")]
        task: Rc<str>,
        #[serde(with = "super::shared_str")]
        on: Rc<str>,
        future: Option<u64>,
        line: u32,
    },
    /// A task finished: `state` is `done`, `failed` or `cancelled`.
    Finished {
        #[serde(with = "super::shared_str")]
        task: Rc<str>,
        #[serde(with = "super::shared_str")]
        state: Rc<str>,
    },
    /// A synchronisation primitive (Lock, Semaphore, Event, Condition, Queue) changed: its
    /// whole visible state, so replay needs no knowledge of its rules.
    Primitive(#[serde(with = "super::state_wire")] Rc<PrimitiveState>),
    /// A `gather()` or a `TaskGroup` gained children. The first event with an `id` opens the
    /// group (a gather with all its children at once, a TaskGroup with none when its
    /// `async with` is entered); later ones add the children its `create_task` made, so a
    /// group of 10,000 tasks is not recorded 10,000 times over.
    Group(Box<GroupChange>),
    /// The task about to be created runs asyncio's own code (`asyncio.run`'s shutdown
    /// steps), not the program's: recorded just before its `Create`, so the visualizer can
    /// hide it with the rest of asyncio's internals.
    Internal {
        #[serde(with = "super::shared_str")]
        task: Rc<str>,
    },
    /// Who is about to cancel `target`: recorded just before the oracle's `Cancel` event.
    CancelledBy {
        #[serde(with = "super::shared_str")]
        target: Rc<str>,
        cause: CancelCause,
    },
}

/// Who cancelled a task, found from the frames that called `Task.cancel()`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CancelCause {
    /// The program's own code (`task.cancel()`) at this line.
    Program { line: u32 },
    /// A TaskGroup, because this child failed (none: its body raised).
    TaskGroup {
        #[serde(with = "super::shared_str::option")]
        failed: Option<Rc<str>>,
    },
    /// A `gather()` that was itself cancelled.
    Gather,
    /// A timeout (`asyncio.timeout`, `wait_for`) set at this line (0: unknown).
    Timeout { line: u32 },
    /// `asyncio.run`'s clean-up: the main task returned and this task was still pending.
    RunCleanup,
    /// Some other part of asyncio (`wait_for` with a zero timeout, `shield`, ...).
    Asyncio,
}

impl CancelCause {
    /// Who did it, in words (`the program at line 12`, `asyncio.run's clean-up at exit`).
    pub fn describe(&self) -> String {
        match self {
            CancelCause::Program { line } => format!("the program (task.cancel() at line {line})"),
            CancelCause::TaskGroup { failed: Some(task) } => {
                format!("its TaskGroup, after {task} failed")
            }
            CancelCause::TaskGroup { failed: None } => {
                "its TaskGroup, after the group's body failed".into()
            }
            CancelCause::Gather => "gather(), which was itself cancelled".into(),
            CancelCause::Timeout { line: 0 } => "a timeout".into(),
            CancelCause::Timeout { line } => format!("the timeout set at line {line}"),
            CancelCause::RunCleanup => {
                "asyncio.run's clean-up at exit (main ended while it was still pending)".into()
            }
            CancelCause::Asyncio => "asyncio itself".into(),
        }
    }

    /// The same in a few words, for a task's state (`cancelled by asyncio.run at exit`).
    pub fn short(&self) -> String {
        match self {
            CancelCause::Program { line } => format!("by the program, line {line}"),
            CancelCause::TaskGroup { failed: Some(task) } => {
                format!("by its TaskGroup ({task} failed)")
            }
            CancelCause::TaskGroup { failed: None } => "by its TaskGroup".into(),
            CancelCause::Gather => "by gather()".into(),
            CancelCause::Timeout { line: 0 } => "by a timeout".into(),
            CancelCause::Timeout { line } => format!("by the timeout of line {line}"),
            CancelCause::RunCleanup => "by asyncio.run at exit".into(),
            CancelCause::Asyncio => "by asyncio".into(),
        }
    }
}

/// What a [`LoopEvent::Group`] says: the group, who awaits it, and the children it gains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupChange {
    pub id: u64,
    pub kind: GroupKind,
    /// The task that awaits the group (the one that called `gather` or entered the
    /// `TaskGroup`); none at the program's top level.
    #[serde(with = "super::shared_str::option")]
    pub owner: Option<Rc<str>>,
    /// The children it gains: task names (gather wraps coroutines into tasks), or `future`
    /// for a plain future.
    #[serde(with = "super::shared_str::vec")]
    pub children: Vec<Rc<str>>,
    /// Whether this event opens the group (otherwise it adds to an open one).
    pub opens: bool,
    /// asyncio's own gather (the one `asyncio.run`'s clean-up awaits its leftovers with).
    pub internal: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupKind {
    Gather,
    TaskGroup,
}

impl GroupKind {
    /// The name a program knows it by.
    pub fn name(self) -> &'static str {
        match self {
            GroupKind::Gather => "gather",
            GroupKind::TaskGroup => "TaskGroup",
        }
    }
}

/// The texts of the queue items a state shows: a part of a list of texts that the states of
/// one queue share while its items move up through it (a get takes the first item: the next
/// state shows the same list from one place further), so that a state adds no list of its
/// own for most changes. Read as a slice.
#[derive(Clone, Default)]
pub struct ItemTexts {
    /// (None for no texts: most states show none, and an empty `Rc` list is an allocation.)
    list: Option<Rc<[Rc<str>]>>,
    start: u32,
    len: u32,
}

impl ItemTexts {
    /// The texts `list[start..start + len]`.
    pub fn part(list: &Rc<[Rc<str>]>, start: usize, len: usize) -> ItemTexts {
        assert!(start + len <= list.len(), "a part within the list");
        ItemTexts {
            list: (len > 0).then(|| list.clone()),
            start: start as u32,
            len: len as u32,
        }
    }

    /// The texts `self[from..from + len]`, a part of the same list.
    pub fn within(&self, from: usize, len: usize) -> ItemTexts {
        assert!(from + len <= self.len as usize, "a part within the part");
        match &self.list {
            Some(list) => ItemTexts::part(list, self.start as usize + from, len),
            None => ItemTexts::default(),
        }
    }

    /// Whether these texts are a part of the very list `other`'s are.
    pub fn shares_list_with(&self, other: &ItemTexts) -> bool {
        match (&self.list, &other.list) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl std::ops::Deref for ItemTexts {
    type Target = [Rc<str>];

    fn deref(&self) -> &[Rc<str>] {
        match &self.list {
            Some(list) => &list[self.start as usize..(self.start + self.len) as usize],
            None => &[],
        }
    }
}

impl From<Vec<Rc<str>>> for ItemTexts {
    fn from(texts: Vec<Rc<str>>) -> ItemTexts {
        let len = texts.len() as u32;
        ItemTexts {
            list: (len > 0).then(|| texts.into()),
            start: 0,
            len,
        }
    }
}

impl PartialEq for ItemTexts {
    fn eq(&self, other: &ItemTexts) -> bool {
        same_names(self, other)
    }
}

impl std::fmt::Debug for ItemTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for ItemTexts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        super::shared_str::vec::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for ItemTexts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ItemTexts, D::Error> {
        Ok(super::shared_str::vec::deserialize(deserializer)?.into())
    }
}

/// A snapshot of one primitive's visible state.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PrimitiveState {
    pub id: u64,
    /// `Lock`, `Semaphore`, `BoundedSemaphore`, `Event`, `Condition`, `Queue`, ...
    #[serde(with = "super::shared_str")]
    pub kind: Rc<str>,
    /// The variable or description the program gave it (its repr otherwise).
    #[serde(with = "super::shared_str")]
    pub label: Rc<str>,
    /// Semaphore value; lock held (1/0); event set (1/0); queue size.
    pub value: i64,
    /// Semaphore initial value; queue maxsize (0 = unbounded).
    pub capacity: i64,
    /// Tasks holding it (locks and semaphores), in acquisition order: the first
    /// [`PrimitiveState::SHOWN`], and how many more.
    #[serde(with = "super::shared_str::vec")]
    pub holders: Vec<Rc<str>>,
    pub more_holders: usize,
    /// Tasks waiting, FIFO (the first `SHOWN`, and how many more).
    #[serde(with = "super::shared_str::vec")]
    pub waiters: Vec<Rc<str>>,
    pub more_waiters: usize,
    /// Queue items (reprs), front first (the first `ITEMS_SHOWN`; `value` counts them all).
    /// An item still in the queue keeps its text from one state to the next (shared).
    pub items: ItemTexts,
    /// The item this change put into the queue or took from it (its repr): the items shown
    /// are only the first few, and a `LifoQueue` or `PriorityQueue` puts or takes elsewhere.
    #[serde(with = "super::shared_str::option")]
    pub moved: Option<Rc<str>>,
    /// Queue putters waiting (the first `SHOWN`, and how many more).
    #[serde(with = "super::shared_str::vec")]
    pub putters: Vec<Rc<str>>,
    pub more_putters: usize,
    /// Made by asyncio's own code for itself (a Queue's `_finished` Event, `as_completed`'s
    /// Queue), not by the program.
    pub internal: bool,
}

impl PrimitiveState {
    /// How many names of each list a state keeps. A state is recorded at every change, so
    /// keeping whole lists would cost the square of their length (10,000 tasks behind one
    /// semaphore would record 10^8 names). 16: a semaphore's slots drawn, each with its
    /// holder's name, and a line of waiters that still reads at a glance (with 32, naming the
    /// waiters was a tenth of a recording run of 10,000 tasks behind a semaphore).
    pub const SHOWN: usize = 16;
    /// The same for a queue's items, which are strings of any length.
    pub const ITEMS_SHOWN: usize = 8;

    /// Whether `other` is this state but perhaps for its queue items (and the item moved).
    #[inline]
    pub fn same_but_items(&self, other: &PrimitiveState) -> bool {
        let PrimitiveState {
            id,
            kind,
            label,
            value,
            capacity,
            holders,
            more_holders,
            waiters,
            more_waiters,
            items: _,
            moved: _,
            putters,
            more_putters,
            internal,
        } = self;
        *id == other.id
            && same_name(kind, &other.kind)
            && same_name(label, &other.label)
            && *value == other.value
            && *capacity == other.capacity
            && same_names(holders, &other.holders)
            && *more_holders == other.more_holders
            && same_names(waiters, &other.waiters)
            && *more_waiters == other.more_waiters
            && same_names(putters, &other.putters)
            && *more_putters == other.more_putters
            && *internal == other.internal
    }
}

/// Equal texts. The recorder compares each change's state with the last one shown, whose
/// names are mostly the very same `Rc`s (a task's name is shared by every state naming it):
/// the address is compared first, then the text. (`Rc`'s own `==` compares addresses first
/// only for sized contents, so a `str`'s bytes were compared every time.)
#[inline]
pub fn same_name(a: &Rc<str>, b: &Rc<str>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

#[inline]
fn same_names(a: &[Rc<str>], b: &[Rc<str>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_name(a, b))
}

impl PartialEq for PrimitiveState {
    #[inline]
    fn eq(&self, other: &PrimitiveState) -> bool {
        self.same_but_items(other)
            && same_names(&self.items, &other.items)
            && match (&self.moved, &other.moved) {
                (Some(a), Some(b)) => same_name(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The loop iteration (0 before any loop runs).
    pub it: u64,
    /// The virtual time.
    pub t: f64,
    /// The running task's name (`thread:NAME#N` inside an executor job), if any.
    #[serde(with = "super::shared_str::option")]
    pub task: Option<Rc<str>>,
    /// The source line the running code was at, if known.
    pub line: Option<u32>,
    pub kind: EventKind,
}

impl Event {
    /// The bytes of text the event owns beside itself (strings it shares are not counted).
    fn text_bytes(&self) -> usize {
        match &self.kind {
            EventKind::Print { text } | EventKind::Write { text, .. } => text.len(),
            EventKind::Return { value } => value.len(),
            EventKind::Raise { msg, .. } => msg.as_ref().map_or(0, String::len),
            EventKind::Uncaught { msg, .. } => msg.len(),
            EventKind::Loop(LoopEvent::Primitive(state)) => {
                std::mem::size_of::<PrimitiveState>()
                    + state.items.iter().map(|item| item.len()).sum::<usize>()
                    + (state.holders.len() + state.waiters.len() + state.putters.len())
                        * std::mem::size_of::<Rc<str>>()
            }
            EventKind::Loop(LoopEvent::Group(change)) => {
                std::mem::size_of::<GroupChange>()
                    + change.children.len() * std::mem::size_of::<Rc<str>>()
            }
            _ => 0,
        }
    }

    /// Whether the oracle records this kind of event.
    pub fn is_oracle(&self) -> bool {
        !matches!(self.kind, EventKind::Loop(_) | EventKind::Write { .. })
    }

    /// The event as one oracle JSON line (without the newline), numbered `seq`.
    pub fn to_json(&self, seq: usize) -> String {
        let mut out = String::with_capacity(96);
        let _ = write!(
            out,
            "{{\"seq\": {seq}, \"it\": {}, \"t\": {}, \"task\": ",
            self.it,
            json_float(self.t)
        );
        match &self.task {
            Some(task) => json_string(&mut out, task),
            None => out.push_str("null"),
        }
        out.push_str(", \"kind\": ");
        match &self.kind {
            EventKind::Create { new, coro } => {
                out.push_str("\"create\", \"new\": ");
                json_string(&mut out, new);
                out.push_str(", \"coro\": ");
                json_string(&mut out, coro);
            }
            EventKind::Step { resume } => {
                out.push_str("\"step\", \"resume\": ");
                match resume {
                    Resume::Start => json_string(&mut out, "start"),
                    Resume::Send => json_string(&mut out, "send"),
                    Resume::Throw(class) => json_string(&mut out, &format!("throw:{class}")),
                }
            }
            EventKind::Suspend { on } => {
                out.push_str("\"suspend\", \"on\": ");
                json_string(&mut out, on);
            }
            EventKind::Return { value } => {
                out.push_str("\"return\", \"value\": ");
                json_string(&mut out, value);
            }
            EventKind::Raise { exc, msg } => {
                out.push_str("\"raise\", \"exc\": ");
                json_string(&mut out, exc);
                if let Some(msg) = msg {
                    out.push_str(", \"msg\": ");
                    json_string(&mut out, msg);
                }
            }
            EventKind::Cancel { target, ok } => {
                out.push_str("\"cancel\", \"target\": ");
                json_string(&mut out, target);
                let _ = write!(out, ", \"ok\": {ok}");
            }
            EventKind::Print { text } => {
                out.push_str("\"print\", \"text\": ");
                json_string(&mut out, text);
            }
            EventKind::Write { stream, text } => {
                let stream = match stream {
                    Stream::Stdout => "stdout",
                    Stream::Stderr => "stderr",
                };
                let _ = write!(out, "\"write\", \"stream\": \"{stream}\", \"text\": ");
                json_string(&mut out, text);
            }
            EventKind::Uncaught { exc, msg } => {
                out.push_str("\"uncaught\", \"exc\": ");
                json_string(&mut out, exc);
                out.push_str(", \"msg\": ");
                json_string(&mut out, msg);
            }
            EventKind::Loop(event) => {
                out.push_str("\"loop\", \"event\": ");
                json_string(&mut out, &format!("{event:?}"));
            }
        }
        out.push('}');
        out
    }
}

/// A float as Python's `json.dumps` writes it.
fn json_float(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else {
        float_repr(x)
    }
}

/// A string as Python's `json.dumps` writes it (ASCII only: `\uXXXX` escapes).
pub fn json_string(out: &mut String, text: &str) {
    pycore::json::encode_string(out, text, true);
}

/// The recorded events of a run.
#[derive(Debug, Clone)]
pub struct Trace {
    /// The events recorded, but for those handed to a watcher (see [`Trace::watch`]).
    pub events: Vec<Event>,
    /// For the n-th output event (a `print`, or a [`EventKind::Write`]), the length of the
    /// stream it wrote to once it had written (a print's text and its `end`), so that a viewer
    /// can show the output as it was at any event, `end=""` included.
    pub output_ends: Vec<usize>,
    /// Whether machinery events are recorded (the visualizer wants them; the CLI's oracle
    /// comparison does not need them).
    pub machinery: bool,
    /// Whether events are recorded (the CLI records none unless asked for a trace; no run
    /// records more than its budget).
    pub recording: bool,
    /// The record stopped before the run ended: it was too long to record, and the events
    /// (and the output kept with them) are its first part.
    pub cut: bool,
    /// Bytes the record may hold: its events, the text they own and the output kept.
    pub budget: usize,
    /// Bytes the events' own text and the output kept take (beside the events themselves).
    text_bytes: usize,
    /// Who hears the events as they are recorded, if anyone.
    watching: Watching,
}

/// Hears a run's events as they are recorded, a chunk at a time: the playground's worker
/// sends them to the page while the program still runs, so that the page replays them
/// meanwhile instead of after.
pub type EventWatcher = Box<dyn FnMut(&[Event])>;

/// A trace's [`EventWatcher`] and what it has heard. A copy of a trace has no watcher.
#[derive(Default)]
struct Watching {
    watcher: Option<EventWatcher>,
    /// Events per chunk.
    every: usize,
    /// How many events the watcher has heard (and the trace has forgotten).
    heard: usize,
}

impl Clone for Watching {
    fn clone(&self) -> Self {
        Watching::default()
    }
}

impl std::fmt::Debug for Watching {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watching")
            .field("every", &self.every)
            .field("heard", &self.heard)
            .finish_non_exhaustive()
    }
}

impl Default for Trace {
    fn default() -> Self {
        Trace {
            events: Vec::new(),
            output_ends: Vec::new(),
            machinery: false,
            recording: true,
            cut: false,
            budget: usize::MAX,
            text_bytes: 0,
            watching: Watching::default(),
        }
    }
}

impl Trace {
    /// Records `event`, unless the record would outgrow its budget: then it stops for good,
    /// cut where it is. Whether the event was recorded.
    pub fn push(&mut self, event: Event) -> bool {
        let text = event.text_bytes();
        if self.held_bytes() + std::mem::size_of::<Event>() + text > self.budget {
            self.recording = false;
            self.cut = true;
            return false;
        }
        self.text_bytes += text;
        self.events.push(event);
        if self.watching.watcher.is_some() && self.events.len() >= self.watching.every {
            self.tell_watcher();
        }
        true
    }

    /// Has `watcher` hear the events from now on, `every` at a time, as they are recorded,
    /// and forgets them once heard: the watcher keeps what it needs (the playground's worker
    /// sends them to the page, and kept, they had doubled what a run of the worker
    /// held, none of it ever read again). The last ones, fewer, stay in `events` for the
    /// caller to take once the run is over. The events recorded before are heard with the
    /// first chunk.
    pub fn watch(&mut self, every: usize, watcher: EventWatcher) {
        self.watching = Watching {
            watcher: Some(watcher),
            every: every.max(1),
            heard: 0,
        };
    }

    /// How many events the watcher has heard (and the trace forgotten).
    pub fn heard(&self) -> usize {
        self.watching.heard
    }

    #[cold]
    fn tell_watcher(&mut self) {
        let Watching {
            watcher: Some(watcher),
            heard,
            ..
        } = &mut self.watching
        else {
            return;
        };
        watcher(&self.events);
        *heard += self.events.len();
        // (Cleared, not dropped: the next chunk's events fill the same memory.)
        self.events.clear();
    }

    /// Counts output kept with the record (the page cuts it into the console's lines).
    pub fn hold_output(&mut self, bytes: usize) {
        self.text_bytes += bytes;
    }

    /// About what the record holds in memory, in bytes: what Looplab keeps of the run for
    /// the visualizer, not what the program itself uses.
    pub fn held_bytes(&self) -> usize {
        // (Those heard count as held: the page the watcher sends them to holds them.)
        (self.watching.heard + self.events.capacity()) * std::mem::size_of::<Event>()
            + self.output_ends.capacity() * std::mem::size_of::<usize>()
            + self.text_bytes
    }
}

impl Trace {
    /// The oracle's JSON lines: only the events it records, numbered from 0.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for (seq, event) in self.events.iter().filter(|e| e.is_oracle()).enumerate() {
            out.push_str(&event.to_json(seq));
            out.push('\n');
        }
        out
    }
}
