//! The hot methods of the library's queues, locks, semaphores and events, in Rust.
//!
//! `library/queues.py` and `library/locks.py` define these classes in Python, following
//! CPython's; in a producer/consumer program four bytecodes in five ran in their small
//! methods (`full()` calling `qsize()`, `put_nowait()` calling `_put()`, ...). The methods
//! below replace the Python ones in the classes once the library has run. Each does what the
//! Python method does, step for step (the same futures woken in the same order, the same
//! visualizer hooks at the same points), so scheduling is unchanged.
//!
//! The coroutine methods (`put`, `get`, `acquire`, `wait`) stay in Python, as they may
//! suspend; an await of one that would not is finished here (`finish_call_at_once`).
//!
//! A method inlines the calls the Python version makes on `self` (`self.full()`,
//! `self._put(item)`) only for the library's own classes; on a program's subclass it calls
//! them by name, so an override (`_put` of a custom queue) is honoured.

use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use super::super::builtins::signature::{Convention, Param, Signature};
use super::super::builtins::{add_method, set_fast};
use super::super::ops;
use super::super::value::{
    Args, Class, FastNative, GenState, Generator, Instance, Namespace, Value, str_hash,
};
use super::super::vm::{Vm, fast_ops};
use super::super::{Flow, PResult};
use super::deque::Deque;
use super::future::{FutureObj, FutureState};
use crate::python::ast::BinaryOp;
use crate::python::bytecode::CodeObject;
use crate::python::bytecode::Comparison;

/// The library's classes whose methods are inlined (see the module's comment).
#[derive(Clone)]
pub struct LibraryClasses {
    queue: Rc<Class>,
    lifo_queue: Rc<Class>,
    priority_queue: Rc<Class>,
    event: Rc<Class>,
    lock: Rc<Class>,
    semaphore: Rc<Class>,
    bounded_semaphore: Rc<Class>,
    queue_full: Value,
    queue_empty: Value,
    /// The coroutines [`finish_call_at_once`] may finish at once.
    codes: ShortcutCodes,
    /// The VM's `str` object for each of [`NAMES`], in its order.
    keys: Vec<Value>,
}

/// Puts the native methods in the classes the library defined in `namespace`.
pub fn install(vm: &mut Vm, namespace: &Namespace) {
    let class = |name: &str| match namespace.get(name) {
        Some(Value::Class(class)) => class.clone(),
        _ => panic!("the asyncio library defines {name}"),
    };
    let classes = LibraryClasses {
        queue: class("Queue"),
        lifo_queue: class("LifoQueue"),
        priority_queue: class("PriorityQueue"),
        event: class("Event"),
        lock: class("Lock"),
        semaphore: class("Semaphore"),
        bounded_semaphore: class("BoundedSemaphore"),
        queue_full: Value::Class(class("QueueFull")),
        queue_empty: Value::Class(class("QueueEmpty")),
        codes: ShortcutCodes {
            put: method_code(&class("Queue"), "put"),
            get: method_code(&class("Queue"), "get"),
            lock_acquire: method_code(&class("Lock"), "acquire"),
            semaphore_acquire: method_code(&class("Semaphore"), "acquire"),
            enter: method_code(&class("_ContextManagerMixin"), "__aenter__"),
            exit: method_code(&class("_ContextManagerMixin"), "__aexit__"),
            wait: method_code(&class("Event"), "wait"),
        },
        keys: NAMES
            .iter()
            .enumerate()
            .map(|(index, name)| {
                debug_assert_eq!(index, name.index, "{} is at its index", name.text);
                vm.attribute_key(&Rc::from(name.text))
            })
            .collect(),
    };
    let queue = &classes.queue;
    add_method(queue, "qsize", queue_qsize);
    add_method(queue, "empty", queue_empty);
    add_method(queue, "full", queue_full);
    add_method(queue, "put_nowait", queue_put_nowait);
    add_method(queue, "get_nowait", queue_get_nowait);
    add_method(queue, "task_done", queue_task_done);
    add_method(queue, "_wakeup_next", queue_wakeup_next);
    set_quick(
        queue,
        &[
            ("qsize", qsize_quick),
            ("empty", empty_quick),
            ("full", full_quick),
            ("put_nowait", put_nowait_quick),
            ("get_nowait", get_nowait_quick),
            ("task_done", task_done_quick),
        ],
    );
    let event = &classes.event;
    add_method(event, "is_set", event_is_set);
    add_method(event, "set", event_set);
    add_method(event, "clear", event_clear);
    set_quick(
        event,
        &[
            ("is_set", is_set_quick),
            ("set", event_set_quick),
            ("clear", event_clear_quick),
        ],
    );
    let lock = &classes.lock;
    add_method(lock, "locked", lock_locked);
    add_method(lock, "release", lock_release);
    add_method(lock, "_wake_up_first", lock_wake_up_first);
    set_quick(
        lock,
        &[
            ("locked", lock_locked_quick),
            ("release", lock_release_quick),
        ],
    );
    let semaphore = &classes.semaphore;
    add_method(semaphore, "locked", semaphore_locked);
    add_method(semaphore, "release", semaphore_release);
    add_method(semaphore, "_wake_up_next", semaphore_wake_up_next);
    set_quick(
        semaphore,
        &[
            ("locked", semaphore_locked_quick),
            ("release", semaphore_release_quick),
        ],
    );
    // Shared by every primitive and queue (the mixin's method).
    if let Some(Value::Class(mixin)) = namespace.get("_LoopBoundMixin") {
        add_method(mixin, "_get_loop", get_loop);
    }
    vm.asyncio.library = Some(classes);
}

/// The code of the method `name` the library's `class` defines in Python.
fn method_code(class: &Rc<Class>, name: &str) -> Rc<CodeObject> {
    match class.dict.borrow().get(name) {
        Some(Value::Function(function)) => function.code.clone(),
        _ => panic!(
            "the asyncio library defines {}.{name} in Python",
            class.name
        ),
    }
}

// ----- what every method needs -----

/// Which of the library's classes a method is inlined for (see the module's comment).
type Own = fn(&LibraryClasses, &Rc<Class>) -> bool;

fn queues(library: &LibraryClasses, class: &Rc<Class>) -> bool {
    [&library.queue, &library.lifo_queue, &library.priority_queue]
        .iter()
        .any(|c| Rc::ptr_eq(c, class))
}

fn events(library: &LibraryClasses, class: &Rc<Class>) -> bool {
    Rc::ptr_eq(&library.event, class)
}

fn locks(library: &LibraryClasses, class: &Rc<Class>) -> bool {
    Rc::ptr_eq(&library.lock, class)
}

/// A BoundedSemaphore's `release` is its own (it calls Semaphore's), the rest it inherits.
fn semaphores(library: &LibraryClasses, class: &Rc<Class>) -> bool {
    Rc::ptr_eq(&library.semaphore, class) || Rc::ptr_eq(&library.bounded_semaphore, class)
}

fn library(vm: &Vm) -> &LibraryClasses {
    vm.asyncio
        .library
        .as_ref()
        .expect("the library's classes are installed with their methods")
}

/// Whether `value` is an instance of one of the classes `own` picks.
fn is_own(vm: &Vm, value: &Value, own: Own) -> bool {
    matches!(value, Value::Instance(instance) if own(library(vm), &instance.class.borrow()))
}

/// Binds a method's arguments as Python binds `def method(self, ...)`: the receiver is the
/// first parameter, so a wrong call's error counts it as CPython's does (`Queue.full() takes
/// 1 positional argument but 2 were given`).
fn bind_method<const N: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    mut args: Args,
    signature: &Signature<N, 0>,
) -> PResult<[Value; N]> {
    if let Some(this) = this {
        args.positional.insert(0, this.clone());
    }
    Ok(signature.bind(vm, args)?.required)
}

/// The signature of a method that takes nothing but `self`.
const fn self_only(method: &'static str) -> Signature<1, 0> {
    Signature::new(method, Convention::python(), [Param::new("self")], [])
}

/// The receiver of a method that takes nothing but `self`, and whether its class is one
/// `own` picks (its methods are ours).
fn me(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<1, 0>,
    own: Own,
) -> PResult<(Value, bool)> {
    let [me] = bind_method(vm, this, args, signature)?;
    let own = is_own(vm, &me, own);
    Ok((me, own))
}

/// An attribute name of the library's classes, hashed when Looplab is compiled, with the
/// slot of the instance's dict it was last found in (the library's `__init__`s set their
/// attributes in a fixed order, so the slot is mostly right, and then it is the only one
/// compared) and its place in [`NAMES`]: the VM's one `str` object for the name (the key
/// the library's own `self._queue = ...` stored it under) is `LibraryClasses::keys` at that
/// place, and a key of that address needs no comparison of the text.
pub(super) struct Name {
    pub(super) text: &'static str,
    pub(super) hash: i64,
    slot: AtomicUsize,
    index: usize,
}

const fn name(index: usize, text: &'static str) -> Name {
    Name {
        text,
        hash: str_hash(text),
        slot: AtomicUsize::new(0),
        index,
    }
}

impl Name {
    /// The value of this attribute in `instance`'s own dict, if it has it.
    #[inline(always)]
    pub(super) fn own_value(&self, vm: &Vm, instance: &Instance) -> Option<Value> {
        let dict = instance.dict.borrow();
        let slot = self.find(vm, &dict)?;
        Some(dict.value_at(slot).clone())
    }

    /// `f` of this attribute's value in `instance`'s own dict, if it has it (read in place,
    /// not cloned).
    #[inline(always)]
    pub(super) fn with_own<R>(
        &self,
        vm: &Vm,
        instance: &Instance,
        f: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        let dict = instance.dict.borrow();
        let slot = self.find(vm, &dict)?;
        Some(f(dict.value_at(slot)))
    }

    /// This attribute of `instance`'s own dict, when it is an int.
    #[inline(always)]
    fn own_int(&self, vm: &Vm, instance: &Instance) -> Option<i64> {
        self.with_own(vm, instance, |value| match value {
            Value::Int(n) => Some(*n),
            _ => None,
        })?
    }

    /// `self.name += by` done in place, when the attribute is an int of `instance`'s own dict
    /// and the sum one too: the new value. (`None` leaves the general path to do it.)
    #[inline(always)]
    fn add_own_int(&self, vm: &Vm, instance: &Instance, by: i64) -> Option<i64> {
        let mut dict = instance.dict.borrow_mut();
        let slot = self.find(vm, &dict)?;
        match dict.value_at_mut(slot) {
            Value::Int(n) => {
                *n = n.checked_add(by)?;
                Some(*n)
            }
            _ => None,
        }
    }

    /// Sets this attribute in `instance`'s own dict where it already is: whether it was.
    #[inline(always)]
    fn set_in_place(&self, vm: &Vm, instance: &Instance, value: Value) -> bool {
        let mut dict = instance.dict.borrow_mut();
        match self.find(vm, &dict) {
            Some(slot) => {
                dict.set_value(slot, value);
                true
            }
            None => false,
        }
    }

    /// Sets this attribute in `instance`'s own dict.
    fn set_own(&self, vm: &Vm, instance: &Instance, value: Value) {
        let mut dict = instance.dict.borrow_mut();
        match (self.find(vm, &dict), self.key(vm)) {
            (Some(slot), _) => dict.set_value(slot, value),
            (None, Some(key)) => {
                dict.set_str_at(0, self.text, self.hash, key, value);
            }
            (None, None) => dict.set_str_hashed(self.text, self.hash, value),
        }
    }

    /// The slot of this attribute in `dict`, looked for first where it was last time.
    #[inline(always)]
    fn find(&self, vm: &Vm, dict: &crate::runtime::dict::DictTable) -> Option<usize> {
        let hint = self.slot.load(Relaxed);
        let slot = dict.find_str_at(hint, self.text, self.hash, self.key(vm))?;
        if slot != hint {
            self.slot.store(slot, Relaxed);
        }
        Some(slot)
    }

    /// The VM's `str` object for this name, once the library is installed.
    #[inline(always)]
    fn key<'vm>(&self, vm: &'vm Vm) -> Option<&'vm Value> {
        Some(&vm.asyncio.library.as_ref()?.keys[self.index])
    }
}

pub(super) static QUEUE: Name = name(0, "_queue");
pub(super) static MAXSIZE: Name = name(1, "_maxsize");
static UNFINISHED_TASKS: Name = name(2, "_unfinished_tasks");
static FINISHED: Name = name(3, "_finished");
pub(super) static GETTERS: Name = name(4, "_getters");
pub(super) static PUTTERS: Name = name(5, "_putters");
pub(super) static VALUE: Name = name(6, "_value");
pub(super) static WAITERS: Name = name(7, "_waiters");
pub(super) static LOCKED: Name = name(8, "_locked");
pub(super) static INITIAL: Name = name(9, "_initial");
pub(super) static LOCK: Name = name(10, "_lock");

/// Every [`Name`], each at its `index`.
static NAMES: [&Name; 11] = [
    &QUEUE,
    &MAXSIZE,
    &UNFINISHED_TASKS,
    &FINISHED,
    &GETTERS,
    &PUTTERS,
    &VALUE,
    &WAITERS,
    &LOCKED,
    &INITIAL,
    &LOCK,
];

/// `self.name`: read from the instance's dict when the class is the library's own (none of
/// its attributes is a descriptor), the general way otherwise.
fn read(vm: &mut Vm, me: &Value, own: bool, name: &Name) -> PResult<Value> {
    if let Some(instance) = own_instance(me, own)
        && let Some(value) = name.own_value(vm, instance)
    {
        return Ok(value);
    }
    vm.getattr(me, name.text)
}

/// The receiver as an instance of the library's own class (`own`), whose attributes the
/// methods read and change in place in its dict.
#[inline(always)]
fn own_instance(me: &Value, own: bool) -> Option<&Instance> {
    match me {
        Value::Instance(instance) if own => Some(instance),
        _ => None,
    }
}

/// `self.name = value`.
fn write(vm: &mut Vm, me: &Value, own: bool, name: &Name, value: Value) -> PResult<()> {
    if let Some(instance) = own_instance(me, own) {
        name.set_own(vm, instance, value);
        return Ok(());
    }
    vm.setattr(me, name.text, value)
}

/// `object.name(*args)`, found the general way.
fn call(vm: &mut Vm, object: &Value, name: &str, args: Vec<Value>) -> PResult<Value> {
    let method = vm.getattr(object, name)?;
    vm.call(&method, args)
}

/// `bool(value)`, at once for the library's deques.
fn truthy(vm: &mut Vm, value: &Value) -> PResult<bool> {
    match value.native::<Deque>() {
        Some(deque) => Ok(!deque.items.borrow().is_empty()),
        None => vm.truthy(value),
    }
}

fn truthy_call(vm: &mut Vm, object: &Value, name: &str) -> PResult<bool> {
    let result = call(vm, object, name, Vec::new())?;
    vm.truthy(&result)
}

/// `left op right` as a bool.
fn compare(vm: &mut Vm, op: Comparison, left: &Value, right: &Value) -> PResult<bool> {
    if let Some(holds) = fast_ops::compare_numbers(op, left, right) {
        return Ok(holds);
    }
    let result = ops::compare(vm, op, left, right)?;
    vm.truthy(&result)
}

/// `self.name += by` (or `-=`).
fn add_to(vm: &mut Vm, me: &Value, own: bool, name: &Name, by: i64) -> PResult<()> {
    if let Some(instance) = own_instance(me, own)
        && name.add_own_int(vm, instance, by).is_some()
    {
        return Ok(());
    }
    let value = read(vm, me, own, name)?;
    let sum = match value {
        Value::Int(n) if n.checked_add(by).is_some() => Value::Int(n + by),
        other => ops::binary(vm, BinaryOp::Add, &other, &Value::Int(by), true)?,
    };
    write(vm, me, own, name, sum)
}

/// A plain future of the loop (`loop.create_future()`'s), whose methods are the natives.
fn plain_future(vm: &Vm, value: &Value) -> Option<Rc<FutureObj>> {
    let future = value.native_rc::<FutureObj>()?;
    let classes = vm.asyncio.classes.as_ref()?;
    Rc::ptr_eq(&future.class, &classes.future).then_some(future)
}

/// `future.done()`.
fn done(vm: &mut Vm, future: &Value) -> PResult<bool> {
    match plain_future(vm, future) {
        Some(future) => Ok(future.is_done()),
        None => truthy_call(vm, future, "done"),
    }
}

/// `future.cancelled()`.
fn cancelled(vm: &mut Vm, future: &Value) -> PResult<bool> {
    match plain_future(vm, future) {
        Some(future) => Ok(future.state.get() == FutureState::Cancelled),
        None => truthy_call(vm, future, "cancelled"),
    }
}

/// `future.set_result(value)`.
fn set_result(vm: &mut Vm, future: &Value, value: Value) -> PResult<()> {
    match plain_future(vm, future) {
        Some(future) => future.set_result(vm, value),
        None => call(vm, future, "set_result", vec![value]).map(drop),
    }
}

/// The items of a waiters collection as they are now: a deque's shared (an O(1) snapshot, as
/// its iterators take), anything else's collected.
fn items_of(vm: &mut Vm, waiters: &Value) -> PResult<Rc<VecDeque<Value>>> {
    match waiters.native::<Deque>() {
        Some(deque) => Ok(deque.items.borrow().clone()),
        None => Ok(Rc::new(vm.collect(waiters)?.into())),
    }
}

/// The first item of a waiters collection whose future is not done, if any.
fn first_pending(vm: &mut Vm, waiters: &Value) -> PResult<Option<Value>> {
    for item in items_of(vm, waiters)?.iter() {
        if !done(vm, item)? {
            return Ok(Some(item.clone()));
        }
    }
    Ok(None)
}

/// `_changed(self)` when the visualizer records.
fn changed(vm: &mut Vm, me: &Value) -> PResult<()> {
    if vm.trace.machinery {
        super::primitives::record_change(vm, me, None)?;
    }
    Ok(())
}

/// `_changed(self, item)` when the visualizer records: `item` was put into queue `me` (`put`)
/// or taken from it, at the back or the front of `deque` if it is the library's deque.
fn moved(
    vm: &mut Vm,
    me: &Value,
    item: &Value,
    deque: Option<Rc<Deque>>,
    put: bool,
) -> PResult<()> {
    if vm.trace.machinery {
        match deque {
            Some(deque) => super::primitives::record_queue_move(vm, me, &deque, item, put)?,
            None => super::primitives::record_change(vm, me, Some(item))?,
        }
    }
    Ok(())
}

/// `_held(self, acquired)` when the visualizer records.
fn held(vm: &mut Vm, me: &Value, acquired: bool) -> PResult<()> {
    if vm.trace.machinery {
        super::primitives::record_holding(vm, me, acquired)?;
    }
    Ok(())
}

fn raise(vm: &mut Vm, class: &Value) -> Flow {
    match vm.call(class, Vec::new()) {
        Ok(exception) => Flow::Exception(exception),
        Err(flow) => flow,
    }
}

// ----- Queue -----

/// `len(self._queue)` of a library queue whose buffer is the library's deque or a list,
/// read in place.
fn own_buffer_len(vm: &Vm, instance: &Instance) -> Option<usize> {
    QUEUE.with_own(vm, instance, |buffer| match buffer {
        Value::List(items) => Some(items.borrow().len()),
        other => Some(other.native::<Deque>()?.items.borrow().len()),
    })?
}

/// `len(self._queue)`.
fn buffer_len(vm: &mut Vm, me: &Value, own: bool) -> PResult<usize> {
    if let Some(instance) = own_instance(me, own)
        && let Some(len) = own_buffer_len(vm, instance)
    {
        return Ok(len);
    }
    let buffer = read(vm, me, own, &QUEUE)?;
    if let Some(deque) = buffer.native::<Deque>() {
        return Ok(deque.items.borrow().len());
    }
    match &buffer {
        Value::List(items) => Ok(items.borrow().len()),
        other => vm.len(other),
    }
}

/// `self.qsize()`.
fn qsize(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    if own {
        return Ok(Value::Int(buffer_len(vm, me, own)? as i64));
    }
    call(vm, me, "qsize", Vec::new())
}

/// The body of `Queue.full()`.
fn full(vm: &mut Vm, me: &Value, own: bool) -> PResult<bool> {
    if let Some(instance) = own_instance(me, own)
        && let Some(maxsize) = MAXSIZE.own_int(vm, instance)
        && let Some(len) = own_buffer_len(vm, instance)
    {
        return Ok(maxsize > 0 && len as i64 >= maxsize);
    }
    let maxsize = read(vm, me, own, &MAXSIZE)?;
    if compare(vm, Comparison::LtE, &maxsize, &Value::Int(0))? {
        return Ok(false);
    }
    let size = qsize(vm, me, own)?;
    compare(vm, Comparison::GtE, &size, &maxsize)
}

/// `self.full()`.
fn is_full(vm: &mut Vm, me: &Value, own: bool) -> PResult<bool> {
    match own {
        true => full(vm, me, own),
        false => truthy_call(vm, me, "full"),
    }
}

/// The body of `Queue.empty()`.
fn empty(vm: &mut Vm, me: &Value, own: bool) -> PResult<bool> {
    if let Some(instance) = own_instance(me, own)
        && let Some(len) = own_buffer_len(vm, instance)
    {
        return Ok(len == 0);
    }
    let buffer = read(vm, me, own, &QUEUE)?;
    Ok(!truthy(vm, &buffer)?)
}

/// `self.empty()`.
fn is_empty(vm: &mut Vm, me: &Value, own: bool) -> PResult<bool> {
    match own {
        true => empty(vm, me, own),
        false => truthy_call(vm, me, "empty"),
    }
}

fn queue_qsize(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Queue.qsize"), queues)?;
    qsize_body(vm, &me, own)
}

fn qsize_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    Ok(Value::Int(buffer_len(vm, me, own)? as i64))
}

fn queue_empty(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Queue.empty"), queues)?;
    empty_body(vm, &me, own)
}

fn empty_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    Ok(Value::Bool(empty(vm, me, own)?))
}

fn queue_full(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Queue.full"), queues)?;
    full_body(vm, &me, own)
}

fn full_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    Ok(Value::Bool(full(vm, me, own)?))
}

const PUT_NOWAIT: Signature<2, 0> = Signature::new(
    "Queue.put_nowait",
    Convention::python(),
    [Param::new("self"), Param::new("item")],
    [],
);

fn queue_put_nowait(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let [me, item] = bind_method(vm, this, args, &PUT_NOWAIT)?;
    let own = is_own(vm, &me, queues);
    put_nowait_body(vm, &me, own, item)
}

fn put_nowait_body(vm: &mut Vm, me: &Value, own: bool, item: Value) -> PResult<Value> {
    if is_full(vm, me, own)? {
        let class = library(vm).queue_full.clone();
        return Err(raise(vm, &class));
    }
    put_when_not_full(vm, me, own, item)
}

/// `put_nowait()` once the queue is known not to be full.
fn put_when_not_full(vm: &mut Vm, me: &Value, own: bool, item: Value) -> PResult<Value> {
    // (Kept only for the visualizer, which names the item put.)
    let shown = vm.trace.machinery.then(|| item.clone());
    let deque = put(vm, me, own, item)?;
    add_to(vm, me, own, &UNFINISHED_TASKS, 1)?;
    clear_finished(vm, me, own)?;
    wakeup_next_of(vm, me, own, &GETTERS)?;
    if let Some(shown) = shown {
        moved(vm, me, &shown, deque, true)?;
    }
    Ok(Value::None)
}

/// `self._finished.clear()`.
fn clear_finished(vm: &mut Vm, me: &Value, own: bool) -> PResult<()> {
    // Done in place for the library's own event, unless the visualizer records its change;
    // an event already clear (as it mostly is: a queue clears it at every put) changes
    // nothing, shown or not.
    if let Some(instance) = own_instance(me, own)
        && FINISHED.with_own(vm, instance, |finished| match finished {
            Value::Instance(event) if events(library(vm), &event.class.borrow()) => {
                VALUE.with_own(vm, event, |value| matches!(value, Value::Bool(false))) == Some(true)
                    || (!vm.trace.machinery && VALUE.set_in_place(vm, event, Value::Bool(false)))
            }
            _ => false,
        }) == Some(true)
    {
        return Ok(());
    }
    let finished = read(vm, me, own, &FINISHED)?;
    clear_event(vm, &finished)
}

/// `self._wakeup_next(self.<waiters>)`: nothing to do when that deque is empty.
fn wakeup_next_of(vm: &mut Vm, me: &Value, own: bool, waiters: &Name) -> PResult<()> {
    if let Some(instance) = own_instance(me, own)
        && waiters.with_own(vm, instance, |waiters| {
            waiters
                .native::<Deque>()
                .is_some_and(|deque| deque.items.borrow().is_empty())
        }) == Some(true)
    {
        return Ok(());
    }
    let waiters = read(vm, me, own, waiters)?;
    wakeup_next(vm, me, own, waiters)
}

/// The library's deque a library queue keeps its items in, if it does (not a list, as a
/// LifoQueue's).
fn own_deque(vm: &Vm, me: &Value, own: bool) -> Option<Rc<Deque>> {
    QUEUE.with_own(vm, own_instance(me, own)?, Value::native_rc::<Deque>)?
}

/// `self._put(item)`; the library's deque it appended `item` to, if it did.
fn put(vm: &mut Vm, me: &Value, own: bool, item: Value) -> PResult<Option<Rc<Deque>>> {
    if own && !is_own(vm, me, |l, c| Rc::ptr_eq(&l.priority_queue, c)) {
        if let Some(deque) = own_deque(vm, me, own) {
            deque.push_back(item);
            return Ok(Some(deque));
        }
        // Queue appends to its deque, LifoQueue to its list.
        let buffer = read(vm, me, own, &QUEUE)?;
        if let Value::List(items) = &buffer {
            items.borrow_mut().push(item);
            return Ok(None);
        }
        if let Some(deque) = buffer.native_rc::<Deque>() {
            deque.push_back(item);
            return Ok(Some(deque));
        }
        return call(vm, &buffer, "append", vec![item]).map(|_| None);
    }
    call(vm, me, "_put", vec![item]).map(|_| None)
}

/// `self._get()`, and the library's deque it took the item from the front of, if it did.
fn take(vm: &mut Vm, me: &Value, own: bool) -> PResult<(Value, Option<Rc<Deque>>)> {
    if own && !is_own(vm, me, |l, c| Rc::ptr_eq(&l.priority_queue, c)) {
        if let Some(deque) = own_deque(vm, me, own)
            && let Some(item) = deque.pop_front()
        {
            return Ok((item, Some(deque)));
        }
        let buffer = read(vm, me, own, &QUEUE)?;
        if let Value::List(items) = &buffer {
            // LifoQueue: `self._queue.pop()`; the queue is not empty here.
            if let Some(item) = items.borrow_mut().pop() {
                return Ok((item, None));
            }
            return Ok((call(vm, &buffer, "pop", Vec::new())?, None));
        }
        if let Some(deque) = buffer.native_rc::<Deque>()
            && let Some(item) = deque.pop_front()
        {
            return Ok((item, Some(deque)));
        }
        return Ok((call(vm, &buffer, "popleft", Vec::new())?, None));
    }
    Ok((call(vm, me, "_get", Vec::new())?, None))
}

fn queue_get_nowait(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Queue.get_nowait"), queues)?;
    get_nowait_body(vm, &me, own)
}

fn get_nowait_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    if is_empty(vm, me, own)? {
        let class = library(vm).queue_empty.clone();
        return Err(raise(vm, &class));
    }
    get_when_not_empty(vm, me, own)
}

/// `get_nowait()` once the queue is known not to be empty.
fn get_when_not_empty(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    let (item, deque) = take(vm, me, own)?;
    wakeup_next_of(vm, me, own, &PUTTERS)?;
    moved(vm, me, &item, deque, false)?;
    Ok(item)
}

fn queue_task_done(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Queue.task_done"), queues)?;
    task_done_body(vm, &me, own)
}

/// The body of `Queue.task_done()`. The library's then reports a change of the queue to the
/// visualizer, but the count of unfinished tasks is no part of what it shows of a queue (the
/// finished event, when set, is recorded by itself): the state it would take is the one shown
/// already, so none is taken.
fn task_done_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    if let Some(instance) = own_instance(me, own)
        && let Some(unfinished) = UNFINISHED_TASKS.own_int(vm, instance)
        && unfinished > 0
        && let Some(unfinished) = UNFINISHED_TASKS.add_own_int(vm, instance, -1)
    {
        if unfinished == 0 {
            let finished = read(vm, me, own, &FINISHED)?;
            set_event(vm, &finished)?;
        }
        return Ok(Value::None);
    }
    let unfinished = read(vm, me, own, &UNFINISHED_TASKS)?;
    if compare(vm, Comparison::LtE, &unfinished, &Value::Int(0))? {
        return Err(vm.value_error("task_done() called too many times"));
    }
    add_to(vm, me, own, &UNFINISHED_TASKS, -1)?;
    let unfinished = read(vm, me, own, &UNFINISHED_TASKS)?;
    if compare(vm, Comparison::Eq, &unfinished, &Value::Int(0))? {
        let finished = read(vm, me, own, &FINISHED)?;
        set_event(vm, &finished)?;
    }
    Ok(Value::None)
}

const WAKEUP_NEXT: Signature<2, 0> = Signature::new(
    "Queue._wakeup_next",
    Convention::python(),
    [Param::new("self"), Param::new("waiters")],
    [],
);

fn queue_wakeup_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let [_, waiters] = bind_method(vm, this, args, &WAKEUP_NEXT)?;
    wake_first_waiting(vm, waiters)?;
    Ok(Value::None)
}

/// `self._wakeup_next(waiters)`.
fn wakeup_next(vm: &mut Vm, me: &Value, own: bool, waiters: Value) -> PResult<()> {
    if own {
        return wake_first_waiting(vm, waiters);
    }
    call(vm, me, "_wakeup_next", vec![waiters]).map(drop)
}

/// Pops waiters until one is not done, and wakes it with None.
fn wake_first_waiting(vm: &mut Vm, waiters: Value) -> PResult<()> {
    let deque = waiters.native_rc::<Deque>();
    loop {
        let waiter = match &deque {
            Some(deque) => match deque.pop_front() {
                Some(waiter) => waiter,
                None => return Ok(()),
            },
            None => {
                if !truthy(vm, &waiters)? {
                    return Ok(());
                }
                call(vm, &waiters, "popleft", Vec::new())?
            }
        };
        if !done(vm, &waiter)? {
            return set_result(vm, &waiter, Value::None);
        }
    }
}

// ----- Event -----

/// The body of `Event.clear()`.
fn clear(vm: &mut Vm, event: &Value, own: bool) -> PResult<()> {
    // Clearing a clear event changes nothing the visualizer shows (a queue clears its
    // finished event at every put): its state is not taken again to find that out.
    let was_clear = vm.trace.machinery
        && own_instance(event, own)
            .and_then(|instance| VALUE.own_value(vm, instance))
            .is_some_and(|value| matches!(value, Value::Bool(false)));
    write(vm, event, own, &VALUE, Value::Bool(false))?;
    match was_clear {
        true => Ok(()),
        false => changed(vm, event),
    }
}

/// `event.clear()`.
fn clear_event(vm: &mut Vm, event: &Value) -> PResult<()> {
    match is_own(vm, event, events) {
        true => clear(vm, event, true),
        false => call(vm, event, "clear", Vec::new()).map(drop),
    }
}

/// The body of `Event.set()`.
fn set(vm: &mut Vm, event: &Value, own: bool) -> PResult<()> {
    let value = read(vm, event, own, &VALUE)?;
    if vm.truthy(&value)? {
        return Ok(());
    }
    write(vm, event, own, &VALUE, Value::Bool(true))?;
    let waiters = read(vm, event, own, &WAITERS)?;
    for future in items_of(vm, &waiters)?.iter() {
        if !done(vm, future)? {
            set_result(vm, future, Value::Bool(true))?;
        }
    }
    changed(vm, event)
}

/// `event.set()`.
fn set_event(vm: &mut Vm, event: &Value) -> PResult<()> {
    match is_own(vm, event, events) {
        true => set(vm, event, true),
        false => call(vm, event, "set", Vec::new()).map(drop),
    }
}

fn event_is_set(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Event.is_set"), events)?;
    is_set_body(vm, &me, own)
}

fn is_set_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    read(vm, me, own, &VALUE)
}

fn event_set(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Event.set"), events)?;
    set_body(vm, &me, own)
}

fn set_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    set(vm, me, own).map(|()| Value::None)
}

fn event_clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Event.clear"), events)?;
    clear_body(vm, &me, own)
}

fn clear_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    clear(vm, me, own).map(|()| Value::None)
}

// ----- Lock -----

fn lock_locked(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Lock.locked"), locks)?;
    lock_locked_body(vm, &me, own)
}

fn lock_locked_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    read(vm, me, own, &LOCKED)
}

fn lock_release(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Lock.release"), locks)?;
    lock_release_body(vm, &me, own)
}

fn lock_release_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    let locked = read(vm, me, own, &LOCKED)?;
    if !vm.truthy(&locked)? {
        return Err(vm.error("RuntimeError", "Lock is not acquired."));
    }
    write(vm, me, own, &LOCKED, Value::Bool(false))?;
    held(vm, me, false)?;
    if own {
        wake_up_first(vm, me, own)?;
    } else {
        call(vm, me, "_wake_up_first", Vec::new())?;
    }
    Ok(Value::None)
}

fn lock_wake_up_first(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Lock._wake_up_first"), locks)?;
    wake_up_first(vm, &me, own)?;
    Ok(Value::None)
}

/// Wakes the first waiter of a lock (with True) unless it is done.
fn wake_up_first(vm: &mut Vm, me: &Value, own: bool) -> PResult<()> {
    let waiters = read(vm, me, own, &WAITERS)?;
    if !truthy(vm, &waiters)? {
        return Ok(());
    }
    let first = match waiters.native::<Deque>() {
        Some(deque) => deque.items.borrow().front().cloned(),
        None => None,
    };
    let first = match first {
        Some(first) => first,
        None => vm.getitem(&waiters, &Value::Int(0))?,
    };
    if !done(vm, &first)? {
        set_result(vm, &first, Value::Bool(true))?;
    }
    Ok(())
}

// ----- Semaphore -----

fn semaphore_locked(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Semaphore.locked"), semaphores)?;
    semaphore_locked_body(vm, &me, own)
}

fn semaphore_locked_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    let value = read(vm, me, own, &VALUE)?;
    if compare(vm, Comparison::Eq, &value, &Value::Int(0))? {
        return Ok(Value::Bool(true));
    }
    let waiters = read(vm, me, own, &WAITERS)?;
    if !truthy(vm, &waiters)? {
        return Ok(Value::Bool(false));
    }
    for future in items_of(vm, &waiters)?.iter() {
        if !cancelled(vm, future)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn semaphore_release(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(vm, this, args, &self_only("Semaphore.release"), semaphores)?;
    semaphore_release_body(vm, &me, own)
}

fn semaphore_release_body(vm: &mut Vm, me: &Value, own: bool) -> PResult<Value> {
    add_to(vm, me, own, &VALUE, 1)?;
    held(vm, me, false)?;
    if own {
        wake_up_next(vm, me, own)?;
    } else {
        call(vm, me, "_wake_up_next", Vec::new())?;
    }
    Ok(Value::None)
}

fn semaphore_wake_up_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, own) = me(
        vm,
        this,
        args,
        &self_only("Semaphore._wake_up_next"),
        semaphores,
    )?;
    wake_up_next(vm, &me, own)?;
    Ok(Value::None)
}

/// Gives the slot to the first waiter not done, on its behalf.
fn wake_up_next(vm: &mut Vm, me: &Value, own: bool) -> PResult<()> {
    let waiters = read(vm, me, own, &WAITERS)?;
    if !truthy(vm, &waiters)? {
        return Ok(());
    }
    if let Some(future) = first_pending(vm, &waiters)? {
        add_to(vm, me, own, &VALUE, -1)?;
        set_result(vm, &future, Value::Bool(true))?;
        changed(vm, me)?;
    }
    Ok(())
}

// ----- library coroutines that finish without waiting -----

/// The library's coroutines [`finish_call_at_once`] may finish at once.
#[derive(Clone, Copy)]
pub enum Shortcut {
    /// `Queue.put(item)` on a queue with room.
    Put,
    /// `Queue.get()` on a queue with an item.
    Get,
    /// `Lock.acquire()` of a free lock.
    LockAcquire,
    /// `Semaphore.acquire()` with a slot free.
    SemaphoreAcquire,
    /// `async with` entering a free lock or semaphore (`__aenter__`, which awaits `acquire()`).
    Enter,
    /// `async with` leaving a lock or semaphore (`__aexit__`, which calls `release()`).
    Exit,
    /// `Event.wait()` of a set event.
    Wait,
}

/// The code of each coroutine [`finish_call_at_once`] knows.
#[derive(Clone)]
pub struct ShortcutCodes {
    put: Rc<CodeObject>,
    get: Rc<CodeObject>,
    lock_acquire: Rc<CodeObject>,
    semaphore_acquire: Rc<CodeObject>,
    enter: Rc<CodeObject>,
    exit: Rc<CodeObject>,
    wait: Rc<CodeObject>,
}

impl ShortcutCodes {
    fn shortcut(&self, code: &Rc<CodeObject>) -> Option<Shortcut> {
        let is = |known: &Rc<CodeObject>| Rc::ptr_eq(code, known);
        Some(match () {
            () if is(&self.put) => Shortcut::Put,
            () if is(&self.get) => Shortcut::Get,
            () if is(&self.lock_acquire) => Shortcut::LockAcquire,
            () if is(&self.semaphore_acquire) => Shortcut::SemaphoreAcquire,
            () if is(&self.enter) => Shortcut::Enter,
            () if is(&self.exit) => Shortcut::Exit,
            () if is(&self.wait) => Shortcut::Wait,
            () => return None,
        })
    }
}

/// `async with lock:` (or a semaphore): the `__aenter__` or `__aexit__` coroutine the
/// statement made and awaits at once, done here when it would finish without waiting (see
/// [`finish_call_at_once`]). Other library coroutines awaited at once were looked at when they
/// were called; one made earlier and awaited later runs its frame.
pub fn quick_start(vm: &mut Vm, coroutine: &Generator) -> Option<PResult<Value>> {
    let shortcut = shortcut_for(vm, &coroutine.code)?;
    // A fresh coroutine of `async with`.
    if !matches!(shortcut, Shortcut::Enter | Shortcut::Exit)
        || coroutine.state.get() != GenState::Created
        || coroutine.awaited.get()
    {
        return None;
    }
    let me = coroutine
        .frame
        .borrow()
        .as_ref()?
        .fast
        .first()
        .cloned()
        .flatten()?;
    let result = finish_at_once(vm, shortcut, &me, None).transpose()?;
    // The coroutine ran to its end: awaited, finished, its frame freed.
    coroutine.awaited.set(true);
    coroutine.started.set(true);
    coroutine.state.set(GenState::Closed);
    if let Some(frame) = coroutine.frame.borrow_mut().take() {
        vm.recycle_frame(frame);
    }
    Some(result)
}

/// The shortcut for a coroutine of `code`, if it is one of the library's and the run takes
/// shortcuts (and has room for the frame the coroutine would have had). The interpreter
/// asks before binding anything for a call awaited at once (see [`finish_call_at_once`]).
pub fn shortcut_for(vm: &Vm, code: &Rc<CodeObject>) -> Option<Shortcut> {
    if vm.asyncio.without_shortcuts || vm.frames.len() + 1 >= vm.limits.recursion {
        return None;
    }
    vm.asyncio.library.as_ref()?.codes.shortcut(code)
}

/// `await f(...)` where `f(...)` makes a coroutine of the library's code (`shortcut` names
/// which, from [`shortcut_for`]) with these locals (its arguments bound) — `await
/// queue.put(item)`, `await queue.get()`, `await lock.acquire()`, `await event.wait()`, and
/// `async with` on a lock or semaphore — on a
/// queue, lock, semaphore or event of the library's own classes, when the coroutine would
/// finish without waiting: what it returns, its body (a test, then `put_nowait`,
/// `get_nowait`, taking the lock or a slot, `release()`, or nothing) done here at once, with no
/// frame run for it; `None` when it must run (it would wait, a subclass's methods may differ,
/// or `release()` would raise: its traceback shows `__aexit__`). The interpreter asks before
/// making the coroutine, when the call is awaited at once (no one else can see it). What the
/// await gives, the primitive's state, the futures woken and the visualizer's events (a change
/// is recorded as the program's line and task, whichever frame makes it) are the same, and no
/// loop iteration passes either way.
///
/// As the methods above, this takes the primitive's own methods to be its class's: an
/// instance attribute named `full`, `put_nowait` or `release` set on a library queue or lock
/// is not looked for.
pub fn finish_call_at_once(
    vm: &mut Vm,
    shortcut: Shortcut,
    locals: &[Option<Value>],
) -> Option<PResult<Value>> {
    let me = locals.first()?.as_ref()?;
    let item = match shortcut {
        Shortcut::Put => Some(locals.get(1)?.clone()?),
        _ => None,
    };
    finish_at_once(vm, shortcut, me, item).transpose()
}

/// What the coroutine `shortcut` names returns (`item`: what `put` is given), its body done
/// at once, or `None` when it must run its frame (see [`finish_call_at_once`]). A test that
/// raises (a queue whose `maxsize` is no number) leaves the coroutine to run, so the error's
/// traceback shows its frame as CPython's does.
fn finish_at_once(
    vm: &mut Vm,
    shortcut: Shortcut,
    me: &Value,
    item: Option<Value>,
) -> PResult<Option<Value>> {
    let holds = |test: PResult<bool>| matches!(test, Ok(true));
    let lock = is_own(vm, me, locks);
    let semaphore = is_own(vm, me, semaphores);
    Ok(match shortcut {
        Shortcut::Put if is_own(vm, me, queues) && matches!(full(vm, me, true), Ok(false)) => {
            let item = item.expect("put's item is bound");
            Some(put_when_not_full(vm, me, true, item)?)
        }
        Shortcut::Get if is_own(vm, me, queues) && matches!(empty(vm, me, true), Ok(false)) => {
            Some(get_when_not_empty(vm, me, true)?)
        }
        Shortcut::LockAcquire if lock && holds(lock_free(vm, me)) => {
            take_lock(vm, me)?;
            Some(Value::Bool(true))
        }
        Shortcut::SemaphoreAcquire if semaphore && holds(slot_free(vm, me)) => {
            take_slot(vm, me)?;
            Some(Value::Bool(true))
        }
        Shortcut::Enter if lock && holds(lock_free(vm, me)) => {
            take_lock(vm, me)?;
            Some(Value::None)
        }
        Shortcut::Enter if semaphore && holds(slot_free(vm, me)) => {
            take_slot(vm, me)?;
            Some(Value::None)
        }
        Shortcut::Exit if lock && holds(is_locked(vm, me)) => {
            lock_release_body(vm, me, true)?;
            Some(Value::None)
        }
        // (A BoundedSemaphore's `release` is its own, and may raise.)
        Shortcut::Exit if is_own(vm, me, |l, c| Rc::ptr_eq(&l.semaphore, c)) => {
            semaphore_release_body(vm, me, true)?;
            Some(Value::None)
        }
        Shortcut::Wait if is_own(vm, me, events) && holds(is_set(vm, me)) => {
            Some(Value::Bool(true))
        }
        _ => None,
    })
}

/// Whether `Lock.acquire()` would take the lock at once: it is free, and no waiter is still
/// waiting for it.
fn lock_free(vm: &mut Vm, me: &Value) -> PResult<bool> {
    if is_locked(vm, me)? {
        return Ok(false);
    }
    let waiters = read(vm, me, true, &WAITERS)?;
    if waiters.is_none() {
        return Ok(true);
    }
    let Some(deque) = waiters.native::<Deque>() else {
        return Ok(false);
    };
    let items = deque.items.borrow().clone();
    for waiter in items.iter() {
        if !cancelled(vm, waiter)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `Lock.acquire()` that does not wait: takes the lock.
fn take_lock(vm: &mut Vm, me: &Value) -> PResult<()> {
    write(vm, me, true, &LOCKED, Value::Bool(true))?;
    held(vm, me, true)
}

/// Whether a library Lock is held (its `_locked`).
fn is_locked(vm: &mut Vm, me: &Value) -> PResult<bool> {
    let locked = read(vm, me, true, &LOCKED)?;
    vm.truthy(&locked)
}

/// Whether `Semaphore.acquire()` would take a slot at once (`not self.locked()`).
fn slot_free(vm: &mut Vm, me: &Value) -> PResult<bool> {
    let locked = semaphore_locked_body(vm, me, true)?;
    Ok(!vm.truthy(&locked)?)
}

/// `Semaphore.acquire()` that does not wait: takes a slot.
fn take_slot(vm: &mut Vm, me: &Value) -> PResult<()> {
    add_to(vm, me, true, &VALUE, -1)?;
    held(vm, me, true)
}

/// Whether a library Event is set (its `_value`).
fn is_set(vm: &mut Vm, me: &Value) -> PResult<bool> {
    let value = read(vm, me, true, &VALUE)?;
    vm.truthy(&value)
}

// ----- quick forms -----

/// The quick form (see `FastNative`) of a method: for a receiver of the library's own class
/// called with exactly the arguments the method takes (no `Args` made, no signature bound),
/// the method's body at once; any other call takes the general form, which raises CPython's
/// errors and honours a subclass's overrides.
macro_rules! quick {
    ($quick:ident, $own:expr, $body:ident $(, $arg:ident)*) => {
        fn $quick(vm: &mut Vm, this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
            let me = this.filter(|me| is_own(vm, me, $own))?;
            let [$($arg),*] = args else {
                return None;
            };
            Some($body(vm, me, true $(, $arg.clone())*))
        }
    };
}

quick!(qsize_quick, queues, qsize_body);
quick!(empty_quick, queues, empty_body);
quick!(full_quick, queues, full_body);
quick!(put_nowait_quick, queues, put_nowait_body, item);
quick!(get_nowait_quick, queues, get_nowait_body);
quick!(task_done_quick, queues, task_done_body);
quick!(is_set_quick, events, is_set_body);
quick!(event_set_quick, events, set_body);
quick!(event_clear_quick, events, clear_body);
quick!(lock_locked_quick, locks, lock_locked_body);
quick!(lock_release_quick, locks, lock_release_body);
quick!(semaphore_locked_quick, semaphores, semaphore_locked_body);
quick!(semaphore_release_quick, semaphores, semaphore_release_body);

/// Gives each native method of `class` in `methods` its quick form.
fn set_quick(class: &Rc<Class>, methods: &[(&str, FastNative)]) {
    let mut dict = class.dict.borrow_mut();
    for &(name, quick) in methods {
        set_fast(&mut dict, name, quick);
    }
}

// ----- _LoopBoundMixin -----

fn get_loop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let [me] = bind_method(vm, this, args, &self_only("_LoopBoundMixin._get_loop"))?;
    let event_loop = Value::Native(super::running_loop(vm)?);
    let bound = vm.getattr(&me, "_loop")?;
    if bound.is_none() {
        vm.setattr(&me, "_loop", event_loop.clone())?;
        return Ok(event_loop);
    }
    if !bound.is(&event_loop) {
        let shown = vm.repr(&me)?;
        return Err(vm.error(
            "RuntimeError",
            format!("{shown} is bound to a different event loop"),
        ));
    }
    Ok(event_loop)
}
