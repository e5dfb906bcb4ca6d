//! The run's summary, checked against CPython's own record of the corpus programs: their
//! goldens give the virtual time, the loop iterations, the tasks created and ended (so the
//! most alive at once), the lines printed and the exit status.

use std::collections::HashSet;
use std::fs;

use looplab::ui::run::Run;
use looplab::ui::run::summary::{RunSummary, summarize};

/// What CPython's trace and output of the corpus program `name` say the summary must be.
fn expected_from_goldens(name: &str) -> RunSummary {
    let read =
        |suffix: &str| fs::read_to_string(format!("tests/programs/{name}.{suffix}")).unwrap();
    let events: Vec<serde_json::Value> = read("trace.jsonl")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let (mut alive, mut tasks, mut most) = (HashSet::new(), 0, 0);
    for event in &events {
        let task = event["task"].as_str();
        match event["kind"].as_str().unwrap() {
            "create"
                if !event["coro"]
                    .as_str()
                    .unwrap()
                    .starts_with("BaseEventLoop.") =>
            {
                tasks += 1;
                alive.insert(event["new"].as_str().unwrap().to_string());
                most = most.max(alive.len());
            }
            "return" | "raise" => {
                alive.remove(task.unwrap());
            }
            _ => {}
        }
    }
    let last = events.last();
    RunSummary {
        virtual_time: read("trace.jsonl").lines().last().map_or(0.0, exact_time),
        tasks,
        iterations: last.map_or(0, |event| event["it"].as_u64().unwrap()),
        most_at_once: most,
        lines_printed: read("out").lines().count(),
        // Compared apart: only whether there is one (its wording is the runtime's).
        error: None,
    }
}

/// The `"t"` of a trace line, parsed exactly (as Rust reads floats: the shortest repr
/// round-trips, which JSON parsing need not do).
fn exact_time(line: &str) -> f64 {
    let start = line.find("\"t\": ").unwrap() + "\"t\": ".len();
    let end = start + line[start..].find(',').unwrap();
    line[start..end].parse().unwrap()
}

fn summary_of(name: &str) -> (RunSummary, Run) {
    let source = fs::read_to_string(format!("tests/programs/{name}.py")).unwrap();
    let run = Run::new(&source);
    (summarize(run.timeline.events(), &run.outcome), run)
}

#[test]
fn the_summary_matches_cpythons_record_of_every_corpus_program() {
    let mut names: Vec<String> = fs::read_dir("tests/programs")
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".py").map(str::to_string)
        })
        .collect();
    names.sort();
    let mut differences = Vec::new();
    for name in &names {
        let (summary, run) = summary_of(name);
        let expected = expected_from_goldens(name);
        let failed = fs::read_to_string(format!("tests/programs/{name}.status"))
            .unwrap()
            .trim()
            != "0";
        // The oracle records what tasks do; a last iteration where only the callback that
        // stops the loop runs has nothing to record, but the loop counts it, and so does the
        // page's "Loop iteration" at the end of the run: the summary says the same.
        let iterations_agree = summary.iterations == run.iterations()
            && (expected.iterations..=expected.iterations + 1).contains(&summary.iterations);
        let comparable = RunSummary {
            error: None,
            iterations: expected.iterations,
            ..summary.clone()
        };
        if comparable != expected || !iterations_agree || summary.error.is_some() != failed {
            differences.push(format!("{name}: {summary:?}\n   expected {expected:?}"));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[test]
fn the_semaphore_program_in_figures() {
    let (summary, _) = summary_of("040_semaphore");
    assert_eq!(
        summary,
        RunSummary {
            virtual_time: 2.5,
            // main and the eight requests (asyncio.run's two shutdown tasks left out).
            tasks: 9,
            iterations: 25,
            // All of them alive at t = 0: main awaits the gather of the eight.
            most_at_once: 9,
            lines_printed: 18,
            error: None,
        }
    );
}

#[test]
fn a_pipeline_never_has_all_its_tasks_alive_at_once() {
    // Sequential awaits: each task ends before the next is made.
    let source = "import asyncio\n\nasync def job(i):\n    await asyncio.sleep(i)\n\n\
                  async def main():\n    for i in range(5):\n        await asyncio.create_task(job(i))\n\n\
                  asyncio.run(main())\n";
    let run = Run::new(source);
    let summary = summarize(run.timeline.events(), &run.outcome);
    assert_eq!((summary.tasks, summary.most_at_once), (6, 2));
    assert_eq!(summary.virtual_time, 10.0);
    assert_eq!(summary.lines_printed, 0);
}

#[test]
fn an_uncaught_error_is_summed_up_with_its_line() {
    let (summary, run) = summary_of("073_uncaught_task_error");
    let error = summary.error.expect("the program fails");
    assert_eq!(error.line, Some(10));
    assert_eq!(
        error.message,
        "ValueError: could not convert string to float: 'N/A'"
    );
    // What Python wrote to stderr, for the console at the end of the run.
    assert!(
        run.outcome
            .stderr
            .starts_with("Traceback (most recent call last):")
    );
}
