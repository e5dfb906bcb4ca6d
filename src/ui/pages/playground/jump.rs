//! The jump bar: find the next or previous moment of a kind (a print, a task starting...), of a
//! task running or of a line running (a click on a line number chooses the line); go to an
//! event by its number; bookmark moments and come back to them. It renders the playground's
//! state and dispatches [`Action::Jump`] and [`Action::Bookmark`]; the searching is the
//! reducer's.

use std::rc::Rc;

use yew::prelude::*;

use super::TASKS_SHOWN;
use super::state::jumps::{BookmarkChange, Jump, task_title};
use super::state::{Action, Playground};
use crate::ui::components::time::readable_time;
use crate::ui::run::Run;
use crate::ui::run::find::{Direction, Kind, Target};
use crate::ui::share::{Bookmark, LABEL_CHARS};

/// The lines the picker offers at most: a long program's every line would make a list too
/// long to use (a click on a line number reaches any of them).
const LINES_SHOWN: usize = 200;

#[derive(Properties)]
pub struct JumpBarProps {
    pub playground: UseReducerHandle<Playground>,
}

/// The bar shows the playground's state, which has changed whenever the page renders again:
/// it always renders with it.
impl PartialEq for JumpBarProps {
    fn eq(&self, _other: &Self) -> bool {
        false
    }
}

#[component]
pub fn JumpBar(props: &JumpBarProps) -> Html {
    let playground = &props.playground;
    let event_input = use_node_ref();
    let label_input = use_node_ref();
    let Some(run) = playground.run.clone() else {
        return Html::default();
    };
    let position = playground.position;
    let dispatch = |action: fn() -> Action| {
        let playground = playground.clone();
        Callback::from(move |_: MouseEvent| playground.dispatch(action()))
    };
    let on_pick = {
        let playground = playground.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>()
                && let Some(target) = target_of(&select.value())
            {
                playground.dispatch(Action::Jump(Jump::Choose(target)));
            }
        })
    };
    // No `max`: a number past the end goes to the end, and the status says why (the browser
    // would only refuse it).
    let on_go_to_event = {
        let (playground, input) = (playground.clone(), event_input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>()
                && let Ok(number) = input.value().trim().parse()
            {
                playground.dispatch(Action::Jump(Jump::Event(number)));
            }
        })
    };
    let on_bookmark = {
        let (playground, input) = (playground.clone(), label_input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let label = input.cast::<web_sys::HtmlInputElement>();
            let text = label
                .as_ref()
                .map(|input| input.value())
                .unwrap_or_default();
            playground.dispatch(Action::Bookmark(BookmarkChange::Add(text)));
            if let Some(input) = label {
                input.set_value("");
            }
        })
    };
    let said = playground.jumps.said(position).unwrap_or_default();
    html! {
        <div class="jump-bar" role="group" aria-label="Find a moment" data-testid="jump-bar">
            <div class="jump-row">
                <label class="jump-find">
                    <span>{ "Find" }</span>
                    <select data-testid="jump-target" onchange={on_pick}>
                        { target_options(playground, &run) }
                    </select>
                </label>
                <button data-testid="jump-previous" title="The previous one (p)"
                    onclick={dispatch(|| Action::Jump(Jump::Go(Direction::Previous)))}>
                    { "◀ Previous" }
                </button>
                <button data-testid="jump-next" title="The next one (n)"
                    onclick={dispatch(|| Action::Jump(Jump::Go(Direction::Next)))}>
                    { "Next ▶" }
                </button>
            </div>
            <p class="jump-status" role="status" data-testid="jump-status">{ said }</p>
            <div class="jump-row">
                <form class="jump-event" onsubmit={on_go_to_event}>
                    <label>
                        <span>{ "Go to event" }</span>
                        <input type="number" data-testid="jump-event" ref={event_input}
                            min="0" placeholder={position.to_string()} />
                    </label>
                    <button type="submit" data-testid="jump-event-go">{ "Go" }</button>
                </form>
                <form class="bookmark-add" onsubmit={on_bookmark}>
                    <input type="text" data-testid="bookmark-label" ref={label_input}
                        maxlength={LABEL_CHARS.to_string()} aria-label="Bookmark label (optional)"
                        placeholder="Label (optional)" />
                    <button type="submit" data-testid="bookmark-add">
                        { format!("Bookmark event {position}") }
                    </button>
                </form>
            </div>
            { bookmark_list(playground, &run) }
        </div>
    }
}

/// The choices of what to find: each kind of event, then the tasks (the first ones, and the
/// one chosen or shown), then the lines that run; each with how many times it happens in the
/// run.
fn target_options(playground: &Playground, run: &Run) -> Html {
    let jumps = &playground.jumps;
    let option = |target: Target, text: String| {
        let count = jumps.count(&target);
        html! {
            <option value={value_of(&target)} selected={jumps.target == target}>
                { format!("{text} ({count})") }
            </option>
        }
    };
    let mut tasks: Vec<Rc<str>> = run
        .lanes
        .iter()
        .take(TASKS_SHOWN)
        .map(|lane| lane.task.clone())
        .collect();
    let chosen = match &jumps.target {
        Target::Task(task) => Some(task.clone()),
        _ => None,
    };
    let running = playground.last_event().and_then(|event| event.task.clone());
    for task in chosen.into_iter().chain(running) {
        if !tasks.contains(&task) && run.lanes.iter().any(|lane| lane.task == task) {
            tasks.push(task);
        }
    }
    // Every line that runs (a keyboard's way to what a click on a line number does), and the
    // line chosen even if it never runs.
    let mut lines: Vec<u32> = jumps.lines().into_iter().take(LINES_SHOWN).collect();
    if let Target::Line(line) = jumps.target
        && !lines.contains(&line)
    {
        lines.push(line);
        lines.sort_unstable();
    }
    html! {
        <>
            <optgroup label="Events">
                { for Kind::ALL.into_iter().map(|kind| option(Target::Kind(kind), kind.name().to_string())) }
            </optgroup>
            <optgroup label="When a task runs">
                { for tasks.into_iter().map(|task| {
                    let text = format!("{} runs", task_title(run, &task));
                    option(Target::Task(task), text)
                }) }
            </optgroup>
            <optgroup label="When a line runs">
                { for lines.into_iter().map(|line| option(Target::Line(line), format!("line {line} runs"))) }
            </optgroup>
        </>
    }
}

/// A target as an option's value: `kind:print`, `task:Task-3`, `line:12`.
fn value_of(target: &Target) -> String {
    match target {
        Target::Kind(kind) => format!("kind:{}", kind.slug()),
        Target::Task(task) => format!("task:{task}"),
        Target::Line(line) => format!("line:{line}"),
    }
}

fn target_of(value: &str) -> Option<Target> {
    let (what, which) = value.split_once(':')?;
    match what {
        "kind" => Kind::from_slug(which).map(Target::Kind),
        "task" => Some(Target::Task(Rc::from(which))),
        "line" => which.parse().ok().map(Target::Line),
        _ => None,
    }
}

/// The bookmarks, each a button that goes to its moment, and one that removes it.
fn bookmark_list(playground: &UseReducerHandle<Playground>, run: &Run) -> Html {
    let bookmarks = &playground.jumps.bookmarks;
    if bookmarks.is_empty() {
        return html! {
            <p class="hint bookmarks-empty">{ "No bookmarks yet: mark a moment to come back to it, or to share it." }</p>
        };
    }
    let item = |bookmark: &Bookmark| {
        let at = bookmark.position;
        let go = {
            let playground = playground.clone();
            Callback::from(move |_: MouseEvent| playground.dispatch(Action::Seek(at)))
        };
        let remove = {
            let playground = playground.clone();
            Callback::from(move |_: MouseEvent| {
                playground.dispatch(Action::Bookmark(BookmarkChange::Remove(at)))
            })
        };
        let current = (at == playground.position).then_some("true");
        html! {
            <li aria-current={current}>
                <button class="bookmark" data-testid={format!("bookmark-{at}")} onclick={go}>
                    { bookmark_text(run, bookmark) }
                </button>
                <button class="bookmark-remove" data-testid={format!("bookmark-remove-{at}")}
                    aria-label={format!("Remove the bookmark at event {at}")}
                    title="Remove this bookmark" onclick={remove}>{ "×" }</button>
            </li>
        }
    };
    html! {
        <ol class="bookmarks" data-testid="bookmarks" aria-label="Bookmarks">
            { for bookmarks.iter().map(item) }
        </ol>
    }
}

/// A bookmark as its button says it: `Event 57, t = 1.0: the race`.
pub fn bookmark_text(run: &Run, bookmark: &Bookmark) -> String {
    let t = bookmark
        .position
        .checked_sub(1)
        .and_then(|index| run.timeline.events().get(index))
        .map_or(0.0, |event| event.t);
    let moment = format!("Event {}, t = {}", bookmark.position, readable_time(t));
    match bookmark.label.is_empty() {
        true => moment,
        false => format!("{moment}: {}", bookmark.label),
    }
}

/// The bookmarks a link to the program shown carries: the run's, while it is the editor's
/// text (a link carries the editor's text, and bookmarks of another would mislead).
pub fn shared_bookmarks(playground: &Playground) -> &[Bookmark] {
    match &playground.run {
        Some(run) if run.source == playground.source => &playground.jumps.bookmarks,
        _ => &[],
    }
}
