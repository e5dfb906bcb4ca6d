//! Recursion through native code into nested containers: `repr` of a list nested 100,000
//! deep, `==` between two such lists. CPython counts these calls against its C recursion
//! limit and raises `RecursionError` past it; here each level also runs on a fresh stack
//! segment when the current one runs low, so a deep structure never overflows the native
//! stack (natively or in the browser's worker), whatever it is nested in.

use super::Vm;
use crate::runtime::PResult;

/// The nesting CPython 3.12 allows, counted as here: a program's `repr(x)` (or `str`,
/// `print`, an f-string) of `x` = lists nested 1,497 deep around `None` fails, 1,496 deep
/// succeeds (1,497 reprs, the `None`'s included); `x == y` (or `<`) of two such lists fails
/// from 1,499 deep (1,498 comparisons: `None is None` needs none). Both are its C recursion
/// limit, 1,500, less what the program's call into it used.
pub(crate) const REPR_LIMIT: usize = 1497;
pub(crate) const COMPARISON_LIMIT: usize = 1498;
/// Calls from native code to a method of another object that can come back round (a task's
/// `cancel()` cancelling the task it awaits): CPython's C recursion limit.
pub(crate) const CALL_LIMIT: usize = 1500;

/// In the browser, WebAssembly also runs on the JavaScript engine's own call stack (about
/// 1 MiB), which no new stack segment extends: there the nesting stops sooner, with the same
/// error, rather than abort the worker.
#[cfg(target_arch = "wasm32")]
const BROWSER_LIMIT: usize = 250;

/// Stack kept free for one level, and the size of a new segment when it is not.
const RED_ZONE: usize = 64 * 1024;
const STACK_SEGMENT: usize = 1024 * 1024;

impl Vm {
    /// Runs `body` one level deeper in a native recursion limited to `limit` levels, or
    /// raises CPython's `RecursionError: maximum recursion depth exceeded{context}`.
    pub(crate) fn native_recursion<T>(
        &mut self,
        limit: usize,
        context: &str,
        body: impl FnOnce(&mut Vm) -> PResult<T>,
    ) -> PResult<T> {
        #[cfg(target_arch = "wasm32")]
        let limit = limit.min(BROWSER_LIMIT);
        if self.native_recursion_depth >= limit {
            return Err(self.error(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.native_recursion_depth += 1;
        let result = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || body(self));
        self.native_recursion_depth -= 1;
        result
    }
}
