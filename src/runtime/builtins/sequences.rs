//! `list`, `tuple`, `range` and `slice`: constructors, methods and the special methods that
//! Python code may call explicitly (`list.__len__(x)`).
//!
//! The operators on these types (`+`, `*`, `==`, `in`, `[i]`) are evaluated natively by the
//! VM; the special methods here give the same answers when called by name, and decline
//! (`NotImplemented`) where CPython's would, so that operator dispatch on mixed types still
//! reaches the other operand's reflected method.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::super::ops::{self, from_int, to_int};
use super::super::value::{Args, Class, Iter, Range, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, sort_values};
use crate::python::bytecode::Comparison;
use pycore::int::PyInt;

pub fn install(vm: &mut Vm) {
    let list = vm.types.list.clone();
    add_method(&list, "__new__", list_new);
    add_method(&list, "__init__", list_init);
    add_method(&list, "append", list_append);
    super::set_fast(&mut list.dict.borrow_mut(), "append", list_append_fast);
    add_method(&list, "extend", list_extend);
    add_method(&list, "insert", list_insert);
    add_method(&list, "remove", list_remove);
    add_method(&list, "pop", list_pop);
    add_method(&list, "index", list_index);
    add_method(&list, "count", list_count);
    add_method(&list, "reverse", list_reverse);
    add_method(&list, "sort", list_sort);
    add_method(&list, "copy", list_copy);
    add_method(&list, "clear", list_clear);
    add_method(&list, "__len__", list_len);
    add_method(&list, "__getitem__", list_getitem);
    add_method(&list, "__setitem__", list_setitem);
    add_method(&list, "__delitem__", list_delitem);
    add_method(&list, "__contains__", list_contains);
    add_method(&list, "__iter__", list_iter);
    add_method(&list, "__reversed__", list_reversed);
    add_method(&list, "__add__", list_add);
    add_method(&list, "__iadd__", list_iadd);
    add_method(&list, "__mul__", list_mul);
    add_method(&list, "__rmul__", list_rmul);
    add_method(&list, "__imul__", list_imul);
    add_method(&list, "__repr__", list_repr);
    add_method(&list, "__lt__", list_compare::<LT>);
    add_method(&list, "__le__", list_compare::<LE>);
    add_method(&list, "__eq__", list_compare::<EQ>);
    add_method(&list, "__ne__", list_compare::<NE>);
    add_method(&list, "__gt__", list_compare::<GT>);
    add_method(&list, "__ge__", list_compare::<GE>);
    // Mutable containers are unhashable: CPython sets `__hash__` to None on the type.
    list.dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);

    let tuple = vm.types.tuple.clone();
    add_method(&tuple, "__new__", tuple_new);
    add_method(&tuple, "count", tuple_count);
    add_method(&tuple, "index", tuple_index);
    add_method(&tuple, "__len__", tuple_len);
    add_method(&tuple, "__getitem__", tuple_getitem);
    add_method(&tuple, "__contains__", tuple_contains);
    add_method(&tuple, "__iter__", tuple_iter);
    add_method(&tuple, "__add__", tuple_add);
    add_method(&tuple, "__mul__", tuple_mul);
    add_method(&tuple, "__rmul__", tuple_mul);
    add_method(&tuple, "__hash__", tuple_hash);
    add_method(&tuple, "__repr__", tuple_repr);
    add_method(&tuple, "__lt__", tuple_compare::<LT>);
    add_method(&tuple, "__le__", tuple_compare::<LE>);
    add_method(&tuple, "__eq__", tuple_compare::<EQ>);
    add_method(&tuple, "__ne__", tuple_compare::<NE>);
    add_method(&tuple, "__gt__", tuple_compare::<GT>);
    add_method(&tuple, "__ge__", tuple_compare::<GE>);

    let range = vm.types.range.clone();
    add_method(&range, "__new__", range_new);
    add_method(&range, "count", range_count);
    add_method(&range, "index", range_index);
    add_method(&range, "__len__", range_len);
    add_method(&range, "__getitem__", range_getitem);
    add_method(&range, "__contains__", range_contains);
    add_method(&range, "__iter__", range_iter);
    add_method(&range, "__reversed__", range_reversed);
    add_method(&range, "__eq__", range_compare::<EQ>);
    add_method(&range, "__ne__", range_compare::<NE>);
    add_method(&range, "__hash__", range_hash);
    add_method(&range, "__repr__", range_repr);

    let slice = vm.types.slice.clone();
    add_method(&slice, "__new__", slice_new);
    add_method(&slice, "indices", slice_indices);
    add_method(&slice, "__hash__", slice_hash);
    add_method(&slice, "__repr__", slice_repr);
    add_method(&slice, "__lt__", slice_compare::<LT>);
    add_method(&slice, "__le__", slice_compare::<LE>);
    add_method(&slice, "__eq__", slice_compare::<EQ>);
    add_method(&slice, "__ne__", slice_compare::<NE>);
    add_method(&slice, "__gt__", slice_compare::<GT>);
    add_method(&slice, "__ge__", slice_compare::<GE>);
}

// ----- receivers and argument checks shared with `mappings` -----

/// A special method taking nothing (`__len__`, `__repr__`), under its name alone: the
/// receiver's type qualifies it when the method binds its arguments.
pub(super) const fn unary_slot(name: &'static str) -> Signature<0, 0> {
    Signature::new(name, Convention::Slot, [], [])
}

/// A special method taking its operand (`__add__`, `__eq__`, `__contains__`).
pub(super) const fn binary_slot(name: &'static str) -> Signature<1, 0> {
    Signature::new(
        name,
        Convention::Slot,
        [Param::positional_only("other")],
        [],
    )
}

/// A method taking nothing (`METH_NOARGS`: `list.copy()`).
pub(super) const fn no_arguments(name: &'static str) -> Signature<0, 0> {
    Signature::new(name, Convention::Fixed, [], [])
}

/// A method taking exactly one argument (`METH_O`: `list.append(x)`).
pub(super) const fn one_argument(name: &'static str, param: &'static str) -> Signature<1, 0> {
    Signature::new(name, Convention::Fixed, [Param::positional_only(param)], [])
}

/// `__mul__`, `__rmul__` and `__imul__` of a sequence, whose wrapper unpacks the count.
pub(super) const fn repeat_slot(name: &'static str) -> Signature<1, 0> {
    Signature::new(
        name,
        Convention::SlotUnpacked,
        [Param::positional_only("count")],
        [],
    )
}

/// `__setitem__`, whose wrapper unpacks the key and the value.
pub(super) const SETITEM: Signature<2, 0> = Signature::new(
    "__setitem__",
    Convention::SlotUnpacked,
    [
        Param::positional_only("key"),
        Param::positional_only("value"),
    ],
    [],
);

/// `list.count(value)` and `tuple.count(value)`.
const COUNT: Signature<1, 0> = one_argument("count", "value");

/// `list.index(value, start=0, stop=sys.maxsize)` and `tuple.index`, whose arguments
/// CPython unpacks positionally.
const INDEX: Signature<1, 2> = Signature::new(
    "index",
    Convention::Unpack,
    [Param::positional_only("value")],
    [
        Param::positional_only("start"),
        Param::positional_only("stop"),
    ],
);

/// The receiver of a builtin method (bound, or the first argument of an unbound call),
/// checked to be of the method's type by `extract`, which gives what the method works on, and
/// the arguments bound to `signature`, whose name is the method's alone (`append`).
pub(super) fn bind_receiver<T, const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    type_name: &str,
    signature: &Signature<R, O>,
    extract: impl Fn(&Value) -> Option<T>,
) -> PResult<(T, Value, Bound<R, O>)> {
    let slot = matches!(
        signature.convention,
        Convention::Slot | Convention::SlotUnpacked
    );
    let (extracted, me, args) =
        typed_receiver(vm, this, args, type_name, signature.name, slot, extract)?;
    let bound = signature.bind_member(vm, args, type_name)?;
    Ok((extracted, me, bound))
}

/// The receiver of a builtin method that binds its arguments itself (`list.sort`,
/// `dict.update`), and those arguments. CPython words a missing or foreign receiver
/// differently for a type slot's wrapper (`slot`, as `__init__`) and for a method.
pub(super) fn typed_receiver<T>(
    vm: &mut Vm,
    this: Option<&Value>,
    mut args: Args,
    type_name: &str,
    method: &str,
    slot: bool,
    extract: impl Fn(&Value) -> Option<T>,
) -> PResult<(T, Value, Args)> {
    let me = match this {
        Some(this) => this.clone(),
        None if args.positional.is_empty() => {
            return Err(vm.type_error(if slot {
                format!("descriptor '{method}' of '{type_name}' object needs an argument")
            } else {
                format!("unbound method {type_name}.{method}() needs an argument")
            }));
        }
        None => args.positional.remove(0),
    };
    // A subclass's instance: the method works on the builtin value it wraps.
    let me = match super::super::value::Instance::builtin_base(&me) {
        Some(base) => base.clone(),
        None => me,
    };
    let Some(extracted) = extract(&me) else {
        let name = vm.type_name(&me);
        return Err(vm.type_error(if slot {
            format!("descriptor '{method}' requires a '{type_name}' object but received a '{name}'")
        } else {
            format!(
                "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{name}' object"
            )
        }));
    };
    Ok((extracted, me, args))
}

/// The class `T.__new__(cls, ...)` is asked to make, checked as CPython checks it.
pub(super) fn new_class(vm: &mut Vm, args: &mut Args, base: &Rc<Class>) -> PResult<Rc<Class>> {
    let name = base.name.clone();
    let class = super::take_class(vm, args, &name)?;
    if !class.is_subclass_of(base) {
        let asked = class.name.clone();
        return Err(vm.type_error(format!(
            "{name}.__new__({asked}): {asked} is not a subtype of {name}"
        )));
    }
    Ok(class)
}

pub(super) const LT: u8 = 0;
pub(super) const LE: u8 = 1;
pub(super) const EQ: u8 = 2;
pub(super) const NE: u8 = 3;
pub(super) const GT: u8 = 4;
pub(super) const GE: u8 = 5;

/// The comparison a `const OP` stands for, and its special method's name.
pub(super) fn comparison(op: u8) -> (Comparison, &'static str) {
    match op {
        LT => (Comparison::Lt, "__lt__"),
        LE => (Comparison::LtE, "__le__"),
        EQ => (Comparison::Eq, "__eq__"),
        NE => (Comparison::NotEq, "__ne__"),
        GT => (Comparison::Gt, "__gt__"),
        _ => (Comparison::GtE, "__ge__"),
    }
}

/// Whether `other` is an object of a Python class with the reflected operator `reflected`.
/// CPython tries that method before a builtin sequence's concatenation or repetition; the VM
/// tries the left operand's method first, so ours steps aside for it.
fn defers_to_reflected(vm: &Vm, other: &Value, reflected: &str) -> bool {
    // (A complex's reflected operators take only numbers.)
    let complex = other.native::<super::complex::Complex>().is_some();
    matches!(other, Value::Instance(_) | Value::Native(_))
        && !complex
        && vm.class_of(other).lookup(reflected).is_some()
}

/// An integer argument as CPython's `PyNumber_Index` gives it: an int, or what `__index__`
/// returns.
fn index_int(vm: &mut Vm, value: &Value) -> PResult<Option<PyInt>> {
    if let Some(int) = to_int(value) {
        return Ok(Some(int));
    }
    match vm.call_special(value, "__index__", Vec::new())? {
        Some(result) => match to_int(&result) {
            Some(int) => Ok(Some(int)),
            None => {
                let name = vm.type_name(&result);
                Err(vm.type_error(format!("__index__ returned non-int (type {name})")))
            }
        },
        None => Ok(None),
    }
}

fn not_an_integer(vm: &mut Vm, value: &Value) -> Flow {
    let name = vm.type_name(value);
    vm.type_error(format!(
        "'{name}' object cannot be interpreted as an integer"
    ))
}

/// A repetition count (`seq * n`): too large for an index is an OverflowError.
fn repeat_count(vm: &mut Vm, value: &Value) -> PResult<i64> {
    match index_int(vm, value)? {
        Some(int) => int.to_i64().ok_or_else(|| {
            vm.error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        None => Err(not_an_integer(vm, value)),
    }
}

/// A start or stop bound of `index()`: out-of-range values clamp, `None` is refused.
fn search_bound(vm: &mut Vm, value: &Value) -> PResult<i64> {
    match index_int(vm, value)? {
        Some(int) => Ok(int.to_i64_clamped()),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The `start, stop` window of `index(x, start, stop)` on a sequence of `length` items.
fn search_window(
    vm: &mut Vm,
    start: Option<Value>,
    stop: Option<Value>,
    length: usize,
) -> PResult<(i64, i64)> {
    let length = length as i64;
    let resolve = |bound: i64| {
        if bound < 0 {
            bound.saturating_add(length).max(0)
        } else {
            bound
        }
    };
    let start = match start {
        Some(value) => resolve(search_bound(vm, &value)?),
        None => 0,
    };
    let stop = match stop {
        Some(value) => resolve(search_bound(vm, &value)?),
        None => i64::MAX,
    };
    Ok((start, stop))
}

/// Python's `item == target` for searching, identity first as CPython's containers do
/// (`PyObject_RichCompareBool`).
pub(super) fn same_or_equal(vm: &mut Vm, item: &Value, target: &Value) -> PResult<bool> {
    if item.is(target) {
        return Ok(true);
    }
    let verdict = ops::compare(vm, Comparison::Eq, item, target)?;
    vm.truthy(&verdict)
}

/// The items of `seq * count`, refusing results too large to hold.
fn repeated(vm: &mut Vm, items: &[Value], count: i64) -> PResult<Vec<Value>> {
    if count <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    // The same bound the `*` operator applies: the memory limit.
    vm.make_room((count as u128) * (items.len() as u128) * crate::runtime::ops::ITEM_BYTES)?;
    let mut result = Vec::with_capacity(items.len() * count as usize);
    for _ in 0..count {
        result.extend(items.iter().cloned());
    }
    Ok(result)
}

fn memory_error(vm: &mut Vm) -> Flow {
    let class = vm.types.exception("MemoryError");
    Flow::Exception(vm.new_exception(class, Vec::new()))
}

// ----- list -----

/// A list's items, shared with every reference to the list.
type Items = Rc<RefCell<Vec<Value>>>;

fn is_list(value: &Value) -> bool {
    matches!(value, Value::List(_))
}

/// The receiver of a list method and its checked arguments.
fn the_list<const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Items, Value, Bound<R, O>)> {
    bind_receiver(vm, this, args, "list", signature, list_items)
}

fn list_items(value: &Value) -> Option<Items> {
    match value {
        Value::List(items) => Some(items.clone()),
        Value::Instance(instance) => instance.base.as_ref().and_then(list_items),
        _ => None,
    }
}

fn item_at(items: &RefCell<Vec<Value>>, index: usize) -> Option<Value> {
    items.borrow().get(index).cloned()
}

/// `list.__new__(cls, ...)` makes an empty list; `__init__` fills it.
fn list_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.list.clone();
    let class = new_class(vm, &mut args, &base)?;
    Ok(subclass_instance(&class, &base, Value::list(Vec::new())))
}

/// What `T.__new__(cls)` gives for the builtin `base`'s value: the value itself, or an
/// instance of the subclass `cls` wrapping it.
pub(super) fn subclass_instance(class: &Rc<Class>, base: &Rc<Class>, value: Value) -> Value {
    if Rc::ptr_eq(class, base) {
        return value;
    }
    let instance = super::super::value::Instance::with_base(class.clone(), value);
    Value::Instance(Rc::new(instance))
}

/// `list.__init__(self, iterable=())`: empties the list, then extends it.
fn list_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const LIST: Signature<0, 1> = Signature::new(
        "list",
        Convention::Unpack,
        [],
        [Param::positional_only("iterable")],
    );
    let (items, _, args) = typed_receiver(vm, this, args, "list", "__init__", true, list_items)?;
    let Bound {
        optional: [iterable],
        ..
    } = LIST.bind(vm, args)?;
    let previous = std::mem::take(&mut *items.borrow_mut());
    drop(previous);
    if let Some(iterable) = &iterable {
        extend_list(vm, &items, iterable)?;
    }
    Ok(Value::None)
}

/// `list.append(object)`'s quick form, on a list itself (not a subclass's instance).
fn list_append_fast(_vm: &mut Vm, this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
    let (Some(Value::List(items)), [object]) = (this, args) else {
        return None;
    };
    items.borrow_mut().push(object.clone());
    Some(Ok(Value::None))
}

fn list_append(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const APPEND: Signature<1, 0> = one_argument("append", "object");
    let (
        items,
        _,
        Bound {
            required: [object], ..
        },
    ) = the_list(vm, this, args, &APPEND)?;
    items.borrow_mut().push(object);
    Ok(Value::None)
}

/// Appends every item of `source`. Items come one at a time from iterators, as in CPython,
/// so code run by the iterator sees the list grow.
fn extend_list(vm: &mut Vm, items: &Items, source: &Value) -> PResult<()> {
    match source {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Range(_)
        | Value::Str(_) => {
            let new = vm.collect(source)?;
            items.borrow_mut().extend(new);
        }
        _ => {
            let iterator = vm.iter(source)?;
            let mut added: usize = 0;
            while let Some(item) = vm.next(&iterator)? {
                items.borrow_mut().push(item);
                added += 1;
                if added & 0xfff == 0 {
                    vm.check_budget()?;
                    if added > 100_000_000 {
                        return Err(memory_error(vm));
                    }
                }
            }
        }
    }
    Ok(())
}

fn list_extend(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const EXTEND: Signature<1, 0> = one_argument("extend", "iterable");
    let (
        items,
        _,
        Bound {
            required: [iterable],
            ..
        },
    ) = the_list(vm, this, args, &EXTEND)?;
    extend_list(vm, &items, &iterable)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const INSERT: Signature<2, 0> = Signature::new(
        "insert",
        Convention::Unpack,
        [
            Param::positional_only("index"),
            Param::positional_only("object"),
        ],
        [],
    );
    let (
        items,
        _,
        Bound {
            required: [index, object],
            ..
        },
    ) = the_list(vm, this, args, &INSERT)?;
    let index = super::expect_int(vm, &index, "index")?;
    let mut list = items.borrow_mut();
    let length = list.len() as i64;
    let position = if index < 0 {
        (index + length).max(0)
    } else {
        index.min(length)
    };
    list.insert(position as usize, object);
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const REMOVE: Signature<1, 0> = one_argument("remove", "value");
    let (
        items,
        _,
        Bound {
            required: [ref target],
            ..
        },
    ) = the_list(vm, this, args, &REMOVE)?;
    let mut index = 0;
    // The comparison may run Python code that changes the list: re-read it at every step.
    while let Some(item) = item_at(&items, index) {
        if same_or_equal(vm, &item, target)? {
            let mut list = items.borrow_mut();
            if index < list.len() {
                list.remove(index);
            }
            return Ok(Value::None);
        }
        index += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const POP: Signature<0, 1> = Signature::new(
        "pop",
        Convention::Unpack,
        [],
        [Param::positional_only("index")],
    );
    let (
        items,
        _,
        Bound {
            optional: [index], ..
        },
    ) = the_list(vm, this, args, &POP)?;
    let index = match &index {
        Some(value) => super::expect_int(vm, value, "index")?,
        None => -1,
    };
    let mut list = items.borrow_mut();
    if list.is_empty() {
        drop(list);
        return Err(vm.error("IndexError", "pop from empty list"));
    }
    let length = list.len() as i64;
    let position = if index < 0 { index + length } else { index };
    if position < 0 || position >= length {
        drop(list);
        return Err(vm.error("IndexError", "pop index out of range"));
    }
    Ok(list.remove(position as usize))
}

fn list_index(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref target],
            optional: [start, stop],
            ..
        },
    ) = the_list(vm, this, args, &INDEX)?;
    let length = items.borrow().len();
    let (start, stop) = search_window(vm, start, stop, length)?;
    let mut index = start;
    while index < stop {
        let Some(item) = item_at(&items, index as usize) else {
            break;
        };
        if same_or_equal(vm, &item, target)? {
            return Ok(Value::Int(index));
        }
        index += 1;
    }
    let shown = vm.repr(target)?;
    Err(vm.value_error(format!("{shown} is not in list")))
}

fn list_count(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref target],
            ..
        },
    ) = the_list(vm, this, args, &COUNT)?;
    let mut count = 0;
    let mut index = 0;
    while let Some(item) = item_at(&items, index) {
        if same_or_equal(vm, &item, target)? {
            count += 1;
        }
        index += 1;
    }
    Ok(Value::Int(count))
}

fn list_reverse(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, _) = the_list(vm, this, args, &const { no_arguments("reverse") })?;
    items.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: a stable sort.
///
/// `list.sort(*, key=None, reverse=False)`, whose parser `sorted` shares.
pub(super) const LIST_SORT: Signature<0, 2> = Signature::new(
    "list.sort",
    Convention::Clinic,
    [],
    [Param::keyword_only("key"), Param::keyword_only("reverse")],
);

/// As in CPython the list is empty while it is being sorted (a key function or `__lt__` that
/// looks at it sees `[]`), and one that was changed in the meantime gets the sorted items
/// back and raises ValueError. The list's buffer is detached for the sort, so any growth
/// shows as capacity on the placeholder left behind.
fn list_sort(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, args) = typed_receiver(vm, this, args, "list", "sort", false, list_items)?;
    let Bound {
        optional: [key, reverse],
        ..
    } = LIST_SORT.bind(vm, args)?;
    let key = key.filter(|key| !key.is_none());
    let reverse = match reverse {
        Some(flag) => vm.truthy(&flag)?,
        None => false,
    };
    let original = std::mem::take(&mut *items.borrow_mut());
    let outcome = sort_values(vm, original.clone(), key.as_ref(), reverse);
    let meddled = items.borrow().capacity() != 0;
    match outcome {
        Ok(sorted) => {
            *items.borrow_mut() = sorted;
            if meddled {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(error) => {
            *items.borrow_mut() = original;
            Err(error)
        }
    }
}

fn list_copy(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, _) = the_list(vm, this, args, &const { no_arguments("copy") })?;
    let copy = items.borrow().clone();
    Ok(Value::list(copy))
}

fn list_clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, _) = the_list(vm, this, args, &const { no_arguments("clear") })?;
    // Dropping the items may run no Python code here, but take them out first anyway so
    // the list is already empty if anything looks.
    let doomed = std::mem::take(&mut *items.borrow_mut());
    drop(doomed);
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, _) = the_list(vm, this, args, &const { unary_slot("__len__") })?;
    let length = items.borrow().len();
    Ok(Value::Int(length as i64))
}

fn list_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GETITEM: Signature<1, 0> = one_argument("__getitem__", "index");
    let (
        _,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_list(vm, this, args, &GETITEM)?;
    vm.getitem(&me, key)
}

fn list_setitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [key, value],
            ..
        },
    ) = the_list(vm, this, args, &SETITEM)?;
    vm.setitem(&me, key, value)?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_list(vm, this, args, &const { binary_slot("__delitem__") })?;
    vm.delitem(&me, key)?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref item],
            ..
        },
    ) = the_list(vm, this, args, &const { binary_slot("__contains__") })?;
    Ok(Value::Bool(vm.contains(&me, item)?))
}

fn list_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_list(vm, this, args, &const { unary_slot("__iter__") })?;
    vm.iter(&me)
}

fn list_reversed(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, me, _) = the_list(vm, this, args, &const { no_arguments("__reversed__") })?;
    let length = items.borrow().len();
    Ok(vm.new_iterator(Iter::Reversed {
        items: me,
        index: length,
    }))
}

fn list_add(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_list(vm, this, args, &const { binary_slot("__add__") })?;
    let Some(more) = list_items(other) else {
        if defers_to_reflected(vm, other, "__radd__") {
            return Ok(Value::NotImplemented);
        }
        let name = vm.type_name(other);
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{name}\") to list"
        )));
    };
    let mut result = items.borrow().clone();
    result.extend(more.borrow().iter().cloned());
    Ok(Value::list(result))
}

fn list_iadd(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_list(vm, this, args, &const { binary_slot("__iadd__") })?;
    extend_list(vm, &items, other)?;
    Ok(me)
}

/// `list * n`, for `__mul__` and `__rmul__`.
fn list_repeat(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &'static str,
) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_list(vm, this, args, &repeat_slot(method))?;
    if to_int(other).is_none() && defers_to_reflected(vm, other, "__rmul__") {
        return Ok(Value::NotImplemented);
    }
    let count = repeat_count(vm, other)?;
    let source = items.borrow().clone();
    Ok(Value::list(repeated(vm, &source, count)?))
}

fn list_mul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    list_repeat(vm, this, args, "__mul__")
}

fn list_rmul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    list_repeat(vm, this, args, "__rmul__")
}

fn list_imul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        me,
        Bound {
            required: [ref times],
            ..
        },
    ) = the_list(vm, this, args, &const { repeat_slot("__imul__") })?;
    let count = repeat_count(vm, times)?;
    let source = items.borrow().clone();
    if count == 1 {
        return Ok(me);
    }
    let result = repeated(vm, &source, count)?;
    *items.borrow_mut() = result;
    Ok(me)
}

fn list_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_list(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(vm.repr(&me)?))
}

fn list_compare<const OP: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        _,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_list(vm, this, args, &binary_slot(name))?;
    let other = super::super::value::Instance::builtin_base(other).unwrap_or(other);
    if !is_list(other) {
        return Ok(Value::NotImplemented);
    }
    ops::compare(vm, op, &me, other)
}

// ----- tuple -----

fn is_tuple(value: &Value) -> bool {
    matches!(value, Value::Tuple(_))
}

fn the_tuple<const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Rc<[Value]>, Value, Bound<R, O>)> {
    bind_receiver(vm, this, args, "tuple", signature, tuple_items)
}

fn tuple_items(value: &Value) -> Option<Rc<[Value]>> {
    match value {
        Value::Tuple(items) => Some(items.clone()),
        Value::Instance(instance) => instance.base.as_ref().and_then(tuple_items),
        _ => None,
    }
}

fn tuple_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.tuple.clone();
    const TUPLE: Signature<0, 1> = Signature::new(
        "tuple",
        Convention::Unpack,
        [],
        [Param::positional_only("iterable")],
    );
    let class = new_class(vm, &mut args, &base)?;
    let Bound {
        optional: [iterable],
        ..
    } = TUPLE.bind(vm, args)?;
    let tuple = match &iterable {
        Some(Value::Tuple(items)) => Value::Tuple(items.clone()),
        Some(iterable) => Value::tuple(vm.collect(iterable)?),
        None => Value::tuple(Vec::new()),
    };
    Ok(subclass_instance(&class, &base, tuple))
}

fn tuple_count(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref target],
            ..
        },
    ) = the_tuple(vm, this, args, &COUNT)?;
    let mut count = 0;
    for item in items.iter() {
        if same_or_equal(vm, item, target)? {
            count += 1;
        }
    }
    Ok(Value::Int(count))
}

fn tuple_index(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref target],
            optional: [start, stop],
            ..
        },
    ) = the_tuple(vm, this, args, &INDEX)?;
    let (start, stop) = search_window(vm, start, stop, items.len())?;
    let stop = stop.min(items.len() as i64);
    for index in start..stop.max(start) {
        if same_or_equal(vm, &items[index as usize], target)? {
            return Ok(Value::Int(index));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (items, _, _) = the_tuple(vm, this, args, &const { unary_slot("__len__") })?;
    Ok(Value::Int(items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_tuple(vm, this, args, &const { binary_slot("__getitem__") })?;
    vm.getitem(&me, key)
}

fn tuple_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref item],
            ..
        },
    ) = the_tuple(vm, this, args, &const { binary_slot("__contains__") })?;
    Ok(Value::Bool(vm.contains(&me, item)?))
}

fn tuple_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_tuple(vm, this, args, &const { unary_slot("__iter__") })?;
    vm.iter(&me)
}

fn tuple_add(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        _,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_tuple(vm, this, args, &const { binary_slot("__add__") })?;
    let Some(more) = tuple_items(other) else {
        if defers_to_reflected(vm, other, "__radd__") {
            return Ok(Value::NotImplemented);
        }
        let name = vm.type_name(other);
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{name}\") to tuple"
        )));
    };
    let mut result = items.to_vec();
    result.extend(more.iter().cloned());
    Ok(Value::tuple(result))
}

/// `tuple * n` and `n * tuple` (CPython installs one slot for both).
fn tuple_mul(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        items,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_tuple(vm, this, args, &const { repeat_slot("__mul__") })?;
    if to_int(other).is_none() && defers_to_reflected(vm, other, "__rmul__") {
        return Ok(Value::NotImplemented);
    }
    let count = repeat_count(vm, other)?;
    if count == 1 {
        return Ok(me);
    }
    Ok(Value::tuple(repeated(vm, &items, count)?))
}

fn tuple_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_tuple(vm, this, args, &const { unary_slot("__hash__") })?;
    Ok(Value::Int(vm.hash(&me)?))
}

fn tuple_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_tuple(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(vm.repr(&me)?))
}

fn tuple_compare<const OP: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        _,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_tuple(vm, this, args, &binary_slot(name))?;
    let other = super::super::value::Instance::builtin_base(other).unwrap_or(other);
    if !is_tuple(other) {
        return Ok(Value::NotImplemented);
    }
    ops::compare(vm, op, &me, other)
}

// ----- range -----

fn is_range(value: &Value) -> bool {
    matches!(value, Value::Range(_))
}

fn the_range<const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Range, Value, Bound<R, O>)> {
    bind_receiver(vm, this, args, "range", signature, |value| match value {
        Value::Range(range) => Some(**range),
        _ => None,
    })
}

/// The number of items, exactly (it can exceed `i64` for ranges spanning most of it).
fn range_length(range: &Range) -> i128 {
    let (start, stop, step) = (range.start as i128, range.stop as i128, range.step as i128);
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn int_value(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(n))),
    }
}

/// Where the int `n` is in the range, if it is there.
fn range_position(range: &Range, n: &PyInt) -> Option<i128> {
    let n = n.to_i64()? as i128;
    let offset = n - range.start as i128;
    let step = range.step as i128;
    if offset % step != 0 {
        return None;
    }
    let position = offset / step;
    (position >= 0 && position < range_length(range)).then_some(position)
}

/// Ints (and bools) are located arithmetically; anything else is compared with every item,
/// as CPython's generic sequence search does.
fn range_search(vm: &mut Vm, range: &Range, target: &Value) -> PResult<Option<i128>> {
    if let Some(n) = to_int(target) {
        return Ok(range_position(range, &n));
    }
    let length = range_length(range);
    let mut position: i128 = 0;
    while position < length {
        let item = int_value(range.start as i128 + position * range.step as i128);
        if same_or_equal(vm, &item, target)? {
            return Ok(Some(position));
        }
        position += 1;
        if position & 0xfff == 0 {
            vm.check_budget()?;
        }
    }
    Ok(None)
}

fn range_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.range.clone();
    // `range(stop)` or `range(start, stop[, step])`: the first parameter's meaning depends
    // on how many there are.
    const RANGE: Signature<1, 2> = Signature::new(
        "range",
        Convention::Unpack,
        [Param::positional_only("start_or_stop")],
        [
            Param::positional_only("stop"),
            Param::positional_only("step"),
        ],
    );
    new_class(vm, &mut args, &base)?;
    let Bound {
        required: [first],
        optional: [stop, step],
        ..
    } = RANGE.bind(vm, args)?;
    let first = super::expect_int(vm, &first, "range")?;
    let (start, stop, step) = match (stop, step) {
        (None, _) => (0, first, 1),
        (Some(stop), step) => {
            let stop = super::expect_int(vm, &stop, "range")?;
            let step = match step {
                Some(step) => super::expect_int(vm, &step, "range")?,
                None => 1,
            };
            (first, stop, step)
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

fn range_count(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        range,
        _,
        Bound {
            required: [ref target],
            ..
        },
    ) = the_range(vm, this, args, &COUNT)?;
    if let Some(n) = to_int(target) {
        return Ok(Value::Int(range_position(&range, &n).is_some() as i64));
    }
    // Every equal item counts, not just the first.
    let length = range_length(&range);
    let mut count: i64 = 0;
    let mut position: i128 = 0;
    while position < length {
        let item = int_value(range.start as i128 + position * range.step as i128);
        if same_or_equal(vm, &item, target)? {
            count += 1;
        }
        position += 1;
        if position & 0xfff == 0 {
            vm.check_budget()?;
        }
    }
    Ok(Value::Int(count))
}

fn range_index(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const INDEX_OF: Signature<1, 0> = one_argument("index", "value");
    let (
        range,
        _,
        Bound {
            required: [ref target],
            ..
        },
    ) = the_range(vm, this, args, &INDEX_OF)?;
    match range_search(vm, &range, target)? {
        Some(position) => Ok(int_value(position)),
        None if to_int(target).is_some() => {
            let shown = vm.repr(target)?;
            Err(vm.value_error(format!("{shown} is not in range")))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (range, _, _) = the_range(vm, this, args, &const { unary_slot("__len__") })?;
    match i64::try_from(range_length(&range)) {
        Ok(length) => Ok(Value::Int(length)),
        Err(_) => Err(vm.error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn range_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_range(vm, this, args, &const { binary_slot("__getitem__") })?;
    vm.getitem(&me, key)
}

fn range_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref item],
            ..
        },
    ) = the_range(vm, this, args, &const { binary_slot("__contains__") })?;
    Ok(Value::Bool(vm.contains(&me, item)?))
}

fn range_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_range(vm, this, args, &const { unary_slot("__iter__") })?;
    vm.iter(&me)
}

fn range_reversed(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (range, me, _) = the_range(vm, this, args, &const { no_arguments("__reversed__") })?;
    Ok(vm.new_iterator(Iter::Reversed {
        items: me,
        index: range.len(),
    }))
}

fn range_compare<const OP: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        _,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_range(vm, this, args, &binary_slot(name))?;
    if !is_range(other) {
        return Ok(Value::NotImplemented);
    }
    ops::compare(vm, op, &me, other)
}

/// Equal ranges hash alike: CPython hashes `(len, start, step)`, with `None` for what the
/// length makes irrelevant.
fn range_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (range, _, _) = the_range(vm, this, args, &const { unary_slot("__hash__") })?;
    let length = range_length(&range);
    let key = match length {
        0 => vec![Value::Int(0), Value::None, Value::None],
        1 => vec![Value::Int(1), Value::Int(range.start), Value::None],
        _ => vec![
            int_value(length),
            Value::Int(range.start),
            Value::Int(range.step),
        ],
    };
    Ok(Value::Int(vm.hash(&Value::tuple(key))?))
}

fn range_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_range(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(vm.repr(&me)?))
}

// ----- slice -----

fn the_slice<const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Rc<[Value; 3]>, Value, Bound<R, O>)> {
    bind_receiver(vm, this, args, "slice", signature, |value| match value {
        Value::Slice(parts) => Some(parts.clone()),
        _ => None,
    })
}

/// `slice(stop)` or `slice(start, stop[, step])`.
fn slice_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.slice.clone();
    new_class(vm, &mut args, &base)?;
    // `slice(stop)` or `slice(start, stop[, step])`: the first parameter's meaning depends on
    // how many there are.
    const SLICE: Signature<1, 2> = Signature::new(
        "slice",
        Convention::Unpack,
        [Param::positional_only("start_or_stop")],
        [
            Param::positional_only("stop"),
            Param::positional_only("step"),
        ],
    );
    let Bound {
        required: [first],
        optional: [stop, step],
        ..
    } = SLICE.bind(vm, args)?;
    let parts = match stop {
        None => [Value::None, first, Value::None],
        Some(stop) => [first, stop, step.unwrap_or(Value::None)],
    };
    Ok(Value::Slice(Rc::new(parts)))
}

/// A start, stop or step of a slice as an int.
fn slice_bound(vm: &mut Vm, value: &Value) -> PResult<PyInt> {
    match index_int(vm, value)? {
        Some(int) => Ok(int),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `slice.indices(length)`: the slice's bounds resolved for a sequence of that length, in
/// arbitrary-precision ints (the length itself may be huge).
fn slice_indices(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const INDICES: Signature<1, 0> = one_argument("indices", "length");
    let (
        parts,
        _,
        Bound {
            required: [ref length],
            ..
        },
    ) = the_slice(vm, this, args, &INDICES)?;
    let length = match index_int(vm, length)? {
        Some(length) => length,
        None => return Err(not_an_integer(vm, length)),
    };
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let step = match &parts[2] {
        Value::None => PyInt::one(),
        value => slice_bound(vm, value)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        let lower = PyInt::from(-1i64);
        let upper = length.add(&lower);
        (lower, upper)
    } else {
        (PyInt::zero(), length.clone())
    };
    let clamp = |bound: PyInt| {
        if bound.is_negative() {
            let from_end = bound.add(&length);
            if from_end < lower {
                lower.clone()
            } else {
                from_end
            }
        } else if bound > upper {
            upper.clone()
        } else {
            bound
        }
    };
    let start = match &parts[0] {
        Value::None if backwards => upper.clone(),
        Value::None => lower.clone(),
        value => clamp(slice_bound(vm, value)?),
    };
    let stop = match &parts[1] {
        Value::None if backwards => lower.clone(),
        Value::None => upper.clone(),
        value => clamp(slice_bound(vm, value)?),
    };
    Ok(Value::tuple(vec![
        from_int(start),
        from_int(stop),
        from_int(step),
    ]))
}

/// Slices are hashable since Python 3.12: the tuple hash of their parts, without the length
/// term tuples mix in.
fn slice_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let (parts, _, _) = the_slice(vm, this, args, &const { unary_slot("__hash__") })?;
    let mut acc = PRIME_5;
    for part in parts.iter() {
        let lane = vm.hash(part)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    if acc == u64::MAX {
        return Ok(Value::Int(1_546_275_796));
    }
    Ok(Value::Int(acc as i64))
}

fn slice_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_slice(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(vm.repr(&me)?))
}

/// Slices compare as the tuples of their parts.
fn slice_compare<const OP: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        parts,
        me,
        Bound {
            required: [ref operand],
            ..
        },
    ) = the_slice(vm, this, args, &binary_slot(name))?;
    let Value::Slice(other) = operand else {
        return Ok(Value::NotImplemented);
    };
    if me.is(operand) {
        return Ok(Value::Bool(matches!(
            op,
            Comparison::Eq | Comparison::LtE | Comparison::GtE
        )));
    }
    let mine = Value::tuple(parts.to_vec());
    let theirs = Value::tuple(other.to_vec());
    ops::compare(vm, op, &mine, &theirs)
}
