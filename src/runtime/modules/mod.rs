//! The importable modules, each made on first import: `asyncio`, `sys`, `time`, `random`,
//! `math`, `functools`, `contextlib`, `typing`, `json`, `__future__`; `abc`, `enum`,
//! `dataclasses`; `re`, `urllib.parse`, `string`, `textwrap`; `logging`, `datetime`,
//! `threading`; `itertools`, `heapq`, `bisect`, `operator`, `copy`, `statistics`, `pprint`;
//! `concurrent.futures`, `contextvars`, `queue`, `os` (`os.path`), `inspect`, `types`,
//! `traceback`, `warnings`, `weakref`, `uuid`; `collections`, `collections.abc` (and `typing.NamedTuple`). `crate::python::AVAILABLE_MODULES`
//! lists their top-level names for `looplab check` (a test keeps the two in step).

pub mod functools;
mod future_module;
mod inspect;
mod itertools;
pub mod json;
pub mod logging;
pub mod math;
mod random;
mod re;
pub mod sys;
pub mod time;
mod traceback;
mod typing;
mod weakref;

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
        "abc" => {
            let module = native_module("abc", Namespace::new());
            python_part(vm, &module, "<abc>", include_str!("abc.py"))?;
            module
        }
        "dataclasses" => {
            let module = native_module("dataclasses", Namespace::new());
            python_part(vm, &module, "<dataclasses>", include_str!("dataclasses.py"))?;
            module
        }
        "enum" => {
            let module = native_module("enum", Namespace::new());
            python_part(vm, &module, "<enum>", include_str!("enum.py"))?;
            module
        }
        "re" => {
            let module = native_module("re", re::install(vm));
            python_part(vm, &module, "<re>", re::LIBRARY)?;
            module
        }
        "urllib" => native_module("urllib", Namespace::new()),
        "urllib.parse" => {
            let module = native_module("urllib.parse", Namespace::new());
            python_part(vm, &module, "<urllib.parse>", URLLIB_PARSE)?;
            module
        }
        "string" => {
            let module = native_module("string", Namespace::new());
            python_part(vm, &module, "<string>", STRING)?;
            module
        }
        "textwrap" => {
            let module = native_module("textwrap", Namespace::new());
            python_part(vm, &module, "<textwrap>", TEXTWRAP)?;
            module
        }
        "logging" => {
            let module = native_module("logging", logging::install(vm));
            python_part(vm, &module, "<logging>", logging::LIBRARY)?;
            module
        }
        "datetime" => {
            let module = native_module("datetime", logging::install(vm));
            python_part(vm, &module, "<datetime>", logging::DATETIME)?;
            module
        }
        "threading" => {
            let module = native_module("threading", logging::install(vm));
            python_part(vm, &module, "<threading>", logging::THREADING)?;
            module
        }
        "contextlib" => {
            let module = native_module("contextlib", Namespace::new());
            python_part(vm, &module, "<contextlib>", CONTEXTLIB)?;
            module
        }
        "itertools" => {
            let module = native_module("itertools", itertools::install(vm));
            python_part(vm, &module, "<itertools>", itertools::LIBRARY)?;
            module
        }
        "heapq" | "bisect" | "operator" | "copy" | "statistics" | "pprint" => {
            let module = native_module(name, Namespace::new());
            let (file, text) = utils_source(name);
            python_part(vm, &module, file, text)?;
            module
        }
        "concurrent" => native_module("concurrent", Namespace::new()),
        "concurrent.futures" => {
            let mut namespace = Namespace::new();
            add_function(&mut namespace, "_submit", super::asyncio::pool_submit);
            let module = native_module("concurrent.futures", namespace);
            python_part(vm, &module, "<concurrent.futures>", CONCURRENT_FUTURES)?;
            module
        }
        "contextvars" => {
            let mut namespace = Namespace::new();
            add_function(&mut namespace, "_current", context_current);
            add_function(&mut namespace, "_switch", context_switch);
            let module = native_module("contextvars", namespace);
            python_part(vm, &module, "<contextvars>", CONTEXTVARS)?;
            module
        }
        "os" => library_module(vm, "os", OS)?,
        "os.path" => return vm.import_module("posixpath").map(Some),
        "posixpath" => library_module(vm, "posixpath", POSIXPATH)?,
        "types" => with_code(vm, "types", TYPES)?,
        "inspect" => with_code(vm, "inspect", INSPECT)?,
        "traceback" => {
            let mut namespace = Namespace::new();
            for (name, function) in [
                ("_format", traceback::format as super::value::NativeFn),
                ("_only", traceback::only),
                ("_handled", traceback::handled),
                ("_tb", traceback::tb),
                ("_extract", traceback::extract),
            ] {
                add_function(&mut namespace, name, function);
            }
            let module = native_module("traceback", namespace);
            python_part(vm, &module, "<traceback>", TRACEBACK)?;
            module
        }
        "warnings" => {
            let mut namespace = Namespace::new();
            add_function(&mut namespace, "_caller", inspect::caller);
            let module = native_module("warnings", namespace);
            python_part(vm, &module, "<warnings>", WARNINGS)?;
            module
        }
        "queue" => library_module(vm, "queue", QUEUE)?,
        "collections" => library_module(vm, "collections", include_str!("collections.py"))?,
        "collections.abc" => return vm.import_module("_collections_abc").map(Some),
        "_collections_abc" => {
            let module = native_module("collections.abc", Namespace::new());
            python_part(
                vm,
                &module,
                "<collections.abc>",
                include_str!("collections_abc.py"),
            )?;
            module
        }
        "uuid" => library_module(vm, "uuid", UUID)?,
        "weakref" => {
            let module = native_module("weakref", weakref::install(vm));
            python_part(vm, &module, "<weakref>", WEAKREF)?;
            module
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(module)))
}

fn native_module(name: &str, mut namespace: Namespace) -> Rc<Module> {
    namespace.insert(Rc::from("__name__"), Value::str(name));
    Rc::new(Module {
        name: Rc::from(name),
        dict: Rc::new(RefCell::new(namespace)),
        source: None,
    })
}

/// The Python sources of the utility modules written wholly in Python.
fn utils_source(name: &str) -> (&'static str, &'static str) {
    match name {
        "heapq" => ("<heapq>", include_str!("heapq.py")),
        "bisect" => ("<bisect>", include_str!("bisect.py")),
        "operator" => ("<operator>", include_str!("operator.py")),
        "copy" => ("<copy>", include_str!("copy.py")),
        "statistics" => ("<statistics>", include_str!("statistics.py")),
        _ => ("<pprint>", include_str!("pprint.py")),
    }
}

const CONTEXTLIB: &str = include_str!("contextlib.py");
const URLLIB_PARSE: &str = include_str!("urllib_parse.py");
const STRING: &str = include_str!("string.py");
const TEXTWRAP: &str = include_str!("textwrap.py");
const CONTEXTVARS: &str = include_str!("contextvars.py");

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

const OS: &str = include_str!("os.py");
const POSIXPATH: &str = include_str!("posixpath.py");
const INSPECT: &str = include_str!("inspect.py");
const TRACEBACK: &str = include_str!("traceback.py");
const WARNINGS: &str = include_str!("warnings.py");
const WEAKREF: &str = include_str!("weakref.py");
const UUID: &str = include_str!("uuid.py");
const QUEUE: &str = include_str!("queue.py");
const TYPES: &str = include_str!("types.py");

/// A module in Python that reads functions' code (`_code`).
fn with_code(vm: &mut Vm, name: &str, text: &'static str) -> PResult<Rc<Module>> {
    let mut namespace = Namespace::new();
    add_function(&mut namespace, "_code", inspect::code);
    let module = native_module(name, namespace);
    python_part(vm, &module, &format!("<{name}>"), text)?;
    Ok(module)
}

/// A module written in Python only.
fn library_module(vm: &mut Vm, name: &str, text: &'static str) -> PResult<Rc<Module>> {
    let module = native_module(name, Namespace::new());
    python_part(vm, &module, &format!("<{name}>"), text)?;
    Ok(module)
}

const CONCURRENT_FUTURES: &str = include_str!("concurrent_futures.py");

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
            let module = native_module(file, Namespace::new());
            python_part(vm, &module, file, text)?;
            vm.extensions.insert(file, Box::new(module.clone()));
            module
        }
    };
    let function = module.dict.borrow().get(name).cloned();
    Ok(function.unwrap_or_else(|| panic!("{file} defines no {name}")))
}

/// Runs Python source in a module's namespace (the Python half of a library module).
fn python_part(vm: &mut Vm, module: &Rc<Module>, file: &str, text: &'static str) -> PResult<()> {
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
