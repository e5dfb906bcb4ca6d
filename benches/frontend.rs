//! Parse and compile a 10,000-line program, in Looplab and in CPython 3.12 on the same file,
//! measured in the same run: `cargo bench --bench frontend` (or `make bench`).
//!
//! The program is the corpus in `tests/programs` repeated until it has 10,000 lines. Each
//! side compiles it `RUNS` times; the median is reported. CPython is `python3.12` on PATH, or
//! `PYENV_VERSION=3.12.1 python3.12`; without it only Looplab's time is shown.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use looplab::python::{compile, source::SourceFile};

const LINES: usize = 10_000;
const RUNS: usize = 21;

fn program() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    let sources: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut text = String::new();
    let mut lines = 0;
    'fill: loop {
        for source in &sources {
            for line in source.lines() {
                text.push_str(line);
                text.push('\n');
                lines += 1;
            }
            if lines >= LINES {
                break 'fill;
            }
        }
    }
    text
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn cpython(path: &Path) -> Option<Duration> {
    let script = format!(
        "import time\nsrc = open({path:?}).read()\nts = []\nfor _ in range({RUNS}):\n    t = time.perf_counter()\n    compile(src, {path:?}, 'exec')\n    ts.append(time.perf_counter() - t)\nts.sort()\nprint(ts[len(ts) // 2])\n",
        path = path.display().to_string()
    );
    let output = Command::new("python3.12")
        .env("PYENV_VERSION", "3.12.1")
        .args(["-c", &script])
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let seconds: f64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs_f64(seconds))
}

fn main() {
    let text = program();
    let line_count = text.lines().count();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("program_10k.py");
    std::fs::write(&path, &text).unwrap();

    let source = SourceFile::new("program_10k.py", &text);
    compile(&source).expect("the benchmark program compiles");
    let times = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            let program = compile(&source).unwrap();
            std::hint::black_box(program);
            started.elapsed()
        })
        .collect();
    let looplab = median(times);
    println!(
        "frontend: {line_count} lines, {} bytes, median of {RUNS} runs",
        text.len()
    );
    println!(
        "  Looplab  parse+compile: {:8.2} ms",
        looplab.as_secs_f64() * 1e3
    );
    match cpython(&path) {
        Some(cpython) => {
            println!(
                "  CPython 3.12 compile(): {:8.2} ms",
                cpython.as_secs_f64() * 1e3
            );
            println!(
                "  ratio Looplab/CPython:  {:8.2}  ({})",
                looplab.as_secs_f64() / cpython.as_secs_f64(),
                if looplab < cpython {
                    "Looplab is faster"
                } else {
                    "CPython is faster"
                }
            );
        }
        None => println!("  CPython 3.12 not found: no comparison"),
    }
}
