//! The capstones as a learner meets them: a solution graded in every world of its capstone,
//! so that one passing by luck or by a fixed sleep fails with the world named; every world
//! running as on CPython; and what went wrong said in the learner's terms (their own lines
//! and calls, no world frames) with a hint.

use looplab::curriculum::capstone::{Attempt, attempt, attempt_all, compose, grade, parts, world};
use looplab::curriculum::check;
use looplab::curriculum::{Capstone, curriculum};
use looplab::runtime::ExitStatus;

/// A small capstone world: a counter of calls in flight, and a report; its WORLD sets how
/// many calls the report wants.
const WORLD: &str = concat!(
    "import asyncio\nimport json\n\n",
    "WORLD = {\"name\": \"four\", \"wanted\": 6}\n",
    "in_flight = 0\npeak = 0\ncalls = 0\n\n\n",
    "async def call():\n",
    "    global in_flight, peak, calls\n",
    "    in_flight += 1\n",
    "    calls += 1\n",
    "    peak = max(peak, in_flight)\n",
    "    await asyncio.sleep(1)\n",
    "    in_flight -= 1\n\n\n",
    "def report():\n",
    "    print(\"--- results.jsonl ---\")\n",
    "    for i in range(calls):\n",
    "        print(json.dumps({\"i\": i}))\n",
    "    print(\"--- end ---\")\n",
    "    print(\"REPORT \" + json.dumps({\"peak\": peak, \"calls\": calls, \"wanted\": WORLD[\"wanted\"], \"extra\": 2, \"ok\": True, \"limit\": 2}))\n",
);

fn tiny_capstone() -> (Capstone, String) {
    use looplab::curriculum::model::{CHECKS_MARKER, SOLUTION_MARKER};
    let reference = concat!(
        "async def main():\n    sem = asyncio.Semaphore(2)\n    async def one():\n",
        "        async with sem:\n            await call()\n",
        "    await asyncio.gather(*(one() for _ in range(4)))\n\nasyncio.run(main())\n"
    );
    let source = format!("{WORLD}{SOLUTION_MARKER}\n{reference}{CHECKS_MARKER}\nreport()\n");
    let toml = r#"
id = "tiny"
title = "t"
summary = "s"
brief = "b"
program = "x"
[[check]]
label = "At most two at once"
key = "peak"
at_most_key = "limit"
[[check]]
label = "Four calls"
key = "calls"
equals_key = "wanted"
minus_key = "extra"
[[check]]
label = "It says ok"
key = "ok"
equals = true
[[world]]
name = "four"
about = "four calls wanted"
settings = { wanted = 6 }
[[world]]
name = "five"
about = "five calls wanted"
settings = { wanted = 7 }
"#;
    let capstone: Capstone = toml::from_str(toml).expect("a capstone");
    (capstone, source)
}

#[test]
fn a_capstone_solution_runs_in_its_world_and_is_graded_by_the_report() {
    let (capstone, source) = tiny_capstone();
    let (world, reference, footer) = parts(&source);
    assert_eq!(world, WORLD);
    assert_eq!(footer, "report()\n");
    assert_eq!(compose(&source, reference), source);
    let good = attempt(&capstone, &source, reference, 0);
    assert!(good.passed(), "{:#?}", good.outcomes);
    assert_eq!(good.jsonl().len(), 4);
    assert_eq!(
        good.outcomes[1].detail,
        "calls = 4 (must equal wanted - extra = 4)"
    );
    assert_eq!(good.outcomes[0].detail, "peak = 2 (at most limit = 2)");
    // No limit: four at once.
    let greedy = "async def main():\n    await asyncio.gather(*(call() for _ in range(4)))\n\nasyncio.run(main())";
    let bad = attempt(&capstone, &source, greedy, 0);
    assert_eq!(
        bad.outcomes.iter().map(|o| o.passed).collect::<Vec<_>>(),
        [false, true, true]
    );
    assert_eq!(bad.outcomes[0].detail, "peak = 4 (at most limit = 2)");
    assert!(!bad.passed());
    // A crash is reported at the line of the learner's own text, and every check says the
    // run never got to it.
    let broken = attempt(&capstone, &source, "x = 1\ny = undefined_name\n", 0);
    assert_eq!(
        broken.error,
        Some(looplab::runtime::RunError {
            line: Some(2),
            message: "NameError: name 'undefined_name' is not defined".to_string()
        })
    );
    assert!(
        broken.outcomes.iter().all(|o| !o.passed
            && o.detail == "not checked: the run stopped with an error before its report")
    );
}

#[test]
fn a_solution_runs_in_each_world_with_its_settings() {
    let (capstone, source) = tiny_capstone();
    let reference = parts(&source).1;
    let attempts = attempt_all(&capstone, &source, reference);
    assert_eq!(attempts.iter().map(|a| a.world).collect::<Vec<_>>(), [0, 1]);
    // The second world wants five calls: the reference makes four.
    assert!(attempts[0].passed());
    assert!(!attempts[1].passed());
    assert_eq!(
        attempts[1].outcomes[1].detail,
        "calls = 4 (must equal wanted - extra = 5)"
    );
    // Only the WORLD line differs, so every other line keeps its number.
    let second = looplab::curriculum::capstone::program_in(&capstone, &source, reference, 1);
    let differ: Vec<(&str, &str)> = source
        .lines()
        .zip(second.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        differ,
        [(
            "WORLD = {\"name\": \"four\", \"wanted\": 6}",
            "WORLD = {\"name\": \"five\", \"wanted\": 7}"
        )]
    );
    assert_eq!(world::named(&capstone.worlds[1]), "'five'");
}

#[test]
fn a_world_is_written_as_the_python_literal_of_its_settings() {
    let value: serde_json::Value = serde_json::json!({
        "on": true, "off": false, "none": null, "rate": 0.03, "n": 7, "span": [0.1, 1.5],
        "say": "a \"quoted\" word\n"
    });
    assert_eq!(
        world::python_literal(&value),
        r#"{"n": 7, "none": None, "off": False, "on": True, "rate": 0.03, "say": "a \"quoted\" word\n", "span": [0.1, 1.5]}"#
    );
}

#[test]
fn every_capstone_reference_passes_and_every_starter_fails_a_check() {
    for capstone in &curriculum().capstones {
        let problems = check::capstone_problems(curriculum(), capstone);
        assert!(problems.is_empty(), "{}: {problems:#?}", capstone.id);
        assert!(
            capstone.worlds.len() >= 3,
            "{} has three worlds",
            capstone.id
        );
    }
}

/// Each capstone's worlds after the first run as on CPython: the reference solution prints
/// there what CPython printed (`scripts/capstone-world-goldens` wrote it). The first world is
/// the corpus program, checked by the conformance tests.
#[test]
fn every_capstone_world_runs_as_on_cpython() {
    let goldens = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/capstone-worlds");
    let mut expected: Vec<String> = Vec::new();
    for capstone in &curriculum().capstones {
        let source = &source_of(capstone);
        let reference = parts(source).1;
        for (index, world) in capstone.worlds.iter().enumerate().skip(1) {
            let name = format!("{}.{}.out", capstone.id, world.name);
            let golden = std::fs::read_to_string(goldens.join(&name))
                .unwrap_or_else(|_| panic!("{name}: run scripts/capstone-world-goldens regen"));
            let ran = attempt(capstone, source, reference, index);
            assert_eq!(ran.status, ExitStatus::Success, "{name}: {}", ran.stderr);
            assert!(
                ran.stdout == golden,
                "{name}: Looplab prints otherwise than CPython"
            );
            expected.push(name);
        }
    }
    // No golden is left over from a world that is gone.
    let mut present: Vec<String> = std::fs::read_dir(&goldens)
        .expect("tests/capstone-worlds")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    present.sort();
    expected.sort();
    assert_eq!(present, expected);
}

fn source_of(capstone: &Capstone) -> String {
    curriculum()
        .program(&capstone.program)
        .expect("its program")
        .source
        .clone()
}

/// The reference solution of a capstone with `from` replaced by `to` (which must be there).
fn edited(capstone: &Capstone, from: &str, to: &str) -> String {
    let source = source_of(capstone);
    let reference = parts(&source).1;
    assert!(reference.contains(from), "{}: {from:?}", capstone.id);
    reference.replace(from, to)
}

/// The worlds a solution fails in, by name.
fn failing_worlds(capstone: &Capstone, solution: &str) -> Vec<String> {
    attempt_all(capstone, &source_of(capstone), solution)
        .iter()
        .filter(|a| !a.passed())
        .map(|a| capstone.worlds[a.world].name.clone())
        .collect()
}

/// Solutions that pass the first world by a fixed sleep or by a number that holds there fail
/// in another world, and the result names it.
#[test]
fn a_solution_that_passes_by_luck_fails_in_a_named_world() {
    let capstone = |id: &str| curriculum().capstone(id).expect("the capstone");
    let cases = [
        // The crawl is over after 7 s in the first world: waiting that long "works" there.
        (
            capstone("crawler"),
            edited(
                capstone("crawler"),
                "await queue.join()",
                "await asyncio.sleep(7)",
            ),
            vec!["slow-and-flaky", "three-workers"],
        ),
        // Five workers, as the first world allows, rather than MAX_WORKERS.
        (
            capstone("crawler"),
            edited(
                capstone("crawler"),
                "for i in range(MAX_WORKERS)",
                "for i in range(5)",
            ),
            vec!["three-workers"],
        ),
        // Three attempts are enough where slow prompts time out twice.
        (
            capstone("llm-batch"),
            edited(
                capstone("llm-batch"),
                "MAX_ATTEMPTS = 5",
                "MAX_ATTEMPTS = 3",
            ),
            vec!["stubborn-timeouts"],
        ),
        (
            capstone("llm-batch"),
            edited(
                capstone("llm-batch"),
                "asyncio.Semaphore(MAX_CONCURRENCY)",
                "asyncio.Semaphore(50)",
            ),
            vec!["strict-limit"],
        ),
        // A retry after a fixed 0.3 s outlasts the first world's refusals (0.25 s), not those
        // of worlds that refuse an item twice or more (0.5 s, 1 s).
        (
            capstone("rate-limited"),
            edited(
                capstone("rate-limited"),
                "await asyncio.sleep(max(err.retry_after, backoff))",
                "await asyncio.sleep(0.3)",
            ),
            vec!["busy", "strict"],
        ),
        // A bucket of 10 tokens, the first world's rate, instead of RATE_LIMIT.
        (
            capstone("rate-limited"),
            edited(
                capstone("rate-limited"),
                "TokenBucket(RATE_LIMIT)",
                "TokenBucket(10)",
            ),
            vec!["strict"],
        ),
    ];
    for (capstone, solution, broken_in) in cases {
        let failing = failing_worlds(capstone, &solution);
        assert_eq!(failing, broken_in, "{}: {solution}", capstone.id);
        assert_ne!(
            failing.first().map(String::as_str),
            Some(capstone.worlds[0].name.as_str())
        );
    }
}

/// The crawler with its `task_done()` forgotten: a deadlock, said at the learner's own lines
/// and calls, with the hint that fits.
#[test]
fn a_forgotten_task_done_is_told_in_the_learners_terms_with_a_hint() {
    let (solution, ran) = crawler_with("        finally:\n            queue.task_done()\n", "");
    let join_line = line_of(&solution, "await queue.join()");
    let get_line = line_of(&solution, "await queue.get()");
    assert_eq!(ran.status, ExitStatus::Deadlock);
    let waits: Vec<String> = ran.waits.iter().map(|w| w.sentence()).collect();
    assert_eq!(
        waits[0],
        format!("Task-1 (main) waits in `queue.join()` at line {join_line} of your solution")
    );
    assert!(
        waits[1..].iter().all(|w| w.ends_with(&format!(
            "(worker) waits in `queue.get()` at line {get_line} of your solution"
        ))),
        "{waits:#?}"
    );
    let cause = ran.cause.as_ref().expect("the run ended before its report");
    assert!(
        cause.hint.starts_with(
            "Every `queue.get()` needs a `queue.task_done()`, or `queue.join()` waits forever"
        ),
        "{}",
        cause.hint
    );
    for outcome in &ran.outcomes {
        assert_eq!(
            outcome.detail,
            "not checked: the run deadlocked before its report"
        );
    }
    // Python's own words stay; asyncio's internals and the composed program's lines go.
    assert_eq!(
        ran.error.as_ref().map(|e| e.message.as_str()),
        Some("DeadlockError: every task is blocked and no timer is pending")
    );
    assert!(ran.told.contains(&format!(
        "Task-1 (main) waits in queue.join() at line {join_line} of your solution"
    )));
    for internal in ["Event.wait", "Queue.get()", "future", "line 1"] {
        assert!(!ran.told.contains(internal), "{internal:?} in {}", ran.told);
    }
}

/// A capstone's reference solution with `from` replaced by `to`, and its run in the first
/// world.
fn run_edited(id: &str, from: &str, to: &str) -> (String, Attempt) {
    let capstone = curriculum().capstone(id).expect("the capstone");
    let solution = edited(capstone, from, to);
    let ran = attempt(capstone, &source_of(capstone), &solution, 0);
    (solution, ran)
}

fn crawler_with(from: &str, to: &str) -> (String, Attempt) {
    run_edited("crawler", from, to)
}

/// The line of `solution` that contains `code` (1-based).
fn line_of(solution: &str, code: &str) -> u32 {
    solution
        .lines()
        .position(|line| line.contains(code))
        .expect("the code is in the solution") as u32
        + 1
}

/// An exception from the world's `fetch()` that the learner did not catch: the traceback
/// shows their frames at their lines, and none of the world's.
#[test]
fn a_traceback_shows_the_learners_frames_at_their_lines_and_hides_the_worlds() {
    let (solution, ran) = crawler_with(
        "    await queue.join()",
        "    await fetch(\"https://elsewhere.example/\")\n    await queue.join()",
    );
    let line = line_of(&solution, "elsewhere.example");
    assert_eq!(ran.status, ExitStatus::Error);
    let error = ran.error.as_ref().expect("an error");
    assert_eq!(error.line, Some(line));
    assert_eq!(
        error.message,
        "LookupError: 404 not found: https://elsewhere.example/"
    );
    let run_line = line_of(&solution, "asyncio.run(main())");
    let main_line = line_of(&solution, "await crawl(START_URL)");
    // The learner's frames with their source lines (and Python's carets); not fetch's.
    assert_eq!(
        ran.told,
        format!(
            "Traceback (most recent call last):\n  File \"your solution\", line {run_line}, in <module>\n    asyncio.run(main())\n  File \"your solution\", line {main_line}, in main\n    pages_ok, failed = await crawl(START_URL)\n                       ^^^^^^^^^^^^^^^^^^^^^^\n  File \"your solution\", line {line}, in crawl\n    await fetch(\"https://elsewhere.example/\")\nLookupError: 404 not found: https://elsewhere.example/\n"
        )
    );
    let cause = ran.cause.expect("no report");
    assert_eq!(
        cause.what,
        format!(
            "the run stopped at line {line} of your solution: LookupError: 404 not found: https://elsewhere.example/"
        )
    );
    assert!(cause.hint.starts_with("An exception escaped your solution"));
}

/// A task that never awaits is stopped by a limit, said at the learner's line.
#[test]
fn a_limit_is_told_at_the_learners_line() {
    let capstone = curriculum().capstone("rate-limited").expect("the capstone");
    let solution = edited(
        capstone,
        "        await bucket.take()\n",
        "        while bucket:\n            pass\n",
    );
    let line = line_of(&solution, "while bucket:");
    let source = source_of(capstone);
    let program = looplab::curriculum::capstone::program_in(capstone, &source, &solution, 0);
    let options = looplab::runtime::RunOptions {
        limits: looplab::runtime::vm::Limits {
            steps_without_await: 100_000,
            ..Default::default()
        },
        ..Default::default()
    };
    let ran = looplab::runtime::run_program(&program, &options);
    let graded = grade(capstone, &source, 0, program, ran.outcome);
    assert_eq!(graded.status, ExitStatus::Limit);
    let error = graded.error.expect("a limit");
    // Stopped in the loop: at its `while` or its `pass`.
    let at = error.line.expect("a line of the solution");
    assert!(at == line || at == line + 1, "{error:?}");
    assert!(
        error.message.contains(&format!(
            "at line {at} of your solution ran 100,000 instructions without awaiting"
        )),
        "{}",
        error.message
    );
    assert!(
        graded
            .cause
            .expect("no report")
            .hint
            .contains("without reaching an `await`")
    );
}

/// The page grades a run its worker made (recorded for the playground, with the machinery
/// events) exactly as `looplab curriculum check` grades a plain run: same output, same grades.
#[test]
fn a_capstone_graded_from_the_playgrounds_run_gets_the_same_grades() {
    use looplab::ui::run::Run;
    for capstone in &curriculum().capstones {
        let source = &source_of(capstone);
        for solution in [parts(source).1, capstone.starter.as_str()] {
            // The first world and the last: the same code grades them all.
            for world in [0, capstone.worlds.len() - 1] {
                let plain = attempt(capstone, source, solution, world);
                let program =
                    looplab::curriculum::capstone::program_in(capstone, source, solution, world);
                let run = Run::new(&program);
                let graded = grade(
                    capstone,
                    source,
                    world,
                    run.source.clone(),
                    run.outcome.clone(),
                );
                assert_eq!(graded, plain, "{} in {world}", capstone.id);
            }
        }
    }
}

/// Each capstone's page lists the worlds its solution is checked in, before any run.
#[test]
fn a_capstone_page_lists_its_worlds() {
    for capstone in &curriculum().capstones {
        let page = crate::common::render_at(&format!("/capstones/{}", capstone.id));
        assert!(page.contains(r#"data-testid="capstone-world-list""#));
        for world in &capstone.worlds {
            assert!(
                page.contains(&format!("<strong>{}</strong>", world.name)),
                "{} lists {}",
                capstone.id,
                world.name
            );
        }
    }
}

/// A world's run opens in the playground with that world's `WORLD` line (the first world's
/// without a name in the address); a world the capstone does not have is not found.
#[test]
fn a_capstone_world_opens_in_the_playground() {
    use looplab::ui::pages::capstone::opened;
    let world_of = |world: Option<&str>| {
        let opened = opened("crawler", world).expect("the crawler's run");
        let line = opened.source.lines().find(|l| l.starts_with("WORLD = "));
        (opened.name, line.expect("a WORLD line").to_string())
    };
    let (name, line) = world_of(Some("slow-and-flaky"));
    assert_eq!(name, "capstone-crawler-slow-and-flaky");
    assert!(
        line.starts_with(r#"WORLD = {"name": "slow-and-flaky", "#),
        "{line}"
    );
    let (name, line) = world_of(None);
    assert_eq!(name, "capstone-crawler");
    assert!(line.starts_with(r#"WORLD = {"name": "calm", "#), "{line}");
    assert!(opened("crawler", Some("nowhere")).is_none());
    let page = crate::common::render_at("/capstones/crawler/run/slow-and-flaky");
    assert!(page.contains(r#"data-testid="code-editor""#));
    assert!(crate::common::render_at("/capstones/crawler/run/nowhere").contains("Page not found"));
}

/// The hint fits how the run ended: the capstone's own for its likely mistakes, and one for
/// a program that ends itself before the checks.
#[test]
fn the_hint_fits_the_way_the_run_ended() {
    // Tokens that never come back: every task waits in the bucket.
    let (_, ran) = run_edited(
        "rate-limited",
        "        asyncio.get_running_loop().call_later(1.0, self.tokens.release)\n",
        "",
    );
    assert_eq!(ran.status, ExitStatus::Deadlock);
    assert!(ran.waits.iter().any(|w| {
        w.call
            .as_ref()
            .is_some_and(|(call, _)| call == "self.tokens.acquire()")
    }));
    let cause = ran.cause.expect("no report");
    assert!(
        cause
            .hint
            .starts_with("Every task waits for a token that never comes back")
    );
    // An uncaught 429.
    let (_, ran) = run_edited(
        "rate-limited",
        "except TooManyRequests as err:",
        "except LookupError as err:",
    );
    assert_eq!(ran.status, ExitStatus::Error);
    assert!(
        ran.cause
            .expect("no report")
            .hint
            .starts_with("A 429 escaped")
    );
    // A solution that exits.
    let (tiny, source) = tiny_capstone();
    let ran = attempt(&tiny, &source, "import sys\nsys.exit()\n", 0);
    assert_eq!(ran.status, ExitStatus::Success);
    let cause = ran.cause.expect("no report");
    assert_eq!(
        cause.what,
        "the run stopped at line 2 of your solution: SystemExit: None"
    );
    assert!(
        cause
            .hint
            .starts_with("The program ended before the checks could run")
    );
}

/// `looplab curriculum check` names the world a reference fails in, and finds a starter that
/// passes everywhere or stops short in some world.
#[test]
fn the_curriculum_check_finds_a_lucky_reference_and_a_starter_that_passes() {
    let mut changed = curriculum().clone();
    let crawler = changed.capstone("crawler").expect("the crawler").clone();
    let program = changed
        .programs
        .iter_mut()
        .find(|p| p.name == crawler.program)
        .expect("its program");
    let reference = parts(&program.source).1.to_string();
    program.source = program
        .source
        .replace("await queue.join()", "await asyncio.sleep(7)");
    let mut lucky = crawler.clone();
    lucky.starter = reference.clone();
    let problems = check::capstone_problems(&changed, &lucky);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with("the reference solution does not pass in world 'slow-and-flaky' (seed 7) (Success): [\"Every page reachable from the start page is fetched: pages_fetched = 33 (must equal reachable = 94)\"]"), "{}", problems[0]);
    assert!(
        problems[1]
            .starts_with("the reference solution does not pass in world 'three-workers' (seed 3)")
    );
    // The right solution as a starter passes every world.
    assert_eq!(
        problems[2],
        "the starter already passes every check in every world"
    );
    // A starter that deadlocks does not run to its end.
    let mut stuck = crawler;
    stuck.starter = reference.replace("        finally:\n            queue.task_done()\n", "");
    let problems = check::capstone_problems(curriculum(), &stuck);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems
            .iter()
            .all(|p| p.starts_with("the starter does not run to its end in world '"))
    );
}
