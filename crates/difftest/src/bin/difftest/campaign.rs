//! A fuzzing campaign: seeds generated and judged on parallel workers, every mismatch saved
//! to its folder, mismatches grouped by signature, and the first program of each group
//! reduced.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::report;
use crate::sides::Sides;
use crate::verdict::{Mismatch, Verdict, judge};

/// Which seeds to run, for how long, and where mismatches go.
pub struct Plan {
    pub first_seed: u64,
    /// Stop before this seed (`None`: only the time limit stops the campaign).
    pub end_seed: Option<u64>,
    pub time_limit: Option<Duration>,
    pub jobs: usize,
    pub out: PathBuf,
    pub reduce: bool,
}

/// Mismatches that share a signature.
#[derive(Default)]
pub struct Bucket {
    pub seeds: Vec<u64>,
}

#[derive(Default)]
pub struct Tally {
    pub run: u64,
    pub matched: u64,
    /// Seeds equal up to the order `asyncio.run` cancels leftover tasks in (see
    /// `Verdict::MatchUpToShutdownOrder`): neither matches nor mismatches.
    pub shutdown_order: Vec<u64>,
    pub no_oracle: Vec<(u64, String)>,
    pub buckets: BTreeMap<String, Bucket>,
}

impl Tally {
    pub fn mismatched(&self) -> u64 {
        self.buckets.values().map(|b| b.seeds.len() as u64).sum()
    }
}

pub fn run(sides: &Sides, plan: &Plan) -> Result<Tally, String> {
    let work = plan.out.join("work");
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let start = Instant::now();
    let next_seed = AtomicU64::new(plan.first_seed);
    let tally = Mutex::new(Tally::default());
    thread::scope(|scope| {
        for _ in 0..plan.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let seed = next_seed.fetch_add(1, Ordering::Relaxed);
                    let out_of_seeds = plan.end_seed.is_some_and(|end| seed >= end);
                    let out_of_time = plan
                        .time_limit
                        .is_some_and(|limit| start.elapsed() >= limit);
                    if out_of_seeds || out_of_time {
                        return;
                    }
                    let verdict = run_seed(sides, &work, seed);
                    let mut tally = tally.lock().expect("no worker panics holding the tally");
                    record(&mut tally, plan, seed, verdict);
                    if tally.run % 100 == 0 {
                        eprintln!(
                            "difftest: {} seeds, {} mismatches, {:.0} s",
                            tally.run,
                            tally.mismatched(),
                            start.elapsed().as_secs_f64()
                        );
                    }
                }
            });
        }
    });
    let tally = tally
        .into_inner()
        .expect("no worker panics holding the tally");
    if plan.reduce {
        reduce_each_bucket(sides, plan, &tally);
    }
    Ok(tally)
}

/// Generates the seed's program into `work` and judges it; a mismatch is confirmed by a
/// second CPython run, since a program whose CPython output varies is the generator's bug.
fn run_seed(sides: &Sides, work: &Path, seed: u64) -> (String, Verdict) {
    let program = asyncgen::generate(seed);
    let path = work.join(format!("seed-{seed}.py"));
    if let Err(e) = fs::write(&path, &program) {
        return (
            program,
            Verdict::NoOracle(format!("{}: {e}", path.display())),
        );
    }
    let mut verdict = judge(sides, &path);
    if let Verdict::Mismatch(mismatch) = &mut verdict {
        let again = sides.cpython(&path, mismatch.cpython.trace.is_some());
        if again.ok().as_ref() != Some(&mismatch.cpython) {
            mismatch.signature = "cpython-nondeterministic".to_string();
        }
    }
    let _ = fs::remove_file(&path);
    (program, verdict)
}

fn record(tally: &mut Tally, plan: &Plan, seed: u64, (program, verdict): (String, Verdict)) {
    tally.run += 1;
    match verdict {
        Verdict::Match => tally.matched += 1,
        Verdict::MatchUpToShutdownOrder => tally.shutdown_order.push(seed),
        Verdict::NoOracle(why) => tally.no_oracle.push((seed, why)),
        Verdict::Mismatch(mismatch) => {
            let folder = seed_folder(plan, seed);
            if let Err(e) = report::save(&folder, &program, &mismatch) {
                eprintln!("difftest: cannot save seed {seed}: {e}");
            }
            tally
                .buckets
                .entry(mismatch.signature.clone())
                .or_default()
                .seeds
                .push(seed);
        }
    }
}

pub fn seed_folder(plan: &Plan, seed: u64) -> PathBuf {
    plan.out.join(format!("seed-{seed}"))
}

/// Reduces the smallest-numbered program of each bucket, the buckets shared among workers.
fn reduce_each_bucket(sides: &Sides, plan: &Plan, tally: &Tally) {
    let firsts: Vec<(u64, &String)> = tally
        .buckets
        .iter()
        .filter(|(signature, _)| signature.as_str() != "cpython-nondeterministic")
        .filter_map(|(signature, bucket)| bucket.seeds.iter().min().map(|&s| (s, signature)))
        .collect();
    let next = AtomicU64::new(0);
    thread::scope(|scope| {
        for _ in 0..plan.jobs.max(1) {
            scope.spawn(|| {
                while let Some(&(seed, signature)) =
                    firsts.get(next.fetch_add(1, Ordering::Relaxed) as usize)
                {
                    let folder = seed_folder(plan, seed);
                    let program = fs::read_to_string(folder.join("program.py")).unwrap_or_default();
                    eprintln!("difftest: reducing seed {seed} ({signature})");
                    report::reduce_and_save(sides, &folder, &program, signature);
                }
            });
        }
    });
}

/// What a mismatch looks like after reduction, or `None` if the candidate does not keep
/// `signature` (or is not Python).
pub fn still_mismatches(
    sides: &Sides,
    candidate: &Path,
    text: &str,
    signature: &str,
) -> Option<Box<Mismatch>> {
    fs::write(candidate, text).ok()?;
    if !sides.compiles(candidate) {
        return None;
    }
    match judge(sides, candidate) {
        Verdict::Mismatch(mismatch) if mismatch.signature == signature => Some(mismatch),
        _ => None,
    }
}
