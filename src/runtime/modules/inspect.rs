//! `_kind(obj)` for `inspect` and `asyncio`, and `_code(func)` for `inspect` and `types`: what a Python function's code says of it, as
//! `(kind, argcount, posonlyargcount, kwonlyargcount, varnames, varargs, varkeywords)`
//! (kind: `function`, `generator`, `coroutine` or `async_generator`), or None.

use crate::python::bytecode::CodeKind;
use crate::runtime::PResult;
use crate::runtime::value::{Args, Value};
use crate::runtime::vm::Vm;

fn kind_name(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Generator => "generator",
        CodeKind::Coroutine => "coroutine",
        CodeKind::AsyncGenerator => "async_generator",
        _ => "function",
    }
}

/// `_kind(obj)`: what calling `obj` makes (`function`, `generator`, `coroutine` or
/// `async_generator`), seen through bound methods and `functools.partial` as `inspect`'s
/// predicates and `asyncio.iscoroutinefunction` see it; None if it is not Python code.
pub fn kind(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut object = args.positional.into_iter().next().unwrap_or(Value::None);
    loop {
        object = match &object {
            Value::BoundMethod(method) => method.func.clone(),
            other if &*vm.type_name(other) == "partial" => match vm.getattr_opt(other, "func")? {
                Some(func) => func,
                None => break,
            },
            _ => break,
        };
    }
    Ok(match &object {
        Value::Function(function) => Value::str(kind_name(function.code.kind)),
        _ => Value::None,
    })
}

pub fn code(_vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Some(Value::Function(function)) = args.positional.first() else {
        return Ok(Value::None);
    };
    let code = &function.code;
    let kind = kind_name(code.kind);
    let count = (code.argcount + code.kwonlyargcount) as usize
        + code.varargs as usize
        + code.varkeywords as usize;
    let names = code
        .varnames
        .iter()
        .take(count)
        .map(|n| Value::str(n.to_string()))
        .collect();
    Ok(Value::tuple(vec![
        Value::str(kind),
        Value::Int(code.argcount as i64),
        Value::Int(code.posonlyargcount as i64),
        Value::Int(code.kwonlyargcount as i64),
        Value::tuple(names),
        Value::Bool(code.varargs),
        Value::Bool(code.varkeywords),
    ]))
}

/// `_caller(level)` for `warnings.warn(stacklevel=level)`: `(filename, lineno, module,
/// line)` of the frame `level` calls out from the one calling `_caller`, or None past the
/// outermost.
pub fn caller(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let level = match args.positional.first() {
        Some(Value::Int(n)) => (*n).max(0) as usize,
        _ => 1,
    };
    let Some(index) = vm.frames.len().checked_sub(1 + level) else {
        return Ok(Value::None);
    };
    let frame = &vm.frames[index];
    let Some(source) = frame.module.source.clone() else {
        return Ok(Value::None);
    };
    let line = vm.frame_line(frame);
    Ok(Value::tuple(vec![
        Value::str(source.name()),
        Value::Int(i64::from(line)),
        Value::str(frame.module.name.to_string()),
        Value::str(source.line_text(line).trim()),
    ]))
}

/// `_mark_coroutine(func)` (`types.coroutine` of a generator function): its generators can be
/// awaited from now on, as CPython's `CO_ITERABLE_COROUTINE` flag makes them.
pub fn mark_coroutine(_vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    if let Some(Value::Function(function)) = args.positional.first() {
        function.iterable_coroutine.set(true);
    }
    Ok(Value::None)
}
