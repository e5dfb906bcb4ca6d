//! Coverage-guided fuzzing of whole programs: any bytes that compile must run on the simulated
//! loop and end (finished, an exception, a deadlock or a limit), never panic or hang. The
//! limits are tight so that each input ends in milliseconds: a runaway loop meets the step
//! limit, a growing list the memory limit. Run with `make fuzz FUZZ_TARGET=run`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use looplab::runtime::memory::CountingAllocator;
use looplab::runtime::vm::Limits;
use looplab::runtime::{RunOptions, run_program};

// The memory limit only holds where the process's allocations are counted.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let options = RunOptions {
        filename: "fuzz.py".to_string(),
        limits: Limits {
            steps_without_await: 200_000,
            total_steps: 1_000_000,
            recursion: 200,
            memory_bytes: 64 << 20,
            tasks: 1_000,
            // Small, so that the record's cut is exercised too.
            record_bytes: 16 << 20,
        },
        // The visualizer's recording is on: it has paths of its own to exercise.
        machinery: true,
        record: true,
    };
    let result = run_program(&text, &options);
    // The trace must serialise as `looplab run --trace` writes it.
    let _ = result.trace.to_jsonl();
});
