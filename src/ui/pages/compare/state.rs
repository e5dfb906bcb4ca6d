//! The compare page's state: two programs, their last runs, and one shared virtual clock.
//!
//! Both runs' events are merged into one order by virtual time (ties: the left side first,
//! then each run's own order), so stepping goes event by event across both sides as time
//! passes. Each side shows the events of its own run that the shared order has reached.

use std::rc::Rc;

use yew::Reducible;

use super::contrast::{ANY_FIRST_LINE, Measure, contrast};
use super::presets::{PRESETS, matching};
use crate::runtime::snapshot::LoopState;
use crate::ui::components::playback::{Control, Playback};
use crate::ui::run::runner::Update;
use crate::ui::run::{ConsoleLine, Run};
use pycore::format::float_repr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    pub fn index(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }

    /// The side in test ids and storage keys.
    pub fn key(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// The side as a sentence names it.
    pub fn name(self) -> &'static str {
        match self {
            Side::Left => "Left",
            Side::Right => "Right",
        }
    }
}

/// What the two runs are lined up by: the same virtual time, or the same loop iteration (how
/// many turns of the loop each needed, whatever the clock said).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Time,
    Iteration,
}

impl Align {
    /// The alignment in form values.
    pub fn key(self) -> &'static str {
        match self {
            Align::Time => "time",
            Align::Iteration => "iteration",
        }
    }

    /// The clock's reading in words: "t = 1.5" or "iteration 7".
    pub fn reading(self, mark: f64) -> String {
        match self {
            Align::Time => format!("t = {}", float_repr(mark)),
            Align::Iteration => format!("iteration {mark}"),
        }
    }
}

/// One event of either run, in the shared order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SharedEvent {
    pub side: Side,
    /// Its index in its own run.
    pub index: usize,
    /// Its virtual time.
    pub t: f64,
    /// The shared clock's reading at it: its time, or its loop iteration.
    pub mark: f64,
}

/// Both runs' events on one clock.
#[derive(Debug, Default, PartialEq)]
pub struct SharedClock {
    events: Vec<SharedEvent>,
    /// After the first k shared events, how many events of each side have happened (so a
    /// seek never has to count).
    positions: Vec<[usize; 2]>,
    end_t: f64,
    end_mark: f64,
}

impl SharedClock {
    /// Merges two runs given by the virtual time and the clock's mark of each of their events:
    /// by mark, then the left side first, then each run's own order.
    pub fn merge(left: &[(f64, f64)], right: &[(f64, f64)]) -> SharedClock {
        let mut events: Vec<SharedEvent> = [(Side::Left, left), (Side::Right, right)]
            .into_iter()
            .flat_map(|(side, marked)| {
                marked
                    .iter()
                    .enumerate()
                    .map(move |(index, &(t, mark))| SharedEvent {
                        side,
                        index,
                        t,
                        mark,
                    })
            })
            .collect();
        events.sort_by(|a, b| {
            a.mark
                .total_cmp(&b.mark)
                .then(a.side.cmp(&b.side))
                .then(a.index.cmp(&b.index))
        });
        let mut positions = Vec::with_capacity(events.len() + 1);
        let mut shown = [0, 0];
        positions.push(shown);
        for event in &events {
            shown[event.side.index()] = event.index + 1;
            positions.push(shown);
        }
        let end_t = events.iter().map(|event| event.t).fold(0.0, f64::max);
        let end_mark = events.last().map_or(0.0, |event| event.mark);
        SharedClock {
            events,
            positions,
            end_t,
            end_mark,
        }
    }

    /// The clock over two runs (either may be missing), lined up by `align`.
    pub fn of_runs(runs: &[Option<Rc<Run>>; 2], align: Align) -> SharedClock {
        let marked = |run: &Option<Rc<Run>>| -> Vec<(f64, f64)> {
            run.as_ref().map_or(Vec::new(), |run| {
                run.timeline
                    .events()
                    .iter()
                    .map(|event| match align {
                        Align::Time => (event.t, event.t),
                        Align::Iteration => (event.t, event.it as f64),
                    })
                    .collect()
            })
        };
        let mut clock = SharedClock::merge(&marked(&runs[0]), &marked(&runs[1]));
        // The timelines draw up to each run's end; the clock must reach the later one.
        for run in runs.iter().flatten() {
            clock.end_t = clock.end_t.max(run.end_t);
        }
        if align == Align::Time {
            clock.end_mark = clock.end_t;
        }
        clock
    }

    /// How many events both runs have together.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn events(&self) -> &[SharedEvent] {
        &self.events
    }

    /// The virtual time the later of the two runs ends at.
    pub fn end_t(&self) -> f64 {
        self.end_t
    }

    /// The clock's reading at the end: the later run's end time, or its last iteration.
    pub fn end_mark(&self) -> f64 {
        self.end_mark
    }

    /// How many events of the left and of the right run the first `steps` shared events hold.
    pub fn positions_after(&self, steps: usize) -> [usize; 2] {
        self.positions[steps.min(self.len())]
    }

    /// How many shared events happen at or before the reading `mark` (a time, or an
    /// iteration).
    pub fn steps_until(&self, mark: f64) -> usize {
        self.events.partition_point(|event| event.mark <= mark)
    }

    /// The first step at which each side has shown at least `positions` of its events.
    pub fn step_reaching(&self, positions: [usize; 2]) -> usize {
        self.positions
            .partition_point(|shown| shown[0] < positions[0] || shown[1] < positions[1])
            .min(self.len())
    }
}

/// A finished run in one line, for the result under its side: "finished at t=3.0 after 5
/// loop iterations, 4 output lines".
pub fn summary(run: &Run) -> String {
    let ending = match run.outcome.error {
        Some(_) => "stopped with an error at",
        None => "finished at",
    };
    let (iterations, output_lines) = (run.iterations(), run.console_len(run.len()));
    format!(
        "{ending} t={} after {} loop iteration{}, {} output line{}",
        float_repr(run.end_t),
        iterations,
        plural(iterations as usize),
        output_lines,
        plural(output_lines),
    )
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// What the compare page holds.
#[derive(Clone)]
pub struct Compare {
    /// The editors' texts, left then right.
    pub sources: [String; 2],
    /// The last runs (the editors may have changed since).
    pub runs: [Option<Rc<Run>>; 2],
    pub clock: Rc<SharedClock>,
    /// How many events of the shared order have happened.
    pub step: usize,
    /// What the runs are lined up by.
    pub align: Align,
    /// The shared clock's reading (a virtual time, or a loop iteration when lined up by
    /// iteration): the last shared event's, or a later one between two events when the
    /// scrubber was moved there.
    pub reading: f64,
    /// Playback moves `step` through the shared order.
    pub playback: Playback,
}

pub enum Action {
    /// An editor's text changed.
    Edit(Side, String),
    /// Put a preset's two programs in the editors (the page then runs them).
    ChoosePreset(usize),
    /// News of a side's run in its worker: it started (its old run goes), or it arrived.
    Runner(Side, Update),
    /// Play, pause, step (event by event across both sides), back to t=0, the speed.
    Playback(Control),
    /// Move the shared clock to a reading (the scrubber): a time, or an iteration.
    Seek(f64),
    /// Move the shared clock to the moment a side's run reached virtual time `t` (a click on
    /// that side's timeline).
    SeekOnSide(Side, f64),
    /// Line the runs up by time or by loop iteration, keeping each side where it was.
    Align(Align),
}

impl Compare {
    pub fn new(left: String, right: String) -> Compare {
        Compare {
            sources: [left, right],
            runs: [None, None],
            clock: Rc::default(),
            step: 0,
            align: Align::Time,
            reading: 0.0,
            playback: Playback::default(),
        }
    }

    /// The page before any run: a preset's two programs in the editors.
    pub fn with_preset(index: usize) -> Compare {
        let preset = &PRESETS[index.min(PRESETS.len() - 1)];
        Compare::new(
            preset.left.source.to_string(),
            preset.right.source.to_string(),
        )
    }

    /// The preset the editors hold unchanged, if any.
    pub fn preset(&self) -> Option<usize> {
        matching(&self.sources[0], &self.sources[1])
    }

    /// "Left (gather)" while the editors hold a preset, "Left" otherwise.
    pub fn title(&self, side: Side) -> String {
        match self.preset().map(|index| &PRESETS[index]) {
            Some(preset) => {
                let program = match side {
                    Side::Left => &preset.left,
                    Side::Right => &preset.right,
                };
                format!("{} ({})", side.name(), program.title)
            }
            None => side.name().to_string(),
        }
    }

    pub fn run(&self, side: Side) -> Option<&Rc<Run>> {
        self.runs[side.index()].as_ref()
    }

    /// How many events of a side's run are shown as having happened.
    pub fn position(&self, side: Side) -> usize {
        self.clock.positions_after(self.step)[side.index()]
    }

    /// A side's loop at the shared time.
    pub fn state(&self, side: Side) -> Option<LoopState> {
        self.run(side)
            .map(|run| run.timeline.state_at(self.position(side)))
    }

    /// A side's console at the shared time.
    pub fn console(&self, side: Side) -> Vec<ConsoleLine> {
        self.run(side)
            .map_or(Vec::new(), |run| run.console(self.position(side)))
    }

    /// How many of a side's prints have happened at the shared time.
    pub fn prints_shown(&self, side: Side) -> usize {
        self.run(side)
            .map_or(0, |run| run.prints_before(self.position(side)))
    }

    /// Whether a side has shown all of its run.
    pub fn is_finished(&self, side: Side) -> bool {
        self.run(side)
            .is_some_and(|run| self.position(side) >= run.len())
    }

    /// What the pair's verdict measures: its preset's measure, or the first line printed.
    pub fn measure(&self) -> Measure {
        self.preset()
            .map_or(ANY_FIRST_LINE, |index| PRESETS[index].measure)
    }

    /// The difference in two sentences: what the pair is for, then when each ended. "Left
    /// (gather) printed its first result at t=3.0, right (as_completed) at t=1.0: right had
    /// its first result 2.0 s of virtual time sooner. Both finished at t=3.0." A side that
    /// stopped with an error gets the second alone, which says so.
    pub fn verdict(&self) -> Option<String> {
        let (left, right) = (self.run(Side::Left)?, self.run(Side::Right)?);
        let titles = [
            self.title(Side::Left),
            lowercase_first(&self.title(Side::Right)),
        ];
        if left.outcome.error.is_some() || right.outcome.error.is_some() {
            return Some(self.ending([&titles[0], &titles[1]], left, right));
        }
        let contrast = contrast(self.measure(), [&titles[0], &titles[1]], [left, right]);
        // The sides were named in full just before: "Left" and "right" are enough now.
        Some(format!(
            "{contrast} {}",
            self.ending(["Left", "right"], left, right)
        ))
    }

    /// When each side ended, by the clock the runs are lined up by.
    fn ending(&self, names: [&str; 2], left: &Run, right: &Run) -> String {
        match self.align {
            Align::Time => time_ending(names, left, right),
            Align::Iteration => iteration_ending(names, left, right),
        }
    }

    /// The scrubber's smallest move: one iteration, or a round fraction of the whole run (1,
    /// 2 or 5 times a power of ten), so that round times such as t=1.0 are exactly reachable.
    pub fn scrub_step(&self) -> f64 {
        let end = self.clock.end_mark();
        if self.align == Align::Iteration || end <= 0.0 {
            return 1.0;
        }
        let raw = end / 100.0;
        let magnitude = 10f64.powf(raw.log10().floor());
        [5.0, 2.0, 1.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|&step| step <= raw)
            .unwrap_or(magnitude)
    }

    /// A reading on the scrubber's grid (a click on a timeline lands between its steps), so the
    /// clock reads 1.24 rather than 1.2371052631578947.
    pub fn on_scrubber_grid(&self, mark: f64) -> f64 {
        let step = self.scrub_step();
        let snapped = (mark / step).round() * step;
        // Rounded to the nanosecond, so 75 steps of 0.02 read 1.5.
        (snapped * 1e9).round() / 1e9
    }

    /// The virtual time a side has reached: the time of its last event shown (where its
    /// timeline's cursor stands). Lined up by time, both sides read the shared clock.
    pub fn side_time(&self, side: Side) -> f64 {
        if self.align == Align::Time {
            return self.reading;
        }
        let Some(run) = self.run(side) else {
            return 0.0;
        };
        match self.position(side).checked_sub(1) {
            Some(last) => run.timeline.events()[last].t,
            None => 0.0,
        }
    }

    fn paused(&self) -> Compare {
        Compare {
            playback: self.playback.paused(),
            ..self.clone()
        }
    }

    /// After a playback control: at the step it moves to, if it moves.
    fn played(&self, control: Control) -> Compare {
        let length = self.has_run().then(|| self.clock.len());
        let (playback, moved) = self.playback.control(control, self.step, length);
        let shown = match moved {
            Some(step) => self.at_step(step),
            None => self.clone(),
        };
        Compare { playback, ..shown }
    }

    /// The moment just after `step` shared events: the clock reads the last one's mark.
    fn at_step(&self, step: usize) -> Compare {
        let step = step.min(self.clock.len());
        let reading = match step.checked_sub(1) {
            // At the end the clock reads the later run's end (where the scrubber stops).
            Some(_) if step == self.clock.len() => self.clock.end_mark(),
            Some(last) => self.clock.events()[last].mark,
            None => 0.0,
        };
        Compare {
            step,
            reading,
            ..self.clone()
        }
    }

    /// The moment at a reading: every event at or before it has happened.
    fn at_reading(&self, mark: f64) -> Compare {
        let reading = mark.clamp(0.0, self.clock.end_mark());
        Compare {
            step: self.clock.steps_until(reading),
            reading,
            ..self.clone()
        }
    }

    /// The moment `side`'s run reached virtual time `t`: lined up by time, that time; by
    /// iteration, the end of the iteration its events at `t` belong to.
    fn at_side_time(&self, side: Side, t: f64) -> Compare {
        match (self.align, self.run(side)) {
            (Align::Iteration, Some(run)) => {
                let events = run.timeline.events();
                let upto = events.partition_point(|event| event.t <= t);
                let iteration = upto.checked_sub(1).map_or(0, |last| events[last].it);
                self.at_reading(iteration as f64)
            }
            _ => self.at_reading(self.on_scrubber_grid(t)),
        }
    }

    fn aligned(&self, align: Align) -> Compare {
        let positions = self.clock.positions_after(self.step);
        let clock = Rc::new(SharedClock::of_runs(&self.runs, align));
        let realigned = Compare {
            align,
            clock,
            ..self.paused()
        };
        let step = realigned.clock.step_reaching(positions);
        realigned.at_step(step)
    }

    fn has_run(&self) -> bool {
        self.runs.iter().any(Option::is_some)
    }

    /// A side's run replaced (None while a new one is under way); both shown at their end.
    fn with_run(&self, side: Side, run: Option<Rc<Run>>) -> Compare {
        let mut next = self.paused();
        next.runs[side.index()] = run;
        next.clock = Rc::new(SharedClock::of_runs(&next.runs, next.align));
        next.at_step(usize::MAX)
    }
}

/// When each side ended in virtual time: "Left finished at t=1.0, right at t=3.0: left was
/// 2.0 s of virtual time sooner."
fn time_ending([left_name, right_name]: [&str; 2], left: &Run, right: &Run) -> String {
    let failed = left.outcome.error.is_some() || right.outcome.error.is_some();
    let ending = |run: &Run| match run.outcome.error {
        Some(_) => format!("stopped with an error at t={}", float_repr(run.end_t)),
        None => format!("finished at t={}", float_repr(run.end_t)),
    };
    // Rounded to the microsecond, so 0.3 - 0.1 reads 0.2.
    let gap = ((left.end_t - right.end_t).abs() * 1e6).round() / 1e6;
    if failed {
        return format!(
            "{left_name} {}, {right_name} {}.",
            ending(left),
            ending(right)
        );
    }
    if gap == 0.0 {
        return format!("Both finished at t={}.", float_repr(left.end_t));
    }
    let sooner = if left.end_t < right.end_t {
        Side::Left
    } else {
        Side::Right
    };
    format!(
        "{left_name} {}, {right_name} at t={}: {} was {} s of virtual time sooner.",
        ending(left),
        float_repr(right.end_t),
        sooner.key(),
        float_repr(gap)
    )
}

/// When each side ended in loop iterations: "Left finished after 3 loop iterations, right
/// after 5: left needed 2 fewer."
fn iteration_ending([left_name, right_name]: [&str; 2], left: &Run, right: &Run) -> String {
    let count = |n: u64| format!("{n} loop iteration{}", plural(n as usize));
    let ending = |run: &Run| match run.outcome.error {
        Some(_) => format!("stopped with an error after {}", count(run.iterations())),
        None => format!("finished after {}", count(run.iterations())),
    };
    if left.outcome.error.is_some() || right.outcome.error.is_some() {
        return format!(
            "{left_name} {}, {right_name} {}.",
            ending(left),
            ending(right)
        );
    }
    let opening = format!(
        "{left_name} {}, {right_name} after {}",
        ending(left),
        right.iterations()
    );
    match left.iterations().cmp(&right.iterations()) {
        std::cmp::Ordering::Equal => format!("{opening}: as many turns of the loop."),
        std::cmp::Ordering::Less => format!(
            "{opening}: left needed {} fewer.",
            right.iterations() - left.iterations()
        ),
        std::cmp::Ordering::Greater => format!(
            "{opening}: right needed {} fewer.",
            left.iterations() - right.iterations()
        ),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Reducible for Compare {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit(side, source) => {
                let mut next = (*self).clone();
                next.sources[side.index()] = source;
                next
            }
            Action::ChoosePreset(index) => match PRESETS.get(index) {
                Some(preset) => Compare {
                    sources: [
                        preset.left.source.to_string(),
                        preset.right.source.to_string(),
                    ],
                    ..(*self).clone()
                },
                None => (*self).clone(),
            },
            Action::Runner(side, Update::Started) => self.with_run(side, None),
            Action::Runner(side, Update::Loaded(run)) => self.with_run(side, Some(run)),
            Action::Seek(mark) => self.paused().at_reading(mark),
            Action::SeekOnSide(side, t) => self.paused().at_side_time(side, t),
            Action::Align(align) => self.aligned(align),
            Action::Playback(control) => self.played(control),
        };
        Rc::new(next)
    }
}
