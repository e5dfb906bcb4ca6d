//! `str`: the constructor, the methods and the special methods.
//!
//! The text algorithms live in `pycore::strings` (tested against CPython on their own); this
//! module is the Python-facing layer: argument parsing with the exact wording CPython's
//! argument parsers use (which differs from method to method, because CPython implements
//! them with different parsers), the type checks, and `str.format`'s replacement fields.
//!
//! Operators on two plain strings never get here: `ops.rs` handles them natively. The special
//! methods serve explicit calls (`str.__len__(s)`) and the operator fallbacks for mixed types
//! (`"a" + 1`, `"a" * 2.5`, `"a" < 1`). That is why `__add__` and `__mul__` return
//! NotImplemented when the other operand has a reflected method to try, and why a bound
//! `__mul__` words its TypeError as the `*` operator does.

use std::rc::Rc;

use super::super::core_error::OrRaise;
use super::super::ops::to_int;
use super::super::value::{Args, NativeFn, PyStr, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::add_method;
use super::sequences::{binary_slot, bind_receiver, repeat_slot, unary_slot};
use super::signature::{Bound, Convention, Param, Signature};
use pycore::{strings, surrogates};

pub fn install(vm: &mut Vm) {
    let class = vm.types.str.clone();
    add_method(&class, "__new__", str_new);
    let methods: &[(&str, NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("isidentifier", str_isidentifier),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("format", str_format),
        ("format_map", str_format_map),
        ("encode", str_encode),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_rmul),
        ("__mod__", str_mod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__format__", str_format_spec),
    ];
    for (name, func) in methods {
        add_method(&class, name, *func);
    }
    // `maketrans` is a static method in CPython. It is stored as a plain native that ignores
    // the string it may be bound to, because attribute lookup on builtin values binds whatever
    // the class holds (it would not unwrap a `staticmethod`): `"".maketrans(...)` then works
    // as well as `str.maketrans(...)`.
    add_method(&class, "maketrans", str_maketrans);
}

/// `str(object='', encoding='utf-8', errors='strict')`. Decoding needs bytes, which Looplab
/// does not have, so an encoding or errors argument can only end in CPython's own TypeErrors.
fn str_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.str.clone();
    let class = super::sequences::new_class(vm, &mut args, &base)?;
    let value = str_value(vm, args)?;
    Ok(super::sequences::subclass_instance(&class, &base, value))
}

/// The string `str(...)` makes of its arguments.
fn str_value(vm: &mut Vm, args: Args) -> PResult<Value> {
    const STR: Signature<0, 3> = Signature::new(
        "str",
        Convention::Clinic,
        [],
        [
            Param::new("object"),
            Param::new("encoding"),
            Param::new("errors"),
        ],
    );
    let Bound {
        optional: [object, encoding, errors],
        ..
    } = STR.bind(vm, args)?;
    let mut decoding = false;
    for (parameter, value) in [("encoding", encoding), ("errors", errors)] {
        let Some(value) = value else {
            continue;
        };
        if !matches!(value, Value::Str(_)) {
            let type_name = vm.type_name(&value);
            return Err(vm.type_error(format!(
                "str() argument '{parameter}' must be str, not {type_name}"
            )));
        }
        decoding = true;
    }
    match object {
        None => Ok(Value::str("")),
        Some(Value::Str(_)) if decoding => Err(vm.type_error("decoding str is not supported")),
        Some(object) if decoding => {
            let type_name = vm.type_name(&object);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {type_name} found"
            )))
        }
        Some(object @ Value::Str(_)) => Ok(object),
        Some(object) => Ok(Value::str(vm.str(&object)?)),
    }
}

// ------------------------------------------------------------------------------------------
// Receivers and arguments. CPython's str methods go through four different argument parsers
// (METH_NOARGS/METH_O, Argument Clinic with and without keywords, PyArg_ParseTuple) and the
// special methods through slot wrappers; each words its errors differently.
// ------------------------------------------------------------------------------------------

/// The string a method works on: the bound one, or the first argument of `str.name(s, ...)`.
fn method_self(
    vm: &mut Vm,
    this: Option<&Value>,
    mut args: Args,
    name: &str,
) -> PResult<(Rc<PyStr>, Args)> {
    let me = match this {
        Some(me) => me.clone(),
        None => {
            if args.positional.is_empty() {
                return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
            }
            args.positional.remove(0)
        }
    };
    match &me {
        Value::Str(text) => Ok((text.clone(), args)),
        other => {
            let type_name = vm.type_name(other);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{type_name}' object"
            )))
        }
    }
}

/// The string a special method works on (slot wrappers word their errors differently) and
/// the arguments bound to `signature`.
fn slot_self<const R: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, 0>,
) -> PResult<(Rc<PyStr>, [Value; R])> {
    let (text, _, Bound { required, .. }) =
        bind_receiver(vm, this, args, "str", signature, |value| match value {
            Value::Str(text) => Some(text.clone()),
            _ => None,
        })?;
    Ok((text, required))
}

/// A method that takes no arguments (`s.upper()`).
fn no_arguments(vm: &mut Vm, name: &'static str, args: Args) -> PResult<()> {
    const NO_ARGUMENTS: Signature<0, 0> = Signature::new("upper", Convention::Fixed, [], []);
    NO_ARGUMENTS.renamed(name).bind_member(vm, args, "str")?;
    Ok(())
}

/// A method that takes exactly one positional argument (`s.join(items)`).
fn one_argument(vm: &mut Vm, name: &'static str, args: Args) -> PResult<Value> {
    const ONE_ARGUMENT: Signature<1, 0> =
        Signature::new("join", Convention::Fixed, [Param::positional_only("x")], []);
    let Bound {
        required: [value], ..
    } = ONE_ARGUMENT.renamed(name).bind_member(vm, args, "str")?;
    Ok(value)
}

/// `find(sub[, start[, end]])` and the methods parsed alike (`count`, `index`, `startswith`,
/// ...), whose `PyArg_ParseTuple` format names the method.
const SUB_START_END: Signature<1, 2> = Signature::new(
    "find",
    Convention::ParsedTuple { named: true },
    [Param::positional_only("sub")],
    [
        Param::positional_only("start"),
        Param::positional_only("end"),
    ],
);

/// A `Py_ssize_t` argument (an int or an object with `__index__`).
fn size_argument(vm: &mut Vm, value: &Value) -> PResult<i64> {
    super::expect_int(vm, value, "")
}

/// A C `int` argument (`expandtabs(tabsize)`).
fn c_int_argument(vm: &mut Vm, value: &Value) -> PResult<i64> {
    let int = index_value(vm, value)?;
    match int.to_i64() {
        Some(n) if i32::try_from(n).is_ok() => Ok(n),
        _ => Err(vm.error("OverflowError", "Python int too large to convert to C int")),
    }
}

/// `operator.index(value)`, with CPython's TypeError for other types.
fn index_value(vm: &mut Vm, value: &Value) -> PResult<pycore::int::PyInt> {
    if let Some(int) = to_int(value) {
        return Ok(int);
    }
    if let Some(result) = vm.call_special(value, "__index__", Vec::new())? {
        if let Some(int) = to_int(&result) {
            return Ok(int);
        }
        let name = vm.type_name(&result);
        return Err(vm.type_error(format!("__index__ returned non-int (type {name})")));
    }
    let name = vm.type_name(value);
    Err(vm.type_error(format!(
        "'{name}' object cannot be interpreted as an integer"
    )))
}

/// A `start`/`end` argument of `find` and friends: None, or an index clamped to the `i64`
/// range (CPython clamps to `Py_ssize_t` the same way).
fn slice_argument(vm: &mut Vm, value: Option<&Value>) -> PResult<Option<i64>> {
    let Some(value) = value else {
        return Ok(None);
    };
    if value.is_none() {
        return Ok(None);
    }
    if let Some(int) = to_int(value) {
        return Ok(Some(int.to_i64_clamped()));
    }
    if let Some(result) = vm.call_special(value, "__index__", Vec::new())?
        && let Some(int) = to_int(&result)
    {
        return Ok(Some(int.to_i64_clamped()));
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// A substring argument (`find`, `count`, `partition`, ...).
fn substring_argument(vm: &mut Vm, value: &Value) -> PResult<Rc<PyStr>> {
    match value {
        Value::Str(text) => Ok(text.clone()),
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("must be str, not {name}")))
        }
    }
}

/// The same string object when an operation changed nothing (CPython returns `self` then, so
/// `s.strip() is s` holds for a string without surrounding whitespace). `result` must be a
/// slice of `original`, so equal lengths mean equal text.
fn same_or_slice(original: &Rc<PyStr>, result: &str) -> Value {
    if result.len() == original.as_str().len() {
        Value::Str(original.clone())
    } else {
        Value::str(result)
    }
}

/// Like [`same_or_slice`] for a result built anew.
fn same_or_new(original: &Rc<PyStr>, result: String) -> Value {
    if result == original.as_str() {
        Value::Str(original.clone())
    } else {
        Value::str(result)
    }
}

fn string_list(parts: Vec<String>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

// ------------------------------------------------------------------------------------------
// Case mappings and predicates.
// ------------------------------------------------------------------------------------------

/// A method without arguments that maps the text to new text.
fn map_text(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    map: fn(&str) -> String,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    no_arguments(vm, name, args)?;
    Ok(Value::str(map(me.as_str())))
}

fn str_upper(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "upper", strings::upper)
}

fn str_lower(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "lower", strings::lower)
}

fn str_casefold(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "casefold", strings::casefold)
}

fn str_swapcase(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "swapcase", strings::swapcase)
}

fn str_capitalize(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "capitalize", strings::capitalize)
}

fn str_title(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    map_text(vm, this, args, "title", strings::title)
}

/// A method without arguments that tests the text.
fn test_text(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    test: fn(&str) -> bool,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    no_arguments(vm, name, args)?;
    Ok(Value::Bool(test(me.as_str())))
}

fn str_isdigit(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isdigit", strings::isdigit)
}

fn str_isalpha(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isalpha", strings::isalpha)
}

fn str_isalnum(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isalnum", strings::isalnum)
}

fn str_isspace(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isspace", strings::isspace)
}

fn str_isupper(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isupper", strings::isupper)
}

fn str_islower(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "islower", strings::islower)
}

fn str_istitle(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "istitle", strings::istitle)
}

fn str_isnumeric(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isnumeric", strings::isnumeric)
}

fn str_isdecimal(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isdecimal", strings::isdecimal)
}

fn str_isidentifier(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isidentifier", strings::isidentifier)
}

fn str_isascii(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isascii", strings::isascii)
}

fn str_isprintable(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    test_text(vm, this, args, "isprintable", strings::isprintable)
}

// ------------------------------------------------------------------------------------------
// Stripping, splitting and joining.
// ------------------------------------------------------------------------------------------

fn strip_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    strip: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PResult<Value> {
    const STRIP: Signature<0, 1> = Signature::new(
        "strip",
        Convention::Unpack,
        [],
        [Param::positional_only("chars")],
    );
    let (me, args) = method_self(vm, this, args, name)?;
    let Bound {
        optional: [chars], ..
    } = STRIP.renamed(name).bind_member(vm, args, "str")?;
    let chars = match &chars {
        None | Some(Value::None) => None,
        Some(Value::Str(chars)) => Some(chars),
        Some(_) => {
            return Err(vm.type_error(format!("{name} arg must be None or str")));
        }
    };
    let result = strip(me.as_str(), chars.as_ref().map(|c| c.as_str()));
    Ok(same_or_slice(&me, result))
}

fn str_strip(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    strip_with(vm, this, args, "strip", strings::strip)
}

fn str_lstrip(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    strip_with(vm, this, args, "lstrip", strings::lstrip)
}

fn str_rstrip(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    strip_with(vm, this, args, "rstrip", strings::rstrip)
}

/// `strings::split` or `strings::rsplit`.
type Splitter = fn(&str, Option<&str>, i64) -> Result<Vec<String>, pycore::Error>;

fn split_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    split: Splitter,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    const SPLIT: Signature<0, 2> = Signature::new(
        "split",
        Convention::Clinic,
        [],
        [Param::new("sep"), Param::new("maxsplit")],
    );
    let Bound {
        optional: [separator, most],
        ..
    } = SPLIT.renamed(name).bind_member(vm, args, "str")?;
    let separator = match &separator {
        None | Some(Value::None) => None,
        Some(Value::Str(separator)) => Some(separator),
        Some(other) => {
            let type_name = vm.type_name(other);
            return Err(vm.type_error(format!("must be str or None, not {type_name}")));
        }
    };
    let most = match most {
        None => -1,
        Some(value) => size_argument(vm, &value)?,
    };
    let parts = split(me.as_str(), separator.as_ref().map(|s| s.as_str()), most).or_raise(vm)?;
    Ok(string_list(parts))
}

fn str_split(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    split_with(vm, this, args, "split", strings::split)
}

fn str_rsplit(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    split_with(vm, this, args, "rsplit", strings::rsplit)
}

fn str_splitlines(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "splitlines")?;
    const SPLITLINES: Signature<0, 1> = Signature::new(
        "str.splitlines",
        Convention::Clinic,
        [],
        [Param::new("keepends")],
    );
    let Bound {
        optional: [keep_ends],
        ..
    } = SPLITLINES.bind(vm, args)?;
    let keep_ends = match &keep_ends {
        None => false,
        Some(value) => vm.truthy(value)?,
    };
    Ok(string_list(strings::splitlines(me.as_str(), keep_ends)))
}

fn str_join(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "join")?;
    let iterable = one_argument(vm, "join", args)?;
    let items = match &iterable {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        other => {
            // Only failing to start the iteration is reworded; errors raised while iterating
            // (inside a generator, say) pass through unchanged.
            let iterator = match vm.iter(other) {
                Ok(iterator) => iterator,
                Err(Flow::Exception(error)) if vm.is_exception(&error, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"));
                }
                Err(error) => return Err(error),
            };
            vm.collect(&iterator)?
        }
    };
    if let [only @ Value::Str(_)] = items.as_slice() {
        return Ok(only.clone());
    }
    let separator = me.as_str();
    let mut joined = String::new();
    for (index, item) in items.iter().enumerate() {
        let Value::Str(text) = super::super::value::scalar_base(item).unwrap_or(item) else {
            let type_name = vm.type_name(item);
            return Err(vm.type_error(format!(
                "sequence item {index}: expected str instance, {type_name} found"
            )));
        };
        if index > 0 {
            joined.push_str(separator);
        }
        joined.push_str(text.as_str());
    }
    Ok(Value::str(joined))
}

/// `strings::partition` or `strings::rpartition`.
type Partitioner =
    for<'a> fn(&'a str, &'a str) -> Result<(&'a str, &'a str, &'a str), pycore::Error>;

fn partition_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    partition: Partitioner,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    let separator = one_argument(vm, name, args)?;
    let separator = substring_argument(vm, &separator)?;
    let (head, middle, tail) = partition(me.as_str(), separator.as_str()).or_raise(vm)?;
    let piece = |text: &str| {
        if text.len() == me.as_str().len() {
            Value::Str(me.clone())
        } else {
            Value::str(text)
        }
    };
    Ok(Value::tuple(vec![piece(head), piece(middle), piece(tail)]))
}

fn str_partition(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    partition_with(vm, this, args, "partition", strings::partition)
}

fn str_rpartition(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    partition_with(vm, this, args, "rpartition", strings::rpartition)
}

// ------------------------------------------------------------------------------------------
// Searching and replacing.
// ------------------------------------------------------------------------------------------

/// `strings::find` and friends: `(text, sub, start, end)` to a position or a count.
type Search = fn(&str, &str, Option<i64>, Option<i64>) -> Result<i64, pycore::Error>;

/// `find`, `count`, `index` and their right-hand twins, which all take `(sub, start, end)`.
fn search_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    search: Search,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    let Bound {
        required: [needle],
        optional: [start, end],
        ..
    } = SUB_START_END.renamed(name).bind_member(vm, args, "str")?;
    // CPython converts the bounds before it checks the substring's type.
    let start = slice_argument(vm, start.as_ref())?;
    let end = slice_argument(vm, end.as_ref())?;
    let needle = substring_argument(vm, &needle)?;
    search(me.as_str(), needle.as_str(), start, end)
        .map(Value::Int)
        .or_raise(vm)
}

fn str_find(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    search_with(vm, this, args, "find", |text, sub, start, end| {
        Ok(strings::find(text, sub, start, end))
    })
}

fn str_rfind(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    search_with(vm, this, args, "rfind", |text, sub, start, end| {
        Ok(strings::rfind(text, sub, start, end))
    })
}

fn str_index(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    search_with(vm, this, args, "index", strings::index)
}

fn str_rindex(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    search_with(vm, this, args, "rindex", strings::rindex)
}

fn str_count(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    search_with(vm, this, args, "count", |text, sub, start, end| {
        Ok(strings::count(text, sub, start, end))
    })
}

fn affix_test(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    test: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    let Bound {
        required: [affix],
        optional: [start, end],
        ..
    } = SUB_START_END.renamed(name).bind_member(vm, args, "str")?;
    let start = slice_argument(vm, start.as_ref())?;
    let end = slice_argument(vm, end.as_ref())?;
    match &affix {
        Value::Str(affix) => Ok(Value::Bool(test(me.as_str(), affix.as_str(), start, end))),
        Value::Tuple(affixes) => {
            // Checked one by one: a match stops before later items' types are looked at.
            for affix in affixes.iter() {
                let Value::Str(affix) = &affix else {
                    let type_name = vm.type_name(affix);
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {type_name}"
                    )));
                };
                if test(me.as_str(), affix.as_str(), start, end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let type_name = vm.type_name(other);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {type_name}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    affix_test(vm, this, args, "startswith", strings::startswith)
}

fn str_endswith(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    affix_test(vm, this, args, "endswith", strings::endswith)
}

fn str_replace(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const REPLACE: Signature<2, 1> = Signature::new(
        "replace",
        Convention::Unpack,
        [Param::positional_only("old"), Param::positional_only("new")],
        [Param::positional_only("count")],
    );
    let (me, args) = method_self(vm, this, args, "replace")?;
    let Bound {
        required: [old, new],
        optional: [count],
        ..
    } = REPLACE.bind_member(vm, args, "str")?;
    let mut texts = Vec::with_capacity(2);
    for (index, value) in [old, new].iter().enumerate() {
        match value {
            Value::Str(text) => texts.push(text.clone()),
            other => {
                let type_name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {type_name}",
                    index + 1
                )));
            }
        }
    }
    let count = match &count {
        Some(count) => size_argument(vm, count)?,
        None => -1,
    };
    let (old, new) = (texts[0].as_str(), texts[1].as_str());
    if count == 0 || (!old.is_empty() && !me.as_str().contains(old)) {
        return Ok(Value::Str(me));
    }
    strings::replace(me.as_str(), old, new, count)
        .map(Value::str)
        .or_raise(vm)
}

fn affix_removal(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    remove: for<'a> fn(&'a str, &str) -> &'a str,
) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, name)?;
    let affix = one_argument(vm, name, args)?;
    let Value::Str(affix) = &affix else {
        let type_name = vm.type_name(&affix);
        return Err(vm.type_error(format!("{name}() argument must be str, not {type_name}")));
    };
    Ok(same_or_slice(&me, remove(me.as_str(), affix.as_str())))
}

fn str_removeprefix(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    affix_removal(vm, this, args, "removeprefix", strings::removeprefix)
}

fn str_removesuffix(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    affix_removal(vm, this, args, "removesuffix", strings::removesuffix)
}

// ------------------------------------------------------------------------------------------
// Padding.
// ------------------------------------------------------------------------------------------

fn pad_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    pad: fn(&str, i64, char) -> Result<String, pycore::Error>,
) -> PResult<Value> {
    const PAD: Signature<1, 1> = Signature::new(
        "center",
        Convention::Unpack,
        [Param::positional_only("width")],
        [Param::positional_only("fillchar")],
    );
    let (me, args) = method_self(vm, this, args, name)?;
    let Bound {
        required: [width],
        optional: [fill],
        ..
    } = PAD.renamed(name).bind_member(vm, args, "str")?;
    let width = size_argument(vm, &width)?;
    let fill = match &fill {
        None => ' ',
        Some(Value::Str(fill)) if fill.char_len() == 1 => fill.char_at(0),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"));
        }
        Some(other) => {
            let type_name = vm.type_name(other);
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {type_name}"
            )));
        }
    };
    if width <= me.char_len() as i64 {
        return Ok(Value::Str(me));
    }
    pad(me.as_str(), width, fill).map(Value::str).or_raise(vm)
}

fn str_center(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    pad_with(vm, this, args, "center", strings::center)
}

fn str_ljust(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    pad_with(vm, this, args, "ljust", strings::ljust)
}

fn str_rjust(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    pad_with(vm, this, args, "rjust", strings::rjust)
}

fn str_zfill(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "zfill")?;
    let width = one_argument(vm, "zfill", args)?;
    let width = size_argument(vm, &width)?;
    if width <= me.char_len() as i64 {
        return Ok(Value::Str(me));
    }
    strings::zfill(me.as_str(), width)
        .map(Value::str)
        .or_raise(vm)
}

fn str_expandtabs(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "expandtabs")?;
    const EXPANDTABS: Signature<0, 1> = Signature::new(
        "str.expandtabs",
        Convention::Clinic,
        [],
        [Param::new("tabsize")],
    );
    let Bound {
        optional: [tab_size],
        ..
    } = EXPANDTABS.bind(vm, args)?;
    let tab_size = match &tab_size {
        None => 8,
        Some(value) => c_int_argument(vm, value)?,
    };
    strings::expandtabs(me.as_str(), tab_size)
        .map(|expanded| same_or_new(&me, expanded))
        .or_raise(vm)
}

// ------------------------------------------------------------------------------------------
// Translation and encoding.
// ------------------------------------------------------------------------------------------

/// `ord(c)`: translation tables are keyed by code point.
fn ordinal(c: char) -> Value {
    Value::Int(surrogates::code_point(c) as i64)
}

/// The char of a code point from an int, or the error CPython gives for one out of range.
fn code_point(vm: &mut Vm, value: i64, range_message: &str, exception: &str) -> PResult<char> {
    match u32::try_from(value).ok().and_then(surrogates::to_char) {
        Some(c) => Ok(c),
        None => Err(vm.error(exception, range_message)),
    }
}

fn str_maketrans(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const MAKETRANS: Signature<1, 2> = Signature::new(
        "maketrans",
        Convention::Unpack,
        [Param::positional_only("x")],
        [Param::positional_only("y"), Param::positional_only("z")],
    );
    let Bound {
        required: [first],
        optional: [y, z],
        ..
    } = MAKETRANS.bind_member(vm, args, "str")?;
    let mut texts = Vec::new();
    for (index, value) in [y, z].iter().enumerate() {
        let Some(value) = value else {
            continue;
        };
        match value {
            Value::Str(text) => texts.push(text.clone()),
            other => {
                let type_name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {type_name}",
                    index + 2
                )));
            }
        }
    }
    let table = vm.new_dict();
    if texts.is_empty() {
        let Value::Dict(mapping) = &first else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let pairs = mapping.borrow().items();
        for (key, value) in pairs {
            let key = match &key {
                Value::Str(text) if text.char_len() == 1 => ordinal(text.char_at(0)),
                Value::Str(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => key,
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&table, key, value)?;
        }
        return Ok(table);
    }
    let Value::Str(from) = &first else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let to = &texts[0];
    if from.char_len() != to.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (source, target) in from.as_str().chars().zip(to.as_str().chars()) {
        vm.dict_set(&table, ordinal(source), ordinal(target))?;
    }
    if let Some(deleted) = texts.get(1) {
        for source in deleted.as_str().chars() {
            vm.dict_set(&table, ordinal(source), Value::None)?;
        }
    }
    Ok(table)
}

fn str_translate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "translate")?;
    let table = one_argument(vm, "translate", args)?;
    let mut translated = String::with_capacity(me.as_str().len());
    for c in me.as_str().chars() {
        let replacement = match vm.getitem(&table, &ordinal(c)) {
            Ok(replacement) => replacement,
            // A character the table does not map stays as it is.
            Err(Flow::Exception(error)) if vm.is_exception(&error, "LookupError") => {
                translated.push(c);
                continue;
            }
            Err(error) => return Err(error),
        };
        match &replacement {
            Value::None => {}
            Value::Str(text) => translated.push_str(text.as_str()),
            other => match to_int(other) {
                Some(int) => {
                    let value = int.to_i64().unwrap_or(i64::MAX);
                    let mapped = code_point(
                        vm,
                        value,
                        "character mapping must be in range(0x110000)",
                        "ValueError",
                    )?;
                    translated.push(mapped);
                }
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
        }
    }
    Ok(same_or_new(&me, translated))
}

fn str_encode(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "encode")?;
    const ENCODE: Signature<0, 2> = Signature::new(
        "encode",
        Convention::Clinic,
        [],
        [Param::new("encoding"), Param::new("errors")],
    );
    let Bound {
        optional: [encoding, errors],
        ..
    } = ENCODE.bind(vm, args)?;
    let encoding = encode_argument(vm, encoding, "encoding", "utf-8")?;
    let errors = encode_argument(vm, errors, "errors", "strict")?;
    let data = super::bytes::encode(vm, me.as_str(), &encoding, &errors)?;
    Ok(super::bytes::bytes_value(data))
}

/// The `encoding` or `errors` argument of `str.encode`, or its default.
fn encode_argument(
    vm: &mut Vm,
    value: Option<Value>,
    what: &str,
    default: &str,
) -> PResult<String> {
    match &value {
        None => Ok(default.to_string()),
        Some(Value::Str(text)) => Ok(text.as_str().to_string()),
        Some(other) => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "encode() argument '{what}' must be str, not {name}"
            )))
        }
    }
}

// ------------------------------------------------------------------------------------------
// Special methods.
// ------------------------------------------------------------------------------------------

fn str_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = slot_self(vm, this, args, &const { unary_slot("__len__") })?;
    Ok(Value::Int(me.char_len() as i64))
}

fn str_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, [other]) = slot_self(vm, this, args, &const { binary_slot("__contains__") })?;
    let found = vm.contains(&Value::Str(me), &other)?;
    Ok(Value::Bool(found))
}

fn str_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, [ref key]) = slot_self(vm, this, args, &const { binary_slot("__getitem__") })?;
    let usable = matches!(key, Value::Slice(_))
        || to_int(key).is_some()
        || vm.special_method(key, "__index__").is_some();
    if !usable {
        let type_name = vm.type_name(key);
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{type_name}'"
        )));
    }
    vm.getitem(&Value::Str(me), key)
}

fn str_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = slot_self(vm, this, args, &const { unary_slot("__iter__") })?;
    vm.iter(&Value::Str(me))
}

fn str_add(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, [other]) = slot_self(vm, this, args, &const { binary_slot("__add__") })?;
    match &other {
        Value::Str(other) => {
            let mut joined = String::with_capacity(me.as_str().len() + other.as_str().len());
            joined.push_str(me.as_str());
            joined.push_str(other.as_str());
            Ok(Value::str(joined))
        }
        other => {
            if defers_to_reflected(vm, other, "__radd__") {
                return Ok(Value::NotImplemented);
            }
            let type_name = vm.type_name(other);
            Err(vm.type_error(format!(
                "can only concatenate str (not \"{type_name}\") to str"
            )))
        }
    }
}

/// Whether `"a" + x` (or `*`) should be left to `x`'s reflected method. `ops.rs` asks `str`
/// first, where CPython tries both operands' number slots before str's sequence slots; only
/// instances of Python classes can take a str there (no builtin type's reflected method does,
/// and deferring to one would lose the TypeError's wording).
fn defers_to_reflected(vm: &mut Vm, other: &Value, reflected: &'static str) -> bool {
    matches!(other, Value::Instance(_)) && vm.special_method(other, reflected).is_some()
}

/// `s * count` for `__mul__` and `__rmul__`.
fn repeat(
    vm: &mut Vm,
    me: &Rc<PyStr>,
    count: &Value,
    bound: bool,
    reflected: &'static str,
) -> PResult<Value> {
    let countable = to_int(count).is_some() || vm.special_method(count, "__index__").is_some();
    if !countable {
        if defers_to_reflected(vm, count, reflected) {
            return Ok(Value::NotImplemented);
        }
        let type_name = vm.type_name(count);
        // A bound call is (almost always) the `*` operator falling back on us, and the
        // operator words the error its own way; the unbound descriptor keeps the slot's words.
        let message = if bound {
            format!("can't multiply sequence by non-int of type '{type_name}'")
        } else {
            format!("'{type_name}' object cannot be interpreted as an integer")
        };
        return Err(vm.type_error(message));
    }
    let times = match index_value(vm, count)?.to_i64() {
        Some(times) => times,
        None => {
            return Err(vm.error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ));
        }
    };
    if times <= 0 || me.as_str().is_empty() {
        return Ok(Value::str(""));
    }
    if times == 1 {
        return Ok(Value::Str(me.clone()));
    }
    vm.make_room(times as u128 * me.as_str().len() as u128)?;
    Ok(Value::str(me.as_str().repeat(times as usize)))
}

fn str_mul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let bound = this.is_some();
    let (me, [other]) = slot_self(vm, this, args, &const { repeat_slot("__mul__") })?;
    repeat(vm, &me, &other, bound, "__rmul__")
}

fn str_rmul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let bound = this.is_some();
    let (me, [other]) = slot_self(vm, this, args, &const { repeat_slot("__rmul__") })?;
    repeat(vm, &me, &other, bound, "__mul__")
}

fn str_mod(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, [other]) = slot_self(vm, this, args, &const { binary_slot("__mod__") })?;
    super::percent::percent_format(vm, me.as_str(), &other)
}

fn compare_with(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &'static str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PResult<Value> {
    let (me, [other]) = slot_self(vm, this, args, &binary_slot(name))?;
    match &other {
        Value::Str(other) => Ok(Value::Bool(test(surrogates::compare(
            me.as_str(),
            other.as_str(),
        )))),
        _ => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__eq__", |o| o.is_eq())
}

fn str_ne(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__ne__", |o| o.is_ne())
}

fn str_lt(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__lt__", |o| o.is_lt())
}

fn str_le(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__le__", |o| o.is_le())
}

fn str_gt(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__gt__", |o| o.is_gt())
}

fn str_ge(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    compare_with(vm, this, args, "__ge__", |o| o.is_ge())
}

fn str_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = slot_self(vm, this, args, &const { unary_slot("__hash__") })?;
    Ok(Value::Int(me.hash()))
}

fn str_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = slot_self(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(strings::repr_str(me.as_str())))
}

fn str_str(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = slot_self(vm, this, args, &const { unary_slot("__str__") })?;
    Ok(Value::Str(me))
}

fn str_format_spec(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "__format__")?;
    let spec = one_argument(vm, "__format__", args)?;
    let Value::Str(spec) = &spec else {
        let type_name = vm.type_name(&spec);
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {type_name}"
        )));
    };
    if spec.as_str().is_empty() {
        return Ok(Value::Str(me));
    }
    Ok(Value::str(vm.format(&Value::Str(me), spec.as_str())?))
}

/// `ascii(value)`: its `repr` with every non-ASCII character backslash-escaped.
pub fn ascii_of(vm: &mut Vm, value: &Value) -> PResult<String> {
    let repr = vm.repr(value)?;
    if repr.is_ascii() {
        return Ok(repr);
    }
    let mut escaped = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        let code = surrogates::code_point(c);
        if c.is_ascii() {
            escaped.push(c);
        } else if code <= 0xff {
            escaped.push_str(&format!("\\x{code:02x}"));
        } else if code <= 0xffff {
            escaped.push_str(&format!("\\u{code:04x}"));
        } else {
            escaped.push_str(&format!("\\U{code:08x}"));
        }
    }
    Ok(escaped)
}

// ------------------------------------------------------------------------------------------
// `str.format` and `str.format_map`: PEP 3101 replacement fields.
//
// The parser follows the order in which CPython's `unicode_format.h` looks at the text: it
// renders each field as soon as it has read it, so an error in a later field only shows when
// every earlier field rendered, exactly as in CPython.
// ------------------------------------------------------------------------------------------

fn str_format(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "format")?;
    let keywords = if args.keywords.is_empty() {
        None
    } else {
        let mapping = vm.new_dict();
        for (key, value) in args.keywords {
            vm.dict_set(&mapping, Value::str(key.to_string()), value)?;
        }
        Some(mapping)
    };
    let mut fields = FieldFormatter {
        positional: Some(&args.positional),
        keywords: keywords.as_ref(),
        numbering: Numbering::Unknown,
        next_automatic: 0,
    };
    let text: Vec<char> = me.as_str().chars().collect();
    Ok(Value::str(fields.render(vm, &text, MAX_NESTING)?))
}

fn str_format_map(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = method_self(vm, this, args, "format_map")?;
    let mapping = one_argument(vm, "format_map", args)?;
    let mut fields = FieldFormatter {
        positional: None,
        keywords: Some(&mapping),
        numbering: Numbering::Unknown,
        next_automatic: 0,
    };
    let text: Vec<char> = me.as_str().chars().collect();
    Ok(Value::str(fields.render(vm, &text, MAX_NESTING)?))
}

/// PEP 3101 allows a replacement field inside a format spec, but no deeper.
const MAX_NESTING: u32 = 2;

/// Whether the fields seen so far were numbered by hand (`{0}`) or automatically (`{}`):
/// mixing the two is an error.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Automatic,
    Manual,
}

struct FieldFormatter<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    positional: Option<&'a [Value]>,
    keywords: Option<&'a Value>,
    numbering: Numbering,
    next_automatic: usize,
}

/// One `{name!conversion:spec}` field, as character ranges of the format string.
struct Field {
    name: std::ops::Range<usize>,
    conversion: Option<char>,
    spec: std::ops::Range<usize>,
    /// The spec holds fields of its own (`{:{width}}`).
    spec_has_fields: bool,
}

/// The decimal value of a field name or item made only of (Unicode) decimal digits, as
/// CPython reads `{0}` and `{0[1]}`; `None` otherwise.
fn decimal_number(vm: &mut Vm, digits: &[char]) -> PResult<Option<usize>> {
    if digits.is_empty() {
        return Ok(None);
    }
    let mut number: usize = 0;
    for &c in digits {
        let Some(digit) = decimal_digit(c) else {
            return Ok(None);
        };
        number = match number
            .checked_mul(10)
            .and_then(|n| n.checked_add(digit))
            .filter(|&n| n <= isize::MAX as usize)
        {
            Some(n) => n,
            None => {
                return Err(vm.value_error("Too many decimal digits in format string"));
            }
        };
    }
    Ok(Some(number))
}

/// The value of a decimal digit of any script. Unicode puts every script's digits 0 to 9 in
/// consecutive code points starting at a zero, so the value is the distance to the start of
/// the run of decimal digits, modulo ten (runs of several scripts follow one another).
fn decimal_digit(c: char) -> Option<usize> {
    if c.is_ascii_digit() {
        return Some(c as usize - '0' as usize);
    }
    if !strings::char_isdecimal(c) {
        return None;
    }
    let mut first = c as u32;
    while first > 0 && char::from_u32(first - 1).is_some_and(strings::char_isdecimal) {
        first -= 1;
    }
    Some(((c as u32 - first) % 10) as usize)
}

impl FieldFormatter<'_> {
    /// Expands the fields of `text` (a whole format string, or a spec with fields inside).
    fn render(&mut self, vm: &mut Vm, text: &[char], nesting: u32) -> PResult<String> {
        if nesting == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut pos = 0;
        while pos < text.len() {
            let start = pos;
            let mut brace = None;
            while pos < text.len() {
                let c = text[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    brace = Some(c);
                    break;
                }
            }
            let doubled = pos < text.len() && Some(text[pos]) == brace;
            match brace {
                None => out.extend(&text[start..pos]),
                Some(brace) if doubled => {
                    // `{{` and `}}` stand for one brace.
                    out.extend(&text[start..pos - 1]);
                    out.push(brace);
                    pos += 1;
                }
                Some('}') => {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
                Some(_) => {
                    if pos >= text.len() {
                        return Err(vm.value_error("Single '{' encountered in format string"));
                    }
                    out.extend(&text[start..pos - 1]);
                    let field = match parse_field(text, &mut pos) {
                        Ok(field) => field,
                        Err(message) => return Err(vm.value_error(message)),
                    };
                    let rendered = self.render_field(vm, text, &field, nesting)?;
                    out.push_str(&rendered);
                }
            }
        }
        Ok(out)
    }

    fn render_field(
        &mut self,
        vm: &mut Vm,
        text: &[char],
        field: &Field,
        nesting: u32,
    ) -> PResult<String> {
        let mut object = self.field_object(vm, &text[field.name.clone()])?;
        if let Some(conversion) = field.conversion {
            let converted = match conversion {
                'r' => vm.repr(&object)?,
                's' => vm.str(&object)?,
                'a' => ascii_of(vm, &object)?,
                other if other > ' ' && other < '\x7f' => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
                }
                other => {
                    return Err(vm.value_error(format!(
                        "Unknown conversion specifier \\x{:x}",
                        surrogates::code_point(other)
                    )));
                }
            };
            object = Value::str(converted);
        }
        let spec_text = &text[field.spec.clone()];
        let spec: String = if field.spec_has_fields {
            self.render(vm, spec_text, nesting - 1)?
        } else {
            spec_text.iter().collect()
        };
        vm.format(&object, &spec)
    }

    /// The object a field name designates: an argument, then `.attribute` and `[key]` steps.
    fn field_object(&mut self, vm: &mut Vm, name: &[char]) -> PResult<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let mut index = decimal_number(vm, first)?;
        let automatic = first.is_empty();
        if automatic || index.is_some() {
            if self.numbering == Numbering::Unknown {
                self.numbering = if automatic {
                    Numbering::Automatic
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && automatic {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Automatic && !automatic {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if automatic {
                index = Some(self.next_automatic);
                self.next_automatic += 1;
            }
        }
        let mut object = match index {
            None => {
                let key = Value::str(first.iter().collect::<String>());
                match self.keywords {
                    Some(mapping) => vm.getitem(mapping, &key)?,
                    None => return Err(vm.key_error(key)),
                }
            }
            Some(index) => match self.positional {
                None => return Err(vm.value_error("Format string contains positional fields")),
                Some(arguments) => match arguments.get(index) {
                    Some(value) => value.clone(),
                    None => {
                        return Err(vm.error(
                            "IndexError",
                            format!(
                                "Replacement index {index} out of range for positional args tuple"
                            ),
                        ));
                    }
                },
            },
        };
        let mut pos = first_end;
        while pos < name.len() {
            let kind = name[pos];
            pos += 1;
            let start = pos;
            match kind {
                '.' => {
                    while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                        pos += 1;
                    }
                    if start == pos {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attribute: String = name[start..pos].iter().collect();
                    object = vm.getattr(&object, &attribute)?;
                }
                '[' => {
                    while pos < name.len() && name[pos] != ']' {
                        pos += 1;
                    }
                    if pos >= name.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let item = &name[start..pos];
                    pos += 1;
                    let number = decimal_number(vm, item)?;
                    if item.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let key = match number {
                        Some(number) => Value::Int(number as i64),
                        None => Value::str(item.iter().collect::<String>()),
                    };
                    object = vm.getitem(&object, &key)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
        }
        Ok(object)
    }
}

/// Reads a replacement field after its opening brace, leaving `pos` after its closing one.
fn parse_field(text: &[char], pos: &mut usize) -> Result<Field, &'static str> {
    let name_start = *pos;
    let mut last = '\0';
    while *pos < text.len() {
        last = text[*pos];
        *pos += 1;
        match last {
            '{' => return Err("unexpected '{' in field name"),
            // A key in brackets may hold ':' and '!'.
            '[' => {
                while *pos < text.len() && text[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = name_start..*pos - 1;
    if last == '}' {
        return Ok(Field {
            name,
            conversion: None,
            spec: 0..0,
            spec_has_fields: false,
        });
    }
    if last != ':' && last != '!' {
        return Err("expected '}' before end of string");
    }
    let mut conversion = None;
    if last == '!' {
        if *pos >= text.len() {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(text[*pos]);
        *pos += 1;
        if *pos < text.len() {
            let after = text[*pos];
            *pos += 1;
            if after == '}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: 0..0,
                    spec_has_fields: false,
                });
            }
            if after != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    let mut spec_has_fields = false;
    while *pos < text.len() {
        let c = text[*pos];
        *pos += 1;
        match c {
            '{' => {
                spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: spec_start..*pos - 1,
                        spec_has_fields,
                    });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}
