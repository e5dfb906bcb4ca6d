//! A capstone project: the brief, the simulated world (read-only), an editor for the
//! learner's solution (kept in localStorage, starting from the starter), and runs that grade
//! it in each of the project's worlds, one after the other in the worker, with the checks of
//! a world, what went wrong in the learner's terms, its output and the JSON lines it wrote
//! (to download).

mod marks;

use std::rc::Rc;

use yew::prelude::*;

use super::lessons::{inline, paragraphs};
use super::playground::Opened;
use crate::curriculum::capstone::world::named;
use crate::curriculum::capstone::{self, Attempt};
use crate::curriculum::{Capstone, curriculum};
use crate::ui::components::editor::{CodeEditor, line_count};
use crate::ui::nav::NavLink;
use crate::ui::run::runner::{RunnerHandle, Update, use_runner};
use crate::ui::{Route, data_url, storage};

/// Where the learner's solution to a capstone is kept.
pub fn storage_key(id: &str) -> String {
    format!("looplab.capstone.{id}")
}

/// The learner's solution: what they last typed, or the starter.
fn solution(capstone: &Capstone) -> String {
    storage::load(&storage_key(&capstone.id)).unwrap_or_else(|| capstone.starter.clone())
}

/// The learner's solution in the capstone's world named `world` (its first if none), for
/// the playground; the first world keeps the name its edits were kept under before there
/// were worlds.
pub fn opened(id: &str, world: Option<&str>) -> Option<Opened> {
    let curriculum = curriculum();
    let capstone = curriculum.capstone(id)?;
    let program = curriculum.program(&capstone.program)?;
    let index = match world {
        Some(name) => capstone.worlds.iter().position(|w| w.name == name)?,
        None => 0,
    };
    Some(Opened {
        name: match index {
            0 => format!("capstone-{id}"),
            _ => format!("capstone-{id}-{}", capstone.worlds[index].name),
        },
        source: capstone::program_in(capstone, &program.source, &solution(capstone), index),
        at: None,
    })
}

#[derive(Properties, PartialEq)]
pub struct CapstoneProps {
    pub id: String,
}

/// The grading of one solution, world after world: kept outside the component's state
/// because the runner's callback, made once, must read what the runs before it found.
#[derive(Default)]
struct Grading {
    /// The solution being graded.
    solution: String,
    /// Its attempts so far, one per world, in the capstone's order.
    attempts: Vec<Rc<Attempt>>,
    /// Worlds are still to run.
    under_way: bool,
}

impl Grading {
    /// The solution and the world it runs in next, while worlds are still to run.
    fn next(&self) -> Option<(String, usize)> {
        self.under_way
            .then(|| (self.solution.clone(), self.attempts.len()))
    }
}

/// Starts the run of `solution` in the capstone's world `world`. (Where there is no worker,
/// the run is graded before this returns: no borrow of the grading may be held.)
fn run_in(runner: &RunnerHandle, capstone: &Capstone, source: &str, solution: &str, world: usize) {
    runner.run(&capstone::program_in(capstone, source, solution, world));
}

#[component]
pub fn CapstonePage(props: &CapstoneProps) -> Html {
    let curriculum = curriculum();
    let capstone = curriculum.capstone(&props.id);
    let program = capstone.and_then(|c| curriculum.program(&c.program));
    let (Some(capstone), Some(program)) = (capstone, program) else {
        return html! { <super::not_found::NotFoundPage /> };
    };
    let text = {
        let starter = capstone.starter.clone();
        use_state(move || starter)
    };
    let grading = use_mut_ref(Grading::default);
    // What the page shows of the grading: its attempts so far, and the world picked.
    let attempts = use_state(Vec::<Rc<Attempt>>::new);
    let picked = use_state(|| None::<usize>);
    // How many gradings were started: a new one runs its worlds even where the last one
    // stopped after as many.
    let gradings = use_state(|| 0u32);
    // On the first render: the solution kept from an earlier visit.
    {
        let (text, capstone) = (text.clone(), capstone.clone());
        use_effect_with((), move |_| text.set(solution(&capstone)));
    }
    let on_input = {
        let (text, id) = (text.clone(), capstone.id.clone());
        Callback::from(move |value: String| {
            storage::save(&storage_key(&id), &value);
            text.set(value);
        })
    };
    // The solution runs in a worker, one world after another: a solution that loops or
    // hoards memory until a limit stops it must not freeze the page meanwhile.
    let runner = {
        let (attempts, grading) = (attempts.clone(), grading.clone());
        let (capstone, source) = (capstone.clone(), program.source.clone());
        use_runner(capstone.id.clone(), move |update| {
            let Update::Loaded(run) = update else { return };
            let mut grading = grading.borrow_mut();
            if !grading.under_way {
                return;
            }
            let world = grading.attempts.len();
            let graded = capstone::grade(
                &capstone,
                &source,
                world,
                run.source.clone(),
                run.outcome.clone(),
            );
            grading.attempts.push(Rc::new(graded));
            grading.under_way = grading.attempts.len() < capstone.worlds.len();
            attempts.set(grading.attempts.clone());
        })
    };
    // Each graded world starts the next, once the page has shown it.
    {
        let (runner, grading, capstone) = (runner.clone(), grading.clone(), capstone.clone());
        let source = program.source.clone();
        use_effect_with((*gradings, attempts.len()), move |&(_, done)| {
            let next = grading.borrow().next();
            if let Some((solution, world)) = next.filter(|&(_, world)| done > 0 && world == done) {
                run_in(&runner, &capstone, &source, &solution, world);
            }
        });
    }
    // Run and check, from the button or from the editor (Ctrl+Enter).
    let run_solution = {
        let (text, runner, grading) = (text.clone(), runner.clone(), grading.clone());
        let (attempts, picked, gradings) = (attempts.clone(), picked.clone(), gradings.clone());
        let (capstone, source) = (capstone.clone(), program.source.clone());
        Callback::from(move |()| {
            *grading.borrow_mut() = Grading {
                solution: (*text).clone(),
                attempts: Vec::new(),
                under_way: true,
            };
            attempts.set(Vec::new());
            picked.set(None);
            gradings.set(*gradings + 1);
            run_in(&runner, &capstone, &source, &text, 0);
        })
    };
    let on_run = run_solution.reform(|_: MouseEvent| ());
    let stop_grading = {
        let (runner, grading) = (runner.clone(), grading.clone());
        move || {
            grading.borrow_mut().under_way = false;
            if runner.under_way().is_some() {
                runner.stop();
            }
        }
    };
    let on_stop = {
        let stop_grading = stop_grading.clone();
        Callback::from(move |_: MouseEvent| stop_grading())
    };
    let on_start_over = {
        let (text, attempts, capstone) = (text.clone(), attempts.clone(), capstone.clone());
        Callback::from(move |_: MouseEvent| {
            // A run of the old text under way would grade it after the fresh start.
            stop_grading();
            storage::remove(&storage_key(&capstone.id));
            text.set(capstone.starter.clone());
            attempts.set(Vec::new());
        })
    };
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |world: usize| picked.set(Some(world)))
    };
    let (world, _, _) = capstone::parts(&program.source);
    let running = grading.borrow().under_way.then(|| attempts.len());
    // The lines the shown world's run names, while the editor still holds what ran.
    let marks = if attempts.is_empty() || grading.borrow().solution != *text {
        Vec::new()
    } else {
        marks::marked_lines(&attempts[shown(&attempts, *picked)])
    };
    let follow_line = marks.first().map(|(line, _)| *line);
    html! {
        <article class="lesson capstone" data-testid="capstone">
            <p class="crumbs">
                <NavLink to={Route::Capstones} current={Route::Capstones}>{ "Capstone projects" }</NavLink>
                { format!(" › Capstone {} of {}", capstone.number, curriculum.capstones.len()) }
            </p>
            <h1>{ inline(&capstone.title) }</h1>
            <div class="explanation">
                { for paragraphs(&capstone.brief).map(|p| html! { <p>{ inline(p) }</p> }) }
            </div>
            <h2>{ "What your solution must do" }</h2>
            <ul class="capstone-rules">
                { for capstone.checks.iter().map(|check| html! { <li>{ inline(&check.label) }</li> }) }
            </ul>
            <h2>{ format!("The {} worlds it is checked in", capstone.worlds.len()) }</h2>
            <ul class="capstone-world-list" data-testid="capstone-world-list">
                { for capstone.worlds.iter().map(|w| html! {
                    <li><strong>{ w.name.clone() }</strong>{ format!(": {}", w.about) }</li>
                }) }
            </ul>
            <details class="capstone-world">
                <summary>{ "The simulated world your solution runs in (read it, do not change it)" }</summary>
                <pre class="program" data-testid="capstone-world"><code>{ world.to_string() }</code></pre>
            </details>
            <h2>{ "Your solution" }</h2>
            <CodeEditor value={(*text).clone()} on_input={on_input}
                testid="capstone-editor" label="Your solution" on_run={run_solution}
                gutter={marks::gutter(line_count(&text), &marks)} {follow_line} />
            <p class="capstone-actions">
                <button class="primary" data-testid="capstone-run" onclick={on_run}>{ "Run and check" }</button>
                { " " }
                if running.is_some() {
                    <button data-testid="capstone-stop" onclick={on_stop}>{ "■ Stop" }</button>
                    { " " }
                }
                <NavLink to={Route::CapstoneRun { id: capstone.id.clone() }} current={Route::Capstones} class="button">
                    { "Watch it in the playground ▶" }
                </NavLink>
                { " " }
                <button data-testid="capstone-start-over" onclick={on_start_over}>{ "Start over from the starter" }</button>
            </p>
            if let Some(world) = running.and_then(|done| capstone.worlds.get(done)) {
                <p class="pending" data-testid="capstone-pending" role="status">
                    { format!(
                        "Running your solution in world {} of {}, {}…{}",
                        attempts.len() + 1,
                        capstone.worlds.len(),
                        named(world),
                        match runner.under_way() {
                            Some(events) if events > 0 => format!(" {events} events so far"),
                            _ => String::new(),
                        }
                    ) }
                </p>
            }
            if !attempts.is_empty() {
                { result_view(capstone, &attempts, running.is_some(), *picked, &on_pick) }
            }
        </article>
    }
}

/// The world to show: the one picked, else the first that fails, else the first.
fn shown(attempts: &[Rc<Attempt>], picked: Option<usize>) -> usize {
    picked
        .filter(|&world| world < attempts.len())
        .or_else(|| attempts.iter().position(|a| !a.passed()))
        .unwrap_or(0)
}

/// What the result says at its head: the first world that fails, or that all pass.
fn headline(capstone: &Capstone, attempts: &[Rc<Attempt>], running: bool) -> String {
    let worlds = capstone.worlds.len();
    match attempts.iter().find(|a| !a.passed()) {
        Some(failed) => {
            let passed = failed.outcomes.iter().filter(|o| o.passed).count();
            format!(
                "Fails in world {}: {passed} of {} checks pass",
                named(&capstone.worlds[failed.world]),
                failed.outcomes.len()
            )
        }
        None if running => format!("Passes in {} of {worlds} worlds so far…", attempts.len()),
        // Stopped before the last world: no verdict on the worlds not run.
        None if attempts.len() < worlds => format!(
            "Stopped: passes in {} of {worlds} worlds; run it again to check the rest",
            attempts.len()
        ),
        None => format!("✓ Every check passes in all {worlds} worlds"),
    }
}

fn result_view(
    capstone: &Capstone,
    attempts: &[Rc<Attempt>],
    running: bool,
    picked: Option<usize>,
    on_pick: &Callback<usize>,
) -> Html {
    let index = shown(attempts, picked);
    let attempt = &attempts[index];
    html! {
        <section class="check capstone-result" data-testid="capstone-result" aria-label="Result">
            <h2>{ headline(capstone, attempts, running) }</h2>
            <ul class="capstone-worlds" data-testid="capstone-worlds">
                { for capstone.worlds.iter().enumerate().map(|(world, about)| {
                    let graded = attempts.get(world);
                    let state = match graded {
                        Some(a) if a.passed() => "passed",
                        Some(_) => "failed",
                        None => "waiting",
                    };
                    let said = match graded {
                        Some(a) if a.passed() => "every check passes".to_string(),
                        Some(a) if a.cause.is_some() => "the run ended before its report".to_string(),
                        Some(a) => match a.outcomes.iter().filter(|o| !o.passed).count() {
                            1 => "1 check fails".to_string(),
                            n => format!("{n} checks fail"),
                        },
                        None if running => "not run yet".to_string(),
                        None => "not run".to_string(),
                    };
                    let mark = match state { "passed" => "✓ ", "failed" => "✗ ", _ => "… " };
                    let onclick = on_pick.reform(move |_: MouseEvent| world);
                    html! {
                        <li data-testid="capstone-world-result" data-state={state} class={format!("world-{state}")}>
                            <button aria-pressed={(world == index).to_string()} disabled={graded.is_none()} {onclick}>
                                { format!("{mark}{}", named(about)) }
                            </button>
                            { format!(" {said}") }
                        </li>
                    }
                }) }
            </ul>
            { world_view(capstone, attempt) }
        </section>
    }
}

/// One world's attempt: what went wrong (in the learner's terms), the checks, the output.
fn world_view(capstone: &Capstone, attempt: &Attempt) -> Html {
    let world = &capstone.worlds[attempt.world];
    let jsonl = attempt.jsonl();
    let download = data_url("application/x-ndjson", &(jsonl.join("\n") + "\n"));
    html! {
        <>
            <h3 data-testid="capstone-world-shown">{ format!("In world {}: ", named(world)) }{ world.about.clone() }</h3>
            <p data-testid="capstone-watch-world">
                <NavLink to={Route::CapstoneWorldRun { id: capstone.id.clone(), world: world.name.clone() }}
                    current={Route::Capstones} class="button">
                    { format!("Watch your solution in world '{}' in the playground ▶", world.name) }
                </NavLink>
            </p>
            if let Some(error) = &attempt.error {
                <p class="error" data-testid="capstone-error">
                    { match error.line { Some(line) => format!("Line {line} of your solution: {}", error.message), None => error.message.clone() } }
                </p>
            }
            if !attempt.waits.is_empty() {
                <ul class="capstone-waits" data-testid="capstone-waits" aria-label="What each task waits on">
                    { for attempt.waits.iter().map(|wait| html! { <li>{ inline(&wait.sentence()) }</li> }) }
                </ul>
            }
            if let Some(cause) = &attempt.cause {
                <div class="capstone-cause" data-testid="capstone-cause" role="note">
                    <p><strong>{ "What most likely went wrong: " }</strong><span data-testid="capstone-hint">{ inline(&cause.hint) }</span></p>
                </div>
            }
            <ul class="capstone-checks">
                { for attempt.outcomes.iter().zip(&capstone.checks).map(|(outcome, check)| html! {
                    <li data-testid="capstone-check" data-passed={outcome.passed.to_string()}
                        class={if outcome.passed { "right" } else { "wrong" }}>
                        <strong>{ if outcome.passed { "✓ " } else { "✗ " } }</strong>
                        { inline(&outcome.label) }
                        <span class="hint">{ " — " }{ inline(&outcome.detail) }</span>
                        if let (false, None, Some(hint)) = (outcome.passed, &attempt.cause, &check.hint) {
                            <p class="check-hint" data-testid="capstone-check-hint">{ inline(hint) }</p>
                        }
                    </li>
                }) }
            </ul>
            if !jsonl.is_empty() {
                <h3>{ format!("results.jsonl: {} lines", jsonl.len()) }</h3>
                <pre class="program jsonl" data-testid="jsonl"><code>
                    { jsonl.iter().take(20).map(|l| format!("{l}\n")).collect::<String>() }
                    if jsonl.len() > 20 { { format!("… and {} more lines\n", jsonl.len() - 20) } }
                </code></pre>
                <p><a class="button" data-testid="download-jsonl" href={download}
                    download={format!("{}-{}-results.jsonl", capstone.id, world.name)}>{ "Download results.jsonl" }</a></p>
            }
            <details open={attempt.cause.is_some()}>
                <summary>{ "The program's output" }</summary>
                <pre class="program" data-testid="capstone-output"><code>{ output_tail(&attempt.stdout) }{ attempt.told.clone() }</code></pre>
            </details>
        </>
    }
}

/// The output without the JSON lines (shown above) and cut to its last 60 lines.
fn output_tail(stdout: &str) -> String {
    let (lines, _) = capstone::split_output(stdout);
    let skip = lines.len().saturating_sub(60);
    let mut text: String = lines[skip..].iter().map(|l| format!("{l}\n")).collect();
    if skip > 0 {
        text = format!("… {skip} earlier lines\n{text}");
    }
    text
}
