//! Async generators and the event loop, tied as CPython ties them: an async generator's first
//! iteration calls the thread's `firstiter` hook and keeps its `finalizer` hook
//! (`sys.set_asyncgen_hooks`); a running asyncio loop's hooks keep the generator in the
//! loop's `_asyncgens` and, when the generator is freed unfinished, schedule a new task that
//! runs its `aclose()`. `shutdown_asyncgens()` (see `library/runners.py`) closes the ones
//! still alive when `asyncio.run()`'s main task is done.

use std::rc::Rc;

use super::super::PResult;
use super::super::builtins::add_method;
use super::super::builtins::signature::{Bound, Convention, Param, Signature};
use super::super::value::{Args, Class, GenKind, Generator, Value};
use super::super::vm::Vm;
use super::event_loop::{Callback, EventLoop};
use super::natives::as_loop;

/// The thread's async generator hooks (`sys.get_asyncgen_hooks()`).
#[derive(Default, Clone)]
pub struct AsyncGenHooks {
    pub firstiter: Option<Value>,
    pub finalizer: Option<Value>,
}

/// CPython's `async_gen_init_hooks`, at an async generator's first `__anext__()`, `asend()`,
/// `athrow()` or `aclose()`: it keeps the finalizer hook in force now, and is shown to the
/// `firstiter` hook.
pub fn first_iteration(vm: &mut Vm, generator: &Rc<Generator>) -> PResult<()> {
    if generator.hooks_initialized.replace(true) {
        return Ok(());
    }
    let hooks = vm.asyncio.asyncgen_hooks.clone();
    *generator.finalizer.borrow_mut() = hooks.finalizer.map(Box::new);
    if let Some(firstiter) = hooks.firstiter {
        vm.call(&firstiter, vec![Value::Generator(generator.clone())])?;
    }
    Ok(())
}

/// What `run_forever` does as it starts: the loop's hooks become the thread's. Returns the
/// hooks to restore when it stops.
pub fn install_hooks(vm: &mut Vm, event_loop: &Rc<EventLoop>) -> PResult<AsyncGenHooks> {
    let this = Value::Native(event_loop.clone());
    let hooks = AsyncGenHooks {
        firstiter: Some(vm.getattr(&this, "_asyncgen_firstiter_hook")?),
        finalizer: Some(vm.getattr(&this, "_asyncgen_finalizer_hook")?),
    };
    Ok(std::mem::replace(&mut vm.asyncio.asyncgen_hooks, hooks))
}

pub fn install_methods(event_loop: &Rc<Class>) {
    add_method(event_loop, "_asyncgen_firstiter_hook", firstiter_hook);
    add_method(event_loop, "_asyncgen_finalizer_hook", finalizer_hook);
    add_method(event_loop, "_take_asyncgens", take_asyncgens);
    add_method(
        event_loop,
        "_log_asyncgen_close_error",
        log_asyncgen_close_error,
    );
}

const FIRSTITER: Signature<2, 0> = Signature::new(
    "BaseEventLoop._asyncgen_firstiter_hook",
    Convention::python(),
    [Param::new("self"), Param::new("agen")],
    [],
);

const FINALIZER: Signature<2, 0> = Signature::new(
    "BaseEventLoop._asyncgen_finalizer_hook",
    Convention::python(),
    [Param::new("self"), Param::new("agen")],
    [],
);

/// A hook's `(self, agen)`.
fn loop_and_generator(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<2, 0>,
) -> PResult<(Rc<EventLoop>, Value, Rc<Generator>)> {
    let Bound {
        required: [me, agen],
        ..
    } = signature.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, signature.name)?;
    match &agen {
        Value::Generator(generator) if generator.kind == GenKind::AsyncGenerator => {
            let generator = generator.clone();
            Ok((event_loop, agen, generator))
        }
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("an async generator was expected, got {name}")))
        }
    }
}

/// `loop._asyncgen_firstiter_hook(agen)`: `self._asyncgens.add(agen)`.
fn firstiter_hook(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _, generator) = loop_and_generator(vm, this, args, &FIRSTITER)?;
    event_loop
        .asyncgens
        .borrow_mut()
        .push(Rc::downgrade(&generator));
    Ok(Value::None)
}

/// `loop._asyncgen_finalizer_hook(agen)`: forget it, and unless the loop is closed,
/// `self.call_soon_threadsafe(self.create_task, agen.aclose())`. The task takes the next
/// `Task-N` when that callback runs, on the loop's next turn.
fn finalizer_hook(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, agen, generator) = loop_and_generator(vm, this, args, &FINALIZER)?;
    event_loop
        .asyncgens
        .borrow_mut()
        .retain(|kept| !std::ptr::eq(kept.as_ptr(), Rc::as_ptr(&generator)));
    if event_loop.closed.get() {
        return Ok(Value::None);
    }
    let create_task = vm.getattr(&Value::Native(event_loop.clone()), "create_task")?;
    let aclose = vm.getattr(&agen, "aclose")?;
    let closing = vm.call(&aclose, Vec::new())?;
    event_loop.call_soon(
        vm,
        Callback::Python {
            func: create_task,
            args: vec![closing],
        },
    );
    Ok(Value::None)
}

/// `loop._take_asyncgens()`: the first steps of `shutdown_asyncgens()`,
/// `closing_agens = list(self._asyncgens); self._asyncgens.clear()`, for the generators
/// still alive.
fn take_asyncgens(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const TAKE: Signature<1, 0> = Signature::new(
        "BaseEventLoop._take_asyncgens",
        Convention::python(),
        [Param::new("self")],
        [],
    );
    let Bound { required: [me], .. } = TAKE.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "_take_asyncgens")?;
    let kept = std::mem::take(&mut *event_loop.asyncgens.borrow_mut());
    let alive = kept
        .iter()
        .filter_map(std::rc::Weak::upgrade)
        .map(Value::Generator)
        .collect();
    Ok(Value::list(alive))
}

/// `shutdown_asyncgens()`'s report of a generator whose `aclose()` failed, through the
/// default exception handler (`call_exception_handler` with `asyncgen` in the context).
fn log_asyncgen_close_error(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const LOG: Signature<3, 0> = Signature::new(
        "BaseEventLoop._log_asyncgen_close_error",
        Convention::python(),
        [Param::new("self"), Param::new("agen"), Param::new("exc")],
        [],
    );
    let Bound {
        required: [_, agen, exception],
        ..
    } = LOG.bind_method(vm, this, args)?;
    let shown = vm.repr(&agen)?;
    let message = format!("an error occurred during closing of asynchronous generator {shown}");
    super::natives::log_exception(vm, &message, &[("asyncgen", &agen)], &exception)?;
    Ok(Value::None)
}
