//! How asyncio shows a callback (CPython's `asyncio/format_helpers.py`): `name(args)` with
//! the arguments abbreviated by `reprlib`, and ` at file:line` where a Python function is
//! defined. Handle reprs and "Exception in callback ..." reports use it.

use super::super::PResult;
use super::super::builtins::sort_values;
use super::super::modules::functools::Partial;
use super::super::value::{Args, Generator, Value};
use super::super::vm::Vm;
use super::cpython_places::shown_location;

/// `_format_callback_source(func, args)`: `f(1, 'x') at main.py:3`.
pub fn format_callback_source(vm: &mut Vm, func: &Value, args: &[Value]) -> PResult<String> {
    let mut shown = format_callback(vm, func, &Args::new(args.to_vec()), String::new())?;
    if let Some((file, line)) = function_source(vm, func)? {
        shown.push_str(&format!(" at {file}:{line}"));
    }
    Ok(shown)
}

/// `_format_callback(func, args, kwargs, suffix)`: a `functools.partial` shows its function
/// with the partial's arguments, then the call's.
fn format_callback(vm: &mut Vm, func: &Value, args: &Args, suffix: String) -> PResult<String> {
    if let Some(partial) = func.native::<Partial>() {
        let inner = Args {
            positional: partial.args.clone(),
            keywords: partial.keywords.clone(),
        };
        let suffix = format_arguments(vm, args)? + &suffix;
        let func = partial.func.clone();
        return format_callback(vm, &func, &inner, suffix);
    }
    let name = match callable_name(vm, func)? {
        Some(name) => name,
        None => vm.repr(func)?,
    };
    Ok(name + &format_arguments(vm, args)? + &suffix)
}

/// `func.__qualname__`, else `func.__name__`, when it has one that is not empty.
fn callable_name(vm: &mut Vm, func: &Value) -> PResult<Option<String>> {
    for attribute in ["__qualname__", "__name__"] {
        if let Some(name) = vm.getattr_opt(func, attribute)?
            && let Some(text) = name.as_str()
            && !text.is_empty()
        {
            return Ok(Some(text.to_string()));
        }
    }
    Ok(None)
}

/// `_format_args_and_kwargs`: `(1, 'x', key=2)`, each value by `reprlib.repr`.
fn format_arguments(vm: &mut Vm, args: &Args) -> PResult<String> {
    let mut pieces = Vec::with_capacity(args.positional.len() + args.keywords.len());
    for arg in &args.positional {
        pieces.push(short_repr(vm, arg, LIMITS.level)?);
    }
    for (key, value) in &args.keywords {
        pieces.push(format!("{key}={}", short_repr(vm, value, LIMITS.level)?));
    }
    Ok(format!("({})", pieces.join(", ")))
}

/// `_get_function_source`: where a Python function (seen through `__wrapped__`, and through
/// a `functools.partial`) is defined; nothing for other callables, bound methods included.
fn function_source(vm: &mut Vm, func: &Value) -> PResult<Option<(String, u32)>> {
    let mut func = func.clone();
    // `inspect.unwrap`, which stops at a cycle of `__wrapped__` (here: after a few).
    for _ in 0..100 {
        if let Some(partial) = func.native::<Partial>() {
            func = partial.func.clone();
            continue;
        }
        let wrapped = match &func {
            Value::Function(function) => function.dict.borrow().get("__wrapped__").cloned(),
            _ => None,
        };
        match wrapped {
            Some(inner) => func = inner,
            None => break,
        }
    }
    let Value::Function(function) = &func else {
        return Ok(None);
    };
    let Some(source) = &function.module.source else {
        return Ok(None);
    };
    let line = vm.first_line(&function.code, &function.module);
    Ok(Some((source.name().to_string(), line)))
}

/// Where a coroutine is, for [`format_coroutine`].
pub enum CoroutineAt {
    /// Not started yet: CPython shows the line of its `def`.
    NotStarted,
    /// Suspended at this line.
    Suspended(u32),
    /// Finished (or closed).
    Done,
}

/// `coroutines._format_coroutine` for a Python coroutine: `worker() running at main.py:7`
/// while it can still run, `worker() done, defined at main.py:5` once it is over. One of
/// asyncio's own coroutines is shown where CPython's library has it.
pub fn format_coroutine(vm: &Vm, generator: &Generator, at: CoroutineAt) -> String {
    let file = generator
        .module
        .source
        .as_ref()
        .map_or("?".to_string(), |s| s.name().to_string());
    let first_line = || vm.first_line(&generator.code, &generator.module);
    let (state, line, defined) = match at {
        CoroutineAt::NotStarted => ("running at", first_line(), true),
        CoroutineAt::Suspended(line) => ("running at", line, false),
        CoroutineAt::Done => ("done, defined at", first_line(), true),
    };
    let (file, line) = shown_location(&file, &generator.qualname, line, defined);
    format!("{}() {state} {file}:{line}", generator.qualname)
}

// ----- reprlib.repr, with reprlib.Repr's default limits -----

/// `reprlib.Repr`'s limits (`maxlevel`, `maxlist` for tuples, lists and sets, `maxdict`,
/// `maxstring`, `maxlong`, `maxother`) and what stands for what is left out.
struct Limits {
    level: usize,
    items: usize,
    dict: usize,
    string: usize,
    long: usize,
    other: usize,
}

const LIMITS: Limits = Limits {
    level: 6,
    items: 6,
    dict: 4,
    string: 30,
    long: 40,
    other: 30,
};
const FILL: &str = "...";

/// `reprlib.repr(value)` at `level` levels of nesting left.
fn short_repr(vm: &mut Vm, value: &Value, level: usize) -> PResult<String> {
    match value {
        Value::Str(text) => Ok(short_str(text.as_str())),
        Value::Int(_) | Value::BigInt(_) => Ok(shorten(&vm.repr(value)?, LIMITS.long)),
        Value::Tuple(items) => {
            let items = items.to_vec();
            short_items(vm, &items, level, ("(", ")"), ",")
        }
        Value::List(items) => {
            let items = items.borrow().clone();
            short_items(vm, &items, level, ("[", "]"), "")
        }
        Value::Set(set) => {
            let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
            let (empty, brackets) = if set.frozen {
                ("frozenset()", ("frozenset({", "})"))
            } else {
                ("set()", ("{", "}"))
            };
            if items.is_empty() {
                return Ok(empty.to_string());
            }
            let items = possibly_sorted(vm, items)?;
            short_items(vm, &items, level, brackets, "")
        }
        Value::Dict(dict) => {
            let entries = dict.borrow().items();
            short_dict(vm, entries, level)
        }
        other => Ok(match vm.repr(other) {
            Ok(text) => shorten(&text, LIMITS.other),
            Err(_) => format!(
                "<{} instance at {}>",
                vm.type_name(other),
                super::super::vm::address(other)
            ),
        }),
    }
}

/// `Repr.repr_str`: at most 30 characters of repr, the middle cut out.
fn short_str(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let head: String = chars.iter().take(LIMITS.string).collect();
    let shown = pycore::strings::repr_str(&head);
    if shown.chars().count() <= LIMITS.string {
        return shown;
    }
    let i = (LIMITS.string - FILL.len()) / 2;
    let j = LIMITS.string - FILL.len() - i;
    let kept: String = chars[..i.min(chars.len())]
        .iter()
        .chain(chars[chars.len().saturating_sub(j)..].iter())
        .collect();
    shorten_to(&pycore::strings::repr_str(&kept), i, j)
}

/// A repr longer than `limit` characters, its middle replaced by `...`.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let i = (limit - FILL.len()) / 2;
    let j = limit - FILL.len() - i;
    shorten_to(text, i, j)
}

/// The first `i` and the last `j` characters of `text`, joined by `...`.
fn shorten_to(text: &str, i: usize, j: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let head: String = chars[..i.min(chars.len())].iter().collect();
    let tail: String = chars[chars.len().saturating_sub(j)..].iter().collect();
    format!("{head}{FILL}{tail}")
}

/// `Repr._repr_iterable`: at most six items, `...` for the rest and for what is nested too
/// deep.
fn short_items(
    vm: &mut Vm,
    items: &[Value],
    level: usize,
    (left, right): (&str, &str),
    trail: &str,
) -> PResult<String> {
    if level == 0 && !items.is_empty() {
        return Ok(format!("{left}{FILL}{right}"));
    }
    let mut pieces = Vec::new();
    for item in items.iter().take(LIMITS.items) {
        pieces.push(short_repr(vm, item, level - 1)?);
    }
    if items.len() > LIMITS.items {
        pieces.push(FILL.to_string());
    }
    let trail = if items.len() == 1 { trail } else { "" };
    Ok(format!("{left}{}{trail}{right}", pieces.join(", ")))
}

/// `Repr.repr_dict`: at most four entries, keys sorted when they can be.
fn short_dict(vm: &mut Vm, entries: Vec<(Value, Value)>, level: usize) -> PResult<String> {
    if entries.is_empty() {
        return Ok("{}".to_string());
    }
    if level == 0 {
        return Ok(format!("{{{FILL}}}"));
    }
    let keys = possibly_sorted(vm, entries.iter().map(|(k, _)| k.clone()).collect())?;
    let mut pieces = Vec::new();
    for key in keys.iter().take(LIMITS.dict) {
        let Some((_, value)) = entries.iter().find(|(k, _)| k.is(key)) else {
            continue;
        };
        let value = value.clone();
        let key_shown = short_repr(vm, key, level - 1)?;
        let value_shown = short_repr(vm, &value, level - 1)?;
        pieces.push(format!("{key_shown}: {value_shown}"));
    }
    if entries.len() > LIMITS.dict {
        pieces.push(FILL.to_string());
    }
    Ok(format!("{{{}}}", pieces.join(", ")))
}

/// `reprlib._possibly_sorted`: sorted if the items compare, else as they are.
fn possibly_sorted(vm: &mut Vm, items: Vec<Value>) -> PResult<Vec<Value>> {
    match sort_values(vm, items.clone(), None, false) {
        Ok(sorted) => Ok(sorted),
        Err(super::super::Flow::Exception(_)) => Ok(items),
        Err(abort) => Err(abort),
    }
}
