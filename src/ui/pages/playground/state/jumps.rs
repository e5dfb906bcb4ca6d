//! Finding the moment: the playground's jumps (to the next or previous moment of a kind, of a
//! task, of a line; to an event by number) and its bookmarks, with what each jump says when it
//! finds nothing. The searching itself is [`crate::ui::run::find`]'s.

use std::rc::Rc;

use super::Playground;
use crate::runtime::trace::{Event, EventKind, LoopEvent};
use crate::ui::run::Run;
use crate::ui::run::find::{Direction, Kind, Moments, Target, line_of};
use crate::ui::share::{Bookmark, LABEL_CHARS, MAX_BOOKMARKS};

/// A jump the learner asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Jump {
    /// What the ◀ ▶ buttons (and the `n` and `p` keys) look for, from now on.
    Choose(Target),
    /// To the next or previous moment of what is chosen.
    Go(Direction),
    /// Choose `target` and go to its next moment (a click on a line number).
    Find(Target),
    /// To just after event N (typed in).
    Event(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum BookmarkChange {
    /// Mark the moment shown, with a label (may be empty). Marking a marked moment again
    /// renames its bookmark.
    Add(String),
    /// Unmark the moment at this position.
    Remove(usize),
}

/// What the jumps know: the run's moments, what is looked for, what the last jump said, and
/// the bookmarks.
#[derive(Debug, Clone)]
pub struct Jumps {
    /// The moments of the run shown (indexed once, when it is shown): all of them, and those
    /// a learner can land on with asyncio's internals hidden.
    all_moments: Option<Rc<Moments>>,
    learner_moments: Option<Rc<Moments>>,
    /// Whether asyncio's internals are shown (the playground's switch): which moments count.
    internals_shown: bool,
    pub target: Target,
    /// What the last jump said, and the position it said it at (it is shown only there).
    said: Option<(usize, String)>,
    /// In order of position, one per position.
    pub bookmarks: Vec<Bookmark>,
    /// The program the bookmarks mark moments of (None: not known yet, as when a link
    /// brings them before its program has run).
    bookmarked: Option<String>,
}

impl Default for Jumps {
    fn default() -> Jumps {
        Jumps {
            all_moments: None,
            learner_moments: None,
            internals_shown: false,
            target: Target::Kind(Kind::Print),
            said: None,
            bookmarks: Vec::new(),
            bookmarked: None,
        }
    }
}

impl Jumps {
    /// The same, with bookmarks a link brought.
    pub fn with_bookmarks(self, bookmarks: Vec<Bookmark>) -> Jumps {
        Jumps { bookmarks, ..self }
    }

    /// What the last jump said, while its moment is shown.
    pub fn said(&self, position: usize) -> Option<&str> {
        self.said
            .as_ref()
            .filter(|(at, _)| *at == position)
            .map(|(_, text)| text.as_str())
    }

    /// The same, with asyncio's internals shown or hidden (which moments count).
    pub(super) fn with_internals_shown(&self, shown: bool) -> Jumps {
        Jumps {
            internals_shown: shown,
            ..self.clone()
        }
    }

    /// The moments the learner can land on, as the internals switch stands.
    pub(super) fn moments(&self) -> Option<&Rc<Moments>> {
        match self.internals_shown {
            true => self.all_moments.as_ref(),
            false => self.learner_moments.as_ref(),
        }
    }

    /// How many moments of `target` the run shown has.
    pub fn count(&self, target: &Target) -> usize {
        self.moments().map_or(0, |moments| moments.count(target))
    }

    /// The lines of the program that run in the run shown, in order.
    pub fn lines(&self) -> Vec<u32> {
        self.moments().map_or(Vec::new(), |moments| moments.lines())
    }

    /// For a new run, shown at `position`: its moments indexed; the bookmarks kept if they
    /// mark this program (rerunning the same text gives the same run), dropped, and said so,
    /// if they marked another.
    pub(super) fn for_run(&self, run: &Run, position: usize) -> Jumps {
        let other_program = self
            .bookmarked
            .as_ref()
            .is_some_and(|source| *source != run.source);
        let (bookmarks, said) = match other_program && !self.bookmarks.is_empty() {
            true => (Vec::new(), Some((position, dropped(self.bookmarks.len())))),
            false => (
                self.bookmarks
                    .iter()
                    .filter(|bookmark| bookmark.position <= run.len())
                    .cloned()
                    .collect(),
                None,
            ),
        };
        Jumps {
            all_moments: Some(run.moments.clone()),
            learner_moments: Some(run.learner_moments.clone()),
            internals_shown: self.internals_shown,
            target: self.target.clone(),
            said,
            bookmarks,
            bookmarked: Some(run.source.clone()),
        }
    }
}

fn dropped(count: usize) -> String {
    match count {
        1 => "Your bookmark marked a moment of the program before your edit, so it is gone."
            .to_string(),
        count => format!(
            "Your {count} bookmarks marked moments of the program before your edit, so they are gone."
        ),
    }
}

impl Playground {
    /// The events a jump may land on: all of them while asyncio's internals are shown, else
    /// only the program's own (a jump lands only where stepping could).
    fn landable(&self) -> impl Fn(usize) -> bool + '_ {
        move |index| {
            self.show_internals
                || self
                    .run
                    .as_ref()
                    .is_none_or(|run| run.learner.positions().binary_search(&(index + 1)).is_ok())
        }
    }

    pub(super) fn jumped(&self, jump: Jump) -> Playground {
        match jump {
            Jump::Choose(target) => self.looking_for(target),
            Jump::Go(direction) => self.paused().gone(direction),
            Jump::Find(target) => self.paused().looking_for(target).gone(Direction::Next),
            Jump::Event(number) => {
                let Some(run) = &self.run else {
                    return self.clone();
                };
                let moved = self.paused().with_position(number);
                match number > run.len() {
                    true => moved.saying(format!(
                        "The run has {} events: this is its end.",
                        run.len()
                    )),
                    false => moved,
                }
            }
        }
    }

    fn looking_for(&self, target: Target) -> Playground {
        let mut next = self.clone();
        next.jumps.target = target;
        next.jumps.said = None;
        next
    }

    /// The same, saying `text` at its position.
    fn saying(self, text: String) -> Playground {
        let mut next = self;
        next.jumps.said = Some((next.position, text));
        next
    }

    /// At the next or previous moment of the target, or here, saying there is none.
    fn gone(&self, direction: Direction) -> Playground {
        let (Some(run), Some(moments)) = (&self.run, self.jumps.moments()) else {
            return self.clone();
        };
        let target = &self.jumps.target;
        match moments.find(target, self.position, direction, self.landable()) {
            Some(position) => {
                let event = &run.timeline.events()[position - 1];
                self.with_position(position)
                    .saying(found(run, target, event, position))
            }
            None => self.clone().saying(not_found(
                run,
                target,
                direction,
                self.position,
                moments.count(target),
            )),
        }
    }

    pub(super) fn bookmarked(&self, change: BookmarkChange) -> Playground {
        let mut next = self.clone();
        let bookmarks = &mut next.jumps.bookmarks;
        match change {
            BookmarkChange::Add(_) if self.run.is_none() => {}
            BookmarkChange::Add(label) => {
                let label: String = label.trim().chars().take(LABEL_CHARS).collect();
                let position = self.position;
                match bookmarks.binary_search_by_key(&position, |bookmark| bookmark.position) {
                    Ok(index) => bookmarks[index].label = label,
                    Err(_) if bookmarks.len() >= MAX_BOOKMARKS => {
                        return next.saying(format!(
                            "You have {MAX_BOOKMARKS} bookmarks, as many as a link carries: \
                             remove one to add another."
                        ));
                    }
                    Err(index) => bookmarks.insert(index, Bookmark { position, label }),
                }
            }
            BookmarkChange::Remove(position) => {
                bookmarks.retain(|bookmark| bookmark.position != position)
            }
        }
        next
    }
}

/// A task as the learner knows it: `Task-3 (fetch)`.
pub fn task_title(run: &Run, task: &str) -> String {
    match run.lanes.iter().find(|lane| &*lane.task == task) {
        Some(lane) => format!("{task} ({})", lane.coro),
        None => task.to_string(),
    }
}

/// Who did it: the task, or the program's top level.
fn actor(event: &Event) -> String {
    event
        .task
        .as_deref()
        .map_or("The program".to_string(), str::to_string)
}

/// What a jump found, in words: "Task-2 prints at event 30."
fn found(run: &Run, target: &Target, event: &Event, position: usize) -> String {
    let at = format!("at event {position}");
    match target {
        Target::Task(task) => format!("{} runs {at}.", task_title(run, task)),
        Target::Line(line) => match &event.task {
            Some(task) => format!("Line {line} runs {at}, in {task}."),
            None => format!("Line {line} runs {at}, at the program's top level."),
        },
        Target::Kind(kind) => match (kind, &event.kind) {
            (_, EventKind::Print { .. }) => format!("{} prints {at}.", actor(event)),
            (_, EventKind::Write { .. }) => format!("{} writes output {at}.", actor(event)),
            (_, EventKind::Step { .. }) => format!("{} starts {at}.", actor(event)),
            (_, EventKind::Cancel { target, .. }) => {
                format!("{} cancels {target} {at}.", actor(event))
            }
            (_, EventKind::Return { .. }) => format!("{} returns {at}.", actor(event)),
            (_, EventKind::Raise { exc, .. }) if &**exc == "CancelledError" => {
                format!("{} finishes cancelled {at}.", actor(event))
            }
            (_, EventKind::Raise { exc, .. }) => {
                format!("{} fails with {exc} {at}.", actor(event))
            }
            (_, EventKind::Uncaught { exc, .. }) => {
                format!("The program ends with an uncaught {exc} {at}.")
            }
            (_, EventKind::Loop(LoopEvent::Primitive(state))) => {
                format!("{} changes hands {at}.", state.label)
            }
            _ => format!("{} {at}.", capitalized(kind.name())),
        },
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Why a jump found nothing, in words: "Line 12 does not run again after event 40."
fn not_found(
    run: &Run,
    target: &Target,
    direction: Direction,
    position: usize,
    count: usize,
) -> String {
    if direction == Direction::Previous && position == 0 {
        return "This is the start of the run: nothing happened before it.".to_string();
    }
    let (subject, never, after, before) = match target {
        Target::Line(line) => (
            format!("Line {line}"),
            "does not run in this run (no event happens there)",
            "does not run again",
            "did not run",
        ),
        Target::Task(task) => (
            task_title(run, task),
            "never runs in this run",
            "does not run again",
            "did not run",
        ),
        Target::Kind(kind) => return kind_not_found(*kind, direction, position, count),
    };
    match (count, direction) {
        (0, _) => format!("{subject} {never}."),
        (_, Direction::Next) => format!("{subject} {after} after event {position}."),
        (_, Direction::Previous) => format!("{subject} {before} before event {position}."),
    }
}

fn kind_not_found(kind: Kind, direction: Direction, position: usize, count: usize) -> String {
    let (none, after, before) = match kind {
        Kind::Print => (
            "Nothing is printed",
            "Nothing is printed",
            "Nothing was printed",
        ),
        Kind::TaskStart => ("No task starts", "No task starts", "No task started"),
        Kind::TaskEnd => ("No task finishes", "No task finishes", "No task finished"),
        Kind::Cancel => (
            "No task is cancelled",
            "No task is cancelled",
            "No task was cancelled",
        ),
        Kind::Exception => (
            "No exception is raised",
            "No exception is raised",
            "No exception was raised",
        ),
        Kind::HandOff => (
            "No lock, semaphore, event or queue changes hands",
            "No lock, semaphore, event or queue changes hands",
            "No lock, semaphore, event or queue changed hands",
        ),
    };
    match (count, direction) {
        (0, _) => format!("{none} in this run."),
        (_, Direction::Next) => format!("{after} after event {position}."),
        (_, Direction::Previous) => format!("{before} before event {position}."),
    }
}

/// The line the event shown happens at, if it is a line of the program running (the gutter
/// marks it).
pub fn line_shown(playground: &Playground) -> Option<u32> {
    playground.last_event().and_then(line_of)
}
