//! Warnings raised when objects are freed: a coroutine that was never awaited. The VM shows
//! them at its next safe point, at the line running then, as CPython's warning machinery
//! does at deallocation.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    static UNAWAITED: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Queues "coroutine 'NAME' was never awaited".
pub fn report_unawaited(qualname: Rc<str>) {
    UNAWAITED.with(|queue| queue.borrow_mut().push(qualname));
    PENDING.with(|flag| flag.set(true));
}

/// Whether any warning waits to be shown (cheap enough to ask often).
pub fn unawaited_pending() -> bool {
    PENDING.with(Cell::get)
}

pub fn take_unawaited() -> Vec<Rc<str>> {
    PENDING.with(|flag| flag.set(false));
    UNAWAITED.with(|queue| std::mem::take(&mut *queue.borrow_mut()))
}
