//! The Compare page: two programs side by side on one shared virtual clock. State lives in
//! [`state::Compare`] (a reducer); this module renders it and dispatches; the browser's
//! storage is touched only in effects.

pub mod contrast;
pub mod presets;
pub mod state;

use yew::prelude::*;

use crate::runtime::snapshot::{LoopState, TaskStatus};
use crate::runtime::trace::PrimitiveState;
use crate::ui::components::console_list::ConsoleList;
use crate::ui::components::editor::{CodeEditor, SavedVersionNote};
use crate::ui::components::keys::{self, Shortcut};
use crate::ui::components::playback::{Control, SpeedPicker, use_ticks};
use crate::ui::components::run_error::run_error_view;
use crate::ui::components::timeline::{RunRef, TimelineView};
use crate::ui::components::viewport::{TimeWindow, WindowChange};
use crate::ui::run::runner::{RunnerHandle, use_runner};
use crate::ui::share::{self, ShareBox};
use crate::ui::{Route, storage};
use presets::PRESETS;
use pycore::format::float_repr;
use state::{Action, Align, Compare, Side, summary};

/// Runs both sides' programs, each in its own worker (so the two run at once and the page
/// stays live).
fn start_runs(runners: &[RunnerHandle; 2], sources: &[String; 2]) {
    for (runner, source) in runners.iter().zip(sources) {
        runner.run(source);
    }
}

/// Where each editor's text is kept between visits: the page's own pair, or the learner's
/// edits of a pair a link opened (kept apart, one place per link).
fn storage_key(shared: Option<&SharedPair>, side: Side) -> String {
    match shared {
        None => format!("looplab.compare.{}", side.key()),
        Some(pair) => format!("looplab.compare.{}.{}", pair.name, side.key()),
    }
}

/// Two programs a link opened (see [`crate::ui::share`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SharedPair {
    /// A name for the pair, the same for the same link.
    pub name: String,
    pub sources: [String; 2],
}

#[derive(Properties, PartialEq, Default)]
pub struct ComparePageProps {
    /// The pair a link opened, run at once; the page's own pair (a preset or the learner's)
    /// otherwise.
    #[prop_or_default]
    pub shared: Option<SharedPair>,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let shared = props.shared.clone();
    let compare = {
        let shared = shared.clone();
        use_reducer(move || match shared {
            Some(pair) => {
                let [left, right] = pair.sources;
                Compare::new(left, right)
            }
            None => Compare::with_preset(0),
        })
    };
    // Whether the share box is open.
    let sharing = use_state(|| false);
    // One window of time for both timelines, so they zoom and pan together (the whole of
    // the longer run until the learner zooms).
    let window = use_state(|| None::<TimeWindow>);
    // The pair's link while the share box is open: packing deflates both texts, work not to
    // redo at every step of playback.
    let pair_link = use_memo((*sharing, compare.sources.clone()), |(sharing, sources)| {
        sharing.then(|| pair_href(sources))
    });

    // Each side's programs run in a worker of its own.
    let left_runner = {
        let dispatcher = compare.dispatcher();
        use_runner((), move |update| {
            dispatcher.dispatch(Action::Runner(Side::Left, update))
        })
    };
    let right_runner = {
        let dispatcher = compare.dispatcher();
        use_runner((), move |update| {
            dispatcher.dispatch(Action::Runner(Side::Right, update))
        })
    };
    let runners = [left_runner, right_runner];

    // A pair a link opened, as the learner changed it on an earlier visit: offered, not forced
    // (the link means the pair as it was sent).
    let saved_pair = use_state(|| None::<[String; 2]>);
    // On the first render: bring back what the user typed last time; a pair a link opened
    // runs at once.
    {
        let (compare, runners, shared) = (compare.clone(), runners.clone(), shared.clone());
        let saved_pair = saved_pair.clone();
        use_effect_with((), move |_| {
            let saved = Side::BOTH.map(|side| storage::load(&storage_key(shared.as_ref(), side)));
            match &shared {
                None => {
                    for (side, saved) in Side::BOTH.into_iter().zip(saved) {
                        if let Some(saved) = saved {
                            compare.dispatch(Action::Edit(side, saved));
                        }
                    }
                }
                Some(pair) => {
                    let mine =
                        [0, 1].map(|i| saved[i].clone().unwrap_or_else(|| pair.sources[i].clone()));
                    if mine != pair.sources {
                        saved_pair.set(Some(mine));
                    }
                    start_runs(&runners, &pair.sources);
                }
            }
        });
    }
    let on_restore = {
        let (compare, runners, saved_pair) = (compare.clone(), runners.clone(), saved_pair.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(mine) = (*saved_pair).clone() {
                for side in Side::BOTH {
                    compare.dispatch(Action::Edit(side, mine[side.index()].clone()));
                }
                start_runs(&runners, &mine);
            }
            saved_pair.set(None);
        })
    };
    let on_dismiss = {
        let saved_pair = saved_pair.clone();
        Callback::from(move |_: MouseEvent| saved_pair.set(None))
    };
    // Whenever a text changes: keep it, so a reload never loses it (a shared pair's texts
    // only once the learner changed them).
    {
        let sources = compare.sources.clone();
        use_effect_with(sources, move |sources| {
            for side in Side::BOTH {
                let text = &sources[side.index()];
                let sent = shared.as_ref().map(|pair| &pair.sources[side.index()]);
                if sent != Some(text) {
                    storage::save(&storage_key(shared.as_ref(), side), text);
                }
            }
        });
    }
    // Playback: while playing, a timer moves one event forward per tick.
    {
        let dispatcher = compare.dispatcher();
        use_ticks(compare.playback, move || {
            dispatcher.dispatch(Action::Playback(Control::Tick))
        });
    }
    // The playground's keys, where they mean the same here.
    {
        let dispatcher = compare.dispatcher();
        use_effect_with((), move |_| {
            let listener = keys::listen(move |shortcut| {
                if let Some(action) = shared_clock_action(shortcut) {
                    dispatcher.dispatch(action);
                }
            });
            move || {
                let _stopped = listener;
            }
        });
    }

    let on_run = {
        let (compare, runners) = (compare.clone(), runners.clone());
        Callback::from(move |_: MouseEvent| start_runs(&runners, &compare.sources))
    };
    let on_stop = {
        let runners = runners.clone();
        Callback::from(move |_: MouseEvent| {
            for runner in runners.iter().filter(|runner| runner.under_way().is_some()) {
                runner.stop();
            }
        })
    };

    let on_share = {
        let sharing = sharing.clone();
        Callback::from(move |_: MouseEvent| sharing.set(!*sharing))
    };

    let act = |make: fn() -> Action| {
        let compare = compare.clone();
        Callback::from(move |_: MouseEvent| compare.dispatch(make()))
    };
    let on_preset = {
        let (compare, runners) = (compare.clone(), runners.clone());
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>()
                && let Ok(index) = select.value().parse::<usize>()
                && let Some(preset) = PRESETS.get(index)
            {
                compare.dispatch(Action::ChoosePreset(index));
                let sources = [preset.left.source, preset.right.source].map(str::to_string);
                start_runs(&runners, &sources);
            }
        })
    };
    let on_scrub = {
        let compare = compare.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>()
                && let Ok(t) = input.value().parse()
            {
                compare.dispatch(Action::Seek(t));
            }
        })
    };
    let on_speed = {
        let compare = compare.clone();
        Callback::from(move |speed| compare.dispatch(Action::Playback(Control::SetSpeed(speed))))
    };
    let on_align = {
        let compare = compare.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let align = match select.value().as_str() {
                    "iteration" => Align::Iteration,
                    _ => Align::Time,
                };
                compare.dispatch(Action::Align(align));
            }
        })
    };

    let has_run = compare.runs.iter().any(Option::is_some);
    let at_start = compare.step == 0;
    let at_end = compare.step >= compare.clock.len();
    let preset = compare.preset();
    let end_t = compare.clock.end_t();
    let shown_window = window
        .unwrap_or_else(|| TimeWindow::full(end_t))
        .clamped(end_t);
    let on_window = {
        let window = window.clone();
        Callback::from(move |change: WindowChange| {
            window.set(Some(shown_window.changed(change, end_t)))
        })
    };

    html! {
        <>
            <h1>{ "Compare two programs" }</h1>
            <p class="lead">
                { "Run two asyncio programs side by side on one shared virtual clock. Step \
                   through both at once, event by event in the order they happen, and see \
                   where they part ways; or line them up by loop iteration to see what each \
                   loop did on its n-th turn." }
            </p>
            <div class="compare">
                <section class="panel compare-pick" aria-label="Programs">
                    if saved_pair.is_some() {
                        <SavedVersionNote pair={true} on_restore={on_restore} on_keep={on_dismiss} />
                    }
                    <div class="controls">
                        <label class="compare-preset">
                            <span>{ "Pair" }</span>
                            <select data-testid="compare-preset" onchange={on_preset}>
                                { for PRESETS.iter().enumerate().map(|(index, choice)| html! {
                                    <option value={index.to_string()} selected={preset == Some(index)}>
                                        { choice.name }
                                    </option>
                                }) }
                                if preset.is_none() {
                                    <option value="edited" disabled=true selected=true>
                                        { "Your own programs" }
                                    </option>
                                }
                            </select>
                        </label>
                        <button data-testid="compare-run" class="primary"
                            onclick={on_run}>{ "Run both" }</button>
                        if runners.iter().any(|runner| runner.under_way().is_some()) {
                            <button data-testid="compare-stop" onclick={on_stop}>{ "■ Stop" }</button>
                        }
                        <button data-testid="share" aria-expanded={sharing.to_string()}
                            onclick={on_share}>{ "Share this pair" }</button>
                    </div>
                    if let Some(href) = &*pair_link {
                        <ShareBox href={href.clone()} what="this pair of programs" />
                    }
                    if let Some(index) = preset {
                        <p class="compare-question">{ PRESETS[index].question }</p>
                    }
                </section>
                <div class="compare-columns">
                    { for Side::BOTH.iter().map(|&side| editor_view(&compare, side)) }
                </div>
                <section class="panel compare-clock-bar" aria-label="Shared clock">
                    <div class="compare-clock-row">
                        <output class="compare-clock" data-testid="compare-clock"
                            aria-label="Shared clock">
                            { compare.align.reading(compare.reading) }
                        </output>
                        <div class="controls" role="group" aria-label="Shared clock controls">
                            <button data-testid="compare-reset" disabled={!has_run || at_start}
                                title="Back to t=0 (Home)"
                                onclick={act(|| Action::Playback(Control::Reset))}>{ "◀◀ Start" }</button>
                            <button data-testid="compare-step-back" disabled={!has_run || at_start}
                                title="One event back, on either side (←)"
                                onclick={act(|| Action::Playback(Control::StepBack))}>{ "◀ Step back" }</button>
                            if compare.playback.playing {
                                <button data-testid="compare-pause" title="Pause (Space)"
                                    onclick={act(|| Action::Playback(Control::Pause))}>{ "❚❚ Pause" }</button>
                            } else {
                                <button data-testid="compare-play" disabled={!has_run}
                                    title="Play (Space)"
                                    onclick={act(|| Action::Playback(Control::Play))}>{ "▶ Play" }</button>
                            }
                            <button data-testid="compare-step" disabled={!has_run || at_end}
                                title="The next event, on whichever side has it (→)"
                                onclick={act(|| Action::Playback(Control::Step))}>{ "Step ▶" }</button>
                            <SpeedPicker testid="compare-speed" speed={compare.playback.speed} on_pick={on_speed} />
                            <label class="speed">
                                <span>{ "Line up by" }</span>
                                <select data-testid="compare-align" onchange={on_align}
                                    title="Virtual time: what happened at the same moment. Loop iteration: what each loop did on its n-th turn.">
                                    { for [(Align::Time, "virtual time"), (Align::Iteration, "loop iteration")].iter().map(|&(align, label)| html! {
                                        <option value={align.key()} selected={align == compare.align}>{ label }</option>
                                    }) }
                                </select>
                            </label>
                        </div>
                    </div>
                    <label class="scrubber">
                        <span>
                            { match compare.align {
                                Align::Time => format!("Shared virtual time, 0 to {} s ({} of {} events)",
                                    float_repr(end_t), compare.step, compare.clock.len()),
                                Align::Iteration => format!("Loop iteration, 0 to {} ({} of {} events)",
                                    compare.clock.end_mark(), compare.step, compare.clock.len()),
                            } }
                        </span>
                        <input type="range" data-testid="compare-scrubber"
                            aria-label={match compare.align { Align::Time => "Shared virtual time", Align::Iteration => "Loop iteration" }}
                            aria-valuetext={compare.align.reading(compare.reading)}
                            min="0" max={compare.clock.end_mark().to_string()} step={compare.scrub_step().to_string()}
                            value={compare.reading.to_string()}
                            disabled={!has_run} oninput={on_scrub} />
                    </label>
                    if let Some(verdict) = compare.verdict() {
                        <p class="compare-verdict" data-testid="compare-verdict">{ verdict }</p>
                    }
                </section>
                <div class="compare-columns">
                    { for Side::BOTH.iter().map(|&side| side_view(&compare, side, &runners[side.index()])) }
                </div>
                <section class="panel compare-timelines" aria-label="Timelines">
                    <h2>{ "Timelines on one time axis" }</h2>
                    { for Side::BOTH.iter().map(|&side| html! {
                        <div class="compare-timeline" data-testid={format!("compare-timeline-{}", side.key())}>
                            <h3>{ compare.title(side) }</h3>
                            <TimelineView
                                run={compare.run(side).cloned().map(RunRef)}
                                now={compare.side_time(side)}
                                window={shown_window}
                                on_window={on_window.clone()}
                                on_seek={{
                                    let compare = compare.clone();
                                    Callback::from(move |t: f64| compare.dispatch(Action::SeekOnSide(side, t)))
                                }} />
                        </div>
                    }) }
                </section>
            </div>
        </>
    }
}

/// The link that opens this pair of programs on the compare page.
pub fn pair_href(sources: &[String; 2]) -> String {
    Route::ComparePair {
        left: share::pack(&sources[0]),
        right: share::pack(&sources[1]),
    }
    .href()
}

/// The compare page's meaning of a shortcut, if it has one (iterations are per run, and the
/// timelines' window is the page's own, so those keys do nothing here).
fn shared_clock_action(shortcut: Shortcut) -> Option<Action> {
    match shortcut {
        Shortcut::Playback(control) => Some(Action::Playback(control)),
        Shortcut::NextIteration | Shortcut::PreviousIteration | Shortcut::Window(_) => None,
        Shortcut::NextMoment | Shortcut::PreviousMoment => None,
    }
}

/// A side's editor, its error and its one-line result.
fn editor_view(compare: &UseReducerHandle<Compare>, side: Side) -> Html {
    let key = side.key();
    let source = &compare.sources[side.index()];
    let on_input = {
        let compare = compare.clone();
        Callback::from(move |text: String| compare.dispatch(Action::Edit(side, text)))
    };
    let title = compare.title(side);
    html! {
        <section class={classes!("panel", "compare-side", format!("compare-{key}"))}
            aria-label={format!("{title}: program")}>
            <h2><span class="side-mark" aria-hidden="true">{ side_mark(side) }</span>{ title.clone() }</h2>
            <CodeEditor value={source.clone()} on_input={on_input} min_rows={6}
                testid={format!("compare-editor-{key}")} label={format!("{title}: Python program")} />
            { error_view(compare, side) }
            if let Some(run) = compare.run(side) {
                <p class="compare-result" data-testid={format!("compare-result-{key}")}>
                    <strong>{ format!("{}: ", side.name()) }</strong>{ summary(run) }
                </p>
            }
        </section>
    }
}

/// Letters rather than colours tell the two sides apart (L and R in every heading).
fn side_mark(side: Side) -> &'static str {
    match side {
        Side::Left => "L",
        Side::Right => "R",
    }
}

fn error_view(compare: &Compare, side: Side) -> Html {
    match compare.run(side) {
        Some(run) => run_error_view(run, format!("compare-error-{}", side.key())),
        None => html! {},
    }
}

/// A side at the shared time: whether it is still going, its loop in brief, its console.
fn side_view(compare: &Compare, side: Side, runner: &RunnerHandle) -> Html {
    let key = side.key();
    let title = compare.title(side);
    let state = compare.state(side);
    html! {
        <section class={classes!("panel", "compare-side", format!("compare-{key}"))}
            aria-label={format!("{title}: loop and console")}>
            <h2><span class="side-mark" aria-hidden="true">{ side_mark(side) }</span>{ title }</h2>
            <p class="compare-status" data-testid={format!("compare-status-{key}")}>
                { status_text(compare, side, runner) }
            </p>
            if let Some(state) = &state {
                { summary_view(state, key) }
            }
            <h3>{ "Console" }</h3>
            <ConsoleList run={compare.run(side).cloned().map(RunRef)} exact_times={true}
                prints={compare.prints_shown(side)} at_end={compare.is_finished(side)}
                testid={format!("compare-console-{key}")} />
        </section>
    }
}

/// "Finished at t=3.0", or how far through its run a side is.
fn status_text(compare: &Compare, side: Side, runner: &RunnerHandle) -> String {
    match runner.under_way() {
        Some(0) => return "Running…".to_string(),
        Some(events) => return format!("Running… {events} events replayed so far"),
        None => {}
    }
    let Some(run) = compare.run(side) else {
        return "Not run yet: press Run both.".to_string();
    };
    let position = compare.position(side);
    match (compare.is_finished(side), &run.outcome.error) {
        (true, Some(_)) => format!("■ Stopped with an error at t={}", float_repr(run.end_t)),
        (true, None) => format!("■ Finished at t={}", float_repr(run.end_t)),
        (false, _) => format!("▶ Going: event {position} of {}", run.len()),
    }
}

/// The loop in brief: what runs, how many wait in the ready queue and on timers, how many
/// tasks are done, and who holds each lock or semaphore.
fn summary_view(state: &LoopState, key: &str) -> Html {
    let finished = state
        .tasks
        .iter()
        .filter(|task| task.status.is_finished())
        .count();
    let running = state
        .tasks
        .iter()
        .find(|task| task.status == TaskStatus::Running)
        .map(|task| task.name.to_string())
        .or_else(|| state.running.as_deref().map(str::to_string))
        .unwrap_or_else(|| "nothing".to_string());
    let timers = match state.timers().next() {
        Some(next) => format!(
            "{} (next at t={})",
            state.timers().len(),
            float_repr(next.when)
        ),
        None => "none".to_string(),
    };
    html! {
        <dl class="loop-facts compare-summary" data-testid={format!("compare-summary-{key}")}>
            <dt>{ "Last event at" }</dt>
            <dd>{ format!("t = {}", float_repr(state.t)) }</dd>
            <dt>{ "Running" }</dt>
            <dd>{ running }</dd>
            <dt>{ "Ready queue" }</dt>
            <dd>{ state.ready.len() }</dd>
            <dt>{ "Timers" }</dt>
            <dd>{ timers }</dd>
            <dt>{ "Tasks done" }</dt>
            <dd>{ format!("{finished} of {}", state.tasks.len()) }</dd>
            { for state.primitives.iter().map(|primitive| html! {
                <>
                    <dt>{ primitive.label.to_string() }</dt>
                    <dd>{ primitive_text(primitive) }</dd>
                </>
            }) }
        </dl>
    }
}

/// A primitive in a few words: who holds it, or what it holds, and how many wait on it.
fn primitive_text(primitive: &PrimitiveState) -> String {
    let waiting = primitive.waiters.len() + primitive.more_waiters;
    let held = match &*primitive.kind {
        "Lock" | "Semaphore" | "BoundedSemaphore" => format!(
            "{} holding",
            primitive.holders.len() + primitive.more_holders
        ),
        "Event" if primitive.value != 0 => "set".to_string(),
        "Event" => "not set".to_string(),
        "Condition" => "a condition".to_string(),
        _ => format!("{} items", primitive.value),
    };
    format!("{held}, {waiting} waiting")
}
