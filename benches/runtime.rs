//! The runtime on whole programs, in Looplab and in CPython 3.12 on the same files, measured in
//! the same run: `cargo bench --bench runtime` (or `make bench`).
//!
//! Each program in `benches/programs/` runs `RUNS` times on each side and the fastest run is
//! reported: on a shared machine other work only ever adds time to a run, so the fastest is
//! the least disturbed (the medians of two runs of this bench differed by up to 1.5x).
//! Looplab runs it as `looplab run` does (plain, recording nothing), and as the playground's
//! worker does for the visualizer (recording every event, the loop's machinery too, and
//! encoding them in chunks as the run goes, each chunk let go once encoded as it is once
//! posted to the page). CPython runs it
//! through the oracle's virtual-clock loop (`tests/oracle/pyrun.py`, the same semantics),
//! timed inside one interpreter so that its start-up is not counted. Looplab's peak memory is
//! the most bytes its allocator held at once during a run. CPython is `python3.12` on PATH, or
//! `PYENV_VERSION=3.12.1 python3.12`; without it only Looplab's figures are shown.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use looplab::runtime::{ExitStatus, RunOptions, memory, run_program};
use looplab::ui::run::worker::{replies, run_streaming};

// Runs measure peak memory: count what the process allocates (see `looplab::runtime::memory`).
#[global_allocator]
static ALLOCATOR: memory::CountingAllocator = memory::CountingAllocator;

const RUNS: usize = 5;

/// The programs to run: all of them, or those whose names contain one of the words given
/// after `--` (`cargo bench --bench runtime -- queue lock`).
fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    // (cargo passes `--bench` itself.)
    let words: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            words.is_empty() || words.iter().any(|word| name.contains(word.as_str()))
        })
        .collect();
    paths.sort();
    paths
}

fn fastest(times: Vec<Duration>) -> Duration {
    times.into_iter().min().expect("at least one run")
}

/// The fastest time and peak bytes of `RUNS` runs, and the output (which must be the same each time).
fn looplab(text: &str, name: &str, machinery: bool) -> (Duration, usize, String) {
    // Plain: as `looplab run` runs it (no trace asked for, none recorded); with machinery: as
    // the playground's worker runs it for the visualizer.
    let options = RunOptions {
        filename: name.to_string(),
        record: false,
        ..Default::default()
    };
    let mut times = Vec::new();
    let mut peak = 0;
    let mut stdout = String::new();
    for _ in 0..RUNS {
        memory::reset_peak();
        let before = memory::in_use();
        let started = Instant::now();
        let result = match machinery {
            false => run_program(text, &options),
            true => as_the_worker_runs(text),
        };
        times.push(started.elapsed());
        peak = peak.max(memory::peak() - before);
        assert_eq!(
            result.outcome.status,
            ExitStatus::Success,
            "{name}: {}",
            result.outcome.stderr
        );
        stdout = result.outcome.stdout;
    }
    (fastest(times), peak, stdout)
}

/// Runs `text` as the playground's worker does: every event recorded, and encoded in chunks
/// while the program runs, the last ones and the outcome after it (each reply's bytes let
/// go, as the worker's are once posted).
fn as_the_worker_runs(text: &str) -> looplab::runtime::RunResult {
    let result = run_streaming(text, 1, Box::new(|_| {}), |reply| {
        std::hint::black_box(reply.encode());
    });
    for reply in replies(&result) {
        std::hint::black_box(reply.encode());
    }
    result
}

/// CPython's fastest time of `RUNS` runs, its peak memory and its output, or `None` without
/// python3.12.
fn cpython(path: &Path) -> Option<CPython> {
    let oracle = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/pyrun.py");
    let script = format!(
        r#"
import contextlib, io, runpy, sys, time
real_clock = time.perf_counter  # the oracle makes time.perf_counter read the virtual clock
runpy.run_path({oracle:?}, run_name="pyrun")  # installs the virtual-clock asyncio.run
times, outputs = [], []
for _ in range({RUNS}):
    # The oracle keeps one virtual clock for the whole process: each run starts at 0, as a
    # fresh `python3.12 pyrun.py` would.
    sys.modules["vloop"].Clock.now = 0.0
    out = io.StringIO()
    started = real_clock()
    with contextlib.redirect_stdout(out):
        runpy.run_path({path:?}, run_name="__main__")
    times.append(real_clock() - started)
    outputs.append(out.getvalue())
assert len(set(outputs)) == 1, "the runs printed differently"
# Peak memory in one more run, untimed: the most bytes Python's allocations held at once
# (tracemalloc), above what was held before the run, as Looplab's figure is counted.
import tracemalloc
sys.modules["vloop"].Clock.now = 0.0
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
with contextlib.redirect_stdout(io.StringIO()):
    runpy.run_path({path:?}, run_name="__main__")
peak = tracemalloc.get_traced_memory()[1] - before
tracemalloc.stop()
print(min(times))
print(peak)
print(outputs[0], end="")
"#,
        oracle = oracle.display().to_string(),
        path = path.display().to_string(),
    );
    let output = Command::new("python3.12")
        .env("PYENV_VERSION", "3.12.1")
        .args(["-c", &script])
        .output()
        .ok()?;
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout).to_string();
    let (seconds, rest) = text.split_once('\n')?;
    let (peak, printed) = rest.split_once('\n')?;
    Some(CPython {
        time: Duration::from_secs_f64(seconds.parse().ok()?),
        peak: peak.parse().ok()?,
        printed: printed.to_string(),
    })
}

/// CPython's figures for one program.
struct CPython {
    /// The fastest time of `RUNS` runs.
    time: Duration,
    /// The most bytes its allocations held at once during a run.
    peak: usize,
    printed: String,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    println!("runtime: the fastest of {RUNS} runs per program");
    println!(
        "  {:20} {:>9} {:>9} {:>6} {:>9} {:>7} {:>9} {:>9} {:>9}",
        "program",
        "Looplab",
        "+machin.",
        "rec.",
        "CPython",
        "ratio",
        "Looplab",
        "+machin.",
        "CPython"
    );
    println!(
        "  {:20} {:>9} {:>9} {:>6} {:>9} {:>7} {:>9} {:>9} {:>9}",
        "", "time", "time", "cost", "time", "", "peak", "peak", "peak"
    );
    for path in programs() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let (plain, peak, stdout) = looplab(&text, &name, false);
        let (visual, visual_peak, _) = looplab(&text, &name, true);
        let (cpython_ms, ratio, cpython_peak) = match cpython(&path) {
            Some(cpython) => {
                assert_eq!(
                    cpython.printed, stdout,
                    "{name}: Looplab and CPython print differently"
                );
                (
                    format!("{:.1}ms", ms(cpython.time)),
                    format!("{:.2}x", plain.as_secs_f64() / cpython.time.as_secs_f64()),
                    format!("{:.1}MB", cpython.peak as f64 / 1e6),
                )
            }
            None => ("-".to_string(), "-".to_string(), "-".to_string()),
        };
        println!(
            "  {:20} {:>9} {:>9} {:>5.2}x {:>9} {:>7} {:>9} {:>9} {:>9}",
            name.trim_end_matches(".py"),
            format!("{:.1}ms", ms(plain)),
            format!("{:.1}ms", ms(visual)),
            visual.as_secs_f64() / plain.as_secs_f64(),
            cpython_ms,
            ratio,
            format!("{:.1}MB", peak as f64 / 1e6),
            format!("{:.1}MB", visual_peak as f64 / 1e6),
            cpython_peak,
        );
    }
    println!("  ratio: Looplab (plain) time / CPython time; above 1 means CPython is faster.");
    println!(
        "  rec. cost: the run recording the loop's machinery for the visualizer / the plain run."
    );
    println!(
        "  peak: the most bytes allocations held at once during a run (CPython: tracemalloc)."
    );
}
