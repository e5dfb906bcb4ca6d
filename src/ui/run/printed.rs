//! What a program printed, on its way from the worker to the page while the run goes on, so
//! that a worker that dies mid-run (a panic, the JavaScript stack or the memory running out)
//! takes none of it with it: the worker posts the text in batches ([`PrintBatch`]), and if the
//! run never finishes, the page shows what arrived in the failed run ([`failed_outcome`]).

use crate::runtime::{ExitStatus, RunError, RunOutcome};

/// How long printed text may wait in the worker before it is posted, in milliseconds. A post
/// costs about as much as a print, so posting each of 100,000 prints would double the run's
/// time; one post per frame's worth of printing costs nothing noticeable. A worker that dies
/// without a last word (a JavaScript RangeError, an allocation failure: no panic hook runs)
/// loses what it printed in the last window: at most this long's worth of printing.
pub const POST_EVERY_MS: f64 = 16.0;

/// Printed text the worker has not posted yet, and when it last posted.
#[derive(Debug, Default)]
pub struct PrintBatch {
    pending: String,
    last_post_ms: Option<f64>,
}

impl PrintBatch {
    /// Adds what was just printed (at `now_ms`); gives back the text to post if it is time.
    pub fn push(&mut self, text: &str, now_ms: f64) -> Option<String> {
        self.pending.push_str(text);
        let due = self
            .last_post_ms
            .is_none_or(|last| now_ms - last >= POST_EVERY_MS);
        if !due {
            return None;
        }
        self.last_post_ms = Some(now_ms);
        self.take()
    }

    /// Everything not posted yet (at the end of the run, or as the worker dies), if any.
    pub fn take(&mut self) -> Option<String> {
        (!self.pending.is_empty()).then(|| std::mem::take(&mut self.pending))
    }
}

/// How much of what a run prints the page keeps beyond what its record accounts for (the
/// output after the record was cut): a run may print without end, the page's memory may not.
pub const KEPT_UNRECORDED_BYTES: usize = 16 << 20;

/// Adds `text` the worker posted to what the page holds of the run's output (`printed`),
/// up to [`KEPT_UNRECORDED_BYTES`]; past that, says once that the rest is not kept.
pub fn keep_printed(printed: &mut String, text: &str) {
    if printed.len() >= KEPT_UNRECORDED_BYTES {
        return;
    }
    let room = KEPT_UNRECORDED_BYTES - printed.len();
    if text.len() <= room {
        printed.push_str(text);
        return;
    }
    let mut end = room;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    printed.push_str(&text[..end]);
    printed.push_str(&format!(
        "\n[Looplab keeps the first {} MB of what a run prints: the rest is not shown]\n",
        KEPT_UNRECORDED_BYTES >> 20
    ));
}

/// The outcome of a finished run, with all it printed: when its record was cut, the outcome
/// keeps only the output of the recorded part, and the rest (`printed`, everything the worker
/// posted) is shown after it, so that nothing printed is lost.
pub fn with_unrecorded_output(mut outcome: RunOutcome, printed: String) -> RunOutcome {
    if outcome.record_cut
        && printed.len() > outcome.stdout.len()
        && printed.starts_with(outcome.stdout.as_str())
    {
        outcome.stdout = printed;
    }
    outcome
}

/// The outcome of a run that could not finish for a reason outside the program (the worker
/// running it failed): shown like a program's error, after all it `printed` until then.
pub fn failed_outcome(printed: String, failure: &str) -> RunOutcome {
    let message = format!("Looplab could not finish the run: {failure}");
    RunOutcome {
        stdout: printed,
        stderr: format!("{message}\n"),
        status: ExitStatus::Error,
        error: Some(RunError {
            line: None,
            message,
        }),
        record_cut: false,
        out_of_steps: None,
    }
}
