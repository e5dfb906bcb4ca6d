//! The playground's state: the program being edited, the last run, and the moment of that
//! run being shown. Everything the page shows is a function of this state, so stepping back
//! or scrubbing restores exactly what was on screen before.

pub mod jumps;

use std::rc::Rc;

use yew::Reducible;

use crate::runtime::snapshot::{CHECKPOINT_INTERVAL, LoopState};
use crate::runtime::trace::Event;
use crate::ui::components::keys::Shortcut;
use crate::ui::components::narration;
use crate::ui::components::playback::{Control, Playback};
use crate::ui::components::viewport::{TimeWindow, WindowChange};
use crate::ui::run::Run;
use crate::ui::run::find::Direction;
use crate::ui::run::runner::Update;
use crate::ui::share::Bookmark;

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

/// What the playground holds.
#[derive(Clone)]
pub struct Playground {
    pub source: String,
    pub run: Option<Rc<Run>>,
    /// How many events of the run are shown as having happened.
    pub position: usize,
    pub playback: Playback,
    /// The loop's state at `position` (kept, so that a step forward replays one event).
    shown: Option<Rc<LoopState>>,
    /// The narration of the event that led to `position`, made when moving there: it reads
    /// the state just before that event, which is at hand only then (keeping a copy of it
    /// would cost a second copy of the state at every step).
    narration: Rc<str>,
    /// Whether asyncio's own tasks, primitives, callbacks and timers are shown, and stepped
    /// through (see [`crate::runtime::visibility`]). Off: a learner sees the program's.
    pub show_internals: bool,
    /// The moment the next run is shown at, instead of its start (a link asked for it).
    open_at: Option<Moment>,
    /// The stretch of virtual time the timeline shows (the whole run until zoomed). It
    /// follows the current moment: a move that leaves it turns it to the new moment.
    pub window: TimeWindow,
    /// The jumps to moments of the run, and the learner's bookmarks.
    pub jumps: jumps::Jumps,
    /// The moment a link asked for, when it lies past the end of the run (the end is shown
    /// instead), until the next run.
    pub past_the_end: Option<PastTheEnd>,
}

/// A moment asked for past the end of the run it opened.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastTheEnd {
    pub asked: Moment,
    /// The run's events, and the virtual time of its end.
    pub events: usize,
    pub end_t: f64,
}

/// A moment of a run to open it at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Moment {
    /// Just after the first event at or after this virtual time (a lesson's "see it at t=2.0").
    Time(f64),
    /// Just after this many events: exactly where someone was (a shared link).
    Event(usize),
}

pub enum Action {
    /// The editor's text changed.
    Edit(String),
    /// Play, pause, step, back to the start, the speed.
    Playback(Control),
    /// Jump to a position (the scrubber).
    Seek(usize),
    /// Jump to the first event at or after a virtual time (a click on the timeline).
    SeekTime(f64),
    /// Forward to the first event of the next loop iteration (or the end).
    NextIteration,
    /// Back to the first event of this loop iteration, or of the one before if already there.
    PreviousIteration,
    /// News of a run of the editor's program started elsewhere (the page's worker): it
    /// started (the old run goes), or it is over (show it at its start, ready to step).
    Runner(Update),
    /// Zoom or pan the timeline.
    Window(WindowChange),
    /// Jump to a moment: the next print, the next time a task or a line runs, an event.
    Jump(jumps::Jump),
    /// Bookmark the moment shown, or remove a bookmark.
    Bookmark(jumps::BookmarkChange),
    /// Show asyncio's internals, or hide them.
    ShowInternals(bool),
}

impl From<Shortcut> for Action {
    fn from(shortcut: Shortcut) -> Action {
        match shortcut {
            Shortcut::Playback(control) => Action::Playback(control),
            Shortcut::NextIteration => Action::NextIteration,
            Shortcut::PreviousIteration => Action::PreviousIteration,
            Shortcut::Window(change) => Action::Window(change),
            Shortcut::NextMoment => Action::Jump(jumps::Jump::Go(Direction::Next)),
            Shortcut::PreviousMoment => Action::Jump(jumps::Jump::Go(Direction::Previous)),
        }
    }
}

impl Playground {
    pub fn new(source: String) -> Playground {
        Playground {
            source,
            run: None,
            position: 0,
            playback: Playback::default(),
            shown: None,
            narration: Rc::from(""),
            show_internals: false,
            open_at: None,
            window: TimeWindow::full(0.0),
            jumps: jumps::Jumps::default(),
            past_the_end: None,
        }
    }

    /// The same, with the bookmarks a link brought (kept once its program has run).
    pub fn with_bookmarks(self, bookmarks: Vec<Bookmark>) -> Playground {
        Playground {
            jumps: self.jumps.with_bookmarks(bookmarks),
            ..self
        }
    }

    /// The state to bring back after the page was away: as it was, but paused.
    pub fn recalled(&self) -> Playground {
        self.paused()
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

    /// The narration of the event that led to the current position.
    pub fn narration(&self) -> Rc<str> {
        self.narration.clone()
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
            playback: self.playback.paused(),
            ..self.clone()
        }
    }

    /// After a playback control: at the position it moves to, if it moves. Starting to play
    /// turns the timeline's window to the moment shown, as any move does.
    fn played(&self, control: Control) -> Playground {
        let length = self.run.as_ref().map(|run| run.len());
        let (playback, moved) = self.playback.control(control, self.position, length);
        let (playback, moved) = self.learner_step(control, playback, moved);
        let starts = playback.playing && matches!(control, Control::Play | Control::TogglePlay);
        let shown = match moved {
            Some(position) => self.with_position(position),
            None if starts => self.with_position(self.position),
            None => self.clone(),
        };
        Playground { playback, ..shown }
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
        let (narration, shown) = self.states_at(run, position);
        Playground {
            position,
            shown: Some(shown),
            narration,
            window: self.window.following(self.time_at(position), self.end_t()),
            ..self.clone()
        }
    }

    /// The narration of the event that leads to `position` and the state just after it. A
    /// move a few events forward (a step, which skips hidden internals) replays from the
    /// state shown; any other move starts from the nearest checkpoint. Either way the state
    /// is copied once, as before the narration read the state before the event.
    fn states_at(&self, run: &Run, position: usize) -> (Rc<str>, Rc<LoopState>) {
        let events = run.timeline.events();
        let Some(last) = position.checked_sub(1) else {
            return (
                Rc::from(narration::BEFORE_ANYTHING),
                Rc::new(run.timeline.state_at(0)),
            );
        };
        let same_run = self
            .run
            .as_ref()
            .is_some_and(|shown_run| std::ptr::eq(&**shown_run, run));
        let mut state = match &self.shown {
            Some(shown) if same_run && position == self.position => {
                return (self.narration.clone(), shown.clone());
            }
            Some(shown)
                if same_run
                    && position > self.position
                    && position - self.position <= CHECKPOINT_INTERVAL =>
            {
                let mut state = LoopState::clone(shown);
                for event in &events[self.position..last] {
                    state.apply(event);
                }
                state
            }
            _ => run.timeline.state_at(last),
        };
        let said = narration::narrate_shown(
            &events[last],
            &state,
            &run.source,
            self.show_internals,
            Playground::past_program(run, position),
        );
        state.apply(&events[last]);
        (Rc::from(said), Rc::new(state))
    }

    /// Whether `position` is past the program's last learner-level event: only asyncio.run's
    /// clean-up is left. Never in a record cut short: it ends in the middle of the program,
    /// whose next steps it did not record.
    fn past_program(run: &Run, position: usize) -> bool {
        !run.outcome.record_cut
            && run
                .learner
                .positions()
                .last()
                .is_none_or(|&last| position > last)
    }

    /// With the internals shown or hidden: the narration of the event shown may change (the
    /// end of a run is asyncio.run's clean-up, told as such while hidden).
    fn showing_internals(&self, show: bool) -> Playground {
        let with_flag = Playground {
            show_internals: show,
            jumps: self.jumps.with_internals_shown(show),
            ..self.clone()
        };
        let Some(run) = &self.run else {
            return with_flag;
        };
        let narration = match self.position.checked_sub(1) {
            Some(last) => {
                let before = run.timeline.state_at(last);
                let event = &run.timeline.events()[last];
                Rc::from(narration::narrate_shown(
                    event,
                    &before,
                    &run.source,
                    show,
                    Playground::past_program(run, self.position),
                ))
            }
            None => with_flag.narration.clone(),
        };
        Playground {
            narration,
            ..with_flag
        }
    }

    /// With the internals hidden, a step (or a tick of playback) goes to the next event a
    /// learner sees, and a step back to the previous one.
    fn learner_step(
        &self,
        control: Control,
        playback: Playback,
        moved: Option<usize>,
    ) -> (Playback, Option<usize>) {
        let Some(run) = self.run.as_ref().filter(|_| !self.show_internals) else {
            return (playback, moved);
        };
        match (control, moved) {
            (Control::Step, Some(_)) => (playback, Some(run.learner.next(self.position))),
            (Control::StepBack, Some(_)) => (playback, Some(run.learner.previous(self.position))),
            (Control::Tick, Some(_)) => {
                let next = run.learner.next(self.position);
                let playback = Playback {
                    playing: next < run.len(),
                    ..playback
                };
                (playback, Some(next))
            }
            _ => (playback, moved),
        }
    }

    /// `run`, shown at its start, ready to step (or where a link asked).
    fn showing(&self, run: Rc<Run>) -> Playground {
        let position = match self.open_at {
            Some(Moment::Time(t)) => Playground::position_at_time(&run, t),
            Some(Moment::Event(position)) => position.min(run.len()),
            None => 0,
        };
        let past_the_end = match self.open_at {
            Some(Moment::Time(t)) if t > run.end_t => self.open_at,
            Some(Moment::Event(event)) if event > run.len() => self.open_at,
            _ => None,
        }
        .map(|asked| PastTheEnd {
            asked,
            events: run.len(),
            end_t: run.end_t,
        });
        let (narration, shown) = self.states_at(&run, position);
        Playground {
            source: self.source.clone(),
            past_the_end,
            shown: Some(shown),
            narration,
            show_internals: self.show_internals,
            window: TimeWindow::full(run.end_t),
            jumps: self.jumps.for_run(&run, position),
            run: Some(run),
            position,
            playback: self.playback.paused(),
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
                past_the_end: None,
                run: None,
                shown: None,
                narration: Rc::from(""),
                position: 0,
                ..self.paused()
            },
            Action::Runner(Update::Loaded(run)) => self.showing(run),
            Action::Seek(position) => self.paused().with_position(position),
            Action::SeekTime(t) => {
                let position = self
                    .run
                    .as_ref()
                    .map_or(0, |run| Playground::position_at_time(run, t));
                self.paused().with_position(position)
            }
            Action::NextIteration => self.paused().with_position(self.next_iteration()),
            Action::PreviousIteration => self.paused().with_position(self.previous_iteration()),
            Action::Playback(control) => self.played(control),
            Action::Window(change) => Playground {
                window: self.window.changed(change, self.end_t()),
                ..(*self).clone()
            },
            Action::Jump(jump) => self.jumped(jump),
            Action::Bookmark(change) => self.bookmarked(change),
            Action::ShowInternals(show) => self.showing_internals(show),
        };
        Rc::new(next)
    }
}
