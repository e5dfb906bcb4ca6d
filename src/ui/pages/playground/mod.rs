//! The Playground page: edit a program, run it on the simulated loop, and move through the
//! run event by event. State lives in [`state::Playground`] (a reducer); this module renders
//! it and dispatches; the browser's storage is touched only in effects.

pub mod came_from_bar;
pub mod console;
mod gutter;
mod internals;
mod jump;
mod kept;
pub mod layout;
mod loop_view;
pub mod notices;
pub mod state;
mod summary;

use yew::prelude::*;

use crate::runtime::snapshot::LoopState;

use crate::ui::came_from::CameFrom;
use crate::ui::components::panes::{Orientation, Pane, Splitter};
use crate::ui::components::playback::{Control, SpeedPicker, use_ticks};
use crate::ui::components::run_error::run_error_view;
use crate::ui::components::time::readable_time;
use crate::ui::components::{editor, keys, timeline};
use crate::ui::run::STEPS_SCALE_STEP;
use crate::ui::run::runner::{RunnerHandle, use_runner};
use crate::ui::share::{self, Bookmark, MomentLink, ShareBox};
use crate::ui::{Route, storage};
use came_from_bar::CameFromBar;
use layout::{KEY_STEP, Layout, LayoutAction, MAX_SHARE, MIN_SHARE, PaneId, Split};
use state::{Action, EXAMPLE, Moment, Playground};

/// The rows of the tasks table; a list of thousands helps nobody and slows every step.
pub(crate) const TASKS_SHOWN: usize = 50;
/// The entries of the ready queue and of the timers shown, for the same reason.
pub(crate) const QUEUE_SHOWN: usize = 50;

/// Where the editor's text is kept between visits.
const STORAGE_KEY: &str = "looplab.playground.source";

/// A program of the course the page opens with (a lesson's, or a question's "show me"), run
/// at once and shown at a moment of its run.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// Its name in the corpus.
    pub name: String,
    pub source: String,
    /// The moment to show (the end of the run if None).
    pub at: Option<Moment>,
}

impl Opened {
    /// The course's program `name`, if there is one.
    pub fn program(name: &str, at: Option<f64>) -> Option<Opened> {
        let program = crate::curriculum::curriculum().program(name)?;
        Some(Opened {
            name: program.name.clone(),
            source: program.source.clone(),
            at: at.map(Moment::Time),
        })
    }

    /// Where the learner's edits of this program are kept (apart from the playground's own).
    fn storage_key(&self) -> String {
        format!("looplab.program.{}", self.name)
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct PlaygroundProps {
    #[prop_or_default]
    pub opened: Option<Opened>,
    /// Bookmarks a link brought.
    #[prop_or_default]
    pub bookmarks: Vec<Bookmark>,
    /// What the opened program belongs to (a lesson, a capstone, a question), with the way
    /// back to it.
    #[prop_or_default]
    pub came_from: Option<CameFrom>,
}

#[component]
pub fn PlaygroundPage(props: &PlaygroundProps) -> Html {
    let opened = props.opened.clone();
    // Coming back from another page brings back the page as it was, run and all.
    let (playground, recalled) = {
        let opened = opened.clone();
        let bookmarks = props.bookmarks.clone();
        kept::use_kept_playground(&props.opened, move || match opened {
            Some(opened) => Playground::new(opened.source)
                .opening_at(opened.at)
                .with_bookmarks(bookmarks),
            None => Playground::new(EXAMPLE.to_string()),
        })
    };
    // Edits of an opened program, kept from an earlier visit (offered, not forced: the link
    // that opened it means the program as the course wrote it).
    let saved_edit = use_state(|| None::<String>);

    // On the first render: bring back what the user typed last time, or load the opened
    // program's edits.
    {
        let playground = playground.clone();
        let saved_edit = saved_edit.clone();
        let opened = opened.clone();
        use_effect_with((), move |_| match &opened {
            _ if recalled => {}
            None => {
                if let Some(saved) = storage::load(STORAGE_KEY) {
                    playground.dispatch(Action::Edit(saved));
                }
            }
            Some(opened) => {
                if let Some(saved) = storage::load(&opened.storage_key())
                    && saved != opened.source
                {
                    saved_edit.set(Some(saved));
                }
            }
        });
    }
    // Whenever the text changes: keep it, so a reload or a crash never loses it.
    {
        let source = playground.source.clone();
        let opened = opened.clone();
        use_effect_with(source, move |source| match &opened {
            None => storage::save(STORAGE_KEY, source),
            // An opened program is kept only once the learner changed it.
            Some(opened) if *source != opened.source => {
                storage::save(&opened.storage_key(), source)
            }
            Some(_) => {}
        });
    }

    // Playback: while playing, a timer moves one event forward per tick.
    {
        let dispatcher = playground.dispatcher();
        use_ticks(playground.playback, move || {
            dispatcher.dispatch(Action::Playback(Control::Tick))
        });
    }

    // Programs run in a worker, so that a long run never freezes the page (see `ui::run`).
    let runner = {
        let dispatcher = playground.dispatcher();
        use_runner((), move |update| {
            dispatcher.dispatch(Action::Runner(update))
        })
    };
    // Run, from the button or from the editor (Ctrl+Enter).
    let run_by_key = {
        let (playground, runner) = (playground.clone(), runner.clone());
        Callback::from(move |()| runner.run(&playground.source))
    };
    let on_run = run_by_key.reform(|_: MouseEvent| ());
    // A run a step limit stopped, again with more steps.
    let on_go_on = {
        let (playground, runner) = (playground.clone(), runner.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(run) = &playground.run {
                runner.run_scaled(&run.source, run.steps_scale * STEPS_SCALE_STEP);
            }
        })
    };
    // An opened program runs at once, so the page shows it at the moment asked for.
    {
        let runner = runner.clone();
        use_effect_with((), move |_| {
            if let Some(opened) = opened.as_ref().filter(|_| !recalled) {
                runner.run(&opened.source);
            }
        });
    }
    let on_stop = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.stop())
    };

    // Whether the share box is open.
    let sharing = use_state(|| false);
    let on_share = {
        let sharing = sharing.clone();
        Callback::from(move |_: MouseEvent| sharing.set(!*sharing))
    };
    // The program packed for a link while the share box is open: packing deflates the text,
    // work not to redo at every step of playback.
    let packed = use_memo(
        (*sharing, playground.source.clone()),
        |(sharing, source)| sharing.then(|| share::pack(source)),
    );

    // Keys work anywhere on the page but in the editor and the other fields, where they type.
    {
        let dispatcher = playground.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                keys::listen(move |shortcut| dispatcher.dispatch(Action::from(shortcut)));
            // Leaving the page stops listening (the listener removes itself when dropped).
            move || {
                let _stopped = listener;
            }
        });
    }

    let on_edit = {
        let playground = playground.clone();
        Callback::from(move |text: String| playground.dispatch(Action::Edit(text)))
    };
    // The learner's version of an opened program, from an earlier visit: put it back (and run
    // it), or keep the program as the link means it.
    let on_restore = {
        let (playground, runner, saved_edit) =
            (playground.clone(), runner.clone(), saved_edit.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(saved) = (*saved_edit).clone() {
                playground.dispatch(Action::Edit(saved.clone()));
                runner.run(&saved);
            }
            saved_edit.set(None);
        })
    };
    let on_dismiss = {
        let saved_edit = saved_edit.clone();
        Callback::from(move |_: MouseEvent| saved_edit.set(None))
    };
    let act = |make: fn() -> Action| {
        let playground = playground.clone();
        Callback::from(move |_: MouseEvent| playground.dispatch(make()))
    };
    let on_scrub = {
        let playground = playground.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>()
                && let Ok(position) = input.value().parse()
            {
                playground.dispatch(Action::Seek(position));
            }
        })
    };

    let on_speed = {
        let playground = playground.clone();
        Callback::from(move |speed| playground.dispatch(Action::Playback(Control::SetSpeed(speed))))
    };
    let layout = use_layout();
    let run = playground.run.clone();
    let length = run.as_ref().map_or(0, |run| run.len());
    let position = playground.position;
    let state = playground.state();
    let line_count = editor::line_count(&playground.source);

    // The page is one screen: a line with the title, the controls, and the panes (the code
    // above the console beside the loop, the timeline across the bottom), each scrolling
    // inside itself.
    html! {
        <>
            <header class="playground-header">
                <h1>{ "Playground" }</h1>
                <details class="about" data-testid="about">
                    <summary>{ "About" }</summary>
                    <div class="about-text">
                        <p>
                            { "Type or paste a Python asyncio program, run it on the simulated event \
                               loop, and move through the run one event at a time: the virtual clock, \
                               the ready queue, the timers, each task and what it waits on." }
                        </p>
                        <p class="hint keys">{ "Keys: Space plays or pauses, ← → step, Shift+← → jump a loop iteration, Home and End go to the start and the end, N and P find the next and previous moment of what the jump bar looks for, + − 0 zoom the timeline." }</p>
                        <p class="hint">{ "On the timeline, Ctrl + wheel zooms where the pointer is (the wheel alone over its axis) and Shift + wheel pans." }</p>
                        <p class="hint">{ "Drag the lines between the panes (or focus one and use the arrow keys) to resize them; ▾ folds a pane away. The page remembers both." }</p>
                    </div>
                </details>
                <p class="compare-link">
                    <a href={Route::Compare.href()} data-testid="compare-link"
                        title="Two programs side by side on one shared clock: gather against as_completed, asyncio.sleep against time.sleep, a Semaphore or none.">
                        { "Compare two programs" }
                    </a>
                </p>
            </header>
            if let Some(came_from) = &props.came_from {
                <CameFromBar came_from={came_from.clone()} />
            }
            <div class="playground" data-testid="playground">
                // The controls area: the buttons and the scrubber, then one line each for
                // what the run needs said (sharing, progress, the error, the summary).
                <section class="pane pane-controls" aria-label="Run controls" data-testid="pane-controls">
                    <div class="controls" role="group" aria-label="Run controls">
                        <button data-testid="run" class="primary" onclick={on_run}>
                            { "Run" }
                        </button>
                        if runner.under_way().is_some() {
                            <button data-testid="stop" onclick={on_stop}>{ "■ Stop" }</button>
                        }
                        <button data-testid="reset" disabled={run.is_none() || position == 0}
                            title="Back to the start of the run (Home)"
                            onclick={act(|| Action::Playback(Control::Reset))}>{ "◀◀ Start" }</button>
                        <button data-testid="previous-iteration" disabled={run.is_none() || position == 0}
                            title="Back to the start of the loop iteration (Shift+←)"
                            onclick={act(|| Action::PreviousIteration)}>{ "◀◀ Iteration" }</button>
                        <button data-testid="step-back" disabled={run.is_none() || position == 0}
                            title="One event back (←)"
                            onclick={act(|| Action::Playback(Control::StepBack))}>{ "◀ Step back" }</button>
                        if playground.playback.playing {
                            <button data-testid="pause" title="Pause (Space)"
                                onclick={act(|| Action::Playback(Control::Pause))}>{ "❚❚ Pause" }</button>
                        } else {
                            <button data-testid="play" disabled={run.is_none()} title="Play (Space)"
                                onclick={act(|| Action::Playback(Control::Play))}>{ "▶ Play" }</button>
                        }
                        <button data-testid="step" disabled={run.is_none() || position >= length}
                            title="One event forward (→)"
                            onclick={act(|| Action::Playback(Control::Step))}>{ "Step ▶" }</button>
                        <button data-testid="next-iteration" disabled={run.is_none() || position >= length}
                            title="To the next loop iteration (Shift+→)"
                            onclick={act(|| Action::NextIteration)}>{ "Iteration ▶▶" }</button>
                        <button data-testid="end" disabled={run.is_none() || position >= length}
                            title="To the end of the run (End)"
                            onclick={act(|| Action::Playback(Control::End))}>{ "End ▶▶|" }</button>
                        <SpeedPicker testid="speed" speed={playground.playback.speed} on_pick={on_speed} />
                        <button data-testid="share" aria-expanded={sharing.to_string()}
                            onclick={on_share}>{ "Share" }</button>
                        <label class="scrubber">
                            <span>{ format!("Event {position} of {length}") }</span>
                            <input type="range" data-testid="scrubber" aria-label="Position in the run"
                                min="0" max={length.to_string()} value={position.to_string()}
                                disabled={run.is_none()} oninput={on_scrub} />
                        </label>
                    </div>
                    <jump::JumpBar playground={playground.clone()} />
                    { notices::stale_run(&playground) }
                    { notices::record_cut(&playground) }
                    { notices::out_of_steps(&playground, on_go_on) }
                    if let Some(code) = &*packed {
                        <ShareBox href={Route::shared(code, None, jump::shared_bookmarks(&playground)).href()}
                            what="this program" moment={moment_link(&playground, code)}
                            bookmarks={jump::shared_bookmarks(&playground).len()} />
                    }
                    { pending_view(&runner) }
                    { error_view(&playground) }
                    if let Some(run) = &run {
                        <summary::RunSummaryView run={timeline::RunRef(run.clone())} at_start={position == 0} />
                    }
                </section>
                <div class="pane-rows">
                    <div class="pane-row" style={area_style(&layout, Split::Rows, true)}>
                        <div class="pane-column" style={area_style(&layout, Split::Columns, true)}>
                            <Pane key_name="code" title="Code" expanded={!layout.is_collapsed(PaneId::Code)}
                                on_toggle={toggle(&layout, PaneId::Code)} share={layout.output}>
                                if saved_edit.is_some() {
                                    <editor::SavedVersionNote pair={false} on_restore={on_restore} on_keep={on_dismiss} />
                                }
                                { notices::moment_notice(&playground) }
                                <editor::CodeEditor value={playground.source.clone()} on_input={on_edit}
                                    testid="code-editor" label="Python program" on_run={run_by_key}
                                    follow_line={running_line(state.as_deref())}
                                    gutter={gutter::gutter(line_count, &playground)} />
                            </Pane>
                            { splitter(&layout, Split::Output, "Resize the code and the console") }
                            <Pane key_name="console" title="Console" expanded={!layout.is_collapsed(PaneId::Console)}
                                on_toggle={toggle(&layout, PaneId::Console)} share={100 - layout.output}>
                                <console::ConsoleView run={run.clone().map(timeline::RunRef)}
                                    prints={run.as_ref().map_or(0, |run| run.prints_before(position))}
                                    at_end={run.is_some() && position >= length} />
                            </Pane>
                        </div>
                        { splitter(&layout, Split::Columns, "Resize the code and the event loop") }
                        <Pane key_name="loop" title="Event loop" expanded={!layout.is_collapsed(PaneId::Loop)}
                            on_toggle={toggle(&layout, PaneId::Loop)} share={100 - layout.columns}
                            actions={html! {
                                <internals::InternalsSwitch shown={playground.show_internals} playground={playground.dispatcher()} />
                            }}>
                            { loop_view::loop_view(&playground, state.as_deref()) }
                        </Pane>
                    </div>
                    { splitter(&layout, Split::Rows, "Resize the panes above the timeline and the timeline") }
                    <Pane key_name="timeline" title="Timeline" expanded={!layout.is_collapsed(PaneId::Timeline)}
                        on_toggle={toggle(&layout, PaneId::Timeline)} share={100 - layout.rows}>
                        <timeline::TimelineView
                            run={run.clone().map(timeline::RunRef)}
                            now={state.as_ref().map_or(0.0, |state| state.t)}
                            window={playground.window}
                            show_internals={playground.show_internals}
                            on_seek={{
                                let playground = playground.clone();
                                Callback::from(move |t: f64| playground.dispatch(Action::SeekTime(t)))
                            }}
                            on_window={{
                                let playground = playground.clone();
                                Callback::from(move |change| playground.dispatch(Action::Window(change)))
                            }} />
                    </Pane>
                </div>
            </div>
        </>
    }
}

/// The screen's layout, brought back from the last visit and kept whenever it changes (the
/// browser's storage is touched only in these effects).
#[hook]
fn use_layout() -> UseReducerHandle<Layout> {
    let layout = use_reducer(Layout::default);
    {
        let layout = layout.clone();
        use_effect_with((), move |_| {
            if let Some(kept) = storage::load(layout::STORAGE_KEY) {
                layout.dispatch(LayoutAction::Restore(Layout::from_text(&kept)));
            }
        });
    }
    // Declared after the one that loads, so the kept layout is read before anything is saved.
    use_effect_with((*layout).clone(), |layout| {
        storage::save(layout::STORAGE_KEY, &layout.to_text())
    });
    layout
}

fn toggle(layout: &UseReducerHandle<Layout>, pane: PaneId) -> Callback<()> {
    let layout = layout.clone();
    Callback::from(move |_| layout.dispatch(LayoutAction::Toggle(pane)))
}

/// The line between the two sides of `split`, while both have an open pane to resize.
fn splitter(layout: &UseReducerHandle<Layout>, split: Split, label: &'static str) -> Html {
    if !layout.movable(split) {
        return Html::default();
    }
    let orientation = match split {
        Split::Rows | Split::Output => Orientation::Horizontal,
        Split::Columns => Orientation::Vertical,
    };
    let on_change = {
        let layout = layout.clone();
        Callback::from(move |percent| layout.dispatch(LayoutAction::Resize(split, percent)))
    };
    html! {
        <Splitter testid={format!("splitter-{}", split.key())} label={label}
            orientation={orientation} value={layout.share(split)} min={MIN_SHARE} max={MAX_SHARE}
            step={KEY_STEP} on_change={on_change} />
    }
}

/// The flex share of the area on the `first` (or the second) side of `split`: its part while
/// both sides have an open pane, all the room left if only it has, its headers' size if it
/// has none.
fn area_style(layout: &Layout, split: Split, first: bool) -> String {
    let (top, bottom) = split.sides();
    let (mine, other) = if first { (top, bottom) } else { (bottom, top) };
    let share = if first {
        layout.share(split)
    } else {
        100 - layout.share(split)
    };
    if layout.side_folded(mine) {
        "flex: 0 0 auto".to_string()
    } else if layout.side_folded(other) {
        "flex: 1 1 0".to_string()
    } else {
        format!("flex: {share} 1 0")
    }
}

/// A link to the program shown, opening at the moment shown: offered while the run shown is
/// the editor's text and the moment is not its end (where the plain link opens anyway).
fn moment_link(playground: &Playground, code: &str) -> Option<MomentLink> {
    let run = playground.run.as_ref()?;
    let position = playground.position;
    if run.source != playground.source || position >= run.len() {
        return None;
    }
    let t = playground.state().map_or(0.0, |state| state.t);
    Some(MomentLink {
        label: format!(
            "event {position} of {}, t = {}",
            run.len(),
            readable_time(t)
        ),
        href: Route::shared(code, Some(position), jump::shared_bookmarks(playground)).href(),
    })
}

/// The line of the task running at the moment shown, for the code to keep in view.
fn running_line(state: Option<&LoopState>) -> Option<u32> {
    let state = state?;
    state.task(state.running.as_deref()?)?.line
}

/// While a run is under way: how far it got.
fn pending_view(runner: &RunnerHandle) -> Html {
    let Some(events) = runner.under_way() else {
        return Html::default();
    };
    let text = match events {
        0 => "Running…".to_string(),
        events => format!("Running… {events} events replayed so far"),
    };
    html! { <p class="pending" data-testid="pending" role="status">{ text }</p> }
}

fn error_view(playground: &Playground) -> Html {
    match &playground.run {
        Some(run) => run_error_view(run, "error".to_string()),
        None => html! {},
    }
}
