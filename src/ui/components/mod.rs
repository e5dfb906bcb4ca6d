//! The pieces the pages are built from, each with one job and none tied to a page: the code
//! editor and its syntax colouring, the timeline (drawing a run's lanes, see
//! [`crate::ui::run::lanes`]) and its viewport, the trees of gathers and TaskGroups, the
//! pictures of locks and queues, playback (its controls, its timer, the speed menu), panes
//! and the splitters between them, the keyboard shortcuts, the narration of events,
//! readable virtual times, a console's lines, the error box of a run and the course's prose. They take what they show as properties or arguments and report
//! what the learner does through callbacks; they never import a page, and `run/` never
//! imports them.

pub mod code_keys;
pub mod console_line;
pub mod console_list;
pub mod editor;
pub mod groups;
pub mod highlight;
pub mod keys;
pub mod narration;
pub mod panes;
pub mod playback;
pub mod primitives;
pub mod prose;
pub mod run_error;
pub mod time;
pub mod timeline;
pub mod viewport;

/// The colour class of a task: by creation order, so a task keeps its colour in the editor,
/// the tasks table and the timeline.
pub fn task_colour(index: usize) -> String {
    format!("task-colour-{}", index % 8)
}
