//! The seeds `make test` replays without CPython: tests/fuzz/seed-N.py with CPython's
//! outputs beside it (`.out`, `.err` when not empty, `.status`, `.trace.jsonl`), as
//! scripts/program-goldens records the program corpus.
//!
//! Seeds are taken in order from a first one; a seed is kept only if CPython's outputs are
//! byte-identical over three runs and Looplab matches them today. The seeds passed over are
//! listed with the reason, since a mismatch among them is a bug to look at.

use std::fs;
use std::path::Path;

use difftest::compare::{Outcome, differences, signature};

use crate::sides::Sides;

const FOLDER: &str = "tests/fuzz";
const RUNS: usize = 3;
const SUFFIXES: &[&str] = &[".py", ".out", ".err", ".status", ".trace.jsonl"];

pub fn regenerate(sides: &Sides, first_seed: u64, count: usize) -> Result<(), String> {
    let folder = sides.root.join(FOLDER);
    fs::create_dir_all(&folder).map_err(|e| format!("{FOLDER}: {e}"))?;
    remove_old_goldens(&folder)?;
    let mut kept = 0;
    let mut seed = first_seed;
    while kept < count {
        if seed >= first_seed + 20 * count as u64 {
            return Err(format!("only {kept} of {count} seeds pass; see above"));
        }
        match record(sides, &folder, seed) {
            Ok(()) => kept += 1,
            Err(why) => {
                println!("seed {seed} passed over: {why}");
                for suffix in SUFFIXES {
                    let _ = fs::remove_file(folder.join(format!("seed-{seed}{suffix}")));
                }
            }
        }
        seed += 1;
    }
    println!(
        "difftest goldens: {kept} seeds recorded in {FOLDER}/ (seeds {first_seed} to {})",
        seed - 1
    );
    Ok(())
}

fn remove_old_goldens(folder: &Path) -> Result<(), String> {
    let entries = fs::read_dir(folder).map_err(|e| format!("{FOLDER}: {e}"))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("seed-") && SUFFIXES.iter().any(|s| name.ends_with(s)) {
            fs::remove_file(entry.path()).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(())
}

/// Writes the seed's program and goldens, or says why the seed cannot be kept.
fn record(sides: &Sides, folder: &Path, seed: u64) -> Result<(), String> {
    let program = folder.join(format!("seed-{seed}.py"));
    fs::write(&program, asyncgen::generate(seed)).map_err(|e| e.to_string())?;
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        runs.push(
            sides
                .cpython(&program, true)
                .map_err(|_| "CPython failed to run".to_string())?,
        );
    }
    if runs.iter().any(|run| run != &runs[0]) {
        return Err(format!("CPython's outputs differ over {RUNS} runs"));
    }
    let cpython = &runs[0];
    let looplab = sides
        .looplab(&program)
        .map_err(|_| "Looplab failed to run".to_string())?;
    let found = differences(cpython, &looplab, true);
    if !found.is_empty() {
        return Err(format!(
            "mismatch ({})",
            signature(cpython, &looplab, &found)
        ));
    }
    write(&program, cpython).map_err(|e| e.to_string())
}

fn write(program: &Path, cpython: &Outcome) -> std::io::Result<()> {
    let beside = |suffix: &str| program.with_extension(suffix.trim_start_matches('.'));
    fs::write(beside(".out"), &cpython.stdout)?;
    if !cpython.stderr.is_empty() {
        fs::write(beside(".err"), &cpython.stderr)?;
    }
    fs::write(beside(".status"), format!("{}\n", cpython.status))?;
    fs::write(
        beside(".trace.jsonl"),
        cpython.trace.as_deref().unwrap_or(""),
    )
}
