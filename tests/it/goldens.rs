//! CPython's recorded outcomes (a program's `.out`, `.err`, `.status` and `.trace.jsonl`
//! beside it) and Looplab's runs, in the shape the shared comparison takes.

use std::fs;
use std::path::Path;

use difftest::compare::{Difference, Outcome, differences};
use looplab::runtime::{RunOptions, RunResult, run_program};

/// Runs a program as `looplab run <filename>` would, from the repository root.
pub fn run_as(text: &str, filename: &str) -> RunResult {
    let options = RunOptions {
        filename: filename.to_string(),
        ..Default::default()
    };
    run_program(text, &options)
}

pub fn looplab_outcome(result: &RunResult) -> Outcome {
    Outcome {
        stdout: result.outcome.stdout.clone(),
        stderr: result.outcome.stderr.clone(),
        status: i32::from(result.outcome.status.code()),
        trace: Some(result.trace.to_jsonl()),
    }
}

fn golden(path: &Path, suffix: &str) -> Option<String> {
    let stem = path.file_stem().expect("a stem").to_string_lossy();
    fs::read_to_string(path.with_file_name(format!("{stem}{suffix}"))).ok()
}

/// CPython's outcome for the program at `path`; a missing `.status` means 0, a missing
/// `.err` an empty stderr.
pub fn cpython_outcome(path: &Path) -> Outcome {
    Outcome {
        stdout: golden(path, ".out").unwrap_or_default(),
        stderr: golden(path, ".err").unwrap_or_default(),
        status: golden(path, ".status")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0),
        trace: Some(golden(path, ".trace.jsonl").unwrap_or_default()),
    }
}

/// How Looplab's run of the program at `path` (named `filename` in tracebacks) differs from
/// CPython's goldens beside it.
pub fn differences_from_goldens(path: &Path, filename: &str, traces: bool) -> Vec<Difference> {
    let text = fs::read_to_string(path).expect("a readable program");
    let result = run_as(&text, filename);
    differences(&cpython_outcome(path), &looplab_outcome(&result), traces)
}
