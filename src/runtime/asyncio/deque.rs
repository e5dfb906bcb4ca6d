//! A double-ended queue for the asyncio library's waiters and queue buffers
//! (`collections.deque` in CPython): O(1) at both ends, which a 100,000-item queue needs.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::super::PResult;
use super::super::builtins::signature::{Bound, Convention, Param, Signature};
use super::super::builtins::{add_method, receiver, set_fast};
use super::super::value::{Args, Class, Iter, Layout, NativeObject, Value};
use super::super::vm::Vm;
use super::super::vm::types::builtin_class;
use super::future::FutureObj;

pub struct Deque {
    /// Shared with the deque's live iterators, which iterate over the items as they were
    /// when made: cloning the `Rc` is an O(1) snapshot, and a change while one is alive
    /// copies the items first (`items_mut`). Without live iterators nothing is copied.
    pub items: RefCell<Rc<VecDeque<Value>>>,
    /// How many of the items are futures not yet done: the visualizer counts a primitive's
    /// waiters without walking its whole deque on every change (see `track_in`).
    pending_futures: Cell<usize>,
    /// How many items at the front are known to be no pending future: a semaphore's woken
    /// waiters stay in its deque, done, until each task runs again and removes its own, and
    /// the visualizer, naming the first waiters at every change, skips them from here
    /// instead of walking them each time. Only ever too small, never too large: a future
    /// never becomes pending again, and each change at the front moves the count with it.
    settled_front: Cell<usize>,
    /// How many times the items were changed (`items_mut`): the visualizer mirrors a queue's
    /// items as texts while it sees every change (see `primitives::QueueMirror`).
    changes: Cell<u64>,
    class: Rc<Class>,
}

impl Deque {
    /// The items for a change (copied first if an iterator still shares them).
    pub fn items_mut(&self) -> std::cell::RefMut<'_, VecDeque<Value>> {
        self.changes.set(self.changes.get() + 1);
        std::cell::RefMut::map(self.items.borrow_mut(), Rc::make_mut)
    }

    /// How many times the items were changed so far.
    pub fn changes(&self) -> u64 {
        self.changes.get()
    }

    /// How many items are futures still pending (a primitive's waiters not yet woken).
    pub fn pending_futures(&self) -> usize {
        self.pending_futures.get()
    }

    /// How many items at the front are known to be no pending future (see `settled_front`).
    pub fn settled_front(&self) -> usize {
        self.settled_front.get()
    }

    /// A reader walked the items and found the first `count` to be no pending future.
    pub fn found_settled_front(&self, count: usize) {
        debug_assert!(count <= self.items.borrow().len());
        self.settled_front.set(self.settled_front.get().max(count));
    }

    /// `append(item)`.
    pub fn push_back(self: &Rc<Self>, item: Value) {
        self.track_in(&item);
        self.items_mut().push_back(item);
    }

    /// `popleft()`, or None when empty.
    pub fn pop_front(self: &Rc<Self>) -> Option<Value> {
        let item = self.items_mut().pop_front()?;
        self.settled_front
            .set(self.settled_front.get().saturating_sub(1));
        self.track_out(&item);
        Some(item)
    }

    /// Counts `item` in if it is a pending future, which then tells this deque when it is done
    /// (`FutureObj::settle`).
    fn track_in(self: &Rc<Self>, item: &Value) {
        if let Some(future) = item.native::<FutureObj>()
            && !future.is_done()
        {
            self.pending_futures.set(self.pending_futures.get() + 1);
            future.in_deques.borrow_mut().push(Rc::downgrade(self));
        }
    }

    /// Counts `item` out as it leaves the deque.
    fn track_out(self: &Rc<Self>, item: &Value) {
        if let Some(future) = item.native::<FutureObj>()
            && !future.is_done()
        {
            self.pending_futures
                .set(self.pending_futures.get().saturating_sub(1));
            let mut in_deques = future.in_deques.borrow_mut();
            if let Some(index) = in_deques
                .iter()
                .position(|d| std::ptr::eq(d.as_ptr(), Rc::as_ptr(self)))
            {
                in_deques.swap_remove(index);
            }
        }
    }

    /// A future in this deque is now done.
    pub fn future_done(&self) {
        self.pending_futures
            .set(self.pending_futures.get().saturating_sub(1));
    }
}

impl NativeObject for Deque {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn class(vm: &mut Vm) -> Rc<Class> {
    let class = builtin_class(
        "deque",
        "collections",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&class, "__new__", deque_new);
    add_method(&class, "append", append);
    set_fast(&mut class.dict.borrow_mut(), "append", append_fast);
    add_method(&class, "appendleft", appendleft);
    add_method(&class, "pop", pop);
    add_method(&class, "popleft", popleft);
    add_method(&class, "remove", remove);
    add_method(&class, "clear", clear);
    add_method(&class, "__len__", len);
    add_method(&class, "__bool__", truth);
    add_method(&class, "__iter__", iter);
    add_method(&class, "__getitem__", getitem);
    add_method(&class, "__contains__", contains);
    add_method(&class, "__repr__", repr);
    class
}

fn the_deque(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<Deque>, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match me.native_rc::<Deque>() {
        Some(deque) => Ok((deque, args)),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'collections.deque' object"
        ))),
    }
}

fn deque_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = super::super::builtins::take_class(vm, &mut args, "collections.deque")?;
    let items = match args.positional.first() {
        Some(iterable) => vm.collect(iterable)?.into(),
        None => VecDeque::new(),
    };
    let deque = Rc::new(Deque {
        items: RefCell::new(Rc::new(VecDeque::new())),
        pending_futures: Cell::new(0),
        settled_front: Cell::new(0),
        changes: Cell::new(0),
        class,
    });
    for item in &items {
        deque.track_in(item);
    }
    *deque.items.borrow_mut() = Rc::new(items);
    Ok(Value::Native(deque))
}

/// `deque.append(x)`'s quick form.
fn append_fast(_vm: &mut Vm, this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
    let (Some(deque), [x]) = (this.and_then(Value::native_rc::<Deque>), args) else {
        return None;
    };
    deque.push_back(x.clone());
    Some(Ok(Value::None))
}

fn append(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const APPEND: Signature<1, 0> = Signature::new(
        "deque.append",
        Convention::Fixed,
        [Param::positional_only("x")],
        [],
    );
    let (deque, args) = the_deque(vm, this, args, "append")?;
    let Bound { required: [x], .. } = APPEND.bind(vm, args)?;
    deque.push_back(x);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const APPENDLEFT: Signature<1, 0> = Signature::new(
        "deque.appendleft",
        Convention::Fixed,
        [Param::positional_only("x")],
        [],
    );
    let (deque, args) = the_deque(vm, this, args, "appendleft")?;
    let Bound { required: [x], .. } = APPENDLEFT.bind(vm, args)?;
    deque.track_in(&x);
    deque.items_mut().push_front(x);
    deque.settled_front.set(0);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "pop")?;
    let item = deque.items_mut().pop_back();
    let left = deque.items.borrow().len();
    deque.settled_front.set(deque.settled_front.get().min(left));
    if let Some(item) = &item {
        deque.track_out(item);
    }
    item.ok_or_else(|| vm.error("IndexError", "pop from an empty deque"))
}

fn popleft(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "popleft")?;
    let item = deque.pop_front();
    item.ok_or_else(|| vm.error("IndexError", "pop from an empty deque"))
}

fn remove(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const REMOVE: Signature<1, 0> = Signature::new(
        "deque.remove",
        Convention::Fixed,
        [Param::positional_only("value")],
        [],
    );
    let (deque, args) = the_deque(vm, this, args, "remove")?;
    let Bound {
        required: [target], ..
    } = REMOVE.bind(vm, args)?;
    // A snapshot: `eq` may run Python code that changes the deque. It is dropped before
    // the removal so that the removal need not copy the items.
    let items = deque.items.borrow().clone();
    let mut found = None;
    for (index, item) in items.iter().enumerate() {
        if item.is(&target) || vm.eq(item, &target)? {
            found = Some(index);
            break;
        }
    }
    drop(items);
    if let Some(index) = found {
        let removed = deque.items_mut().remove(index);
        let settled = deque.settled_front.get();
        if index < settled {
            deque.settled_front.set(settled - 1);
        }
        if let Some(item) = &removed {
            deque.track_out(item);
        }
        return Ok(Value::None);
    }
    let shown = vm.repr(&target)?;
    Err(vm.value_error(format!("{shown} is not in deque")))
}

fn clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "clear")?;
    let items = std::mem::take(&mut *deque.items_mut());
    deque.settled_front.set(0);
    for item in &items {
        deque.track_out(item);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "__len__")?;
    Ok(Value::Int(deque.items.borrow().len() as i64))
}

fn truth(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "__bool__")?;
    Ok(Value::Bool(!deque.items.borrow().is_empty()))
}

fn iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "__iter__")?;
    let items = deque.items.borrow().clone();
    Ok(vm.new_iterator(Iter::DequeSnapshot { items, index: 0 }))
}

fn getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GETITEM: Signature<1, 0> = Signature::new(
        "deque.__getitem__",
        Convention::Slot,
        [Param::positional_only("key")],
        [],
    );
    let (deque, args) = the_deque(vm, this, args, "__getitem__")?;
    let Bound {
        required: [key], ..
    } = GETITEM.bind(vm, args)?;
    let index = super::super::builtins::expect_int(vm, &key, "index")?;
    let items = deque.items.borrow();
    let length = items.len() as i64;
    let position = if index < 0 { index + length } else { index };
    match items
        .get(position.max(0) as usize)
        .filter(|_| position >= 0)
    {
        Some(item) => Ok(item.clone()),
        None => {
            drop(items);
            Err(vm.error("IndexError", "deque index out of range"))
        }
    }
}

fn contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const CONTAINS: Signature<1, 0> = Signature::new(
        "deque.__contains__",
        Convention::Slot,
        [Param::positional_only("key")],
        [],
    );
    let (deque, args) = the_deque(vm, this, args, "__contains__")?;
    let Bound {
        required: [key], ..
    } = CONTAINS.bind(vm, args)?;
    // A snapshot: `eq` may run Python code that changes the deque.
    let items = deque.items.borrow().clone();
    for item in items.iter() {
        if item.is(&key) || vm.eq(item, &key)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (deque, _) = the_deque(vm, this, args, "__repr__")?;
    let items: Vec<Value> = deque.items.borrow().iter().cloned().collect();
    let inner = vm.repr(&Value::list(items))?;
    Ok(Value::str(format!("deque({inner})")))
}
