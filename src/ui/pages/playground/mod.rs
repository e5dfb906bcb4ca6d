//! The Playground page: edit a program, run it on the simulated loop, and move through the
//! run event by event. State lives in [`state::Playground`] (a reducer); this module renders
//! it and dispatches; the browser's storage is touched only in effects.

mod console;
mod gutter;
mod internals;
mod loop_view;
pub mod state;

use yew::prelude::*;

use crate::ui::components::playback::{Control, SpeedPicker, use_ticks};
use crate::ui::components::{editor, keys, timeline};
use crate::ui::run::runner::{RunnerHandle, use_runner};
use crate::ui::share::{self, MomentLink, ShareBox};
use crate::ui::{Route, storage};
use pycore::format::float_repr;
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
}

#[component]
pub fn PlaygroundPage(props: &PlaygroundProps) -> Html {
    let opened = props.opened.clone();
    let playground = {
        let opened = opened.clone();
        use_reducer(move || match opened {
            Some(opened) => Playground::new(opened.source).opening_at(opened.at),
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
    let on_run = {
        let (playground, runner) = (playground.clone(), runner.clone());
        Callback::from(move |_: MouseEvent| runner.run(&playground.source))
    };
    // An opened program runs at once, so the page shows it at the moment asked for.
    {
        let runner = runner.clone();
        use_effect_with((), move |_| {
            if let Some(opened) = &opened {
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
    let run = playground.run.clone();
    let length = run.as_ref().map_or(0, |run| run.len());
    let position = playground.position;
    let state = playground.state();
    let line_count = editor::line_count(&playground.source);

    html! {
        <>
            <h1>{ "Playground" }</h1>
            <p class="lead">
                { "Type or paste a Python asyncio program, run it on the simulated event loop, \
                   and move through the run one event at a time: the virtual clock, the ready \
                   queue, the timers, each task and what it waits on." }
            </p>

            <p class="compare-link">
                <a href={Route::Compare.href()} data-testid="compare-link">{ "Compare two programs" }</a>
                { " side by side on one shared clock: gather against as_completed, asyncio.sleep \
                   against time.sleep, a Semaphore or none." }
            </p>
            <div class="playground">
                <section class="panel code-panel" aria-label="Code">
                    if saved_edit.is_some() {
                        <editor::SavedVersionNote pair={false} on_restore={on_restore} on_keep={on_dismiss} />
                    }
                    <editor::CodeEditor value={playground.source.clone()} on_input={on_edit}
                        testid="code-editor" label="Python program"
                        gutter={gutter::gutter(line_count, state.as_deref())} />
                    <div class="controls" role="group" aria-label="Run controls">
                        <button data-testid="run" class="primary" onclick={on_run}>
                            { "Run" }
                        </button>
                        if runner.under_way().is_some() {
                            <button data-testid="stop" onclick={on_stop}>{ "■ Stop" }</button>
                        }
                        <button data-testid="reset" disabled={run.is_none() || position == 0}
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
                    </div>
                    if let Some(code) = &*packed {
                        <ShareBox href={Route::Shared { code: code.clone() }.href()}
                            what="this program" moment={moment_link(&playground, code)} />
                    }
                    <p class="hint keys">{ "Keys: Space plays or pauses, ← → step, Shift+← → jump a loop iteration, Home and End go to the start and the end, + − 0 zoom the timeline." }</p>
                    <label class="scrubber">
                        <span>{ format!("Event {position} of {length}") }</span>
                        <input type="range" data-testid="scrubber" aria-label="Position in the run"
                            min="0" max={length.to_string()} value={position.to_string()}
                            disabled={run.is_none()} oninput={on_scrub} />
                    </label>
                    { pending_view(&runner) }
                    { error_view(&playground) }
                </section>
                <section class="panel loop-panel" aria-label="Event loop">
                    <h2>{ "Event loop" }</h2>
                    <internals::InternalsSwitch shown={playground.show_internals} playground={playground.dispatcher()} />
                    { loop_view::loop_view(&playground, state.as_deref()) }
                </section>
                <section class="panel timeline-panel" aria-label="Timeline">
                    <h2>{ "Timeline" }</h2>
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
                </section>
                <section class="panel console-panel" aria-label="Console">
                    <h2>{ "Console" }</h2>
                    <console::ConsoleView run={run.clone().map(timeline::RunRef)}
                        prints={run.as_ref().map_or(0, |run| run.prints_before(position))} />
                </section>
            </div>
        </>
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
        label: format!("event {position} of {}, t = {}", run.len(), float_repr(t)),
        href: Route::SharedAt {
            code: code.to_string(),
            event: position.to_string(),
        }
        .href(),
    })
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
    let Some(run) = &playground.run else {
        return html! {};
    };
    let Some(error) = &run.outcome.error else {
        return html! {};
    };
    let place = error
        .line
        .map_or(String::new(), |line| format!("Line {line}: "));
    html! {
        <div class="run-error" role="alert" data-testid="error">
            <strong>{ place }</strong>{ error.message.clone() }
            if !run.outcome.stderr.is_empty() {
                <details><summary>{ "Details" }</summary><pre>{ run.outcome.stderr.clone() }</pre></details>
            }
        </div>
    }
}
