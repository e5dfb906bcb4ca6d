//! Calling: binding arguments to parameters, making frames, instantiating classes, and
//! running Python code to completion from native code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::super::frame::{BEFORE_START, Frame, FrameKind};
use super::super::value::{
    Args, BoundMethod, Class, Function, GenKind, GenState, Generator, Instance, Layout, Module,
    Namespace, PyCell, Value,
};
use super::super::{Flow, PResult};
use super::{Outcome, Vm};
use crate::python::bytecode::{CodeKind, CodeObject};

/// Stack kept free before a nested run, and the size of a new stack segment when it is not.
const NESTED_RED_ZONE: usize = 256 * 1024;
const NESTED_STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// How many finished frames are kept for reuse.
const FRAME_POOL_SIZE: usize = 64;

/// What calling something gives: a value at once, or a frame to run.
pub enum CallTarget {
    Done(Value),
    Frame(Box<Frame>),
}

/// How to resume a generator from native code.
pub enum Resume {
    Next,
    Send(Value),
    Throw(Value),
}

/// What resuming a generator produced.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    pub fn new_function(
        &mut self,
        code: Rc<CodeObject>,
        module: Rc<Module>,
        defaults: Vec<Value>,
        kw_defaults: Vec<(Rc<str>, Value)>,
        closure: Vec<Rc<PyCell>>,
        annotations: Option<Value>,
    ) -> Value {
        let mut dict = Namespace::default();
        dict.insert(
            Rc::from("__doc__"),
            code.docstring
                .clone()
                .map_or(Value::None, |d| Value::str(d.to_string())),
        );
        let constants = self.constants_of(&code);
        let sites = self.sites_of(&code);
        Value::Function(Rc::new(Function {
            constants,
            sites,
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            module,
            defaults,
            kw_defaults,
            closure,
            annotations: RefCell::new(annotations),
            dict: RefCell::new(dict),
            iterable_coroutine: Cell::new(false),
        }))
    }

    /// Calls `callable` and runs it to completion (Python code runs in a nested loop).
    pub fn call_with(&mut self, callable: &Value, args: Args) -> PResult<Value> {
        match self.prepare_call(callable.clone(), args)? {
            CallTarget::Done(value) => Ok(value),
            CallTarget::Frame(frame) => self.run_nested(frame),
        }
    }

    /// Runs a frame to completion on top of the current stack.
    pub fn run_nested(&mut self, mut frame: Box<Frame>) -> PResult<Value> {
        if self.native_depth > 120 || self.frames.len() >= self.limits.recursion {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.kind = FrameKind::Base;
        self.frames.push(frame);
        let base = self.frames.len() - 1;
        self.native_depth += 1;
        // Native code calling back into Python recurses on the Rust stack: grow it when
        // needed (a browser's stack is small).
        let outcome = stacker::maybe_grow(NESTED_RED_ZONE, NESTED_STACK_SEGMENT, || {
            self.run_frames(base)
        });
        self.native_depth -= 1;
        match outcome? {
            Outcome::Return(value) | Outcome::Yield(value) => Ok(value),
            Outcome::Suspend(_) => {
                self.frames.truncate(base);
                Err(self.error(
                    "RuntimeError",
                    "cannot wait for an asynchronous operation inside a synchronous call",
                ))
            }
        }
    }

    /// Runs a class body (a function whose locals are the class namespace) and returns
    /// what it returns: the `__class__` cell when methods use `super()`.
    pub fn run_class_body(
        &mut self,
        function: &Rc<Function>,
        namespace: Rc<RefCell<Namespace>>,
    ) -> PResult<Option<Value>> {
        let code = function.code.clone();
        let constants = self.constants_of(&code);
        let mut frame = Box::new(Frame::new(code.clone(), function.module.clone(), constants));
        frame.function = Some(function.clone());
        frame.locals = Some(namespace);
        let mut cells: Vec<Rc<PyCell>> = code.cellvars.iter().map(|_| PyCell::new(None)).collect();
        cells.extend(function.closure.iter().cloned());
        frame.cells = cells;
        let result = self.run_nested(frame)?;
        Ok(match result {
            Value::Cell(_) => Some(result),
            _ => None,
        })
    }

    /// Works out what calling `callable` means.
    pub(crate) fn prepare_call(&mut self, callable: Value, args: Args) -> PResult<CallTarget> {
        let args = match &callable {
            Value::Function(function) => return self.function_call(function, args),
            Value::BoundMethod(method) => {
                let mut args = args;
                args.positional.insert(0, method.this.clone());
                return self.prepare_call(method.func.clone(), args);
            }
            Value::Builtin(builtin) => {
                let result = builtin.invoke(self, builtin.this.as_ref(), args)?;
                return Ok(CallTarget::Done(result));
            }
            // A metaclass's own `__call__` (`Color(1)` looks a member up).
            Value::Class(class)
                if let Some(meta) = &class.metaclass
                    && let Some(call @ Value::Function(_)) = meta.lookup("__call__") =>
            {
                let bound = self.bind(call, callable.clone());
                return self.prepare_call(bound, args);
            }
            Value::Class(class) => {
                if let Some(init) = self.plain_init(class) {
                    return self.instantiate_plain(class, &init, args);
                }
                let instance = self.instantiate(class, args)?;
                return Ok(CallTarget::Done(instance));
            }
            Value::Native(native) => match native.forward_call(args) {
                Ok((target, args)) => return self.prepare_call(target, args),
                Err(args) => args,
            },
            _ => args,
        };
        self.call_object(callable, args)
    }

    /// Calls an object through its class's `__call__`.
    fn call_object(&mut self, other: Value, args: Args) -> PResult<CallTarget> {
        let class = self.class_of(&other);
        match &class.lookup("__call__") {
            Some(call)
                if !matches!(other, Value::Native(_)) || matches!(call, Value::Function(_)) =>
            {
                let bound = self.bind(call.clone(), other.clone());
                self.prepare_call(bound, args)
            }
            Some(Value::Builtin(builtin)) => {
                let result = builtin.invoke(self, Some(&other), args)?;
                Ok(CallTarget::Done(result))
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not callable",
                super::name_in_errors(&class)
            ))),
        }
    }

    /// `obj.method`: a function found on the class, bound to the instance.
    pub fn bind(&self, attribute: Value, this: Value) -> Value {
        match &attribute {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                this,
                func: attribute,
            })),
            Value::Builtin(builtin) if builtin.this.is_none() => {
                Value::Builtin(Rc::new(super::super::value::Builtin {
                    name: builtin.name.clone(),
                    qualname: builtin.qualname.clone(),
                    func: builtin.func,
                    this: Some(this),
                    data: builtin.data.clone(),
                    value_method: builtin.value_method,
                    fast: builtin.fast,
                }))
            }
            _ => attribute,
        }
    }

    /// A frame for calling a Python function, or the generator it makes.
    fn function_call(&mut self, function: &Rc<Function>, args: Args) -> PResult<CallTarget> {
        let mut frame = self.function_frame(function);
        self.bind_arguments(function, &mut frame, args)?;
        self.finish_function_call(function, frame)
    }

    /// A fresh frame for `function`'s code (taken from the pool of finished frames).
    pub(crate) fn function_frame(&mut self, function: &Rc<Function>) -> Box<Frame> {
        let mut frame = self.unbound_frame(function);
        frame.unbind_locals();
        frame.function = Some(function.clone());
        frame
    }

    /// A frame for a call of `function` (from the pool when it has one) with no locals yet:
    /// the caller binds them ([`Frame::unbind_locals`] for none bound).
    #[inline(always)]
    pub(crate) fn unbound_frame(&mut self, function: &Function) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut frame) => {
                frame.reuse_for(function);
                frame
            }
            None => {
                let mut made = Box::new(Frame::new(
                    function.code.clone(),
                    function.module.clone(),
                    function.constants.clone(),
                ));
                // (Made with its locals unbound; the caller binds them.)
                made.fast.clear();
                made.sites = Some(function.sites.clone());
                made
            }
        }
    }

    /// Gives a finished frame back to the pool, so its buffers are reused.
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            frame.clear();
            self.frame_pool.push(frame);
        }
    }

    /// Once the arguments are bound: the cells, and the generator for generator functions.
    pub(crate) fn finish_function_call(
        &mut self,
        function: &Rc<Function>,
        mut frame: Box<Frame>,
    ) -> PResult<CallTarget> {
        let code = &function.code;
        // Cells: this function's own (parameters captured by inner functions start with the
        // argument), then the closure.
        if !code.cellvars.is_empty() || !function.closure.is_empty() {
            let mut cells: Vec<Rc<PyCell>> =
                code.cellvars.iter().map(|_| PyCell::new(None)).collect();
            for &(cell, parameter) in &code.cell_parameters {
                *cells[cell as usize].value.borrow_mut() = frame.fast[parameter as usize].take();
            }
            cells.extend(function.closure.iter().cloned());
            frame.cells = cells;
        }
        let kind = match code.kind {
            CodeKind::Generator => GenKind::Generator,
            CodeKind::Coroutine => GenKind::Coroutine,
            CodeKind::AsyncGenerator => GenKind::AsyncGenerator,
            _ => return Ok(CallTarget::Frame(frame)),
        };
        let generator = Rc::new(Generator {
            kind,
            name: function.name.borrow().clone(),
            qualname: function.qualname.borrow().clone(),
            frame: RefCell::new(None),
            state: Cell::new(GenState::Created),
            awaited: Cell::new(false),
            running_async: Cell::new(false),
            closing: Cell::new(false),
            hooks_initialized: Cell::new(false),
            finalizer: RefCell::new(None),
            code: code.clone(),
            module: function.module.clone(),
            started: Cell::new(false),
            iterable_coroutine: function.iterable_coroutine.get(),
            awaiting: RefCell::default(),
        });
        frame.generator = Some(Rc::downgrade(&generator));
        frame.current = BEFORE_START;
        *generator.frame.borrow_mut() = Some(frame);
        Ok(CallTarget::Done(Value::Generator(generator)))
    }

    /// Binds call arguments to the parameters in the frame's locals, with CPython's errors.
    fn bind_arguments(
        &mut self,
        function: &Rc<Function>,
        frame: &mut Frame,
        args: Args,
    ) -> PResult<()> {
        let code = &function.code;
        let name = function.qualname.borrow().clone();
        let positional_count = code.argcount as usize;
        let kwonly_count = code.kwonlyargcount as usize;
        let Args {
            positional,
            keywords,
        } = args;
        let given = positional.len();

        // Positional arguments, then *args.
        let mut extra = Vec::new();
        for (index, value) in positional.into_iter().enumerate() {
            if index < positional_count {
                frame.fast[index] = Some(value);
            } else {
                extra.push(value);
            }
        }
        let mut next_slot = positional_count + kwonly_count;
        if code.varargs {
            frame.fast[next_slot] = Some(Value::tuple(extra));
            next_slot += 1;
        } else if !extra.is_empty() {
            let defaults = function.defaults.len();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {}",
                    positional_count - defaults,
                    positional_count
                )
            } else {
                positional_count.to_string()
            };
            let plural = if positional_count == 1 && defaults == 0 {
                ""
            } else {
                "s"
            };
            let kw_given = keywords
                .iter()
                .filter(|(k, _)| {
                    code.varnames[..positional_count + kwonly_count]
                        .iter()
                        .any(|n| n == k)
                })
                .count();
            let given_text = if kw_given > 0 {
                format!(
                    "{given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{given} {} given", if given == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!(
                "{name}() takes {takes} positional argument{plural} but {given_text}"
            )));
        }

        // Keywords, then **kwargs.
        let kwargs = self.new_dict();
        let mut posonly_as_keyword = Vec::new();
        for (key, value) in keywords {
            let slot = code.varnames[..positional_count + kwonly_count]
                .iter()
                .position(|n| **n == *key)
                .filter(|&i| i >= code.posonlyargcount as usize);
            match slot {
                Some(slot) => {
                    if frame.fast[slot].is_some() {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    frame.fast[slot] = Some(value);
                }
                None if code.varkeywords => {
                    self.dict_set(&kwargs, Value::str(key.to_string()), value)?;
                }
                None => {
                    if code.varnames[..code.posonlyargcount as usize]
                        .iter()
                        .any(|n| **n == *key)
                    {
                        posonly_as_keyword.push(key);
                        continue;
                    }
                    return Err(self.type_error(format!(
                        "{name}() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
        if !posonly_as_keyword.is_empty() {
            let names: Vec<String> = posonly_as_keyword
                .iter()
                .map(|k| format!("'{k}'"))
                .collect();
            return Err(self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: {}",
                names.join(", ")
            )));
        }
        if code.varkeywords {
            frame.fast[next_slot] = Some(kwargs);
        }

        // Defaults for what is still missing.
        let first_default = positional_count - function.defaults.len();
        let mut missing = Vec::new();
        for index in 0..positional_count {
            if frame.fast[index].is_none() {
                if index >= first_default {
                    frame.fast[index] = Some(function.defaults[index - first_default].clone());
                } else {
                    missing.push(code.varnames[index].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name, &missing, "positional"));
        }
        let mut missing = Vec::new();
        for index in positional_count..positional_count + kwonly_count {
            if frame.fast[index].is_none() {
                let parameter = &code.varnames[index];
                match function.kw_defaults.iter().find(|(k, _)| k == parameter) {
                    Some((_, value)) => frame.fast[index] = Some(value.clone()),
                    None => missing.push(parameter.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name, &missing, "keyword-only"));
        }
        Ok(())
    }

    /// CPython's "f() missing 2 required positional arguments: 'a' and 'b'".
    pub(crate) fn missing_arguments<S: AsRef<str>>(
        &mut self,
        function: &str,
        missing: &[S],
        kind: &str,
    ) -> Flow {
        let quoted: Vec<String> = missing
            .iter()
            .map(|n| format!("'{}'", n.as_ref()))
            .collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{function}() missing {} required {kind} argument{plural}: {list}",
            missing.len()
        ))
    }

    /// The `__init__` to run when calling `class` only makes a plain instance and runs it (a
    /// class of the program with `object.__new__`, no metaclass `__call__`, nothing abstract),
    /// so the call can run `__init__` in the interpreter's own loop. Cached in the class until
    /// any class changes.
    pub(crate) fn plain_init(&mut self, class: &Rc<Class>) -> Option<Rc<Function>> {
        if let Some((epoch, init)) = &*class.init_cache.borrow()
            && *epoch == self.class_epoch
        {
            return init.clone();
        }
        let plain_new = self.is_object_new(class.lookup("__new__").as_ref());
        let init = match &class.lookup("__init__") {
            Some(Value::Function(init))
                if plain_new
                    && class.layout == Layout::Object
                    && !class.abstract_builtin
                    && class.metaclass.is_none()
                    && class.lookup("__abstractmethods__").is_none() =>
            {
                Some(init.clone())
            }
            _ => None,
        };
        *class.init_cache.borrow_mut() = Some((self.class_epoch, init.clone()));
        init
    }

    /// `class(*args)` for a class `plain_init` gave `init` for: the new instance, and a frame
    /// for its `__init__` that hands the instance to the caller when it returns.
    fn instantiate_plain(
        &mut self,
        class: &Rc<Class>,
        init: &Rc<Function>,
        mut args: Args,
    ) -> PResult<CallTarget> {
        let new = Rc::new(Instance::new(class.clone()));
        let instance = Value::Instance(new.clone());
        args.positional.insert(0, instance.clone());
        match self.function_call(init, args)? {
            CallTarget::Frame(mut frame) => {
                frame.init_of = Some(new);
                Ok(CallTarget::Frame(frame))
            }
            // A generator function's call: what it gives is not None.
            CallTarget::Done(result) => {
                if !result.is_none() {
                    return Err(self.init_returned(&result));
                }
                Ok(CallTarget::Done(instance))
            }
        }
    }

    /// Whether a class's `__new__` (`None`: it has none) is `object.__new__`.
    fn is_object_new(&self, new: Option<&Value>) -> bool {
        match (new, self.types.object.dict.borrow().get("__new__")) {
            (Some(new), Some(object_new)) => new.is(object_new),
            _ => true,
        }
    }

    /// `__init__() should return None, not 'int'`.
    pub(crate) fn init_returned(&mut self, result: &Value) -> Flow {
        let type_name = self.type_name(result);
        self.type_error(format!("__init__() should return None, not '{type_name}'"))
    }

    /// `Class(...)`: `__new__` then, if it made an instance of the class, `__init__`.
    pub fn instantiate(
        &mut self,
        class: &Rc<super::super::value::Class>,
        args: Args,
    ) -> PResult<Value> {
        let object_dict_init = self.types.object.dict.borrow().get("__init__").cloned();
        let new = class.lookup("__new__");
        let new_is_object = self.is_object_new(new.as_ref());
        let instance = match &new {
            Some(new @ Value::Function(_)) => {
                // A Python `__new__` is an implicit static method taking the class.
                let mut new_args = args.clone();
                new_args.positional.insert(0, Value::Class(class.clone()));
                self.call_with(new, new_args)?
            }
            Some(Value::Native(native))
                if native
                    .as_any()
                    .is::<super::super::builtins::descriptors::StaticMethod>() =>
            {
                let func = native
                    .as_any()
                    .downcast_ref::<super::super::builtins::descriptors::StaticMethod>()
                    .map(|s| s.func.clone())
                    .unwrap_or(Value::None);
                let mut new_args = args.clone();
                new_args.positional.insert(0, Value::Class(class.clone()));
                self.call_with(&func, new_args)?
            }
            Some(Value::Builtin(new)) if !new_is_object => {
                let mut new_args = args.clone();
                new_args.positional.insert(0, Value::Class(class.clone()));
                new.invoke(self, None, new_args)?
            }
            _ => {
                if class.abstract_builtin {
                    return Err(
                        self.type_error(format!("cannot create '{}' instances", class.name))
                    );
                }
                super::super::builtins::object::refuse_abstract(self, class)?;
                let instance = Instance::new(class.clone());
                if let Some(data) = &instance.exception {
                    data.borrow_mut().args = args.positional.clone();
                }
                Value::Instance(Rc::new(instance))
            }
        };
        if !self.isinstance(&instance, class) {
            return Ok(instance);
        }
        match class.lookup("__init__") {
            Some(init @ Value::Function(_)) => {
                let bound = self.bind(init, instance.clone());
                let result = self.call_with(&bound, args)?;
                if !result.is_none() {
                    return Err(self.init_returned(&result));
                }
            }
            Some(init @ Value::Builtin(_)) => {
                let is_object_init = object_dict_init.as_ref().is_some_and(|o| o.is(&init));
                if is_object_init {
                    if new_is_object && !args.is_empty() && class.layout == Layout::Object {
                        return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                    }
                } else if let Value::Builtin(init) = &init {
                    init.invoke(self, Some(&instance), args)?;
                }
            }
            Some(other) => {
                let bound = self.bind(other, instance.clone());
                self.call_with(&bound, args)?;
            }
            None => {}
        }
        Ok(instance)
    }

    /// Takes a coroutine's frame to run it (when awaited), with CPython's errors for
    /// awaiting one twice.
    pub(crate) fn take_generator_frame(
        &mut self,
        generator: &Rc<Generator>,
    ) -> PResult<Box<Frame>> {
        match generator.state.get() {
            GenState::Created | GenState::Suspended => {}
            // Awaited from its own frame (directly or through other coroutines).
            GenState::Running
                if generator.kind != GenKind::AsyncGenerator && self.is_executing(generator) =>
            {
                return Err(self.already_executing(generator));
            }
            GenState::Running => {
                let what = match generator.kind {
                    GenKind::Coroutine => "coroutine is being awaited already",
                    GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
                    GenKind::Generator => "generator already executing",
                };
                return Err(self.error("RuntimeError", what));
            }
            GenState::Closed => {
                let what = match generator.kind {
                    GenKind::Coroutine => "cannot reuse already awaited coroutine",
                    _ => "generator is closed",
                };
                return Err(self.error("RuntimeError", what));
            }
        }
        if generator.kind == GenKind::Coroutine
            && generator.awaited.get()
            && generator.state.get() == GenState::Created
        {
            return Err(self.error("RuntimeError", "cannot reuse already awaited coroutine"));
        }
        generator.awaited.set(true);
        generator.started.set(true);
        let frame = generator.frame.borrow_mut().take();
        match frame {
            Some(frame) => {
                generator.state.set(GenState::Running);
                Ok(frame)
            }
            None => Err(self.error("RuntimeError", "cannot reuse already awaited coroutine")),
        }
    }

    /// True while one of the generator's frames runs: it is on the VM's stack (a coroutine
    /// suspended with its task is "running" too, but its frames are parked in the task).
    pub(crate) fn is_executing(&self, generator: &Rc<Generator>) -> bool {
        let target = Rc::as_ptr(generator);
        self.frames.iter().any(|frame| {
            frame
                .generator
                .as_ref()
                .is_some_and(|owner| std::ptr::eq(owner.as_ptr(), target))
        })
    }

    /// CPython's error for resuming a generator from inside its own run.
    pub(crate) fn already_executing(&mut self, generator: &Generator) -> Flow {
        let what = match generator.kind {
            GenKind::Generator => "generator already executing",
            GenKind::Coroutine => "coroutine already executing",
            GenKind::AsyncGenerator => "async generator already executing",
        };
        self.error("ValueError", what)
    }

    /// Resumes a generator from native code (`next()`, `send()`, `throw()`, a `for` loop).
    pub fn resume_generator(
        &mut self,
        generator: &Rc<Generator>,
        resume: Resume,
    ) -> PResult<GenResult> {
        match generator.state.get() {
            // An exhausted coroutine refuses to run again; a generator just stops again.
            GenState::Closed if generator.kind == GenKind::Coroutine => {
                return Err(self.error("RuntimeError", "cannot reuse already awaited coroutine"));
            }
            GenState::Closed => {
                return match resume {
                    Resume::Throw(exception) => Err(Flow::Exception(exception)),
                    _ => Ok(GenResult::Returned(Value::None)),
                };
            }
            GenState::Running => return Err(self.already_executing(generator)),
            GenState::Created => {
                if let Resume::Send(value) = &resume
                    && !value.is_none()
                {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
            }
            GenState::Suspended => {}
        }
        let awaiting = generator.awaiting.borrow_mut().take();
        if let Some(awaiting) = awaiting.filter(|frames| !frames.is_empty()) {
            return self.resume_awaiting(generator, *awaiting, resume);
        }
        let was_created = generator.state.get() == GenState::Created;
        let mut frame = generator
            .frame
            .borrow_mut()
            .take()
            .expect("a suspended generator has a frame");
        generator.state.set(GenState::Running);
        generator.started.set(true);
        frame.kind = FrameKind::Resumed(generator.clone());
        if self.native_depth > 120 || self.frames.len() >= self.limits.recursion {
            *generator.frame.borrow_mut() = Some(frame);
            generator.state.set(if was_created {
                GenState::Created
            } else {
                GenState::Suspended
            });
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        let at_yield_from = !was_created
            && frame.ip == frame.current
            && frame.code.instructions.get(frame.current)
                == Some(&crate::python::bytecode::Instr::YieldFrom);
        let sent = match &resume {
            Resume::Next => Some(Value::None),
            Resume::Send(value) => Some(value.clone()),
            Resume::Throw(_) => None,
        };
        // A throw at `yield from` goes to the delegate first (the instruction handles it).
        let resume = match resume {
            Resume::Throw(exception) if at_yield_from => {
                frame.await_input = Some(super::AwaitInput::Throw(exception));
                Resume::Next
            }
            other => other,
        };
        if let (Some(value), false) = (sent, was_created) {
            if at_yield_from {
                frame.await_input = Some(super::AwaitInput::Send(value));
            } else {
                frame.stack.push(value);
            }
        }
        self.frames.push(frame);
        let base = self.frames.len() - 1;
        self.native_depth += 1;
        let thrown = resume_throw(&resume);
        let outcome = stacker::maybe_grow(NESTED_RED_ZONE, NESTED_STACK_SEGMENT, || match thrown {
            Some(exception) => self.throw_then_run(base, exception),
            None => self.run_frames(base),
        });
        self.native_depth -= 1;
        self.after_resume(generator, outcome, base)
    }

    /// Resumes a coroutine driven by hand where its `await` yielded: the value sent (or the
    /// exception thrown) goes to the innermost awaiting frame, as a task's step sends it.
    // The frames move between the VM's stack (boxed, as every frame is) and the coroutine.
    #[allow(clippy::vec_box)]
    fn resume_awaiting(
        &mut self,
        generator: &Rc<Generator>,
        mut frames: Vec<Box<Frame>>,
        resume: Resume,
    ) -> PResult<GenResult> {
        generator.state.set(GenState::Running);
        if let Some(top) = frames.last_mut() {
            top.await_input = Some(match resume {
                Resume::Next => super::AwaitInput::Send(Value::None),
                Resume::Send(value) => super::AwaitInput::Send(value),
                Resume::Throw(exception) => super::AwaitInput::Throw(exception),
            });
        }
        let base = self.frames.len();
        self.frames.extend(frames);
        self.native_depth += 1;
        let outcome = stacker::maybe_grow(NESTED_RED_ZONE, NESTED_STACK_SEGMENT, || {
            self.run_frames(base)
        });
        self.native_depth -= 1;
        self.after_resume(generator, outcome, base)
    }

    /// What a resumed generator did. A coroutine whose `await` yielded (an awaitable's
    /// `__await__` yielded, outside any task) keeps its frames until the next `send()`.
    fn after_resume(
        &mut self,
        generator: &Rc<Generator>,
        outcome: PResult<Outcome>,
        base: usize,
    ) -> PResult<GenResult> {
        match outcome? {
            Outcome::Yield(value) => Ok(GenResult::Yielded(value)),
            Outcome::Return(value) => Ok(GenResult::Returned(value)),
            Outcome::Suspend(value) if generator.kind == GenKind::Coroutine => {
                let frames: Vec<Box<Frame>> = self.frames.drain(base..).collect();
                *generator.awaiting.borrow_mut() = Some(Box::new(frames));
                generator.state.set(GenState::Suspended);
                Ok(GenResult::Yielded(value))
            }
            Outcome::Suspend(_) => {
                self.frames.truncate(base);
                generator.state.set(GenState::Closed);
                Err(self.error(
                    "RuntimeError",
                    "a generator cannot wait for an asynchronous operation",
                ))
            }
        }
    }
}

fn resume_throw(resume: &Resume) -> Option<Value> {
    match resume {
        Resume::Throw(exception) => Some(exception.clone()),
        _ => None,
    }
}
