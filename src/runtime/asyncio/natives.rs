//! The native functions and methods of asyncio: `run`, `get_running_loop`, the loop's
//! `call_soon`/`call_later`/`create_future`/`run_in_executor`, and `Future`/`Task`
//! methods.

use std::rc::Rc;

use super::super::PResult;
use super::super::builtins::signature::{Bound, Convention, Param, Signature};
use super::super::builtins::{add_function, add_method, receiver, take_class};
use super::super::core_error::OrRaise;
use super::super::exceptions::keeping_frame_locals;
use super::super::value::{Args, Class, Namespace, Value};
use super::super::vm::Vm;
use super::cpython_places::STDLIB;
use super::event_loop::{Callback, EventLoop, Handle, Job, WORKERS};
use super::format_helpers::{CoroutineAt, format_coroutine};
use super::future::{DoneCallback, FutureObj, FutureState};
use super::{Classes, running_loop};

pub fn install_methods(_vm: &mut Vm, classes: &Classes) {
    let future = &classes.future;
    add_method(future, "__new__", future_new);
    add_method(future, "__init__", future_init);
    add_method(future, "result", future_result);
    add_method(future, "exception", future_exception);
    add_method(future, "done", future_done);
    add_method(future, "cancelled", future_cancelled);
    add_method(future, "cancel", future_cancel);
    add_method(future, "set_result", future_set_result);
    add_method(future, "set_exception", future_set_exception);
    add_method(future, "add_done_callback", future_add_done_callback);
    add_method(future, "remove_done_callback", future_remove_done_callback);
    add_method(future, "get_loop", future_get_loop);
    add_method(future, "__await__", future_await);
    add_method(future, "__iter__", future_await);
    add_method(future, "__repr__", future_repr);
    add_method(future, "_state_name", future_state_name);
    add_method(future, "_make_cancelled_error", future_make_cancelled_error);
    add_method(future, "_cancel_message", future_cancel_message);
    let task = &classes.task;
    add_method(task, "__new__", task_new);
    add_method(task, "__init__", task_init);
    add_method(task, "get_name", task_get_name);
    add_method(task, "set_name", task_set_name);
    add_method(task, "get_coro", task_get_coro);
    add_method(task, "cancel", task_cancel);
    add_method(task, "cancelling", task_cancelling);
    add_method(task, "uncancel", task_uncancel);
    add_method(task, "get_stack", task_get_stack);
    add_method(task, "set_result", task_set_result);
    add_method(task, "set_exception", task_set_exception);
    let event_loop = &classes.event_loop;
    add_method(event_loop, "time", loop_time);
    add_method(event_loop, "call_soon", loop_call_soon);
    add_method(event_loop, "call_soon_threadsafe", loop_call_soon);
    add_method(event_loop, "call_later", loop_call_later);
    add_method(event_loop, "call_at", loop_call_at);
    add_method(event_loop, "create_future", loop_create_future);
    add_method(event_loop, "create_task", loop_create_task);
    add_method(event_loop, "run_in_executor", loop_run_in_executor);
    add_method(
        event_loop,
        "set_default_executor",
        loop_set_default_executor,
    );
    add_method(event_loop, "is_running", loop_is_running);
    add_method(event_loop, "is_closed", loop_is_closed);
    add_method(event_loop, "get_debug", loop_get_debug);
    add_method(event_loop, "stop", loop_stop);
    add_method(event_loop, "run_until_complete", loop_run_until_complete);
    add_method(event_loop, "run_forever", loop_run_forever);
    add_method(event_loop, "close", loop_close);
    add_method(event_loop, "__repr__", loop_repr);
    super::asyncgens::install_methods(event_loop);
    let handle = &classes.handle;
    add_method(handle, "cancel", handle_cancel);
    add_method(handle, "cancelled", handle_cancelled);
    add_method(handle, "__repr__", handle_repr);
    add_method(&classes.timer_handle, "when", handle_when);
}

pub fn install_functions(_vm: &mut Vm, namespace: &mut Namespace, classes: &Classes) {
    let functions: &[(&str, super::super::value::NativeFn)] = &[
        ("run", run),
        ("get_running_loop", get_running_loop),
        ("get_event_loop", get_event_loop),
        ("new_event_loop", new_event_loop),
        ("set_event_loop", set_event_loop),
        ("_close_runner_loop", close_runner_loop),
        ("_kind", crate::runtime::modules::inspect::kind),
        ("_import_module", import_module),
        ("_get_running_loop", get_running_loop_or_none),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("create_task", create_task),
        ("iscoroutine", iscoroutine),
        ("isfuture", isfuture),
        ("_set_result_unless_cancelled", set_result_unless_cancelled),
        ("_yield_once", yield_once),
        ("_cancel_task_silently", cancel_future_only),
    ];
    for (name, func) in functions {
        add_function(namespace, name, *func);
    }
    let exported: [(&str, &Rc<Class>); 8] = [
        ("AbstractEventLoop", &classes.abstract_event_loop),
        ("Future", &classes.future),
        ("Task", &classes.task),
        ("Handle", &classes.handle),
        ("TimerHandle", &classes.timer_handle),
        ("CancelledError", &classes.cancelled_error),
        ("InvalidStateError", &classes.invalid_state_error),
        ("DeadlockError", &classes.deadlock_error),
    ];
    for (name, class) in exported {
        namespace.insert(Rc::from(name), Value::Class(class.clone()));
    }
}

// ----- helpers -----

fn the_future(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<FutureObj>, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match me.native_rc::<FutureObj>() {
        Some(future) => Ok((future, args)),
        None => Err(vm.type_error(format!("descriptor '{method}' requires a 'Future' object"))),
    }
}

fn the_task(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<FutureObj>, Args)> {
    let (future, args) = the_future(vm, this, args, method)?;
    if future.task.is_none() {
        return Err(vm.type_error(format!("descriptor '{method}' requires a 'Task' object")));
    }
    Ok((future, args))
}

fn the_loop(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<EventLoop>, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    Ok((as_loop(vm, &me, method)?, args))
}

/// A loop method's bound `self` as the event loop it must be.
pub(super) fn as_loop(vm: &mut Vm, me: &Value, method: &str) -> PResult<Rc<EventLoop>> {
    match me.native_rc::<EventLoop>() {
        Some(event_loop) => Ok(event_loop),
        None => Err(vm.type_error(format!("descriptor '{method}' requires an event loop"))),
    }
}

/// The `loop=` argument of `Future(...)` and `Task(...)`: the running loop by default.
fn loop_argument(vm: &mut Vm, value: Option<Value>) -> PResult<Rc<EventLoop>> {
    match value {
        Some(value) if !value.is_none() => match value.native_rc::<EventLoop>() {
            Some(event_loop) => Ok(event_loop),
            None => Err(vm.type_error("loop must be an event loop")),
        },
        _ => running_loop(vm),
    }
}

/// The qualname of the Python function running now (what created a future).
fn caller_label(vm: &Vm) -> Rc<str> {
    match vm.frames.last() {
        Some(frame) if frame.function.is_some() => frame.code.qualname.clone(),
        _ => Rc::from("future"),
    }
}

fn seconds(vm: &mut Vm, value: &Value, what: &str) -> PResult<f64> {
    match value {
        Value::Float(x) => Ok(*x),
        other => match super::super::ops::to_int(other) {
            Some(int) => int.to_f64().or_raise(vm),
            None => {
                let name = vm.type_name(other);
                Err(vm.type_error(format!("{what} must be a number, not '{name}'")))
            }
        },
    }
}

// ----- module functions -----

const RUN: Signature<1, 1> = Signature::new(
    "run",
    Convention::python(),
    [Param::new("main")],
    [Param::keyword_only("debug")],
);

fn run(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // `debug` turns on asyncio's debug logging, which the simulation does not have.
    let Bound {
        required: [main], ..
    } = RUN.bind(vm, args)?;
    super::run(vm, main)
}

fn get_running_loop(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    let event_loop = running_loop(vm)?;
    Ok(Value::Native(event_loop))
}

fn get_running_loop_or_none(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(match running_loop(vm) {
        Ok(event_loop) => Value::Native(event_loop),
        Err(_) => Value::None,
    })
}

fn current_task(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    let event_loop = running_loop(vm)?;
    let task = event_loop.current_task.borrow().clone();
    Ok(task.map_or(Value::None, |t| Value::Native(t)))
}

/// `all_tasks(loop=None)`: the loop's tasks not done yet (the running loop's by default).
fn all_tasks(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ALL_TASKS: Signature<0, 1> =
        Signature::new("all_tasks", Convention::python(), [], [Param::new("loop")]);
    let Bound {
        optional: [event_loop],
        ..
    } = ALL_TASKS.bind(vm, args)?;
    let event_loop = loop_argument(vm, event_loop)?;
    let tasks: Vec<Value> = event_loop
        .pending_tasks()
        .into_iter()
        .map(|t| Value::Native(t) as Value)
        .collect();
    vm.new_set(tasks, false)
}

const CREATE_TASK: Signature<1, 2> = Signature::new(
    "create_task",
    Convention::python(),
    [Param::new("coro")],
    [Param::keyword_only("name"), Param::keyword_only("context")],
);

fn create_task(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [coro],
        optional: [name, context],
        ..
    } = CREATE_TASK.bind(vm, args)?;
    let event_loop = running_loop(vm)?;
    // As CPython 3.12's asyncio.create_task: the task gets its default name (taking a
    // Task-N number) and is renamed afterwards.
    let task = super::create_task(vm, &event_loop, coro, None, None)?;
    super::set_context(&task.task().context, context);
    if let Some(name) = name.filter(|n| !n.is_none()) {
        let name = vm.str(&name)?;
        *task.task().name.borrow_mut() = Rc::from(name.as_str());
    }
    Ok(Value::Native(task))
}

const ISCOROUTINE: Signature<1, 0> =
    Signature::new("iscoroutine", Convention::python(), [Param::new("obj")], []);

fn iscoroutine(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [obj], ..
    } = ISCOROUTINE.bind(vm, args)?;
    Ok(Value::Bool(super::is_coroutine(&obj)))
}

const ISFUTURE: Signature<1, 0> =
    Signature::new("isfuture", Convention::python(), [Param::new("obj")], []);

fn isfuture(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [obj], ..
    } = ISFUTURE.bind(vm, args)?;
    Ok(Value::Bool(obj.native::<FutureObj>().is_some()))
}

const SET_RESULT_UNLESS_CANCELLED: Signature<2, 0> = Signature::new(
    "_set_result_unless_cancelled",
    Convention::python(),
    [Param::new("fut"), Param::new("result")],
    [],
);

fn set_result_unless_cancelled(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [fut, result],
        ..
    } = SET_RESULT_UNLESS_CANCELLED.bind(vm, args)?;
    if let Some(future) = fut.native_rc::<FutureObj>()
        && future.state.get() != FutureState::Cancelled
    {
        future.set_result(vm, result)?;
    }
    Ok(Value::None)
}

/// `Future.cancel()` on a task, without stepping it: what a task does to itself when its
/// coroutine raised CancelledError (no trace event, as CPython's `super().cancel()`).
fn cancel_future_only(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const CANCEL_TASK_SILENTLY: Signature<1, 0> = Signature::new(
        "_cancel_task_silently",
        Convention::python(),
        [Param::new("task")],
        [],
    );
    let Bound {
        required: [task], ..
    } = CANCEL_TASK_SILENTLY.bind(vm, args)?;
    let Some(future) = task.native_rc::<FutureObj>() else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(future.cancel_future(vm, None)?))
}

/// An awaitable that suspends the task for one loop iteration (`sleep(0)`'s bare yield).
fn yield_once(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    let class = vm.types.object.clone();
    Ok(Value::Native(Rc::new(YieldOnce {
        yielded: std::cell::Cell::new(false),
        class,
    })))
}

struct YieldOnce {
    yielded: std::cell::Cell<bool>,
    class: Rc<Class>,
}

impl super::super::value::NativeObject for YieldOnce {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn await_step_supported(&self) -> bool {
        true
    }
    fn await_step(
        &self,
        _this: &Value,
        _vm: &mut Vm,
        input: Option<super::super::vm::AwaitInput>,
    ) -> Option<PResult<super::super::vm::AwaitStep>> {
        use super::super::vm::{AwaitInput, AwaitStep};
        Some(match input {
            Some(AwaitInput::Throw(exception)) => Err(super::super::Flow::Exception(exception)),
            _ if !self.yielded.replace(true) => Ok(AwaitStep::Pending(Value::None)),
            _ => Ok(AwaitStep::Done(Value::None)),
        })
    }
}

// ----- Future -----

fn future_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // CPython's `Future.__new__` is the generic one, which ignores its arguments: the rest are
    // for `__init__`, a subclass's own (`_GatheringFuture(children, loop=loop)`).
    let mut args = args;
    let class = take_class(vm, &mut args, "_asyncio.Future")?;
    let event_loop = args.take_keyword("loop");
    let event_loop = loop_argument(vm, event_loop)?;
    let label = if &*class.name == "Future" {
        Rc::from("future")
    } else {
        class.name.clone()
    };
    Ok(Value::Native(super::new_future(
        vm,
        &event_loop,
        class,
        label,
    )))
}

fn future_init(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(Value::None)
}

fn future_result(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "result")?;
    future.result_value(vm)
}

fn future_exception(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "exception")?;
    match future.state.get() {
        FutureState::Cancelled => Err(super::super::Flow::Exception(
            future.make_cancelled_error(vm),
        )),
        FutureState::Pending => Err(super::invalid_state(vm, "Exception is not set.")),
        FutureState::Finished => {
            future.log_traceback.set(false);
            Ok(future.exception.borrow().clone().unwrap_or(Value::None))
        }
    }
}

fn future_done(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "done")?;
    Ok(Value::Bool(future.is_done()))
}

fn future_cancelled(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "cancelled")?;
    Ok(Value::Bool(future.state.get() == FutureState::Cancelled))
}

/// `Future.cancel(msg=None)` and `Task.cancel(msg=None)`.
const CANCEL: Signature<0, 1> =
    Signature::new("cancel", Convention::Clinic, [], [Param::new("msg")]);

fn message_arg(vm: &mut Vm, args: Args) -> PResult<Option<Value>> {
    let Bound {
        optional: [message],
        ..
    } = CANCEL.bind(vm, args)?;
    Ok(message.filter(|m| !m.is_none()))
}

fn future_cancel(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, args) = the_future(vm, this, args, "cancel")?;
    let message = message_arg(vm, args)?;
    let ok = if future.task.is_some() {
        future.cancel_task(vm, message)?
    } else {
        future.cancel_future(vm, message)?
    };
    Ok(Value::Bool(ok))
}

const SET_RESULT: Signature<1, 0> = Signature::new(
    "set_result",
    Convention::Clinic,
    [Param::positional_only("result")],
    [],
);

fn future_set_result(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, args) = the_future(vm, this, args, "set_result")?;
    let Bound {
        required: [result], ..
    } = SET_RESULT.bind(vm, args)?;
    future.set_result(vm, result)?;
    Ok(Value::None)
}

const SET_EXCEPTION: Signature<1, 0> = Signature::new(
    "set_exception",
    Convention::Clinic,
    [Param::positional_only("exception")],
    [],
);

fn future_set_exception(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, args) = the_future(vm, this, args, "set_exception")?;
    let Bound {
        required: [exception],
        ..
    } = SET_EXCEPTION.bind(vm, args)?;
    future.set_exception(vm, exception)?;
    Ok(Value::None)
}

const ADD_DONE_CALLBACK: Signature<1, 1> = Signature::new(
    "add_done_callback",
    Convention::Clinic,
    [Param::positional_only("fn")],
    [Param::keyword_only("context")],
);

fn future_add_done_callback(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, args) = the_future(vm, this, args, "add_done_callback")?;
    // Callbacks run in the one context there is, so `context` changes nothing.
    let Bound {
        required: [callback],
        ..
    } = ADD_DONE_CALLBACK.bind(vm, args)?;
    future.add_done_callback(vm, DoneCallback::Python(callback));
    Ok(Value::None)
}

fn future_remove_done_callback(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const REMOVE_DONE_CALLBACK: Signature<1, 0> = Signature::new(
        "remove_done_callback",
        Convention::Clinic,
        [Param::positional_only("fn")],
        [],
    );
    let (future, args) = the_future(vm, this, args, "remove_done_callback")?;
    let Bound {
        required: [target], ..
    } = REMOVE_DONE_CALLBACK.bind(vm, args)?;
    let callbacks = std::mem::take(&mut *future.callbacks.borrow_mut());
    let mut kept = Vec::with_capacity(callbacks.len());
    let mut removed = 0;
    for callback in callbacks {
        let matches = match &callback {
            DoneCallback::Python(func) => func.is(&target) || vm.eq(func, &target)?,
            _ => false,
        };
        if matches {
            removed += 1;
        } else {
            kept.push(callback);
        }
    }
    *future.callbacks.borrow_mut() = kept;
    Ok(Value::Int(removed))
}

fn future_get_loop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "get_loop")?;
    Ok(Value::Native(future.event_loop.clone()))
}

fn future_await(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "__await__")?;
    Ok(Value::Native(future))
}

fn future_state_name(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "_state")?;
    Ok(Value::str(future.state.get().name()))
}

fn future_make_cancelled_error(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "_make_cancelled_error")?;
    Ok(future.make_cancelled_error(vm))
}

fn future_cancel_message(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "_cancel_message")?;
    let message = future.cancel_message();
    Ok(message.unwrap_or(Value::None))
}

/// `repr(future)` / `repr(task)`, as `base_futures` and `base_tasks` format them.
fn future_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (future, _) = the_future(vm, this, args, "__repr__")?;
    let mut info: Vec<String> = vec![future.state.get().name().to_lowercase()];
    if let Some(task) = &future.task
        && task.num_cancels_requested.get() > 0
        && !future.is_done()
    {
        info[0] = "cancelling".into();
    }
    if future.state.get() == FutureState::Finished {
        let exception = future.exception.borrow().clone();
        match exception {
            Some(exception) => info.push(format!("exception={}", vm.repr(&exception)?)),
            None => {
                let result = future.result.borrow().clone().unwrap_or(Value::None);
                info.push(format!("result={}", short_repr(vm, &result)?));
            }
        }
    }
    let callbacks = future.callbacks.borrow().clone();
    if !callbacks.is_empty() {
        let mut names = Vec::new();
        for callback in &callbacks {
            names.push(match callback {
                DoneCallback::Python(func) => callback_repr(vm, func)?,
                DoneCallback::Wakeup(_) => "Task.task_wakeup()".to_string(),
                DoneCallback::StopLoop => {
                    format!("_run_until_complete_cb() at {STDLIB}asyncio/base_events.py:180")
                }
                DoneCallback::CheckJobCancelled => {
                    format!("_chain_future.<locals>._call_check_cancel() at {STDLIB}asyncio/futures.py:387")
                }
            });
        }
        let shown = match names.len() {
            1 => names[0].clone(),
            2 => format!("{}, {}", names[0], names[1]),
            n => format!("{}, <{} more>, {}", names[0], n - 2, names[n - 1]),
        };
        info.push(format!("cb=[{shown}]"));
    }
    if let Some(task) = &future.task {
        info.insert(
            1,
            format!("name={}", pycore::strings::repr_str(&task.name.borrow())),
        );
        let coro = coroutine_repr(vm, &future);
        let waiter = task.fut_waiter.borrow().clone();
        if let Some(waiter) = waiter {
            let shown = vm.repr(&waiter)?;
            info.insert(2, format!("wait_for={shown}"));
        }
        info.insert(2, format!("coro=<{coro}>"));
    }
    let class = future.class.name.clone();
    Ok(Value::str(format!("<{class} {}>", info.join(" "))))
}

/// `reprlib.repr`-style: long reprs are shortened.
fn short_repr(vm: &mut Vm, value: &Value) -> PResult<String> {
    let text = vm.repr(value)?;
    if let Value::Str(s) = value
        && s.char_len() > 30
    {
        let chars: Vec<char> = s.as_str().chars().collect();
        let head: String = chars[..12].iter().collect();
        let tail: String = chars[chars.len() - 13..].iter().collect();
        let quote = if text.starts_with('"') { '"' } else { '\'' };
        return Ok(format!("{quote}{head}...{tail}{quote}"));
    }
    Ok(text)
}

fn callback_repr(vm: &mut Vm, func: &Value) -> PResult<String> {
    Ok(match func {
        Value::Function(f) => {
            let line = vm.first_line(&f.code, &f.module);
            format!(
                "{}() at {}:{line}",
                f.qualname.borrow(),
                f.module
                    .source
                    .as_ref()
                    .map_or("?".into(), |s| s.name().to_string())
            )
        }
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => {
                let line = vm.first_line(&f.code, &f.module);
                format!(
                    "{}() at {}:{line}",
                    f.qualname.borrow(),
                    f.module
                        .source
                        .as_ref()
                        .map_or("?".into(), |s| s.name().to_string())
                )
            }
            other => vm.repr(other)?,
        },
        Value::Builtin(b) => format!("{}()", b.qualname),
        other => vm.repr(other)?,
    })
}

/// `coroutines._format_coroutine` for a task's coroutine.
fn coroutine_repr(vm: &mut Vm, task: &FutureObj) -> String {
    let part = task.task();
    let Some(generator) = &part.generator else {
        // A native awaitable (an async generator's `__anext__()`): it has no `__qualname__`.
        return format!("<{} without __name__>()", part.coro_name);
    };
    let at = if task.is_done() || generator.state.get() == super::super::value::GenState::Closed {
        CoroutineAt::Done
    } else if part.started.get() {
        CoroutineAt::Suspended(part.coro_line.get())
    } else {
        CoroutineAt::NotStarted
    };
    format_coroutine(vm, generator, at)
}

// ----- Task -----

const TASK_NEW: Signature<1, 4> = Signature::new(
    "Task",
    Convention::Clinic,
    [Param::new("coro")],
    [
        Param::keyword_only("loop"),
        Param::keyword_only("name"),
        Param::keyword_only("context"),
        Param::keyword_only("eager_start"),
    ],
);

fn task_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut args = args;
    let class = take_class(vm, &mut args, "_asyncio.Task")?;
    // Tasks start on the loop as in 3.12's default: `eager_start` changes nothing.
    let Bound {
        required: [coro],
        optional: [event_loop, name, context, _eager_start],
        ..
    } = TASK_NEW.bind(vm, args)?;
    let event_loop = loop_argument(vm, event_loop)?;
    let task = super::create_task(vm, &event_loop, coro, name, Some(class))?;
    super::set_context(&task.task().context, context);
    Ok(Value::Native(task))
}

fn task_init(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(Value::None)
}

fn task_get_name(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (task, _) = the_task(vm, this, args, "get_name")?;
    Ok(Value::str(task.name().to_string()))
}

fn task_set_name(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const SET_NAME: Signature<1, 0> = Signature::new(
        "Task.set_name",
        Convention::Fixed,
        [Param::positional_only("value")],
        [],
    );
    let (task, args) = the_task(vm, this, args, "set_name")?;
    let Bound {
        required: [value], ..
    } = SET_NAME.bind(vm, args)?;
    let name = vm.str(&value)?;
    *task.task().name.borrow_mut() = Rc::from(name.as_str());
    Ok(Value::None)
}

fn task_get_coro(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (task, _) = the_task(vm, this, args, "get_coro")?;
    Ok(task.task().coro.clone())
}

fn task_cancel(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (task, args) = the_task(vm, this, args, "cancel")?;
    let message = message_arg(vm, args)?;
    Ok(Value::Bool(task.cancel_task(vm, message)?))
}

fn task_cancelling(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (task, _) = the_task(vm, this, args, "cancelling")?;
    Ok(Value::Int(task.task().num_cancels_requested.get() as i64))
}

fn task_uncancel(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (task, _) = the_task(vm, this, args, "uncancel")?;
    let part = task.task();
    let count = part.num_cancels_requested.get();
    if count > 0 {
        part.num_cancels_requested.set(count - 1);
    }
    Ok(Value::Int(part.num_cancels_requested.get() as i64))
}

fn task_get_stack(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    the_task(vm, this, args, "get_stack")?;
    Ok(Value::list(Vec::new()))
}

fn task_set_result(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Err(vm.error("RuntimeError", "Task does not support set_result operation"))
}

fn task_set_exception(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Err(vm.error(
        "RuntimeError",
        "Task does not support set_exception operation",
    ))
}

// ----- the loop -----

fn loop_time(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "time")?;
    Ok(Value::Float(event_loop.time.get()))
}

/// A Python method of `BaseEventLoop` taking `*args` after its parameters.
const WITH_ARGS: Convention = Convention::Python {
    extra_positional: true,
    extra_keywords: false,
};

/// `callback` checked to be callable, as the loop's `_check_callback` does.
fn python_callback(vm: &mut Vm, callback: Value, method: &str) -> PResult<Value> {
    if !super::super::builtins::is_callable(vm, &callback) {
        let shown = vm.repr(&callback)?;
        return Err(vm.type_error(format!(
            "a callable object was expected by {method}(), got {shown}"
        )));
    }
    Ok(callback)
}

fn handle_value(handle: Rc<Handle>) -> Value {
    Value::Native(handle)
}

const CALL_SOON: Signature<2, 1> = Signature::new(
    "BaseEventLoop.call_soon",
    WITH_ARGS,
    [Param::new("self"), Param::new("callback")],
    [Param::keyword_only("context")],
);

fn loop_call_soon(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, callback],
        optional: [context],
        rest,
        ..
    } = CALL_SOON.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "call_soon")?;
    let func = python_callback(vm, callback, "call_soon")?;
    let handle = event_loop.call_soon(vm, Callback::Python { func, args: rest });
    super::set_context(&handle.context, context);
    Ok(handle_value(handle))
}

const CALL_LATER: Signature<3, 1> = Signature::new(
    "BaseEventLoop.call_later",
    WITH_ARGS,
    [
        Param::new("self"),
        Param::new("delay"),
        Param::new("callback"),
    ],
    [Param::keyword_only("context")],
);

fn loop_call_later(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, delay, callback],
        optional: [context],
        rest,
        ..
    } = CALL_LATER.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "call_later")?;
    let delay = seconds(vm, &delay, "delay")?;
    let func = python_callback(vm, callback, "call_later")?;
    let handle = event_loop.call_later(vm, delay, Callback::Python { func, args: rest });
    super::set_context(&handle.context, context);
    Ok(handle_value(handle))
}

const CALL_AT: Signature<3, 1> = Signature::new(
    "BaseEventLoop.call_at",
    WITH_ARGS,
    [
        Param::new("self"),
        Param::new("when"),
        Param::new("callback"),
    ],
    [Param::keyword_only("context")],
);

fn loop_call_at(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, when, callback],
        optional: [context],
        rest,
        ..
    } = CALL_AT.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "call_at")?;
    let when = seconds(vm, &when, "when")?;
    let func = python_callback(vm, callback, "call_at")?;
    let handle = event_loop.call_at(vm, when, Callback::Python { func, args: rest });
    super::set_context(&handle.context, context);
    Ok(handle_value(handle))
}

fn loop_create_future(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "create_future")?;
    let class = super::classes(vm).future;
    let label = caller_label(vm);
    Ok(Value::Native(super::new_future(
        vm,
        &event_loop,
        class,
        label,
    )))
}

const LOOP_CREATE_TASK: Signature<2, 2> = Signature::new(
    "BaseEventLoop.create_task",
    Convention::python(),
    [Param::new("self"), Param::new("coro")],
    [Param::keyword_only("name"), Param::keyword_only("context")],
);

fn loop_create_task(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, coro],
        optional: [name, context],
        ..
    } = LOOP_CREATE_TASK.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "create_task")?;
    let task = super::create_task(vm, &event_loop, coro, name, None)?;
    super::set_context(&task.task().context, context);
    Ok(Value::Native(task))
}

/// `run_in_executor(None, func, *args)`: the default executor's four virtual workers.
fn loop_run_in_executor(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const RUN_IN_EXECUTOR: Signature<3, 0> = Signature::new(
        "BaseEventLoop.run_in_executor",
        WITH_ARGS,
        [
            Param::new("self"),
            Param::new("executor"),
            Param::new("func"),
        ],
        [],
    );
    let Bound {
        required: [me, executor, func],
        rest,
        ..
    } = RUN_IN_EXECUTOR.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "run_in_executor")?;
    let default_pool = event_loop.default_pool.borrow().clone();
    let executor = match default_pool {
        Some(pool) if executor.is_none() => pool,
        _ => executor,
    };
    if !executor.is_none() {
        // `wrap_future(executor.submit(func, *args), loop=self)`.
        let submit = vm.getattr(&executor, "submit")?;
        let mut call = vec![func];
        call.extend(rest);
        let future = vm.call(&submit, call)?;
        let wrap = super::asyncio_attribute(vm, "wrap_future")?;
        let mut args = Args::new(vec![future]);
        args.keywords.push((Rc::from("loop"), me));
        return vm.call_with(&wrap, args);
    }
    let class = super::classes(vm).future;
    // The job runs (and may finish) before the asyncio future exists, as in CPython where
    // wrap_future() follows executor.submit().
    let future = super::new_future(vm, &event_loop, class, Rc::from("wrap_future"));
    let job = Job {
        named: func.clone(),
        func,
        args: rest,
        future: Some(future.clone()),
        cancelled: false,
    };
    event_loop.submit(vm, 0, job)?;
    // `wrap_future` chains the two futures: the asyncio one's first done callback checks
    // whether it was cancelled (it takes a loop iteration even when nobody awaits it).
    future.add_done_callback(vm, DoneCallback::CheckJobCancelled);
    Ok(Value::Native(future))
}

fn loop_is_running(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "is_running")?;
    Ok(Value::Bool(event_loop.running.get()))
}

fn loop_is_closed(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "is_closed")?;
    Ok(Value::Bool(event_loop.closed.get()))
}

fn loop_get_debug(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    the_loop(vm, this, args, "get_debug")?;
    Ok(Value::Bool(false))
}

fn loop_stop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "stop")?;
    event_loop.stopping.set(true);
    Ok(Value::None)
}

/// Why `event_loop` cannot start running: it is closed, or a loop (it, or another) runs.
fn check_can_run(vm: &mut Vm, event_loop: &Rc<EventLoop>) -> PResult<()> {
    if event_loop.closed.get() {
        return Err(vm.error("RuntimeError", "Event loop is closed"));
    }
    if event_loop.running.get() {
        return Err(vm.error("RuntimeError", "This event loop is already running"));
    }
    if vm.asyncio.running.as_ref().is_some_and(|l| l.running.get()) {
        return Err(vm.error(
            "RuntimeError",
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

/// `loop.run_until_complete(future)`: a coroutine becomes a task of the loop; the loop runs
/// until the future is done, and its result is returned (or its exception raised).
fn loop_run_until_complete(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const RUN_UNTIL_COMPLETE: Signature<2, 0> = Signature::new(
        "BaseEventLoop.run_until_complete",
        Convention::python(),
        [Param::new("self"), Param::new("future")],
        [],
    );
    let Bound {
        required: [me, future],
        ..
    } = RUN_UNTIL_COMPLETE.bind_method(vm, this, args)?;
    let event_loop = as_loop(vm, &me, "run_until_complete")?;
    if let Err(error) = check_can_run(vm, &event_loop) {
        // In CPython `future` is a local of the method's frame, which the error's traceback
        // keeps: a coroutine passed in is freed (and reported never awaited) with the error.
        return Err(keeping_frame_locals(error, vec![future]));
    }
    let new_task = future.native_rc::<FutureObj>().is_none();
    let ensure_future = super::asyncio_attribute(vm, "ensure_future")?;
    let mut args = Args::new(vec![future]);
    args.keywords
        .push((Rc::from("loop"), Value::Native(event_loop.clone())));
    let future = vm.call_with(&ensure_future, args)?;
    let Some(future) = future.native_rc::<FutureObj>() else {
        return Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"));
    };
    if new_task && let Some(task) = &future.task {
        task.log_destroy_pending.set(false);
    }
    let previous = vm.asyncio.running.replace(event_loop.clone());
    let result = super::run_until_complete(vm, &event_loop, &future);
    vm.asyncio.running = previous;
    result
}

/// `loop.run_forever()`: runs the loop until `stop()` is called.
fn loop_run_forever(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "run_forever")?;
    check_can_run(vm, &event_loop)?;
    let previous = vm.asyncio.running.replace(event_loop.clone());
    let result = event_loop.run_forever(vm);
    vm.asyncio.running = previous;
    match result {
        Ok(()) => Ok(Value::None),
        Err(stop) => Err(super::loop_stop_error(vm, &event_loop, stop)),
    }
}

/// `loop.close()`: drops what is scheduled; a closed loop runs nothing more.
fn loop_close(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "close")?;
    if event_loop.running.get() {
        return Err(vm.error("RuntimeError", "Cannot close a running event loop"));
    }
    if !event_loop.closed.get() {
        let pending = event_loop.pending_tasks();
        vm.asyncio.abandoned_tasks.extend(pending);
    }
    event_loop.close();
    Ok(Value::None)
}

/// `asyncio.get_event_loop()`: the running loop; outside one, the main thread's current loop
/// (CPython 3.12's policy: if none was ever set, the first call makes one, with a
/// DeprecationWarning; after `set_event_loop(None)`, or once `asyncio.run` has ended, there
/// is none, and it is a RuntimeError).
fn get_event_loop(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    if let Ok(event_loop) = running_loop(vm) {
        return Ok(Value::Native(event_loop));
    }
    // An executor job's thread has no loop of its own, and no loop is made for it.
    if vm.asyncio.thread.is_some() {
        let thread = vm
            .asyncio
            .thread_name
            .clone()
            .unwrap_or(Rc::from("Thread-1"));
        return Err(vm.error(
            "RuntimeError",
            format!("There is no current event loop in thread '{thread}'."),
        ));
    }
    if vm.asyncio.current.is_none() && !vm.asyncio.current_set {
        crate::runtime::modules::logging::warn_at_program_line(
            vm,
            "DeprecationWarning",
            "There is no current event loop".to_string(),
        )?;
        let event_loop = super::new_loop(vm);
        crate::runtime::modules::logging::loop_created(vm)?;
        vm.asyncio.current = Some(event_loop);
        vm.asyncio.current_set = true;
    }
    match vm.asyncio.current.clone() {
        Some(event_loop) => Ok(Value::Native(event_loop)),
        None => Err(vm.error(
            "RuntimeError",
            "There is no current event loop in thread 'MainThread'.",
        )),
    }
}

/// `_import_module(name)`: the module, imported as `import name` would (for the parts of
/// asyncio that need a module only on first use, which the web app downloads then).
fn import_module(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let name = args
        .positional
        .first()
        .and_then(Value::as_str)
        .unwrap_or("");
    vm.import_module(name)
}

/// `asyncio.new_event_loop()`: a new loop, not running and not current.
fn new_event_loop(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const NEW_EVENT_LOOP: Signature<0, 0> =
        Signature::new("new_event_loop", Convention::python(), [], []);
    NEW_EVENT_LOOP.bind(vm, args)?;
    let event_loop = super::new_loop(vm);
    crate::runtime::modules::logging::loop_created(vm)?;
    Ok(Value::Native(event_loop))
}

/// `asyncio.set_event_loop(loop)`: makes `loop` (or None) the main thread's current loop.
fn set_event_loop(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const SET_EVENT_LOOP: Signature<1, 0> = Signature::new(
        "set_event_loop",
        Convention::python(),
        [Param::new("loop")],
        [],
    );
    let Bound {
        required: [event_loop],
        ..
    } = SET_EVENT_LOOP.bind(vm, args)?;
    vm.asyncio.current_set = true;
    vm.asyncio.current = match &event_loop {
        Value::None => None,
        other => match other.native_rc::<EventLoop>() {
            Some(event_loop) => Some(event_loop),
            None => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "loop must be an instance of AbstractEventLoop or None, not '{name}'"
                )));
            }
        },
    };
    Ok(Value::None)
}

/// `_close_runner_loop(loop, unset)`: what `asyncio.Runner.close()` does to its loop, as
/// `asyncio.run` does: cancels the tasks left, shuts down async generators and the default
/// executor, unsets the current loop if the runner set it (`unset`), and closes the loop.
fn close_runner_loop(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut args = args.positional.into_iter();
    let me = args.next().unwrap_or(Value::None);
    let unset = args
        .next()
        .is_some_and(|unset| matches!(unset, Value::Bool(true)));
    let event_loop = as_loop(vm, &me, "_close_runner_loop")?;
    let previous = vm.asyncio.running.replace(event_loop.clone());
    let closed = super::close_loop(vm, &event_loop);
    vm.asyncio.running = previous;
    if unset {
        vm.asyncio.current = None;
        vm.asyncio.current_set = true;
    }
    event_loop.close();
    closed.map(|()| Value::None)
}

fn loop_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, _) = the_loop(vm, this, args, "__repr__")?;
    Ok(Value::str(format!(
        "<_UnixSelectorEventLoop running={} closed={} debug=False>",
        if event_loop.running.get() {
            "True"
        } else {
            "False"
        },
        if event_loop.closed.get() {
            "True"
        } else {
            "False"
        },
    )))
}

fn the_handle(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<Handle>, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match me.native_rc::<Handle>() {
        Some(handle) => Ok((handle, args)),
        None => Err(vm.type_error(format!("descriptor '{method}' requires a 'Handle' object"))),
    }
}

fn handle_cancel(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (handle, _) = the_handle(vm, this, args, "cancel")?;
    if !handle.cancelled.replace(true) {
        handle.callback.borrow_mut().take();
        if vm.trace.machinery {
            vm.record_machinery(crate::runtime::trace::LoopEvent::Cancelled { handle: handle.id });
        }
    }
    Ok(Value::None)
}

fn handle_cancelled(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (handle, _) = the_handle(vm, this, args, "cancelled")?;
    Ok(Value::Bool(handle.cancelled.get()))
}

fn handle_when(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (handle, _) = the_handle(vm, this, args, "when")?;
    Ok(Value::Float(handle.when.unwrap_or(0.0)))
}

/// `Handle.__repr__`: `<Handle f(1) at main.py:3>`, `<TimerHandle when=2.5 f(1) at ...>`;
/// a cancelled handle has forgotten its callback.
fn handle_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (handle, _) = the_handle(vm, this, args, "__repr__")?;
    let mut info = vec![handle.class.name.to_string()];
    if handle.cancelled.get() {
        info.push("cancelled".to_string());
    }
    if let Some(when) = handle.when {
        info.push(format!("when={}", pycore::format::float_repr(when)));
    }
    let callback = handle.callback.borrow().clone();
    match callback {
        Some(Callback::Python { func, args }) => {
            info.push(super::format_helpers::format_callback_source(
                vm, &func, &args,
            )?);
        }
        Some(other) => info.push(other.describe().to_string()),
        None => {}
    }
    Ok(Value::str(format!("<{}>", info.join(" "))))
}

/// `set_default_executor(executor)`: a `concurrent.futures.ThreadPoolExecutor` of the
/// program's runs `run_in_executor(None, ...)` jobs from now on.
fn loop_set_default_executor(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (event_loop, args) = the_loop(vm, this, args, "set_default_executor")?;
    let Some(executor) = args.positional.into_iter().next() else {
        return Err(vm.type_error(
            "BaseEventLoop.set_default_executor() missing 1 required positional argument: 'executor'",
        ));
    };
    let futures = vm.import_module("concurrent.futures")?;
    let pool = vm.getattr(&futures, "ThreadPoolExecutor")?;
    let is_pool = matches!(&pool, Value::Class(class) if vm.isinstance(&executor, class));
    if !is_pool {
        return Err(vm.type_error("executor must be ThreadPoolExecutor instance"));
    }
    *event_loop.default_pool.borrow_mut() = Some(executor);
    Ok(Value::None)
}

/// `_submit(loop, pool, max_workers, work, named, *args)`: a job for a program's own
/// `concurrent.futures` pool (`pool` None: a new pool of `max_workers` on `loop`). `work(*args)`
/// runs it and completes its future; `named` names it. Returns the pool's number.
pub fn pool_submit(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut args = args.positional.into_iter();
    let (Some(event_loop), Some(pool), Some(max), Some(work), Some(named)) = (
        args.next(),
        args.next(),
        args.next(),
        args.next(),
        args.next(),
    ) else {
        return Err(vm.type_error("_submit() takes at least 5 arguments"));
    };
    let event_loop = as_loop(vm, &event_loop, "_submit")?;
    let pool = match pool {
        Value::Int(n) => n as usize,
        _ => event_loop.add_pool(match max {
            Value::Int(n) => n.max(0) as usize,
            _ => WORKERS,
        }),
    };
    let job = Job {
        func: work,
        args: args.collect(),
        named,
        future: None,
        cancelled: false,
    };
    event_loop.submit(vm, pool, job)?;
    Ok(Value::Int(pool as i64))
}

// ----- executor job names and error logging -----

/// `thread:QUALNAME#N`: the name the oracle gives an executor job, looking through
/// `functools.partial`.
pub fn job_name(vm: &mut Vm, func: &Value) -> Rc<str> {
    let mut func = func.clone();
    for _ in 0..16 {
        match super::super::modules::functools::partial_parts(&func) {
            // `to_thread`'s `partial(context.run, func, ...)` runs `func`.
            Some((Value::BoundMethod(ref m), ref args))
                if matches!(&m.func, Value::Function(f) if &**f.qualname.borrow() == "Context.run")
                    && !args.is_empty() =>
            {
                func = args[0].clone()
            }
            Some((inner, _)) => func = inner,
            None => break,
        }
    }
    let name = match &func {
        Value::Function(f) => f.qualname.borrow().to_string(),
        Value::Builtin(b) => b.qualname.to_string(),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => f.qualname.borrow().to_string(),
            _ => "method".to_string(),
        },
        Value::Class(c) => c.qualname.to_string(),
        other => vm.repr(other).unwrap_or_else(|_| "job".into()),
    };
    vm.asyncio.job_counter += 1;
    Rc::from(format!("thread:{name}#{}", vm.asyncio.job_counter))
}

/// Logs an error as asyncio's default exception handler does: the message, a `key: repr`
/// line for each other entry of the context (`context` lists them sorted by key, as the
/// handler sorts them), then the traceback.
pub fn log_exception(
    vm: &mut Vm,
    message: &str,
    context: &[(&str, &Value)],
    exception: &Value,
) -> PResult<()> {
    let formatted = vm.format_exception(exception);
    log_formatted_exception(vm, message, context, &formatted)
}

/// [`log_exception`] with the exception already formatted.
pub fn log_formatted_exception(
    vm: &mut Vm,
    message: &str,
    context: &[(&str, &Value)],
    formatted: &str,
) -> PResult<()> {
    let mut text = message.to_string();
    for (key, value) in context {
        let shown = vm.repr(value)?;
        text.push_str(&format!("\n{key}: {shown}"));
    }
    if crate::runtime::modules::logging::asyncio_error(vm, &text, formatted)? {
        return Ok(());
    }
    text.push('\n');
    text.push_str(formatted);
    vm.write_stderr(&text);
    Ok(())
}
