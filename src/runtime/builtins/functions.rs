//! The builtin functions: `print`, `len`, `sorted`, `isinstance`, ... with CPython's
//! argument handling and messages.

use std::rc::Rc;

use super::super::core_error::OrRaise;
use super::super::ops::{self, from_int, to_int};
use super::super::value::{Args, Iter, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::signature::{Bound, Convention, Param, Signature, keywords_apart};
use super::{add_function, expect_str};
use crate::python::ast::BinaryOp;
use crate::python::bytecode::Comparison;
use pycore::int::PyInt;
use pycore::surrogates;

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
    super::set_fast(&mut dict, "len", len_fast);
    super::set_fast(&mut dict, "isinstance", isinstance_fast);
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // CPython's parser for `*objects` does not count the keywords first, as Argument Clinic
    // otherwise does: only more than four keywords, one of them unknown, read differently.
    const PRINT_KEYWORDS: Signature<0, 4> = Signature::new(
        "print",
        Convention::Clinic,
        [],
        [
            Param::keyword_only("sep"),
            Param::keyword_only("end"),
            Param::keyword_only("file"),
            Param::keyword_only("flush"),
        ],
    );
    let (objects, keywords) = keywords_apart(args);
    // Output is never buffered here, so `flush` changes nothing.
    let Bound {
        optional: [separator, end, file, _flush],
        ..
    } = PRINT_KEYWORDS.bind(vm, keywords)?;
    let separator = text_option(vm, separator, " ", "sep")?;
    let end = text_option(vm, end, "\n", "end")?;
    // To `sys.stdout`, as to no file: a print the program's output and trace show.
    let file = file.filter(|file| !crate::runtime::modules::sys::is_stdout(file));
    let file = file.unwrap_or(Value::None);
    let mut parts = Vec::with_capacity(objects.positional.len());
    for value in &objects.positional {
        parts.push(vm.str(value)?);
    }
    let text = parts.join(&separator);
    if file.is_none() {
        if surrogates::contains_surrogate(&text) || surrogates::contains_surrogate(&end) {
            return print_unencodable(vm, &parts, &separator, &end);
        }
        vm.print(&text, &end);
    } else {
        // Only `sys.stderr`-like objects with a `write` method are supported.
        let write = vm.getattr(&file, "write")?;
        vm.call(&write, vec![Value::str(format!("{text}{end}"))])?;
    }
    Ok(Value::None)
}

/// `print` of text with a lone surrogate to stdout, which encodes to UTF-8 each piece as it
/// is written (every object, separator and the end, in turn): the first piece holding one
/// raises `UnicodeEncodeError` (its positions counted in that piece), and what was written
/// before it stays printed, as in CPython.
fn print_unencodable(vm: &mut Vm, parts: &[String], separator: &str, end: &str) -> PResult<Value> {
    let mut pieces = Vec::with_capacity(parts.len() * 2 + 1);
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            pieces.push(separator);
        }
        pieces.push(part.as_str());
    }
    pieces.push(end);
    let mut written = String::new();
    for piece in pieces {
        if let Err(error) = vm.check_encodes_to_utf8(piece) {
            if !written.is_empty() {
                vm.print(&written, "");
            }
            return Err(error);
        }
        written.push_str(piece);
    }
    // Every piece encodes after all.
    vm.print(&parts.join(separator), end);
    Ok(Value::None)
}

fn text_option(vm: &mut Vm, value: Option<Value>, default: &str, what: &str) -> PResult<String> {
    match &value {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("{what} must be None or a string, not {name}")))
        }
    }
}

/// `len(obj)`'s quick form.
fn len_fast(vm: &mut Vm, _this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
    let [obj] = args else { return None };
    Some(vm.len(obj).map(|len| Value::Int(len as i64)))
}

fn len(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const LEN: Signature<1, 0> = Signature::new(
        "len",
        Convention::Fixed,
        [Param::positional_only("obj")],
        [],
    );
    let Bound {
        required: [obj], ..
    } = LEN.bind(vm, args)?;
    Ok(Value::Int(vm.len(&obj)? as i64))
}

fn repr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const REPR: Signature<1, 0> = Signature::new(
        "repr",
        Convention::Fixed,
        [Param::positional_only("obj")],
        [],
    );
    let Bound {
        required: [obj], ..
    } = REPR.bind(vm, args)?;
    Ok(Value::str(vm.repr(&obj)?))
}

fn ascii(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ASCII: Signature<1, 0> = Signature::new(
        "ascii",
        Convention::Fixed,
        [Param::positional_only("obj")],
        [],
    );
    let Bound {
        required: [obj], ..
    } = ASCII.bind(vm, args)?;
    Ok(Value::str(super::strs::ascii_of(vm, &obj)?))
}

pub(crate) fn abs(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ABS: Signature<1, 0> =
        Signature::new("abs", Convention::Fixed, [Param::positional_only("x")], []);
    let Bound { required: [x], .. } = ABS.bind(vm, args)?;
    let value = &x;
    if let Some(int) = to_int(value) {
        return Ok(from_int(int.abs()));
    }
    if let Value::Float(x) = value {
        return Ok(Value::Float(x.abs()));
    }
    if let Value::Native(_) = value
        && let Some(z) = super::complex::as_complex(value)
    {
        return super::complex::absolute(vm, z);
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
    const ALL: Signature<1, 0> = Signature::new(
        "all",
        Convention::Fixed,
        [Param::positional_only("iterable")],
        [],
    );
    let Bound {
        required: [iterable],
        ..
    } = ALL.bind(vm, args)?;
    let iterator = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&iterator)? {
        if !vm.truthy(&item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ANY: Signature<1, 0> = Signature::new(
        "any",
        Convention::Fixed,
        [Param::positional_only("iterable")],
        [],
    );
    let Bound {
        required: [iterable],
        ..
    } = ANY.bind(vm, args)?;
    let iterator = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&iterator)? {
        if vm.truthy(&item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `sum(iterable, /, start=0)`, with CPython 3.12's compensated float summation.
fn sum(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const SUM: Signature<1, 1> = Signature::new(
        "sum",
        Convention::Clinic,
        [Param::positional_only("iterable")],
        [Param::new("start")],
    );
    let Bound {
        required: [iterable],
        optional: [start],
        ..
    } = SUM.bind(vm, args)?;
    let mut result = start.unwrap_or(Value::Int(0));
    if let Value::Str(_) = &result {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let iterator = vm.iter(&iterable)?;
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
                other if let Some(small) = to_int(other).and_then(|i| i.to_i64()) => {
                    total += small as f64;
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
        (Value::Str(x), Value::Str(y)) => Ok(surrogates::compare(x.as_str(), y.as_str()).is_lt()),
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
    args: Args,
    name: &'static str,
    want_max: bool,
) -> PResult<Value> {
    // CPython counts the positional arguments, then parses the keywords on their own.
    let positional = Signature::new(
        name,
        Convention::Variadic,
        [Param::positional_only("iterable")],
        [],
    );
    let keywords = Signature::new(
        name,
        Convention::Clinic,
        [],
        [Param::keyword_only("key"), Param::keyword_only("default")],
    );
    let (args, keyword_args) = keywords_apart(args);
    let Bound {
        required: [first],
        rest,
        ..
    } = positional.bind(vm, args)?;
    let Bound {
        optional: [key, default],
        ..
    } = keywords.bind(vm, keyword_args)?;
    let key = key.filter(|k| !k.is_none());
    let items = if rest.is_empty() {
        vm.collect(&first)?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        std::iter::once(first).chain(rest).collect()
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
        // As CPython: `item > best` for max (so its TypeError names '>'), `item < best` for
        // min.
        let better = if want_max {
            match (&best_key, &item_key) {
                (Value::Int(_), Value::Int(_))
                | (Value::Float(_), Value::Float(_))
                | (Value::Str(_), Value::Str(_)) => less_than(vm, &best_key, &item_key)?,
                _ => {
                    let result = ops::compare(vm, Comparison::Gt, &item_key, &best_key)?;
                    vm.truthy(&result)?
                }
            }
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

fn sorted(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // CPython's `sorted` counts its positional arguments, then passes the keywords on to
    // `list.sort`, whose parser words the errors about them.
    const SORTED: Signature<1, 0> = Signature::new(
        "sorted",
        Convention::Unpack,
        [Param::positional_only("iterable")],
        [],
    );
    let (args, keywords) = keywords_apart(args);
    let Bound {
        required: [iterable],
        ..
    } = SORTED.bind(vm, args)?;
    let Bound {
        optional: [key, reverse],
        ..
    } = super::sequences::LIST_SORT.bind(vm, keywords)?;
    let key = key.filter(|k| !k.is_none());
    let reverse = match reverse {
        Some(value) => vm.truthy(&value)?,
        None => false,
    };
    let items = vm.collect(&iterable)?;
    Ok(Value::list(sort_values(vm, items, key.as_ref(), reverse)?))
}

fn reversed(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const REVERSED: Signature<1, 0> = Signature::new(
        "reversed",
        Convention::Unpack,
        [Param::positional_only("sequence")],
        [],
    );
    let Bound {
        required: [sequence],
        ..
    } = REVERSED.bind(vm, args)?;
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

/// `enumerate(iterable, start=0)`'s arguments, bound as CPython's `enum_vectorcall` binds them
/// by hand rather than through a parser: a keyword must name the parameter of the slot it
/// fills (both may come as keywords, in either order), with errors in its own words.
fn enumerate_arguments(vm: &mut Vm, args: Args) -> PResult<(Value, Option<Value>)> {
    const PARAMETERS: [&str; 2] = ["iterable", "start"];
    let Args {
        positional,
        mut keywords,
    } = args;
    let total = positional.len() + keywords.len();
    if total == 0 || (total > 2 && positional.is_empty()) {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if total > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        )));
    }
    if keywords.len() == 2 && &*keywords[0].0 == "start" {
        keywords.swap(0, 1);
    }
    let values = positional.into_iter();
    let mut slots = PARAMETERS.iter().skip(values.len());
    let mut by_keyword = Vec::new();
    for (key, value) in keywords {
        if slots.next() != Some(&&*key) {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for enumerate()"
            )));
        }
        by_keyword.push(value);
    }
    let mut values = values.chain(by_keyword);
    match (values.next(), values.next()) {
        (Some(iterable), start) => Ok((iterable, start)),
        // `total` is 1 or 2 here, so there is an iterable.
        (None, _) => Err(vm.type_error("enumerate() missing required argument 'iterable'")),
    }
}

fn enumerate(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (iterable, start) = enumerate_arguments(vm, args)?;
    let start = start.unwrap_or(Value::Int(0));
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

fn zip(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // CPython parses `zip`'s keywords on their own.
    const ZIP_KEYWORDS: Signature<0, 1> = Signature::new(
        "zip",
        Convention::Clinic,
        [],
        [Param::keyword_only("strict")],
    );
    let (iterables, keywords) = keywords_apart(args);
    let Bound {
        optional: [strict], ..
    } = ZIP_KEYWORDS.bind(vm, keywords)?;
    let strict = match strict {
        Some(value) => vm.truthy(&value)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(iterables.positional.len());
    for iterable in &iterables.positional {
        inners.push(vm.iter(iterable)?);
    }
    Ok(vm.new_iterator(Iter::Zip { inners, strict }))
}

fn map(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const MAP: Signature<0, 0> = Signature::new("map", Convention::Variadic, [], []);
    let Bound {
        rest: arguments, ..
    } = MAP.bind(vm, args)?;
    // `map` counts its arguments itself, in words of its own.
    let [func, iterables @ ..] = arguments.as_slice() else {
        return Err(vm.type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = func.clone();
    let mut inners = Vec::new();
    for iterable in iterables {
        inners.push(vm.iter(iterable)?);
    }
    Ok(vm.new_iterator(Iter::Map { func, inners }))
}

fn filter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const FILTER: Signature<2, 0> = Signature::new(
        "filter",
        Convention::Unpack,
        [
            Param::positional_only("function"),
            Param::positional_only("iterable"),
        ],
        [],
    );
    let Bound {
        required: [function, iterable],
        ..
    } = FILTER.bind(vm, args)?;
    let inner = vm.iter(&iterable)?;
    Ok(vm.new_iterator(Iter::Filter {
        func: function,
        inner,
    }))
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
    const ISINSTANCE: Signature<2, 0> = Signature::new(
        "isinstance",
        Convention::Unpack,
        [
            Param::positional_only("obj"),
            Param::positional_only("class_or_tuple"),
        ],
        [],
    );
    let Bound {
        required: [obj, class_or_tuple],
        ..
    } = ISINSTANCE.bind(vm, args)?;
    is_instance(vm, &obj, &class_or_tuple)
}

/// `isinstance(obj, class_or_tuple)`'s quick form.
fn isinstance_fast(vm: &mut Vm, _this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
    let [obj, class_or_tuple] = args else {
        return None;
    };
    Some(is_instance(vm, obj, class_or_tuple))
}

/// `isinstance(obj, class_or_tuple)` once its arguments are bound.
fn is_instance(vm: &mut Vm, obj: &Value, class_or_tuple: &Value) -> PResult<Value> {
    if let Some(answer) = instance_hook(vm, class_or_tuple, "__instancecheck__", obj)? {
        return Ok(Value::Bool(answer));
    }
    let classes = class_list(vm, class_or_tuple, "isinstance")?;
    let class = vm.class_of(obj);
    for candidate in classes {
        if class.is_subclass_of(&candidate)
            || metaclass_check(vm, &candidate, "__instancecheck__", obj)?
        {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// The `__instancecheck__`/`__subclasscheck__` of an object that is not a class (typing's
/// `Box[int]`), if its class defines one.
fn instance_hook(
    vm: &mut Vm,
    checker: &Value,
    hook: &str,
    subject: &Value,
) -> PResult<Option<bool>> {
    let Value::Instance(_) = checker else {
        return Ok(None);
    };
    let Some(method @ Value::Function(_)) = vm.class_of(checker).lookup(hook) else {
        return Ok(None);
    };
    let bound = vm.bind(method, checker.clone());
    let answer = vm.call(&bound, vec![subject.clone()])?;
    vm.truthy(&answer).map(Some)
}

/// A metaclass's `__instancecheck__`/`__subclasscheck__` (`abc.ABCMeta`'s `register`).
pub(crate) fn metaclass_check(
    vm: &mut Vm,
    class: &Rc<super::super::value::Class>,
    hook: &str,
    subject: &Value,
) -> PResult<bool> {
    let Some(meta) = &class.metaclass else {
        return Ok(false);
    };
    let Some(method @ Value::Function(_)) = meta.lookup(hook) else {
        return Ok(false);
    };
    let bound = vm.bind(method, Value::Class(class.clone()));
    let answer = vm.call(&bound, vec![subject.clone()])?;
    vm.truthy(&answer)
}

fn issubclass(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ISSUBCLASS: Signature<2, 0> = Signature::new(
        "issubclass",
        Convention::Unpack,
        [
            Param::positional_only("cls"),
            Param::positional_only("class_or_tuple"),
        ],
        [],
    );
    let Bound {
        required: [cls, class_or_tuple],
        ..
    } = ISSUBCLASS.bind(vm, args)?;
    if let Some(answer) = instance_hook(vm, &class_or_tuple, "__subclasscheck__", &cls)? {
        return Ok(Value::Bool(answer));
    }
    let Value::Class(class) = &cls else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_list(vm, &class_or_tuple, "issubclass")?;
    for candidate in classes {
        if class.is_subclass_of(&candidate)
            || metaclass_check(vm, &candidate, "__subclasscheck__", &cls)?
        {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn id(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ID: Signature<1, 0> =
        Signature::new("id", Convention::Fixed, [Param::positional_only("obj")], []);
    let Bound {
        required: [obj], ..
    } = ID.bind(vm, args)?;
    let value = &obj;
    Ok(Value::Int(match value.address() {
        Some(address) => address as i64,
        // Immediate values: a stable number derived from the value.
        None => vm.hash(value).unwrap_or(0).wrapping_mul(31) & 0x7fff_ffff_ffff,
    }))
}

fn hash(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const HASH: Signature<1, 0> = Signature::new(
        "hash",
        Convention::Fixed,
        [Param::positional_only("obj")],
        [],
    );
    let Bound {
        required: [obj], ..
    } = HASH.bind(vm, args)?;
    Ok(Value::Int(vm.hash(&obj)?))
}

fn iter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ITER: Signature<1, 1> = Signature::new(
        "iter",
        Convention::Unpack,
        [Param::positional_only("object")],
        [Param::positional_only("sentinel")],
    );
    let Bound {
        required: [object],
        optional: [sentinel],
        ..
    } = ITER.bind(vm, args)?;
    if let Some(sentinel) = sentinel {
        if !is_callable(vm, &object) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iterator(Iter::Callable {
            func: object,
            sentinel,
        }));
    }
    vm.iter(&object)
}

fn next(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const NEXT: Signature<1, 1> = Signature::new(
        "next",
        Convention::Unpack,
        [Param::positional_only("iterator")],
        [Param::positional_only("default")],
    );
    let Bound {
        required: [iterator],
        optional: [default],
        ..
    } = NEXT.bind(vm, args)?;
    let iterator = &iterator;
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
            super::super::vm::GenResult::Returned(value) => match default {
                Some(default) => Ok(default),
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
    // An object's own `__next__`: its StopIteration goes on as raised (with its value).
    if matches!(iterator, Value::Instance(_) | Value::Native(_)) {
        return match vm.call_special(iterator, "__next__", Vec::new()) {
            Ok(value) => Ok(value.unwrap_or(Value::None)),
            Err(flow) if default.is_some() && vm.flow_is(&flow, "StopIteration") => {
                Ok(default.unwrap_or(Value::None))
            }
            Err(flow) => Err(flow),
        };
    }
    match vm.next(iterator)? {
        Some(value) => Ok(value),
        None => match default {
            Some(default) => Ok(default),
            None => {
                let class = vm.types.exception("StopIteration");
                Err(Flow::Exception(vm.new_exception(class, Vec::new())))
            }
        },
    }
}

fn aiter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const AITER: Signature<1, 0> = Signature::new(
        "aiter",
        Convention::Fixed,
        [Param::positional_only("async_iterable")],
        [],
    );
    let Bound {
        required: [async_iterable],
        ..
    } = AITER.bind(vm, args)?;
    let object = &async_iterable;
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
    const ANEXT: Signature<1, 1> = Signature::new(
        "anext",
        Convention::Unpack,
        [Param::positional_only("aiterator")],
        [Param::positional_only("default")],
    );
    let Bound {
        required: [iterator],
        optional: [default],
        ..
    } = ANEXT.bind(vm, args)?;
    let is_async_iterator = matches!(&iterator, Value::Generator(g) if g.kind == super::super::value::GenKind::AsyncGenerator)
        || vm.special_method(&iterator, "__anext__").is_some();
    if !is_async_iterator {
        let name = vm.type_name(&iterator);
        return Err(vm.type_error(format!("'{name}' object is not an async iterator")));
    }
    let awaitable = vm.anext(&iterator)?;
    match default {
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
            vm.call(&helper, vec![awaitable, default])
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
    const GETATTR: Signature<2, 1> = Signature::new(
        "getattr",
        Convention::Unpack,
        [
            Param::positional_only("object"),
            Param::positional_only("name"),
        ],
        [Param::positional_only("default")],
    );
    let Bound {
        required: [object, name],
        optional: [default],
        ..
    } = GETATTR.bind(vm, args)?;
    let name = match &name {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    match default {
        Some(default) => match vm.getattr(&object, name.as_str()) {
            Ok(value) => Ok(value),
            Err(Flow::Exception(e)) if vm.is_exception(&e, "AttributeError") => Ok(default),
            Err(error) => Err(error),
        },
        None => vm.getattr(&object, name.as_str()),
    }
}

fn setattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const SETATTR: Signature<3, 0> = Signature::new(
        "setattr",
        Convention::Unpack,
        [
            Param::positional_only("obj"),
            Param::positional_only("name"),
            Param::positional_only("value"),
        ],
        [],
    );
    let Bound {
        required: [obj, name, value],
        ..
    } = SETATTR.bind(vm, args)?;
    let name = match &name {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    vm.setattr(&obj, name.as_str(), value.clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const HASATTR: Signature<2, 0> = Signature::new(
        "hasattr",
        Convention::Unpack,
        [
            Param::positional_only("obj"),
            Param::positional_only("name"),
        ],
        [],
    );
    let Bound {
        required: [obj, name],
        ..
    } = HASATTR.bind(vm, args)?;
    let name = match &name {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    Ok(Value::Bool(vm.hasattr(&obj, name.as_str())?))
}

fn delattr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const DELATTR: Signature<2, 0> = Signature::new(
        "delattr",
        Convention::Unpack,
        [
            Param::positional_only("obj"),
            Param::positional_only("name"),
        ],
        [],
    );
    let Bound {
        required: [obj, name],
        ..
    } = DELATTR.bind(vm, args)?;
    let name = match &name {
        Value::Str(s) => s.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    vm.delattr(&obj, name.as_str())?;
    Ok(Value::None)
}

pub fn is_callable(vm: &mut Vm, value: &Value) -> bool {
    match value {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        other => vm.class_of(other).lookup("__call__").is_some(),
    }
}

fn callable(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const CALLABLE: Signature<1, 0> = Signature::new(
        "callable",
        Convention::Fixed,
        [Param::positional_only("obj")],
        [],
    );
    let Bound {
        required: [obj], ..
    } = CALLABLE.bind(vm, args)?;
    Ok(Value::Bool(is_callable(vm, &obj)))
}

/// `round(number, ndigits=None)`: half to even, as CPython rounds.
fn round(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ROUND: Signature<1, 1> = Signature::new(
        "round",
        Convention::Clinic,
        [Param::new("number")],
        [Param::new("ndigits")],
    );
    let Bound {
        required: [number],
        optional: [ndigits],
        ..
    } = ROUND.bind(vm, args)?;
    let ndigits = ndigits.filter(|n| !n.is_none());
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
        (other, digits) if let Some(int) = to_int(other) => match digits {
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
        },
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
    const DIVMOD: Signature<2, 0> = Signature::new(
        "divmod",
        Convention::Unpack,
        [Param::positional_only("x"), Param::positional_only("y")],
        [],
    );
    let Bound {
        required: [x, y], ..
    } = DIVMOD.bind(vm, args)?;
    let (a, b) = (&x, &y);
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

pub(crate) fn pow(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const POW: Signature<2, 1> = Signature::new(
        "pow",
        Convention::Clinic,
        [Param::new("base"), Param::new("exp")],
        [Param::new("mod")],
    );
    let Bound {
        required: [base, exp],
        optional: [modulus],
        ..
    } = POW.bind(vm, args)?;
    let modulus = modulus.filter(|m| !m.is_none());
    match modulus {
        None => ops::binary(vm, BinaryOp::Pow, &base, &exp, false),
        Some(modulus) => match (to_int(&base), to_int(&exp), to_int(&modulus)) {
            (Some(b), Some(e), Some(m)) => {
                let result = b.pow_mod(&e, &m).or_raise(vm)?;
                Ok(from_int(result))
            }
            _ if super::complex::as_complex(&base).is_some()
                || super::complex::as_complex(&exp).is_some() =>
            {
                Err(vm.value_error("complex modulo"))
            }
            _ => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
        },
    }
}

fn chr(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const CHR: Signature<1, 0> =
        Signature::new("chr", Convention::Fixed, [Param::positional_only("i")], []);
    let Bound { required: [i], .. } = CHR.bind(vm, args)?;
    let Some(code) = to_int(&i) else {
        let name = vm.type_name(&i);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    };
    match code.to_i64() {
        Some(code) => match u32::try_from(code).ok().and_then(surrogates::to_char) {
            Some(c) => Ok(Value::str(c.to_string())),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        },
        None => Err(vm.error("OverflowError", "Python int too large to convert to C int")),
    }
}

fn ord(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const ORD: Signature<1, 0> =
        Signature::new("ord", Convention::Fixed, [Param::positional_only("c")], []);
    let Bound { required: [c], .. } = ORD.bind(vm, args)?;
    match &c {
        Value::Str(text) => {
            let length = text.char_len();
            if length != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {length} found"
                )));
            }
            Ok(Value::Int(
                text.as_str()
                    .chars()
                    .next()
                    .map_or(0, |c| surrogates::code_point(c) as i64),
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

/// `hex`, `oct` and `bin`, each a `METH_O` function of CPython's.
fn radix(vm: &mut Vm, args: Args, signature: &Signature<1, 0>, base: u32) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = signature.bind(vm, args)?;
    let value = &value;
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
    const HEX: Signature<1, 0> = Signature::new(
        "hex",
        Convention::Fixed,
        [Param::positional_only("number")],
        [],
    );
    radix(vm, args, &HEX, 16)
}

fn oct(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const OCT: Signature<1, 0> = Signature::new(
        "oct",
        Convention::Fixed,
        [Param::positional_only("number")],
        [],
    );
    radix(vm, args, &OCT, 8)
}

fn bin(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const BIN: Signature<1, 0> = Signature::new(
        "bin",
        Convention::Fixed,
        [Param::positional_only("number")],
        [],
    );
    radix(vm, args, &BIN, 2)
}

fn format(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const FORMAT: Signature<1, 1> = Signature::new(
        "format",
        Convention::Unpack,
        [Param::positional_only("value")],
        [Param::positional_only("format_spec")],
    );
    let Bound {
        required: [value],
        optional: [spec],
        ..
    } = FORMAT.bind(vm, args)?;
    let spec = match &spec {
        Some(spec) => expect_str(vm, spec, "format() argument 2")?
            .as_str()
            .to_string(),
        None => String::new(),
    };
    Ok(Value::str(vm.format(&value, &spec)?))
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
    const VARS: Signature<0, 1> = Signature::new(
        "vars",
        Convention::Unpack,
        [],
        [Param::positional_only("object")],
    );
    let Bound {
        optional: [object], ..
    } = VARS.bind(vm, args)?;
    match &object {
        None => locals(vm, None, Args::default()),
        Some(object) => match vm.getattr_opt(object, "__dict__")? {
            Some(dict) => Ok(dict),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const DIR: Signature<0, 1> = Signature::new(
        "dir",
        Convention::Unpack,
        [],
        [Param::positional_only("object")],
    );
    let Bound {
        optional: [object], ..
    } = DIR.bind(vm, args)?;
    match &object {
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
    const GLOBALS: Signature<0, 0> = Signature::new("globals", Convention::Fixed, [], []);
    GLOBALS.bind(vm, args)?;
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    let module = frame.module.clone();
    let namespace = module.dict.borrow().clone();
    namespace_dict(vm, &namespace)
}

fn locals(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const LOCALS: Signature<0, 0> = Signature::new("locals", Convention::Fixed, [], []);
    LOCALS.bind(vm, args)?;
    caller_locals(vm)
}

/// The running frame's locals as a new dict (`locals()`).
pub fn caller_locals(vm: &mut Vm) -> PResult<Value> {
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

/// The bases a class is made from: a base that is not a class stands for what its
/// `__mro_entries__` returns (`Box[int]` for `Box`), and then the class keeps the bases as
/// written in `__orig_bases__`.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PResult<(Vec<Value>, Option<Value>)> {
    let mut resolved = Vec::with_capacity(bases.len());
    let mut changed = false;
    for base in bases {
        if let Value::Class(_) = base {
            resolved.push(base.clone());
            continue;
        }
        if let Some(alias) = base.native::<super::generic_alias::GenericAlias>()
            && let Value::Class(_) = &alias.origin
        {
            resolved.push(alias.origin.clone());
            changed = true;
            continue;
        }
        let Some(entries) = vm.getattr_opt(base, "__mro_entries__")? else {
            resolved.push(base.clone());
            continue;
        };
        let entries = vm.call(&entries, vec![Value::tuple(bases.to_vec())])?;
        let Value::Tuple(entries) = &entries else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        resolved.extend(entries.iter().cloned());
        changed = true;
    }
    let orig_bases = changed.then(|| Value::tuple(bases.to_vec()));
    Ok((resolved, orig_bases))
}

/// `__build_class__(body, name, *bases, **keywords)`: runs the class body, then makes the
/// class (and fills the `__class__` cell that `super()` reads).
fn build_class(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    if args.positional.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = args.positional.remove(0);
    let name = expect_str(vm, &args.positional.remove(0), "__build_class__: name")?;
    let original_bases = std::mem::take(&mut args.positional);
    let (bases, orig_bases) = resolve_bases(vm, &original_bases)?;
    let requested = match &args.take_keyword("metaclass") {
        None => None,
        Some(Value::Class(meta)) if Rc::ptr_eq(meta, &vm.types.type_) => None,
        Some(Value::Class(meta)) if meta.is_subclass_of(&vm.types.type_) => Some(meta.clone()),
        Some(_) => {
            return Err(vm.error(
                "NotImplementedError",
                "a metaclass that is not a subclass of type is not supported by Looplab yet",
            ));
        }
    };
    let base_classes: Vec<Rc<super::super::value::Class>> = bases
        .iter()
        .filter_map(|b| match b {
            Value::Class(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    let metaclass = super::object::winning_metaclass(vm, requested, &base_classes)?;
    let Value::Function(function) = &body else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    // The body runs as a function whose locals are the class namespace.
    let namespace = Rc::new(std::cell::RefCell::new(
        super::super::value::Namespace::default(),
    ));
    let module_name = function.module.name.clone();
    namespace
        .borrow_mut()
        .insert(Rc::from("__module__"), Value::str(module_name.to_string()));
    namespace.borrow_mut().insert(
        Rc::from("__qualname__"),
        Value::str(function.code.qualname.to_string()),
    );
    if let Some(meta) = &metaclass
        && let Some(prepare) = meta.lookup("__prepare__")
        && !matches!(prepare, Value::Builtin(_))
    {
        // A metaclass's `__prepare__` may seed the namespace (its mapping type is not kept).
        let prepare = match prepare.native::<super::descriptors::ClassMethod>() {
            Some(method) => vm.bind(method.func.clone(), Value::Class(meta.clone())),
            None => prepare,
        };
        let seeded = vm.call(
            &prepare,
            vec![Value::str(name.as_str()), Value::tuple(bases.clone())],
        )?;
        if let Value::Dict(seeded) = &seeded {
            for entry in seeded.borrow().iter() {
                if let Some(key) = entry.key.as_str() {
                    namespace
                        .borrow_mut()
                        .insert(Rc::from(key), entry.value.clone());
                }
            }
        }
    }
    let cell = vm.run_class_body(function, namespace.clone())?;
    if let Some(orig_bases) = orig_bases {
        namespace
            .borrow_mut()
            .insert(Rc::from("__orig_bases__"), orig_bases);
    }
    if let Some(meta) = metaclass {
        // The metaclass makes the class from the namespace, in definition order (the order
        // the body first names things).
        let order = &function.code.names;
        let mut items: Vec<(Rc<str>, Value)> = namespace
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let rank = |key: &str| match key {
            "__module__" => 0,
            "__qualname__" => 1,
            _ => {
                2 + order
                    .iter()
                    .position(|n| n.as_ref() == key)
                    .unwrap_or(usize::MAX - 2)
            }
        };
        items.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
        let dict = vm.new_dict();
        for (key, value) in items {
            vm.dict_set(&dict, Value::str(key.to_string()), value)?;
        }
        let made = vm.call_with(
            &Value::Class(meta),
            Args {
                positional: vec![Value::str(name.as_str()), Value::tuple(bases), dict],
                keywords: args.keywords,
            },
        )?;
        if let (Some(Value::Cell(cell)), Value::Class(_)) = (&cell, &made) {
            *cell.value.borrow_mut() = Some(made.clone());
        }
        return Ok(made);
    }
    let mut dict = namespace.borrow().clone();
    let qualname = match &dict.remove("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        _ => name.as_str().to_string(),
    };
    let class = super::object::new_class(vm, name.as_str(), &qualname, bases, dict, &module_name)?;
    vm.invalidate_class_caches();
    if let Some(Value::Cell(cell)) = &cell {
        *cell.value.borrow_mut() = Some(Value::Class(class.clone()));
    }
    super::object::call_set_names(vm, &class, &function.code.names)?;
    super::object::init_subclass(vm, &class, args)?;
    Ok(Value::Class(class))
}
