//! The `asyncio` module: the event loop, futures and tasks in Rust (as CPython's `_asyncio`
//! accelerator has them), and the rest of the library (locks, queues, `gather`, `wait`,
//! timeouts, task groups) in Python, in `library/`, following CPython 3.12's algorithms
//! so that every hop through the loop happens where CPython's does. The Python parts are
//! named after the CPython modules they follow (`LIBRARY` lists them).

pub mod asyncgens;
mod cpython_places;
mod deque;
pub mod event_loop;
pub(crate) mod fast_paths;
mod format_helpers;
pub mod future;
mod groups;
pub mod learner;
mod natives;
mod primitives;
mod timer_heap;

pub use format_helpers::{CoroutineAt, format_coroutine};

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::builtins::AsyncGenAwaitable;
use super::exceptions::keeping_frame_locals;
use super::value::{Class, Layout, Module, Namespace, Value};
use super::vm::Vm;
use super::vm::types::builtin_class;
use super::{Flow, PResult};
use crate::python::bytecode::CodeObject;
use crate::python::source::SourceFile;
use event_loop::{EventLoop, LoopStop};
use future::{FutureObj, FutureState, TaskPart, UnretrievedReport};

pub use natives::{job_name, pool_submit};

/// The asyncio state of a VM: the running loop, the last loop (traces keep reading its
/// clock after it stops, as the oracle does), counters and classes.
#[derive(Default)]
pub struct AsyncState {
    /// The loop running now, or the one `asyncio.run` made while it closes.
    pub running: Option<Rc<EventLoop>>,
    pub last: Option<Rc<EventLoop>>,
    /// The main thread's current loop (the policy's: `set_event_loop`, `get_event_loop`).
    pub current: Option<Rc<EventLoop>>,
    /// Whether a current loop was ever set (`asyncio.run` sets one, and `None` as it ends):
    /// only before that does `get_event_loop()` make one.
    pub current_set: bool,
    /// Tasks still pending in loops the program closed itself (reported at exit).
    pub abandoned_tasks: Vec<Rc<FutureObj>>,
    /// `Task-N` numbering, shared by every loop of the program (CPython's is global).
    pub task_counter: u64,
    /// Executor job numbering (`thread:fn#N`).
    pub job_counter: u64,
    pub next_future_id: u64,
    /// Tasks created so far (the limit counts them).
    pub tasks_created: u64,
    /// The executor job running now (`thread:NAME#N`), if any.
    pub thread: Option<Rc<str>>,
    /// The thread name the running executor job's worker has (`Thread-N (_worker)`).
    pub thread_name: Option<Rc<str>>,
    /// Threads started so far (`Thread-N` numbering, shared with `threading.Thread`).
    pub threads_made: u64,
    /// `time.sleep(d)` inside an executor job: the job parks for `d` virtual seconds.
    pub park_request: Option<f64>,
    /// The current `contextvars.Context` (None: an empty one nobody has set a variable in).
    pub context: Option<Value>,
    /// The process's one virtual clock, in seconds since the program started: every loop's
    /// time is it (a second `asyncio.run` goes on where the first stopped), and
    /// `time.sleep` outside any loop advances it, as the oracle's clock does.
    pub clock: Rc<Cell<f64>>,
    pub classes: Option<Classes>,
    /// The library's queue and lock classes, whose hot methods are native.
    pub library: Option<fast_paths::LibraryClasses>,
    /// [`fast_paths::finish_call_at_once`] may not finish a library coroutine without its
    /// frame (a run with `RunOptions::shortcuts` off).
    pub without_shortcuts: bool,
    /// What the deadlock looked like when the loop found every task blocked.
    pub deadlock_report: Option<String>,
    /// For the visualizer: which tasks hold each lock or semaphore (by address), and the
    /// number and label given to each primitive.
    /// (Maps read at every change of a primitive: hashbrown's hasher, much cheaper than
    /// std's on these integer keys.)
    pub holders: hashbrown::HashMap<usize, Vec<Rc<str>>>,
    pub primitive_ids: hashbrown::HashMap<usize, primitives::PrimitiveName>,
    /// For each primitive (by id), what the visualizer last showed of it.
    pub primitive_shown: hashbrown::HashMap<u64, primitives::Shown>,
    /// The kind of every primitive named so far, in order (ids and `Semaphore 2` count them).
    pub primitives_named: Vec<Rc<str>>,
    /// For the visualizer: the number of the group (gather or TaskGroup) open at each
    /// address, and how many groups were opened.
    pub group_ids: std::collections::HashMap<usize, u64>,
    pub group_counter: u64,
    /// For the visualizer: the tasks (by future id) that run asyncio's own coroutines.
    pub internal_tasks: std::collections::HashSet<u64>,
    /// `asyncio.run`'s clean-up is cancelling the tasks left over (see `close_loop`).
    pub cleaning_up: bool,
    /// The program line that set the timer whose callback runs now (0: none; recorded only
    /// with the machinery).
    pub callback_line: u32,
    /// The thread's async generator hooks (`sys.get_asyncgen_hooks()`): a running loop's.
    pub asyncgen_hooks: asyncgens::AsyncGenHooks,
    /// While the loop runs a callback: how many frames were on the stack below it (the
    /// program's call of `asyncio.run`).
    pub callback_base: Option<usize>,
}

/// The native classes of asyncio, made when it is first imported.
#[derive(Clone)]
pub struct Classes {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub abstract_event_loop: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    pub deadlock_error: Rc<Class>,
}

thread_local! {
    /// Futures whose exception nobody retrieved, reported when the VM next can.
    static UNRETRIEVED: RefCell<Vec<UnretrievedReport>> = const { RefCell::new(Vec::new()) };
    static PENDING_REPORTS: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn report_unretrieved(report: UnretrievedReport) {
    UNRETRIEVED.with(|queue| queue.borrow_mut().push(report));
    PENDING_REPORTS.with(|flag| flag.set(true));
}

/// Takes the queued "never retrieved" reports.
pub fn take_unretrieved() -> Vec<UnretrievedReport> {
    if !PENDING_REPORTS.with(|flag| flag.replace(false)) {
        return Vec::new();
    }
    UNRETRIEVED.with(|queue| std::mem::take(&mut *queue.borrow_mut()))
}

/// The asyncio classes (created on first use).
pub fn classes(vm: &mut Vm) -> Classes {
    if let Some(classes) = &vm.asyncio.classes {
        return classes.clone();
    }
    let object = vm.types.object.clone();
    // (CPython's are the C types of `_asyncio`, as `type(task)` shows.)
    let native =
        |name: &str, bases: Vec<Rc<Class>>| builtin_class(name, "_asyncio", bases, Layout::Native);
    let future = native("Future", vec![object.clone()]);
    let task = native("Task", vec![future.clone()]);
    // `isinstance(loop, asyncio.AbstractEventLoop)`; CPython's classes between the two
    // (`BaseEventLoop`, `SelectorEventLoop`) hold nothing a program calls.
    let abstract_event_loop = builtin_class(
        "AbstractEventLoop",
        "asyncio.events",
        vec![object.clone()],
        Layout::Object,
    );
    let event_loop = native("_UnixSelectorEventLoop", vec![abstract_event_loop.clone()]);
    let handle = native("Handle", vec![object.clone()]);
    let timer_handle = native("TimerHandle", vec![handle.clone()]);
    let exception = |name: &str, base: Rc<Class>| {
        builtin_class(name, "asyncio.exceptions", vec![base], Layout::Exception)
    };
    let cancelled_error = exception("CancelledError", vm.types.exception("BaseException"));
    let invalid_state_error = exception("InvalidStateError", vm.types.exception("Exception"));
    let deadlock_error = exception("DeadlockError", vm.types.exception("RuntimeError"));
    let classes = Classes {
        future,
        task,
        abstract_event_loop,
        event_loop,
        handle,
        timer_handle,
        cancelled_error,
        invalid_state_error,
        deadlock_error,
    };
    natives::install_methods(vm, &classes);
    vm.asyncio.classes = Some(classes.clone());
    classes
}

pub fn cancelled_error_class(vm: &mut Vm) -> Rc<Class> {
    classes(vm).cancelled_error
}

pub fn is_cancelled_error(vm: &mut Vm, exception: &Value) -> bool {
    let class = cancelled_error_class(vm);
    vm.isinstance(exception, &class)
}

pub fn invalid_state(vm: &mut Vm, message: &str) -> Flow {
    let class = classes(vm).invalid_state_error;
    Flow::Exception(vm.new_exception(class, vec![Value::str(message)]))
}

/// `future.cancel(msg)` on a native future or task, or on any object with `cancel`.
pub fn cancel_any(vm: &mut Vm, future: &Value, message: Option<Value>) -> PResult<bool> {
    if let Some(native) = future.native_rc::<FutureObj>() {
        // A Python subclass may override cancel() (gather's future does).
        let overridden = matches!(native.class.lookup("cancel"), Some(Value::Function(_)));
        if !overridden {
            return if native.task.is_some() {
                native.cancel_task(vm, message)
            } else {
                native.cancel_future(vm, message)
            };
        }
    }
    let cancel = vm.getattr(future, "cancel")?;
    let mut args = super::value::Args::default();
    args.keywords
        .push((Rc::from("msg"), message.unwrap_or(Value::None)));
    let result = vm.call_with(&cancel, args)?;
    vm.truthy(&result)
}

/// The label of what a task waits on, as the oracle's trace writes it.
pub fn await_label(awaited: &Value) -> Rc<str> {
    if awaited.is_none() {
        return Rc::from("yield");
    }
    match awaited.native::<FutureObj>() {
        Some(future) => match &future.task {
            Some(task) => Rc::from(format!("task:{}", task.name.borrow())),
            None if &*future.class.name == "_GatheringFuture" => Rc::from("gather"),
            None => future.label.clone(),
        },
        None => Rc::from("future"),
    }
}

/// The running loop, or RuntimeError('no running event loop').
pub fn running_loop(vm: &mut Vm) -> PResult<Rc<EventLoop>> {
    match &vm.asyncio.running {
        // An executor job runs in a thread of its own, where no loop runs.
        _ if vm.asyncio.thread.is_some() => Err(vm.error("RuntimeError", "no running event loop")),
        Some(event_loop) if event_loop.running.get() => Ok(event_loop.clone()),
        _ => Err(vm.error("RuntimeError", "no running event loop")),
    }
}

/// A new pending future on `event_loop`, labelled with what created it.
pub fn new_future(
    vm: &mut Vm,
    event_loop: &Rc<EventLoop>,
    class: Rc<Class>,
    label: Rc<str>,
) -> Rc<FutureObj> {
    vm.asyncio.next_future_id += 1;
    Rc::new(FutureObj {
        id: vm.asyncio.next_future_id,
        class,
        dict: Default::default(),
        event_loop: event_loop.clone(),
        state: Cell::new(FutureState::Pending),
        result: RefCell::new(None),
        exception: RefCell::new(None),
        callbacks: RefCell::new(Vec::new()),
        rare: Default::default(),
        log_traceback: Cell::new(false),
        label,
        blocking: Cell::new(false),
        waited_by: RefCell::new(None),
        in_deques: RefCell::new(Vec::new()),
        task: None,
    })
}

/// What `asyncio.iscoroutine` accepts and a task can run: a coroutine, or the awaitable of
/// an async generator's `__anext__()`, `asend()`, `athrow()` or `aclose()` (with `send`,
/// `throw`, `close` and `__await__`, CPython counts it as a `collections.abc.Coroutine`).
pub fn is_coroutine(value: &Value) -> bool {
    match value {
        Value::Generator(generator) => generator.kind == super::value::GenKind::Coroutine,
        // An object of a class with the methods of `collections.abc.Coroutine` (its
        // `__subclasshook__` asks for these four): a task steps it through `send`/`throw`.
        Value::Instance(instance) => {
            let class = instance.class();
            ["__await__", "send", "throw", "close"]
                .iter()
                .all(|method| class.lookup(method).is_some_and(|m| !m.is_none()))
        }
        other => other.native::<AsyncGenAwaitable>().is_some(),
    }
}

/// `loop.create_task(coro, name=None)`: a task whose first step runs on the next
/// iteration.
pub fn create_task(
    vm: &mut Vm,
    event_loop: &Rc<EventLoop>,
    coro: Value,
    name: Option<Value>,
    class: Option<Rc<Class>>,
) -> PResult<Rc<FutureObj>> {
    // An async generator's awaitable has no frame of its own until its first step.
    let generator = match &coro {
        Value::Generator(g) if g.kind == super::value::GenKind::Coroutine => Some(g.clone()),
        // What an async generator's `asend()`/`athrow()`/`aclose()` returns is a coroutine
        // too (`collections.abc.Coroutine`): the task steps it.
        other if is_coroutine(other) => None,
        other => {
            let repr = vm.repr(other)?;
            return Err(vm.type_error(format!("a coroutine was expected, got {repr}")));
        }
    };
    let coro_name = match (&generator, &coro) {
        (Some(generator), _) => generator.qualname.clone(),
        (None, Value::Native(native)) => native.class(vm).name.clone(),
        (None, Value::Instance(instance)) => instance.class().name.clone(),
        (None, _) => Rc::from("coroutine"),
    };
    let name: Rc<str> = match name {
        Some(name) if !name.is_none() => Rc::from(vm.str(&name)?.as_str()),
        _ => {
            vm.asyncio.task_counter += 1;
            Rc::from(format!("Task-{}", vm.asyncio.task_counter))
        }
    };
    let classes = classes(vm);
    vm.asyncio.tasks_created += 1;
    if vm.asyncio.tasks_created > vm.limits.tasks {
        let who = vm.running_code_description();
        return Err(Flow::Abort(format!(
            "the program created more than {} tasks (stopped in {who})",
            vm.limits.tasks
        )));
    }
    vm.asyncio.next_future_id += 1;
    let task = Rc::new(FutureObj {
        id: vm.asyncio.next_future_id,
        class: class.unwrap_or(classes.task),
        dict: Default::default(),
        event_loop: event_loop.clone(),
        state: Cell::new(FutureState::Pending),
        result: RefCell::new(None),
        exception: RefCell::new(None),
        callbacks: RefCell::new(Vec::new()),
        rare: Default::default(),
        log_traceback: Cell::new(false),
        label: Rc::from("task"),
        blocking: Cell::new(false),
        waited_by: RefCell::new(None),
        in_deques: RefCell::new(Vec::new()),
        task: Some(Box::new(TaskPart {
            name: RefCell::new(name.clone()),
            coro: coro.clone(),
            coro_name: coro_name.clone(),
            generator: generator.clone(),
            frames: RefCell::new(Vec::new()),
            started: Cell::new(false),
            must_cancel: Cell::new(false),
            fut_waiter: RefCell::new(None),
            num_cancels_requested: Cell::new(0),
            // Set when the task first suspends (a line, not known before).
            line: Cell::new(0),
            coro_line: Cell::new(0),
            context: RefCell::new(copy_context(vm)?),
            log_destroy_pending: Cell::new(true),
        })),
    });
    if let Some(generator) = &generator {
        // The task owns the coroutine now: no "never awaited" warning for it.
        generator.started.set(true);
        // Said before the task's `Create`, so whoever reads the trace in order knows it.
        if vm.trace.machinery && learner::is_internal_new_task(vm, &generator.module) {
            vm.asyncio.internal_tasks.insert(task.id);
            vm.record_machinery(super::trace::LoopEvent::Internal { task: name.clone() });
        }
    }
    vm.record(super::trace::EventKind::Create {
        new: name,
        coro: coro_name,
    });
    event_loop.call_soon(
        vm,
        event_loop::Callback::Step {
            task: task.clone(),
            exception: None,
        },
    );
    event_loop.tasks.borrow_mut().push(Rc::downgrade(&task));
    Ok(task)
}

/// Where CPython's warnings point when they are raised in a loop callback outside the
/// program's code: `Handle._run` in asyncio's `events.py`, which calls the callback. The path
/// is where a Linux distribution installs CPython 3.12's standard library.
pub fn handle_run_location() -> (String, u32, String) {
    (
        format!("{}asyncio/events.py", cpython_places::STDLIB),
        84,
        "self._context.run(self._callback, *self._args)".to_string(),
    )
}

/// `asyncio.run(main)`: a new loop runs `main` as Task-N, then cancels what is left, shuts
/// down async generators and the default executor, and closes.
pub fn run(vm: &mut Vm, main: Value) -> PResult<Value> {
    // In CPython `main` is a local of `run` (and of `Runner.run`) when these fail.
    if vm.asyncio.running.as_ref().is_some_and(|l| l.running.get()) {
        let error = vm.error(
            "RuntimeError",
            "asyncio.run() cannot be called from a running event loop",
        );
        return Err(keeping_frame_locals(error, vec![main]));
    }
    if !is_coroutine(&main) {
        let repr = vm.repr(&main)?;
        let error = vm.value_error(format!("a coroutine was expected, got {repr}"));
        return Err(keeping_frame_locals(error, vec![main]));
    }
    // As `asyncio.Runner`: a new loop, the thread's current one until it is closed.
    let event_loop = new_loop(vm);
    let previous = vm.asyncio.running.replace(event_loop.clone());
    vm.asyncio.current = Some(event_loop.clone());
    vm.asyncio.current_set = true;
    let outcome = crate::runtime::modules::logging::loop_created(vm)
        .and_then(|()| run_main(vm, &event_loop, main));
    let closed = close_loop(vm, &event_loop);
    vm.asyncio.current = None;
    event_loop.close();
    vm.asyncio.running = previous;
    match (outcome, closed) {
        (Err(Flow::Abort(message)), _) => Err(Flow::Abort(message)),
        (_, Err(error)) => Err(error),
        (outcome, Ok(())) => outcome,
    }
}

/// At exit, the tasks left pending in loops the program closed itself are freed: CPython
/// closes each one's coroutine and reports the task through the loop's exception handler.
/// (Here the coroutine's `finally` blocks do not run.)
pub fn report_destroyed_tasks(vm: &mut Vm) -> PResult<()> {
    for task in std::mem::take(&mut vm.asyncio.abandoned_tasks) {
        if task.is_done() || !task.task().log_destroy_pending.get() {
            continue;
        }
        let part = task.task();
        part.frames.borrow_mut().clear();
        if let Some(generator) = &part.generator {
            generator.state.set(super::value::GenState::Closed);
        }
        let task = Value::Native(task.clone());
        let message = "Task was destroyed but it is pending!";
        natives::log_formatted_exception(vm, message, &[("task", &task)], "")?;
    }
    Ok(())
}

/// A new event loop, not running (`new_event_loop()`).
pub fn new_loop(vm: &mut Vm) -> Rc<EventLoop> {
    let classes = classes(vm);
    let event_loop = Rc::new(EventLoop::new(
        classes.event_loop.clone(),
        classes.handle.clone(),
        classes.timer_handle.clone(),
        vm.asyncio.clock.clone(),
    ));
    vm.asyncio.last = Some(event_loop.clone());
    event_loop
}

fn run_main(vm: &mut Vm, event_loop: &Rc<EventLoop>, main: Value) -> PResult<Value> {
    let task = create_task(vm, event_loop, main, None, None)?;
    run_until_complete(vm, event_loop, &task)
}

/// `loop.run_until_complete(task)` once the future is the loop's: runs the loop until it is
/// done, and gives its result (or why the loop could not finish it).
pub fn run_until_complete(
    vm: &mut Vm,
    event_loop: &Rc<EventLoop>,
    task: &Rc<FutureObj>,
) -> PResult<Value> {
    match event_loop.run_until_complete(vm, task) {
        Ok(()) => {}
        Err(stop @ (LoopStop::Deadlock | LoopStop::TimerNeverDue)) => {
            return Err(loop_stop_error(vm, event_loop, stop));
        }
        Err(LoopStop::Flow(flow)) => {
            if task.is_done() && task.state.get() != FutureState::Cancelled {
                task.log_traceback.set(false);
            }
            return Err(flow);
        }
    }
    if !task.is_done() {
        return Err(vm.error(
            "RuntimeError",
            "Event loop stopped before Future completed.",
        ));
    }
    task.result_value(vm)
}

/// What a loop that stopped without being stopped means: every task waits and nothing can
/// wake them (the oracle's DeadlockError), or the flow that escaped it.
pub fn loop_stop_error(vm: &mut Vm, event_loop: &Rc<EventLoop>, stop: LoopStop) -> Flow {
    match stop {
        LoopStop::Deadlock => deadlock(vm, event_loop, NO_TIMER),
        LoopStop::TimerNeverDue => deadlock(vm, event_loop, TIMER_AT_INFINITY),
        LoopStop::Flow(flow) => flow,
    }
}

/// Why nothing can wake the waiting tasks: the oracle's words when no timer is left.
const NO_TIMER: &str = "every task is blocked and no timer is pending";
/// The same when the only timers left are due at infinity (`sleep(math.inf)`), a time no
/// clock reaches: CPython would wait forever.
const TIMER_AT_INFINITY: &str =
    "every task is blocked and the next timer is due at infinity, a time the clock never reaches";

/// The DeadlockError the oracle raises, with a report of who waits on what.
fn deadlock(vm: &mut Vm, event_loop: &Rc<EventLoop>, why: &str) -> Flow {
    let mut report = String::new();
    for task in event_loop.pending_tasks() {
        let part = task.task();
        let waiting = match part.fut_waiter.borrow().as_ref() {
            Some(waiter) => describe_wait(waiter),
            None => "nothing (it is scheduled)".to_string(),
        };
        let line = part.line.get();
        report.push_str(&format!(
            "  {} ({}) waits on {} at line {}\n",
            part.name.borrow(),
            part.coro_name,
            waiting,
            line
        ));
    }
    vm.asyncio.deadlock_report = Some(report);
    let class = classes(vm).deadlock_error;
    Flow::Exception(vm.new_exception(class, vec![Value::str(why)]))
}

fn describe_wait(waiter: &Value) -> String {
    match waiter.native::<FutureObj>() {
        Some(future) => match &future.task {
            Some(task) => format!("task {}", task.name.borrow()),
            None if &*future.class.name == "_GatheringFuture" => "gather()".to_string(),
            None if &*future.label == "future" => "a future".to_string(),
            None => format!("a future made by {}()", future.label),
        },
        None => "an awaitable".to_string(),
    }
}

/// `Runner.close()`: cancel leftover tasks, shut down async generators and the executor.
pub fn close_loop(vm: &mut Vm, event_loop: &Rc<EventLoop>) -> PResult<()> {
    let leftover = event_loop.pending_tasks();
    if !leftover.is_empty() {
        // What cancels and gathers here is asyncio.run's, not the program's (the visualizer
        // says so, and hides the gather).
        vm.asyncio.cleaning_up = true;
        for task in &leftover {
            task.cancel_task(vm, None)?;
        }
        let gather = asyncio_attribute(vm, "gather")?;
        let mut args =
            super::value::Args::new(leftover.iter().map(|t| Value::Native(t.clone())).collect());
        args.keywords
            .push((Rc::from("return_exceptions"), Value::Bool(true)));
        let outer = vm.call_with(&gather, args);
        vm.asyncio.cleaning_up = false;
        let outer = outer?;
        if let Some(outer) = outer.native_rc::<FutureObj>() {
            run_to_completion(vm, event_loop, &outer)?;
        }
        for task in &leftover {
            if task.state.get() == FutureState::Cancelled {
                continue;
            }
            let exception = task.exception.borrow().clone();
            if let Some(exception) = exception {
                task.log_traceback.set(false);
                natives::log_exception(
                    vm,
                    "unhandled exception during asyncio.run() shutdown",
                    &[("task", &Value::Native(task.clone()))],
                    &exception,
                )?;
            }
        }
    }
    for name in ["shutdown_asyncgens", "shutdown_default_executor"] {
        let base_loop = asyncio_attribute(vm, "BaseEventLoop")?;
        let method = vm.getattr(&base_loop, name)?;
        let coroutine = vm.call(&method, vec![Value::Native(event_loop.clone())])?;
        if name == "shutdown_default_executor" {
            // It starts a thread (`Thread-N (_do_shutdown)`) that joins the executor's: the
            // oracle's loops always have an executor, so every close counts one.
            vm.asyncio.threads_made += 1;
        }
        // asyncio.run's own tasks (the visualizer hides them with the internals).
        vm.asyncio.cleaning_up = true;
        let task = create_task(vm, event_loop, coroutine, None, None);
        vm.asyncio.cleaning_up = false;
        run_to_completion(vm, event_loop, &task?)?;
    }
    Ok(())
}

fn run_to_completion(
    vm: &mut Vm,
    event_loop: &Rc<EventLoop>,
    future: &Rc<FutureObj>,
) -> PResult<()> {
    match event_loop.run_until_complete(vm, future) {
        Ok(()) => Ok(()),
        Err(LoopStop::Deadlock) => Err(deadlock(vm, event_loop, NO_TIMER)),
        Err(LoopStop::TimerNeverDue) => Err(deadlock(vm, event_loop, TIMER_AT_INFINITY)),
        Err(LoopStop::Flow(flow)) => Err(flow),
    }
}

/// A copy of the current `contextvars.Context` (None: it is empty).
pub fn copy_context(vm: &mut Vm) -> PResult<Option<Value>> {
    match vm.asyncio.context.clone() {
        Some(current) => {
            let copy = vm.getattr(&current, "copy")?;
            vm.call(&copy, Vec::new()).map(Some)
        }
        None => Ok(None),
    }
}

/// Sets the context a task runs in, or a callback (`context=`), unless it is None.
pub fn set_context(target: &RefCell<Option<Value>>, context: Option<Value>) {
    if let Some(context) = context.filter(|c| !c.is_none()) {
        *target.borrow_mut() = Some(context);
    }
}

/// An attribute of the asyncio module (the Python part defines it).
pub fn asyncio_attribute(vm: &mut Vm, name: &str) -> PResult<Value> {
    let module = vm.import_module("asyncio")?;
    vm.getattr(&module, name)
}

/// Creates the `asyncio` module: natives first, then the Python library run in its
/// namespace.
pub fn create_module(vm: &mut Vm) -> PResult<Value> {
    let classes = classes(vm);
    let mut namespace = Namespace::default();
    namespace.insert(Rc::from("__name__"), Value::str("asyncio"));
    natives::install_functions(vm, &mut namespace, &classes);
    let deque = deque::class(vm);
    namespace.insert(Rc::from("_deque"), Value::Class(deque));
    let functools = vm.import_module("functools")?;
    let partial = vm.getattr(&functools, "partial")?;
    namespace.insert(Rc::from("_partial"), partial);
    namespace.insert(Rc::from("_VISUAL"), Value::Bool(vm.trace.machinery));
    super::builtins::add_function(&mut namespace, "_changed", primitives::changed);
    super::builtins::add_function(&mut namespace, "_held", primitives::held);
    super::builtins::add_function(&mut namespace, "_created", primitives::created);
    super::builtins::add_function(&mut namespace, "_grouped", groups::grouped);
    let dict = Rc::new(RefCell::new(namespace));
    let module = Rc::new(Module {
        name: Rc::from("asyncio"),
        dict: dict.clone(),
        source: None,
    });
    let value = Value::Module(module);
    // Registered before the library runs, so that it can import itself.
    vm.modules.insert(Rc::from("asyncio"), value.clone());
    for (source, code) in compiled_library().iter() {
        // Each part's frames and functions point at its own source, in the one namespace.
        let part = Rc::new(Module {
            name: Rc::from("asyncio"),
            dict: dict.clone(),
            source: Some(source.clone()),
        });
        vm.run_library(&part, code.clone())?;
    }
    fast_paths::install(vm, &dict.borrow());
    // `import asyncio` imports its submodules: `asyncio.tasks.Task`, `from asyncio.exceptions
    // import TimeoutError`. Each holds what the one namespace does, under its own name.
    for name in SUBMODULES {
        let full = format!("asyncio.{name}");
        let mut namespace = dict.borrow().clone();
        namespace.insert(Rc::from("__name__"), Value::str(&full));
        let submodule = Value::Module(Rc::new(Module {
            name: Rc::from(full.as_str()),
            dict: Rc::new(RefCell::new(namespace)),
            source: None,
        }));
        dict.borrow_mut().insert(Rc::from(name), submodule.clone());
        vm.modules.insert(Rc::from(full), submodule);
    }
    Ok(value)
}

/// CPython's submodules of asyncio that hold what Looplab's asyncio has (not the ones of
/// sockets, pipes and subprocesses).
const SUBMODULES: [&str; 12] = [
    "base_events",
    "coroutines",
    "events",
    "exceptions",
    "futures",
    "locks",
    "queues",
    "runners",
    "taskgroups",
    "tasks",
    "threads",
    "timeouts",
];

/// The Python parts of the module, in the order they run (a part may use what an earlier one
/// defines: queues subclass the mixins of locks), each named after the CPython module it
/// follows. Tracebacks and callback reprs show them as `<asyncio.tasks>` and so on.
const LIBRARY: [(&str, &str); 8] = [
    (
        "<asyncio.exceptions>",
        include_str!("library/exceptions.py"),
    ),
    ("<asyncio.tasks>", include_str!("library/tasks.py")),
    ("<asyncio.timeouts>", include_str!("library/timeouts.py")),
    (
        "<asyncio.taskgroups>",
        include_str!("library/taskgroups.py"),
    ),
    ("<asyncio.threads>", include_str!("library/threads.py")),
    ("<asyncio.locks>", include_str!("library/locks.py")),
    ("<asyncio.queues>", include_str!("library/queues.py")),
    ("<asyncio.runners>", include_str!("library/runners.py")),
];

/// The source of one part of the module (`<asyncio.tasks>`), as it runs.
pub fn library_source(part: &str) -> Option<&'static str> {
    LIBRARY
        .iter()
        .find(|&&(name, _)| name == part)
        .map(|&(_, text)| text)
}

type CompiledPart = (Rc<SourceFile>, Rc<CodeObject>);

thread_local! {
    /// The parts compiled once per thread (a VM is made per run; compiling is not free).
    static LIBRARY_CODE: RefCell<Option<Rc<[CompiledPart]>>> = const { RefCell::new(None) };
}

fn compiled_library() -> Rc<[CompiledPart]> {
    LIBRARY_CODE.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                LIBRARY
                    .iter()
                    .map(|&(name, text)| {
                        let source = Rc::new(SourceFile::new(name, text));
                        let program = crate::python::compile(&source).unwrap_or_else(|error| {
                            panic!("{name} does not compile: {}", error.render(name))
                        });
                        (source, program.code)
                    })
                    .collect()
            })
            .clone()
    })
}

/// Reports an exception a loop callback raised, as `Handle._run` hands it to the default
/// exception handler: `Exception in callback f(1) at main.py:3`, the handle, the traceback.
pub fn report_callback_exception(
    vm: &mut Vm,
    handle: &Rc<event_loop::Handle>,
    func: &Value,
    args: &[Value],
    exception: Value,
) -> PResult<()> {
    let callback = format_helpers::format_callback_source(vm, func, args)?;
    let message = format!("Exception in callback {callback}");
    let handle = Value::Native(handle.clone());
    // `Handle._run` called the callback: the exception passed through its frame.
    let formatted = vm.format_exception_through_library(&exception);
    natives::log_formatted_exception(vm, &message, &[("handle", &handle)], &formatted)
}
