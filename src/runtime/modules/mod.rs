//! The importable modules, each made on first import. Built into Looplab: `asyncio`, `sys`,
//! `time`, `random`, `math`, `cmath`, `functools`, `contextlib`, `contextvars`, `typing`, `json`,
//! `__future__`, and `_netsim`, the simulated network's model. The rest of the standard library Looplab has (`logging`, `datetime`, `re`,
//! `collections`, `enum`, `dataclasses`, `itertools`, `os`, ...) is Python in `stdlib/`, with
//! natives where it needs them; the web app downloads it on first import ([`stdlib`]), as it
//! does the stand-ins for `aiohttp`, `httpx` and `openai` (`stdlib/site-packages/`).
//! `crate::python::AVAILABLE_MODULES` lists the top-level names for `looplab check` (a test
//! keeps the two in step).

mod cmath;
pub mod functools;
mod future_module;
pub(crate) mod inspect;
mod itertools;
pub mod json;
pub mod logging;
pub mod math;
mod random;
mod re;
pub mod stdlib;
pub mod sys;
pub mod time;
mod traceback;
mod typing;
pub(crate) mod weakref;

use std::cell::RefCell;
use std::rc::Rc;

use super::PResult;
use super::builtins::add_function;
use super::value::{Args, Module, Namespace, Value};
use super::vm::Vm;

/// Makes the module `name`, or `None` if Looplab has no such module.
pub fn create(vm: &mut Vm, name: &str) -> PResult<Option<Value>> {
    let module = match name {
        "asyncio" => return super::asyncio::create_module(vm).map(Some),
        "time" => {
            let module = native_module("time", time::install(vm));
            python_part(vm, &module, "<time>", time::LIBRARY)?;
            module
        }
        "random" => native_module("random", random::install(vm)),
        "math" => native_module("math", math::install(vm)),
        "cmath" => native_module("cmath", cmath::install(vm)),
        "json" => native_module("json", json::install(vm)),
        "typing" => {
            let module = native_module("typing", typing::install(vm));
            python_part(vm, &module, "<typing>", include_str!("typing.py"))?;
            module
        }
        "__future__" => native_module("__future__", future_module::install(vm)),
        "functools" => {
            let module = native_module("functools", functools::install(vm));
            python_part(vm, &module, "<functools>", functools::LIBRARY)?;
            module
        }
        "sys" => {
            let module = native_module("sys", sys::install(vm));
            python_part(vm, &module, "<sys>", sys::LIBRARY)?;
            module
        }
        "contextlib" => {
            let module = native_module("contextlib", Namespace::default());
            python_part(vm, &module, "<contextlib>", include_str!("contextlib.py"))?;
            module
        }
        "contextvars" => {
            let mut namespace = Namespace::default();
            add_function(&mut namespace, "_current", context_current);
            add_function(&mut namespace, "_switch", context_switch);
            let module = native_module("contextvars", namespace);
            python_part(vm, &module, "<contextvars>", include_str!("contextvars.py"))?;
            module
        }
        // The simulated network's model (the stand-ins' world, `_networld`, and the stand-ins
        // are downloaded): carried, as the capstones' worlds use it.
        "_netsim" => {
            let module = native_module("_netsim", Namespace::default());
            python_part(
                vm,
                &module,
                "<_netsim>",
                include_str!("stdlib/site-packages/_netsim.py"),
            )?;
            module
        }
        // Packages whose modules are all submodules.
        "urllib" | "concurrent" => native_module(name, Namespace::default()),
        "os.path" => return vm.import_module("posixpath").map(Some),
        "collections.abc" => return vm.import_module("_collections_abc").map(Some),
        _ => match stdlib::downloaded(name) {
            Some(downloaded) => {
                let module = native_module(display_name(name), natives(vm, name));
                let text = stdlib::text(downloaded)
                    .map_err(|why| vm.import_error("ModuleNotFoundError", why, name))?;
                let file = format!("<{}>", module.name);
                python_part(vm, &module, &file, &text)?;
                module
            }
            None => return Ok(None),
        },
    };
    Ok(Some(Value::Module(module)))
}

/// The name a module of `stdlib/` goes by (`collections.abc`'s file is `_collections_abc`,
/// as in CPython, but its classes say `collections.abc`).
fn display_name(name: &str) -> &str {
    match name {
        "_collections_abc" => "collections.abc",
        other => other,
    }
}

/// The natives a module of `stdlib/` starts with; its Python does the rest.
fn natives(vm: &mut Vm, name: &str) -> Namespace {
    let mut namespace = Namespace::default();
    let functions: &[(&str, super::value::NativeFn)] = match name {
        "re" => return re::install(vm),
        "logging" | "datetime" | "threading" => return logging::install(vm),
        "itertools" => return itertools::install(vm),
        "weakref" => return weakref::install(vm),
        "concurrent.futures" => &[("_submit", super::asyncio::pool_submit)],
        "types" => &[
            ("_code", inspect::code),
            ("_mark_coroutine", inspect::mark_coroutine),
        ],
        "inspect" => &[("_code", inspect::code), ("_kind", inspect::kind)],
        "warnings" => &[("_caller", inspect::caller)],
        "traceback" => &[
            ("_format", traceback::format),
            ("_only", traceback::only),
            ("_handled", traceback::handled),
            ("_tb", traceback::tb),
            ("_extract", traceback::extract),
        ],
        _ => &[],
    };
    for (name, function) in functions {
        add_function(&mut namespace, name, *function);
    }
    namespace
}

fn native_module(name: &str, mut namespace: Namespace) -> Rc<Module> {
    namespace.insert(Rc::from("__name__"), Value::str(name));
    Rc::new(Module {
        name: Rc::from(name),
        dict: Rc::new(RefCell::new(namespace)),
        source: None,
    })
}

/// `contextvars._current()`: the current context, None while it is empty and new.
fn context_current(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(vm.asyncio.context.clone().unwrap_or(Value::None))
}

/// `contextvars._switch(context)`: makes it current; returns the one it replaces.
fn context_switch(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let context = args.positional.into_iter().next().filter(|c| !c.is_none());
    let previous = std::mem::replace(&mut vm.asyncio.context, context);
    Ok(previous.unwrap_or(Value::None))
}

/// A function of Looplab's own Python (`file` is its source, named like `<builtins>`) that a
/// native needs, compiled on first use and kept for the VM's life. User code cannot import it.
pub fn library_function(
    vm: &mut Vm,
    file: &'static str,
    text: &'static str,
    name: &str,
) -> PResult<Value> {
    let module = match vm
        .extensions
        .get(file)
        .and_then(|m| m.downcast_ref::<Rc<Module>>())
    {
        Some(module) => module.clone(),
        None => {
            let module = native_module(file, Namespace::default());
            python_part(vm, &module, file, text)?;
            vm.extensions.insert(file, Box::new(module.clone()));
            module
        }
    };
    let function = module.dict.borrow().get(name).cloned();
    Ok(function.unwrap_or_else(|| panic!("{file} defines no {name}")))
}

/// Runs Python source in a module's namespace (the Python half of a library module).
fn python_part(vm: &mut Vm, module: &Rc<Module>, file: &str, text: &str) -> PResult<()> {
    let source = Rc::new(crate::python::source::SourceFile::new(file, text));
    let program = match crate::python::compile(&source) {
        Ok(program) => program,
        Err(error) => panic!(
            "the {file} library does not compile: {}",
            error.render(source.name())
        ),
    };
    // Library frames point at this source in tracebacks.
    let module = Rc::new(Module {
        name: module.name.clone(),
        dict: module.dict.clone(),
        source: Some(source),
    });
    vm.run_library(&module, program.code)
}
