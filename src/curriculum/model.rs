//! The curriculum's data: lessons and interview questions as the files under `content/` write
//! them, and as the app receives them (the build adds each program's text and CPython's output).
//!
//! This file is also compiled into the build script (`build.rs`), so it uses nothing but serde.

use serde::{Deserialize, Serialize};

/// Everything the app teaches, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curriculum {
    pub lessons: Vec<Lesson>,
    pub capstones: Vec<Capstone>,
    pub questions: Vec<Question>,
    /// Every program a lesson or a question links to, by corpus name.
    pub programs: Vec<Program>,
}

/// A program of the conformance corpus (`tests/programs/NAME.py`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub name: String,
    pub source: String,
    /// What CPython 3.12 printed (the corpus golden `NAME.out`); empty in the web app, which
    /// has no use for it.
    pub output: String,
}

/// One lesson: `content/lessons/NN-id.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The lesson's place in the course (from its file name's `NN-`); set by the build.
    #[serde(default)]
    pub number: u32,
    /// Its address: `#/lessons/ID`.
    pub id: String,
    pub title: String,
    /// One sentence for the list of lessons.
    pub summary: String,
    pub topics: Vec<String>,
    /// Paragraphs separated by blank lines; `code` in backticks.
    pub explanation: String,
    /// The corpus program the lesson runs.
    pub program: String,
    /// Edits to try, each with what to look for.
    #[serde(rename = "try")]
    pub tries: Vec<TryThis>,
    pub check: Check,
    /// Questions asked with the run paused at a moment (`[[step]]`).
    #[serde(default, rename = "step")]
    pub steps: Vec<StepQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TryThis {
    pub edit: String,
    pub look_for: String,
}

/// A predict-the-output check, graded against the simulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// Put printed lines in order. `lines` is the key: lines the program prints once each,
    /// in the order it prints them (the page shuffles them).
    Order {
        prompt: String,
        lines: Vec<String>,
        /// The source lines (first and last, inclusive) that print the key's lines, when the
        /// prompt speaks of a part of the program: checked against the run.
        #[serde(default)]
        printed_from: Option<[u32; 2]>,
        /// Why they print in this order, in a sentence or two (shown with the answer).
        #[serde(default)]
        why: String,
    },
    /// Pick the virtual time at which `task` resumes for the `nth` time (1: the first time
    /// after its first `await` suspended it). `answer` is the key, one of `options`.
    Resume {
        prompt: String,
        task: String,
        nth: usize,
        options: Vec<f64>,
        answer: f64,
        /// Why then, in a sentence or two (shown with the answer).
        #[serde(default)]
        why: String,
    },
}

impl Check {
    pub fn prompt(&self) -> &str {
        match self {
            Check::Order { prompt, .. } | Check::Resume { prompt, .. } => prompt,
        }
    }

    pub fn why(&self) -> &str {
        match self {
            Check::Order { why, .. } | Check::Resume { why, .. } => why,
        }
    }
}

/// A question asked with the run paused at a moment: just after `task` suspends at `line`
/// (the `nth` time it does there). The simulation grades it: the answer is read off the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepQuestion {
    pub task: String,
    pub line: u32,
    #[serde(default = "first_time")]
    pub nth: usize,
    pub ask: Ask,
    /// The task or the primitive's variable the question is about, for the asks that need
    /// one (`free_slots`, `queue_size`, `holder`, `waiters`: a primitive; `status`, `resumes_at`:
    /// a task, the paused one if absent).
    #[serde(default)]
    pub about: Option<String>,
    pub prompt: String,
    /// The choices, as the simulation words the answer: task names (`Task-3`), times
    /// (`1.0`), counts (`2`), statuses (`waiting`), or `nobody`.
    pub options: Vec<String>,
    /// The key: one of `options`.
    pub answer: String,
    /// Why, in a sentence or two (shown with the answer).
    pub why: String,
}

fn first_time() -> usize {
    1
}

/// What a step question asks about the paused run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ask {
    /// Which task the loop steps next.
    NextTask,
    /// The virtual time at which the task (`about`, or the paused one) next resumes.
    ResumesAt,
    /// How many slots of the semaphore `about` are free.
    FreeSlots,
    /// How many items the queue `about` holds.
    QueueSize,
    /// Which task holds the lock `about` (`nobody` if none).
    Holder,
    /// How many tasks wait on the primitive `about` (a queue's: in `get()`).
    Waiters,
    /// The status of the task `about`: `ready`, `running`, `waiting`, `done`, `failed`,
    /// `cancelled`.
    Status,
    /// How many of the program's tasks are in the ready queue.
    ReadyCount,
}

impl Ask {
    /// Whether `about` names a primitive (else a task, or nothing).
    pub fn about_primitive(self) -> bool {
        matches!(
            self,
            Ask::FreeSlots | Ask::QueueSize | Ask::Holder | Ask::Waiters
        )
    }
}

/// A file of interview questions: `content/questions/NAME.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub level: Level,
    pub topics: Vec<String>,
    /// Where the question comes from.
    pub origin: Origin,
    pub question: String,
    /// The model answer: paragraphs separated by blank lines.
    pub answer: String,
    /// Lessons or programs that demonstrate the answer.
    pub show: Vec<Link>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Mid,
    Senior,
    Principal,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Mid, Level::Senior, Level::Principal];

    pub fn name(self) -> &'static str {
        match self {
            Level::Mid => "mid",
            Level::Senior => "senior",
            Level::Principal => "principal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Listed in the seeds' curriculum metadata.
    SeedsMetadata,
    /// Asked and answered in the seeds' Q&A sections.
    SeedsQa,
    /// Looplab's own.
    Looplab,
}

/// "Show me": a lesson or a corpus program, optionally at a moment of its run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link says: "gather runs the three at once".
    pub label: String,
    #[serde(default)]
    pub lesson: Option<String>,
    #[serde(default)]
    pub program: Option<String>,
    /// The virtual time to open the run at (its end if absent).
    #[serde(default)]
    pub at: Option<f64>,
}

/// A capstone project: `content/capstones/NN-id.toml`. Its corpus program is in three parts
/// split by [`SOLUTION_MARKER`] and [`CHECKS_MARKER`]: a simulated world the learner reads,
/// a reference solution, and a footer that prints the report the checks read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capstone {
    /// Its place among the capstones (from the file name); set by the build.
    #[serde(default)]
    pub number: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    /// What to build: paragraphs separated by blank lines.
    pub brief: String,
    /// The corpus program (harness, reference solution, footer).
    pub program: String,
    /// Where the learner starts: the program's `.starter.txt` (set by the build).
    #[serde(default)]
    pub starter: String,
    #[serde(rename = "check")]
    pub checks: Vec<CapstoneCheck>,
    /// The worlds a solution is graded in, each a run of its own: the first is the one the
    /// corpus program is written for (its `WORLD = ...` line), the others change its seed,
    /// latencies and failures, so that a solution passing by lucky timing fails one of them.
    #[serde(rename = "world")]
    pub worlds: Vec<World>,
    /// What most likely went wrong when a run ends before its report, by how it ended.
    #[serde(rename = "hint", default)]
    pub hints: Vec<Hint>,
}

/// One world a capstone runs in: the `WORLD = {...}` line of the composed program, made of
/// its name and its settings (numbers, strings, booleans, lists of them) that the world's
/// code reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct World {
    /// A short name the result names: `slow-and-flaky`.
    pub name: String,
    /// What is different about it, in a few words: "servers take 0.3 to 1.5 s".
    pub about: String,
    /// What the world's code reads, by key (`seed` among them).
    pub settings: serde_json::Map<String, serde_json::Value>,
}

/// The line of a capstone's world that the chosen [`World`] replaces.
pub const WORLD_LINE_START: &str = "WORLD = ";

/// How a run ended before its report, for a [`Hint`] to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Every task waited on another and nothing could wake them.
    Deadlock,
    /// An exception escaped the solution.
    Error,
    /// A limit stopped the run (steps without an await, memory, tasks).
    Limit,
}

/// The most likely cause of a run that ended before its report, and what to do: shown when
/// the run ended as `ending` and (if set) a task waits in a call containing `waits_in`, or
/// the error's message contains `message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub ending: Ending,
    #[serde(default)]
    pub waits_in: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    /// The hint: `code` in backticks.
    pub text: String,
}

/// The line after which the learner's solution goes.
pub const SOLUTION_MARKER: &str = "# ---- your solution below ----";
/// The line after which the footer prints the report.
pub const CHECKS_MARKER: &str = "# ---- checks below ----";

/// One rule a solution must pass, read off the report's JSON (`REPORT {...}`, the run's last
/// line): the value at `key` compared with a number, a value, or another key's value (minus a
/// third's), or at most another key's value (a limit the world sets).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapstoneCheck {
    pub label: String,
    pub key: String,
    #[serde(default)]
    pub at_most: Option<f64>,
    #[serde(default)]
    pub at_least: Option<f64>,
    #[serde(default)]
    pub equals: Option<serde_json::Value>,
    #[serde(default)]
    pub equals_key: Option<String>,
    #[serde(default)]
    pub minus_key: Option<String>,
    /// At most the value of this key of the report (a limit that differs from world to world).
    #[serde(default)]
    pub at_most_key: Option<String>,
    /// At least the value of this key of the report.
    #[serde(default)]
    pub at_least_key: Option<String>,
    /// What to do when the check fails: `code` in backticks.
    #[serde(default)]
    pub hint: Option<String>,
}
