//! Freeing deep structures without deep recursion, as CPython's "trashcan" does.
//!
//! Freeing a value frees what only it referenced, which frees what only that referenced, and
//! so on: a 200,000-node linked list (or `x = [x]` nested as deep, a chain of closures or of
//! exceptions' `__context__`) would recurse 200,000 times on the native stack, which aborts
//! the process, or the browser's worker, and loses everything the program printed.
//!
//! So nested frees are counted: up to [`MAX_NESTED_FREES`] deep they recurse as before (the
//! order in which shallow structures are freed, and so the order of finalizers and warnings,
//! is unchanged); deeper, a value is set aside and the outermost free frees what was set
//! aside, one value at a time, each again at most that deep.

use std::cell::{Cell, RefCell};

use super::value::Value;

/// How many frees may nest before the deeper ones are set aside. Each level costs a few
/// native frames: this is small enough for the browser's 1 MiB stack, on top of whatever is
/// running when a value is freed.
const MAX_NESTED_FREES: u32 = 50;

thread_local! {
    /// Frees in progress, one inside another.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Set just before a value whose free was already counted is dropped for real.
    static COUNTED: Cell<bool> = const { Cell::new(false) };
    /// Values set aside because they were freed too deep.
    static SET_ASIDE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Frees `value`, the last reference to an object that references others ([`Value::drop`]
/// calls it): directly if not too deep, else later, by the outermost free. `value` is left
/// `None` when its contents are freed here, so the drop that called this frees nothing more.
pub(super) fn release(value: &mut Value) {
    if COUNTED.replace(false) {
        // The drop below: its contents are freed when this returns, at the depth counted.
        return;
    }
    let depth = DEPTH.get();
    if depth >= MAX_NESTED_FREES {
        set_aside(std::mem::replace(value, Value::None));
        return;
    }
    DEPTH.set(depth + 1);
    let mut object = std::mem::replace(value, Value::None);
    last_item_first(&mut object);
    COUNTED.set(true);
    drop(object);
    if depth == 0 {
        // The outermost free: free what was set aside. The depth stays above 0 meanwhile,
        // so that those frees do not start a loop of their own.
        while let Some(object) = take_set_aside() {
            drop(object);
        }
    }
    DEPTH.set(depth);
}

/// CPython frees a list's or a tuple's items from the last to the first: the order in which
/// their finalizers run and their reports come out (three tasks that failed unretrieved,
/// held by a list, are reported last first). `object` is the last reference to its items,
/// so nothing can see them reordered.
fn last_item_first(object: &mut Value) {
    match object {
        Value::List(items) => items.borrow_mut().reverse(),
        Value::Tuple(items) => {
            if let Some(items) = std::rc::Rc::get_mut(items) {
                items.reverse();
            }
        }
        _ => {}
    }
}

/// Keeps `object` to be freed by the outermost free; at thread exit, when the list may be
/// gone already, frees it at once.
fn set_aside(object: Value) {
    let mut object = Some(object);
    let _ = SET_ASIDE.try_with(|list| {
        if let Ok(mut list) = list.try_borrow_mut() {
            list.extend(object.take());
        }
    });
    drop(object);
}

fn take_set_aside() -> Option<Value> {
    SET_ASIDE
        .try_with(|list| list.try_borrow_mut().ok().and_then(|mut list| list.pop()))
        .ok()
        .flatten()
}
