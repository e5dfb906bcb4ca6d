//! The builtin functions: `print`, `len`, `sorted`, `isinstance`, ... with CPython's
//! argument handling and messages.

use std::rc::Rc;

use super::super::core_error::OrRaise;
use super::super::ops::{self, from_int, to_int};
use super::super::value::{Args, Iter, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::{add_function, arg, arity, expect_str, no_keywords, only_keywords};
use crate::python::ast::BinaryOp;
use crate::python::bytecode::Comparison;
use pycore::int::PyInt;

pub fn install(vm: &mut Vm) {
    let builtins = vm.builtins.clone();
    let mut dict = builtins.dict.borrow_mut();
    let table: &[(&str, super::super::value::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("aiter", aiter),
        ("anext", anext),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("locals", locals),
        ("input", input),
        ("open", open),
        ("__build_class__", build_class),
    ];
    for (name, func) in table {
        add_function(&mut dict, name, *func);
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "print", &args, &["sep", "end", "file", "flush"])?;
    let separator = text_option(vm, args.take_keyword("sep"), " ", "sep")?;
    let end = text_option(vm, args.take_keyword("end"), "\n", "end")?;
    let file = args.take_keyword("file").unwrap_or(Value::None);
    args.take_keyword("flush");
    let mut parts = Vec::with_capacity(args.positional.len());
    for value in &args.positional {
        parts.push(vm.str(value)?);
    }
    let text = parts.join(&separator);
    if file.is_none() {
        vm.print(&text, &end);
    } else {
        // Only `sys.stderr`-like objects with a `write` method are supported.
        let write = vm.getattr(&file, "write")?;
        vm.call(&write, vec![Value::str(format!("{text}{end}"))])?;
    }
    Ok(Value::None)
}

fn text_option(vm: &mut Vm, value: Option<Value>, default: &str, what: &str) -> PResult<String> {
    match value {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => {
            let name = vm.type_name(&other);
            Err(vm.type_error(format!("{what} must be None or a string, not {name}")))
        }
    }
}

fn len(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    no_keywords(vm, "len", &args)?;
    arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.positional[0])? as i64))
}

fn repr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    no_keywords(vm, "repr", &args)?;
    arity(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&args.positional[0])?))
}

fn ascii(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "ascii", &args, 1, 1)?;
    Ok(Value::str(super::strs::ascii_of(vm, &args.positional[0])?))
}

pub(crate) fn abs(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "abs", &args, 1, 1)?;
    let value = &args.positional[0];
    if let Some(int) = to_int(value) {
        return Ok(from_int(int.abs()));
    }
    if let Value::Float(x) = value {
        return Ok(Value::Float(x.abs()));
    }
    match vm.call_special(value, "__abs__", Vec::new())? {
        Some(result) => Ok(result),
        None => {
            let name = vm.type_name(value);
            Err(vm.type_error(format!("bad operand type for abs(): '{name}'")))
        }
    }
}

fn all(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "all", &args, 1, 1)?;
    let iterator = vm.iter(&args.positional[0])?;
    while let Some(item) = vm.next(&iterator)? {
        if !vm.truthy(&item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "any", &args, 1, 1)?;
    let iterator = vm.iter(&args.positional[0])?;
    while let Some(item) = vm.next(&iterator)? {
        if vm.truthy(&item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `sum(iterable, /, start=0)`, with CPython 3.12's compensated float summation.
fn sum(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "sum", &args, &["start"])?;
    let start = args
        .take_keyword("start")
        .or_else(|| args.positional.get(1).cloned());
    arity(vm, "sum", &args, 1, 2)?;
    let mut result = start.unwrap_or(Value::Int(0));
    if let Value::Str(_) = &result {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let iterator = vm.iter(&args.positional[0])?;
    // Ints: exact, as long as items are ints.
    if let Some(mut total) = to_int(&result) {
        let first_other = loop {
            let Some(item) = vm.next(&iterator)? else {
                return Ok(from_int(total));
            };
            match to_int(&item) {
                Some(int) => total = total.add(&int),
                None => break item,
            }
        };
        result = ops::binary(vm, BinaryOp::Add, &from_int(total), &first_other, false)?;
    }
    if let Value::Float(start) = result {
        let mut total = start;
        let mut compensation = 0.0f64;
        loop {
            let Some(item) = vm.next(&iterator)? else {
                if compensation != 0.0 && compensation.is_finite() {
                    total += compensation;
                }
                return Ok(Value::Float(total));
            };
            match &item {
                Value::Float(x) => {
                    let x = *x;
                    let t = total + x;
                    if total.abs() >= x.abs() {
                        compensation += (total - t) + x;
                    } else {
                        compensation += (x - t) + total;
                    }
                    total = t;
                }
                other if to_int(other).and_then(|i| i.to_i64()).is_some() => {
                    total += to_int(other).and_then(|i| i.to_i64()).expect("checked") as f64;
                }
                _ => {
                    if compensation != 0.0 && compensation.is_finite() {
                        total += compensation;
                    }
                    result = ops::binary(vm, BinaryOp::Add, &Value::Float(total), &item, false)?;
                    break;
                }
            }
        }
    }
    while let Some(item) = vm.next(&iterator)? {
        result = ops::binary(vm, BinaryOp::Add, &result, &item, false)?;
    }
    Ok(result)
}

/// `a < b` for sorting and `min`/`max`.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let result = ops::compare(vm, Comparison::Lt, a, b)?;
            vm.truthy(&result)
        }
    }
}

fn min(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    min_max(vm, this, args, "min", false)
}

fn max(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    min_max(vm, this, args, "max", true)
}

fn min_max(
    vm: &mut Vm,
    _this: Option<&Value>,
    mut args: Args,
    name: &str,
    want_max: bool,
) -> PResult<Value> {
    only_keywords(vm, name, &args, &["key", "default"])?;
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let default = args.take_keyword("default");
    let items = match args.positional.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.positional[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.positional
        }
    };
    if items.is_empty() {
        return match default {
            Some(default) => Ok(default),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(key) => vm.call(key, vec![best.clone()])?,
        None => best.clone(),
    };
    for item in items.into_iter().skip(1) {
        let item_key = match &key {
            Some(key) => vm.call(key, vec![item.clone()])?,
            None => item.clone(),
        };
        let better = if want_max {
            less_than(vm, &best_key, &item_key)?
        } else {
            less_than(vm, &item_key, &best_key)?
        };
        if better {
            best = item;
            best_key = item_key;
        }
    }
    Ok(best)
}

/// A stable merge sort whose comparisons may run Python code (and fail).
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PResult<Vec<Value>> {
    let keys = match key {
        Some(key) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                keys.push(vm.call(key, vec![item.clone()])?);
            }
            keys
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut buffer = order.clone();
    merge_sort(vm, &keys, &mut order, &mut buffer, reverse)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

fn merge_sort(
    vm: &mut Vm,
    keys: &[Value],
    order: &mut [usize],
    buffer: &mut [usize],
    reverse: bool,
) -> PResult<()> {
    let n = order.len();
    if n <= 1 {
        return Ok(());
    }
    // Insertion sort for short runs: fewer comparisons than merging.
    if n <= 8 {
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let (a, b) = (&keys[order[j]], &keys[order[j - 1]]);
                let before = if reverse {
                    less_than(vm, b, a)?
                } else {
                    less_than(vm, a, b)?
                };
                if !before {
                    break;
                }
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let middle = n / 2;
    {
        let (left, right) = order.split_at_mut(middle);
        let (left_buffer, right_buffer) = buffer.split_at_mut(middle);
        merge_sort(vm, keys, left, left_buffer, reverse)?;
        merge_sort(vm, keys, right, right_buffer, reverse)?;
    }
    buffer[..n].copy_from_slice(order);
    let (mut i, mut j, mut k) = (0, middle, 0);
    while i < middle && j < n {
        let (a, b) = (&keys[buffer[j]], &keys[buffer[i]]);
        // Take from the right only when strictly before: keeps equal items in order.
        let right_first = if reverse {
            less_than(vm, b, a)?
        } else {
            less_than(vm, a, b)?
        };
        if right_first {
            order[k] = buffer[j];
            j += 1;
        } else {
            order[k] = buffer[i];
            i += 1;
        }
        k += 1;
    }
    while i < middle {
        order[k] = buffer[i];
        i += 1;
        k += 1;
    }
    while j < n {
        order[k] = buffer[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn sorted(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "sorted", &args, &["key", "reverse"])?;
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let reverse = match args.take_keyword("reverse") {
        Some(value) => vm.truthy(&value)?,
        None => false,
    };
    if args.positional.len() != 1 {
        let given = args.positional.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {given}")));
    }
    let items = vm.collect(&args.positional[0])?;
    Ok(Value::list(sort_values(vm, items, key.as_ref(), reverse)?))
}

fn reversed(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    no_keywords(vm, "reversed", &args)?;
    arity(vm, "reversed", &args, 1, 1)?;
    let sequence = args.positional[0].clone();
    let length = match &sequence {
        Value::List(items) => items.borrow().len(),
        Value::Tuple(items) => items.len(),
        Value::Str(text) => text.char_len(),
        Value::Range(range) => range.len(),
        other => {
            if let Some(result) = vm.call_special(other, "__reversed__", Vec::new())? {
                return Ok(result);
            }
            if vm.special_method(other, "__len__").is_some()
                && vm.special_method(other, "__getitem__").is_some()
            {
                let length = vm.len(other)?;
                let mut items = Vec::with_capacity(length);
                for index in (0..length).rev() {
                    items.push(vm.getitem(other, &Value::Int(index as i64))?);
                }
                return Ok(vm.new_iterator(Iter::Seq {
                    items: Value::list(items),
                    index: 0,
                }));
            }
            let name = vm.type_name(other);
            return Err(vm.type_error(format!("'{name}' object is not reversible")));
        }
    };
    Ok(vm.new_iterator(Iter::Reversed {
        items: sequence,
        index: length,
    }))
}

fn enumerate(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "enumerate", &args, &["iterable", "start"])?;
    let Some(iterable) = arg(&mut args, 0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = arg(&mut args, 1, "start").unwrap_or(Value::Int(0));
    if to_int(&start).is_none() {
        let name = vm.type_name(&start);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    }
    let inner = vm.iter(&iterable)?;
    Ok(vm.new_iterator(Iter::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "zip", &args, &["strict"])?;
    let strict = match args.take_keyword("strict") {
        Some(value) => vm.truthy(&value)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.positional.len());
    for iterable in &args.positional {
        inners.push(vm.iter(iterable)?);
    }
    Ok(vm.new_iterator(Iter::Zip { inners, strict }))
}

fn map(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    no_keywords(vm, "map", &args)?;
    if args.positional.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.positional[0].clone();
    let mut inners = Vec::new();
    for iterable in &args.positional[1..] {
        inners.push(vm.iter(iterable)?);
    }
    Ok(vm.new_iterator(Iter::Map { func, inners }))
}

fn filter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    no_keywords(vm, "filter", &args)?;
    arity(vm, "filter", &args, 2, 2)?;
    let func = args.positional[0].clone();
    let inner = vm.iter(&args.positional[1])?;
    Ok(vm.new_iterator(Iter::Filter { func, inner }))
}

/// The classes of `isinstance`'s second argument (a class, or a tuple of them).
fn class_list(
    vm: &mut Vm,
    spec: &Value,
    function: &str,
) -> PResult<Vec<Rc<super::super::value::Class>>> {
    match spec {
        Value::Class(class) => Ok(vec![class.clone()]),
        Value::Tuple(items) => {
            let mut classes = Vec::new();
            for item in items.iter() {
                classes.extend(class_list(vm, item, function)?);
            }
            Ok(classes)
        }
        Value::None => Ok(vec![vm.types.none.clone()]),
        Value::Native(_) if let Some(union) = spec.native::<super::generic_alias::UnionType>() => {
            let mut classes = Vec::new();
            for item in union.args.clone() {
                classes.extend(class_list(vm, &item, function)?);
            }
            Ok(classes)
        }
        _ => Err(vm.type_error(format!(
            "{function}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "isinstance", &args, 2, 2)?;
    let classes = class_list(vm, &args.positional[1], "isinstance")?;
    let class = vm.class_of(&args.positional[0]);
    Ok(Value::Bool(classes.iter().any(|c| class.is_subclass_of(c))))
}

fn issubclass(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(class) = &args.positional[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_list(vm, &args.positional[1], "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|c| class.is_subclass_of(c))))
}

fn id(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "id", &args, 1, 1)?;
    let value = &args.positional[0];
    Ok(Value::Int(match value.address() {
        Some(address) => address as i64,
        // Immediate values: a stable number derived from the value.
        None => vm.hash(value).unwrap_or(0).wrapping_mul(31) & 0x7fff_ffff_ffff,
    }))
}

fn hash(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.positional[0])?))
}

fn iter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "iter", &args, 1, 2)?;
    if args.positional.len() == 2 {
        let func = args.positional[0].clone();
        if !is_callable(vm, &func) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iterator(Iter::Callable {
            func,
            sentinel: args.positional[1].clone(),
        }));
    }
    vm.iter(&args.positional[0])
}

fn next(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "next", &args, 1, 2)?;
    let iterator = &args.positional[0];
    let is_iterator = matches!(iterator, Value::Iterator(_))
        || matches!(iterator, Value::Generator(g) if g.kind == super::super::value::GenKind::Generator)
        || vm.special_method(iterator, "__next__").is_some();
    if !is_iterator {
        let name = vm.type_name(iterator);
        return Err(vm.type_error(format!("'{name}' object is not an iterator")));
    }
    // A generator's return value travels in its StopIteration.
    if let Value::Generator(generator) = iterator {
        return match vm.resume_generator(generator, super::super::vm::Resume::Next)? {
            super::super::vm::GenResult::Yielded(value) => Ok(value),
            super::super::vm::GenResult::Returned(value) => match args.positional.get(1) {
                Some(default) => Ok(default.clone()),
                None => {
                    let class = vm.types.exception("StopIteration");
                    let stop_args = if value.is_none() {
                        Vec::new()
                    } else {
                        vec![value]
                    };
                    Err(Flow::Exception(vm.new_exception(class, stop_args)))
                }
            },
        };
    }
    match vm.next(iterator)? {
        Some(value) => Ok(value),
        None => match args.positional.get(1) {
            Some(default) => Ok(default.clone()),
            None => {
                let class = vm.types.exception("StopIteration");
                Err(Flow::Exception(vm.new_exception(class, Vec::new())))
            }
        },
    }
}

fn aiter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "aiter", &args, 1, 1)?;
    let object = &args.positional[0];
    if matches!(object, Value::Generator(g) if g.kind == super::super::value::GenKind::AsyncGenerator)
    {
        return Ok(object.clone());
    }
    match vm.call_special(object, "__aiter__", Vec::new())? {
        Some(iterator) => Ok(iterator),
        None => {
            let name = vm.type_name(object);
            Err(vm.type_error(format!("'{name}' object is not an async iterable")))
        }
    }
}

fn anext(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "anext", &args, 1, 2)?;
    let iterator = args.positional[0].clone();
    let is_async_iterator = matches!(&iterator, Value::Generator(g) if g.kind == super::super::value::GenKind::AsyncGenerator)
        || vm.special_method(&iterator, "__anext__").is_some();
    if !is_async_iterator {
        let name = vm.type_name(&iterator);
        return Err(vm.type_error(format!("'{name}' object is not an async iterator")));
    }
    let awaitable = vm.anext(&iterator)?;
    match args.positional.get(1) {
        None => Ok(awaitable),
        Some(default) => {
            // CPython returns an awaitable that turns StopAsyncIteration into the default;
            // a small coroutine of Looplab's library does the same.
            let helper = crate::runtime::modules::library_function(
                vm,
                "<builtins>",
                ANEXT_DEFAULT,
                "anext_default",
            )?;
            vm.call(&helper, vec![awaitable, default.clone()])
        }
    }
}

const ANEXT_DEFAULT: &str = "\
async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
";

fn getattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "getattr", &args, 2, 3)?;
    let name = match &args.positional[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    match args.positional.get(2) {
        Some(default) => match vm.getattr(&args.positional[0], name.as_str()) {
            Ok(value) => Ok(value),
            Err(Flow::Exception(e)) if vm.is_exception(&e, "AttributeError") => Ok(default.clone()),
            Err(error) => Err(error),
        },
        None => vm.getattr(&args.positional[0], name.as_str()),
    }
}

fn setattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "setattr", &args, 3, 3)?;
    let name = match &args.positional[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    vm.setattr(
        &args.positional[0],
        name.as_str(),
        args.positional[2].clone(),
    )?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "hasattr", &args, 2, 2)?;
    let name = match &args.positional[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    Ok(Value::Bool(vm.hasattr(&args.positional[0], name.as_str())?))
}

fn delattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "delattr", &args, 2, 2)?;
    let name = match &args.positional[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    vm.delattr(&args.positional[0], name.as_str())?;
    Ok(Value::None)
}

pub fn is_callable(vm: &mut Vm, value: &Value) -> bool {
    match value {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        other => vm.class_of(other).lookup("__call__").is_some(),
    }
}

fn callable(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.positional[0])))
}

/// `round(number, ndigits=None)`: half to even, as CPython rounds.
fn round(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "round", &args, &["number", "ndigits"])?;
    let Some(number) = arg(&mut args, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = arg(&mut args, 1, "ndigits").filter(|n| !n.is_none());
    match (&number, ndigits) {
        (Value::Float(x), None) => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
            }
            let rounded = pycore::format::round_half_even(*x);
            let int = PyInt::from_f64(rounded).or_raise(vm)?;
            Ok(from_int(int))
        }
        (Value::Float(x), Some(digits)) => {
            let Some(digits) = to_int(&digits) else {
                let name = vm.type_name(&digits);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            };
            let digits = digits.to_i64_clamped();
            let rounded = pycore::format::round_float(*x, digits).or_raise(vm)?;
            Ok(Value::Float(rounded))
        }
        (other, digits) if to_int(other).is_some() => {
            let int = to_int(other).expect("an int");
            match digits {
                None => Ok(from_int(int)),
                Some(digits) => {
                    let Some(digits) = to_int(&digits) else {
                        let name = vm.type_name(&digits);
                        return Err(vm.type_error(format!(
                            "'{name}' object cannot be interpreted as an integer"
                        )));
                    };
                    Ok(from_int(int.round_ndigits(&digits)))
                }
            }
        }
        (other, digits) => {
            let extra = digits.map(|d| vec![d]).unwrap_or_default();
            match vm.call_special(other, "__round__", extra)? {
                Some(result) => Ok(result),
                None => {
                    let name = vm.type_name(other);
                    Err(vm.type_error(format!("type {name} doesn't define __round__ method")))
                }
            }
        }
    }
}

pub(crate) fn divmod(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    if let (Some(x), Some(y)) = (to_int(a), to_int(b)) {
        let (q, r) = x.divmod(&y).or_raise(vm)?;
        return Ok(Value::tuple(vec![from_int(q), from_int(r)]));
    }
    let floor = ops::binary(vm, BinaryOp::FloorDiv, a, b, false);
    match floor {
        Ok(quotient) => {
            let remainder = ops::binary(vm, BinaryOp::Mod, a, b, false)?;
            Ok(Value::tuple(vec![quotient, remainder]))
        }
        Err(error) => {
            if vm.flow_is(&error, "TypeError") {
                if let Some(result) = vm.call_special(a, "__divmod__", vec![b.clone()])? {
                    return Ok(result);
                }
                let (x, y) = (vm.type_name(a), vm.type_name(b));
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
                )));
            }
            Err(error)
        }
    }
}

pub(crate) fn pow(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    only_keywords(vm, "pow", &args, &["base", "exp", "mod"])?;
    let base = arg(&mut args, 0, "base");
    let exp = arg(&mut args, 1, "exp");
    let modulus = arg(&mut args, 2, "mod").filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None => ops::binary(vm, BinaryOp::Pow, &base, &exp, false),
        Some(modulus) => match (to_int(&base), to_int(&exp), to_int(&modulus)) {
            (Some(b), Some(e), Some(m)) => {
                let result = b.pow_mod(&e, &m).or_raise(vm)?;
                Ok(from_int(result))
            }
            _ => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
        },
    }
}

fn chr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "chr", &args, 1, 1)?;
    let Some(code) = to_int(&args.positional[0]) else {
        let name = vm.type_name(&args.positional[0]);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    };
    match code.to_i64() {
        Some(code) if (0..=0x10ffff).contains(&code) => match char::from_u32(code as u32) {
            Some(c) => Ok(Value::str(c.to_string())),
            // Lone surrogates cannot be represented; CPython makes a str that cannot be encoded.
            None => Ok(Value::str('\u{fffd}'.to_string())),
        },
        Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.error("OverflowError", "Python int too large to convert to C int")),
    }
}

fn ord(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "ord", &args, 1, 1)?;
    match &args.positional[0] {
        Value::Str(text) => {
            let length = text.char_len();
            if length != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {length} found"
                )));
            }
            Ok(Value::Int(
                text.as_str().chars().next().map_or(0, |c| c as i64),
            ))
        }
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {name} found"
            )))
        }
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32) -> PResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let value = &args.positional[0];
    let int = match to_int(value) {
        Some(int) => int,
        None => match vm
            .call_special(value, "__index__", Vec::new())?
            .as_ref()
            .and_then(to_int)
        {
            Some(int) => int,
            None => {
                let type_name = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "'{type_name}' object cannot be interpreted as an integer"
                )));
            }
        },
    };
    Ok(Value::str(int.to_string_radix(base, true)))
}

fn hex(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    radix(vm, &args, "hex", 16)
}

fn oct(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    radix(vm, &args, "oct", 8)
}

fn bin(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    radix(vm, &args, "bin", 2)
}

fn format(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.positional.get(1) {
        Some(spec) => expect_str(vm, spec, "format() argument 2")?
            .as_str()
            .to_string(),
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args.positional[0], &spec)?))
}

fn namespace_dict(vm: &mut Vm, namespace: &super::super::value::Namespace) -> PResult<Value> {
    let dict = vm.new_dict();
    let items: Vec<(Rc<str>, Value)> = namespace
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (key, value) in items {
        vm.dict_set(&dict, Value::str(key.to_string()), value)?;
    }
    Ok(dict)
}

fn vars(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "vars", &args, 0, 1)?;
    match args.positional.first() {
        None => locals(vm, None, Args::default()),
        Some(object) => match vm.getattr_opt(object, "__dict__")? {
            Some(dict) => Ok(dict),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "dir", &args, 0, 1)?;
    match args.positional.first() {
        None => {
            let namespace = match vm.frames.last() {
                Some(frame) => {
                    let mut names: Vec<String> = match &frame.locals {
                        Some(locals) => locals.borrow().keys().map(|k| k.to_string()).collect(),
                        None if frame.function.is_some() => frame
                            .code
                            .varnames
                            .iter()
                            .zip(frame.fast.iter())
                            .filter(|(_, v)| v.is_some())
                            .map(|(k, _)| k.to_string())
                            .collect(),
                        None => frame
                            .module
                            .dict
                            .borrow()
                            .keys()
                            .map(|k| k.to_string())
                            .collect(),
                    };
                    names.sort();
                    names
                }
                None => Vec::new(),
            };
            Ok(Value::list(namespace.into_iter().map(Value::str).collect()))
        }
        Some(object) => {
            if let Value::Module(module) = object {
                let mut names: Vec<String> =
                    module.dict.borrow().keys().map(|k| k.to_string()).collect();
                names.sort();
                return Ok(Value::list(names.into_iter().map(Value::str).collect()));
            }
            let names = vm
                .call_special(object, "__dir__", Vec::new())?
                .unwrap_or(Value::list(Vec::new()));
            let items = vm.collect(&names)?;
            Ok(Value::list(super::functions::sort_values(
                vm, items, None, false,
            )?))
        }
    }
}

fn globals(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "globals", &args, 0, 0)?;
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    let module = frame.module.clone();
    let namespace = module.dict.borrow().clone();
    namespace_dict(vm, &namespace)
}

fn locals(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "locals", &args, 0, 0)?;
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    if let Some(locals) = &frame.locals {
        let namespace = locals.borrow().clone();
        return namespace_dict(vm, &namespace);
    }
    if frame.function.is_none() {
        let module = frame.module.clone();
        let namespace = module.dict.borrow().clone();
        return namespace_dict(vm, &namespace);
    }
    let pairs: Vec<(Rc<str>, Value)> = frame
        .code
        .varnames
        .iter()
        .zip(frame.fast.iter())
        .filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v)))
        .collect();
    let dict = vm.new_dict();
    for (key, value) in pairs {
        vm.dict_set(&dict, Value::str(key.to_string()), value)?;
    }
    Ok(dict)
}

fn input(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Err(vm.error(
        "EOFError",
        "EOF when reading a line (Looplab programs have no keyboard input; put the data in the program)",
    ))
}

fn open(vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Err(vm.error(
        "NotImplementedError",
        "open() is not supported by Looplab yet: programs run without a file system",
    ))
}

/// `__build_class__(body, name, *bases, **keywords)`: runs the class body, then makes the
/// class (and fills the `__class__` cell that `super()` reads).
fn build_class(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    if args.positional.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = args.positional.remove(0);
    let name = expect_str(vm, &args.positional.remove(0), "__build_class__: name")?;
    let bases = std::mem::take(&mut args.positional);
    if let Some(metaclass) = args.take_keyword("metaclass") {
        let is_type = matches!(&metaclass, Value::Class(c) if Rc::ptr_eq(c, &vm.types.type_));
        if !is_type {
            return Err(vm.error(
                "NotImplementedError",
                "metaclasses are not supported by Looplab yet",
            ));
        }
    }
    let Value::Function(function) = &body else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    // The body runs as a function whose locals are the class namespace.
    let namespace = Rc::new(std::cell::RefCell::new(
        super::super::value::Namespace::new(),
    ));
    let module_name = function.module.name.clone();
    namespace
        .borrow_mut()
        .insert(Rc::from("__module__"), Value::str(module_name.to_string()));
    namespace.borrow_mut().insert(
        Rc::from("__qualname__"),
        Value::str(function.code.qualname.to_string()),
    );
    let cell = vm.run_class_body(function, namespace.clone())?;
    let mut dict = namespace.borrow().clone();
    let qualname = match dict.remove("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        _ => name.as_str().to_string(),
    };
    let class = super::object::new_class(vm, name.as_str(), &qualname, bases, dict, &module_name)?;
    vm.invalidate_class_caches();
    if let Some(Value::Cell(cell)) = cell {
        *cell.value.borrow_mut() = Some(Value::Class(class.clone()));
    }
    super::object::call_set_names(vm, &class, &function.code.names)?;
    // `__init_subclass__` of the bases.
    if let Some(parent) = class.mro.first().cloned()
        && let Some(hook @ Value::Function(_)) = parent.lookup("__init_subclass__")
    {
        let hook = match hook.native::<super::descriptors::ClassMethod>() {
            Some(method) => method.func.clone(),
            None => hook,
        };
        let bound = vm.bind(hook, Value::Class(class.clone()));
        vm.call_with(&bound, args)?;
    }
    Ok(Value::Class(class))
}
