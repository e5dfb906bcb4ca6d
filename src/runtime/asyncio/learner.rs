//! What belongs to the program and what is asyncio's own, decided while the program runs,
//! where the frames say it for sure: the visualizer hides asyncio's internals (its shutdown
//! tasks, a Queue's private Event, gather's done callbacks) unless asked, names primitives
//! after the program's variables, and says who cancelled a task.
//!
//! Everything here runs only when the trace records machinery (`vm.trace.machinery`), so a
//! plain run pays nothing for it.

use std::rc::Rc;

use super::super::builtins::AsyncGenAwaitable;
use super::super::frame::{Frame, FrameKind};
use super::super::traceback::is_library;
use super::super::value::{Generator, Value};
use super::super::vm::Vm;
use super::event_loop::{Callback, joined};
use super::future::FutureObj;
use crate::python::bytecode::{CodeObject, Instr};
use crate::runtime::modules::functools::partial_parts;
use crate::runtime::trace::CancelCause;

/// Whether a frame runs asyncio's (or another built-in module's) code, not the program's.
fn is_library_frame(frame: &Frame) -> bool {
    frame.module.source.as_ref().is_none_or(|s| is_library(s))
}

/// The source a library frame's code comes from (`<asyncio.taskgroups>`), if any.
fn source_name(frame: &Frame) -> &str {
    frame.module.source.as_ref().map_or("", |s| s.name())
}

/// Whether a task (by its future's id) runs asyncio's own coroutine.
pub fn is_internal_task(vm: &Vm, task: &FutureObj) -> bool {
    vm.asyncio.internal_tasks.contains(&task.id)
}

/// Whether the task running now is one of asyncio's own.
fn running_task_is_internal(vm: &Vm) -> bool {
    let Some(event_loop) = vm.asyncio.running.as_ref() else {
        return false;
    };
    event_loop
        .current_task
        .borrow()
        .as_ref()
        .is_some_and(|task| is_internal_task(vm, task))
}

/// Whether a coroutine's code is asyncio's (`BaseEventLoop.shutdown_asyncgens`, `sleep`).
pub fn is_library_coroutine(module: &super::super::value::Module) -> bool {
    module.source.as_ref().is_none_or(|s| is_library(s))
}

/// Whether what runs now works for the program: a task of the program's (even one that runs
/// only asyncio's code, `create_task(asyncio.sleep(5))`), or, outside any task, the
/// program's own code. `asyncio.run`'s clean-up and asyncio's own tasks do not.
fn serves_program(vm: &Vm) -> bool {
    if vm.asyncio.cleaning_up {
        return false;
    }
    match vm.current_task_name() {
        Some(_) => !running_task_is_internal(vm),
        None => vm.frames.last().is_some_and(|f| !is_library_frame(f)),
    }
}

/// Whether a task about to be created is asyncio's own: its coroutine is asyncio's code and
/// asyncio made it for itself (the runner's shutdown steps), not for the program (a task
/// the program or its gather made of `asyncio.sleep(5)` is the program's).
pub fn is_internal_new_task(vm: &Vm, module: &super::super::value::Module) -> bool {
    is_library_coroutine(module) && !serves_program(vm)
}

/// Whether a callable was defined in asyncio's code (`None`: not a Python function, so its
/// definition says nothing; a builtin or a partial).
fn defined_in_library(func: &Value) -> Option<bool> {
    match func {
        Value::Function(f) => Some(is_library_coroutine(&f.module)),
        Value::BoundMethod(m) => defined_in_library(&m.func),
        other => defined_in_library(&partial_parts(other)?.0),
    }
}

/// The program line a timer set now serves (the `await asyncio.sleep(1)` or the `async with
/// asyncio.timeout(2)` of the running task; 0 if none), or `None` for a private timer of
/// asyncio's.
pub fn timer_line(vm: &Vm) -> Option<u32> {
    serves_program(vm).then(|| vm.program_line().unwrap_or(0))
}

/// Whether a callback about to be queued is asyncio's own: the steps of its own tasks,
/// stopping the loop, and the done callbacks its own code registered (gather's, a
/// TaskGroup's); a task's wake-up, a program's callback and an executor's result are not.
pub fn is_internal_callback(vm: &Vm, callback: &Callback) -> bool {
    match callback {
        Callback::Step { task, .. } | Callback::Wakeup { task, .. } => is_internal_task(vm, task),
        Callback::StopLoop { .. } | Callback::CheckJobCancelled { .. } => true,
        Callback::SetResultUnlessCancelled { .. } => !serves_program(vm),
        // A job cancelled before it ran comes back to a future cancelled already: nothing
        // the program sees happens.
        Callback::JobDone { outcome: None, .. } => true,
        Callback::ResumeWorker { .. } | Callback::JobDone { .. } => false,
        Callback::Python { func, .. } => match defined_in_library(func) {
            Some(library) => library,
            // A builtin scheduled by the program (`loop.call_soon(print, ...)`) is the
            // program's; one scheduled by asyncio's code is not.
            None => vm.frames.last().is_none_or(|f| is_library_frame(f)) || !serves_program(vm),
        },
    }
}

/// What a callback does, in the learner's words, for the ready queue and the timers.
pub fn describe_callback(vm: &Vm, callback: &Callback) -> Rc<str> {
    let name = match callback {
        Callback::Python { func, .. } => function_name(func),
        _ => None,
    };
    if let Some(generator) = generator_to_close(callback) {
        return Rc::from(format!(
            "create_task() for `{}`'s aclose(): the async generator was freed before it finished",
            generator.qualname
        ));
    }
    let task = vm.current_task_name();
    let owner = task.as_deref().unwrap_or("the program");
    match name.as_deref() {
        Some("_set_result_unless_cancelled") if serves_program(vm) => {
            Rc::from(format!("the end of {owner}'s sleep"))
        }
        Some("_on_timeout") if serves_program(vm) => Rc::from(format!("{owner}'s timeout")),
        Some("_release_waiter") if serves_program(vm) => {
            Rc::from(format!("{owner}'s wait() timeout"))
        }
        None if matches!(callback, Callback::ResumeWorker { .. }) => Rc::from(format!(
            "{owner}'s time.sleep ends ({})",
            callback.describe()
        )),
        None if matches!(callback, Callback::JobDone { outcome: None, .. }) => {
            Rc::from("the note that a queued thread job was cancelled")
        }
        None if matches!(callback, Callback::JobDone { .. }) => {
            Rc::from(format!("the result of {owner}, back from its thread"))
        }
        None if matches!(callback, Callback::StopLoop { .. }) => match &task {
            Some(task) => Rc::from(format!("the call that stops the loop ({task} is done)")),
            // Outside any task, only the gather asyncio.run's clean-up awaits completes.
            None => {
                Rc::from("the call that stops the loop (asyncio.run's clean-up gather is done)")
            }
        },
        Some("_done_callback") => {
            let child = child(callback);
            match gather_owner(callback) {
                Some(owner) => {
                    joined(&["gather's note for ", &owner, " that ", &child, " finished"])
                }
                None => joined(&["gather's note that ", &child, " finished"]),
            }
        }
        Some("_on_task_done") => Rc::from(format!(
            "the TaskGroup's note that {} finished",
            child(callback)
        )),
        Some("_on_completion") => {
            Rc::from(format!("wait()'s note that {} finished", child(callback)))
        }
        Some("_inner_done_callback") => {
            Rc::from(format!("shield's note that {} finished", child(callback)))
        }
        Some("_outer_done_callback") => Rc::from(format!(
            "shield's note that {}'s await of it ended",
            child(callback)
        )),
        Some(name) if !serves_program(vm) => {
            Rc::from(format!("{name}() (asyncio's own, for {owner})"))
        }
        // The program's own callback: a done callback says whose, another the line that
        // scheduled it.
        Some(name) => match (child(callback), vm.program_line()) {
            (done, _) if done.starts_with("Task") => {
                Rc::from(format!("{name}(), the done callback of {done}"))
            }
            // A future the program made itself: the line that scheduled the callback (where
            // the future was completed) says which.
            (done, Some(line)) if !done.starts_with("a ") => Rc::from(format!(
                "{name}(), the done callback of {done} (scheduled at line {line})"
            )),
            (done, None) if !done.starts_with("a ") => {
                Rc::from(format!("{name}(), the done callback of {done}"))
            }
            (_, Some(line)) => Rc::from(format!("{name}() (scheduled at line {line})")),
            (done, None) => Rc::from(format!("{name}(), the done callback of {done}")),
        },
        _ => callback.describe(),
    }
}

/// The task awaiting the gather whose `_done_callback` this is: the `outer` future its
/// closure holds knows who waits on it.
fn gather_owner(callback: &Callback) -> Option<Rc<str>> {
    let Callback::Python {
        func: Value::Function(function),
        ..
    } = callback
    else {
        return None;
    };
    let code = &function.code;
    let index = code.freevars.iter().position(|name| &**name == "outer")?;
    let cell = function.closure.get(index)?;
    let outer = cell.value.borrow().clone()?;
    outer
        .native::<FutureObj>()
        .and_then(|future| future.waited_by.borrow().clone())
}

/// The task (or future) a done callback is called with: the child that finished.
fn child(callback: &Callback) -> Rc<str> {
    let future = match callback {
        Callback::Python { args, .. } => args.iter().find_map(|a| a.native::<FutureObj>()),
        _ => None,
    };
    match future {
        Some(future) if future.task.is_some() => future.name(),
        // A future made by a function of the program's or asyncio's: `run_in_executor`.
        Some(future) if &*future.label != "future" && &*future.label != "Future" => {
            joined(&["the future of ", &future.label, "()"])
        }
        _ => Rc::from("a future"),
    }
}

/// The async generator whose `aclose()` the callback makes a task of: the loop's finalizer
/// hook scheduled it when the generator was freed unfinished.
fn generator_to_close(callback: &Callback) -> Option<Rc<Generator>> {
    let Callback::Python { func, args } = callback else {
        return None;
    };
    if function_name(func).as_deref() != Some("create_task") {
        return None;
    }
    let awaitable = args.first()?.native::<AsyncGenAwaitable>()?;
    Some(awaitable.generator().clone())
}

fn function_name(func: &Value) -> Option<Rc<str>> {
    match func {
        Value::Function(f) => Some(f.name.borrow().clone()),
        Value::Builtin(b) => Some(b.name.clone()),
        Value::BoundMethod(m) => function_name(&m.func),
        // `functools.partial(log, ...)` is `log` to the learner.
        other => function_name(&partial_parts(other)?.0),
    }
}

/// Who made the primitive being seen for the first time, and what the program called it:
/// `(internal, name)`. The frames of its `__init__` (and its bases') are skipped; the frame
/// below made it. If that is asyncio's code (a Queue's `_finished` Event) it is internal;
/// if it is the program's, the instruction the call returns to stores it: `sem = ...`,
/// `self.lock = ...`.
pub fn primitive_origin(vm: &Vm, object: &Value) -> (bool, Option<Rc<str>>) {
    let address = object.address();
    let maker = vm.frames.iter().rev().find(|frame| {
        let own_init = &*frame.code.name == "__init__"
            && frame
                .fast
                .first()
                .is_none_or(|me| me.as_ref().is_none_or(|me| me.address() == address));
        !own_init
    });
    let Some(maker) = maker else {
        return (true, None);
    };
    if is_library_frame(maker) {
        return (true, None);
    }
    (false, stored_name(&maker.code, maker.ip))
}

/// The name the instructions from `at` store the value on the stack in: `sem` for
/// `STORE_NAME sem`, `self.lock` for `LOAD_FAST self; STORE_ATTR lock`.
fn stored_name(code: &CodeObject, at: usize) -> Option<Rc<str>> {
    let instructions = &code.instructions;
    let name = |i: &u32| code.names.get(*i as usize).cloned();
    let local = |i: &u32| code.varnames.get(*i as usize).cloned();
    let deref = |i: &u32| {
        let i = *i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.checked_sub(code.cellvars.len())?))
            .cloned()
    };
    match instructions.get(at)? {
        Instr::StoreName(i) | Instr::StoreGlobal(i) => name(i),
        Instr::StoreFast(i) => local(i),
        Instr::StoreDeref(i) => deref(i),
        load => {
            let owner = match load {
                Instr::LoadFast(i) => local(i),
                Instr::LoadName(i) | Instr::LoadGlobal(i) => name(i),
                Instr::LoadDeref(i) => deref(i),
                _ => None,
            }?;
            match instructions.get(at + 1)? {
                Instr::StoreAttr(i) => Some(Rc::from(format!("{owner}.{}", name(i)?))),
                _ => None,
            }
        }
    }
}

/// Who is cancelling a task now, from the frames that called `Task.cancel()`: the nearest
/// one that explains it. The program's own frame means the program did; asyncio's
/// functions name the part of asyncio that did. A callback the loop runs starts at a base
/// frame: the frames below it (the `asyncio.run(...)` call) explain nothing.
pub fn cancel_cause(vm: &Vm) -> CancelCause {
    if vm.asyncio.cleaning_up {
        return CancelCause::RunCleanup;
    }
    let frames = &vm.frames;
    for (depth, frame) in frames.iter().enumerate().rev() {
        if !is_library_frame(frame) {
            return CancelCause::Program {
                line: vm.frame_line(frame),
            };
        }
        let function = &*frame.code.name;
        match (source_name(frame), function) {
            ("<asyncio.taskgroups>", _) => {
                return CancelCause::TaskGroup {
                    failed: failed_child(&frames[..=depth]),
                };
            }
            ("<asyncio.timeouts>", _) => {
                return CancelCause::Timeout {
                    line: vm.asyncio.callback_line,
                };
            }
            ("<asyncio.tasks>", "_cancel_and_wait") => {
                return CancelCause::Timeout {
                    line: vm.program_line().unwrap_or(0),
                };
            }
            ("<asyncio.tasks>", "cancel") => return CancelCause::Gather,
            _ => {}
        }
        if matches!(frame.kind, FrameKind::Base) {
            break;
        }
    }
    CancelCause::Asyncio
}

/// The child whose failure made a TaskGroup cancel the others: the `task` argument of its
/// `_on_task_done` callback, among the frames given.
fn failed_child(frames: &[Box<Frame>]) -> Option<Rc<str>> {
    frames.iter().rev().find_map(|frame| {
        if &*frame.code.name != "_on_task_done" {
            return None;
        }
        let index = frame.code.varnames.iter().position(|v| &**v == "task")?;
        let task = frame.fast.get(index)?.as_ref()?;
        Some(task.native::<FutureObj>()?.name())
    })
}
