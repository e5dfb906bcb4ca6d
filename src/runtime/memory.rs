//! Counting the memory the process allocates, so that a program building ever larger lists
//! or strings is stopped with a clear error instead of exhausting the machine (or the
//! browser tab). The count is global: one program runs at a time.
//!
//! Counting needs [`CountingAllocator`] to be the process's allocator, and only a binary may
//! choose that: every binary that runs programs (the CLI, the web entry, the test, bench and
//! fuzz harnesses) declares
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
//!     looplab::runtime::memory::CountingAllocator;
//! ```
//!
//! Without it [`in_use`] stays 0 and a program's memory is not limited.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, keeping a count of the bytes in use.
pub struct CountingAllocator;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
/// The most `IN_USE` has been since the last [`reset_peak`].
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    // Most allocations set no new peak: a plain read spares them a locked read-modify-write.
    if now > PEAK.load(Ordering::Relaxed) {
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded to `System` with the same arguments; the counter only
// observes sizes.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        moved
    }
}

/// Bytes allocated and not yet freed, by the whole process.
pub fn in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// The most bytes in use at once since the last [`reset_peak`] (for benchmarks).
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak measurement from what is in use now.
pub fn reset_peak() {
    PEAK.store(in_use(), Ordering::Relaxed);
}
