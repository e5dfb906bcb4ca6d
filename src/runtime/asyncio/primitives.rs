//! What the visualizer shows of Locks, Semaphores, Events, Conditions and Queues: the
//! library calls `_changed(self)` after each change (`_changed(self, item)` after a queue's
//! put or get) and `_held(self, acquired)` when a task
//! takes or gives back a lock or a semaphore slot. Both do nothing unless the trace records
//! machinery, so they cost nothing in ordinary runs.

use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::super::PResult;
use super::super::value::{Args, Value};
use super::super::vm::Vm;
use super::deque::Deque;
use super::fast_paths::{
    GETTERS, INITIAL, LOCK, LOCKED, MAXSIZE, Name, PUTTERS, QUEUE, VALUE, WAITERS,
};
use super::future::FutureObj;
use super::learner;
use crate::runtime::trace::{ItemTexts, LoopEvent, PrimitiveState, same_name};

/// `_changed(primitive)`, or `_changed(queue, item)` for the item a queue's put or get moved.
pub fn changed(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    match args.positional.first() {
        Some(object) => record_change(vm, object, args.positional.get(1)).map(|()| Value::None),
        None => Ok(Value::None),
    }
}

/// Records the state of `object` (a primitive or a queue) after a change, when the trace
/// records machinery and what it shows has changed; `moved` is the item a queue's put or get
/// moved.
pub fn record_change(vm: &mut Vm, object: &Value, moved: Option<&Value>) -> PResult<()> {
    if !vm.trace.machinery {
        return Ok(());
    }
    let (mut state, items) = snapshot(vm, object)?;
    let id = state.id;
    // A change that left everything shown as it was (`event.clear()` on a clear event,
    // which a queue does at every `put`) is no step for the learner: half the events of
    // a producer/consumer run were such. Most calls are such, so the state is compared
    // before its queue items are written out, when they are the very values shown last
    // (values whose text cannot have changed since).
    let (last, items_as_shown) = match vm.asyncio.primitive_shown.get(&id) {
        Some(shown) => (
            shown.last.clone(),
            shown.values().is_some_and(|values| items.same_as(values)),
        ),
        None => (None, false),
    };
    if let Some(texts) = mirrored_items(vm, id, &items, moved) {
        state.items = texts;
        if shown_state_is(last.as_deref(), &state, false) {
            return Ok(());
        }
        return record_state(vm, state, None);
    }
    if items_as_shown && shown_state_is(last.as_deref(), &state, true) {
        return Ok(());
    }
    item_texts(vm, &mut state, &items, moved)?;
    if shown_state_is(last.as_deref(), &state, false) {
        return Ok(());
    }
    record_state(vm, state, Some(&items))
}

/// Records `state` as what is shown of its primitive now, with the queue `items` it shows
/// as values (kept to compare the next change's with), or none.
fn record_state(vm: &mut Vm, state: PrimitiveState, items: Option<&Queued>) -> PResult<()> {
    let id = state.id;
    let state = Rc::new(state);
    if vm.record_machinery(LoopEvent::Primitive(state.clone())) {
        let shown = vm.asyncio.primitive_shown.entry(id).or_default();
        shown.last = Some(state);
        // (The last state's list of values is reused: no allocation per change.)
        shown.values_kept = items.is_some();
        if let Some(items) = items {
            items.copy_into(&mut shown.values);
        }
    }
    Ok(())
}

/// What the visualizer last showed of a primitive (kept by its id).
#[derive(Default)]
pub struct Shown {
    /// The state recorded last (shared with its event, which the trace may have handed over
    /// to its watcher and forgotten since).
    last: Option<Rc<PrimitiveState>>,
    /// The queue items it showed, as values, if `values_kept` (a state whose items came
    /// from the queue's mirror keeps none).
    values: Vec<Value>,
    values_kept: bool,
    mirror: Option<QueueMirror>,
}

impl Shown {
    fn values(&self) -> Option<&[Value]> {
        self.values_kept.then_some(&self.values[..])
    }
}

/// The texts of all the items of a library queue's deque, front first, kept as the queue's
/// own `put` and `get` change it: a put writes the text of the one item it adds, a get
/// writes none, and a state's items are the first texts, with no item compared with the
/// last state's. Only items whose text cannot change are mirrored (ints, strs, ...), and the
/// mirror holds while the deque has changed only as it saw (its count of changes is the one
/// noted here); any other change ends it, and the next state shown starts one again when
/// the queue is empty.
struct QueueMirror {
    deque: Weak<Deque>,
    changes: u64,
    texts: VecDeque<Rc<str>>,
    /// The first texts as a list the states share, made when the items shown were not all
    /// in the last one (see [`ItemTexts`]): `offset` of its texts were taken since.
    list: Rc<[Rc<str>]>,
    offset: usize,
}

impl QueueMirror {
    /// How many texts a new list takes: a get then adds no list for the next 56 or so.
    const LIST: usize = 64;

    fn new(deque: &Rc<Deque>, texts: VecDeque<Rc<str>>) -> QueueMirror {
        let mut mirror = QueueMirror {
            deque: Rc::downgrade(deque),
            changes: deque.changes(),
            texts,
            list: Rc::default(),
            offset: 0,
        };
        mirror.new_list();
        mirror
    }

    /// Whether this mirrors `deque`, which has changed `since` times after it last looked.
    fn mirrors(&self, deque: &Rc<Deque>, since: u64) -> bool {
        std::ptr::eq(self.deque.as_ptr(), Rc::as_ptr(deque))
            && self.changes + since == deque.changes()
    }

    /// `text` put at the back.
    fn push(&mut self, text: Rc<str>) {
        self.texts.push_back(text);
        self.keep_list();
    }

    /// The text taken from the front.
    fn pop(&mut self) -> Option<Rc<str>> {
        let text = self.texts.pop_front()?;
        self.offset += 1;
        self.keep_list();
        Some(text)
    }

    fn shown_len(&self) -> usize {
        self.texts.len().min(PrimitiveState::ITEMS_SHOWN)
    }

    /// A new list if the texts shown go past the one kept.
    fn keep_list(&mut self) {
        if self.offset + self.shown_len() > self.list.len() {
            self.new_list();
        }
    }

    fn new_list(&mut self) {
        // (From the deque's two slices: its iterator is slower to walk.)
        let count = self.texts.len().min(Self::LIST);
        let (front, back) = self.texts.as_slices();
        let from_front = front.len().min(count);
        let mut list = Vec::with_capacity(count);
        list.extend_from_slice(&front[..from_front]);
        list.extend_from_slice(&back[..count - from_front]);
        self.list = list.into();
        self.offset = 0;
    }

    /// The texts a state shows: the first `ITEMS_SHOWN`.
    fn shown(&self) -> ItemTexts {
        ItemTexts::part(&self.list, self.offset, self.shown_len())
    }
}

/// The texts a state of a queue whose `items` are its deque's shows, from the queue's
/// mirror while it holds (started afresh when the queue is empty); none for any other
/// change (a put or get the library's `_put` or `_get` made: the program's own).
fn mirrored_items(
    vm: &mut Vm,
    id: u64,
    items: &Queued,
    moved: Option<&Value>,
) -> Option<ItemTexts> {
    // (A mirror left by a queue whose buffer is now another container holds again if the
    // same deque comes back unchanged: it is known by the deque's address and count.)
    let Queued::Shared { deque, .. } = items else {
        return None;
    };
    let shown = vm.asyncio.primitive_shown.entry(id).or_default();
    match &shown.mirror {
        Some(mirror) if moved.is_none() && mirror.mirrors(deque, 0) => Some(mirror.shown()),
        _ if moved.is_none() && items.len() == 0 => {
            shown.mirror = Some(QueueMirror::new(deque, VecDeque::new()));
            Some(ItemTexts::default())
        }
        _ => {
            shown.mirror = None;
            None
        }
    }
}

/// Records the state of a library queue after its own `put` added `item` at the back of its
/// `deque` (`put`), or its own `get` took `item` from the front, when the trace records
/// machinery.
pub fn record_queue_move(
    vm: &mut Vm,
    queue: &Value,
    deque: &Rc<Deque>,
    item: &Value,
    put: bool,
) -> PResult<()> {
    if !vm.trace.machinery {
        return Ok(());
    }
    if !mirrored_move(vm, queue, deque, item, put)? {
        record_change(vm, queue, Some(item))?;
    }
    Ok(())
}

/// [`record_queue_move`] through the queue's mirror, if it holds (false if not: nothing
/// recorded, and the mirror ended).
fn mirrored_move(
    vm: &mut Vm,
    queue: &Value,
    deque: &Rc<Deque>,
    item: &Value,
    put: bool,
) -> PResult<bool> {
    let Some(known) = queue
        .address()
        .and_then(|address| vm.asyncio.primitive_ids.get(&address))
    else {
        return Ok(false);
    };
    let id = known.id;
    // What else a queue's state shows, read before its mirror is borrowed.
    let put_text = match put && fixed_text(item) {
        true => Some(item_text(vm, item)?),
        false => None,
    };
    let capacity = number_attribute(vm, queue, &MAXSIZE)?;
    let (waiters, more_waiters) = waiting_in(vm, queue, &GETTERS)?;
    let (putters, more_putters) = waiting_in(vm, queue, &PUTTERS)?;
    let count = deque.items.borrow().len();
    let Some(shown) = vm.asyncio.primitive_shown.get_mut(&id) else {
        return Ok(false);
    };
    // The state shown last gives what a put or get does not change.
    let Some(last) = shown.last.clone() else {
        return Ok(false);
    };
    let moved = match (&mut shown.mirror, put_text) {
        (Some(mirror), Some(text)) if mirror.mirrors(deque, 1) => {
            mirror.push(text.clone());
            text
        }
        // Put into an empty queue: mirrored from here.
        (None, Some(text)) if count == 1 => {
            shown.mirror = Some(QueueMirror::new(deque, VecDeque::from([text.clone()])));
            text
        }
        (Some(mirror), None) if !put && mirror.mirrors(deque, 1) => match mirror.pop() {
            Some(text) => text,
            None => {
                shown.mirror = None;
                return Ok(false);
            }
        },
        _ => {
            shown.mirror = None;
            return Ok(false);
        }
    };
    let mirror = shown.mirror.as_mut().expect("the mirror kept above");
    mirror.changes = deque.changes();
    let state = PrimitiveState {
        id,
        kind: last.kind.clone(),
        label: last.label.clone(),
        value: count as i64,
        capacity,
        holders: last.holders.clone(),
        more_holders: last.more_holders,
        waiters,
        more_waiters,
        items: mirror.shown(),
        moved: Some(moved),
        putters,
        more_putters,
        internal: last.internal,
    };
    // (Noted before it is recorded, with no second look for it: if the trace is full and
    // records no more, no state is read back either.)
    let state = Rc::new(state);
    shown.last = Some(state.clone());
    shown.values_kept = false;
    vm.record_machinery(LoopEvent::Primitive(state));
    Ok(true)
}

/// Writes the texts of a queue's `items` into its `state`, and of the item `moved` by a put or
/// get: an item shown in the state last recorded for the queue keeps its text (shared, not
/// written out again: a queue's items move up one place per `get`, which takes the first
/// item shown).
fn item_texts(
    vm: &mut Vm,
    state: &mut PrimitiveState,
    items: &Queued,
    moved: Option<&Value>,
) -> PResult<()> {
    // The texts known already, looked up while the last state is borrowed; the others are
    // written out after, as that may run the program's `__repr__`.
    // (At most `ITEMS_SHOWN` items: kept on the stack, not allocated.)
    let mut known: [Option<Rc<str>>; PrimitiveState::ITEMS_SHOWN] = Default::default();
    let mut moved_known = None;
    let shown = vm
        .asyncio
        .primitive_shown
        .get(&state.id)
        .and_then(|shown| Some((shown.values()?, &shown.last.as_ref()?.items)));
    if let Some((values, texts)) = shown {
        known_texts(values, texts, items, &mut known);
        moved_known = moved.and_then(|moved| {
            let at = values.iter().position(|value| same_value(value, moved))?;
            texts.get(at).cloned()
        });
    }
    let mut texts = Vec::with_capacity(items.len());
    for (item, known) in items.iter().zip(known) {
        texts.push(match known {
            Some(text) => text,
            None => item_text(vm, item)?,
        });
    }
    state.moved = match (moved, moved_known) {
        (None, _) => None,
        (Some(_), Some(text)) => Some(text),
        // Put among the items shown, or written out now.
        (Some(moved), None) => Some(
            match items.iter().position(|item| same_value(item, moved)) {
                Some(at) => texts[at].clone(),
                None => item_text(vm, moved)?,
            },
        ),
    };
    state.items = texts.into();
    Ok(())
}

/// A queue item's text. (An int, the usual item, is written where it is kept, without the
/// general repr's depth count nor a `String` first.)
fn item_text(vm: &mut Vm, item: &Value) -> PResult<Rc<str>> {
    Ok(match item {
        Value::Int(n) => Rc::from(itoa::Buffer::new().format(*n)),
        other => Rc::from(vm.repr(other)?),
    })
}

/// For each item, its text in the last state shown (`values`, written as `texts`), if it was
/// there, into `known`. Items mostly stand where they stood, or one place further up (a `get`
/// took the front): each is looked for there first, the whole last list searched only when
/// not.
fn known_texts(values: &[Value], texts: &[Rc<str>], items: &Queued, known: &mut [Option<Rc<str>>]) {
    let shift = match (items.get(0), values.get(1)) {
        (Some(first), Some(second)) if same_value(first, second) => 1,
        _ => 0,
    };
    for ((index, item), known) in items.iter().enumerate().zip(known) {
        let at = match values.get(index + shift) {
            Some(value) if same_value(value, item) => Some(index + shift),
            _ => values.iter().position(|value| same_value(value, item)),
        };
        *known = at.and_then(|at| texts.get(at).cloned());
    }
}

/// Whether the state recorded last, `shown`, is `state` (but for its queue items, which
/// `state` does not have yet, if `but_items`).
fn shown_state_is(shown: Option<&PrimitiveState>, state: &PrimitiveState, but_items: bool) -> bool {
    let Some(shown) = shown else {
        return false;
    };
    match but_items {
        true => shown.same_but_items(state),
        false => *shown == *state,
    }
}

/// Whether `item`'s text cannot change (see [`same_value`]).
fn fixed_text(item: &Value) -> bool {
    matches!(
        item,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None | Value::Str(_)
    )
}

/// Whether two queue items are the same value, one whose text cannot change (an int, a str,
/// ...): a list or an object could have changed in place since.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(a), Value::Int(b)) => a == b,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
        (Value::None, Value::None) => true,
        (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
        _ => false,
    }
}

/// `_created(primitive)`, from its `__init__`: a new primitive, though it may sit where a
/// freed one was (the visualizer knows primitives by address), so it is named afresh.
pub fn created(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    if !vm.trace.machinery {
        return Ok(Value::None);
    }
    if let Some(address) = args.positional.first().and_then(Value::address) {
        vm.asyncio.primitive_ids.remove(&address);
        vm.asyncio.holders.remove(&address);
    }
    changed(vm, this, args)
}

/// `_held(primitive, acquired)`: the running task took (or released) it.
pub fn held(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    if !vm.trace.machinery {
        return Ok(Value::None);
    }
    let (Some(object), Some(acquired)) = (args.positional.first(), args.positional.get(1)) else {
        return Ok(Value::None);
    };
    let acquired = vm.truthy(acquired)?;
    record_holding(vm, object, acquired).map(|()| Value::None)
}

/// Records that the running task took (`acquired`) or gave back `object`, a lock or a
/// semaphore, when the trace records machinery.
pub fn record_holding(vm: &mut Vm, object: &Value, acquired: bool) -> PResult<()> {
    if !vm.trace.machinery {
        return Ok(());
    }
    let address = object.address().unwrap_or(0);
    let task = vm
        .current_task_name()
        .unwrap_or_else(|| Rc::from("(no task)"));
    let holders = vm.asyncio.holders.entry(address).or_default();
    if acquired {
        holders.push(task);
    } else {
        // A release by a task that holds it frees that task's slot; otherwise the oldest.
        match holders.iter().position(|h| same_name(h, &task)) {
            Some(index) => {
                holders.remove(index);
            }
            None if !holders.is_empty() => {
                holders.remove(0);
            }
            None => {}
        }
    }
    record_change(vm, object, None)
}

/// The names of the tasks waiting on the futures in a waiters deque: the first
/// [`PrimitiveState::SHOWN`], and how many more.
fn waiting_tasks(vm: &mut Vm, waiters: &Value) -> PResult<(Vec<Rc<str>>, usize)> {
    if waiters.is_none() {
        return Ok((Vec::new(), 0));
    }
    // A program's own container of waiters is read as a list first; the library's deque
    // knows how many of its futures are pending (most often none).
    let (listed, pending) = match waiters.native::<Deque>() {
        Some(deque) => (None, deque.pending_futures()),
        None => {
            let listed = vm.collect(waiters)?;
            let pending = listed.len();
            (Some(listed), pending)
        }
    };
    if pending == 0 {
        return Ok((Vec::new(), 0));
    }
    // A future just appended has no waiter yet: the task appending it is about to await it.
    let mut current = None;
    let mut current_task = || {
        current
            .get_or_insert_with(|| vm.current_task_name())
            .clone()
    };
    let mut shown = Vec::with_capacity(pending.min(PrimitiveState::SHOWN));
    // Pending futures seen, and so far counted (named or not).
    let mut seen = 0;
    let mut note = |future: &Value, shown: &mut Vec<Rc<str>>| {
        let Some(future) = future.native::<FutureObj>() else {
            return;
        };
        if future.is_done() {
            return;
        }
        seen += 1;
        if shown.len() < PrimitiveState::SHOWN
            && let Some(name) = future.waited_by.borrow().clone().or_else(&mut current_task)
        {
            shown.push(name);
        }
    };
    let more = match waiters.native::<Deque>() {
        // The library's deques are native: read them in place (no copy per change), only as
        // far as the names shown; the deque counts the rest (a semaphore with 10,000 waiters
        // changes 30,000 times: walking them all each time would cost 300 million steps).
        // The waiters a semaphore woke stay at the front, done, until they run: skipped from
        // where the last walk found the first one pending.
        Some(deque) => {
            let items = deque.items.borrow();
            let settled = deque.settled_front();
            debug_assert!(
                !items.iter().take(settled).any(is_pending_future),
                "the items a deque counts settled at its front are no pending future"
            );
            let mut walked = items.range(settled..);
            // Items walked before the first pending future.
            let mut settled_here = 0;
            let mut in_front = true;
            while shown.len() < PrimitiveState::SHOWN {
                match walked.next() {
                    Some(future) => {
                        if in_front {
                            if !is_pending_future(future) {
                                settled_here += 1;
                                continue;
                            }
                            in_front = false;
                        }
                        note(future, &mut shown);
                    }
                    None => break,
                }
            }
            drop(items);
            deque.found_settled_front(settled + settled_here);
            pending.saturating_sub(seen)
        }
        None => {
            for future in listed.iter().flatten() {
                note(future, &mut shown);
            }
            seen - shown.len()
        }
    };
    Ok((shown, more))
}

/// Whether `item` is a future not yet done (a waiter not yet woken).
fn is_pending_future(item: &Value) -> bool {
    item.native::<FutureObj>()
        .is_some_and(|future| !future.is_done())
}

/// The items a state of a queue shows, the first [`PrimitiveState::ITEMS_SHOWN`]: a
/// deque's taken as they are (sharing them is an O(1) snapshot: nothing is copied at each
/// change, most of which leave the first items as they were shown), another container's
/// (a program's own `_queue`, a `PriorityQueue`'s heap) collected.
enum Queued {
    Shared {
        items: Rc<VecDeque<Value>>,
        deque: Rc<Deque>,
    },
    Listed(Vec<Value>),
}

impl Queued {
    fn len(&self) -> usize {
        match self {
            Queued::Shared { items, .. } => items.len().min(PrimitiveState::ITEMS_SHOWN),
            Queued::Listed(items) => items.len(),
        }
    }

    fn get(&self, index: usize) -> Option<&Value> {
        if index >= self.len() {
            return None;
        }
        match self {
            Queued::Shared { items, .. } => items.get(index),
            Queued::Listed(items) => items.get(index),
        }
    }

    /// (Of an exact length, so that what is collected from it is allocated once.)
    fn iter(&self) -> impl ExactSizeIterator<Item = &Value> {
        (0..self.len()).map(|index| self.get(index).expect("an index below the length"))
    }

    /// Whether these are the values `shown` last (see [`same_value`]).
    fn same_as(&self, shown: &[Value]) -> bool {
        shown.len() == self.len() && shown.iter().zip(self.iter()).all(|(a, b)| same_value(a, b))
    }

    /// Makes `values` these values (reusing its room).
    fn copy_into(&self, values: &mut Vec<Value>) {
        values.clear();
        values.extend(self.iter().cloned());
    }
}

/// The first `ITEMS_SHOWN` items of a queue's buffer (a deque, or a list for the priority and
/// LIFO queues), and how many there are.
fn queued_items(vm: &mut Vm, buffer: &Value) -> PResult<(Queued, usize)> {
    if buffer.is_none() {
        return Ok((Queued::Listed(Vec::new()), 0));
    }
    if let Some(deque) = buffer.native_rc::<Deque>() {
        let items = deque.items.borrow().clone();
        let count = items.len();
        return Ok((Queued::Shared { items, deque }, count));
    }
    let mut items = vm.collect(buffer)?;
    let count = items.len();
    items.truncate(PrimitiveState::ITEMS_SHOWN);
    Ok((Queued::Listed(items), count))
}

fn attribute(vm: &mut Vm, object: &Value, name: &Name) -> PResult<Value> {
    // The library's attributes live in the instance's dict (read there first: a state is
    // taken at every change).
    if let Value::Instance(instance) = object
        && let Some(value) = name.own_value(vm, instance)
    {
        return Ok(value);
    }
    Ok(vm.getattr_opt(object, name.text)?.unwrap_or(Value::None))
}

/// The number attribute `name` of `object` shows (read in place where the library keeps it).
fn number_attribute(vm: &mut Vm, object: &Value, name: &Name) -> PResult<i64> {
    if let Value::Instance(instance) = object
        && let Some(number) = name.with_own(vm, instance, number)
    {
        return Ok(number);
    }
    Ok(number(&attribute(vm, object, name)?))
}

/// The tasks waiting on the futures in `object`'s waiters deque `name` (see
/// [`waiting_tasks`]); when the library's deque there holds no pending future, found so where
/// it is kept, with nothing read out.
fn waiting_in(vm: &mut Vm, object: &Value, name: &Name) -> PResult<(Vec<Rc<str>>, usize)> {
    let own = match object {
        Value::Instance(instance) => {
            name.with_own(vm, instance, |waiters| match waiters.native::<Deque>() {
                Some(deque) if deque.pending_futures() == 0 => None,
                _ => Some(waiters.clone()),
            })
        }
        _ => None,
    };
    let waiters = match own {
        Some(None) => return Ok((Vec::new(), 0)),
        Some(Some(waiters)) => waiters,
        None => attribute(vm, object, name)?,
    };
    waiting_tasks(vm, &waiters)
}

fn number(value: &Value) -> i64 {
    match value {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => *i,
        _ => 0,
    }
}

/// The state of `object` to show, but for its queue items, given apart as values (see
/// [`Queued`]).
fn snapshot(vm: &mut Vm, object: &Value) -> PResult<(PrimitiveState, Queued)> {
    let address = object.address().unwrap_or(0);
    let PrimitiveName {
        id,
        kind,
        label,
        internal,
    } = match vm.asyncio.primitive_ids.get(&address) {
        Some(known) => known.clone(),
        None => {
            let class = vm.class_of(object);
            // The asyncio class it is (a program may subclass one).
            let kind: Rc<str> = class
                .linearization()
                .find(|c| matches!(c.dict.borrow().get("__module__"), Some(Value::Str(m)) if m.as_str().starts_with("asyncio")))
                .map(|c| c.name.clone())
                .unwrap_or_else(|| class.name.clone());
            let name = name_new_primitive(vm, object, &kind);
            vm.asyncio.primitives_named.push(kind.clone());
            vm.asyncio.primitive_ids.insert(address, name.clone());
            name
        }
    };
    let (holders, more_holders) = match vm.asyncio.holders.get(&address) {
        Some(all) => (
            all.iter().take(PrimitiveState::SHOWN).cloned().collect(),
            all.len().saturating_sub(PrimitiveState::SHOWN),
        ),
        None => (Vec::new(), 0),
    };
    let mut state = PrimitiveState {
        id,
        kind: kind.clone(),
        label,
        value: 0,
        capacity: 1,
        holders,
        more_holders,
        waiters: Vec::new(),
        more_waiters: 0,
        items: ItemTexts::default(),
        moved: None,
        putters: Vec::new(),
        more_putters: 0,
        internal,
    };
    let mut items = Queued::Listed(Vec::new());
    match &*kind {
        "Lock" => {
            state.value = number_attribute(vm, object, &LOCKED)?;
            (state.waiters, state.more_waiters) = waiting_in(vm, object, &WAITERS)?;
        }
        "Semaphore" | "BoundedSemaphore" => {
            state.value = number_attribute(vm, object, &VALUE)?;
            state.capacity = number_attribute(vm, object, &INITIAL)?;
            (state.waiters, state.more_waiters) = waiting_in(vm, object, &WAITERS)?;
        }
        "Event" => {
            state.value = number_attribute(vm, object, &VALUE)?;
            (state.waiters, state.more_waiters) = waiting_in(vm, object, &WAITERS)?;
        }
        "Condition" => {
            let lock = attribute(vm, object, &LOCK)?;
            state.value = number_attribute(vm, &lock, &LOCKED)?;
            (state.waiters, state.more_waiters) = waiting_in(vm, object, &WAITERS)?;
        }
        _ => {
            // Queues.
            let buffer = attribute(vm, object, &QUEUE)?;
            let count;
            (items, count) = queued_items(vm, &buffer)?;
            state.value = count as i64;
            state.capacity = number_attribute(vm, object, &MAXSIZE)?;
            (state.waiters, state.more_waiters) = waiting_in(vm, object, &GETTERS)?;
            (state.putters, state.more_putters) = waiting_in(vm, object, &PUTTERS)?;
        }
    }
    Ok((state, items))
}

/// The number, label and origin the visualizer gives a primitive, fixed when it is first seen
/// (its `__init__` reports it).
#[derive(Debug, Clone)]
pub struct PrimitiveName {
    pub id: u64,
    pub kind: Rc<str>,
    /// What the program stored it in (`sem`, `self.lock`), or `Semaphore 2` if nothing.
    pub label: Rc<str>,
    /// Made by asyncio's own code.
    pub internal: bool,
}

fn name_new_primitive(vm: &Vm, object: &Value, kind: &Rc<str>) -> PrimitiveName {
    let (internal, stored) = learner::primitive_origin(vm, object);
    let named = &vm.asyncio.primitives_named;
    let label = stored.unwrap_or_else(|| {
        // Numbered among the primitives of its kind: `Semaphore 2`.
        let count = named.iter().filter(|k| *k == kind).count() + 1;
        Rc::from(format!("{kind} {count}"))
    });
    PrimitiveName {
        id: named.len() as u64 + 1,
        kind: kind.clone(),
        label,
        internal,
    }
}
