//! `time` on the virtual clock: `sleep` blocks the loop (or parks an executor worker) and
//! advances virtual time; `perf_counter` and `monotonic` read it, and `time` reads the
//! virtual wall clock, 2026-01-01 00:00:00 UTC plus the virtual clock (as the oracle does).
//! `process_time` and `thread_time` read the virtual clock too: the oracle leaves them real
//! (CPU time, never the same twice), so programs cannot print them, only subtract them.
//! The calendar part (struct_time, gmtime, strftime, strptime, ...) is time.py.

use crate::runtime::PResult;
use crate::runtime::builtins::add_function;
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::core_error::OrRaise;
use crate::runtime::value::{Args, Namespace, Value};
use crate::runtime::vm::Vm;

pub const LIBRARY: &str = include_str!("time.py");

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    add_function(&mut namespace, "sleep", sleep);
    add_function(&mut namespace, "time", wall);
    add_function(&mut namespace, "time_ns", wall_ns);
    for name in ["perf_counter", "monotonic", "process_time", "thread_time"] {
        add_function(&mut namespace, name, now);
    }
    for name in [
        "perf_counter_ns",
        "monotonic_ns",
        "process_time_ns",
        "thread_time_ns",
    ] {
        add_function(&mut namespace, name, now_ns);
    }
    namespace
}

/// The wall clock at virtual time 0: 2026-01-01 00:00:00 UTC, as in the oracle.
pub const EPOCH: f64 = 1_767_225_600.0;

/// The virtual time: seconds since the program started, on the process's one clock.
pub fn virtual_now(vm: &Vm) -> f64 {
    vm.asyncio.clock.get()
}

/// `perf_counter()`, `monotonic()` (and the CPU clocks, which the simulated machine spends
/// only as virtual time): the virtual clock.
fn now(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const NOW: Signature<0, 0> = Signature::new("time.perf_counter", Convention::Fixed, [], []);
    NOW.bind(vm, args)?;
    Ok(Value::Float(virtual_now(vm)))
}

fn now_ns(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const NOW_NS: Signature<0, 0> =
        Signature::new("time.perf_counter_ns", Convention::Fixed, [], []);
    NOW_NS.bind(vm, args)?;
    Ok(Value::Int((virtual_now(vm) * 1e9).round() as i64))
}

/// `time.time()`: the virtual wall clock, [`EPOCH`] plus the virtual clock.
fn wall(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const TIME: Signature<0, 0> = Signature::new("time.time", Convention::Fixed, [], []);
    TIME.bind(vm, args)?;
    Ok(Value::Float(EPOCH + virtual_now(vm)))
}

fn wall_ns(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const TIME_NS: Signature<0, 0> = Signature::new("time.time_ns", Convention::Fixed, [], []);
    TIME_NS.bind(vm, args)?;
    Ok(Value::Int(((EPOCH + virtual_now(vm)) * 1e9).round() as i64))
}

/// `time.sleep(seconds)`.
fn sleep(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const SLEEP: Signature<1, 0> = Signature::new(
        "time.sleep",
        Convention::Fixed,
        [Param::positional_only("secs")],
        [],
    );
    let Bound {
        required: [secs], ..
    } = SLEEP.bind(vm, args)?;
    let seconds = match &secs {
        Value::Float(x) => *x,
        other => match crate::runtime::ops::to_int(other) {
            Some(int) => int.to_f64().or_raise(vm)?,
            None => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
        },
    };
    if seconds.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if vm.asyncio.thread.is_some() {
        // An executor worker: it parks; the loop runs on.
        vm.asyncio.park_request = Some(seconds);
        return Ok(Value::None);
    }
    match vm.asyncio.running.clone() {
        Some(event_loop) if event_loop.running.get() => {
            // The loop's own thread: nothing else runs while the clock advances.
            event_loop.time.set(event_loop.time.get() + seconds);
            if vm.trace.machinery {
                vm.record_machinery(crate::runtime::trace::LoopEvent::Clock {
                    time: event_loop.time.get(),
                });
            }
        }
        _ => vm.asyncio.clock.set(vm.asyncio.clock.get() + seconds),
    }
    Ok(Value::None)
}
