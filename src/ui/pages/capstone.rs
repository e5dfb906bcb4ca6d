//! A capstone project: the brief, the simulated world (read-only), an editor for the
//! learner's solution (kept in localStorage, starting from the starter), and a run that grades
//! it with the project's checks, shows its output and the JSON lines it wrote (to download).

use std::rc::Rc;

use yew::prelude::*;

use super::lessons::{inline, paragraphs};
use super::playground::Opened;
use crate::curriculum::capstone::{self, Attempt};
use crate::curriculum::{Capstone, curriculum};
use crate::ui::components::editor::CodeEditor;
use crate::ui::nav::NavLink;
use crate::ui::run::runner::{Update, use_runner};
use crate::ui::{Route, data_url, storage};

/// Where the learner's solution to a capstone is kept.
pub fn storage_key(id: &str) -> String {
    format!("looplab.capstone.{id}")
}

/// The learner's solution: what they last typed, or the starter.
fn solution(capstone: &Capstone) -> String {
    storage::load(&storage_key(&capstone.id)).unwrap_or_else(|| capstone.starter.clone())
}

/// The learner's solution in its world, for the playground.
pub fn opened(id: &str) -> Option<Opened> {
    let curriculum = curriculum();
    let capstone = curriculum.capstone(id)?;
    let program = curriculum.program(&capstone.program)?;
    Some(Opened {
        name: format!("capstone-{id}"),
        source: capstone::compose(&program.source, &solution(capstone)),
        at: None,
    })
}

#[derive(Properties, PartialEq)]
pub struct CapstoneProps {
    pub id: String,
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
    let attempt = use_state(|| None::<Rc<Attempt>>);
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
    // The solution runs in a worker: a solution that loops or hoards memory until a limit
    // stops it must not freeze the page meanwhile.
    let runner = {
        let attempt = attempt.clone();
        let (capstone, source) = (capstone.clone(), program.source.clone());
        use_runner(capstone.id.clone(), move |update| match update {
            Update::Started => attempt.set(None),
            Update::Loaded(run) => {
                let graded =
                    capstone::grade(&capstone, &source, run.source.clone(), run.outcome.clone());
                attempt.set(Some(Rc::new(graded)));
            }
        })
    };
    // Run and check, from the button or from the editor (Ctrl+Enter).
    let run_solution = {
        let (text, runner) = (text.clone(), runner.clone());
        let source = program.source.clone();
        Callback::from(move |()| runner.run(&capstone::compose(&source, &text)))
    };
    let on_run = run_solution.reform(|_: MouseEvent| ());
    let on_stop = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.stop())
    };
    let on_start_over = {
        let (text, attempt, capstone) = (text.clone(), attempt.clone(), capstone.clone());
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| {
            // A run of the old text under way would grade it after the fresh start.
            if runner.under_way().is_some() {
                runner.stop();
            }
            storage::remove(&storage_key(&capstone.id));
            text.set(capstone.starter.clone());
            attempt.set(None);
        })
    };
    let (world, _, _) = capstone::parts(&program.source);
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
            <details class="capstone-world">
                <summary>{ "The simulated world your solution runs in (read it, do not change it)" }</summary>
                <pre class="program" data-testid="capstone-world"><code>{ world.to_string() }</code></pre>
            </details>
            <h2>{ "Your solution" }</h2>
            <CodeEditor value={(*text).clone()} on_input={on_input}
                testid="capstone-editor" label="Your solution" on_run={run_solution} />
            <p class="capstone-actions">
                <button class="primary" data-testid="capstone-run" onclick={on_run}>{ "Run and check" }</button>
                { " " }
                if runner.under_way().is_some() {
                    <button data-testid="capstone-stop" onclick={on_stop}>{ "■ Stop" }</button>
                    { " " }
                }
                <NavLink to={Route::CapstoneRun { id: capstone.id.clone() }} current={Route::Capstones} class="button">
                    { "Watch it in the playground ▶" }
                </NavLink>
                { " " }
                <button data-testid="capstone-start-over" onclick={on_start_over}>{ "Start over from the starter" }</button>
            </p>
            if let Some(events) = runner.under_way() {
                <p class="pending" data-testid="capstone-pending" role="status">
                    { match events {
                        0 => "Running your solution…".to_string(),
                        events => format!("Running your solution… {events} events so far"),
                    } }
                </p>
            }
            if let Some(attempt) = &*attempt {
                { attempt_view(attempt, &capstone.id) }
            }
        </article>
    }
}

fn attempt_view(attempt: &Attempt, id: &str) -> Html {
    let passed = attempt.outcomes.iter().filter(|o| o.passed).count();
    let jsonl = attempt.jsonl();
    let download = data_url("application/x-ndjson", &(jsonl.join("\n") + "\n"));
    html! {
        <section class="check capstone-result" data-testid="capstone-result" aria-label="Result">
            <h2>
                if attempt.passed() {
                    { "✓ Every check passes" }
                } else {
                    { format!("{passed} of {} checks pass", attempt.outcomes.len()) }
                }
            </h2>
            if let Some(error) = &attempt.error {
                <p class="error" data-testid="capstone-error">
                    { match error.line { Some(line) => format!("Line {line} of your solution: {}", error.message), None => error.message.clone() } }
                </p>
            }
            <ul class="capstone-checks">
                { for attempt.outcomes.iter().map(|outcome| html! {
                    <li data-testid="capstone-check" data-passed={outcome.passed.to_string()}
                        class={if outcome.passed { "right" } else { "wrong" }}>
                        <strong>{ if outcome.passed { "✓ " } else { "✗ " } }</strong>
                        { inline(&outcome.label) }
                        <span class="hint">{ format!(" — {}", outcome.detail) }</span>
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
                    download={format!("{id}-results.jsonl")}>{ "Download results.jsonl" }</a></p>
            }
            <details>
                <summary>{ "The program's output" }</summary>
                <pre class="program" data-testid="capstone-output"><code>{ output_tail(&attempt.stdout) }{ attempt.stderr.clone() }</code></pre>
            </details>
        </section>
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
