//! The differential fuzzer's seeds replayed without CPython: each tests/fuzz/seed-N.py must
//! still be what the generator makes of seed N, and Looplab must match the CPython outputs
//! recorded beside it (stdout, exit status, stderr, trace), compared as the fuzzer compares.

use std::fs;
use std::path::{Path, PathBuf};

use crate::goldens::differences_from_goldens;

const REGENERATE: &str = "`make fuzz-goldens` (needs CPython 3.12; see tests/fuzz/README.md)";

fn seed_programs() -> Vec<(u64, PathBuf)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut found: Vec<(u64, PathBuf)> = fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("tests/fuzz: {e}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .map(|path| {
            let stem = path
                .file_stem()
                .expect("a stem")
                .to_string_lossy()
                .into_owned();
            let seed = stem
                .strip_prefix("seed-")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("tests/fuzz/{stem}.py is not named seed-N.py"));
            (seed, path)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn stored_seeds_are_what_the_generator_makes() {
    let seeds = seed_programs();
    assert!(seeds.len() >= 30, "tests/fuzz has {} seeds", seeds.len());
    let drifted: Vec<u64> = seeds
        .iter()
        .filter(|(seed, path)| fs::read_to_string(path).ok() != Some(asyncgen::generate(*seed)))
        .map(|(seed, _)| *seed)
        .collect();
    assert!(
        drifted.is_empty(),
        "the generator no longer makes the stored programs of seeds {drifted:?}; if the change \
         to the generator is meant, regenerate with {REGENERATE}"
    );
}

#[test]
fn stored_seeds_match_cpython() {
    let mut failures = Vec::new();
    let seeds = seed_programs();
    for (seed, path) in &seeds {
        let problems: Vec<String> =
            differences_from_goldens(path, &format!("tests/fuzz/seed-{seed}.py"), true)
                .iter()
                .map(|difference| difference.describe())
                .collect();
        if !problems.is_empty() {
            failures.push(format!("seed {seed}\n    {}", problems.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fuzz seeds differ from CPython 3.12 (reduce one with \
         `difftest reduce tests/fuzz/seed-N.py`):\n{}",
        failures.len(),
        seeds.len(),
        failures.join("\n")
    );
}
