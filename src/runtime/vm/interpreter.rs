//! The interpreter loop: executes the frames on the VM's stack.
//!
//! Python-to-Python calls and `await`s of coroutines push a frame and continue in the same
//! loop, so a task's whole chain of coroutine frames can be suspended at once when the
//! innermost one awaits a pending future ([`Outcome::Suspend`]). Calls made from native code
//! (a `key=` function, `__init__`, a generator driven by `for`) run in a nested loop.

use std::rc::Rc;

use super::super::exceptions::{FrameObject, TbEntry};
use super::super::frame::{Frame, FrameKind};
use super::super::value::{
    Args, Builtin, Function, GenKind, GenState, Generator, HashedName, PyCell, Value,
};
use super::super::{Flow, PResult, ops};
use super::Vm;
use super::calls::CallTarget;
use crate::python::bytecode::{AwaitContext, CodeKind, Conversion, FunctionFlags, Instr};

/// How a run of frames ended.
#[derive(Debug)]
pub enum Outcome {
    /// The base frame returned.
    Return(Value),
    /// The base frame (a generator resumed from native code) yielded.
    Yield(Value),
    /// The innermost frame awaits something pending: a future, or `None` for a bare yield
    /// (`asyncio.sleep(0)`). The frames stay on the stack for the caller to save.
    Suspend(Value),
}

/// What resuming an `await` delivers: set by a task on the frame it resumes.
#[derive(Clone)]
pub enum AwaitInput {
    Send(Value),
    Throw(Value),
}

/// What one instruction asks of the loop.
enum Control {
    Next,
    Return(Value),
    Yield(Value),
    Suspend(Value),
}

/// What a fast call passes before the arguments.
enum Receiver {
    None,
    /// A bound method's instance.
    Bound(Value),
    /// A new instance of this class, for its `__init__`.
    New(Rc<super::super::value::Class>),
}

/// Lets go of an operand the number fast paths computed with: ints and floats own nothing,
/// so there is nothing to free (and no call into the general drop per operation).
#[inline(always)]
fn number_done(number: Value) {
    debug_assert!(matches!(number, Value::Int(_) | Value::Float(_)));
    std::mem::forget(number);
}

/// Lets go of two numbers (see [`number_done`]).
#[inline(always)]
fn numbers_done(left: Value, right: Value) {
    debug_assert!(
        [&left, &right]
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::Float(_)))
    );
    std::mem::forget(left);
    std::mem::forget(right);
}

/// Whether the `ahead` instructions after the running one may run with it, in the same
/// pass of the loop: none of them is a step the budget is checked at (every 65,536th of a
/// task's step), so that a runaway task stops where it would one instruction at a time.
#[inline(always)]
fn steps_fuse(steps: u64, step_start: u64, ahead: u64) -> bool {
    (steps - step_start) & 0xffff < 0x1_0000 - ahead
}

/// Counts the instruction at the top frame's `ip` as executed, in the pass of the one before.
#[inline(always)]
fn step_over(ip: &mut usize, current: &mut usize, steps: &mut u64) {
    *current = *ip;
    *ip += 1;
    *steps += 1;
}

/// After a comparison of two numbers that gave `holds`: when the next instruction is a
/// conditional jump on it (`if n < 2:`, `while i < n:`), executes that jump too, without
/// pushing the bool for it to pop, and says so. It counts as the step it is, and is left to
/// the usual path when that step is the one the budget is checked at.
#[inline(always)]
fn jumped_on(frame: &mut Frame, holds: bool, steps: &mut u64, step_start: u64) -> bool {
    let ip = frame.ip;
    let fuses = steps_fuse(*steps, step_start, 1);
    let target = match frame.code.instructions.get(ip) {
        Some(&Instr::PopJumpIfFalse(target)) if fuses => (!holds).then_some(target),
        Some(&Instr::PopJumpIfTrue(target)) if fuses => holds.then_some(target),
        _ => return false,
    };
    frame.current = ip;
    frame.ip = target.map_or(ip + 1, |target| target as usize);
    *steps += 1;
    true
}

/// After `LoadConst` of `constants[index]`: when that is a number and the next instruction
/// an arithmetic operation or a comparison of the number on top of the stack with it (`n - 1`,
/// `i % 3`, `n < 2`), does that too, and a conditional jump on the comparison after it,
/// without pushing the constant for them to pop, and says so (CPython 3.12 fuses other
/// common pairs into one instruction the same way, `LOAD_FAST__LOAD_CONST`). Only where the result is plain arithmetic, as
/// [`super::fast_ops`] decides; anything else is left to the instructions one by one. Each
/// instruction done counts as the step it is; the caller has made sure that the next step is
/// not the one the budget is checked at, and the jump is taken here only when the step after
/// is not either.
#[inline(always)]
fn operated_with_constant(
    frame: &mut Frame,
    index: usize,
    steps: &mut u64,
    step_start: u64,
) -> bool {
    let Frame {
        constants,
        stack,
        code,
        ip,
        current,
        ..
    } = frame;
    let constant = &constants[index];
    if !matches!(constant, Value::Int(_) | Value::Float(_)) {
        return false;
    }
    let (Some(&next), Some(left)) = (code.instructions.get(*ip), stack.last_mut()) else {
        return false;
    };
    match next {
        Instr::Binary(op) | Instr::InPlace(op) => {
            let Some(value) = super::fast_ops::binary(op, left, constant) else {
                return false;
            };
            number_done(std::mem::replace(left, value));
            step_over(ip, current, steps);
        }
        Instr::Compare(op) => {
            let Some(holds) = super::fast_ops::compare_numbers(op, left, constant) else {
                return false;
            };
            step_over(ip, current, steps);
            let left = match jumped_on(frame, holds, steps, step_start) {
                true => frame.stack.pop(),
                false => frame
                    .stack
                    .last_mut()
                    .map(|left| std::mem::replace(left, Value::Bool(holds))),
            };
            number_done(left.expect("the compiler balanced the stack"));
        }
        _ => return false,
    }
    true
}

/// Moves the top `slots.len()` values of a caller's stack into a new frame's parameter
/// slots, in order. The slots are unbound (None), so nothing is let go of as they are set.
#[inline(always)]
fn move_arguments(stack: &mut Vec<Value>, slots: &mut [Option<Value>]) {
    for slot in slots.iter_mut().rev() {
        debug_assert!(slot.is_none(), "a parameter slot is bound once");
        std::mem::forget(std::mem::replace(slot, stack.pop()));
    }
}

impl Vm {
    #[inline(always)]
    fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame is running")
    }

    #[inline(always)]
    fn push(&mut self, value: Value) {
        self.frame().stack.push(value);
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.frame()
            .stack
            .pop()
            .expect("the compiler balanced the stack")
    }

    /// The two values on top, the lower first (a binary operation's operands), found with
    /// one look at the top frame.
    #[inline(always)]
    fn pop2(&mut self) -> (Value, Value) {
        let stack = &mut self.frame().stack;
        let right = stack.pop().expect("the compiler balanced the stack");
        let left = stack.pop().expect("the compiler balanced the stack");
        (left, right)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let stack = &mut self.frame().stack;
        stack.split_off(stack.len() - n)
    }

    #[inline(always)]
    fn top(&mut self) -> &mut Value {
        self.frame()
            .stack
            .last_mut()
            .expect("the compiler balanced the stack")
    }

    /// Runs until the frame at index `base` finishes (or the run suspends).
    pub fn run_frames(&mut self, base: usize) -> PResult<Outcome> {
        let mut pending_error: Option<(Flow, bool)> = None;
        loop {
            if let Some((error, add_entry)) = pending_error.take() {
                match error {
                    Flow::Abort(_) => {
                        self.frames.truncate(base);
                        return Err(error);
                    }
                    // Raised where the frame at `base` handed over (an async generator's
                    // `aclose()` whose generator yielded): nothing of this run can catch it.
                    Flow::Exception(exception) if self.frames.len() <= base => {
                        return Err(Flow::Exception(exception));
                    }
                    Flow::Exception(exception) => match self.unwind(base, exception, add_entry)? {
                        Unwound::Caught => continue,
                        Unwound::Escaped(escaped) => return Err(Flow::Exception(escaped)),
                        Unwound::Closed => return Ok(Outcome::Return(Value::None)),
                    },
                }
            }
            // Generators freed while suspended are closed before the next instruction, when
            // CPython's reference counting would have closed them.
            if super::super::warnings::finalize_pending() {
                self.run_finalizers();
            }
            let control = match self.execute(base) {
                Ok(control) => control,
                Err(error) => {
                    if super::super::warnings::unawaited_pending() {
                        self.flush_warnings();
                    }
                    let add_entry = !matches!(error, Flow::Exception(_)) || !self.reraising;
                    self.reraising = false;
                    // Any exception raised while one is being handled chains to it, not only
                    // a `raise` statement's (CPython chains in `_PyErr_SetObject`).
                    if add_entry && let Flow::Exception(exception) = &error {
                        self.chain_context(exception);
                    }
                    pending_error = Some((error, add_entry));
                    continue;
                }
            };
            match control {
                Control::Next => {}
                Control::Suspend(awaitable) => return Ok(Outcome::Suspend(awaitable)),
                Control::Return(value) => {
                    if let Some(outcome) = self.finish_frame(base, value, &mut pending_error) {
                        return Ok(outcome);
                    }
                }
                Control::Yield(value) => {
                    if let Some(outcome) = self.yield_frame(base, value, &mut pending_error) {
                        return Ok(outcome);
                    }
                }
            }
        }
    }

    /// Raises `exception` in the top frame (at the instruction it stopped at), then keeps
    /// running: how `throw()` and a task's cancellation enter a suspended frame.
    pub fn throw_then_run(&mut self, base: usize, exception: Value) -> PResult<Outcome> {
        // Raised while the frame handles an exception (paused in an `except` block): chained
        // to it, as CPython's throw chains to the generator's exception state.
        self.chain_context(&exception);
        match self.unwind(base, exception, true)? {
            Unwound::Caught => self.run_frames(base),
            Unwound::Escaped(escaped) => Err(Flow::Exception(escaped)),
            Unwound::Closed => Ok(Outcome::Return(Value::None)),
        }
    }

    /// Whether the top frame returning `value` is a plain function's return to the frame
    /// below it in this run (neither a generator's nor a coroutine's, nor a failed
    /// `__init__`'s): [`Vm::return_to_caller`] finishes it without leaving the dispatch loop.
    #[inline(always)]
    fn returns_plainly(&self, value: &Value) -> bool {
        let frame = self.frames.last().expect("a frame returned");
        matches!(frame.kind, FrameKind::Call)
            && frame.generator.is_none()
            && (frame.init_of.is_none() || value.is_none())
    }

    /// [`Vm::finish_frame`] for a return [`Vm::returns_plainly`] allows: the same steps in
    /// the same order (the frame object's locals kept, the frame freed, then the result
    /// pushed), the instance for an `__init__`'s None.
    fn return_to_caller(&mut self, value: Value) {
        let mut frame = self.frames.pop().expect("a frame returned");
        self.end_frame(&mut frame);
        let value = match frame.init_of.take() {
            Some(instance) => Value::Instance(instance),
            None => value,
        };
        self.recycle_frame(frame);
        self.push(value);
    }

    /// The top frame returned `value`: hand it to whoever waits for it.
    fn finish_frame(
        &mut self,
        base: usize,
        value: Value,
        error: &mut Option<(Flow, bool)>,
    ) -> Option<Outcome> {
        let mut frame = self.frames.pop().expect("a frame returned");
        if let Some(generator) = frame.generator.as_ref().and_then(std::rc::Weak::upgrade) {
            generator.state.set(GenState::Closed);
        }
        self.end_frame(&mut frame);
        let at_base = self.frames.len() == base;
        // `__init__` returned: the class call's result is the instance.
        let value = match frame.init_of.take() {
            Some(instance) => match self.init_result(instance, value) {
                Ok(instance) => instance,
                Err(exception) => {
                    self.recycle_frame(frame);
                    *error = Some((exception, !at_base));
                    return None;
                }
            },
            None => value,
        };
        let kind = std::mem::replace(&mut frame.kind, FrameKind::Base);
        self.recycle_frame(frame);
        match kind {
            // An async generator that returns while being closed has closed: `aclose()`
            // gives None.
            FrameKind::Call | FrameKind::Await(_) | FrameKind::AsyncGenClose(_) => {
                if at_base {
                    return Some(Outcome::Return(value));
                }
                self.push(value);
            }
            FrameKind::AsyncGenStep(generator) => {
                // The async generator is exhausted: its `anext` raises StopAsyncIteration.
                generator.running_async.set(false);
                let stop = self.types.exception("StopAsyncIteration");
                let exception = self.new_exception(stop, Vec::new());
                if at_base {
                    *error = Some((Flow::Exception(exception), false));
                    return None;
                }
                *error = Some((Flow::Exception(exception), true));
            }
            FrameKind::Resumed(_) | FrameKind::Base => return Some(Outcome::Return(value)),
        }
        None
    }

    /// What the class call that made `instance` gives once its `__init__` returned
    /// `returned`: the instance, or the error for an `__init__` that returned something else.
    #[cold]
    fn init_result(
        &mut self,
        instance: Rc<super::super::value::Instance>,
        returned: Value,
    ) -> Result<Value, Flow> {
        if returned.is_none() {
            return Ok(Value::Instance(instance));
        }
        let exception = self.init_returned(&returned);
        if let Flow::Exception(raised) = &exception {
            self.chain_context(raised);
        }
        Err(exception)
    }

    /// The top frame yielded `value`: suspend it in its generator.
    fn yield_frame(
        &mut self,
        base: usize,
        value: Value,
        error: &mut Option<(Flow, bool)>,
    ) -> Option<Outcome> {
        let mut frame = self.frames.pop().expect("a frame yielded");
        let generator = frame
            .generator
            .as_ref()
            .and_then(std::rc::Weak::upgrade)
            .expect("a running generator is alive");
        // The kind is set again when the generator resumes; kept here it would link the
        // suspended frame back to its generator.
        let kind = std::mem::replace(&mut frame.kind, FrameKind::Base);
        generator.state.set(GenState::Suspended);
        *generator.frame.borrow_mut() = Some(frame);
        let at_base = self.frames.len() == base;
        match kind {
            FrameKind::AsyncGenStep(_) => {
                generator.running_async.set(false);
                if at_base {
                    return Some(Outcome::Return(value));
                }
                self.push(value);
                None
            }
            FrameKind::AsyncGenClose(_) => {
                // It stays suspended at this `yield`, and `aclose()` fails where it was
                // awaited.
                generator.running_async.set(false);
                let ignored = self.error("RuntimeError", "async generator ignored GeneratorExit");
                *error = Some((ignored, !at_base));
                None
            }
            _ => Some(Outcome::Yield(value)),
        }
    }

    /// An exception is propagating: find a handler in the top frame, or pop frames until one
    /// has it, or until it escapes the run (frames down to `base` are gone).
    fn unwind(&mut self, base: usize, exception: Value, add_entry: bool) -> PResult<Unwound> {
        let mut add_entry = add_entry;
        let mut exception = exception;
        loop {
            let frame = self.frames.last_mut().expect("an exception in a frame");
            if add_entry
                && let Value::Instance(instance) = &exception
                && let Some(data) = &instance.exception
            {
                data.borrow_mut().traceback.push(TbEntry::at(frame));
            }
            add_entry = true;
            let handler = if frame.before_start() {
                None
            } else {
                frame.code.handler_for(frame.current).copied()
            };
            if let Some(handler) = handler {
                frame.stack.truncate(handler.depth as usize);
                frame.stack.push(exception);
                frame.ip = handler.target as usize;
                return Ok(Unwound::Caught);
            }
            let mut frame = self.frames.pop().expect("the frame that raised");
            self.end_frame(&mut frame);
            if let Some(generator) = frame.generator.as_ref().and_then(std::rc::Weak::upgrade) {
                generator.state.set(GenState::Closed);
                generator.running_async.set(false);
                // PEP 479: StopIteration cannot escape a generator or coroutine.
                let leaking = match generator.kind {
                    GenKind::AsyncGenerator => {
                        self.is_exception(&exception, "StopIteration")
                            || self.is_exception(&exception, "StopAsyncIteration")
                    }
                    _ => self.is_exception(&exception, "StopIteration"),
                };
                if leaking {
                    let what = match generator.kind {
                        GenKind::Generator => "generator raised StopIteration",
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator => {
                            if self.is_exception(&exception, "StopIteration") {
                                "async generator raised StopIteration"
                            } else {
                                "async generator raised StopAsyncIteration"
                            }
                        }
                    };
                    let runtime = self.error("RuntimeError", what);
                    if let Flow::Exception(new) = &runtime {
                        self.set_cause(new, Some(exception.clone()));
                        exception = new.clone();
                    }
                }
            }
            // GeneratorExit leaving an async generator that `aclose()` runs is the generator
            // closing as asked: the `await` gives None.
            if matches!(frame.kind, FrameKind::AsyncGenClose(_))
                && self.is_exception(&exception, "GeneratorExit")
            {
                if self.frames.len() <= base {
                    return Ok(Unwound::Closed);
                }
                self.push(Value::None);
                return Ok(Unwound::Caught);
            }
            if self.frames.len() <= base {
                return Ok(Unwound::Escaped(exception));
            }
        }
    }

    fn set_cause(&mut self, exception: &Value, cause: Option<Value>) {
        if let Value::Instance(instance) = exception
            && let Some(data) = &instance.exception
        {
            let mut data = data.borrow_mut();
            data.context = cause.clone();
            data.cause = cause;
            data.suppress_context = true;
        }
    }

    /// The exception currently being handled (`sys.exception()`), looking down the frames.
    pub fn handled_exception(&self) -> Option<Value> {
        self.frames.iter().rev().find_map(|f| f.handled.clone())
    }

    /// Chains a new exception to the one being handled (`__context__`), as CPython does when
    /// an exception is raised inside an `except` or `finally` block.
    pub fn chain_context(&self, exception: &Value) {
        let Some(handled) = self.handled_exception() else {
            return;
        };
        if handled.is(exception) {
            return;
        }
        let Value::Instance(instance) = exception else {
            return;
        };
        let Some(data) = &instance.exception else {
            return;
        };
        if data.borrow().context.is_some() {
            return;
        }
        super::errors::break_context_cycle(&handled, instance);
        data.borrow_mut().context = Some(handled);
    }

    /// Executes instructions of the top frame (the top frame may change as calls push
    /// frames; `base` is the first frame of this run, as in [`Vm::run_frames`]) until one asks
    /// something of `run_frames`: a return, yield, suspension or error. An instruction that
    /// is done goes on to the next in this loop, with no `Control` made for it;
    /// `Control::Next` is returned only when finalizers are pending, so that `run_frames` runs
    /// them before the next instruction.
    fn execute(&mut self, base: usize) -> PResult<Control> {
        // What a call or an await gave: the next instruction, or a `Control` for `run_frames`.
        macro_rules! proceed {
            ($control:expr) => {
                match $control {
                    Control::Next => continue,
                    other => return Ok(other),
                }
            };
        }
        loop {
            if super::super::warnings::finalize_pending() {
                return Ok(Control::Next);
            }
            self.steps += 1;
            // Counted from the start of the task's step, so where a runaway task is stopped (and
            // the line it is blamed on) depends on its own code only, not on how many instructions
            // ran before it (the library's start-up, earlier tasks).
            if (self.steps - self.step_start) & 0xffff == 0 {
                self.check_budget()?;
            }
            let frame = self.frame();
            let ip = frame.ip;
            let Some(&instr) = frame.code.instructions.get(ip) else {
                return Ok(Control::Return(Value::None));
            };
            frame.current = ip;
            frame.ip = ip + 1;
            match instr {
                Instr::Nop => {}
                Instr::Pop => {
                    self.pop();
                    // A coroutine made by an expression statement and dropped unawaited is
                    // reported at this line, as CPython does.
                    if super::super::warnings::unawaited_pending() {
                        self.flush_warnings();
                    }
                }
                Instr::Copy(n) => {
                    let stack = &mut self.frame().stack;
                    let value = stack[stack.len() - n as usize].clone();
                    stack.push(value);
                }
                Instr::Swap(n) => {
                    let stack = &mut self.frame().stack;
                    let len = stack.len();
                    stack.swap(len - 1, len - n as usize);
                }
                Instr::GetLen => {
                    let subject = self.frame().stack.last().cloned().unwrap_or(Value::None);
                    let len = self.len(&subject)?;
                    self.push(Value::Int(len as i64));
                }
                Instr::MatchSequence => {
                    let subject = self.frame().stack.last().cloned().unwrap_or(Value::None);
                    let matches = self.matches_sequence(&subject);
                    self.push(Value::Bool(matches));
                }
                Instr::MatchMapping => {
                    let subject = self.frame().stack.last().cloned().unwrap_or(Value::None);
                    let matches = self.matches_mapping(&subject);
                    self.push(Value::Bool(matches));
                }
                Instr::MatchKeys => {
                    let stack = &self.frame().stack;
                    let keys = stack[stack.len() - 1].clone();
                    let subject = stack[stack.len() - 2].clone();
                    let values = self.match_keys(&subject, &keys)?;
                    self.push(values);
                }
                Instr::MatchClass(nargs) => {
                    let names = self.pop();
                    let cls = self.pop();
                    let subject = self.pop();
                    let attributes = self.match_class(&subject, &cls, &names, nargs as usize)?;
                    self.push(attributes);
                }
                Instr::LoadConst(i) => {
                    let frame = self.frames.last_mut().expect("a frame is running");
                    if steps_fuse(self.steps, self.step_start, 1)
                        && operated_with_constant(
                            frame,
                            i as usize,
                            &mut self.steps,
                            self.step_start,
                        )
                    {
                        continue;
                    }
                    let value = frame.constants[i as usize].clone();
                    frame.stack.push(value);
                }
                Instr::LoadFast(i) => {
                    let frame = self.frames.last_mut().expect("a frame is running");
                    match &frame.fast[i as usize] {
                        Some(value) => {
                            let value = value.clone();
                            if let Value::Instance(_) = value
                                && let Some(&next) = frame.code.instructions.get(frame.ip)
                                && matches!(next, Instr::LoadAttr(_) | Instr::LoadMethod(_))
                            {
                                if let Err(value) = self.attribute_of_local(value, next) {
                                    self.push(value);
                                }
                                continue;
                            }
                            let number = matches!(value, Value::Int(_) | Value::Float(_));
                            frame.stack.push(value);
                            // `n - 1`, `n < 2`: the constant and its operation too.
                            if number
                                && let Some(&Instr::LoadConst(constant)) =
                                    frame.code.instructions.get(frame.ip)
                                && steps_fuse(self.steps, self.step_start, 2)
                            {
                                let Frame { ip, current, .. } = &mut **frame;
                                step_over(ip, current, &mut self.steps);
                                let (steps, start) = (&mut self.steps, self.step_start);
                                if !operated_with_constant(frame, constant as usize, steps, start) {
                                    let value = frame.constants[constant as usize].clone();
                                    frame.stack.push(value);
                                }
                            }
                        }
                        None => {
                            let name = frame.code.varnames[i as usize].clone();
                            return Err(self.error(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                        }
                    }
                }
                Instr::StoreFast(i) => {
                    let frame = self.frame();
                    let value = frame.stack.pop().expect("the compiler balanced the stack");
                    frame.fast[i as usize] = Some(value);
                }
                Instr::DeleteFast(i) => {
                    let frame = self.frame();
                    if frame.fast[i as usize].take().is_none() {
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(self.error(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                    }
                }
                Instr::LoadDeref(i) => {
                    let value = self.frame().cells[i as usize].value.borrow().clone();
                    match value {
                        Some(value) => self.push(value),
                        None => return Err(self.unbound_deref(i as usize)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let value = self.pop();
                    *self.frame().cells[i as usize].value.borrow_mut() = Some(value);
                }
                Instr::DeleteDeref(i) => {
                    let old = self.frame().cells[i as usize].value.borrow_mut().take();
                    if old.is_none() {
                        return Err(self.unbound_deref(i as usize));
                    }
                }
                Instr::LoadClosure(i) => {
                    let cell = self.frame().cells[i as usize].clone();
                    self.push(Value::Cell(cell));
                }
                Instr::LoadClassDeref(i) => {
                    let frame = self.frame();
                    let name = deref_name(frame, i as usize);
                    let local = frame
                        .locals
                        .as_ref()
                        .and_then(|l| l.borrow().get(&*name).cloned());
                    match local {
                        Some(value) => self.push(value),
                        None => {
                            let value = self.frame().cells[i as usize].value.borrow().clone();
                            match value {
                                Some(value) => self.push(value),
                                None => return Err(self.unbound_deref(i as usize)),
                            }
                        }
                    }
                }
                Instr::LoadLocals => {
                    let locals = self
                        .frame()
                        .locals
                        .clone()
                        .expect("a class body's namespace");
                    self.push(Value::Native(Rc::new(ClassNamespace(locals))));
                }
                Instr::LoadFromDictOrGlobals(i) => {
                    let classdict = self.pop();
                    let name = self.frame().code.names[i as usize].clone();
                    let value = match class_namespace_get(&classdict, &name) {
                        Some(value) => value,
                        None => {
                            let global = self.frame().module.dict.borrow().get(&*name).cloned();
                            match global.or_else(|| self.builtin(&name)) {
                                Some(value) => value,
                                None => return Err(self.name_error(&name)),
                            }
                        }
                    };
                    self.push(value);
                }
                Instr::LoadFromDictOrDeref(i) => {
                    let classdict = self.pop();
                    let name = deref_name(self.frame(), i as usize);
                    let value = match class_namespace_get(&classdict, &name) {
                        Some(value) => value,
                        None => {
                            let value = self.frame().cells[i as usize].value.borrow().clone();
                            match value {
                                Some(value) => value,
                                None => return Err(self.unbound_deref(i as usize)),
                            }
                        }
                    };
                    self.push(value);
                }
                Instr::LoadGlobal(i) => {
                    // (The fields, not `self.frame()`: the builtins are read while the name
                    // is borrowed from the frame's code.)
                    let frame = self.frames.last().expect("a frame is running");
                    let code = &frame.code;
                    let name = HashedName {
                        name: &code.names[i as usize],
                        hash: code.name_hashes[i as usize],
                    };
                    let value = frame.module.dict.borrow().get(&name).cloned();
                    let value = value.or_else(|| self.builtins.dict.borrow().get(&name).cloned());
                    let Some(value) = value else {
                        let name = name.name.clone();
                        return Err(self.name_error(&name));
                    };
                    self.push(value);
                }
                Instr::StoreGlobal(i) => {
                    let value = self.pop();
                    let frame = self.frame();
                    let name = frame.code.names[i as usize].clone();
                    frame.module.dict.borrow_mut().insert(name, value);
                }
                Instr::DeleteGlobal(i) => {
                    let frame = self.frame();
                    let name = frame.code.names[i as usize].clone();
                    if frame.module.dict.borrow_mut().remove(&*name).is_none() {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadName(i) => {
                    let frame = self.frame();
                    let name = frame.code.names[i as usize].clone();
                    let local = frame
                        .locals
                        .as_ref()
                        .and_then(|l| l.borrow().get(&*name).cloned());
                    let value = match local {
                        Some(value) => value,
                        None => {
                            let global = frame.module.dict.borrow().get(&*name).cloned();
                            match global.or_else(|| self.builtin(&name)) {
                                Some(value) => value,
                                None => return Err(self.name_error(&name)),
                            }
                        }
                    };
                    self.push(value);
                }
                Instr::StoreName(i) => {
                    let value = self.pop();
                    let frame = self.frame();
                    let name = frame.code.names[i as usize].clone();
                    match &frame.locals {
                        Some(locals) => {
                            locals.borrow_mut().insert(name, value);
                        }
                        None => {
                            frame.module.dict.borrow_mut().insert(name, value);
                        }
                    }
                }
                Instr::DeleteName(i) => {
                    let frame = self.frame();
                    let name = frame.code.names[i as usize].clone();
                    let removed = match &frame.locals {
                        Some(locals) => locals.borrow_mut().remove(&*name),
                        None => frame.module.dict.borrow_mut().remove(&*name),
                    };
                    if removed.is_none() {
                        return Err(self.name_error(&name));
                    }
                }
                Instr::LoadAttr(i) => {
                    let object = self.pop();
                    if let Value::Instance(instance) = &object
                        && let Some(value) = self.load_attr_cached(&object, instance, i as usize)
                    {
                        self.push(value);
                    } else {
                        let name = self.frame().code.names[i as usize].clone();
                        let value = self.getattr_named(&object, &name)?;
                        self.push(value);
                    }
                }
                Instr::LoadMethod(i) => {
                    let object = self.pop();
                    let cached = match &object {
                        Value::Instance(instance) => {
                            self.load_method_cached(&object, instance, i as usize)
                        }
                        Value::List(_)
                        | Value::Dict(_)
                        | Value::Str(_)
                        | Value::Set(_)
                        | Value::Tuple(_) => self
                            .load_builtin_method_cached(&object, i as usize)
                            .map(|method| (method, true)),
                        Value::Native(native) => self
                            .load_native_method_cached(&object, native, i as usize)
                            .map(|method| (method, true)),
                        _ => None,
                    };
                    match cached {
                        Some((function, true)) => {
                            self.push(function);
                            self.push(object);
                        }
                        Some((value, false)) => {
                            self.push(value);
                            self.push(Value::None);
                        }
                        None => {
                            let name = self.frame().code.names[i as usize].clone();
                            let value = self.getattr_named(&object, &name)?;
                            self.push(value);
                            self.push(Value::None);
                        }
                    }
                }
                Instr::StoreAttr(i) => {
                    let (value, object) = self.pop2();
                    match &object {
                        Value::Instance(instance) => {
                            if let Some(value) =
                                self.store_attr_cached(instance, i as usize, value)?
                            {
                                let name = self.frame().code.names[i as usize].clone();
                                self.instance_setattr_named(&object, instance, &name, value)?
                            }
                        }
                        _ => {
                            let name = self.frame().code.names[i as usize].clone();
                            self.setattr(&object, &name, value)?
                        }
                    }
                }
                Instr::DeleteAttr(i) => {
                    let name = self.frame().code.names[i as usize].clone();
                    let object = self.pop();
                    self.delattr(&object, &name)?;
                }
                Instr::BinarySubscr => {
                    let (container, key) = self.pop2();
                    let value = self.getitem(&container, &key)?;
                    self.push(value);
                }
                Instr::StoreSubscr => {
                    let key = self.pop();
                    let container = self.pop();
                    let value = self.pop();
                    self.setitem(&container, key, value)?;
                }
                Instr::DeleteSubscr => {
                    let key = self.pop();
                    let container = self.pop();
                    self.delitem(&container, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    self.push(Value::Slice(Rc::new([start, stop, step])));
                }
                Instr::Unary(op) => {
                    let operand = self.pop();
                    let value = ops::unary(self, op, &operand)?;
                    self.push(value);
                }
                Instr::Binary(op) | Instr::InPlace(op) => {
                    // Two numbers: the result takes the left operand's place on the stack
                    // (ints and floats are immutable: `x += y` is `x + y` for them).
                    let stack = &mut self.frame().stack;
                    if let [.., left, right] = stack.as_mut_slice()
                        && let Some(value) = super::fast_ops::binary(op, left, right)
                    {
                        let left = std::mem::replace(left, value);
                        let right = stack.pop().expect("the compiler balanced the stack");
                        numbers_done(left, right);
                        continue;
                    }
                    let in_place = matches!(instr, Instr::InPlace(_));
                    let (left, right) = self.pop2();
                    let value = ops::binary(self, op, &left, &right, in_place)?;
                    self.push(value);
                }
                Instr::Compare(op) => {
                    // Two numbers: the bool takes the left operand's place on the stack, or
                    // the jump that tests it is taken at once.
                    let stack = &self.frame().stack;
                    let holds = match stack.as_slice() {
                        [.., left, right] => super::fast_ops::compare_numbers(op, left, right),
                        _ => None,
                    };
                    if let Some(holds) = holds {
                        let jumped = self.jumped_on(holds);
                        let stack = &mut self.frame().stack;
                        let right = stack.pop().expect("the compiler balanced the stack");
                        let left = match jumped {
                            true => stack.pop(),
                            false => stack
                                .last_mut()
                                .map(|left| std::mem::replace(left, Value::Bool(holds))),
                        };
                        let left = left.expect("the compiler balanced the stack");
                        numbers_done(left, right);
                        continue;
                    }
                    let (left, right) = self.pop2();
                    let value = ops::compare(self, op, &left, &right)?;
                    self.push(value);
                }
                Instr::Is(negated) => {
                    let (left, right) = self.pop2();
                    self.push(Value::Bool(left.is(&right) != negated));
                }
                Instr::Contains(negated) => {
                    let container = self.pop();
                    let item = self.pop();
                    let found = self.contains(&container, &item)?;
                    self.push(Value::Bool(found != negated));
                }
                Instr::Jump(target) => self.frame().ip = target as usize,
                Instr::PopJumpIfFalse(target) => {
                    let value = self.pop();
                    if !self.truthy(&value)? {
                        self.frame().ip = target as usize;
                    }
                }
                Instr::PopJumpIfTrue(target) => {
                    let value = self.pop();
                    if self.truthy(&value)? {
                        self.frame().ip = target as usize;
                    }
                }
                Instr::PopJumpIfNone(target) => {
                    if self.pop().is_none() {
                        self.frame().ip = target as usize;
                    }
                }
                Instr::PopJumpIfNotNone(target) => {
                    if !self.pop().is_none() {
                        self.frame().ip = target as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(target) => {
                    let value = self.top().clone();
                    if self.truthy(&value)? {
                        self.pop();
                    } else {
                        self.frame().ip = target as usize;
                    }
                }
                Instr::JumpIfTrueOrPop(target) => {
                    let value = self.top().clone();
                    if self.truthy(&value)? {
                        self.frame().ip = target as usize;
                    } else {
                        self.pop();
                    }
                }
                Instr::GetIter => {
                    let object = self.pop();
                    let iterator = self.iter(&object)?;
                    self.push(iterator);
                }
                Instr::ForIter(target) => {
                    let iterator = self.top().clone();
                    match self.next(&iterator)? {
                        Some(value) => self.push(value),
                        None => {
                            self.pop();
                            self.frame().ip = target as usize;
                        }
                    }
                }
                Instr::GetAIter => {
                    let object = self.pop();
                    let iterator = self.aiter(&object)?;
                    self.push(iterator);
                }
                Instr::GetANext => {
                    let iterator = self.top().clone();
                    let awaitable = self.anext(&iterator)?;
                    self.push(awaitable);
                }
                Instr::EndAsyncFor => {
                    let exception = self.pop();
                    if self.is_exception(&exception, "StopAsyncIteration") {
                        self.pop();
                    } else {
                        self.reraising = true;
                        return Err(Flow::Exception(exception));
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = self.pop_n(n as usize);
                    self.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = self.pop_n(n as usize);
                    self.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let items = self.pop_n(n as usize);
                    let set = self.new_set(items, false)?;
                    self.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = self.pop_n(2 * n as usize);
                    let dict = self.new_dict();
                    let mut items = items.into_iter();
                    while let (Some(key), Some(value)) = (items.next(), items.next()) {
                        self.dict_set(&dict, key, value)?;
                    }
                    self.push(dict);
                }
                Instr::BuildString(n) => {
                    // The parts joined in place on the stack, into a string of their exact
                    // length (no growing, and none of the spare room a `str` would give back).
                    let stack = &mut self.frame().stack;
                    let start = stack.len() - n as usize;
                    fn text_of(part: &Value) -> &str {
                        match part {
                            Value::Str(s) => s.as_str(),
                            _ => "",
                        }
                    }
                    let length = stack[start..].iter().map(|p| text_of(p).len()).sum();
                    let mut text = String::with_capacity(length);
                    for part in &stack[start..] {
                        text.push_str(text_of(part));
                    }
                    stack.truncate(start);
                    self.push(Value::str(text));
                }
                Instr::ListAppend(n) => {
                    let value = self.pop();
                    let list = self.peek(n as usize);
                    if let Value::List(list) = &list {
                        list.borrow_mut().push(value);
                    }
                }
                Instr::SetAdd(n) => {
                    let value = self.pop();
                    let set = self.peek(n as usize);
                    self.set_add(&set, value)?;
                }
                Instr::MapAdd(n) => {
                    let value = self.pop();
                    let key = self.pop();
                    let dict = self.peek(n as usize);
                    self.dict_set(&dict, key, value)?;
                }
                Instr::ListExtend(n) => {
                    let iterable = self.pop();
                    let list = self.peek(n as usize);
                    let items = self.collect(&iterable)?;
                    if let Value::List(list) = &list {
                        list.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let iterable = self.pop();
                    let set = self.peek(n as usize);
                    self.set_update(&set, &iterable)?;
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let mapping = self.pop();
                    let dict = self.peek(n as usize);
                    let merge = matches!(instr, Instr::DictMerge(_));
                    self.dict_update(&dict, &mapping, merge)?;
                }
                Instr::ListToTuple => {
                    let list = self.pop();
                    let items = match &list {
                        Value::List(items) => items.borrow().clone(),
                        _ => Vec::new(),
                    };
                    self.push(Value::tuple(items));
                }
                Instr::FormatValue {
                    conversion,
                    has_spec,
                } => {
                    let spec = if has_spec { Some(self.pop()) } else { None };
                    let value = self.pop();
                    let value = match conversion {
                        Conversion::None => value,
                        Conversion::Str => Value::str(self.str(&value)?),
                        Conversion::Repr => Value::str(self.repr(&value)?),
                        Conversion::Ascii => {
                            Value::str(super::super::builtins::ascii_of(self, &value)?)
                        }
                    };
                    let spec = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let text = self.format(&value, &spec)?;
                    self.push(Value::str(text));
                }
                Instr::UnpackSequence(n) => {
                    let sequence = self.pop();
                    let items = self.unpack(&sequence, n as usize)?;
                    let stack = &mut self.frame().stack;
                    stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let sequence = self.pop();
                    let items = self.collect(&sequence)?;
                    let (before, after) = (before as usize, after as usize);
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let middle = items[before..items.len() - after].to_vec();
                    let stack = &mut self.frame().stack;
                    for item in items[items.len() - after..].iter().rev() {
                        stack.push(item.clone());
                    }
                    stack.push(Value::list(middle));
                    for item in items[..before].iter().rev() {
                        stack.push(item.clone());
                    }
                }
                Instr::MakeFunction { code, flags } => {
                    let function = self.make_function(code as usize, flags)?;
                    self.push(function);
                }
                Instr::CallMethod(argc) => {
                    let argc = argc as usize;
                    let stack = &mut self.frame().stack;
                    let receiver = stack.len() - argc - 1;
                    // `[callable, None, args]`: a plain call; `[function, obj, args]`: the
                    // function called with `obj` first, exactly as its bound method would be.
                    let argc = if stack[receiver].is_none() {
                        stack.remove(receiver);
                        argc
                    } else if let Value::Builtin(method) = &stack[receiver - 1] {
                        // A type's method on its value (`counts.get(word, 0)`): called with the
                        // value as its receiver, exactly as the bound method would be.
                        let method = method.clone();
                        let value = self.call_native(method, argc, true)?;
                        proceed!(self.native_call_done(value));
                    } else {
                        argc + 1
                    };
                    if let Some(control) = self.fast_call(argc)? {
                        proceed!(control);
                    }
                    let args = self.pop_n(argc);
                    let callable = self.pop();
                    proceed!(self.call_in_loop(callable, Args::new(args))?);
                }
                Instr::Call(argc) => {
                    let stack = &self.frame().stack;
                    if let Value::Builtin(native) = &stack[stack.len() - argc as usize - 1]
                        && native.fast.is_some()
                    {
                        let native = native.clone();
                        let value = self.call_native(native, argc as usize, false)?;
                        proceed!(self.native_call_done(value));
                    }
                    if let Some(control) = self.fast_call(argc as usize)? {
                        proceed!(control);
                    }
                    let args = self.pop_n(argc as usize);
                    let callable = self.pop();
                    proceed!(self.call_in_loop(callable, Args::new(args))?);
                }
                Instr::CallKw { argc, names } => {
                    let Value::Tuple(names) = &self.constant(names as usize) else {
                        unreachable!("CallKw names are a tuple constant")
                    };
                    let mut values = self.pop_n(argc as usize);
                    let callable = self.pop();
                    let keyword_values = values.split_off(values.len() - names.len());
                    let keywords = names
                        .iter()
                        .zip(keyword_values)
                        .map(|(name, value)| (Rc::from(name.as_str().unwrap_or("")), value))
                        .collect();
                    proceed!(self.call_in_loop(
                        callable,
                        Args {
                            positional: values,
                            keywords,
                        },
                    )?);
                }
                Instr::CallEx { has_kwargs } => {
                    let kwargs = if has_kwargs { Some(self.pop()) } else { None };
                    let args = self.pop();
                    let callable = self.pop();
                    let positional = match &args {
                        Value::Tuple(items) => items.to_vec(),
                        other => self.collect(other)?,
                    };
                    let mut keywords = Vec::new();
                    if let Some(Value::Dict(dict)) = &kwargs {
                        for entry in dict.borrow().iter() {
                            match &entry.key {
                                Value::Str(key) => {
                                    keywords.push((Rc::from(key.as_str()), entry.value.clone()))
                                }
                                _ => {
                                    return Err(self.type_error("keywords must be strings"));
                                }
                            }
                        }
                    }
                    proceed!(self.call_in_loop(
                        callable,
                        Args {
                            positional,
                            keywords,
                        },
                    )?);
                }
                Instr::LoadBuildClass => {
                    // CPython's words if a program ever removed it from the builtins.
                    let Some(build) = self.builtin("__build_class__") else {
                        return Err(self.error("NameError", "__build_class__ not found"));
                    };
                    self.push(build);
                }
                Instr::CallIntrinsic(intrinsic) => {
                    let mut args = self.pop_n(intrinsic.arity());
                    if intrinsic.takes_module() {
                        let module = self.frame().module.name.to_string();
                        args.push(Value::str(module));
                    }
                    let typing = self.import("typing", &Value::None)?;
                    let function = self.getattr(&typing, intrinsic.function())?;
                    let result = self.call(&function, args)?;
                    self.push(result);
                }
                Instr::ReturnValue => {
                    let value = self.pop();
                    if self.frames.len() > base + 1 && self.returns_plainly(&value) {
                        self.return_to_caller(value);
                        continue;
                    }
                    return Ok(Control::Return(value));
                }
                Instr::YieldValue => {
                    let value = self.pop();
                    return Ok(Control::Yield(value));
                }
                Instr::YieldFrom => {
                    // Delegation is driven here one value at a time: each value the inner
                    // iterator produces is yielded onwards; its return value is the result.
                    let input = self.frame().await_input.take();
                    if input.is_none() {
                        // First entry: delegate to the iterable's iterator (GET_YIELD_FROM_ITER).
                        let iterable = self.top().clone();
                        if matches!(&iterable, Value::Generator(g) if g.kind == GenKind::Coroutine)
                        {
                            return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                        }
                        let iterator = self.iter(&iterable)?;
                        *self.top() = iterator;
                    }
                    let inner = self.top().clone();
                    let step = match input {
                        None => self.next_or_return(&inner)?,
                        Some(AwaitInput::Send(value)) => self.send_or_return(&inner, value)?,
                        Some(AwaitInput::Throw(exception)) => {
                            match self.throw_or_return(&inner, exception) {
                                Ok(step) => step,
                                Err(error) => {
                                    self.pop();
                                    return Err(error);
                                }
                            }
                        }
                    };
                    match step {
                        Ok(value) => {
                            // Yield it and come back to this instruction.
                            let frame = self.frame();
                            frame.ip = frame.current;
                            return Ok(Control::Yield(value));
                        }
                        Err(result) => {
                            self.pop();
                            self.push(result);
                        }
                    }
                }
                Instr::GetAwaitable(context) => {
                    let object = self.pop();
                    let awaitable = self.get_awaitable(object, context)?;
                    self.push(awaitable);
                }
                Instr::Await => proceed!(self.await_top()?),
                Instr::Raise(n) => return Err(self.raise(n as usize)),
                Instr::Reraise => {
                    let exception = self.pop();
                    self.reraising = true;
                    return Err(Flow::Exception(exception));
                }
                Instr::PushExcInfo => {
                    let exception = self.pop();
                    let frame = self.frame();
                    let previous = frame
                        .handled
                        .replace(exception.clone())
                        .unwrap_or(Value::None);
                    frame.stack.push(previous);
                    frame.stack.push(exception);
                }
                Instr::PopExcept => {
                    let previous = self.pop();
                    self.frame().handled = if previous.is_none() {
                        None
                    } else {
                        Some(previous)
                    };
                }
                Instr::CheckExcMatch => {
                    let class = self.pop();
                    let exception = self.top().clone();
                    let matched = self.exception_matches(&exception, &class)?;
                    self.push(Value::Bool(matched));
                }
                Instr::CheckEgMatch => {
                    let class = self.pop();
                    let group = self.pop();
                    let (rest, matched) = self.exception_group_match(&group, &class)?;
                    if !matched.is_none() {
                        // The handler body sees the matched part as the exception being handled.
                        self.frame().handled = Some(matched.clone());
                    }
                    self.push(rest);
                    self.push(matched);
                }
                Instr::PrepReraiseStar => {
                    let raised = self.pop();
                    let original = self.pop();
                    let result = self.prep_reraise_star(&original, &raised)?;
                    self.push(result);
                }
                Instr::LoadAssertionError => {
                    let class = self.types.exception("AssertionError");
                    self.push(Value::Class(class));
                }
                Instr::BeforeWith => {
                    let manager = self.pop();
                    let (exit, result) = self.enter_context(&manager)?;
                    self.push(exit);
                    self.push(result);
                }
                Instr::BeforeAsyncWith => {
                    let manager = self.pop();
                    let (exit, awaitable) = self.enter_async_context(&manager)?;
                    self.push(exit);
                    self.push(awaitable);
                }
                Instr::WithExceptStart => {
                    let stack = &self.frame().stack;
                    let exception = stack[stack.len() - 1].clone();
                    let exit = stack[stack.len() - 3].clone();
                    let class = Value::Class(self.class_of(&exception));
                    let traceback = self
                        .exception_attribute(&exception, "__traceback__")
                        .unwrap_or(Value::None);
                    let result = self.call(&exit, vec![class, exception, traceback])?;
                    self.push(result);
                }
                Instr::ImportName(i) => {
                    let name = self.frame().code.names[i as usize].clone();
                    let fromlist = self.pop();
                    let _level = self.pop();
                    let module = self.import(&name, &fromlist)?;
                    self.push(module);
                }
                Instr::ImportFrom(i) => {
                    let name = self.frame().code.names[i as usize].clone();
                    let module = self.top().clone();
                    let value = self.import_from(&module, &name)?;
                    self.push(value);
                }
                Instr::ImportStar => {
                    let module = self.pop();
                    self.import_star(&module)?;
                }
                Instr::SetupAnnotations => {
                    let frame = self.frame();
                    let namespace = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.module.dict.clone());
                    if !namespace.borrow().contains_key("__annotations__") {
                        let dict = self.new_dict();
                        namespace
                            .borrow_mut()
                            .insert(Rc::from("__annotations__"), dict);
                    }
                }
            }
        }
    }

    /// The value `n` below the top (1 = top) without removing it.
    fn peek(&mut self, n: usize) -> Value {
        let stack = &self.frame().stack;
        stack[stack.len() - n].clone()
    }

    fn constant(&mut self, index: usize) -> Value {
        self.frame().constants[index].clone()
    }

    fn unbound_deref(&mut self, index: usize) -> Flow {
        let frame = self.frame();
        let name = deref_name(frame, index);
        if index < frame.code.cellvars.len() {
            self.error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub fn name_error(&mut self, name: &str) -> Flow {
        let error = self.error("NameError", format!("name '{name}' is not defined"));
        if let Flow::Exception(Value::Instance(instance)) = &error {
            instance.set_attr("name", Value::str(name));
        }
        error
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn raise(&mut self, argc: usize) -> Flow {
        if argc == 0 {
            return match self.handled_exception() {
                Some(exception) => {
                    self.reraising = true;
                    Flow::Exception(exception)
                }
                None => self.error("RuntimeError", "No active exception to reraise"),
            };
        }
        let cause = if argc == 2 { Some(self.pop()) } else { None };
        let exception = self.pop();
        let exception = match self.make_exception(exception) {
            Ok(exception) => exception,
            Err(error) => return error,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                None
            } else {
                match self.make_exception(cause) {
                    Ok(cause) => Some(cause),
                    Err(_) => {
                        return self.type_error("exception causes must derive from BaseException");
                    }
                }
            };
            if let Value::Instance(instance) = &exception
                && let Some(data) = &instance.exception
            {
                let mut data = data.borrow_mut();
                data.cause = cause;
                data.suppress_context = true;
            }
        }
        self.chain_context(&exception);
        Flow::Exception(exception)
    }

    /// An exception instance from what `raise` was given (a class is instantiated).
    pub fn make_exception(&mut self, value: Value) -> PResult<Value> {
        let base = self.types.exception("BaseException");
        match &value {
            Value::Class(class) if class.is_subclass_of(&base) => self.call(&value, Vec::new()),
            Value::Instance(instance) if instance.class().is_subclass_of(&base) => Ok(value),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// Calls `callable` from the loop: Python functions run inline as a new frame.
    fn call_in_loop(&mut self, callable: Value, args: Args) -> PResult<Control> {
        match self.prepare_call(callable, args)? {
            CallTarget::Done(value) => return Ok(self.native_call_done(value)),
            CallTarget::Frame(mut frame) => {
                if self.frames.len() >= self.limits.recursion {
                    return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
                }
                frame.kind = FrameKind::Call;
                self.frames.push(frame);
            }
        }
        Ok(Control::Next)
    }

    /// Calls the native `builtin` with the `argc` arguments on top of the stack, and pops
    /// them, its receiver below them (`receiver_on_stack`: `[method, receiver, args]`) and
    /// the callable below that. Its quick form, if it has one that applies, takes the
    /// arguments as they are, with no `Args` made for them.
    fn call_native(
        &mut self,
        builtin: Rc<Builtin>,
        argc: usize,
        receiver_on_stack: bool,
    ) -> PResult<Value> {
        /// The most arguments a quick form is given (`dict.get(key, default)`).
        const QUICK_ARGS: usize = 2;
        // Two ways of taking the arguments: a quick form's into an array, with no `Vec`
        // made; measured, one way for both cost the common calls 1-2% more instructions.
        if let Some(fast) = builtin.fast
            && argc <= QUICK_ARGS
        {
            let stack = &mut self.frame().stack;
            let mut args = [Value::None, Value::None];
            for slot in args[..argc].iter_mut().rev() {
                *slot = stack.pop().expect("the compiler balanced the stack");
            }
            let this = receiver_on_stack.then(|| stack.pop().expect("a receiver"));
            stack.pop();
            let receiver = this.as_ref().or(builtin.this.as_ref());
            if let Some(result) = fast(self, receiver, &args[..argc]) {
                return result;
            }
            let args = args.into_iter().take(argc).collect();
            return builtin.invoke(self, receiver, Args::new(args));
        }
        let args = self.pop_n(argc);
        let this = receiver_on_stack.then(|| self.pop());
        self.pop();
        let receiver = this.as_ref().or(builtin.this.as_ref());
        builtin.invoke(self, receiver, Args::new(args))
    }

    /// After a call that finished at once: its result on the stack.
    fn native_call_done(&mut self, value: Value) -> Control {
        self.push(value);
        if self.asyncio.park_request.is_some() {
            // `time.sleep` in an executor job: the job's frames wait for the timer.
            return Control::Suspend(Value::None);
        }
        Control::Next
    }

    /// The common call, `f(a, b)` or `obj.method(a)` of a Python function taking exactly
    /// positional parameters, or `Class(a, b)` of a class whose `__init__` is such a function
    /// (see [`Vm::plain_init`]): the arguments move from the stack straight into the new
    /// frame. `None` when the call needs the general path.
    fn fast_call(&mut self, argc: usize) -> PResult<Option<Control>> {
        if self.plain_call(argc)? {
            return Ok(Some(Control::Next));
        }
        let frame = self.frames.last().expect("a frame is running");
        let callable = &frame.stack[frame.stack.len() - argc - 1];
        let (function, this) = match callable {
            Value::Function(function) => (function.clone(), Receiver::None),
            Value::BoundMethod(method) => match &method.func {
                Value::Function(function) => {
                    (function.clone(), Receiver::Bound(method.this.clone()))
                }
                _ => return Ok(None),
            },
            Value::Class(class) => {
                let class = class.clone();
                match self.plain_init(&class) {
                    Some(init) => (init, Receiver::New(class)),
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        let code = &function.code;
        let given = argc + !matches!(this, Receiver::None) as usize;
        let parameters = code.argcount as usize;
        if code.varargs
            || code.varkeywords
            || code.kwonlyargcount > 0
            || given > parameters
            || given + function.defaults.len() < parameters
        {
            return Ok(None);
        }
        // The instance a class call makes exists before its `__init__` runs (and is freed
        // if that cannot start), as in the general path.
        let (this, init_of) = match this {
            Receiver::None => (None, None),
            Receiver::Bound(this) => (Some(this), None),
            Receiver::New(class) => {
                let new = Rc::new(super::super::value::Instance::new(class));
                (Some(Value::Instance(new.clone())), Some(new))
            }
        };
        if self.frames.len() >= self.limits.recursion {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        // `await queue.put(x)` that would not wait: done at once, no coroutine made (nor a
        // frame for it).
        if function.code.kind == CodeKind::Coroutine
            && init_of.is_none()
            && self.awaited_at_once()
            && let Some(result) = self.call_at_once(&function, this.as_ref(), argc, given)
        {
            let result = result?;
            let stack = &mut self.frame().stack;
            stack.truncate(stack.len() - argc - 1);
            // The `GetAwaitable` and `Await` after the call are done with it.
            self.frame().ip += 2;
            self.push(result);
            return Ok(Some(Control::Next));
        }
        let mut new_frame = self.function_frame(&function);
        let offset = this.is_some() as usize;
        if let Some(this) = this {
            new_frame.fast[0] = Some(this);
        }
        let stack = &mut self.frames.last_mut().expect("a frame is running").stack;
        move_arguments(stack, &mut new_frame.fast[offset..given]);
        stack.pop();
        let first_default = parameters - function.defaults.len();
        for index in given..parameters {
            new_frame.fast[index] = Some(function.defaults[index - first_default].clone());
        }
        match (self.finish_function_call(&function, new_frame)?, init_of) {
            (CallTarget::Done(value), None) => self.push(value),
            // A generator function as `__init__`: its call gives a generator, not None.
            (CallTarget::Done(value), Some(new)) => {
                if !value.is_none() {
                    return Err(self.init_returned(&value));
                }
                self.push(Value::Instance(new));
            }
            (CallTarget::Frame(mut new_frame), init_of) => {
                new_frame.kind = FrameKind::Call;
                new_frame.init_of = init_of;
                self.frames.push(new_frame);
            }
        }
        Ok(Some(Control::Next))
    }

    /// The commonest call, `f(a, b)` of a plain function given exactly its positional
    /// parameters (no defaults to fill, no cells, not a generator or coroutine), or
    /// `Class(a, b)` of a class whose `__init__` ([`Vm::plain_init`]) is such a function of
    /// `self` and those: its frame gets the arguments moved from the caller's stack as its
    /// first locals (after the new instance for `__init__`). Says whether it was such a call.
    #[inline(always)]
    fn plain_call(&mut self, argc: usize) -> PResult<bool> {
        let frame = self.frames.last().expect("a frame is running");
        let callable_at = frame.stack.len() - argc - 1;
        let (function, class) = match &frame.stack[callable_at] {
            Value::Function(function) => {
                if !function.code.takes_exactly(argc) || !function.closure.is_empty() {
                    return Ok(false);
                }
                (function.clone(), None)
            }
            Value::Class(class) => {
                let class = class.clone();
                match self.plain_init(&class) {
                    Some(init) if init.code.takes_exactly(argc + 1) && init.closure.is_empty() => {
                        (init, Some(class))
                    }
                    _ => return Ok(false),
                }
            }
            _ => return Ok(false),
        };
        // The instance a class call makes exists before its `__init__` runs (and is freed
        // if that cannot start), as in the general path.
        let new = class.map(|class| Rc::new(super::super::value::Instance::new(class)));
        if self.frames.len() >= self.limits.recursion {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut new_frame = self.unbound_frame(&function);
        new_frame.unbind_locals();
        let fast = &mut new_frame.fast;
        let first = match &new {
            Some(new) => {
                fast[0] = Some(Value::Instance(new.clone()));
                1
            }
            None => 0,
        };
        let stack = &mut self.frames.last_mut().expect("a frame is running").stack;
        move_arguments(stack, &mut fast[first..first + argc]);
        stack.pop();
        new_frame.function = Some(function);
        new_frame.init_of = new;
        self.frames.push(new_frame);
        Ok(true)
    }

    /// [`fast_paths::finish_call_at_once`] for a call of `function` with `argc` arguments on
    /// the stack (and `this` bound before them; `given` in all), asked before any frame is
    /// made: the first two parameters as the coroutine's locals would hold them, bound only
    /// for one of the library's coroutines (a program's own `await f(i)` binds nothing here).
    ///
    /// [`fast_paths::finish_call_at_once`]: super::super::asyncio::fast_paths::finish_call_at_once
    fn call_at_once(
        &mut self,
        function: &Rc<Function>,
        this: Option<&Value>,
        argc: usize,
        given: usize,
    ) -> Option<PResult<Value>> {
        let shortcut = super::super::asyncio::fast_paths::shortcut_for(self, &function.code)?;
        let frame = self.frames.last().expect("a frame is running");
        let args = &frame.stack[frame.stack.len() - argc..];
        let first_default = (function.code.argcount as usize) - function.defaults.len();
        let local = |index: usize| match (this, index) {
            (Some(this), 0) => Some(this.clone()),
            _ if index < given => args.get(index - this.is_some() as usize).cloned(),
            _ => function
                .defaults
                .get(index.checked_sub(first_default)?)
                .cloned(),
        };
        let locals = [local(0), local(1)];
        super::super::asyncio::fast_paths::finish_call_at_once(self, shortcut, &locals)
    }

    /// [`jumped_on`] in the top frame.
    #[inline(always)]
    fn jumped_on(&mut self, holds: bool) -> bool {
        let frame = self.frames.last_mut().expect("a frame is running");
        jumped_on(frame, holds, &mut self.steps, self.step_start)
    }

    /// [`step_over`] in the top frame.
    #[inline(always)]
    fn step_over(&mut self) {
        let frame = self.frames.last_mut().expect("a frame is running");
        step_over(&mut frame.ip, &mut frame.current, &mut self.steps);
    }

    /// After `LoadFast` of `value`: when the next instruction reads an attribute or a method
    /// of it (`self.balance`, `self.apply(`) and the attribute site reads it the plain way,
    /// does that too, without pushing the local for it to pop; the value comes back when not.
    #[inline(always)]
    fn attribute_of_local(&mut self, value: Value, next: Instr) -> Result<(), Value> {
        let Value::Instance(instance) = &value else {
            return Err(value);
        };
        if !steps_fuse(self.steps, self.step_start, 1) {
            return Err(value);
        }
        match next {
            Instr::LoadAttr(name) => {
                let attribute = match self.own_attribute_in_place(instance, name as usize) {
                    Some(attribute) => attribute,
                    None => match self.load_attr_cached(&value, instance, name as usize) {
                        Some(attribute) => attribute,
                        None => return Err(value),
                    },
                };
                self.step_over();
                self.push(attribute);
            }
            Instr::LoadMethod(name) => {
                match self.load_method_cached(&value, instance, name as usize) {
                    Some((function, true)) => {
                        self.step_over();
                        self.push(function);
                        self.push(value);
                    }
                    Some((attribute, false)) => {
                        self.step_over();
                        self.push(attribute);
                        self.push(Value::None);
                    }
                    None => return Err(value),
                }
            }
            _ => return Err(value),
        }
        Ok(())
    }

    /// Whether the call just made is awaited at once: the instructions after it are those of
    /// `await` (`GetAwaitable`, `Await`).
    fn awaited_at_once(&self) -> bool {
        let frame = self.frames.last().expect("a frame is running");
        matches!(
            frame.code.instructions.get(frame.ip..frame.ip + 2),
            Some([Instr::GetAwaitable(AwaitContext::Await), Instr::Await])
        )
    }

    /// `await` of the awaitable on top of the stack.
    fn await_top(&mut self) -> PResult<Control> {
        let awaitable = self.top().clone();
        let input = self.frame().await_input.take();
        let step = match &awaitable {
            Value::Generator(coroutine) if coroutine.kind == GenKind::Coroutine => {
                if let Some(result) =
                    super::super::asyncio::fast_paths::quick_start(self, coroutine)
                {
                    self.pop();
                    self.push(result?);
                    return Ok(Control::Next);
                }
                return self.await_generator(coroutine.clone(), None);
            }
            Value::Generator(generator) if generator.kind == GenKind::Generator => {
                self.step_generator_awaitable(generator, input)?
            }
            Value::Native(native) => {
                let native = native.clone();
                match native.await_step(&awaitable, self, input) {
                    Some(step) => step?,
                    None => return Err(self.not_awaitable(&awaitable)),
                }
            }
            other => return Err(self.not_awaitable(other)),
        };
        match step {
            AwaitStep::Done(value) => {
                self.pop();
                self.push(value);
                Ok(Control::Next)
            }
            AwaitStep::Pending(on) => {
                // Come back to this instruction when the task resumes.
                let frame = self.frame();
                frame.ip = frame.current;
                Ok(Control::Suspend(on))
            }
            AwaitStep::RunFrame(generator, input) => self.await_generator(generator, input),
            AwaitStep::Close(generator, exception) => {
                self.await_generator_as(generator, Some(AwaitInput::Throw(exception)), true)
            }
        }
    }

    /// Runs a coroutine (or an async generator step) inline, in this loop, in place of the
    /// awaitable on top of the stack. `input` is what the generator is resumed with (nothing
    /// when it starts).
    fn await_generator(
        &mut self,
        generator: Rc<Generator>,
        input: Option<AwaitInput>,
    ) -> PResult<Control> {
        self.await_generator_as(generator, input, false)
    }

    /// [`Vm::await_generator`], for an async generator's `aclose()` when `closing`.
    fn await_generator_as(
        &mut self,
        generator: Rc<Generator>,
        input: Option<AwaitInput>,
        closing: bool,
    ) -> PResult<Control> {
        // The awaitable is done with: the generator's frame takes over (an error taking it
        // unwinds this frame's stack anyway).
        self.pop();
        match self.enter_generator(generator, input, closing)? {
            // Raised inside the generator's frame, now on top, at its `yield`.
            Some(exception) => Err(Flow::Exception(exception)),
            None => Ok(Control::Next),
        }
    }

    /// Runs a coroutine-like native awaitable (an async generator's `asend()`, `athrow()`,
    /// `aclose()`) as a task's coroutine, from its first step: `thrown` is what that step
    /// throws in (the task was cancelled before it started).
    pub fn start_awaitable(
        &mut self,
        awaitable: &Value,
        thrown: Option<Value>,
    ) -> PResult<Outcome> {
        if let Value::Instance(_) = awaitable {
            return self.step_coroutine_object(awaitable, thrown);
        }
        let Value::Native(native) = awaitable else {
            return Err(self.type_error("a coroutine was expected"));
        };
        let input = match thrown {
            Some(exception) => AwaitInput::Throw(exception),
            None => AwaitInput::Send(Value::None),
        };
        let Some(step) = native.clone().await_step(awaitable, self, Some(input)) else {
            return Err(self.not_awaitable(awaitable));
        };
        let (generator, input, closing) = match step? {
            AwaitStep::Done(value) => return Ok(Outcome::Return(value)),
            AwaitStep::Pending(on) => return Ok(Outcome::Suspend(on)),
            AwaitStep::RunFrame(generator, input) => (generator, input, false),
            AwaitStep::Close(generator, exception) => {
                (generator, Some(AwaitInput::Throw(exception)), true)
            }
        };
        let base = self.frames.len();
        self.step_start = self.steps;
        match self.enter_generator(generator, input, closing)? {
            Some(exception) => self.throw_then_run(base, exception),
            None => self.run_frames(base),
        }
    }

    /// One step of an object that is a coroutine by its methods (`collections.abc.Coroutine`)
    /// as CPython's task makes it: `send(None)` or `throw(exc)`; what it yields is what the
    /// task waits on, its StopIteration's value the task's result.
    fn step_coroutine_object(
        &mut self,
        coroutine: &Value,
        thrown: Option<Value>,
    ) -> PResult<Outcome> {
        let (method, argument) = match thrown {
            Some(exception) => ("throw", exception),
            None => ("send", Value::None),
        };
        let step = self.getattr(coroutine, method)?;
        match self.call(&step, vec![argument]) {
            Ok(yielded) => Ok(Outcome::Suspend(yielded)),
            Err(flow) if self.flow_is(&flow, "StopIteration") => {
                let Flow::Exception(stop) = &flow else {
                    return Err(flow);
                };
                Ok(Outcome::Return(self.stop_iteration_value(stop)))
            }
            Err(flow) => Err(flow),
        }
    }

    /// Pushes a generator's frame to run it for an awaiter, resumed with `input`; returns
    /// the exception to raise in it, if `input` throws one.
    fn enter_generator(
        &mut self,
        generator: Rc<Generator>,
        input: Option<AwaitInput>,
        closing: bool,
    ) -> PResult<Option<Value>> {
        let started = generator.state.get() != GenState::Created;
        let mut frame = self.take_generator_frame(&generator)?;
        frame.kind = match generator.kind {
            GenKind::AsyncGenerator => {
                generator.running_async.set(true);
                if closing {
                    FrameKind::AsyncGenClose(generator.clone())
                } else {
                    FrameKind::AsyncGenStep(generator.clone())
                }
            }
            _ => FrameKind::Await(generator.clone()),
        };
        if self.frames.len() >= self.limits.recursion {
            *generator.frame.borrow_mut() = Some(frame);
            generator.state.set(if started {
                GenState::Suspended
            } else {
                GenState::Created
            });
            generator.running_async.set(false);
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let throw = match input {
            Some(AwaitInput::Send(value)) => {
                if started {
                    frame.stack.push(value);
                }
                None
            }
            Some(AwaitInput::Throw(exception)) => Some(exception),
            None => {
                if started {
                    frame.stack.push(Value::None);
                }
                None
            }
        };
        self.frames.push(frame);
        Ok(throw)
    }

    /// Builds a function object (`MakeFunction`).
    fn make_function(&mut self, code_index: usize, flags: FunctionFlags) -> PResult<Value> {
        let frame_code = self.frame().code.clone();
        let crate::python::bytecode::Constant::Code(code) = &frame_code.constants[code_index]
        else {
            unreachable!("MakeFunction names a code constant")
        };
        let closure = if flags.closure {
            match &self.pop() {
                Value::Tuple(cells) => cells
                    .iter()
                    .map(|c| match c {
                        Value::Cell(cell) => cell.clone(),
                        _ => PyCell::new(None),
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags.annotations {
            Some(self.pop())
        } else {
            None
        };
        let kw_defaults = if flags.kw_defaults {
            match &self.pop() {
                Value::Dict(dict) => dict
                    .borrow()
                    .iter()
                    .map(|e| (Rc::from(e.key.as_str().unwrap_or("")), e.value.clone()))
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags.defaults {
            match &self.pop() {
                Value::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let module = self.frame().module.clone();
        Ok(self.new_function(
            code.clone(),
            module,
            defaults,
            kw_defaults,
            closure,
            annotations,
        ))
    }
}

/// The name of cell or free variable `index` of a frame's code.
fn deref_name(frame: &Frame, index: usize) -> Rc<str> {
    let code = &frame.code;
    if index < code.cellvars.len() {
        code.cellvars[index].clone()
    } else {
        code.freevars[index - code.cellvars.len()].clone()
    }
}

/// The result of stepping a native awaitable.
/// Where an exception propagating through the frames ended.
enum Unwound {
    /// A frame's handler runs next.
    Caught,
    /// It left the frame at the run's base.
    Escaped(Value),
    /// It was the GeneratorExit that `aclose()` threw, leaving the async generator at the
    /// run's base: the run returns None.
    Closed,
}

pub enum AwaitStep {
    /// It finished with this value.
    Done(Value),
    /// It waits on this (a future, or `None` for a bare yield).
    Pending(Value),
    /// It is a generator frame to run inline (an async generator's `anext`), resumed with
    /// this input.
    RunFrame(Rc<Generator>, Option<AwaitInput>),
    /// It is an async generator's frame to run inline until it closes (`aclose()`), with
    /// this exception (GeneratorExit) raised at its `yield`.
    Close(Rc<Generator>, Value),
}

impl Vm {
    /// `frame` ended (returned, or an exception left it). If a traceback still holds its
    /// frame object, the object takes over its locals and holds its caller's frame object,
    /// as CPython's does (see [`FrameObject`]). A local holding an exception whose traceback
    /// holds this frame (`err = e`, `raise err`) makes a cycle reference counting would never
    /// free: it is left out, and the exception kept until the program ends, as CPython's
    /// cycle collector would at the latest.
    pub(crate) fn end_frame(&mut self, frame: &mut Frame) {
        let Some(object) = frame.object.take() else {
            return;
        };
        if Rc::strong_count(&object) == 1 {
            return;
        }
        let locals: Vec<Value> = std::mem::take(&mut frame.fast)
            .into_iter()
            .flatten()
            .filter(|value| {
                let cycle = traceback_holds(value, &object);
                if cycle {
                    self.cycles.push(value.clone());
                }
                !cycle
            })
            .collect();
        let cells = std::mem::take(&mut frame.cells);
        // The caller, if it is of this run of frames: a task's first frame was called by
        // the loop, whose frames Looplab does not have.
        let floor = if self.current_task_name().is_some() {
            self.task_base
        } else {
            0
        };
        let back = match self.frames.len() > floor {
            true => self.frames.last_mut().map(|caller| caller.object()),
            false => None,
        };
        object.take_over(locals, cells, back);
    }
}

/// Whether `value` is an exception whose traceback holds `object`.
fn traceback_holds(value: &Value, object: &Rc<FrameObject>) -> bool {
    let Value::Instance(instance) = value else {
        return false;
    };
    let Some(data) = &instance.exception else {
        return false;
    };
    data.borrow().traceback.iter().any(|entry| {
        entry
            .frame
            .as_ref()
            .is_some_and(|held| Rc::ptr_eq(held, object))
    })
}

/// A class body's namespace, as its `__classdict__` cell holds it for the annotation scopes
/// within the class (CPython's `LOAD_LOCALS`).
pub struct ClassNamespace(pub Rc<std::cell::RefCell<crate::runtime::value::Namespace>>);

impl crate::runtime::value::NativeObject for ClassNamespace {
    fn class(&self, vm: &Vm) -> Rc<crate::runtime::value::Class> {
        vm.types.dict.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn class_namespace_get(classdict: &Value, name: &str) -> Option<Value> {
    classdict
        .native::<ClassNamespace>()
        .and_then(|namespace| namespace.0.borrow().get(name).cloned())
}
