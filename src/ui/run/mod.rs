//! Running a program for a page: the run the page shows (its events replayed into a timeline,
//! lanes and a console), hints under errors, and the builder that assembles it from events as they arrive; the
//! runner hook a page runs programs with, and the updates it hears; and the worker that runs
//! them off the page's thread, with the messages it sends. Nothing here knows a page: pages
//! hold a [`Run`] and a [`runner::RunnerHandle`], and say what a run means to them.

pub mod console_lines;
pub mod find;
pub mod hint;
pub mod lanes;
pub mod printed;
pub mod runner;
pub mod summary;
pub mod worker;

use std::ops::Range;
use std::rc::Rc;

use crate::runtime::output::StdoutWatcher;
use crate::runtime::snapshot::{Timeline, TimelineBuilder};
use crate::runtime::trace::EventWatcher;
use crate::runtime::trace::{Event, EventKind, Stream};
use crate::runtime::visibility::LearnerPositions;
use crate::runtime::{RunOptions, RunOutcome, RunResult, run_program, run_program_watching_events};
pub use console_lines::{ConsoleLine, Printer};
use console_lines::{ConsoleLines, Write};
use find::{Moments, MomentsBuilder};
use lanes::{Lane, LaneBuilder};

/// One finished run of a program, as a page shows it: the runtime's outcome as it came, and
/// its events replayed for the timeline, the lanes and the console.
pub struct Run {
    /// The text that ran (the editor may have changed since).
    pub source: String,
    pub outcome: RunOutcome,
    pub timeline: Timeline,
    /// For the n-th output event, the length of its stream after it.
    output_ends: Vec<usize>,
    /// Each output event (a print, or a write to stdout or stderr), in order: the position
    /// just after it, its time, task and stream.
    outputs: Vec<OutputEvent>,
    /// Each task's life, for the timeline.
    pub lanes: Vec<Lane>,
    /// The virtual time the run ended at.
    pub end_t: f64,
    /// The positions a learner steps between with asyncio's internals hidden.
    pub learner: LearnerPositions,
    /// The lanes of the program's own tasks (the timeline with the internals hidden).
    pub learner_lanes: Vec<usize>,
    /// The moments the jumps find: all of them, and those of the program's own events.
    pub moments: Rc<Moments>,
    pub learner_moments: Rc<Moments>,
    /// How many times the usual step limits the run had (see [`STEPS_SCALE_STEP`]).
    pub steps_scale: u64,
    /// The console's lines, cut from the output once.
    console_lines: ConsoleLines,
}

/// Each "go on" after a run a step limit stopped gives the next run this many times the steps
/// of the last (a run of 20,000,000 steps takes about half a second in the browser).
pub const STEPS_SCALE_STEP: u64 = 10;
/// The most times the usual step limits a page offers (past it, `looplab run` has none).
pub const MAX_STEPS_SCALE: u64 = 100;

/// Runs `source` the way the playground does: with the loop's machinery recorded.
pub fn run_for_playground(source: &str) -> RunResult {
    run_program(source, &playground_options(1))
}

/// Runs `source` as [`run_for_playground`] does, with `steps_scale` times the usual step
/// limits, handing `watcher` what it prints as it prints it (the worker forwards it to the
/// page, which then keeps it if the worker dies), and `events` its events, `every` at a
/// time, as they are recorded (the result's trace keeps only the rest).
pub fn run_for_playground_watched(
    source: &str,
    steps_scale: u64,
    watcher: StdoutWatcher,
    every: usize,
    events: EventWatcher,
) -> RunResult {
    run_program_watching_events(
        source,
        &playground_options(steps_scale),
        watcher,
        every,
        events,
    )
}

fn playground_options(steps_scale: u64) -> RunOptions {
    let mut options = RunOptions {
        filename: "main.py".to_string(),
        machinery: true,
        ..Default::default()
    };
    let limits = &mut options.limits;
    limits.steps_without_await = limits.steps_without_await.saturating_mul(steps_scale);
    limits.total_steps = limits.total_steps.saturating_mul(steps_scale);
    options
}

/// Builds a [`Run`] from events that arrive in pieces: each piece is replayed into the
/// timeline and the lanes at once, so no single step of the page takes long.
pub struct RunBuilder {
    source: String,
    steps_scale: u64,
    timeline: TimelineBuilder,
    lanes: LaneBuilder,
    outputs: Vec<OutputEvent>,
    learner: LearnerPositions,
    moments: MomentsBuilder,
}

/// An output event, found once per run: the console at any moment needs only these.
#[derive(Debug, Clone, PartialEq)]
struct OutputEvent {
    position: usize,
    t: f64,
    task: Option<Rc<str>>,
    stream: Stream,
}

impl RunBuilder {
    pub fn new(source: &str) -> RunBuilder {
        RunBuilder::scaled(source, 1)
    }

    /// The builder of a run with `steps_scale` times the usual step limits.
    pub fn scaled(source: &str, steps_scale: u64) -> RunBuilder {
        // The names the last run's events shared are not this one's.
        crate::runtime::shared_str::forget();
        RunBuilder {
            source: source.to_string(),
            steps_scale,
            timeline: TimelineBuilder::default(),
            lanes: LaneBuilder::default(),
            outputs: Vec::new(),
            learner: LearnerPositions::default(),
            moments: MomentsBuilder::default(),
        }
    }

    pub fn push_events(&mut self, events: impl IntoIterator<Item = Event>) {
        for event in events {
            self.learner.observe(&event, self.timeline.state());
            self.moments.observe(&event);
            let (event, state) = self.timeline.push(event);
            self.lanes.observe(event, state);
            let stream = match &event.kind {
                EventKind::Print { .. } => Some(Stream::Stdout),
                EventKind::Write { stream, .. } => Some(*stream),
                _ => None,
            };
            if let Some(stream) = stream {
                self.outputs.push(OutputEvent {
                    position: state.position,
                    t: event.t,
                    task: event.task.clone(),
                    stream,
                });
            }
        }
    }

    /// How many events have arrived.
    pub fn len(&self) -> usize {
        self.timeline.len()
    }

    /// Forgets the events taken in: the run starts over (the worker fetched a module it
    /// imported, and runs it again).
    pub fn start_over(&mut self) {
        *self = RunBuilder::scaled(&self.source, self.steps_scale);
    }

    pub fn is_empty(&self) -> bool {
        self.timeline.is_empty()
    }

    /// The run, once all its events have arrived: `output_ends` says where each print's output
    /// ends in the outcome's stdout (as the trace recorded it).
    pub fn finish(self, outcome: RunOutcome, output_ends: Vec<usize>) -> Run {
        let timeline = self.timeline.finish();
        let (lanes, end_t) = self.lanes.finish(timeline.len());
        let learner_lanes = lanes::learner_lanes(&lanes);
        let moments = self.moments.finish();
        let learner_moments = moments
            .landing_only(|index| self.learner.positions().binary_search(&(index + 1)).is_ok());
        let writes = self
            .outputs
            .iter()
            .zip(&output_ends)
            .map(|(output, &end)| Write {
                stream: output.stream,
                end,
                t: output.t,
                task: &output.task,
            });
        let console_lines = ConsoleLines::new(&outcome.stdout, &outcome.stderr, writes, end_t);
        Run {
            source: self.source,
            outcome,
            timeline,
            output_ends,
            outputs: self.outputs,
            lanes,
            end_t,
            learner: self.learner,
            learner_lanes,
            moments: Rc::new(moments),
            learner_moments: Rc::new(learner_moments),
            steps_scale: self.steps_scale,
            console_lines,
        }
    }
}

impl Run {
    /// Runs `source` here and now (the page runs programs in a worker instead, when it can).
    pub fn new(source: &str) -> Run {
        Run::scaled(source, 1)
    }

    /// [`Run::new`] with `steps_scale` times the usual step limits.
    pub fn scaled(source: &str, steps_scale: u64) -> Run {
        let RunResult { outcome, trace } = run_program(source, &playground_options(steps_scale));
        let mut builder = RunBuilder::scaled(source, steps_scale);
        builder.push_events(trace.events);
        builder.finish(outcome, trace.output_ends)
    }

    /// The last loop iteration the run reached.
    pub fn iterations(&self) -> u64 {
        self.timeline.events().last().map_or(0, |event| event.it)
    }

    /// How many events there are: positions go from 0 (nothing happened) to this.
    pub fn len(&self) -> usize {
        self.timeline.len()
    }

    pub fn is_empty(&self) -> bool {
        self.timeline.is_empty()
    }

    /// How many prints happened in the first `position` events.
    pub fn prints_before(&self, position: usize) -> usize {
        self.outputs
            .partition_point(|output| output.position <= position)
    }

    /// The position just after the `count`-th print (0: the start).
    pub fn print_position(&self, count: usize) -> usize {
        count
            .checked_sub(1)
            .and_then(|last| self.outputs.get(last))
            .map_or(0, |output| output.position)
    }

    /// The console at `position`: each line of output so far with the virtual time and the
    /// task of the print or write that began it, and its stream. At the end, it also has the
    /// stdout no recorded print accounts for: all of it, in a run whose worker died before
    /// sending its events ([`Run::unrecorded_stderr`] is stderr's).
    pub fn console(&self, position: usize) -> Vec<ConsoleLine> {
        self.console_range(position, 0..usize::MAX)
    }

    /// How many lines the console has at `position`.
    pub fn console_len(&self, position: usize) -> usize {
        self.console_lines.len(self.writes_shown(position))
    }

    /// The lines in `range` of the console at `position` (a page draws those in view).
    pub fn console_range(&self, position: usize, range: Range<usize>) -> Vec<ConsoleLine> {
        let streams = (&self.outcome.stdout[..], &self.outcome.stderr[..]);
        self.console_lines
            .lines(self.writes_shown(position), range, streams)
    }

    /// How many writes the console shows at `position`; `None` at the end, where it also
    /// shows what no recorded write accounts for.
    fn writes_shown(&self, position: usize) -> Option<usize> {
        (position < self.len()).then(|| self.prints_before(position))
    }

    /// What the run wrote to stderr after its last recorded write there: a traceback, a
    /// warning such as a coroutine never awaited (the runtime's own words, not the program's
    /// writes, which the console shows when they happened).
    pub fn unrecorded_stderr(&self) -> &str {
        let recorded = self
            .outputs
            .iter()
            .zip(&self.output_ends)
            .rev()
            .find(|(output, _)| output.stream == Stream::Stderr)
            .map_or(0, |(_, &end)| end);
        self.outcome.stderr.get(recorded..).unwrap_or_default()
    }
}
