//! Why a run ended before its report, in a sentence, and what most likely went wrong: the
//! capstone's own [`Hint`]s first, then a general one for the way it ended.

use super::terms::Wait;
use crate::curriculum::model::{Capstone, Ending, Hint};
use crate::runtime::{ExitStatus, RunError};

/// What stopped the run before its report, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cause {
    pub ending: Ending,
    /// What happened, in the learner's terms: "the run deadlocked: Task-1 (main) waits in
    /// `queue.join()` at line 22 of your solution".
    pub what: String,
    /// The most likely mistake and its fix.
    pub hint: String,
}

/// How a run that printed no report ended.
fn ending(status: ExitStatus) -> Ending {
    match status {
        ExitStatus::Deadlock => Ending::Deadlock,
        ExitStatus::Limit => Ending::Limit,
        _ => Ending::Error,
    }
}

/// The wait that tells most: the main task's, else the first in the learner's code.
fn telling(waits: &[Wait]) -> Option<&Wait> {
    waits
        .iter()
        .find(|w| w.task.starts_with("Task-1 ") && w.call.is_some())
        .or_else(|| waits.iter().find(|w| w.call.is_some()))
        .or(waits.first())
}

fn matches(hint: &Hint, ending: Ending, error: Option<&RunError>, waits: &[Wait]) -> bool {
    hint.ending == ending
        && hint.waits_in.as_ref().is_none_or(|part| {
            waits
                .iter()
                .any(|w| w.call.as_ref().is_some_and(|(call, _)| call.contains(part)))
        })
        && hint
            .message
            .as_ref()
            .is_none_or(|part| error.is_some_and(|e| e.message.contains(part)))
}

/// The hint when the program ended itself before the checks ran.
const EXITED: &str = "The program ended before the checks could run: a solution must not call `sys.exit()` (or raise `SystemExit`); let `asyncio.run(main())` return, and the checks run after it.";

/// The hint when no capstone's hint fits.
fn general(ending: Ending) -> &'static str {
    match ending {
        Ending::Deadlock => {
            "Every task is waiting for something that no task is left to do. Look at the call named above: what should have ended that wait (a `task_done()`, a `set()`, a `release()`, a result put on a queue), and does your code reach it on every path, even when a request fails?"
        }
        Ending::Error => {
            "An exception escaped your solution and ended the run. Python's message says what; the line named is the last of your own code it passed through. If it comes from the world (a failed request), catch it where you call the world and record it."
        }
        Ending::Limit => {
            "A task ran for a long time without reaching an `await` (a `while` loop that waits for something by checking it over and over never lets the others run), or the run made more work than any solution needs. Make every loop await, or wait on a queue, an event or a semaphore instead."
        }
    }
}

/// Why a run with no report stopped, and the most likely cause, if it did stop early.
pub fn cause(
    capstone: &Capstone,
    status: ExitStatus,
    error: Option<&RunError>,
    waits: &[Wait],
) -> Cause {
    let ending = ending(status);
    let what = match (ending, telling(waits), error) {
        (Ending::Deadlock, Some(wait), _) => {
            format!("the run deadlocked: {}", wait.sentence())
        }
        (Ending::Deadlock, None, _) => "the run deadlocked".to_string(),
        (
            _,
            _,
            Some(RunError {
                line: Some(line),
                message,
            }),
        ) => {
            format!("the run stopped at line {line} of your solution: {message}")
        }
        (
            _,
            _,
            Some(RunError {
                line: None,
                message,
            }),
        ) => {
            format!("the run stopped: {message}")
        }
        (_, _, None) => "the run ended before its report".to_string(),
    };
    // A program that exits on its own (`sys.exit()`) ends with no error to match.
    let exited = matches!(status, ExitStatus::Success | ExitStatus::Exit(_)).then_some(EXITED);
    let hint = capstone
        .hints
        .iter()
        .find(|hint| matches(hint, ending, error, waits))
        .map(|hint| hint.text.clone())
        .or(exited.map(str::to_string))
        .unwrap_or_else(|| general(ending).to_string());
    Cause { ending, what, hint }
}
