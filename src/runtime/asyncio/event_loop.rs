//! The event loop on a virtual clock, as CPython's `BaseEventLoop._run_once` runs it: a
//! ready queue of callbacks, a heap of timers, and time that jumps to the next timer when
//! nothing is ready. Plus the default executor: four virtual worker threads.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::super::frame::{Frame, FrameKind};
use super::super::value::{Class, Generator, NativeObject, Value};
use super::super::vm::{CALLBACK_WORK, CallTarget, LOOP_TURN_WORK, Outcome, Vm};
use super::super::{Flow, PResult};
use super::future::{FutureObj, FutureState};
use super::learner;
use super::timer_heap::TimerHeap;
use crate::runtime::trace::LoopEvent;

/// What a handle does when it runs.
#[derive(Clone)]
pub enum Callback {
    /// A Python callable with arguments (`call_soon(func, *args)`, done callbacks).
    Python { func: Value, args: Vec<Value> },
    /// `Task.__step(exc)`.
    Step {
        task: Rc<FutureObj>,
        exception: Option<Value>,
    },
    /// `Task.__wakeup(future)`.
    Wakeup {
        task: Rc<FutureObj>,
        future: Rc<FutureObj>,
    },
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop { future: Rc<FutureObj> },
    /// `asyncio.sleep`'s timer: `futures._set_result_unless_cancelled`.
    SetResultUnlessCancelled { future: Rc<FutureObj>, value: Value },
    /// An executor worker parked in `time.sleep` wakes up.
    ResumeWorker { pool: usize, worker: usize },
    /// An executor job finished: copy its outcome into the asyncio future
    /// (`futures._set_state`, scheduled with `call_soon_threadsafe`). `None`: the job was
    /// cancelled before a worker took it, and so is the future.
    JobDone {
        future: Rc<FutureObj>,
        outcome: Option<Result<Value, Value>>,
    },
    /// A `run_in_executor` future is done: if it was cancelled, so is its job, unless a
    /// worker has taken it (`_chain_future._call_check_cancel`).
    CheckJobCancelled { future: Rc<FutureObj> },
}

/// The pieces as one text, written once at its length: the visualizer describes every
/// callback the loop schedules (two per task step), where `format!` cost about a thousand
/// instructions each.
pub fn joined(pieces: &[&str]) -> Rc<str> {
    let mut text = String::with_capacity(pieces.iter().map(|piece| piece.len()).sum());
    for piece in pieces {
        text.push_str(piece);
    }
    Rc::from(text)
}

impl Callback {
    /// A short description for the visualizer (`Task-2 step`, `sleep timer`).
    pub fn describe(&self) -> Rc<str> {
        match self {
            Callback::Python { func, .. } => match func {
                Value::Function(f) => Rc::from(format!("{}()", f.qualname.borrow())),
                Value::Builtin(b) => Rc::from(format!("{}()", b.qualname)),
                Value::BoundMethod(m) => match &m.func {
                    Value::Function(f) => Rc::from(format!("{}()", f.qualname.borrow())),
                    _ => Rc::from("callback"),
                },
                _ => Rc::from("callback"),
            },
            Callback::Step { task, .. } => joined(&[&task.name(), " step"]),
            Callback::Wakeup { task, .. } => joined(&[&task.name(), " wakeup"]),
            Callback::StopLoop { .. } => Rc::from("stop the loop"),
            Callback::SetResultUnlessCancelled { .. } => Rc::from("sleep timer"),
            Callback::ResumeWorker { worker, .. } => {
                Rc::from(format!("worker {} wakes", worker + 1))
            }
            Callback::JobDone { .. } => Rc::from("thread result"),
            Callback::CheckJobCancelled { .. } => Rc::from("executor's cancel check"),
        }
    }

    /// The task this callback steps, if it does.
    pub fn task(&self) -> Option<Rc<str>> {
        match self {
            Callback::Step { task, .. } | Callback::Wakeup { task, .. } => Some(task.name()),
            _ => None,
        }
    }

    /// The future this callback completes (a sleep's timer), if any.
    pub fn future(&self) -> Option<u64> {
        match self {
            Callback::SetResultUnlessCancelled { future, .. }
            | Callback::JobDone { future, .. }
            | Callback::CheckJobCancelled { future } => Some(future.id),
            Callback::Python { args, .. } => args
                .iter()
                .find_map(|a| a.native::<FutureObj>().map(|f| f.id)),
            _ => None,
        }
    }
}

/// `asyncio.Handle` / `asyncio.TimerHandle`.
pub struct Handle {
    pub id: u64,
    pub callback: RefCell<Option<Callback>>,
    pub cancelled: Cell<bool>,
    /// For timers: when it is due, and its creation number (equal deadlines fire FIFO).
    pub when: Option<f64>,
    pub seq: u64,
    pub class: Rc<Class>,
    /// For the visualizer: the program line that set this timer (0: none, or not recorded),
    /// so a timeout that fires can say where it was set.
    pub line: u32,
    /// The `contextvars.Context` it runs in (a task's steps run in the task's).
    pub context: RefCell<Option<Value>>,
}

impl NativeObject for Handle {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A job for the default executor (`run_in_executor(None, func, *args)`), or for a pool of
/// `concurrent.futures` (no asyncio future: `func` completes its own future).
pub struct Job {
    pub func: Value,
    pub args: Vec<Value>,
    /// What names the job (`func`, or the program's callable a pool's wrapper runs).
    pub named: Value,
    pub future: Option<Rc<FutureObj>>,
    /// Its concurrent future was cancelled while it queued: the worker that takes it skips
    /// it (`set_running_or_notify_cancel()` is false).
    pub cancelled: bool,
}

/// A virtual worker thread.
#[derive(Default)]
pub struct Worker {
    pub job: Option<Job>,
    /// `thread:NAME#N` while it runs a job.
    pub name: Option<Rc<str>>,
    /// The job's frames while it is parked in `time.sleep`.
    pub frames: Vec<Box<Frame>>,
    /// Parked without frames: the job's callable was a native that slept.
    pub parked_native: bool,
    /// Its thread's name: a free worker takes a job on a new thread, as the oracle's do.
    pub thread: Option<Rc<str>>,
    /// The thread's `contextvars.Context`.
    pub context: Option<Value>,
}

/// The default executor (pool 0) or a program's own pool: `max` jobs at a time.
pub struct Executor {
    pub workers: Vec<Worker>,
    pub queue: VecDeque<Job>,
    pub max: usize,
}

/// A copy of the current context for a callback (CPython's `Handle` copies it), unless it
/// steps a task (which runs in the task's) or no variable was ever set.
fn snapshot_context(vm: &mut Vm, callback: &Callback) -> Option<Value> {
    if matches!(callback, Callback::Step { .. } | Callback::Wakeup { .. }) {
        return None;
    }
    let current = vm.asyncio.context.clone()?;
    let copy = vm.getattr(&current, "copy").ok()?;
    vm.call(&copy, Vec::new()).ok()
}

impl Executor {
    fn new(max: usize) -> Executor {
        Executor {
            workers: Vec::new(),
            queue: VecDeque::new(),
            max,
        }
    }
}

/// The number of virtual worker threads of the default executor.
pub const WORKERS: usize = 4;

/// Clock resolution: timers due within this of now fire now (`time.get_clock_info`).
const CLOCK_RESOLUTION: f64 = 1e-9;

/// Whether a timer at `when` fires in the iteration at `now`: CPython's test, due before
/// `end_time` (`now` plus the clock's resolution). From about 2e7 seconds on, adding 1e-9 no
/// longer changes a float, and a timer the clock has jumped to exactly would never pass the
/// test: the loop would spin forever where CPython's real clock moves on past it. A timer
/// the clock has reached is due.
/// CPython stops at the first timer with `when >= end_time`: a NaN deadline is never that,
/// so it is due at once.
fn is_due(when: f64, now: f64, end_time: f64) -> bool {
    when < end_time || when <= now || when.is_nan()
}

pub struct EventLoop {
    pub class: Rc<Class>,
    /// The virtual clock, shared with the process (see `AsyncState::clock`).
    pub time: Rc<Cell<f64>>,
    pub iteration: Cell<u64>,
    pub ready: RefCell<VecDeque<Rc<Handle>>>,
    timers: RefCell<TimerHeap>,
    next_seq: Cell<u64>,
    pub stopping: Cell<bool>,
    pub running: Cell<bool>,
    pub closed: Cell<bool>,
    pub current_task: RefCell<Option<Rc<FutureObj>>>,
    /// Every task of this loop, in creation order (`all_tasks` keeps the pending ones).
    pub tasks: RefCell<Vec<std::rc::Weak<FutureObj>>>,
    /// The default executor first, then the program's pools bound to this loop.
    pub executors: RefCell<Vec<Executor>>,
    /// A pool of the program's made the default by `set_default_executor`.
    pub default_pool: RefCell<Option<Value>>,
    /// The async generators first iterated while this loop ran (CPython's `_asyncgens`
    /// weak set), which `shutdown_asyncgens()` closes.
    pub asyncgens: RefCell<Vec<std::rc::Weak<Generator>>>,
    pub handle_class: Rc<Class>,
    pub timer_class: Rc<Class>,
}

impl NativeObject for EventLoop {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Why the loop stopped running without finishing.
pub enum LoopStop {
    /// Every task waits and no timer is pending: real CPython would hang.
    Deadlock,
    /// Every task waits and the next timer is due at infinity (`sleep(math.inf)`): real
    /// CPython would wait forever, as no clock reaches that time.
    TimerNeverDue,
    Flow(Flow),
}

impl From<Flow> for LoopStop {
    fn from(flow: Flow) -> Self {
        LoopStop::Flow(flow)
    }
}

impl EventLoop {
    /// A loop whose time is `clock` (the process's one virtual clock).
    pub fn new(
        class: Rc<Class>,
        handle_class: Rc<Class>,
        timer_class: Rc<Class>,
        clock: Rc<Cell<f64>>,
    ) -> EventLoop {
        EventLoop {
            class,
            time: clock,
            iteration: Cell::new(0),
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(TimerHeap::default()),
            next_seq: Cell::new(0),
            stopping: Cell::new(false),
            running: Cell::new(false),
            closed: Cell::new(false),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            executors: RefCell::new(Vec::new()),
            default_pool: RefCell::new(None),
            asyncgens: RefCell::new(Vec::new()),
            handle_class,
            timer_class,
        }
    }

    fn next_id(&self) -> u64 {
        let id = self.next_seq.get();
        self.next_seq.set(id + 1);
        id
    }

    /// `call_soon`: appends to the ready queue.
    pub fn call_soon(&self, vm: &mut Vm, callback: Callback) -> Rc<Handle> {
        let id = self.next_id();
        let context = snapshot_context(vm, &callback);
        if vm.trace.machinery {
            vm.record_machinery(LoopEvent::Ready {
                handle: id,
                what: learner::describe_callback(vm, &callback),
                task: callback.task(),
                internal: learner::is_internal_callback(vm, &callback),
            });
        }
        let handle = Rc::new(Handle {
            id,
            callback: RefCell::new(Some(callback)),
            cancelled: Cell::new(false),
            when: None,
            seq: id,
            class: self.handle_class.clone(),
            line: 0,
            context: RefCell::new(context),
        });
        self.ready.borrow_mut().push_back(handle.clone());
        handle
    }

    /// `call_at`: a timer due at `when`.
    pub fn call_at(&self, vm: &mut Vm, when: f64, callback: Callback) -> Rc<Handle> {
        let id = self.next_id();
        let context = snapshot_context(vm, &callback);
        let mut line = 0;
        if vm.trace.machinery {
            let serves = learner::timer_line(vm);
            line = serves.unwrap_or(0);
            vm.record_machinery(LoopEvent::Timer {
                handle: id,
                when,
                what: learner::describe_callback(vm, &callback),
                future: callback.future(),
                line,
                internal: serves.is_none(),
            });
        }
        let handle = Rc::new(Handle {
            id,
            callback: RefCell::new(Some(callback)),
            cancelled: Cell::new(false),
            when: Some(when),
            seq: id,
            class: self.timer_class.clone(),
            line,
            context: RefCell::new(context),
        });
        self.timers.borrow_mut().push(handle.clone());
        handle
    }

    /// `call_later`: `call_at(time() + delay)`, in f64 as CPython computes it.
    pub fn call_later(&self, vm: &mut Vm, delay: f64, callback: Callback) -> Rc<Handle> {
        let when = self.time.get() + delay;
        self.call_at(vm, when, callback)
    }

    pub fn has_timers(&self) -> bool {
        !self.timers.borrow().is_empty()
    }

    /// The timers, earliest first (for the visualizer and deadlock reports).
    pub fn pending_timers(&self) -> Vec<Rc<Handle>> {
        let mut timers: Vec<Rc<Handle>> = self
            .timers
            .borrow()
            .iter()
            .filter(|h| !h.cancelled.get())
            .cloned()
            .collect();
        timers.sort_by(|a, b| {
            a.when
                .unwrap_or(0.0)
                .total_cmp(&b.when.unwrap_or(0.0))
                .then(a.seq.cmp(&b.seq))
        });
        timers
    }

    /// One iteration of the loop (`_run_once`).
    pub fn run_once(self: &Rc<Self>, vm: &mut Vm) -> Result<(), LoopStop> {
        self.iteration.set(self.iteration.get() + 1);
        // Counted now, checked with the next callback's work: a turn runs callbacks, or
        // jumps the clock to a timer whose callback it runs next.
        vm.steps += LOOP_TURN_WORK;
        if vm.trace.machinery {
            vm.record_machinery(LoopEvent::Iteration {
                it: self.iteration.get(),
            });
        }
        // Cancelled timers at the head of the heap are dropped.
        {
            let mut timers = self.timers.borrow_mut();
            while timers.peek().is_some_and(|t| t.cancelled.get()) {
                timers.pop();
            }
        }
        let idle = self.ready.borrow().is_empty() && !self.stopping.get();
        if idle {
            let first = self.timers.borrow().peek().map(|t| t.when.unwrap_or(0.0));
            match first {
                // The clock can jump to any finite time, but never to infinity.
                Some(when) if when == f64::INFINITY => return Err(LoopStop::TimerNeverDue),
                Some(when) => {
                    if when > self.time.get() {
                        self.time.set(when);
                        if vm.trace.machinery {
                            vm.record_machinery(LoopEvent::Clock { time: when });
                        }
                    }
                }
                None => return Err(LoopStop::Deadlock),
            }
        }
        let now = self.time.get();
        let end_time = now + CLOCK_RESOLUTION;
        loop {
            let due = {
                let mut timers = self.timers.borrow_mut();
                match timers.peek() {
                    Some(timer) if is_due(timer.when.unwrap_or(0.0), now, end_time) => timers.pop(),
                    _ => None,
                }
            };
            let Some(handle) = due else { break };
            if vm.trace.machinery {
                vm.record_machinery(LoopEvent::TimerDue { handle: handle.id });
            }
            self.ready.borrow_mut().push_back(handle);
        }
        let count = self.ready.borrow().len();
        for _ in 0..count {
            // CPython's `_run_once` lets go of each handle as it takes the next (and of the
            // last one as the turn ends): what only the handle kept alive (a finished task
            // passed to a wakeup, what that task's coroutine held) is freed and finalized
            // between callbacks, outside any task, not at the next task's first instruction.
            if super::super::warnings::finalize_pending() {
                vm.run_finalizers();
            }
            let Some(handle) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            if vm.trace.machinery {
                vm.record_machinery(LoopEvent::Run { handle: handle.id });
                vm.asyncio.callback_line = handle.line;
            }
            if handle.cancelled.get() {
                continue;
            }
            // The handle keeps its callback (its repr shows it), as CPython's does.
            let Some(callback) = handle.callback.borrow().clone() else {
                continue;
            };
            vm.count_loop_work(CALLBACK_WORK, &|_| {
                format!("the event loop, about to run {}", callback.describe())
            })?;
            let outer = vm.asyncio.callback_base.replace(vm.frames.len());
            let task = match &callback {
                Callback::Step { task, .. } | Callback::Wakeup { task, .. } => Some(task.clone()),
                _ => None,
            };
            let context = match &task {
                Some(task) => task.task().context.borrow().clone(),
                None => handle.context.borrow().clone(),
            };
            let previous = std::mem::replace(&mut vm.asyncio.context, context);
            let ran = self.run_callback(vm, &handle, callback);
            let context = std::mem::replace(&mut vm.asyncio.context, previous);
            if let Some(task) = task {
                // A task's first `ContextVar.set` made its context.
                let mut own = task.task().context.borrow_mut();
                if own.is_none() {
                    *own = context;
                }
            }
            if ran.is_ok() {
                vm.flush_warnings();
            }
            vm.asyncio.callback_base = outer;
            ran?;
        }
        if super::super::warnings::finalize_pending() {
            vm.run_finalizers();
        }
        Ok(())
    }

    fn run_callback(
        self: &Rc<Self>,
        vm: &mut Vm,
        handle: &Rc<Handle>,
        callback: Callback,
    ) -> Result<(), LoopStop> {
        match callback {
            Callback::Step { task, exception } => task.step(vm, exception)?,
            Callback::Wakeup { task, future } => task.wakeup(vm, &Value::Native(future))?,
            Callback::StopLoop { future } => {
                // `_run_until_complete_cb`: a future that ended in SystemExit or
                // KeyboardInterrupt already stopped the loop as it escaped it.
                let escaped = future.state.get() != FutureState::Cancelled
                    && future.exception.borrow().as_ref().is_some_and(|exception| {
                        vm.is_exception(exception, "SystemExit")
                            || vm.is_exception(exception, "KeyboardInterrupt")
                    });
                if !escaped {
                    self.stopping.set(true);
                }
            }
            Callback::SetResultUnlessCancelled { future, value } => {
                if !future.is_done() {
                    future.set_result(vm, value)?;
                }
            }
            Callback::Python { func, args } => {
                vm.step_start = vm.steps;
                let result = vm.call(&func, args.clone());
                if let Err(error) = result {
                    match error {
                        Flow::Exception(exception) => {
                            super::report_callback_exception(vm, handle, &func, &args, exception)?;
                        }
                        abort => return Err(abort.into()),
                    }
                }
            }
            Callback::ResumeWorker { pool, worker } => self.resume_worker(vm, pool, worker)?,
            Callback::JobDone { future, outcome } => {
                if !future.is_done() {
                    match outcome {
                        Some(Ok(value)) => future.set_result(vm, value)?,
                        Some(Err(exception)) => future.set_exception(vm, exception)?,
                        None => {
                            future.cancel_future(vm, None)?;
                        }
                    }
                }
            }
            Callback::CheckJobCancelled { future } => {
                if future.state.get() == FutureState::Cancelled {
                    self.cancel_queued_job(vm, &future);
                }
            }
        }
        Ok(())
    }

    /// `run_until_complete(future)`: runs iterations until the future is done (and the loop
    /// has run its stop callback).
    pub fn run_until_complete(
        self: &Rc<Self>,
        vm: &mut Vm,
        future: &Rc<FutureObj>,
    ) -> Result<(), LoopStop> {
        future.add_done_callback(vm, super::future::DoneCallback::StopLoop);
        let result = self.run_forever(vm);
        // Remove the stop callback if it has not run (the loop stopped another way).
        future
            .callbacks
            .borrow_mut()
            .retain(|c| !matches!(c, super::future::DoneCallback::StopLoop));
        result
    }

    /// `run_forever()`: runs iterations until something calls `stop()`.
    pub fn run_forever(self: &Rc<Self>, vm: &mut Vm) -> Result<(), LoopStop> {
        // The loop's async generator hooks are the thread's while it runs.
        let previous_hooks = super::asyncgens::install_hooks(vm, self)?;
        self.running.set(true);
        let result = loop {
            if let Err(stop) = self.run_once(vm) {
                break Err(stop);
            }
            if self.stopping.get() {
                break Ok(());
            }
        };
        self.stopping.set(false);
        self.running.set(false);
        vm.asyncio.asyncgen_hooks = previous_hooks;
        result
    }

    /// `close()` of a loop not running: what is scheduled is dropped, never to run.
    pub fn close(&self) {
        self.closed.set(true);
        self.ready.borrow_mut().clear();
        self.timers.borrow_mut().clear();
    }

    /// The tasks not done yet, in creation order.
    pub fn pending_tasks(&self) -> Vec<Rc<FutureObj>> {
        let mut tasks = self.tasks.borrow_mut();
        tasks.retain(|t| t.upgrade().is_some_and(|t| !t.is_done()));
        tasks.iter().filter_map(|t| t.upgrade()).collect()
    }

    // ----- the default executor -----

    /// A new pool of `max` workers on this loop: its number for `submit`.
    pub fn add_pool(&self, max: usize) -> usize {
        let mut executors = self.executors.borrow_mut();
        if executors.is_empty() {
            executors.push(Executor::new(WORKERS));
        }
        executors.push(Executor::new(max));
        executors.len() - 1
    }

    /// Submits a job to a pool (0: the default executor): a free worker runs it at once (the
    /// loop thread waits for it to finish or to sleep); otherwise it queues.
    pub fn submit(self: &Rc<Self>, vm: &mut Vm, pool: usize, job: Job) -> PResult<()> {
        let free = {
            let mut executors = self.executors.borrow_mut();
            if executors.is_empty() {
                executors.push(Executor::new(WORKERS));
            }
            let executor = &mut executors[pool];
            let busy = executor.workers.iter().filter(|w| w.job.is_some()).count();
            if busy < executor.max {
                match executor.workers.iter().position(|w| w.job.is_none()) {
                    Some(free) => Some(free),
                    None => {
                        executor.workers.push(Worker::default());
                        Some(executor.workers.len() - 1)
                    }
                }
            } else {
                None
            }
        };
        match free {
            Some(worker) => {
                vm.asyncio.threads_made += 1;
                let name = format!("Thread-{} (_worker)", vm.asyncio.threads_made);
                {
                    // A new thread: its name is the next one, its context is empty.
                    let mut executors = self.executors.borrow_mut();
                    let w = &mut executors[pool].workers[worker];
                    w.thread = Some(Rc::from(name));
                    w.context = None;
                }
                self.start_job(vm, pool, worker, job)
            }
            None => {
                self.executors.borrow_mut()[pool].queue.push_back(job);
                Ok(())
            }
        }
    }

    fn start_job(
        self: &Rc<Self>,
        vm: &mut Vm,
        pool: usize,
        worker: usize,
        job: Job,
    ) -> PResult<()> {
        let name = super::job_name(vm, &job.named);
        let func = job.func.clone();
        let args = job.args.clone();
        {
            let mut executors = self.executors.borrow_mut();
            let w = &mut executors[pool].workers[worker];
            w.job = Some(job);
            w.name = Some(name.clone());
            vm.asyncio.thread_name = w.thread.clone();
        }
        let context = self.executors.borrow_mut()[pool].workers[worker]
            .context
            .take();
        let previous_context = std::mem::replace(&mut vm.asyncio.context, context);
        let previous = vm.asyncio.thread.replace(name);
        vm.asyncio.park_request = None;
        let base = vm.frames.len();
        let outcome = match vm.prepare_call(func, super::super::value::Args::new(args)) {
            Ok(CallTarget::Done(value)) => {
                if vm.asyncio.park_request.is_some() {
                    Ok(Outcome::Suspend(Value::None))
                } else {
                    Ok(Outcome::Return(value))
                }
            }
            Ok(CallTarget::Frame(mut frame)) => {
                frame.kind = FrameKind::Base;
                vm.frames.push(frame);
                vm.step_start = vm.steps;
                vm.run_frames(base)
            }
            Err(error) => Err(error),
        };
        self.executors.borrow_mut()[pool].workers[worker].context =
            std::mem::replace(&mut vm.asyncio.context, previous_context);
        let result = self.after_job_run(vm, pool, worker, base, outcome);
        vm.asyncio.thread = previous;
        result
    }

    fn resume_worker(self: &Rc<Self>, vm: &mut Vm, pool: usize, worker: usize) -> PResult<()> {
        let (frames, name, native) = {
            let mut executors = self.executors.borrow_mut();
            let w = &mut executors[pool].workers[worker];
            vm.asyncio.thread_name = w.thread.clone();
            (
                std::mem::take(&mut w.frames),
                w.name.clone(),
                std::mem::replace(&mut w.parked_native, false),
            )
        };
        let context = self.executors.borrow_mut()[pool].workers[worker]
            .context
            .take();
        let previous_context = std::mem::replace(&mut vm.asyncio.context, context);
        let previous = vm.asyncio.thread.clone();
        vm.asyncio.thread = name;
        vm.asyncio.park_request = None;
        let base = vm.frames.len();
        let outcome = if native {
            Ok(Outcome::Return(Value::None))
        } else {
            let mut frames = frames;
            if let Some(top) = frames.last_mut() {
                // `time.sleep` returned None; the call instruction already pushed it.
                top.await_input = None;
            }
            vm.frames.extend(frames);
            vm.step_start = vm.steps;
            vm.run_frames(base)
        };
        self.executors.borrow_mut()[pool].workers[worker].context =
            std::mem::replace(&mut vm.asyncio.context, previous_context);
        let result = self.after_job_run(vm, pool, worker, base, outcome);
        vm.asyncio.thread = previous;
        result
    }

    /// A job ran until it finished or slept: park it, or complete it and start the next.
    fn after_job_run(
        self: &Rc<Self>,
        vm: &mut Vm,
        pool: usize,
        worker: usize,
        base: usize,
        outcome: PResult<Outcome>,
    ) -> PResult<()> {
        let finished: Result<Value, Value> = match outcome {
            Ok(Outcome::Suspend(_)) => {
                let delay = vm.asyncio.park_request.take().unwrap_or(0.0);
                let frames: Vec<Box<Frame>> = vm.frames.drain(base..).collect();
                {
                    let mut executors = self.executors.borrow_mut();
                    let w = &mut executors[pool].workers[worker];
                    w.parked_native = frames.is_empty();
                    w.frames = frames;
                }
                self.call_later(vm, delay, Callback::ResumeWorker { pool, worker });
                return Ok(());
            }
            Ok(Outcome::Return(value)) | Ok(Outcome::Yield(value)) => Ok(value),
            Err(Flow::Exception(exception)) => Err(exception),
            Err(abort) => {
                vm.frames.truncate(base);
                return Err(abort);
            }
        };
        let job = self.executors.borrow_mut()[pool].workers[worker].job.take();
        if let Some(Job {
            future: Some(future),
            ..
        }) = job
        {
            // The asyncio future learns the outcome through call_soon_threadsafe.
            self.call_soon(
                vm,
                Callback::JobDone {
                    future,
                    outcome: Some(finished),
                },
            );
        }
        self.executors.borrow_mut()[pool].workers[worker].name = None;
        // The same worker takes the next queued job; it names a cancelled one (a job
        // number) before it skips it, as the oracle's workers do.
        loop {
            let next = self.executors.borrow_mut()[pool].queue.pop_front();
            match next {
                Some(next) if next.cancelled => {
                    super::job_name(vm, &next.named);
                }
                Some(next) => return self.start_job(vm, pool, worker, next),
                None => return Ok(()),
            }
        }
    }

    /// `concurrent.futures.Future.cancel()` for the job of `future`: a queued job is marked
    /// to be skipped, and its cancellation comes back as a result would
    /// (`_chain_future._call_set_state`); a job a worker has taken runs on.
    fn cancel_queued_job(&self, vm: &mut Vm, future: &Rc<FutureObj>) {
        let found = {
            let mut executors = self.executors.borrow_mut();
            match executors.first_mut().and_then(|executor| {
                executor.queue.iter_mut().find(|job| {
                    job.future.as_ref().is_some_and(|f| Rc::ptr_eq(f, future)) && !job.cancelled
                })
            }) {
                Some(job) => {
                    job.cancelled = true;
                    true
                }
                None => false,
            }
        };
        if found {
            self.call_soon(
                vm,
                Callback::JobDone {
                    future: future.clone(),
                    outcome: None,
                },
            );
        }
    }
}
