//! `sys`: what asyncio programs use of it. `argv` (the script's name, as `python3.12 FILE.py`
//! gives it), `exit`, `stdout`/`stderr` (text streams whose `write` goes where `print`'s
//! output goes), the version as CPython 3.12.1's, `platform` (`linux`), `maxsize`,
//! `byteorder`, and the recursion limit. `version_info` is in `sys.py`, the module's Python
//! half.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::builtins::descriptors::add_read_only_property;
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::builtins::{add_function, add_method, quitter, receiver};
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;
use crate::runtime::{PResult, trace};

/// The Python half of the module.
pub const LIBRARY: &str = include_str!("sys.py");

/// The name of the file the program runs from (`sys.argv[0]`): set by the run.
pub const SCRIPT: &str = "sys.argv[0]";

pub fn install(vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    let script = vm
        .extensions
        .get(SCRIPT)
        .and_then(|name| name.downcast_ref::<Rc<str>>())
        .map_or_else(
            || Value::str("main.py"),
            |name| Value::str(name.to_string()),
        );
    namespace.insert(Rc::from("argv"), Value::list(vec![script]));
    namespace.insert(Rc::from("modules"), sys_modules(vm));
    // The simulated machine's (see `os`): the program's folder, then where a Debian system
    // keeps CPython 3.12's library.
    let path = [
        "/home/looplab",
        "/usr/lib/python312.zip",
        "/usr/lib/python3.12",
        "/usr/lib/python3.12/lib-dynload",
        "/usr/local/lib/python3.12/dist-packages",
        "/usr/lib/python3/dist-packages",
    ];
    namespace.insert(
        Rc::from("path"),
        Value::list(path.iter().map(|p| Value::str(*p)).collect()),
    );
    add_function(&mut namespace, "exit", exit);
    add_function(&mut namespace, "getrecursionlimit", getrecursionlimit);
    add_function(&mut namespace, "setrecursionlimit", setrecursionlimit);
    let class = stream_class(vm);
    for (name, stream) in [("stdout", Stream::Out), ("stderr", Stream::Err)] {
        let object = Value::Native(Rc::new(TextStream {
            stream,
            class: class.clone(),
        }));
        namespace.insert(Rc::from(name), object.clone());
        namespace.insert(Rc::from(format!("__{name}__")), object);
    }
    for (name, value) in [
        (
            "version",
            Value::str("3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]"),
        ),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        ("maxsize", Value::Int(i64::MAX)),
        ("hexversion", Value::Int(0x030C_01F0)),
        ("api_version", Value::Int(1013)),
    ] {
        namespace.insert(Rc::from(name), value);
    }
    namespace
}

/// `sys.modules`: the modules imported so far, the VM's registry from now on (`import`
/// looks there first; see `Vm::import_module`).
fn sys_modules(vm: &mut Vm) -> Value {
    let mut names: Vec<&Rc<str>> = vm.modules.keys().collect();
    names.sort();
    let mut table = crate::runtime::dict::DictTable::new();
    for name in names {
        table.set_str(name, vm.modules[name].clone());
    }
    let table = Rc::new(RefCell::new(table));
    vm.sys_modules = Some(table.clone());
    Value::Dict(table)
}

/// `sys.exit(status=None)`: raises `SystemExit(status)`.
fn exit(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const EXIT: Signature<0, 1> = Signature::new(
        "exit",
        Convention::Unpack,
        [],
        [Param::positional_only("status")],
    );
    let Bound {
        optional: [status], ..
    } = EXIT.bind(vm, args)?;
    Err(quitter::system_exit(vm, status.unwrap_or(Value::None))?)
}

fn getrecursionlimit(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const GET: Signature<0, 0> = Signature::new("getrecursionlimit", Convention::Fixed, [], []);
    GET.bind(vm, args)?;
    Ok(Value::Int(vm.limits.recursion as i64))
}

/// `sys.setrecursionlimit(limit)`: Python frames live on the heap, so any limit is safe (the
/// memory limit bounds a deep recursion); native recursion has its own bound.
fn setrecursionlimit(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const SET: Signature<1, 0> = Signature::new(
        "setrecursionlimit",
        Convention::Fixed,
        [Param::positional_only("limit")],
        [],
    );
    let Bound {
        required: [limit], ..
    } = SET.bind(vm, args)?;
    let limit = match limit {
        Value::Int(n) => n,
        Value::Bool(b) => i64::from(b),
        Value::BigInt(_) => {
            return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
        }
        other => {
            let name = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )));
        }
    };
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if limit > i64::from(i32::MAX) {
        return Err(vm.error("OverflowError", "Python int too large to convert to C int"));
    }
    let depth = vm.frames.len();
    if (limit as usize) <= depth {
        return Err(vm.error(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    vm.limits.recursion = limit as usize;
    Ok(Value::None)
}

/// Whether `value` is `sys.stdout` (`print(..., file=sys.stdout)` prints as `print` does).
pub fn is_stdout(value: &Value) -> bool {
    value
        .native::<TextStream>()
        .is_some_and(|stream| stream.stream == Stream::Out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    Out,
    Err,
}

/// `sys.stdout` or `sys.stderr`: what is written goes where `print`'s output goes.
struct TextStream {
    stream: Stream,
    class: Rc<Class>,
}

impl NativeObject for TextStream {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

thread_local! {
    static STREAM_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn stream_class(vm: &Vm) -> Rc<Class> {
    STREAM_CLASS.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let class = builtin_class(
                    "TextIOWrapper",
                    "_io",
                    vec![vm.types.object.clone()],
                    Layout::Builtin,
                );
                add_method(&class, "write", stream_write);
                add_method(&class, "flush", stream_flush);
                add_method(&class, "isatty", stream_isatty);
                add_method(&class, "writable", stream_writable);
                add_method(&class, "__repr__", stream_repr);
                add_read_only_property(&class, "name", |vm, this, args| {
                    let (stream, _) = this_stream(vm, this, args, "name")?;
                    Ok(Value::str(stream_name(stream)))
                });
                add_read_only_property(&class, "mode", |vm, this, args| {
                    this_stream(vm, this, args, "mode")?;
                    Ok(Value::str("w"))
                });
                add_read_only_property(&class, "encoding", |vm, this, args| {
                    this_stream(vm, this, args, "encoding")?;
                    Ok(Value::str("utf-8"))
                });
                add_read_only_property(&class, "errors", |vm, this, args| {
                    let (stream, _) = this_stream(vm, this, args, "errors")?;
                    Ok(Value::str(match stream {
                        Stream::Out => "strict",
                        Stream::Err => "backslashreplace",
                    }))
                });
                class
            })
            .clone()
    })
}

fn this_stream(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &str,
) -> PResult<(Stream, Args)> {
    let (me, args) = receiver(vm, this, args, name)?;
    match me.native::<TextStream>() {
        Some(stream) => Ok((stream.stream, args)),
        None => Err(vm.type_error(format!("{name} needs a text stream"))),
    }
}

/// `write(s)`: writes the text, gives back how many characters it had.
fn stream_write(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (stream, args) = this_stream(vm, this, args, "write")?;
    const WRITE: Signature<1, 0> = Signature::new(
        "write",
        Convention::Fixed,
        [Param::positional_only("s")],
        [],
    );
    let Bound {
        required: [text], ..
    } = WRITE.bind(vm, args)?;
    let Value::Str(text) = &text else {
        let name = vm.type_name(&text);
        return Err(vm.type_error(format!("write() argument must be str, not {name}")));
    };
    let written = text.as_str().chars().count();
    match stream {
        Stream::Out => {
            vm.check_encodes_to_utf8(text.as_str())?;
            vm.write_output(trace::Stream::Stdout, text.as_str());
        }
        Stream::Err => vm.write_output(trace::Stream::Stderr, text.as_str()),
    }
    Ok(Value::Int(written as i64))
}

fn stream_flush(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    this_stream(vm, this, args, "flush")?;
    Ok(Value::None)
}

fn stream_isatty(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    this_stream(vm, this, args, "isatty")?;
    Ok(Value::Bool(false))
}

fn stream_writable(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    this_stream(vm, this, args, "writable")?;
    Ok(Value::Bool(true))
}

fn stream_name(stream: Stream) -> &'static str {
    match stream {
        Stream::Out => "<stdout>",
        Stream::Err => "<stderr>",
    }
}

fn stream_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (stream, _) = this_stream(vm, this, args, "__repr__")?;
    Ok(Value::str(format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        stream_name(stream)
    )))
}
