//! A mutational fuzzer for the Python front end that runs in `make test`: corpus programs cut,
//! spliced and sprinkled with Python's tokens, plus random bytes and pathological nesting.
//! Every input must compile or fail with a compile error: no panic, no hang.
//!
//! It runs for `LOOPLAB_FUZZ_SECONDS` (default 5) from seed `LOOPLAB_FUZZ_SEED` (default
//! fixed, so a failure reproduces); a failing input is written to `target/fuzz-failure.py`.
//! The coverage-guided fuzzer for longer runs is `fuzz/` (`cargo fuzz run compile`).

use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use looplab::python::{compile, source::SourceFile};

/// Longest a single compile may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(10);

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "=",
    "==",
    ":=",
    "->",
    "*",
    "**",
    "@",
    "\\\n",
    "\n",
    "    ",
    "\t",
    "#",
    "'",
    "\"",
    "\"\"\"",
    "f'",
    "f\"{",
    "}",
    "!r",
    "{x=}",
    "async ",
    "await ",
    "def ",
    "class ",
    "lambda ",
    "yield ",
    "yield from ",
    "return ",
    "if ",
    "elif ",
    "else",
    "for ",
    " in ",
    "while ",
    "try",
    "except ",
    "except* ",
    "finally",
    "with ",
    " as ",
    "global ",
    "nonlocal ",
    "del ",
    "import ",
    "from ",
    "pass",
    "break",
    "continue",
    "raise ",
    "assert ",
    "not ",
    " and ",
    " or ",
    "is ",
    "None",
    "True",
    "1_000",
    "0x",
    "1e",
    "1.5",
    "'\\N{",
    "\\x",
    "\u{201c}",
    "\u{a0}",
    "é",
    "match ",
    "case ",
    "type ",
    "*args",
    "**kw",
    "/",
    "print \"",
    "…",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in ["tests/programs", "tests/syntax_errors"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
            .collect();
        paths.sort();
        texts.extend(
            paths
                .iter()
                .map(|path| std::fs::read_to_string(path).unwrap()),
        );
    }
    texts
}

/// Cuts at a char boundary at or below `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn mutate(rng: &mut Rng, corpus: &[String]) -> String {
    let base = &corpus[rng.below(corpus.len())];
    let mut text = base.clone();
    for _ in 0..1 + rng.below(6) {
        let len = text.len();
        let a = floor(&text, rng.below(len + 1));
        let b = floor(&text, a + rng.below(40));
        match rng.below(8) {
            0 => text.replace_range(a..b, ""),
            1 | 2 => text.insert_str(a, FRAGMENTS[rng.below(FRAGMENTS.len())]),
            3 => {
                let piece = text[a..b].to_string();
                text.insert_str(b, &piece);
            }
            4 => {
                let other = &corpus[rng.below(corpus.len())];
                let c = floor(other, rng.below(other.len() + 1));
                let d = floor(other, c + rng.below(200));
                text.insert_str(a, &other[c..d]);
            }
            5 => text.truncate(a),
            6 => {
                let byte = (rng.next() % 128) as u8 as char;
                text.insert(a, byte);
            }
            _ => {
                let depth = 1 + rng.below(300);
                let nest = format!("{}x{}", "(".repeat(depth), ")".repeat(depth));
                text.insert_str(a, &nest);
            }
        }
    }
    text
}

fn random_text(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => (0..rng.below(300))
            .map(|_| (rng.next() % 128) as u8 as char)
            .collect(),
        1 => (0..rng.below(100))
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect(),
        _ => {
            let depth = 1 + rng.below(6000);
            let unit = ["-", "not ", "await ", "(", "[", "lambda: ", "x.", "f("][rng.below(8)];
            format!("x = {}1\n", unit.repeat(depth))
        }
    }
}

/// Compiles on a worker thread so that a hang is reported instead of stalling the suite.
fn check(text: String) -> Result<(), String> {
    let (done, wait) = mpsc::channel();
    let input = text.clone();
    let worker = thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let source = SourceFile::new("fuzz.py", &input);
            if let Err(error) = compile(&source) {
                let _ = error.render("fuzz.py");
            }
            let _ = done.send(());
        })
        .expect("a worker thread");
    match wait.recv_timeout(HANG) {
        Ok(()) => {
            worker.join().map_err(|_| "panicked".to_string())?;
            Ok(())
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("panicked".into()),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("did not finish within {HANG:?}")),
    }
}

#[test]
fn no_input_panics_or_hangs() {
    let seconds: u64 = std::env::var("LOOPLAB_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let seed: u64 = std::env::var("LOOPLAB_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x005e_ed10_07ab);
    let corpus = corpus();
    let mut rng = Rng(seed | 1);
    // A panic happens on `check`'s worker thread, prints there as usual (the test's output),
    // and fails the test here with the input that caused it.
    let started = Instant::now();
    let mut inputs = 0u64;
    while started.elapsed() < Duration::from_secs(seconds) {
        let text = if rng.below(4) == 0 {
            random_text(&mut rng)
        } else {
            mutate(&mut rng, &corpus)
        };
        inputs += 1;
        if let Err(problem) = check(text.clone()) {
            let saved = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failure.py");
            let _ = std::fs::write(&saved, &text);
            panic!(
                "input {inputs} (seed {seed}) {problem}; saved to {}:\n{text}",
                saved.display()
            );
        }
    }
    println!("fuzzed {inputs} inputs in {seconds}s");
    assert!(inputs > 100, "only {inputs} inputs ran: too slow to fuzz");
}
