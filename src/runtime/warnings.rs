//! Warnings raised when objects are freed: a coroutine that was never awaited. The VM shows
//! them at its next safe point, at the line running then, as CPython's warning machinery
//! does at deallocation. Also the objects that need finalizing when freed (a suspended
//! generator is closed, `__del__` is called), which the VM does at its next instruction
//! boundary.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::value::Value;

thread_local! {
    static UNAWAITED: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static ABANDONED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static FINALIZE: Cell<bool> = const { Cell::new(false) };
    static DEL_DEFINED: Cell<bool> = const { Cell::new(false) };
    static DISCARDING: Cell<bool> = const { Cell::new(false) };
}

/// Notes that some class now has a `__del__`. Until one does, freeing an instance needs no
/// look along its class's MRO (the common case: instances are freed all the time).
pub fn note_del_defined() {
    DEL_DEFINED.with(|flag| flag.set(true));
}

/// Whether any class has ever had a `__del__` (in this thread).
pub fn del_defined() -> bool {
    DEL_DEFINED.with(Cell::get)
}

/// Queues what was freed and needs the VM to finalize it: a generator freed while suspended
/// (to close), or an instance whose class has `__del__` (to call it).
pub fn finalize_later(object: Value) {
    ABANDONED.with(|queue| queue.borrow_mut().push(object));
    FINALIZE.with(|flag| flag.set(true));
}

/// Whether any freed object waits to be finalized (cheap enough to ask per instruction:
/// inlined, a thread-local read; an out-of-line call here cost 1.8% of the instructions of a
/// closure-heavy program).
#[inline(always)]
pub fn finalize_pending() -> bool {
    FINALIZE.with(Cell::get)
}

/// Whether an object freed now may be queued for finalizing: not while the queue is being
/// discarded (a run stopped by a limit runs no more Python) nor once the thread is ending and
/// the queue is gone. An object freed then is dropped as it is: were it queued again, each
/// drop would make another heir to queue, without end.
pub fn accepts_finalizers() -> bool {
    DISCARDING.try_with(|discarding| !discarding.get()) == Ok(true)
        && ABANDONED.try_with(|_| ()).is_ok()
}

/// Drops what waits to be finalized without finalizing it (and what freeing it frees).
pub fn discard_abandoned() {
    DISCARDING.with(|flag| flag.set(true));
    drop(take_abandoned());
    DISCARDING.with(|flag| flag.set(false));
}

pub fn take_abandoned() -> Vec<Value> {
    FINALIZE.with(|flag| flag.set(false));
    ABANDONED.with(|queue| std::mem::take(&mut *queue.borrow_mut()))
}

/// Queues "coroutine 'NAME' was never awaited". The VM shows it at its next instruction
/// boundary (as a finalizer), while the line that freed the coroutine is still the one
/// running, as CPython warns from the deallocation.
pub fn report_unawaited(qualname: Rc<str>) {
    UNAWAITED.with(|queue| queue.borrow_mut().push(qualname));
    PENDING.with(|flag| flag.set(true));
    FINALIZE.with(|flag| flag.set(true));
}

/// Whether any warning waits to be shown (cheap enough to ask often: inlined, a thread-local
/// read).
#[inline(always)]
pub fn unawaited_pending() -> bool {
    PENDING.with(Cell::get)
}

pub fn take_unawaited() -> Vec<Rc<str>> {
    PENDING.with(|flag| flag.set(false));
    UNAWAITED.with(|queue| std::mem::take(&mut *queue.borrow_mut()))
}
