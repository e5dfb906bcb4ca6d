//! What a pair of programs is for, measured from their two runs: the sentence the compare
//! page opens its verdict with. When both ended matters, but it is rarely the point: gather
//! and as_completed finish together, and differ in when the first result is there to use.
//! Each preset names the measure its pair is about; any other pair is measured by its first
//! printed line.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use crate::runtime::trace::{EventKind, Stream};
use crate::ui::run::Run;
use pycore::format::float_repr;

/// What to measure on each side of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// When each side first printed a line containing `marker` (any line if empty), a line
    /// the sentence calls `what` ("result").
    FirstPrint {
        marker: &'static str,
        what: &'static str,
    },
    /// The most tasks asleep in `asyncio.sleep` at the same time on each side: how much
    /// waiting the loop overlapped.
    MostAsleep,
}

/// The measure of a pair no preset describes: when each side printed its first line.
pub const ANY_FIRST_LINE: Measure = Measure::FirstPrint {
    marker: "",
    what: "line",
};

/// The virtual time `run` first printed (to stdout) a line containing `marker`.
pub fn first_print(run: &Run, marker: &str) -> Option<f64> {
    run.console(run.len())
        .into_iter()
        .find(|line| line.stream == Stream::Stdout && line.text.contains(marker))
        .map(|line| line.t)
}

/// The most tasks of `run` asleep in `asyncio.sleep` at once, and the coroutine they ran if
/// they all ran the same one (the sentence names it: "download() tasks").
pub fn most_asleep(run: &Run) -> (usize, Option<Rc<str>>) {
    let mut coroutines: HashMap<Rc<str>, Rc<str>> = HashMap::new();
    let mut asleep: BTreeSet<Rc<str>> = BTreeSet::new();
    let mut sleepers: BTreeSet<Rc<str>> = BTreeSet::new();
    let mut most = 0;
    for event in run.timeline.events() {
        match (&event.kind, &event.task) {
            (EventKind::Create { new, coro }, _) => {
                coroutines.insert(new.clone(), coro.clone());
            }
            (EventKind::Suspend { on }, Some(task)) if &**on == "sleep" => {
                asleep.insert(task.clone());
                most = most.max(asleep.len());
                if let Some(coro) = coroutines.get(task) {
                    sleepers.insert(coro.clone());
                }
            }
            // A task that runs again is no longer asleep (the loop's own events name the task
            // they concern, asleep or not).
            (EventKind::Step { .. }, Some(task)) => {
                asleep.remove(task);
            }
            _ => {}
        }
    }
    let coroutine = (sleepers.len() == 1)
        .then(|| sleepers.into_iter().next())
        .flatten();
    (most, coroutine)
}

/// The sentence that says how the two sides differ in what `measure` measures. `names` are
/// the sides as the sentence calls them ("Left (gather)", "right (as_completed)").
pub fn contrast(measure: Measure, names: [&str; 2], runs: [&Run; 2]) -> String {
    match measure {
        Measure::FirstPrint { marker, what } => {
            let times = runs.map(|run| first_print(run, marker));
            first_print_sentence(what, names, times)
        }
        Measure::MostAsleep => most_asleep_sentence(names, runs.map(most_asleep)),
    }
}

fn first_print_sentence(what: &str, [left, right]: [&str; 2], times: [Option<f64>; 2]) -> String {
    match times {
        [Some(left_t), Some(right_t)] => {
            let opening = format!(
                "{left} printed its first {what} at t={}, {right} at t={}",
                float_repr(left_t),
                float_repr(right_t)
            );
            // Rounded to the microsecond, so 0.3 - 0.1 reads 0.2.
            let gap = ((left_t - right_t).abs() * 1e6).round() / 1e6;
            if gap == 0.0 {
                return format!("{opening}: at the same virtual time.");
            }
            let sooner = if left_t < right_t { left } else { right };
            format!(
                "{opening}: {} had its first {what} {} s of virtual time sooner.",
                side_word(sooner),
                float_repr(gap)
            )
        }
        [Some(t), None] => format!(
            "{left} printed its first {what} at t={}, {right} printed none.",
            float_repr(t)
        ),
        [None, Some(t)] => format!(
            "{left} printed no {what}, {right} printed its first at t={}.",
            float_repr(t)
        ),
        [None, None] => format!("Neither side printed a {what}."),
    }
}

fn most_asleep_sentence(
    [left, right]: [&str; 2],
    measured: [(usize, Option<Rc<str>>); 2],
) -> String {
    let [(left_most, left_coro), (right_most, _)] = measured;
    let tasks = match &left_coro {
        Some(coro) => format!("{coro}() tasks"),
        None => "tasks".to_string(),
    };
    let right_count = match right_most {
        0 => "none".to_string(),
        most => format!("up to {most}"),
    };
    let left_count = match left_most {
        0 => "no".to_string(),
        most => format!("up to {most}"),
    };
    format!(
        "{left} had {left_count} {tasks} asleep in asyncio.sleep at once, {right} {right_count}."
    )
}

/// "left" for "Left (gather)" and "right" for "right (as_completed)": the side alone, for the
/// end of a sentence that named it in full.
fn side_word(name: &str) -> String {
    name.split(' ').next().unwrap_or(name).to_lowercase()
}
