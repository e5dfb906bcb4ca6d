//! The playground's state: the program being edited, the last run, and the moment of that
//! run being shown. Everything the page shows is a function of this state, so stepping back
//! or scrubbing restores exactly what was on screen before.

use std::rc::Rc;

use yew::Reducible;

use serde::{Deserialize, Serialize};

use super::worker::Update;
use crate::runtime::snapshot::{LoopState, Timeline, TimelineBuilder};
use crate::runtime::trace::{Event, EventKind};
use crate::runtime::{ExitStatus, RunOptions, RunResult, run_program};
use crate::ui::components::keys::Shortcut;
use crate::ui::components::lanes::{Lane, LaneBuilder};
use crate::ui::components::viewport::{TimeWindow, WindowChange};

/// The program a first visit shows.
pub const EXAMPLE: &str = r#"import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    orders = await asyncio.gather(brew("tea", 2), brew("coffee", 1))
    print("served", orders)


asyncio.run(main())
"#;

/// One finished run of a program.
pub struct Run {
    /// The text that ran (the editor may have changed since).
    pub source: String,
    pub stdout: String,
    pub stderr: String,
    pub status: ExitStatus,
    /// Where the error is, with Python's one-line message, if the run failed.
    pub error: Option<(Option<u32>, String)>,
    pub timeline: Timeline,
    /// For the n-th print, the stdout length after it.
    print_ends: Vec<usize>,
    /// Each print event, in order: the position just after it, its time and task.
    prints: Vec<PrintEvent>,
    /// Each task's life, for the timeline.
    pub lanes: Vec<Lane>,
    /// The virtual time the run ended at.
    pub end_t: f64,
}

/// What a run produced besides its events: all the page needs to finish a [`Run`] once the
/// events have arrived (from the worker that ran it, in the browser).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunOutcome {
    pub stdout: String,
    pub stderr: String,
    pub status: ExitStatus,
    pub error: Option<(Option<u32>, String)>,
    pub print_ends: Vec<usize>,
}

impl RunOutcome {
    /// Splits a finished run into its events and the rest.
    pub fn split(result: RunResult) -> (Vec<Event>, RunOutcome) {
        let outcome = RunOutcome {
            stdout: result.stdout,
            stderr: result.stderr,
            status: result.status,
            error: result.error.map(|e| (e.line, e.message)),
            print_ends: result.trace.print_ends,
        };
        (result.trace.events, outcome)
    }

    /// A run that could not finish for a reason outside the program (the worker running it
    /// failed), shown like a program's error.
    pub fn failed(message: String) -> RunOutcome {
        RunOutcome {
            stdout: String::new(),
            stderr: format!("{message}\n"),
            status: ExitStatus::Error,
            error: Some((None, message)),
            print_ends: Vec::new(),
        }
    }
}

/// Runs `source` the way the playground does: with the loop's machinery recorded.
pub fn run_for_playground(source: &str) -> RunResult {
    let options = RunOptions {
        filename: "main.py".to_string(),
        machinery: true,
        ..Default::default()
    };
    run_program(source, &options)
}

/// Builds a [`Run`] from events that arrive in pieces: each piece is replayed into the
/// timeline and the lanes at once, so no single step of the page takes long.
pub struct RunBuilder {
    source: String,
    timeline: TimelineBuilder,
    lanes: LaneBuilder,
    prints: Vec<PrintEvent>,
}

/// A print, found once per run: the console at any moment needs only these.
#[derive(Debug, Clone, PartialEq)]
struct PrintEvent {
    position: usize,
    t: f64,
    task: Option<Rc<str>>,
}

impl RunBuilder {
    pub fn new(source: &str) -> RunBuilder {
        RunBuilder {
            source: source.to_string(),
            timeline: TimelineBuilder::default(),
            lanes: LaneBuilder::default(),
            prints: Vec::new(),
        }
    }

    pub fn push_events(&mut self, events: impl IntoIterator<Item = Event>) {
        for event in events {
            let (event, state) = self.timeline.push(event);
            self.lanes.observe(event, state);
            if matches!(event.kind, EventKind::Print { .. }) {
                self.prints.push(PrintEvent {
                    position: state.position,
                    t: event.t,
                    task: event.task.clone(),
                });
            }
        }
    }

    /// How many events have arrived.
    pub fn len(&self) -> usize {
        self.timeline.len()
    }

    pub fn is_empty(&self) -> bool {
        self.timeline.is_empty()
    }

    pub fn finish(self, outcome: RunOutcome) -> Run {
        let timeline = self.timeline.finish();
        let (lanes, end_t) = self.lanes.finish(timeline.len());
        Run {
            source: self.source,
            stdout: outcome.stdout,
            stderr: outcome.stderr,
            status: outcome.status,
            error: outcome.error,
            timeline,
            print_ends: outcome.print_ends,
            prints: self.prints,
            lanes,
            end_t,
        }
    }
}

impl Run {
    /// Runs `source` here and now (the page runs programs in a worker instead, when it can).
    pub fn new(source: &str) -> Run {
        let (events, outcome) = RunOutcome::split(run_for_playground(source));
        let mut builder = RunBuilder::new(source);
        builder.push_events(events);
        builder.finish(outcome)
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
        self.prints
            .partition_point(|print| print.position <= position)
    }

    /// The position just after the `count`-th print (0: the start).
    pub fn print_position(&self, count: usize) -> usize {
        count
            .checked_sub(1)
            .and_then(|last| self.prints.get(last))
            .map_or(0, |print| print.position)
    }

    /// The console at `position`: each line of output so far with the virtual time and the
    /// task of the print that began it.
    pub fn console(&self, position: usize) -> Vec<ConsoleLine> {
        let mut lines: Vec<ConsoleLine> = Vec::new();
        let mut written = 0;
        let mut open = false;
        let shown = self.prints_before(position);
        for (print, &end) in self.prints[..shown].iter().zip(&self.print_ends) {
            let text = &self.stdout[written.min(end)..end];
            written = end;
            for piece in text.split_inclusive('\n') {
                if !open {
                    lines.push(ConsoleLine {
                        t: print.t,
                        task: print.task.clone(),
                        text: String::new(),
                    });
                }
                let line = lines.last_mut().expect("a line was just opened");
                line.text.push_str(piece.trim_end_matches('\n'));
                open = !piece.ends_with('\n');
            }
        }
        lines
    }
}

/// A line of the console.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleLine {
    pub t: f64,
    pub task: Option<Rc<str>>,
    pub text: String,
}

/// What the playground holds.
#[derive(Clone)]
pub struct Playground {
    pub source: String,
    pub run: Option<Rc<Run>>,
    /// How many events of the run are shown as having happened.
    pub position: usize,
    /// Whether playback is moving the position forward on its own.
    pub playing: bool,
    /// Playback speed, as a multiple of [`EVENTS_PER_SECOND`].
    pub speed: f64,
    /// The loop's state at `position` (kept, so that a step forward replays one event).
    shown: Option<Rc<LoopState>>,
    /// While a run is under way elsewhere (in the page's worker): the events arrived so far.
    pub pending: Option<usize>,
    /// The virtual time the next run is shown at, instead of its end (a link asked for it).
    open_at: Option<Moment>,
    /// The stretch of virtual time the timeline shows (the whole run until zoomed). It
    /// follows the current moment: a move that leaves it turns it to the new moment.
    pub window: TimeWindow,
}

impl From<&Run> for crate::curriculum::capstone::Ran {
    /// How a run ended, for grading a capstone solution that ran in the page's worker.
    fn from(run: &Run) -> Self {
        crate::curriculum::capstone::Ran {
            stdout: run.stdout.clone(),
            stderr: run.stderr.clone(),
            status: run.status,
            error: run.error.clone(),
        }
    }
}

/// A moment of a run to open it at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Moment {
    /// Just after the first event at or after this virtual time (a lesson's "see it at t=2.0").
    Time(f64),
    /// Just after this many events: exactly where someone was (a shared link).
    Event(usize),
}

/// Playback at 1x: events shown per second.
pub const EVENTS_PER_SECOND: f64 = 8.0;
/// The speeds a learner can pick.
pub const SPEEDS: [f64; 7] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0];

pub enum Action {
    /// The editor's text changed.
    Edit(String),
    Step,
    StepBack,
    /// Jump to a position (the scrubber).
    Seek(usize),
    /// Jump to the first event at or after a virtual time (a click on the timeline).
    SeekTime(f64),
    /// Back to the start of the run.
    Reset,
    /// Forward to the first event of the next loop iteration (or the end).
    NextIteration,
    /// Back to the first event of this loop iteration, or of the one before if already there.
    PreviousIteration,
    Play,
    Pause,
    /// Play if paused, pause if playing (the space bar).
    TogglePlay,
    /// News of a run of the editor's program started elsewhere (the page's worker): it
    /// started, its events arrive, it is over (show it at its end), or it was stopped.
    Runner(Update),
    /// Playback's clock: one event forward; playback stops at the end.
    Tick,
    SetSpeed(f64),
    /// Zoom or pan the timeline.
    Window(WindowChange),
}

impl From<Shortcut> for Action {
    fn from(shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::TogglePlay => Action::TogglePlay,
            Shortcut::Step => Action::Step,
            Shortcut::StepBack => Action::StepBack,
            Shortcut::NextIteration => Action::NextIteration,
            Shortcut::PreviousIteration => Action::PreviousIteration,
            Shortcut::Reset => Action::Reset,
            Shortcut::Window(change) => Action::Window(change),
        }
    }
}

impl Playground {
    pub fn new(source: String) -> Playground {
        Playground {
            source,
            run: None,
            position: 0,
            playing: false,
            speed: 1.0,
            shown: None,
            pending: None,
            open_at: None,
            window: TimeWindow::full(0.0),
        }
    }

    /// The same, showing its next run at the moment `at` (its end if None).
    pub fn opening_at(self, at: Option<Moment>) -> Playground {
        Playground {
            open_at: at,
            ..self
        }
    }

    /// The position just after the first event at or after virtual time `t`.
    fn position_at_time(run: &Run, t: f64) -> usize {
        // The virtual clock never goes back, so the events are in order of time.
        let before = run.timeline.events().partition_point(|event| event.t < t);
        (before + 1).min(run.len())
    }

    /// Milliseconds between two events while playing.
    pub fn tick_millis(&self) -> u32 {
        (1000.0 / (EVENTS_PER_SECOND * self.speed)).round().max(1.0) as u32
    }

    fn iteration_at(&self, position: usize) -> Option<u64> {
        let run = self.run.as_ref()?;
        position
            .checked_sub(1)
            .and_then(|index| run.timeline.events().get(index))
            .map(|event| event.it)
    }

    /// The position just after the first event of the next iteration.
    fn next_iteration(&self) -> usize {
        let Some(run) = &self.run else { return 0 };
        let current = self.iteration_at(self.position).unwrap_or(0);
        run.timeline.events()[self.position.min(run.len())..]
            .iter()
            .position(|event| event.it > current)
            .map_or(run.len(), |offset| self.position + offset + 1)
    }

    /// The position just after the first event of this iteration, or of the previous one.
    fn previous_iteration(&self) -> usize {
        let Some(run) = &self.run else { return 0 };
        let events = run.timeline.events();
        let start_of = |position: usize| {
            let it = events[position - 1].it;
            let mut start = position;
            while start > 1 && events[start - 2].it == it {
                start -= 1;
            }
            start
        };
        if self.position <= 1 {
            return 0;
        }
        let start = start_of(self.position);
        match start < self.position {
            true => start,
            false if start > 1 => start_of(start - 1),
            false => 0,
        }
    }

    /// The loop's state at the current position.
    pub fn state(&self) -> Option<Rc<LoopState>> {
        self.shown.clone()
    }

    /// The event that led to the current position.
    pub fn last_event(&self) -> Option<&Event> {
        let run = self.run.as_ref()?;
        self.position
            .checked_sub(1)
            .and_then(|index| run.timeline.events().get(index))
    }

    fn paused(&self) -> Playground {
        Playground {
            playing: false,
            ..self.clone()
        }
    }

    /// The virtual time at a position (0 before the first event).
    fn time_at(&self, position: usize) -> f64 {
        let Some(run) = &self.run else { return 0.0 };
        position
            .checked_sub(1)
            .and_then(|index| run.timeline.events().get(index))
            .map_or(0.0, |event| event.t)
    }

    /// The run's last virtual time.
    pub fn end_t(&self) -> f64 {
        self.run.as_ref().map_or(0.0, |run| run.end_t)
    }

    /// At another position, with the timeline's window turned to show it.
    fn with_position(&self, position: usize) -> Playground {
        let Some(run) = &self.run else {
            return self.clone();
        };
        let position = position.min(run.len());
        let shown = match &self.shown {
            // Playing and stepping move one event forward: replay just that one.
            Some(shown) if position == self.position + 1 => {
                let mut state = LoopState::clone(shown);
                state.apply(&run.timeline.events()[self.position]);
                Rc::new(state)
            }
            Some(shown) if position == self.position => shown.clone(),
            _ => Rc::new(run.timeline.state_at(position)),
        };
        Playground {
            position,
            shown: Some(shown),
            window: self.window.following(self.time_at(position), self.end_t()),
            ..self.clone()
        }
    }

    /// `run`, shown at its end (or where a link asked).
    fn showing(&self, run: Rc<Run>) -> Playground {
        let position = match self.open_at {
            Some(Moment::Time(t)) => Playground::position_at_time(&run, t),
            Some(Moment::Event(position)) => position.min(run.len()),
            None => run.len(),
        };
        Playground {
            source: self.source.clone(),
            shown: Some(Rc::new(run.timeline.state_at(position))),
            window: TimeWindow::full(run.end_t),
            run: Some(run),
            position,
            playing: false,
            speed: self.speed,
            pending: None,
            open_at: None,
        }
    }
}

impl Reducible for Playground {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit(source) => Playground {
                source,
                ..(*self).clone()
            },
            Action::Runner(Update::Started) => Playground {
                run: None,
                shown: None,
                position: 0,
                playing: false,
                pending: Some(0),
                ..(*self).clone()
            },
            Action::Runner(Update::Progress(events)) if self.pending.is_some() => Playground {
                pending: Some(events),
                ..(*self).clone()
            },
            Action::Runner(Update::Loaded(run)) if self.pending.is_some() => self.showing(run),
            // A run that was stopped (or replaced) does not come back.
            Action::Runner(Update::Progress(_) | Update::Loaded(_)) => return self,
            Action::Runner(Update::Stopped) => Playground {
                pending: None,
                ..(*self).clone()
            },
            Action::Step => self.paused().with_position(self.position + 1),
            Action::StepBack => self.paused().with_position(self.position.saturating_sub(1)),
            Action::Seek(position) => self.paused().with_position(position),
            Action::SeekTime(t) => {
                let position = self
                    .run
                    .as_ref()
                    .map_or(0, |run| Playground::position_at_time(run, t));
                self.paused().with_position(position)
            }
            Action::Reset => self.paused().with_position(0),
            Action::NextIteration => self.paused().with_position(self.next_iteration()),
            Action::PreviousIteration => self.paused().with_position(self.previous_iteration()),
            Action::Play => match &self.run {
                Some(run) => {
                    // Playing from the end starts again from the beginning.
                    let position = if self.position >= run.len() {
                        0
                    } else {
                        self.position
                    };
                    Playground {
                        playing: true,
                        ..self.with_position(position)
                    }
                }
                None => (*self).clone(),
            },
            Action::Pause => self.paused(),
            Action::TogglePlay if self.playing => self.paused(),
            Action::TogglePlay => return self.reduce(Action::Play),
            Action::Tick if self.playing => {
                let next = self.with_position(self.position + 1);
                let end = self.run.as_ref().map_or(0, |run| run.len());
                Playground {
                    playing: next.position < end,
                    ..next
                }
            }
            Action::Tick => (*self).clone(),
            Action::SetSpeed(speed) => Playground {
                speed,
                ..(*self).clone()
            },
            Action::Window(change) => Playground {
                window: self.window.changed(change, self.end_t()),
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}
