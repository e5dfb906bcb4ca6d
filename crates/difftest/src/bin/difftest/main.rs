//! `difftest`: the differential fuzzer. Generates asyncio programs from seeds (the asyncgen
//! crate), runs each on CPython 3.12 through the oracle and on Looplab, and reports where
//! they differ; reduces a mismatching program; records the seeds `make test` replays.
//!
//!     difftest run [--from N] [--seeds N] [--seconds S] [--jobs J] [--out DIR] [--no-reduce]
//!     difftest reduce FILE.py
//!     difftest show SEED
//!     difftest goldens [--from N] [--count N]

mod campaign;
mod goldens;
mod process;
mod reduce;
mod report;
mod sides;
mod verdict;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use campaign::{Plan, Tally};
use sides::Sides;
use verdict::{Verdict, judge};

const USAGE: &str = "usage:
  difftest run [--from N] [--seeds N] [--seconds S] [--jobs J] [--out DIR] [--no-reduce]
      seeds N.. (default 0; 100 seeds unless --seconds alone bounds the run), judged on
      J workers (default 2); mismatches saved to DIR/seed-N/ (default target/fuzz-diff)
  difftest reduce FILE.py      minimise a mismatching program, print it
  difftest show SEED           print the program of a seed
  difftest goldens [--from N] [--count N]
      record in tests/fuzz/ the first N (default 40) seeds from N (default 0) that
      CPython runs deterministically and Looplab matches";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("difftest: {message}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match command.as_str() {
        "show" => {
            let [seed] = rest else {
                return Err(USAGE.into());
            };
            print!("{}", asyncgen::generate(number(seed)?));
            Ok(ExitCode::SUCCESS)
        }
        "run" => campaign_command(&options(rest, &["--no-reduce"])?),
        "reduce" => {
            let [file] = rest else {
                return Err(USAGE.into());
            };
            reduce_command(Path::new(file))
        }
        "goldens" => {
            let options = options(rest, &[])?;
            let sides = Sides::find()?;
            let count = options.number("--count")?.unwrap_or(40) as usize;
            goldens::regenerate(&sides, options.number("--from")?.unwrap_or(0), count)?;
            Ok(ExitCode::SUCCESS)
        }
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command '{other}'\n{USAGE}")),
    }
}

/// `--name value` pairs and bare flags.
struct Options(HashMap<String, String>);

impl Options {
    fn number(&self, name: &str) -> Result<Option<u64>, String> {
        self.0.get(name).map(|value| number(value)).transpose()
    }

    fn flag(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }
}

fn options(words: &[String], flags: &[&str]) -> Result<Options, String> {
    let mut found = HashMap::new();
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if flags.contains(&word.as_str()) {
            found.insert(word.clone(), String::new());
        } else if word.starts_with("--") {
            let value = words.next().ok_or(format!("{word} needs a value"))?;
            found.insert(word.clone(), value.clone());
        } else {
            return Err(format!("unexpected argument '{word}'\n{USAGE}"));
        }
    }
    Ok(Options(found))
}

fn number(text: &str) -> Result<u64, String> {
    text.parse().map_err(|_| format!("not a number: {text}"))
}

fn campaign_command(options: &Options) -> Result<ExitCode, String> {
    let sides = Sides::find()?;
    let first_seed = options.number("--from")?.unwrap_or(0);
    let seconds = options.number("--seconds")?;
    let seeds = match (options.number("--seeds")?, seconds) {
        (Some(seeds), _) => Some(seeds),
        (None, Some(_)) => None,
        (None, None) => Some(100),
    };
    let out = options
        .0
        .get("--out")
        .map(PathBuf::from)
        .unwrap_or_else(|| sides.root.join("target/fuzz-diff"));
    let plan = Plan {
        first_seed,
        end_seed: seeds.map(|n| first_seed + n),
        time_limit: seconds.map(Duration::from_secs),
        jobs: options.number("--jobs")?.unwrap_or(2) as usize,
        out,
        reduce: !options.flag("--no-reduce"),
    };
    let start = Instant::now();
    let tally = campaign::run(&sides, &plan)?;
    print_summary(&plan, &tally, start.elapsed());
    Ok(if tally.mismatched() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_summary(plan: &Plan, tally: &Tally, took: Duration) {
    let judged = tally.matched + tally.mismatched();
    let rate = 100.0 * tally.matched as f64 / judged.max(1) as f64;
    println!(
        "difftest: {} seeds from {}: {} match, {} mismatch, {} without a CPython answer, {} \
         equal up to the order asyncio.run cancels leftover tasks in; match rate {rate:.1}%",
        tally.run,
        plan.first_seed,
        tally.matched,
        tally.mismatched(),
        tally.no_oracle.len(),
        tally.shutdown_order.len()
    );
    if !tally.shutdown_order.is_empty() {
        println!(
            "  (CPython cancels them in the order of their memory addresses; those seeds are \
             left out of the rate: {})",
            shown_seeds(&tally.shutdown_order)
        );
    }
    println!(
        "  {:.1} s on {} workers: {:.2} s per seed per worker",
        took.as_secs_f64(),
        plan.jobs,
        took.as_secs_f64() * plan.jobs as f64 / tally.run.max(1) as f64
    );
    for (seed, why) in &tally.no_oracle {
        println!(
            "  seed {seed}: no CPython answer: {}",
            why.lines().next().unwrap_or("")
        );
    }
    if !tally.buckets.is_empty() {
        println!("mismatches by signature (count, signature, seeds):");
    }
    for (signature, bucket) in &tally.buckets {
        let mut seeds = bucket.seeds.clone();
        seeds.sort();
        let reduced = campaign::seed_folder(plan, seeds[0]).join("reduced.py");
        let reduced = if reduced.exists() {
            format!("\n        reduced: {}", reduced.display())
        } else {
            String::new()
        };
        println!(
            "  {:>5}  {signature}  {}{reduced}",
            seeds.len(),
            shown_seeds(&seeds)
        );
    }
}

/// The first seeds of a list, sorted: `[3, 17, 40, ...]`.
fn shown_seeds(seeds: &[u64]) -> String {
    let mut seeds = seeds.to_vec();
    seeds.sort();
    let shown: Vec<String> = seeds.iter().take(8).map(u64::to_string).collect();
    format!(
        "[{}{}]",
        shown.join(", "),
        if seeds.len() > 8 { ", ..." } else { "" }
    )
}

fn reduce_command(file: &Path) -> Result<ExitCode, String> {
    let sides = Sides::find()?;
    let path = file
        .canonicalize()
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let program = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let Verdict::Mismatch(mismatch) = judge(&sides, &path) else {
        println!("{}: no mismatch to reduce", file.display());
        return Ok(ExitCode::SUCCESS);
    };
    let folder = path.with_extension("reduction");
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    let reduced = report::reduce_and_save(&sides, &folder, &program, &mismatch.signature)
        .ok_or("the reduction lost the mismatch")?;
    println!("# signature: {}\n{reduced}", mismatch.signature);
    eprintln!(
        "difftest: reduction and both outputs in {}",
        folder.display()
    );
    Ok(ExitCode::FAILURE)
}
