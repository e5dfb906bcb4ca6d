//! `dict`: the constructor, methods, special methods, and the live views that `keys()`,
//! `values()` and `items()` return.
//!
//! A view holds the dict's table itself, so it reflects every later change. Iterating a view
//! uses the VM's dict iterator (which notices a dict changing size); iterating one backwards
//! uses [`DictReverseIterator`], CPython's reverse iterator over the entry slots.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::super::dict::DictTable;
use super::super::value::{Args, Class, DictPart, Iter, Layout, Namespace, NativeObject, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::descriptors::ClassMethod;
use super::sequences::{
    EQ, GE, GT, LE, LT, NE, SETITEM, binary_slot, bind_receiver, comparison, new_class,
    no_arguments, one_argument, same_or_equal, typed_receiver, unary_slot,
};
use super::signature::{Bound, Convention, Param, Signature, keywords_apart};
use super::{add_method, native};
use crate::python::bytecode::Comparison;

/// Where the view classes live in [`Vm::extensions`].
const CLASSES: &str = "mappings.view_classes";

/// The classes of the views and of their reverse iterators, made once per VM.
struct ViewClasses {
    views: [Rc<Class>; 3],
    reverse_iterators: [Rc<Class>; 3],
}

const KEYS: u8 = 0;
const VALUES: u8 = 1;
const ITEMS: u8 = 2;

fn part_of(kind: u8) -> DictPart {
    match kind {
        KEYS => DictPart::Keys,
        VALUES => DictPart::Values,
        _ => DictPart::Items,
    }
}

fn kind_of(part: DictPart) -> usize {
    match part {
        DictPart::Keys => KEYS as usize,
        DictPart::Values => VALUES as usize,
        DictPart::Items => ITEMS as usize,
    }
}

fn view_name(kind: u8) -> &'static str {
    ["dict_keys", "dict_values", "dict_items"][kind as usize]
}

/// A class of objects only the runtime makes (`type(d.keys())()` is refused, as in CPython).
fn runtime_class(vm: &Vm, name: &str) -> Rc<Class> {
    let object = vm.types.object.clone();
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        bases: vec![object.clone()],
        mro: vec![object],
        dict: RefCell::new(Namespace::default()),
        layout: Layout::Builtin,
        abstract_builtin: true,
        slots: None,
        metaclass: None,
        init_cache: Default::default(),
    })
}

fn view_class(vm: &Vm, part: DictPart) -> Rc<Class> {
    classes(vm).views[kind_of(part)].clone()
}

fn reverse_iterator_class(vm: &Vm, part: DictPart) -> Rc<Class> {
    classes(vm).reverse_iterators[kind_of(part)].clone()
}

fn classes(vm: &Vm) -> &ViewClasses {
    vm.extensions
        .get(CLASSES)
        .and_then(|classes| classes.downcast_ref::<ViewClasses>())
        .expect("the dict view classes are installed with the builtins")
}

pub fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    add_method(&dict, "__new__", dict_new);
    add_method(&dict, "__init__", dict_init);
    add_method(&dict, "get", dict_get);
    super::set_fast(&mut dict.dict.borrow_mut(), "get", dict_get_fast);
    add_method(&dict, "setdefault", dict_setdefault);
    add_method(&dict, "pop", dict_pop);
    add_method(&dict, "popitem", dict_popitem);
    add_method(&dict, "update", dict_update);
    add_method(&dict, "copy", dict_copy);
    add_method(&dict, "clear", dict_clear);
    add_method(&dict, "keys", dict_keys);
    add_method(&dict, "values", dict_values);
    add_method(&dict, "items", dict_items);
    add_method(&dict, "__len__", dict_len);
    add_method(&dict, "__getitem__", dict_getitem);
    add_method(&dict, "__setitem__", dict_setitem);
    add_method(&dict, "__delitem__", dict_delitem);
    add_method(&dict, "__contains__", dict_contains);
    add_method(&dict, "__iter__", dict_iter);
    add_method(&dict, "__reversed__", dict_reversed);
    add_method(&dict, "__eq__", dict_compare::<EQ>);
    add_method(&dict, "__ne__", dict_compare::<NE>);
    add_method(&dict, "__or__", dict_or);
    add_method(&dict, "__ror__", dict_ror);
    add_method(&dict, "__ior__", dict_ior);
    add_method(&dict, "__repr__", dict_repr);
    {
        let mut namespace = dict.dict.borrow_mut();
        namespace.insert(
            Rc::from("fromkeys"),
            Value::Native(Rc::new(ClassMethod {
                func: native("fromkeys", "dict.fromkeys", dict_fromkeys),
            })),
        );
        // Mutable, so unhashable: CPython sets `__hash__` to None on the type.
        namespace.insert(Rc::from("__hash__"), Value::None);
    }

    let views = [
        runtime_class(vm, "dict_keys"),
        runtime_class(vm, "dict_values"),
        runtime_class(vm, "dict_items"),
    ];
    let reverse_iterators = [
        runtime_class(vm, "dict_reversekeyiterator"),
        runtime_class(vm, "dict_reversevalueiterator"),
        runtime_class(vm, "dict_reverseitemiterator"),
    ];
    install_view::<KEYS>(&views[0]);
    install_view::<VALUES>(&views[1]);
    install_view::<ITEMS>(&views[2]);
    install_set_like::<KEYS>(&views[0]);
    install_set_like::<ITEMS>(&views[2]);
    for class in &reverse_iterators {
        add_method(class, "__iter__", reverse_iter_self);
        add_method(class, "__next__", reverse_iter_next);
    }
    vm.extensions.insert(
        CLASSES,
        Box::new(ViewClasses {
            views,
            reverse_iterators,
        }),
    );
}

fn install_view<const KIND: u8>(class: &Rc<Class>) {
    add_method(class, "__len__", view_len::<KIND>);
    add_method(class, "__iter__", view_iter::<KIND>);
    add_method(class, "__reversed__", view_reversed::<KIND>);
    add_method(class, "__repr__", view_repr::<KIND>);
}

/// Keys and items views behave as sets: membership by hash, comparisons and the set
/// operators.
fn install_set_like<const KIND: u8>(class: &Rc<Class>) {
    add_method(class, "__contains__", view_contains::<KIND>);
    add_method(class, "isdisjoint", view_isdisjoint::<KIND>);
    add_method(class, "__lt__", view_compare::<KIND, LT>);
    add_method(class, "__le__", view_compare::<KIND, LE>);
    add_method(class, "__eq__", view_compare::<KIND, EQ>);
    add_method(class, "__ne__", view_compare::<KIND, NE>);
    add_method(class, "__gt__", view_compare::<KIND, GT>);
    add_method(class, "__ge__", view_compare::<KIND, GE>);
    add_method(class, "__and__", view_and::<KIND>);
    add_method(class, "__rand__", view_rand::<KIND>);
    add_method(class, "__or__", view_or::<KIND>);
    add_method(class, "__ror__", view_ror::<KIND>);
    add_method(class, "__sub__", view_sub::<KIND>);
    add_method(class, "__rsub__", view_rsub::<KIND>);
    add_method(class, "__xor__", view_xor::<KIND>);
    add_method(class, "__rxor__", view_rxor::<KIND>);
    class
        .dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);
}

// ----- dict -----

type Table = Rc<RefCell<DictTable>>;

fn is_dict(value: &Value) -> bool {
    matches!(value, Value::Dict(_))
}

fn the_dict<const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Table, Value, Bound<R, O>)> {
    bind_receiver(vm, this, args, "dict", signature, dict_table)
}

fn dict_table(value: &Value) -> Option<Table> {
    match value {
        Value::Dict(table) => Some(table.clone()),
        Value::Instance(instance) => instance.base.as_ref().and_then(dict_table),
        _ => None,
    }
}

/// A copy of a table, reusing the stored hashes (no `__hash__` or `__eq__` runs).
fn copy_table(table: &DictTable) -> DictTable {
    let mut copy = DictTable::new();
    for entry in table.iter() {
        copy.push(entry.hash, entry.key.clone(), entry.value.clone());
    }
    copy
}

/// Sets `key` to `value` when the key's hash is already known.
fn store_hashed(vm: &mut Vm, table: &Table, hash: i64, key: Value, value: Value) -> PResult<()> {
    match vm.dict_find(table, &key, hash)? {
        Some(slot) => table.borrow_mut().set_value(slot, value),
        None => table.borrow_mut().push(hash, key, value),
    }
    Ok(())
}

/// `dict.update(source)` for one positional argument, as CPython decides: a dict, anything
/// with a `keys` attribute (a mapping), or an iterable of key/value pairs.
fn update_from(vm: &mut Vm, table: &Table, source: &Value) -> PResult<()> {
    if let Value::Dict(other) = source {
        let entries: Vec<(i64, Value, Value)> = other
            .borrow()
            .iter()
            .map(|entry| (entry.hash, entry.key.clone(), entry.value.clone()))
            .collect();
        for (hash, key, value) in entries {
            store_hashed(vm, table, hash, key, value)?;
        }
        return Ok(());
    }
    match vm.getattr_opt(source, "keys")? {
        Some(keys) => update_from_mapping(vm, table, source, &keys),
        None => update_from_pairs(vm, table, source),
    }
}

fn update_from_mapping(vm: &mut Vm, table: &Table, source: &Value, keys: &Value) -> PResult<()> {
    let keys = vm.call(keys, Vec::new())?;
    let iterator = match vm.iter(&keys) {
        Ok(iterator) => iterator,
        Err(error) if vm.flow_is(&error, "TypeError") => {
            let (mapping, returned) = (vm.type_name(source), vm.type_name(&keys));
            return Err(vm.type_error(format!(
                "{mapping}.keys() returned a non-iterable (type {returned})"
            )));
        }
        Err(error) => return Err(error),
    };
    // CPython lists the keys first, then fetches and stores each value in turn.
    let mut listed = Vec::new();
    while let Some(key) = vm.next(&iterator)? {
        listed.push(key);
    }
    for key in listed {
        let value = vm.getitem(source, &key)?;
        vm.dict_set_in(table, key, value)?;
    }
    Ok(())
}

fn update_from_pairs(vm: &mut Vm, table: &Table, source: &Value) -> PResult<()> {
    let iterator = vm.iter(source)?;
    let mut index: usize = 0;
    while let Some(item) = vm.next(&iterator)? {
        let pair = match vm.collect(&item) {
            Ok(pair) => pair,
            Err(error) if vm.flow_is(&error, "TypeError") => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )));
            }
            Err(error) => return Err(error),
        };
        let [key, value] = <[Value; 2]>::try_from(pair).map_err(|pair| {
            vm.value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                pair.len()
            ))
        })?;
        vm.dict_set_in(table, key, value)?;
        index += 1;
        if index & 0xfff == 0 {
            vm.check_budget()?;
        }
    }
    Ok(())
}

fn update_from_keywords(
    vm: &mut Vm,
    table: &Table,
    keywords: Vec<(Rc<str>, Value)>,
) -> PResult<()> {
    for (key, value) in keywords {
        vm.dict_set_in(table, Value::str(key.to_string()), value)?;
    }
    Ok(())
}

/// `dict.__new__(cls, ...)` makes an empty dict; `__init__` fills it.
fn dict_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.dict.clone();
    let class = new_class(vm, &mut args, &base)?;
    let dict = vm.new_dict();
    Ok(super::sequences::subclass_instance(&class, &base, dict))
}

/// `dict.__init__(self, mapping_or_pairs=(), **keywords)`: adds to the dict (without
/// emptying it first).
fn dict_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, args) = typed_receiver(vm, this, args, "dict", "__init__", true, dict_table)?;
    let (args, keywords) = keywords_apart(args);
    let Bound {
        optional: [source], ..
    } = UPDATE.renamed("dict").bind(vm, args)?;
    if let Some(source) = &source {
        update_from(vm, &table, source)?;
    }
    update_from_keywords(vm, &table, keywords.keywords)?;
    Ok(Value::None)
}

/// `dict.get(key[, default])`'s quick form, on a dict itself (not a subclass's instance).
fn dict_get_fast(vm: &mut Vm, this: Option<&Value>, args: &[Value]) -> Option<PResult<Value>> {
    let Some(Value::Dict(table)) = this else {
        return None;
    };
    let (key, default) = match args {
        [key] => (key, None),
        [key, default] => (key, Some(default)),
        _ => return None,
    };
    Some(
        vm.dict_lookup(table, key)
            .map(|found| found.unwrap_or_else(|| default.cloned().unwrap_or(Value::None))),
    )
}

fn dict_get(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GET: Signature<1, 1> = Signature::new(
        "get",
        Convention::Unpack,
        [Param::positional_only("key")],
        [Param::positional_only("default")],
    );
    let (
        table,
        _,
        Bound {
            required: [key],
            optional: [default],
            ..
        },
    ) = the_dict(vm, this, args, &GET)?;
    let found = vm.dict_lookup(&table, &key)?;
    Ok(found.unwrap_or_else(|| default.unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const SETDEFAULT: Signature<1, 1> = Signature::new(
        "setdefault",
        Convention::Unpack,
        [Param::positional_only("key")],
        [Param::positional_only("default")],
    );
    let (
        table,
        _,
        Bound {
            required: [key],
            optional: [default],
            ..
        },
    ) = the_dict(vm, this, args, &SETDEFAULT)?;
    let default = default.unwrap_or(Value::None);
    let hash = vm.hash(&key)?;
    if let Some(slot) = vm.dict_find(&table, &key, hash)? {
        let existing = table.borrow().entry(slot).map(|entry| entry.value.clone());
        if let Some(existing) = existing {
            return Ok(existing);
        }
    }
    table.borrow_mut().push(hash, key, default.clone());
    Ok(default)
}

fn dict_pop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const POP: Signature<1, 1> = Signature::new(
        "pop",
        Convention::Unpack,
        [Param::positional_only("key")],
        [Param::positional_only("default")],
    );
    let (
        table,
        _,
        Bound {
            required: [ref key],
            optional: [default],
            ..
        },
    ) = the_dict(vm, this, args, &POP)?;
    // An empty dict answers without hashing the key, as CPython's does.
    let removed = if table.borrow().is_empty() {
        None
    } else {
        vm.dict_remove(&table, key)?
    };
    match (removed, default) {
        (Some(value), _) | (None, Some(value)) => Ok(value),
        (None, None) => Err(vm.key_error(key.clone())),
    }
}

fn dict_popitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("popitem") })?;
    let last = table.borrow_mut().pop_last();
    match last {
        Some(entry) => Ok(Value::tuple(vec![entry.key, entry.value])),
        None => Err(vm.error("KeyError", "popitem(): dictionary is empty")),
    }
}

/// `dict.update([other], **keywords)` and `dict([other], **keywords)`: the positional
/// argument is counted as `PyArg_UnpackTuple` counts it; any keyword is an item.
const UPDATE: Signature<0, 1> = Signature::new(
    "dict.update",
    Convention::Unpack,
    [],
    [Param::positional_only("other")],
);

fn dict_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, args) = typed_receiver(vm, this, args, "dict", "update", false, dict_table)?;
    let (args, keywords) = keywords_apart(args);
    let Bound {
        optional: [source], ..
    } = UPDATE.bind(vm, args)?;
    if let Some(source) = &source {
        update_from(vm, &table, source)?;
    }
    update_from_keywords(vm, &table, keywords.keywords)?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("copy") })?;
    let copy = copy_table(&table.borrow());
    Ok(Value::Dict(Rc::new(RefCell::new(copy))))
}

fn dict_clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("clear") })?;
    let doomed = std::mem::take(&mut *table.borrow_mut());
    drop(doomed);
    Ok(Value::None)
}

fn make_view(vm: &mut Vm, table: Table, part: DictPart) -> Value {
    let class = view_class(vm, part);
    Value::Native(Rc::new(DictView {
        dict: table,
        part,
        class,
    }))
}

fn dict_keys(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("keys") })?;
    Ok(make_view(vm, table, DictPart::Keys))
}

fn dict_values(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("values") })?;
    Ok(make_view(vm, table, DictPart::Values))
}

fn dict_items(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("items") })?;
    Ok(make_view(vm, table, DictPart::Items))
}

/// `dict.fromkeys(iterable, value=None)`, a class method: `this` is the class.
fn dict_fromkeys(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const FROMKEYS: Signature<1, 1> = Signature::new(
        "dict.fromkeys",
        Convention::Unpack,
        [Param::positional_only("iterable")],
        [Param::positional_only("value")],
    );
    let Bound {
        required: [iterable],
        optional: [value],
        ..
    } = FROMKEYS.bind(vm, args)?;
    let class = this
        .cloned()
        .unwrap_or_else(|| Value::Class(vm.types.dict.clone()));
    let value = value.unwrap_or(Value::None);
    let result = vm.call(&class, Vec::new())?;
    let iterator = vm.iter(&iterable)?;
    let mut count: usize = 0;
    while let Some(key) = vm.next(&iterator)? {
        vm.setitem(&result, key, value.clone())?;
        count += 1;
        if count & 0xfff == 0 {
            vm.check_budget()?;
        }
    }
    Ok(result)
}

fn dict_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { unary_slot("__len__") })?;
    let length = table.borrow().len();
    Ok(Value::Int(length as i64))
}

fn dict_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GETITEM: Signature<1, 0> = one_argument("__getitem__", "key");
    let original = this.cloned().or_else(|| args.positional.first().cloned());
    let (
        table,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_dict(vm, this, args, &GETITEM)?;
    // A subclass's `__missing__` answers for an absent key (`defaultdict`, `Counter`).
    if let Some(subclass @ Value::Instance(instance)) = &original
        && instance.base.is_some()
        && let Some(missing) = instance.class().lookup("__missing__")
    {
        return match vm.dict_lookup(&table, key)? {
            Some(value) => Ok(value),
            None => {
                let bound = vm.bind(missing, subclass.clone());
                vm.call(&bound, vec![key.clone()])
            }
        };
    }
    vm.getitem(&me, key)
}

fn dict_setitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        table,
        _,
        Bound {
            required: [key, value],
            ..
        },
    ) = the_dict(vm, this, args, &SETITEM)?;
    vm.dict_set_in(&table, key, value)?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_dict(vm, this, args, &const { binary_slot("__delitem__") })?;
    vm.delitem(&me, key)?;
    Ok(Value::None)
}

fn dict_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const CONTAINS: Signature<1, 0> = one_argument("__contains__", "key");
    let (
        table,
        _,
        Bound {
            required: [ref key],
            ..
        },
    ) = the_dict(vm, this, args, &CONTAINS)?;
    Ok(Value::Bool(vm.dict_lookup(&table, key)?.is_some()))
}

fn dict_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_dict(vm, this, args, &const { unary_slot("__iter__") })?;
    vm.iter(&me)
}

fn dict_reversed(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (table, _, _) = the_dict(vm, this, args, &const { no_arguments("__reversed__") })?;
    Ok(reverse_iterator(vm, table, DictPart::Keys))
}

fn dict_compare<const OP: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        table,
        _,
        Bound {
            required: [other], ..
        },
    ) = the_dict(vm, this, args, &binary_slot(name))?;
    // The other may be a dict subclass's instance (reflected from its own `__eq__`).
    let Some(other) = dict_table(&other) else {
        return Ok(Value::NotImplemented);
    };
    let equal = vm.dict_equal(&table, &other)?;
    Ok(Value::Bool(equal == (op == Comparison::Eq)))
}

/// `left | right` for two dicts: a copy of `left` updated from `right`.
fn merged(vm: &mut Vm, left: &Table, right: &Value) -> PResult<Value> {
    let copy = Rc::new(RefCell::new(copy_table(&left.borrow())));
    update_from(vm, &copy, right)?;
    Ok(Value::Dict(copy))
}

fn dict_or(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        table,
        _,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_dict(vm, this, args, &const { binary_slot("__or__") })?;
    if !is_dict(other) {
        return Ok(Value::NotImplemented);
    }
    merged(vm, &table, other)
}

fn dict_ror(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [other], ..
        },
    ) = the_dict(vm, this, args, &const { binary_slot("__ror__") })?;
    let Some(other) = dict_table(&other) else {
        return Ok(Value::NotImplemented);
    };
    merged(vm, &other, &me)
}

/// `d |= other` accepts whatever `update` does.
fn dict_ior(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        table,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_dict(vm, this, args, &const { binary_slot("__ior__") })?;
    update_from(vm, &table, other)?;
    Ok(me)
}

fn dict_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me, _) = the_dict(vm, this, args, &const { unary_slot("__repr__") })?;
    Ok(Value::str(vm.repr(&me)?))
}

// ----- views -----

/// `dict_keys`, `dict_values` or `dict_items`: a live window on a dict.
pub struct DictView {
    dict: Table,
    part: DictPart,
    class: Rc<Class>,
}

impl NativeObject for DictView {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl DictView {
    fn len(&self) -> usize {
        self.dict.borrow().len()
    }

    /// What the view shows, in insertion order.
    fn snapshot(&self) -> Vec<Value> {
        let table = self.dict.borrow();
        match self.part {
            DictPart::Keys => table.keys(),
            DictPart::Values => table.values(),
            DictPart::Items => table
                .iter()
                .map(|entry| Value::tuple(vec![entry.key.clone(), entry.value.clone()]))
                .collect(),
        }
    }
}

/// The keys or items view behind a value, if it is one (the set-like views).
fn set_like_view(value: &Value) -> Option<Rc<DictView>> {
    value
        .native_rc::<DictView>()
        .filter(|view| view.part != DictPart::Values)
}

fn the_view<const KIND: u8, const R: usize, const O: usize>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    signature: &Signature<R, O>,
) -> PResult<(Rc<DictView>, Value, Bound<R, O>)> {
    let part = part_of(KIND);
    let extract = |value: &Value| {
        value
            .native_rc::<DictView>()
            .filter(|view| view.part == part)
    };
    bind_receiver(vm, this, args, view_name(KIND), signature, extract)
}

fn view_len<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (view, _, _) = the_view::<KIND, _, _>(vm, this, args, &const { unary_slot("__len__") })?;
    Ok(Value::Int(view.len() as i64))
}

fn view_iter<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (view, _, _) = the_view::<KIND, _, _>(vm, this, args, &const { unary_slot("__iter__") })?;
    let size = view.len();
    Ok(vm.new_iterator(Iter::DictKeys {
        dict: view.dict.clone(),
        index: 0,
        size,
        what: view.part,
    }))
}

fn view_reversed<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (view, _, _) =
        the_view::<KIND, _, _>(vm, this, args, &const { no_arguments("__reversed__") })?;
    Ok(reverse_iterator(vm, view.dict.clone(), view.part))
}

/// `dict_keys(['a', 'b'])`; a view met again inside its own contents shows as `...`.
fn view_repr<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (view, _, _) = the_view::<KIND, _, _>(vm, this, args, &const { unary_slot("__repr__") })?;
    // The view's own allocation, which is the address of the object it was called on.
    let address = Rc::as_ptr(&view) as *const () as usize;
    if vm.repr_stack.contains(&address) {
        return Ok(Value::str("..."));
    }
    vm.repr_stack.push(address);
    let shown = vm.repr(&Value::list(view.snapshot()));
    vm.repr_stack.retain(|&a| a != address);
    Ok(Value::str(format!("{}({})", view_name(KIND), shown?)))
}

/// `item in view` for a keys or items view.
fn view_has(vm: &mut Vm, view: &DictView, item: &Value) -> PResult<bool> {
    match view.part {
        DictPart::Keys => Ok(vm.dict_lookup(&view.dict, item)?.is_some()),
        DictPart::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            match vm.dict_lookup(&view.dict, &pair[0])? {
                Some(found) => same_or_equal(vm, &found, &pair[1]),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            for value in view.snapshot() {
                if same_or_equal(vm, &value, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (
        view,
        _,
        Bound {
            required: [ref item],
            ..
        },
    ) = the_view::<KIND, _, _>(vm, this, args, &const { binary_slot("__contains__") })?;
    Ok(Value::Bool(view_has(vm, &view, item)?))
}

/// Whether every item of `inner` is in `outer` (either a set or a set-like view).
fn all_contained_in(vm: &mut Vm, inner: &Value, outer: &Value) -> PResult<bool> {
    let iterator = vm.iter(inner)?;
    while let Some(item) = vm.next(&iterator)? {
        if !vm.contains(outer, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons against sets and other keys or items views; anything else declines.
fn view_compare<const KIND: u8, const OP: u8>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
) -> PResult<Value> {
    let (op, name) = comparison(OP);
    let (
        view,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_view::<KIND, _, _>(vm, this, args, &binary_slot(name))?;
    if !matches!(other, Value::Set(_)) && set_like_view(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (mine, theirs) = (view.len(), vm.len(other)?);
    let result = match op {
        Comparison::Eq | Comparison::NotEq => {
            let equal = mine == theirs && all_contained_in(vm, &me, other)?;
            equal == (op == Comparison::Eq)
        }
        Comparison::Lt => mine < theirs && all_contained_in(vm, &me, other)?,
        Comparison::LtE => mine <= theirs && all_contained_in(vm, &me, other)?,
        Comparison::Gt => mine > theirs && all_contained_in(vm, other, &me)?,
        Comparison::GtE => mine >= theirs && all_contained_in(vm, other, &me)?,
    };
    Ok(Value::Bool(result))
}

fn view_isdisjoint<const KIND: u8>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
) -> PResult<Value> {
    const ISDISJOINT: Signature<1, 0> = one_argument("isdisjoint", "other");
    let (
        view,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_view::<KIND, _, _>(vm, this, args, &ISDISJOINT)?;
    if me.is(other) {
        return Ok(Value::Bool(view.len() == 0));
    }
    // Walk the smaller side when both can answer membership cheaply.
    let (mut walked, mut probed) = (other.clone(), me.clone());
    if matches!(other, Value::Set(_)) || set_like_view(other).is_some() {
        let theirs = vm.len(other)?;
        if theirs > view.len() {
            (walked, probed) = (me, other.clone());
        }
    }
    let iterator = vm.iter(&walked)?;
    while let Some(item) = vm.next(&iterator)? {
        if vm.contains(&probed, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn call_method(vm: &mut Vm, object: &Value, name: &str, args: Vec<Value>) -> PResult<Value> {
    let method = vm.getattr(object, name)?;
    vm.call(&method, args)
}

/// A new set of an operand's items, the first step of most view operators. A keys view
/// contributes its dict (CPython's fast path for building a set from a dict).
fn set_of(vm: &mut Vm, operand: &Value) -> PResult<Value> {
    let source = match operand.native::<DictView>() {
        Some(view) if view.part == DictPart::Keys => Value::Dict(view.dict.clone()),
        _ => operand.clone(),
    };
    let set_class = Value::Class(vm.types.set.clone());
    vm.call(&set_class, vec![source])
}

/// `view & other` (and `other & view`, which CPython evaluates the same way): a set of the
/// items found in both, built by walking the smaller side in its own order.
fn view_and<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    intersection::<KIND>(vm, this, args, "__and__")
}

fn view_rand<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    intersection::<KIND>(vm, this, args, "__rand__")
}

fn intersection<const KIND: u8>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &'static str,
) -> PResult<Value> {
    let (
        view,
        me,
        Bound {
            required: [other], ..
        },
    ) = the_view::<KIND, _, _>(vm, this, args, &binary_slot(method))?;
    let mine = view.len();
    // CPython hands a set at least as large as the view to `set.intersection`, which walks
    // the view and keeps what the set holds; otherwise the view is the probe and the other
    // operand is walked, unless that is a larger view.
    let (walked, probe): (Value, Value) = match (&other, set_like_view(&other)) {
        (Value::Set(set), _) if !set.frozen && mine <= vm.len(&other)? => (me, other.clone()),
        (_, Some(theirs)) if theirs.len() > mine => (me, other.clone()),
        _ => (other.clone(), me),
    };
    let set_class = Value::Class(vm.types.set.clone());
    let result = vm.call(&set_class, Vec::new())?;
    let add = vm.getattr(&result, "add")?;
    let iterator = vm.iter(&walked)?;
    while let Some(item) = vm.next(&iterator)? {
        if vm.contains(&probe, &item)? {
            vm.call(&add, vec![item])?;
        }
    }
    Ok(result)
}

/// `left | right` where one side is a view.
fn union(vm: &mut Vm, left: &Value, right: &Value) -> PResult<Value> {
    let result = set_of(vm, left)?;
    call_method(vm, &result, "update", vec![right.clone()])?;
    Ok(result)
}

fn difference(vm: &mut Vm, left: &Value, right: &Value) -> PResult<Value> {
    let result = set_of(vm, left)?;
    call_method(vm, &result, "difference_update", vec![right.clone()])?;
    Ok(result)
}

fn symmetric_difference(vm: &mut Vm, left: &Value, right: &Value) -> PResult<Value> {
    if let (Some(a), Some(b)) = (left.native::<DictView>(), right.native::<DictView>())
        && a.part == DictPart::Items
        && b.part == DictPart::Items
    {
        return items_symmetric_difference(vm, &a.dict, &b.dict);
    }
    let result = set_of(vm, left)?;
    call_method(
        vm,
        &result,
        "symmetric_difference_update",
        vec![right.clone()],
    )?;
    Ok(result)
}

/// `a.items() ^ b.items()` as CPython 3.12 computes it: `b`'s pairs that `a` lacks (in
/// `b`'s order), then `a`'s pairs that `b` lacks.
fn items_symmetric_difference(vm: &mut Vm, a: &Table, b: &Table) -> PResult<Value> {
    let remaining: Table = Rc::new(RefCell::new(copy_table(&a.borrow())));
    let set_class = Value::Class(vm.types.set.clone());
    let result = vm.call(&set_class, Vec::new())?;
    let add = vm.getattr(&result, "add")?;
    let theirs: Vec<(i64, Value, Value)> = b
        .borrow()
        .iter()
        .map(|entry| (entry.hash, entry.key.clone(), entry.value.clone()))
        .collect();
    for (hash, key, value) in theirs {
        let slot = vm.dict_find(&remaining, &key, hash)?;
        let shared = match slot.and_then(|s| remaining.borrow().entry(s).map(|e| e.value.clone())) {
            Some(mine) => same_or_equal(vm, &mine, &value)?,
            None => false,
        };
        match slot {
            Some(slot) if shared => {
                remaining.borrow_mut().remove_at(slot);
            }
            _ => {
                vm.call(&add, vec![Value::tuple(vec![key, value])])?;
            }
        }
    }
    let rest: Vec<Value> = remaining
        .borrow()
        .iter()
        .map(|entry| Value::tuple(vec![entry.key.clone(), entry.value.clone()]))
        .collect();
    call_method(vm, &result, "update", vec![Value::list(rest)])?;
    Ok(result)
}

/// The forward and reflected set operators of a view, in the operand order CPython uses.
fn view_operator<const KIND: u8>(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &'static str,
    reflected: bool,
    operation: fn(&mut Vm, &Value, &Value) -> PResult<Value>,
) -> PResult<Value> {
    let (
        _,
        me,
        Bound {
            required: [ref other],
            ..
        },
    ) = the_view::<KIND, _, _>(vm, this, args, &binary_slot(method))?;
    if reflected {
        operation(vm, other, &me)
    } else {
        operation(vm, &me, other)
    }
}

fn view_or<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__or__", false, union)
}

fn view_ror<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__ror__", true, union)
}

fn view_sub<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__sub__", false, difference)
}

fn view_rsub<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__rsub__", true, difference)
}

fn view_xor<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__xor__", false, symmetric_difference)
}

fn view_rxor<const KIND: u8>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    view_operator::<KIND>(vm, this, args, "__rxor__", true, symmetric_difference)
}

// ----- reverse iteration -----

/// `reversed(d)`, `reversed(d.values())`, ...: walks the entry slots from the last one
/// back, and fails for good once the dict's size changes, as CPython's does.
pub struct DictReverseIterator {
    /// The dict, until the iterator is exhausted.
    dict: RefCell<Option<Table>>,
    /// The next slot to look at, counting down; -1 when there are none left.
    slot: Cell<i64>,
    /// The dict's size when the iterator was made (`usize::MAX` once it was seen to change).
    size: Cell<usize>,
    part: DictPart,
    class: Rc<Class>,
}

impl NativeObject for DictReverseIterator {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn reverse_iterator(vm: &mut Vm, table: Table, part: DictPart) -> Value {
    let (last, size) = {
        let entries = table.borrow();
        let mut last: i64 = -1;
        let mut from = 0;
        while let Some((slot, _)) = entries.next_from(from) {
            last = slot as i64;
            from = slot + 1;
        }
        (last, entries.len())
    };
    let class = reverse_iterator_class(vm, part);
    Value::Native(Rc::new(DictReverseIterator {
        dict: RefCell::new(Some(table)),
        slot: Cell::new(last),
        size: Cell::new(size),
        part,
        class,
    }))
}

fn the_reverse_iterator(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<DictReverseIterator>, Value)> {
    let (me, _) = super::receiver(vm, this, args, method)?;
    match me.native_rc::<DictReverseIterator>() {
        Some(iterator) => Ok((iterator, me)),
        None => {
            let name = vm.type_name(&me);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'dict_reversekeyiterator' object but received a '{name}'"
            )))
        }
    }
}

fn reverse_iter_self(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (_, me) = the_reverse_iterator(vm, this, args, "__iter__")?;
    Ok(me)
}

fn stop_iteration(vm: &mut Vm) -> Flow {
    let class = vm.types.exception("StopIteration");
    Flow::Exception(vm.new_exception(class, Vec::new()))
}

fn reverse_iter_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (iterator, _) = the_reverse_iterator(vm, this, args, "__next__")?;
    let Some(table) = iterator.dict.borrow().clone() else {
        return Err(stop_iteration(vm));
    };
    let entries = table.borrow();
    if entries.len() != iterator.size.get() {
        iterator.size.set(usize::MAX);
        drop(entries);
        return Err(vm.error("RuntimeError", "dictionary changed size during iteration"));
    }
    let mut slot = iterator.slot.get();
    while slot >= 0 {
        if let Some(entry) = entries.entry(slot as usize) {
            iterator.slot.set(slot - 1);
            return Ok(match iterator.part {
                DictPart::Keys => entry.key.clone(),
                DictPart::Values => entry.value.clone(),
                DictPart::Items => Value::tuple(vec![entry.key.clone(), entry.value.clone()]),
            });
        }
        slot -= 1;
    }
    drop(entries);
    iterator.slot.set(-1);
    *iterator.dict.borrow_mut() = None;
    Err(stop_iteration(vm))
}
