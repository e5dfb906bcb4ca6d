//! `logging`, `datetime` and `threading`: Python halves (logging.py, datetime.py,
//! threading.py, whose design is told here, since comments there ship in the download) over
//! a few natives that Python code cannot write without `sys._getframe` and `sys.exc_info`:
//! the caller's location, the exception being handled, a traceback as CPython prints it,
//! the thread's name, and a warning shown at the program's line.
//!
//! - `logging`: CPython 3.12's package on the virtual wall clock. Records are made at once
//!   and handlers write synchronously, as in CPython. Files are the outside world:
//!   `FileHandler` and `basicConfig(filename=...)` raise NotImplementedError. A new event
//!   loop logs `Using selector: EpollSelector` to the `asyncio` logger at DEBUG, as
//!   CPython's selector loop does. `%(process)d` is a fixed number and `%(thread)d` is made
//!   from the thread's name (CPython's vary per run); `relativeCreated` counts from virtual
//!   time 0 (CPython's imports logging before the clock is virtual, so it cannot be printed).
//! - `datetime`: date, time, datetime, timedelta, timezone and tzinfo, kept as fields and
//!   computed through ordinals and whole microseconds; now/today read `time.time()`, the
//!   virtual wall clock. utcnow/utcfromtimestamp show 3.12's DeprecationWarning at the
//!   program's line. One difference: in "unsupported operand" messages the type is named
//!   `timedelta`, not `datetime.timedelta` (the VM names a class by its `__name__`).
//! - `threading`: Looplab runs one thread at a time, deterministically. The main thread runs
//!   the event loop; executor jobs (`asyncio.to_thread`, `run_in_executor`) run on virtual
//!   worker threads named as CPython names them (`Thread-N (_worker)`, counted with the
//!   program's own unnamed threads). A program's own `Thread` runs its target to the end
//!   inside `start()` (a `time.sleep` there blocks the loop, as on the loop's thread);
//!   `Timer` fires on the running loop's clock (`call_later`), or with no loop sleeps then
//!   runs inside `start()`. A lock, semaphore, event or condition that would block forever
//!   raises RuntimeError (no other thread could ever release it); with a timeout it gives
//!   up at once: the oracle waits that long in real time, which the virtual clock does not
//!   see.

use crate::runtime::PResult;
use crate::runtime::builtins::add_function;
use crate::runtime::value::{Args, Namespace, Value};
use crate::runtime::vm::Vm;

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    add_natives(&mut namespace);
    namespace
}

/// The natives the Python halves of `logging`, `datetime` and `threading` share.
pub fn add_natives(namespace: &mut Namespace) {
    add_function(namespace, "_caller", caller);
    add_function(namespace, "_exc_info", exc_info);
    add_function(namespace, "_format_exception", format_exception);
    add_function(namespace, "_thread_name", thread_name);
    add_function(namespace, "_warn", warn);
    add_function(namespace, "_next_thread", next_thread);
    add_function(namespace, "_stack", stack);
}

/// The program's innermost frame (`skip` frames out): `(path, line, function, source line)`.
fn user_frame(vm: &Vm, skip: usize) -> Option<(String, i64, String, String)> {
    vm.frames
        .iter()
        .rev()
        .filter_map(|frame| {
            let source = frame.module.source.as_ref()?;
            if crate::runtime::traceback::is_library(source) {
                return None;
            }
            let line = vm.frame_line(frame);
            Some((
                source.name().to_string(),
                i64::from(line),
                frame.code.name.to_string(),
                source.line_text(line).trim().to_string(),
            ))
        })
        .nth(skip)
}

/// `_caller(stacklevel)`: `(pathname, lineno, funcName)` of the program's code that called
/// logging (library frames are not counted).
fn caller(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let skip = match args.positional.first() {
        Some(Value::Int(n)) => (*n).max(1) as usize - 1,
        _ => 0,
    };
    let (path, line, name, _) = user_frame(vm, skip).unwrap_or_else(|| {
        (
            "(unknown file)".into(),
            0,
            "(unknown function)".into(),
            String::new(),
        )
    });
    Ok(Value::tuple(vec![
        Value::str(path),
        Value::Int(line),
        Value::str(name),
    ]))
}

/// `_exc_info()`: the exception being handled (`sys.exc_info()[1]`), or None.
fn exc_info(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(vm
        .frames
        .iter()
        .rev()
        .find_map(|frame| frame.handled.clone())
        .unwrap_or(Value::None))
}

/// `_format_exception(exc)`: the traceback report CPython prints, without its last newline.
fn format_exception(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let exception = args.positional.first().cloned().unwrap_or(Value::None);
    let mut text = vm.format_exception(&exception);
    if text.ends_with('\n') {
        text.pop();
    }
    Ok(Value::str(text))
}

/// `_thread_name()`: `MainThread`, or the executor worker's thread name.
fn thread_name(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(match (&vm.asyncio.thread, &vm.asyncio.thread_name) {
        (Some(_), Some(name)) => Value::str(name.to_string()),
        _ => Value::str("MainThread"),
    })
}

/// `_stack()`: the program's frames, outermost first, as `traceback.print_stack` shows them.
fn stack(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    let mut out = String::new();
    for frame in &vm.frames {
        let Some(source) = frame.module.source.as_ref() else {
            continue;
        };
        if crate::runtime::traceback::is_library(source) {
            continue;
        }
        let line = vm.frame_line(frame);
        out.push_str(&format!(
            "  File \"{}\", line {line}, in {}\n",
            source.name(),
            frame.code.name
        ));
        let text = source.line_text(line).trim();
        if !text.is_empty() {
            out.push_str(&format!("    {text}\n"));
        }
    }
    Ok(Value::str(out))
}

/// `_next_thread()`: the number of a new thread's default name (`Thread-N`), counted with
/// the executor's worker threads, as CPython counts every unnamed thread.
fn next_thread(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    vm.asyncio.threads_made += 1;
    Ok(Value::Int(vm.asyncio.threads_made as i64))
}

/// `_warn(category, message)`: a warning shown once per place, at the program's line, as
/// CPython's default filters show a DeprecationWarning raised by `__main__`'s code.
fn warn(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let text = |value: Option<&Value>| value.and_then(Value::as_str).unwrap_or("").to_string();
    let category = text(args.positional.first());
    let message = text(args.positional.get(1));
    warn_at_program_line(vm, &category, message)?;
    Ok(Value::None)
}

/// Shows a warning (`category: message`, a builtin warning class) at the program's line. Once
/// the program has imported `warnings`, its filters decide (an "error" filter raises it
/// here); before, it shows once per place, as CPython's default filters show a
/// DeprecationWarning raised by `__main__`'s code.
pub fn warn_at_program_line(vm: &mut Vm, category: &str, message: String) -> PResult<()> {
    let Some((file, line, _, source)) = user_frame(vm, 0) else {
        return Ok(());
    };
    let filtered = match vm.modules.get("warnings") {
        Some(Value::Module(warnings)) => warnings.dict.borrow().get("_warn").cloned(),
        _ => None,
    };
    if let Some(filtered) = filtered {
        let class = Value::Class(vm.types.exception(category));
        let source = if source.is_empty() {
            Value::None
        } else {
            Value::str(source)
        };
        let args = vec![
            Value::str(message),
            class,
            Value::str(file),
            Value::Int(line),
            Value::str("__main__"),
            source,
            Value::None,
        ];
        vm.call(&filtered, args)?;
        return Ok(());
    }
    if vm.note_warning(file.clone(), line, message.clone()) {
        let mut out = format!("{file}:{line}: {category}: {message}\n");
        if !source.is_empty() {
            out.push_str(&format!("  {source}\n"));
        }
        vm.write_stderr(&out);
    }
    Ok(())
}

/// A new event loop: CPython's selector loop logs `Using selector: EpollSelector` to the
/// `asyncio` logger at DEBUG, which a program that configured logging shows.
pub fn loop_created(vm: &mut Vm) -> PResult<()> {
    let Some(Value::Module(module)) = vm.modules.get("logging") else {
        return Ok(());
    };
    let module = module.clone();
    let hook = module.dict.borrow().get("_loop_created").cloned();
    if let Some(hook) = hook {
        vm.call(&hook, Vec::new())?;
    }
    Ok(())
}

/// asyncio's default exception handler logs its report (`message`, then the traceback) to
/// the `asyncio` logger at ERROR. Once the program has imported logging, its handlers format
/// it (true); before, the caller writes it to stderr, as logging's last resort would.
pub fn asyncio_error(vm: &mut Vm, message: &str, traceback: &str) -> PResult<bool> {
    let Some(Value::Module(module)) = vm.modules.get("logging") else {
        return Ok(false);
    };
    let hook = module.dict.borrow().get("_asyncio_error").cloned();
    let Some(hook) = hook else {
        return Ok(false);
    };
    vm.call(&hook, vec![Value::str(message), Value::str(traceback)])?;
    Ok(true)
}
