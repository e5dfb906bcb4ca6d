//! A hint under an error a learner is likely to meet for a reason the message does not say:
//! Python's own words stay as they are (CPython's), and the hint says why and what to write
//! instead. A pure function of the error and the program's text.

use crate::runtime::RunError;

/// The hint for `error` in `source`, if Looplab knows one.
pub fn hint(error: &RunError, source: &str) -> Option<String> {
    let line = error
        .line
        .and_then(|line| source.lines().nth(line.checked_sub(1)? as usize))
        .unwrap_or("");
    let async_for_on_generator =
        "TypeError: 'async for' requires an object with __aiter__ method, got generator";
    if error.message == async_for_on_generator && line.contains("as_completed") {
        return Some(
            "`async for` over asyncio.as_completed() works from Python 3.13 on; Python 3.12 \
             (which Looplab runs) gives an iterator of awaitables instead: write \
             `for next_done in asyncio.as_completed(aws):` and `result = await next_done` \
             in its body."
                .to_string(),
        );
    }
    None
}
