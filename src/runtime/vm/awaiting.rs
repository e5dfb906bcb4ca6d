//! What `await`, `with` and `async with` need from objects: awaitables and context
//! managers, with CPython's errors for objects that are neither.

use std::rc::Rc;

use super::super::value::{GenKind, Generator, Value};
use super::super::{Flow, PResult};
use super::calls::{GenResult, Resume};
use super::{AwaitInput, AwaitStep, Vm};
use crate::python::bytecode::AwaitContext;

impl Vm {
    /// `GetAwaitable`: what `await object` steps.
    pub fn get_awaitable(&mut self, object: Value, context: AwaitContext) -> PResult<Value> {
        match &object {
            Value::Generator(generator) => {
                // A coroutine, or a generator of a `types.coroutine` function, which is its
                // own iterator (as `__await__` returning a generator).
                if generator.kind == GenKind::Coroutine || generator.iterable_coroutine {
                    return Ok(object);
                }
                Err(self.invalid_awaitable(&object, context))
            }
            Value::Native(native) => {
                // Natives that can be awaited answer `await_step`; the rest may define
                // `__await__` on their class.
                if native.await_step_supported() {
                    return Ok(object);
                }
                self.await_via_dunder(object, context)
            }
            Value::Instance(_) => self.await_via_dunder(object, context),
            _ => Err(self.invalid_awaitable(&object, context)),
        }
    }

    fn await_via_dunder(&mut self, object: Value, context: AwaitContext) -> PResult<Value> {
        let Some(method) = self.special_method(&object, "__await__") else {
            return Err(self.invalid_awaitable(&object, context));
        };
        let iterator = self.call(&method, Vec::new())?;
        match &iterator {
            Value::Generator(generator) if generator.kind == GenKind::Coroutine => {
                Err(self.type_error("__await__() returned a coroutine"))
            }
            Value::Generator(_) => Ok(iterator),
            Value::Native(native) if native.await_step_supported() => Ok(iterator),
            other => {
                if self.special_method(other, "__next__").is_some() {
                    return Ok(iterator);
                }
                let name = self.type_name(other);
                Err(self.type_error(format!(
                    "__await__() returned non-iterator of type '{name}'"
                )))
            }
        }
    }

    fn invalid_awaitable(&mut self, object: &Value, context: AwaitContext) -> Flow {
        let name = self.type_name(object);
        match context {
            AwaitContext::Await => self.type_error(format!("object {name} can't be used in 'await' expression")),
            AwaitContext::AsyncFor => self.type_error(format!("'async for' received an invalid object from __anext__: {name}")),
            AwaitContext::AsyncWithEnter => self.type_error(format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            )),
            AwaitContext::AsyncWithExit => self.type_error(format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            )),
        }
    }

    pub(crate) fn not_awaitable(&mut self, object: &Value) -> Flow {
        self.invalid_awaitable(object, AwaitContext::Await)
    }

    /// Steps a generator-based awaitable (`__await__` written with `yield`): what it yields
    /// is what the task waits on.
    pub(crate) fn step_generator_awaitable(
        &mut self,
        generator: &Rc<Generator>,
        input: Option<AwaitInput>,
    ) -> PResult<AwaitStep> {
        let resume = match input {
            None => Resume::Next,
            Some(AwaitInput::Send(value)) => {
                if generator.state.get() == super::super::value::GenState::Created {
                    Resume::Next
                } else {
                    Resume::Send(value)
                }
            }
            Some(AwaitInput::Throw(exception)) => Resume::Throw(exception),
        };
        Ok(match self.resume_generator(generator, resume)? {
            GenResult::Yielded(value) => AwaitStep::Pending(value),
            GenResult::Returned(value) => AwaitStep::Done(value),
        })
    }

    /// `with manager:`: returns the bound `__exit__` and what `__enter__` returned.
    pub fn enter_context(&mut self, manager: &Value) -> PResult<(Value, Value)> {
        let enter = self.special_method(manager, "__enter__");
        let exit = self.special_method(manager, "__exit__");
        let name = self.type_name(manager);
        let Some(enter) = enter else {
            return Err(self.type_error(format!(
                "'{name}' object does not support the context manager protocol"
            )));
        };
        let Some(exit) = exit else {
            return Err(self.type_error(format!(
                "'{name}' object does not support the context manager protocol (missed __exit__ method)"
            )));
        };
        let result = self.call(&enter, Vec::new())?;
        Ok((exit, result))
    }

    /// `async with manager:`: the bound `__aexit__` and the awaitable `__aenter__` returned.
    pub fn enter_async_context(&mut self, manager: &Value) -> PResult<(Value, Value)> {
        let enter = self.special_method(manager, "__aenter__");
        let exit = self.special_method(manager, "__aexit__");
        let name = self.type_name(manager);
        let Some(enter) = enter else {
            return Err(self.type_error(format!(
                "'{name}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = exit else {
            return Err(self.type_error(format!(
                "'{name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let awaitable = self.call(&enter, Vec::new())?;
        Ok((exit, awaitable))
    }

    // ----- imports -----

    /// `import name`: the module (created on first import).
    pub fn import(&mut self, name: &str, fromlist: &Value) -> PResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        let module = self.import_module(name)?;
        // `from a.b import c` takes `c` from `a.b`.
        let from = !matches!(fromlist, Value::None) && self.truthy(fromlist).unwrap_or(false);
        if top != name && !from {
            // `import a.b` binds `a`.
            return self.import_module(top);
        }
        Ok(module)
    }

    /// A module by its full name, created and cached on first use.
    pub fn import_module(&mut self, name: &str) -> PResult<Value> {
        match &self.sys_modules {
            // `sys.modules` decides once the program can see it.
            Some(sys_modules) => {
                if let Some(module) = sys_modules.borrow().get_str(name) {
                    return Ok(module.clone());
                }
            }
            None => {
                if let Some(module) = self.modules.get(name) {
                    return Ok(module.clone());
                }
            }
        }
        // A submodule's package is imported first and gets it as an attribute
        // (`import urllib.parse` makes `urllib.parse` reachable from `urllib`).
        let package = match name.rsplit_once('.') {
            Some((parent, child)) => Some((self.import_module(parent)?, child)),
            None => None,
        };
        match super::super::modules::create(self, name)? {
            Some(module) => {
                self.modules.insert(Rc::from(name), module.clone());
                if let Some(sys_modules) = &self.sys_modules {
                    sys_modules.borrow_mut().set_str(name, module.clone());
                }
                if let Some((Value::Module(parent), child)) = &package {
                    parent
                        .dict
                        .borrow_mut()
                        .insert(Rc::from(*child), module.clone());
                }
                // Importing made classes (and may have reused freed classes' addresses).
                self.invalidate_class_caches();
                Ok(module)
            }
            None => Err(self.import_error(
                "ModuleNotFoundError",
                format!("No module named '{name}'"),
                name,
            )),
        }
    }

    /// An `ImportError` (or `kind`, a subclass) as CPython's import raises it: `msg` and
    /// `name` (the module) set, no `path`.
    pub fn import_error(&mut self, kind: &str, message: String, module: &str) -> Flow {
        let error = self.error(kind, message.clone());
        if let Flow::Exception(Value::Instance(instance)) = &error {
            instance.set_attr("msg", Value::str(message));
            instance.set_attr("name", Value::str(module));
            instance.set_attr("path", Value::None);
        }
        error
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PResult<Value> {
        match self.getattr_opt(module, name)? {
            Some(value) => Ok(value),
            None => {
                let module_name = match module {
                    Value::Module(m) => m.name.to_string(),
                    _ => "?".to_string(),
                };
                // A submodule (`from asyncio import queues`).
                if let Ok(value) = self.import_module(&format!("{module_name}.{name}")) {
                    return Ok(value);
                }
                let message =
                    format!("cannot import name '{name}' from '{module_name}' (unknown location)");
                Err(self.import_error("ImportError", message, &module_name))
            }
        }
    }

    /// `from module import *`: every public name into the current namespace.
    pub fn import_star(&mut self, module: &Value) -> PResult<()> {
        let Value::Module(module) = module else {
            return Ok(());
        };
        let names: Vec<(Rc<str>, Value)> = {
            let dict = module.dict.borrow();
            match dict.get("__all__") {
                Some(Value::List(all)) => all
                    .borrow()
                    .iter()
                    .filter_map(|n| n.as_str().map(Rc::from))
                    .filter_map(|n: Rc<str>| dict.get(&*n).map(|v| (n.clone(), v.clone())))
                    .collect(),
                _ => dict
                    .iter()
                    .filter(|(k, _)| !k.starts_with('_'))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            }
        };
        let frame = self.frames.last().expect("import runs in a frame");
        let namespace = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.module.dict.clone());
        let mut namespace = namespace.borrow_mut();
        for (name, value) in names {
            namespace.insert(name, value);
        }
        Ok(())
    }
}
