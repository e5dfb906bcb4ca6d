//! Looplab against CPython 3.12: every program of the corpora runs on Looplab's runtime and
//! must print what CPython printed (goldens made by `scripts/program-goldens` through the
//! oracle in `tests/oracle/`, and by `scripts/builtin-goldens`).
//!
//! - `tests/programs/`: asyncio programs. Stdout, exit status, stderr (CPython's harness and
//!   standard-library frames removed) and the trace, event by event (`it`, `t`, `task`,
//!   `kind` and payload; the oracle's `on` labels are not compared).
//! - `tests/builtins/`: the language and builtins. Stdout and exit status.

use std::fs;
use std::path::{Path, PathBuf};

use difftest::compare::{Aspect, differences};
use looplab::runtime::RunResult;

use crate::goldens::{cpython_outcome, differences_from_goldens, looplab_outcome, run_as};

fn programs(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// Runs a corpus program as `looplab run tests/<folder>/<name>.py` would.
fn run(path: &Path, folder: &str) -> RunResult {
    let text = fs::read_to_string(path).expect("a readable program");
    let name = path.file_name().expect("a file name").to_string_lossy();
    run_as(&text, &format!("{folder}/{name}"))
}

/// Programs whose traces depend on the iteration order of sets of tasks in CPython
/// (RULES.md): their output is compared, their traces are not.
const SET_ORDERED_TRACES: &[&str] = &[];

#[test]
fn asyncio_programs_match_cpython() {
    let mut failures = Vec::new();
    let files = programs("tests/programs");
    assert!(files.len() >= 60, "the corpus has {} programs", files.len());
    for path in &files {
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .to_string();
        let compare_traces = !SET_ORDERED_TRACES.contains(&name.as_str());
        let problems: Vec<String> =
            differences_from_goldens(path, &format!("tests/programs/{name}"), compare_traces)
                .iter()
                .map(|difference| difference.describe())
                .collect();
        if !problems.is_empty() {
            failures.push(format!("{name}\n    {}", problems.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython 3.12:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn builtin_programs_match_cpython() {
    let mut failures = Vec::new();
    let files = programs("tests/builtins");
    for path in &files {
        let name = path
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .to_string();
        let result = run(path, "tests/builtins");
        // This corpus is checked on stdout and exit status only.
        let problems: Vec<String> =
            differences(&cpython_outcome(path), &looplab_outcome(&result), false)
                .iter()
                .filter_map(|difference| match difference.aspect {
                    Aspect::Stdout => Some(difference.describe()),
                    Aspect::Status => Some(format!(
                        "{}; stderr:\n{}",
                        difference.describe(),
                        result.outcome.stderr
                    )),
                    _ => None,
                })
                .collect();
        if !problems.is_empty() {
            if std::env::var_os("LOOPLAB_SHOW_KNOWN").is_some() {
                eprintln!("{name}\n    {}", problems.join("\n    "));
            }
            failures.push(format!("{name}\n    {}", problems.join("\n    ")));
        }
    }
    // Known differences are listed so that the list can only shrink: a listed program that
    // starts to match fails this test until it is taken off the list.
    let failing: Vec<&str> = failures
        .iter()
        .map(|f| f.split('\n').next().unwrap_or(""))
        .collect();
    let fixed: Vec<&&str> = KNOWN_BUILTIN_DIFFERENCES
        .iter()
        .filter(|name| !failing.contains(name))
        .collect();
    assert!(
        fixed.is_empty(),
        "these programs now match CPython; take them off KNOWN_BUILTIN_DIFFERENCES: {fixed:?}"
    );
    let unexpected: Vec<&String> = failures
        .iter()
        .filter(|f| !KNOWN_BUILTIN_DIFFERENCES.contains(&f.split('\n').next().unwrap_or("")))
        .collect();
    assert!(
        unexpected.is_empty(),
        "{} of {} programs differ from CPython 3.12:\n{}",
        unexpected.len(),
        files.len(),
        unexpected
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Language programs that do not match CPython yet (each is work to do, not an accepted
/// difference). `LOOPLAB_SHOW_KNOWN=1 cargo test --test it conformance` prints what differs.
const KNOWN_BUILTIN_DIFFERENCES: &[&str] = &[];
