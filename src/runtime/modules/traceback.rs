//! The natives of `traceback`: the VM's own report of an exception (what it prints for an
//! uncaught one), and the program's frames of a traceback object.

use crate::runtime::PResult;
use crate::runtime::builtins::traceback_object::Traceback;
use crate::runtime::exceptions::TbEntry;
use crate::runtime::traceback::{format_entries, is_library};
use crate::runtime::value::{Args, Value};
use crate::runtime::vm::Vm;

fn first(args: &Args) -> Value {
    args.positional.first().cloned().unwrap_or(Value::None)
}

/// `_format(exc)`: the whole report, chained exceptions included.
pub fn format(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    Ok(Value::str(vm.format_exception(&first(&args))))
}

/// `_only(exc)`: `ValueError: message` and the notes.
pub fn only(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    Ok(Value::str(vm.format_exception_only(&first(&args))))
}

/// `_handled()`: the exception being handled, or None.
pub fn handled(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(vm.handled_exception().unwrap_or(Value::None))
}

fn entries(value: &Value) -> Vec<TbEntry> {
    match value.native::<Traceback>() {
        Some(tb) => tb.entries.iter().rev().cloned().collect(),
        None => Vec::new(),
    }
}

/// `_tb(tb)`: the frames of a traceback as the report prints them.
pub fn tb(_vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    Ok(Value::str(format_entries(entries(&first(&args)))))
}

/// `_extract(tb)`: `(filename, lineno, name, line)` for each of the program's frames.
pub fn extract(_vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut out = Vec::new();
    for entry in entries(&first(&args)) {
        let Some(source) = entry.module.source.clone() else {
            continue;
        };
        if is_library(&source) {
            continue;
        }
        let line = entry.line().unwrap_or(0);
        let name = entry
            .name
            .clone()
            .unwrap_or_else(|| entry.code.name.to_string());
        out.push(Value::tuple(vec![
            Value::str(source.name()),
            Value::Int(i64::from(line)),
            Value::str(name),
            Value::str(source.line_text(line).trim()),
        ]));
    }
    Ok(Value::list(out))
}
