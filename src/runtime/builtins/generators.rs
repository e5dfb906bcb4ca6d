//! Methods of generators, coroutines and async generators, and the awaitables that
//! `anext()`, `asend()`, `athrow()`, `aclose()` and `coroutine.__await__()` return.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::super::value::{Args, Class, GenKind, GenState, Generator, Layout, NativeObject, Value};
use super::super::vm::types::builtin_class;
use super::super::vm::{AwaitInput, AwaitStep, GenResult, Resume, Vm};
use super::super::{Flow, PResult};
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};

pub fn install(vm: &mut Vm) {
    let generator = vm.types.generator.clone();
    add_method(&generator, "__iter__", identity);
    add_method(&generator, "__next__", generator_next);
    add_method(&generator, "send", generator_send);
    add_method(&generator, "throw", generator_throw);
    add_method(&generator, "close", generator_close);
    let coroutine = vm.types.coroutine.clone();
    add_method(&coroutine, "send", generator_send);
    add_method(&coroutine, "throw", generator_throw);
    add_method(&coroutine, "close", generator_close);
    add_method(&coroutine, "__await__", coroutine_await);
    let async_generator = vm.types.async_generator.clone();
    add_method(&async_generator, "__aiter__", identity);
    add_method(&async_generator, "__anext__", async_gen_anext);
    add_method(&async_generator, "asend", async_gen_asend);
    add_method(&async_generator, "athrow", async_gen_athrow);
    add_method(&async_generator, "aclose", async_gen_aclose);
    let iterator = vm.types.iterator.clone();
    add_method(&iterator, "__iter__", identity);
    add_method(&iterator, "__next__", iterator_next);
}

fn identity(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__iter__")?;
    Ok(me)
}

fn the_generator(vm: &mut Vm, value: &Value) -> PResult<Rc<Generator>> {
    match value {
        Value::Generator(generator) => Ok(generator.clone()),
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("descriptor requires a generator, not '{name}'")))
        }
    }
}

fn stop_iteration(vm: &mut Vm, value: Value) -> Flow {
    let class = vm.types.exception("StopIteration");
    let args = if value.is_none() {
        Vec::new()
    } else {
        vec![value]
    };
    Flow::Exception(vm.new_exception(class, args))
}

fn generator_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "generator.__next__")?;
    let generator = the_generator(vm, &me)?;
    match vm.resume_generator(&generator, Resume::Next)? {
        GenResult::Yielded(value) => Ok(value),
        GenResult::Returned(value) => Err(stop_iteration(vm, value)),
    }
}

fn iterator_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "iterator.__next__")?;
    match vm.next(&me)? {
        Some(value) => Ok(value),
        None => Err(stop_iteration(vm, Value::None)),
    }
}

fn generator_send(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "generator.send")?;
    const SEND: Signature<1, 0> = Signature::new(
        "generator.send",
        Convention::Fixed,
        [Param::positional_only("value")],
        [],
    );
    let Bound {
        required: [value], ..
    } = match &me {
        Value::Generator(g) if g.kind == GenKind::Coroutine => SEND.renamed("coroutine.send"),
        _ => SEND,
    }
    .bind(vm, args)?;
    let generator = the_generator(vm, &me)?;
    let resume = if generator.state.get() == GenState::Created && value.is_none() {
        Resume::Next
    } else {
        Resume::Send(value)
    };
    match vm.resume_generator(&generator, resume)? {
        GenResult::Yielded(value) => Ok(value),
        GenResult::Returned(value) => Err(stop_iteration(vm, value)),
    }
}

/// `throw(value)`, or the deprecated `throw(type, value, traceback)` whose traceback is
/// ignored here; `coroutine.throw` and `async_generator.athrow` take the same arguments.
const THROW: Signature<1, 2> = Signature::new(
    "generator.throw",
    Convention::Unpack,
    [Param::positional_only("typ")],
    [Param::positional_only("val"), Param::positional_only("tb")],
);

/// The exception `throw(...)` raises, from its arguments bound to `signature`.
fn thrown_exception(vm: &mut Vm, signature: Signature<1, 2>, args: Args) -> PResult<Value> {
    let Bound {
        required: [first],
        optional: [value, _],
        ..
    } = signature.bind(vm, args)?;
    match (&first, value) {
        (Value::Class(_), Some(value)) if !value.is_none() => {
            if matches!(value, Value::Instance(_)) && vm.make_exception(value.clone()).is_ok() {
                return Ok(value);
            }
            let instance = vm.call(&first, vec![value])?;
            vm.make_exception(instance)
        }
        _ => vm.make_exception(first).map_err(|error| {
            if vm.flow_is(&error, "TypeError") {
                vm.type_error(
                    "exceptions must be classes or instances deriving from BaseException, not str",
                )
            } else {
                error
            }
        }),
    }
}

fn generator_throw(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "generator.throw")?;
    let generator = the_generator(vm, &me)?;
    let signature = match generator.kind {
        GenKind::Coroutine => THROW.renamed("coroutine.throw"),
        _ => THROW,
    };
    let exception = thrown_exception(vm, signature, args)?;
    match vm.resume_generator(&generator, Resume::Throw(exception))? {
        GenResult::Yielded(value) => Ok(value),
        GenResult::Returned(value) => Err(stop_iteration(vm, value)),
    }
}

/// `close()`: raises GeneratorExit at the paused `yield`; the generator must not yield again.
fn generator_close(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "generator.close")?;
    let generator = the_generator(vm, &me)?;
    close_generator(vm, &generator)?;
    Ok(Value::None)
}

pub fn close_generator(vm: &mut Vm, generator: &Rc<Generator>) -> PResult<()> {
    match generator.state.get() {
        GenState::Created => {
            generator.state.set(GenState::Closed);
            generator.frame.borrow_mut().take();
            return Ok(());
        }
        GenState::Closed => return Ok(()),
        GenState::Running => return Err(vm.already_executing(generator)),
        GenState::Suspended => {}
    }
    let exit = vm.exception_with_message("GeneratorExit", "");
    match vm.resume_generator(generator, Resume::Throw(exit)) {
        Ok(GenResult::Yielded(_)) => {
            let what = match generator.kind {
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                _ => "generator ignored GeneratorExit",
            };
            Err(vm.error("RuntimeError", what))
        }
        Ok(GenResult::Returned(_)) => Ok(()),
        Err(Flow::Exception(e))
            if vm.is_exception(&e, "GeneratorExit") || vm.is_exception(&e, "StopIteration") =>
        {
            Ok(())
        }
        Err(error) => Err(error),
    }
}

fn coroutine_await(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "coroutine.__await__")?;
    let generator = the_generator(vm, &me)?;
    let class = wrapper_class(vm);
    Ok(Value::Native(Rc::new(CoroutineWrapper {
        coroutine: generator,
        class,
    })))
}

fn wrapper_class(vm: &mut Vm) -> Rc<Class> {
    let fresh = !vm.extensions.contains_key("coroutine_wrapper");
    let class = class_named(vm, "coroutine_wrapper");
    if fresh {
        // Driving it by hand drives the coroutine (`coro.__await__().send(None)`).
        add_method(&class, "__iter__", identity);
        add_method(&class, "__next__", |vm, this, _args| {
            let coroutine = wrapped_coroutine(vm, this)?;
            generator_send(vm, Some(&coroutine), Args::new(vec![Value::None]))
        });
        add_method(&class, "send", |vm, this, args| {
            let coroutine = wrapped_coroutine(vm, this)?;
            generator_send(vm, Some(&coroutine), args)
        });
        add_method(&class, "throw", |vm, this, args| {
            let coroutine = wrapped_coroutine(vm, this)?;
            generator_throw(vm, Some(&coroutine), args)
        });
        add_method(&class, "close", |vm, this, args| {
            let coroutine = wrapped_coroutine(vm, this)?;
            generator_close(vm, Some(&coroutine), args)
        });
    }
    class
}

/// The coroutine a `coroutine_wrapper` runs.
fn wrapped_coroutine(vm: &mut Vm, this: Option<&Value>) -> PResult<Value> {
    match this.and_then(|value| value.native::<CoroutineWrapper>()) {
        Some(wrapper) => Ok(Value::Generator(wrapper.coroutine.clone())),
        None => Err(vm.type_error("descriptor requires a 'coroutine_wrapper' object")),
    }
}

/// A class for natives in this module, made once per VM.
fn class_named(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    let key = name;
    if let Some(class) = vm
        .extensions
        .get(key)
        .and_then(|c| c.downcast_ref::<Rc<Class>>())
    {
        return class.clone();
    }
    let class = builtin_class(
        name,
        "builtins",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    vm.extensions.insert(key, Box::new(class.clone()));
    class
}

/// What `coroutine.__await__()` returns: awaiting it runs the coroutine.
pub struct CoroutineWrapper {
    pub coroutine: Rc<Generator>,
    class: Rc<Class>,
}

impl NativeObject for CoroutineWrapper {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn await_step(
        &self,
        _this: &Value,
        _vm: &mut Vm,
        input: Option<AwaitInput>,
    ) -> Option<PResult<AwaitStep>> {
        Some(Ok(AwaitStep::RunFrame(self.coroutine.clone(), input)))
    }
    fn await_step_supported(&self) -> bool {
        true
    }
}

#[derive(Clone)]
enum AsyncGenRequest {
    Send(Value),
    Throw(Value),
    Close,
}

/// The awaitable of one async generator operation (`__anext__`, `asend`, `athrow`,
/// `aclose`): awaiting it runs the generator in the awaiting task until it yields.
pub struct AsyncGenAwaitable {
    generator: Rc<Generator>,
    request: AsyncGenRequest,
    used: Cell<bool>,
    class: Rc<Class>,
}

impl NativeObject for AsyncGenAwaitable {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn await_step_supported(&self) -> bool {
        true
    }
    fn await_step(
        &self,
        _this: &Value,
        vm: &mut Vm,
        input: Option<AwaitInput>,
    ) -> Option<PResult<AwaitStep>> {
        Some(self.step(vm, input))
    }
}

impl AsyncGenAwaitable {
    /// The async generator it steps.
    pub fn generator(&self) -> &Rc<Generator> {
        &self.generator
    }

    fn step(&self, vm: &mut Vm, input: Option<AwaitInput>) -> PResult<AwaitStep> {
        let thrown = match input {
            Some(AwaitInput::Throw(exception)) => Some(exception),
            _ => None,
        };
        // Thrown into before its first step (a task cancelled before it ran this awaitable):
        // as CPython's `asend().throw()`, into the generator itself. `aclose()` throws it in
        // below, instead of GeneratorExit.
        if let Some(exception) = &thrown
            && !matches!(self.request, AsyncGenRequest::Close)
        {
            if !self.used.replace(true) {
                return self.throw_into_generator(exception.clone());
            }
            return Err(Flow::Exception(exception.clone()));
        }
        if self.used.replace(true) {
            let what = match self.request {
                AsyncGenRequest::Send(_) => "cannot reuse already awaited __anext__()/asend()",
                AsyncGenRequest::Throw(_) | AsyncGenRequest::Close => {
                    "cannot reuse already awaited aclose()/athrow()"
                }
            };
            return Err(vm.error("RuntimeError", what));
        }
        let generator = self.generator.clone();
        if generator.running_async.get() || generator.state.get() == GenState::Running {
            let what = match self.request {
                AsyncGenRequest::Send(_) => "anext(): asynchronous generator is already running",
                AsyncGenRequest::Throw(_) => "athrow(): asynchronous generator is already running",
                AsyncGenRequest::Close => "aclose(): asynchronous generator is already running",
            };
            return Err(vm.error("RuntimeError", what));
        }
        let created = generator.state.get() == GenState::Created;
        match &self.request {
            AsyncGenRequest::Send(value) => {
                if generator.state.get() == GenState::Closed {
                    return Err(Flow::Exception(
                        vm.exception_with_message("StopAsyncIteration", ""),
                    ));
                }
                if created && !value.is_none() {
                    return Err(vm.type_error(
                        "can't send non-None value to a just-started async generator",
                    ));
                }
                Ok(AwaitStep::RunFrame(
                    generator,
                    Some(AwaitInput::Send(value.clone())),
                ))
            }
            AsyncGenRequest::Throw(exception) => self.throw_into_generator(exception.clone()),
            AsyncGenRequest::Close => {
                if created || generator.state.get() == GenState::Closed {
                    generator.state.set(GenState::Closed);
                    generator.frame.borrow_mut().take();
                    return match thrown {
                        Some(exception) if !vm.is_exception(&exception, "GeneratorExit") => {
                            Err(Flow::Exception(exception))
                        }
                        _ => Ok(AwaitStep::Done(Value::None)),
                    };
                }
                generator.closing.set(true);
                let exception =
                    thrown.unwrap_or_else(|| vm.exception_with_message("GeneratorExit", ""));
                Ok(AwaitStep::Close(generator, exception))
            }
        }
    }
}

impl AsyncGenAwaitable {
    /// `exception` raised at the generator's `yield`; one that has not started (or has
    /// finished) is closed and the exception raised at once.
    fn throw_into_generator(&self, exception: Value) -> PResult<AwaitStep> {
        let generator = self.generator.clone();
        if matches!(generator.state.get(), GenState::Closed | GenState::Created) {
            generator.state.set(GenState::Closed);
            generator.frame.borrow_mut().take();
            return Err(Flow::Exception(exception));
        }
        Ok(AwaitStep::RunFrame(
            generator,
            Some(AwaitInput::Throw(exception)),
        ))
    }
}

impl Vm {
    /// The awaitable of `agen.asend(value)` (and of `anext(agen)` with `None`).
    pub fn async_gen_send(&mut self, generator: Rc<Generator>, value: Value) -> PResult<Value> {
        self.async_gen_awaitable(generator, AsyncGenRequest::Send(value))
    }

    fn async_gen_awaitable(
        &mut self,
        generator: Rc<Generator>,
        request: AsyncGenRequest,
    ) -> PResult<Value> {
        super::super::asyncio::asyncgens::first_iteration(self, &generator)?;
        let class = class_named(
            self,
            match request {
                AsyncGenRequest::Send(_) => "async_generator_asend",
                AsyncGenRequest::Throw(_) | AsyncGenRequest::Close => "async_generator_athrow",
            },
        );
        Ok(Value::Native(Rc::new(AsyncGenAwaitable {
            generator,
            request,
            used: Cell::new(false),
            class,
        })))
    }
}

fn async_gen_anext(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "async_generator.__anext__")?;
    let generator = the_generator(vm, &me)?;
    vm.async_gen_send(generator, Value::None)
}

fn async_gen_asend(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "async_generator.asend")?;
    const ASEND: Signature<1, 0> = Signature::new(
        "async_generator.asend",
        Convention::Fixed,
        [Param::positional_only("value")],
        [],
    );
    let Bound {
        required: [value], ..
    } = ASEND.bind(vm, args)?;
    let generator = the_generator(vm, &me)?;
    vm.async_gen_send(generator, value.clone())
}

fn async_gen_athrow(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "async_generator.athrow")?;
    let generator = the_generator(vm, &me)?;
    let exception = thrown_exception(vm, THROW.renamed("async_generator.athrow"), args)?;
    vm.async_gen_awaitable(generator, AsyncGenRequest::Throw(exception))
}

fn async_gen_aclose(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "async_generator.aclose")?;
    let generator = the_generator(vm, &me)?;
    vm.async_gen_awaitable(generator, AsyncGenRequest::Close)
}
