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

use looplab::runtime::{RunOptions, RunResult, run_program};

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
    let options = RunOptions {
        filename: format!("{folder}/{name}"),
        ..Default::default()
    };
    run_program(&text, &options)
}

fn golden(path: &Path, suffix: &str) -> Option<String> {
    let stem = path.file_stem().expect("a stem").to_string_lossy();
    fs::read_to_string(path.with_file_name(format!("{stem}{suffix}"))).ok()
}

/// `text` with each object address of a repr (`<function f at 0x7f3a...>`) written `0x...`,
/// as `scripts/program-goldens` writes CPython's: where objects live is not behaviour.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(index) = rest.find(" at 0x") {
        let digits = rest[index + 6..]
            .bytes()
            .take_while(u8::is_ascii_hexdigit)
            .count();
        out.push_str(&rest[..index]);
        if digits == 0 {
            out.push_str(" at 0x");
        } else {
            out.push_str(" at 0x...");
        }
        rest = &rest[index + 6 + digits..];
    }
    out.push_str(rest);
    out
}

/// CPython's standard library where Looplab's warnings say it is (`/usr/lib/python3.12/`,
/// where Linux distributions install it): a warning raised in asyncio's own code (a
/// coroutine freed as a task's step ends) names the library file of the CPython that made
/// the goldens.
fn stdlib_where_looplab_says(stderr: &str) -> String {
    const STDLIB: &str = "/lib/python3.12/";
    stderr
        .split_inclusive('\n')
        .map(|line| match line.find(STDLIB) {
            Some(index) if line.starts_with('/') => {
                format!("/usr{STDLIB}{}", &line[index + STDLIB.len()..])
            }
            _ => line.to_string(),
        })
        .collect()
}

/// CPython's stderr without the frames of the oracle's harness, `runpy` and the standard
/// library, which Looplab's tracebacks do not have.
pub fn program_frames_only(stderr: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in stderr.split_inclusive('\n') {
        let content = line.trim_start_matches([' ', '|', '+', '-']);
        if content.starts_with("File \"") {
            let path = content.split('"').nth(1).unwrap_or("");
            skipping = path.starts_with("<frozen")
                || path.contains("/lib/python3")
                || path.starts_with("tests/oracle/");
            if skipping {
                continue;
            }
        } else if skipping
            && (line.starts_with("    ")
                || line.trim_start_matches([' ', '|']).starts_with(['~', '^']))
        {
            continue;
        } else {
            skipping = false;
        }
        out.push_str(line);
    }
    out
}

/// A trace line without the fields that need not match: `seq`, the `on` label, and a payload
/// that shows a task's or coroutine's repr (the oracle wraps them in its tracing classes,
/// so CPython's repr says `<TracedTask ... coro=<<TracedCoro ...>>` where Looplab's says
/// what a plain CPython run prints).
fn comparable(line: &str) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(line).unwrap_or_else(|e| panic!("bad trace line {line}: {e}"));
    if let Some(object) = value.as_object_mut() {
        for key in ["text", "value"] {
            if let Some(serde_json::Value::String(shown)) = object.get_mut(key) {
                *shown = without_addresses(shown);
            }
        }
        object.remove("seq");
        object.remove("on");
        let shows_a_task = object
            .get("value")
            .and_then(|v| v.as_str())
            .is_some_and(|v| {
                v.contains("<TracedTask ") || v.contains("TracedCoro") || v.contains("<Task ")
            });
        if shows_a_task {
            object.remove("value");
        }
    }
    value.to_string()
}

/// Programs whose traces depend on the iteration order of sets of tasks in CPython
/// (RULES.md): their output is compared, their traces are not.
const SET_ORDERED_TRACES: &[&str] = &[];

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let index = e
        .iter()
        .zip(a.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    format!(
        "line {}:\n      CPython: {}\n      Looplab: {}",
        index + 1,
        e.get(index).unwrap_or(&"<end>"),
        a.get(index).unwrap_or(&"<end>")
    )
}

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
        let result = run(path, "tests/programs");
        let mut problems = Vec::new();
        let expected_out = golden(path, ".out").unwrap_or_default();
        let actual_out = without_addresses(&result.outcome.stdout);
        if actual_out != expected_out {
            problems.push(format!(
                "stdout differs at {}",
                first_difference(&expected_out, &actual_out)
            ));
        }
        let status: i32 = golden(path, ".status")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        if i32::from(result.outcome.status.code()) != status {
            problems.push(format!(
                "exit status {} (CPython {status})",
                i32::from(result.outcome.status.code())
            ));
        }
        let expected_err = stdlib_where_looplab_says(&program_frames_only(
            &golden(path, ".err").unwrap_or_default(),
        ));
        let actual_err = if status == 3 {
            // Looplab names the waiting tasks after CPython's one line.
            result
                .outcome
                .stderr
                .split("Looplab:")
                .next()
                .unwrap_or("")
                .to_string()
        } else {
            without_addresses(&result.outcome.stderr)
        };
        if actual_err != expected_err {
            problems.push(format!(
                "stderr differs at {}",
                first_difference(&expected_err, &actual_err)
            ));
        }
        if !SET_ORDERED_TRACES.contains(&name.as_str()) {
            let expected: Vec<String> = golden(path, ".trace.jsonl")
                .unwrap_or_default()
                .lines()
                .map(comparable)
                .collect();
            let actual: Vec<String> = result.trace.to_jsonl().lines().map(comparable).collect();
            if expected != actual {
                let index = expected
                    .iter()
                    .zip(actual.iter())
                    .position(|(x, y)| x != y)
                    .unwrap_or(expected.len().min(actual.len()));
                problems.push(format!(
                    "trace differs at event {index} ({} events, CPython {}):\n      CPython: {}\n      Looplab: {}",
                    actual.len(),
                    expected.len(),
                    expected.get(index).map_or("<end>", String::as_str),
                    actual.get(index).map_or("<end>", String::as_str)
                ));
            }
        }
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
        let expected = golden(path, ".out").unwrap_or_default();
        let mut problems = Vec::new();
        if result.outcome.stdout != expected {
            problems.push(format!(
                "stdout differs at {}",
                first_difference(&expected, &result.outcome.stdout)
            ));
        }
        let status: i32 = golden(path, ".status")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        if i32::from(result.outcome.status.code()) != status {
            problems.push(format!(
                "exit status {} (CPython {status}); stderr:\n{}",
                i32::from(result.outcome.status.code()),
                result.outcome.stderr
            ));
        }
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
const KNOWN_BUILTIN_DIFFERENCES: &[&str] = &[
    "lang_30_typing_classes.py",
    "lang_31_subclass_builtins.py",
    "lang_42_string_literals.py",
];
