//! The loop's timers, kept as CPython's `heapq` keeps `loop._scheduled`: a list sifted by
//! the same steps, compared as the oracle's timer handles compare, by `(when, seq)` with
//! Python's tuple `<`.
//!
//! For ordinary deadlines any heap pops the same order, as no two keys are equal. A NaN
//! deadline (`sleep(nan)`, `call_later(nan)`) is not less than anything and nothing is less
//! than it, so where it ends up, and when it comes out, follows from heapq's exact sifting.
//! (Two timers sharing one NaN float object would compare equal by identity in CPython;
//! here NaNs never do.)

use std::rc::Rc;

use super::event_loop::Handle;

#[derive(Default)]
pub struct TimerHeap {
    items: Vec<Rc<Handle>>,
}

/// `(a.when, a.seq) < (b.when, b.seq)` as Python compares tuples: the first pair of items
/// that are not equal decides, and a NaN is equal to nothing.
fn less(a: &Handle, b: &Handle) -> bool {
    let (a_when, b_when) = (a.when.unwrap_or(0.0), b.when.unwrap_or(0.0));
    if a_when == b_when {
        a.seq < b.seq
    } else {
        a_when < b_when
    }
}

impl TimerHeap {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `list.clear()` (a loop's `close()`).
    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// `heap[0]`: the timer heapq would pop next.
    pub fn peek(&self) -> Option<&Rc<Handle>> {
        self.items.first()
    }

    /// Every timer, in heap order.
    pub fn iter(&self) -> impl Iterator<Item = &Rc<Handle>> {
        self.items.iter()
    }

    /// `heapq.heappush`.
    pub fn push(&mut self, timer: Rc<Handle>) {
        self.items.push(timer);
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    /// `heapq.heappop`.
    pub fn pop(&mut self) -> Option<Rc<Handle>> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let first = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(first)
    }

    /// heapq's `_siftdown`: moves the item at `pos` towards the root while it is less than
    /// its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) / 2;
            if !less(&self.items[pos], &self.items[parent]) {
                break;
            }
            self.items.swap(pos, parent);
            pos = parent;
        }
    }

    /// heapq's `_siftup`: moves the item at `pos` down to a leaf along the smaller children,
    /// then back up to its place.
    fn sift_up(&mut self, mut pos: usize) {
        let start = pos;
        let end = self.items.len();
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !less(&self.items[child], &self.items[right]) {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}
