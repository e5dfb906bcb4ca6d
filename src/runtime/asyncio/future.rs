//! `asyncio.Future` and `asyncio.Task`, as CPython's `_asyncio` module implements them:
//! a future holds a result or an exception and schedules its done callbacks; a task is a
//! future that steps a coroutine, suspending when it awaits a pending future.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::super::exceptions::TbEntry;
use super::super::frame::{Frame, FrameKind};
use super::super::value::{Class, Generator, Namespace, NativeObject, Value};
use super::super::vm::{AwaitInput, AwaitStep, Outcome, Vm, exception_data};
use super::super::{Flow, PResult};
use super::event_loop::{Callback, EventLoop};
use crate::runtime::trace::{EventKind, LoopEvent, Resume};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutureState {
    Pending,
    Cancelled,
    Finished,
}

impl FutureState {
    pub fn name(self) -> &'static str {
        match self {
            FutureState::Pending => "PENDING",
            FutureState::Cancelled => "CANCELLED",
            FutureState::Finished => "FINISHED",
        }
    }
}

/// A done callback.
#[derive(Clone)]
pub enum DoneCallback {
    /// A Python callable, called with the future.
    Python(Value),
    /// A task waiting on this future (`Task.__wakeup`).
    Wakeup(Rc<FutureObj>),
    /// `run_until_complete` stops the loop when the future is done.
    StopLoop,
    /// A `run_in_executor` future's `_chain_future._call_check_cancel`: once the future is
    /// done, a cancelled future cancels its job if no worker has taken it yet.
    CheckJobCancelled,
}

impl DoneCallback {
    /// The loop callback that runs this done callback of `future`.
    fn for_future(self, future: &Rc<FutureObj>) -> Callback {
        match self {
            DoneCallback::Python(func) => Callback::Python {
                func,
                args: vec![Value::Native(future.clone())],
            },
            DoneCallback::Wakeup(task) => Callback::Wakeup {
                task,
                future: future.clone(),
            },
            DoneCallback::StopLoop => Callback::StopLoop {
                future: future.clone(),
            },
            DoneCallback::CheckJobCancelled => Callback::CheckJobCancelled {
                future: future.clone(),
            },
        }
    }
}

/// What makes a task a task.
pub struct TaskPart {
    pub name: RefCell<Rc<str>>,
    /// The coroutine object (for `get_coro()` and reprs).
    pub coro: Value,
    pub generator: Option<Rc<Generator>>,
    /// The qualname of the coroutine, as the trace names it.
    pub coro_name: Rc<str>,
    /// The coroutine's frames while it is suspended, outermost first.
    pub frames: RefCell<Vec<Box<Frame>>>,
    pub started: Cell<bool>,
    pub must_cancel: Cell<bool>,
    pub fut_waiter: RefCell<Option<Value>>,
    pub num_cancels_requested: Cell<u32>,
    /// Where the task is suspended: the line of the program's innermost frame, for the
    /// visualizer.
    pub line: Cell<u32>,
    /// The line its own coroutine is suspended at (CPython's `cr_frame.f_lineno`, which the
    /// task's repr shows): in `worker()` awaiting `helper()`, the `await helper()` line.
    pub coro_line: Cell<u32>,
    /// The `contextvars.Context` its steps run in (None: empty so far).
    pub context: RefCell<Option<Value>>,
    /// Reported "destroyed but it is pending" if freed unfinished (CPython's
    /// `_log_destroy_pending`): not a task `run_until_complete` made of a coroutine.
    pub log_destroy_pending: Cell<bool>,
}

pub struct FutureObj {
    pub id: u64,
    pub class: Rc<Class>,
    /// Its instance attributes, once one is set (few futures have any).
    pub dict: std::cell::OnceCell<Box<RefCell<Namespace>>>,
    pub event_loop: Rc<EventLoop>,
    pub state: Cell<FutureState>,
    pub result: RefCell<Option<Value>>,
    pub exception: RefCell<Option<Value>>,
    pub callbacks: RefCell<Vec<DoneCallback>>,
    /// What few futures need (see [`Rare`]): made when first set.
    pub(super) rare: RefCell<Option<Box<Rare>>>,
    /// An exception nobody retrieved is reported when the future is dropped.
    pub log_traceback: Cell<bool>,
    /// What created it (the qualname of the function that called `create_future`), for
    /// the trace's `suspend on` label.
    pub label: Rc<str>,
    pub blocking: Cell<bool>,
    /// The task waiting on this future, if one is (for the visualizer's waiter lists).
    pub waited_by: RefCell<Option<Rc<str>>>,
    /// The deques holding it while it is pending (each once per time it is in there), told
    /// when it is done: see `Deque::pending_futures`.
    pub in_deques: RefCell<Vec<std::rc::Weak<super::deque::Deque>>>,
    /// Boxed: most futures are not tasks, and a task part is 184 bytes.
    pub task: Option<Box<TaskPart>>,
}

/// What a future holds only once it fails or is cancelled, apart from the rest: most
/// futures end with a result, and these took 96 of each one's bytes (a task and the
/// `sleep()` it awaits are two futures).
#[derive(Default)]
pub(super) struct Rare {
    /// The exception's traceback when it was set (each `result()` re-raises with it).
    exception_tb: Vec<TbEntry>,
    cancel_message: Option<Value>,
    /// The CancelledError that cancelled a task, raised again by its `result()`.
    cancelled_exc: Option<Value>,
}

impl NativeObject for FutureObj {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn instance_dict(&self) -> Option<&RefCell<Namespace>> {
        self.dict.get().map(|dict| &**dict)
    }
    fn instance_dict_to_write(&self) -> Option<&RefCell<Namespace>> {
        Some(self.dict.get_or_init(Box::default))
    }
    fn await_step_supported(&self) -> bool {
        true
    }
    fn await_step(
        &self,
        this: &Value,
        vm: &mut Vm,
        input: Option<AwaitInput>,
    ) -> Option<PResult<AwaitStep>> {
        Some(self.await_step_impl(this, vm, input))
    }
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        // "Task exception was never retrieved", reported by the VM when it next can.
        if self.log_traceback.get()
            && let Some(exception) = self.exception.borrow().clone()
        {
            super::report_unretrieved(UnretrievedReport {
                is_task: self.task.is_some(),
                name: self.task.as_ref().map(|t| t.name.borrow().clone()),
                coro: self.task.as_ref().and_then(|t| t.generator.clone()),
                // The traceback the exception has now, as CPython logs `exc.__traceback__`:
                // one that escaped the loop (SystemExit) grew the frames it left since.
                traceback: exception_data(&exception).map_or_else(
                    || self.exception_tb(),
                    |data| data.borrow().traceback.clone(),
                ),
                exception,
                class_name: self.class.name.clone(),
            });
        }
    }
}

/// A future whose exception nobody retrieved, reported on stderr as CPython does when it
/// collects it.
pub struct UnretrievedReport {
    pub is_task: bool,
    pub name: Option<Rc<str>>,
    pub coro: Option<Rc<Generator>>,
    pub exception: Value,
    pub traceback: Vec<TbEntry>,
    pub class_name: Rc<str>,
}

impl FutureObj {
    /// The traceback its exception had when it was set.
    fn exception_tb(&self) -> Vec<TbEntry> {
        self.rare
            .borrow()
            .as_ref()
            .map(|rare| rare.exception_tb.clone())
            .unwrap_or_default()
    }

    /// The traceback its exception had when it was set, given once (see `result_value`).
    fn take_exception_tb(&self) -> Vec<TbEntry> {
        self.rare
            .borrow_mut()
            .as_mut()
            .map(|rare| std::mem::take(&mut rare.exception_tb))
            .unwrap_or_default()
    }

    /// The message it was (or is to be) cancelled with.
    pub fn cancel_message(&self) -> Option<Value> {
        self.rare.borrow().as_ref()?.cancel_message.clone()
    }

    /// Changes the rare parts, made when first needed; an empty value is not a reason to
    /// make them.
    fn set_rare(&self, empty: bool, change: impl FnOnce(&mut Rare)) {
        let mut rare = self.rare.borrow_mut();
        match &mut *rare {
            Some(rare) => change(rare),
            None if empty => {}
            None => change(rare.insert(Box::default())),
        }
    }

    fn set_cancel_message(&self, message: Option<Value>) {
        self.set_rare(message.is_none(), |rare| rare.cancel_message = message);
    }

    pub fn is_done(&self) -> bool {
        self.state.get() != FutureState::Pending
    }

    pub fn name(&self) -> Rc<str> {
        match &self.task {
            Some(task) => task.name.borrow().clone(),
            None => Rc::from("future"),
        }
    }

    /// `Future.__await__`: the result if done, else wait for it.
    fn await_step_impl(
        &self,
        this: &Value,
        vm: &mut Vm,
        input: Option<AwaitInput>,
    ) -> PResult<AwaitStep> {
        if let Some(AwaitInput::Throw(exception)) = input {
            return Err(Flow::Exception(exception));
        }
        if !self.is_done() {
            if input.is_some() {
                // Resumed although the future is not done: CPython's message.
                return Err(vm.error("RuntimeError", "await wasn't used with future"));
            }
            self.blocking.set(true);
            return Ok(AwaitStep::Pending(this.clone()));
        }
        self.result_value(vm).map(AwaitStep::Done)
    }

    /// `result()`: the result, or raise the exception (or CancelledError).
    pub fn result_value(&self, vm: &mut Vm) -> PResult<Value> {
        match self.state.get() {
            FutureState::Cancelled => Err(Flow::Exception(self.make_cancelled_error(vm))),
            FutureState::Pending => Err(super::invalid_state(vm, "Result is not set.")),
            FutureState::Finished => {
                self.log_traceback.set(false);
                if let Some(exception) = self.exception.borrow().clone() {
                    // CPython's C future gives the exception the traceback it was set with
                    // the first time it is retrieved (`result()`, an await, a task woken by
                    // it), and none after: a second `result()` shows only its own caller.
                    if let Some(data) = exception_data(&exception) {
                        data.borrow_mut().traceback = self.take_exception_tb();
                    }
                    return Err(Flow::Exception(exception));
                }
                Ok(self.result.borrow().clone().unwrap_or(Value::None))
            }
        }
    }

    /// The CancelledError to raise: the one that cancelled a task, or a new one with the
    /// cancel message.
    pub fn make_cancelled_error(&self, vm: &mut Vm) -> Value {
        let taken = self
            .rare
            .borrow_mut()
            .as_mut()
            .and_then(|rare| rare.cancelled_exc.take());
        if let Some(exception) = taken {
            return exception;
        }
        let class = super::cancelled_error_class(vm);
        let args = match self.cancel_message() {
            Some(message) if !message.is_none() => vec![message],
            _ => Vec::new(),
        };
        vm.new_exception(class, args)
    }

    /// `Future.cancel(msg)` (not a task's `cancel`, which steps the coroutine).
    pub fn cancel_future(self: &Rc<Self>, vm: &mut Vm, message: Option<Value>) -> PResult<bool> {
        self.log_traceback.set(false);
        if self.state.get() != FutureState::Pending {
            return Ok(false);
        }
        self.settle(FutureState::Cancelled);
        self.set_cancel_message(message);
        self.schedule_callbacks(vm);
        Ok(true)
    }

    pub fn set_result(self: &Rc<Self>, vm: &mut Vm, value: Value) -> PResult<()> {
        if self.state.get() != FutureState::Pending {
            return Err(super::invalid_state(vm, "invalid state"));
        }
        *self.result.borrow_mut() = Some(value);
        self.settle(FutureState::Finished);
        self.schedule_callbacks(vm);
        Ok(())
    }

    pub fn set_exception(self: &Rc<Self>, vm: &mut Vm, exception: Value) -> PResult<()> {
        if self.state.get() != FutureState::Pending {
            return Err(super::invalid_state(vm, "invalid state"));
        }
        let exception = match &exception {
            Value::Class(_) => vm.call(&exception, Vec::new())?,
            _ => exception,
        };
        let stop = vm.types.exception("StopIteration");
        if matches!(&exception, Value::Instance(i) if Rc::ptr_eq(&i.class(), &stop)) {
            return Err(vm.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        if let Some(data) = exception_data(&exception) {
            let traceback = data.borrow().traceback.clone();
            self.set_rare(traceback.is_empty(), |rare| rare.exception_tb = traceback);
        }
        *self.exception.borrow_mut() = Some(exception);
        self.settle(FutureState::Finished);
        self.schedule_callbacks(vm);
        self.log_traceback.set(true);
        Ok(())
    }

    /// Moves to a done state, and tells the deques holding this future.
    fn settle(&self, state: FutureState) {
        self.state.set(state);
        let deques = std::mem::take(&mut *self.in_deques.borrow_mut());
        for deque in deques {
            if let Some(deque) = deque.upgrade() {
                deque.future_done();
            }
        }
    }

    /// Schedules every done callback with `call_soon`, in registration order.
    pub fn schedule_callbacks(self: &Rc<Self>, vm: &mut Vm) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        for callback in callbacks {
            self.event_loop.call_soon(vm, callback.for_future(self));
        }
    }

    pub fn add_done_callback(self: &Rc<Self>, vm: &mut Vm, callback: DoneCallback) {
        if self.is_done() {
            self.event_loop.call_soon(vm, callback.for_future(self));
        } else {
            self.callbacks.borrow_mut().push(callback);
        }
    }

    // ----- tasks -----

    pub fn task(&self) -> &TaskPart {
        self.task.as_ref().expect("a task")
    }

    /// `Task.cancel(msg)`: recorded in the trace as the oracle's traced tasks do.
    pub fn cancel_task(self: &Rc<Self>, vm: &mut Vm, message: Option<Value>) -> PResult<bool> {
        if vm.trace.machinery {
            let cause = super::learner::cancel_cause(vm);
            vm.record_machinery(LoopEvent::CancelledBy {
                target: self.name(),
                cause,
            });
        }
        let ok = self.cancel_task_inner(vm, message)?;
        vm.record(EventKind::Cancel {
            target: self.name(),
            ok,
        });
        Ok(ok)
    }

    fn cancel_task_inner(self: &Rc<Self>, vm: &mut Vm, message: Option<Value>) -> PResult<bool> {
        self.log_traceback.set(false);
        if self.is_done() {
            return Ok(false);
        }
        let task = self.task();
        task.num_cancels_requested
            .set(task.num_cancels_requested.get() + 1);
        let waiter = task.fut_waiter.borrow().clone();
        // Tasks awaiting each other in a cycle cancel each other without end: CPython's C
        // recursion limit stops that with a RecursionError, and so does this.
        if let Some(waiter) = waiter
            && vm.native_recursion(
                crate::runtime::vm::CALL_LIMIT,
                " while calling a Python object",
                |vm| super::cancel_any(vm, &waiter, message.clone()),
            )?
        {
            return Ok(true);
        }
        task.must_cancel.set(true);
        self.set_cancel_message(message);
        Ok(true)
    }

    /// `Task.__wakeup(future)`: the awaited future is done; step with its outcome.
    pub fn wakeup(self: &Rc<Self>, vm: &mut Vm, future: &Value) -> PResult<()> {
        let outcome = match future.native_rc::<FutureObj>() {
            Some(future) => future.result_value(vm),
            None => {
                let result = vm.getattr(future, "result")?;
                vm.call(&result, Vec::new())
            }
        };
        match outcome {
            Ok(_) => self.step(vm, None),
            Err(Flow::Exception(exception)) => self.step(vm, Some(exception)),
            Err(abort) => Err(abort),
        }
    }

    /// `Task.__step(exc)`: runs the coroutine until it suspends or finishes.
    pub fn step(self: &Rc<Self>, vm: &mut Vm, exception: Option<Value>) -> PResult<()> {
        if self.is_done() {
            return Err(super::invalid_state(vm, "_step(): already done"));
        }
        let task = self.task();
        let mut exception = exception;
        if task.must_cancel.get() {
            if !exception
                .as_ref()
                .is_some_and(|e| super::is_cancelled_error(vm, e))
            {
                exception = Some(self.make_cancelled_error(vm));
            }
            task.must_cancel.set(false);
        }
        *task.fut_waiter.borrow_mut() = None;
        let event_loop = self.event_loop.clone();
        let previous = event_loop.current_task.replace(Some(self.clone()));
        // CPython's step holds the exception it throws in until the step is over (the task
        // done, its callbacks scheduled): with it, its traceback's frames and what they kept
        // (the locals of a coroutine whose `await` was cancelled) are freed only then.
        let thrown = exception.clone();
        let result = self.run_step(vm, exception);
        *event_loop.current_task.borrow_mut() = previous;
        drop(thrown);
        result
    }

    fn run_step(self: &Rc<Self>, vm: &mut Vm, exception: Option<Value>) -> PResult<()> {
        let task = self.task();
        let resume = if !task.started.get() {
            Resume::Start
        } else {
            match &exception {
                None => Resume::Send,
                Some(e) => Resume::Throw(vm.type_name(e)),
            }
        };
        vm.record(EventKind::Step { resume });
        let base = vm.frames.len();
        let outer_base = std::mem::replace(&mut vm.task_base, base);
        let saved = std::mem::take(&mut *task.frames.borrow_mut());
        let outcome = if !task.started.get() {
            task.started.set(true);
            match &task.generator {
                Some(generator) => match vm.take_generator_frame(generator) {
                    Ok(mut frame) => {
                        frame.kind = FrameKind::Await(generator.clone());
                        vm.frames.push(frame);
                        vm.step_start = vm.steps;
                        match exception {
                            Some(exception) => vm.throw_then_run(base, exception),
                            None => vm.run_frames(base),
                        }
                    }
                    Err(error) => Err(error),
                },
                // An async generator's `asend()`/`athrow()`/`aclose()`, stepped as CPython's
                // task steps any coroutine.
                None => vm.start_awaitable(&task.coro, exception),
            }
        } else if saved.is_empty() {
            // An awaitable that waited without frames of its own: step it again.
            vm.start_awaitable(&task.coro, exception)
        } else {
            let mut frames = saved;
            if let Some(top) = frames.last_mut() {
                top.await_input = Some(match exception {
                    Some(exception) => AwaitInput::Throw(exception),
                    None => AwaitInput::Send(Value::None),
                });
            }
            vm.frames.extend(frames);
            vm.step_start = vm.steps;
            vm.run_frames(base)
        };
        // The step's outcome is handled with the task's frames still counted as the task's
        // (a suspension records the line the task stopped at).
        let handled = self.after_step(vm, outcome, base);
        vm.task_base = outer_base;
        handled
    }

    /// Records what one step of the task did and acts on it: finish, park the frames until
    /// the awaited future is done, or fail.
    fn after_step(
        self: &Rc<Self>,
        vm: &mut Vm,
        outcome: PResult<Outcome>,
        base: usize,
    ) -> PResult<()> {
        // What the coroutine's finished frames held was freed as they ended, inside the
        // step in CPython: finalizers (`__del__`, generators closed) run before the task
        // finishes.
        if super::super::warnings::finalize_pending() {
            vm.run_finalizers();
        }
        let task = self.task();
        match outcome {
            Ok(Outcome::Return(value)) | Ok(Outcome::Yield(value)) => {
                let repr = vm.repr(&value).unwrap_or_else(|_| "<unprintable>".into());
                vm.record(EventKind::Return { value: repr });
                vm.record_machinery(LoopEvent::Finished {
                    task: self.name(),
                    state: Rc::from("done"),
                });
                if task.must_cancel.get() {
                    task.must_cancel.set(false);
                    let message = self.cancel_message();
                    self.cancel_future(vm, message)?;
                } else {
                    self.set_result(vm, value)?;
                }
                Ok(())
            }
            Ok(Outcome::Suspend(awaited)) => {
                // Recorded while the frames are still on the stack: the event's line is
                // where the task stopped.
                let line = vm.program_line().unwrap_or(0);
                task.line.set(line);
                task.coro_line
                    .set(vm.frames.get(base).map_or(0, |frame| vm.frame_line(frame)));
                let label = super::await_label(&awaited);
                vm.record(EventKind::Suspend { on: label.clone() });
                let frames: Vec<Box<Frame>> = vm.frames.drain(base..).collect();
                *task.frames.borrow_mut() = frames;
                vm.record_machinery(LoopEvent::Waiting {
                    task: self.name(),
                    on: label,
                    future: awaited.native::<FutureObj>().map(|f| f.id),
                    line,
                });
                self.handle_yield(vm, awaited)
            }
            Err(Flow::Exception(exception)) => {
                if super::is_cancelled_error(vm, &exception) {
                    vm.record(EventKind::Raise {
                        exc: Rc::from("CancelledError"),
                        msg: None,
                    });
                    vm.record_machinery(LoopEvent::Finished {
                        task: self.name(),
                        state: Rc::from("cancelled"),
                    });
                    self.set_rare(false, |rare| rare.cancelled_exc = Some(exception));
                    self.cancel_future(vm, None)?;
                } else {
                    let class = vm.type_name(&exception);
                    let message = vm.str(&exception).unwrap_or_default();
                    vm.record(EventKind::Raise {
                        exc: class,
                        msg: Some(message),
                    });
                    vm.record_machinery(LoopEvent::Finished {
                        task: self.name(),
                        state: Rc::from("failed"),
                    });
                    self.set_exception(vm, exception.clone())?;
                    // CPython's Task.__step re-raises these two after storing them: they
                    // stop the loop at once and leave asyncio.run (after its clean-up).
                    if vm.is_exception(&exception, "SystemExit")
                        || vm.is_exception(&exception, "KeyboardInterrupt")
                    {
                        // Its traceback keeps the loop's frames, and through them this task,
                        // alive: a cycle only the collector frees, at the program's end.
                        vm.cycles.push(Value::Native(self.clone()));
                        return Err(Flow::Exception(exception));
                    }
                }
                Ok(())
            }
            Err(abort) => {
                vm.frames.truncate(base);
                Err(abort)
            }
        }
    }

    /// What the coroutine yielded decides how the task resumes.
    fn handle_yield(self: &Rc<Self>, vm: &mut Vm, awaited: Value) -> PResult<()> {
        let task = self.task();
        if awaited.is_none() {
            // A bare yield (`asyncio.sleep(0)`): step again on the next iteration.
            self.event_loop.call_soon(
                vm,
                Callback::Step {
                    task: self.clone(),
                    exception: None,
                },
            );
            return Ok(());
        }
        if let Some(future) = awaited.native_rc::<FutureObj>() {
            if !Rc::ptr_eq(&future.event_loop, &self.event_loop) {
                let repr = vm.repr(&Value::Native(self.clone()))?;
                let other = vm.repr(&awaited)?;
                let error = vm.error(
                    "RuntimeError",
                    format!("Task {repr} got Future {other} attached to a different loop"),
                );
                return self.schedule_step_error(vm, error);
            }
            if Rc::ptr_eq(&future, self) {
                let repr = vm.repr(&Value::Native(self.clone()))?;
                let error = vm.error(
                    "RuntimeError",
                    format!("Task cannot await on itself: {repr}"),
                );
                return self.schedule_step_error(vm, error);
            }
            future.blocking.set(false);
            *future.waited_by.borrow_mut() = Some(self.name());
            future.add_done_callback(vm, DoneCallback::Wakeup(self.clone()));
            *task.fut_waiter.borrow_mut() = Some(awaited.clone());
            if task.must_cancel.get() {
                let message = self.cancel_message();
                if super::cancel_any(vm, &awaited, message)? {
                    task.must_cancel.set(false);
                }
            }
            return Ok(());
        }
        let repr = vm.repr(&awaited)?;
        let error = vm.error("RuntimeError", format!("Task got bad yield: {repr}"));
        self.schedule_step_error(vm, error)
    }

    fn schedule_step_error(self: &Rc<Self>, vm: &mut Vm, error: Flow) -> PResult<()> {
        let exception = vm.flow_exception(error)?;
        self.event_loop.call_soon(
            vm,
            Callback::Step {
                task: self.clone(),
                exception: Some(exception),
            },
        );
        Ok(())
    }
}
