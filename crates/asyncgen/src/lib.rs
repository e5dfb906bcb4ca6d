//! Random Python 3.12 asyncio programs from a seed, for differential testing of Looplab
//! against CPython.
//!
//! [`generate`] writes a program of bounded size: module-level primitives, a few async
//! generators, coroutines `c0`..`cN` (each may call only those before it, so nothing
//! recurses) whose bodies are random statement trees (see `grammar`), and `main`, which
//! combines them. Every line the program prints starts with the loop's virtual time, rounded,
//! and says which task did what; nothing printed depends on addresses, ids, hashing or the
//! wall clock, so under the oracle's virtual clock a seed's output is fixed.
//!
//! The same seed gives the same text forever: the random numbers come from a SplitMix64 of
//! our own, and any change to the grammar changes the programs (tests/fuzz/ stores some
//! with their CPython outputs and notices).

mod code;
mod concurrency;
mod grammar;
mod primitives;
mod rng;
mod world;

use code::Code;
use grammar::{Gen, Scope};

/// The asyncio program for `seed`.
pub fn generate(seed: u64) -> String {
    let mut generator = Gen::new(seed);
    let mut code = Code::default();
    code.line(format!("# asyncgen seed {seed}"));
    let world_rng = &mut generator.rng;
    generator.world.write_prelude(world_rng, &mut code);
    generator.world.write_agens(&mut generator.rng, &mut code);
    for index in 0..generator.world.coroutines {
        write_coroutine(&mut generator, &mut code, index);
    }
    write_main(&mut generator, &mut code);
    code.finish()
}

/// `async def cN(name):` with a body that may call `c0`..`cN-1`, returning a value.
fn write_coroutine(generator: &mut Gen, code: &mut Code, index: usize) {
    code.blank();
    code.blank();
    code.open(format!("async def c{index}(name):"));
    let statements = generator.rng.between(2, 5);
    generator.begin_function(statements * 3, 2);
    generator.block(code, &Scope::top(index), statements);
    let value = generator.rng.pick(&[
        "f\"{name} ok\"",
        "state[\"n\"]",
        "(name, state[\"n\"])",
        "None",
    ]);
    code.line(format!("return {value}"));
    code.close();
}

/// `main`, which starts with something concurrent, then the rest at random.
fn write_main(generator: &mut Gen, code: &mut Code) {
    code.blank();
    code.blank();
    code.open("async def main():");
    code.line("name = \"main\"");
    let statements = generator.rng.between(2, 5);
    generator.begin_function(statements * 4, 4);
    let scope = Scope::top(generator.world.coroutines);
    code.open("try:");
    generator.concurrency(code, &scope);
    generator.block(code, &scope, statements);
    code.line("log(name, \"done\", state[\"n\"])");
    code.close();
    // Also when main fails: asyncio.run would cancel what is left in set order.
    code.open("finally:");
    for line in CANCEL_LEFTOVERS.lines() {
        code.line(line);
    }
    code.close();
    code.close();
    code.blank();
    code.blank();
    code.line("asyncio.run(main())");
}

/// The end of `main`: tasks still running are cancelled in the order of their names, and
/// awaited, a few rounds (a task may spawn another as it goes). Left to `asyncio.run`, they
/// would be cancelled in the iteration order of a set of tasks, which follows their
/// addresses in CPython and is nothing Looplab can reproduce.
const CANCEL_LEFTOVERS: &str = r#"for _ in range(3):
    leftovers = sorted(asyncio.all_tasks() - {asyncio.current_task()}, key=asyncio.Task.get_name)
    if not leftovers:
        break
    for task in leftovers:
        task.cancel()
    await asyncio.wait(leftovers)"#;

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn a_seed_always_gives_the_same_program() {
        for seed in [0, 1, 42, u64::MAX] {
            assert_eq!(generate(seed), generate(seed));
        }
    }

    #[test]
    fn seeds_give_different_programs_of_bounded_size() {
        let programs: Vec<String> = (0..200).map(generate).collect();
        let mut distinct = programs.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), programs.len());
        let longest = programs
            .iter()
            .map(|p| p.lines().count())
            .max()
            .unwrap_or(0);
        assert!(longest < 600, "a program of {longest} lines");
    }

    #[test]
    fn every_program_runs_main_and_indents_by_four() {
        for seed in 0..200 {
            let program = generate(seed);
            assert!(program.ends_with("asyncio.run(main())\n"), "seed {seed}");
            for line in program.lines() {
                let indent = line.len() - line.trim_start().len();
                assert_eq!(indent % 4, 0, "seed {seed}: {line:?}");
            }
        }
    }

    #[test]
    fn over_many_seeds_every_feature_appears() {
        let all: String = (0..300).map(generate).collect();
        for feature in [
            "asyncio.gather(",
            "asyncio.wait(",
            "asyncio.as_completed(",
            "asyncio.wait_for(",
            "asyncio.timeout(",
            "asyncio.shield(",
            "asyncio.TaskGroup()",
            "except* ValueError",
            ".cancel()",
            "asyncio.Lock()",
            "asyncio.Event()",
            "asyncio.Condition()",
            "asyncio.Semaphore(",
            "asyncio.BoundedSemaphore(",
            "asyncio.Queue(",
            "asyncio.PriorityQueue(",
            "asyncio.LifoQueue(",
            "asyncio.Barrier(",
            "run_in_executor(",
            "asyncio.to_thread(",
            "async for ",
            "break",
            ".call_soon(",
            ".call_later(",
            "create_future()",
            "bad_callback, ",
            "uncancel()",
        ] {
            assert!(all.contains(feature), "no program uses {feature}");
        }
    }
}
