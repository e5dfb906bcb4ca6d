//! `set` and `frozenset`: construction, membership with Python equality, methods and
//! operators. The table keeps CPython's slot layout ([`SetTable`]), and every operation follows
//! the algorithm of CPython 3.12's Objects/setobject.c (which set it iterates, in which order it
//! inserts, when it copies a table slot for slot), so results iterate in CPython's order.
//!
//! Comparing keys may run Python code (`__eq__`), which may touch the sets involved, so it
//! never runs while a table is borrowed:
//! - single-key operations try builtin equality on the borrowed table first; when that cannot
//!   decide, they compare against the key's probe candidates without a borrow;
//! - operations that only read sets ([`compute`]) try builtin equality first and, failing that,
//!   rerun on snapshots of the tables;
//! - operations that update a set in place ([`mutate`]) take its table out while they run, after
//!   preparing their operand (iterating, hashing, snapshotting) with the set intact.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::dict::native_eq;
use super::super::value::{Args, PySet, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};
use crate::python::ast::BinaryOp;
use crate::python::bytecode::Comparison;
use pycore::set_table::SetTable;

/// Why comparing two keys failed: builtin equality could not decide (first attempts only), or
/// `__eq__` raised.
enum KeyEqError {
    NeedsPython,
    Raised(Flow),
}

type KeyEq<'a> = dyn FnMut(&Value, &Value) -> Result<bool, KeyEqError> + 'a;

/// `stored == probe` as CPython's set lookups decide it (identity first), when builtin equality
/// can (as in [`Vm::eq`]: an instance's builtin `False` is not trusted).
fn native_key_eq(stored: &Value, probe: &Value) -> Result<bool, KeyEqError> {
    if stored.is(probe) {
        return Ok(true);
    }
    match native_eq(stored, probe) {
        Some(true) => Ok(true),
        Some(false) if !matches!(stored, Value::Instance(_) | Value::Native(_)) => Ok(false),
        _ => Err(KeyEqError::NeedsPython),
    }
}

/// `stored == probe`, running `__eq__` if needed (no set may be borrowed).
fn python_key_eq(vm: &mut Vm, stored: &Value, probe: &Value) -> Result<bool, KeyEqError> {
    match native_key_eq(stored, probe) {
        Err(KeyEqError::NeedsPython) => vm.eq(stored, probe).map_err(KeyEqError::Raised),
        decided => decided,
    }
}

fn raised(vm: &mut Vm, error: KeyEqError) -> Flow {
    match error {
        KeyEqError::Raised(flow) => flow,
        KeyEqError::NeedsPython => vm.error("SystemError", "set comparison left undecided"),
    }
}

/// Runs an algorithm that only reads the tables of `sets`: first on the borrowed tables with
/// builtin equality, and if some comparison needs `__eq__`, again on snapshots of the tables so
/// that Python code can touch the sets (reading has no side effects, so the rerun gives what
/// CPython's single run gives).
fn compute<const N: usize, T>(
    vm: &mut Vm,
    sets: [&Rc<PySet>; N],
    op: impl Fn([&SetTable<Value>; N], &mut KeyEq) -> Result<T, KeyEqError>,
) -> PResult<T> {
    {
        let borrowed = sets.map(|s| s.table.borrow());
        match op(borrowed.each_ref().map(|t| &**t), &mut native_key_eq) {
            Err(KeyEqError::NeedsPython) => {}
            Err(KeyEqError::Raised(flow)) => return Err(flow),
            Ok(value) => return Ok(value),
        }
    }
    let snapshots = sets.map(|s| s.table.borrow().clone());
    let result = op(snapshots.each_ref(), &mut |a, b| python_key_eq(vm, a, b));
    result.map_err(|e| raised(vm, e))
}

/// Runs an in-place algorithm on `set`'s table with Python equality. The table is taken out of
/// the set meanwhile, so `__eq__` methods called on the way see an empty set instead of
/// tripping over a borrow (CPython would show it half-updated); it goes back afterwards, as far
/// as the algorithm got when it fails, as in CPython.
fn mutate<T>(
    vm: &mut Vm,
    set: &Rc<PySet>,
    op: impl FnOnce(&mut SetTable<Value>, &mut KeyEq) -> Result<T, KeyEqError>,
) -> PResult<T> {
    let mut table = std::mem::take(&mut *set.table.borrow_mut());
    let result = op(&mut table, &mut |a, b| python_key_eq(vm, a, b));
    *set.table.borrow_mut() = table;
    result.map_err(|e| raised(vm, e))
}

/// A new set object around `table`.
fn wrap(table: SetTable<Value>, frozen: bool) -> Value {
    Value::Set(Rc::new(PySet {
        table: RefCell::new(table),
        frozen,
    }))
}

fn inner(set: &Value) -> &Rc<PySet> {
    match set {
        Value::Set(inner) => inner,
        _ => unreachable!("checked to be a set"),
    }
}

/// The other operand of a bulk update, prepared (iterated, hashed, copied) before the set being
/// updated is taken out of its object, as CPython's `set_update_internal` and friends see it.
enum Operand {
    /// A set or frozenset (its table snapshot).
    Set(SetTable<Value>),
    /// A dict: its keys with their stored hashes, in order (CPython reads them in place).
    Dict(Vec<(Value, i64)>),
    /// Any other iterable: its items with their hashes.
    Items(Vec<(Value, i64)>),
}

impl Vm {
    /// The items of a non-set iterable, hashed (TypeError for unhashable ones).
    fn hashed_items(&mut self, iterable: &Value) -> PResult<Vec<(Value, i64)>> {
        let items = self.collect(iterable)?;
        let mut hashed = Vec::with_capacity(items.len());
        for item in items {
            let hash = self.hash(&item)?;
            hashed.push((item, hash));
        }
        Ok(hashed)
    }

    fn operand(&mut self, other: &Value) -> PResult<Operand> {
        Ok(match other {
            Value::Set(set) => Operand::Set(set.table.borrow().clone()),
            Value::Dict(dict) => Operand::Dict(
                dict.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.hash))
                    .collect(),
            ),
            _ => Operand::Items(self.hashed_items(other)?),
        })
    }

    /// CPython's `set_update_internal(set, other)`: merges a set (`set_merge`), presizes for a
    /// dict, inserts any other iterable's items in order.
    fn set_update_internal(&mut self, set: &Rc<PySet>, other: &Value) -> PResult<()> {
        if let Value::Set(source) = other {
            if Rc::ptr_eq(set, source) {
                return Ok(());
            }
            if set.table.borrow().is_pristine() {
                // set(a_set), a.copy(), BUILD_SET 0 + SET_UPDATE: a copy compares nothing.
                let copied = SetTable::from_set(&source.table.borrow());
                *set.table.borrow_mut() = copied;
                return Ok(());
            }
        }
        let operand = self.operand(other)?;
        mutate(self, set, |table, eq| match operand {
            Operand::Set(source) => table.try_update_from_set(&source, eq),
            Operand::Dict(keys) => table.try_update_from_dict_keys(keys.len(), keys, eq),
            Operand::Items(items) => {
                for (key, hash) in items {
                    table.try_insert(key, hash, eq)?;
                }
                Ok(())
            }
        })
    }

    /// A new set (or frozenset) of `items`, inserted in order (`BUILD_SET`).
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PResult<Value> {
        let mut table = SetTable::new();
        for item in items {
            let hash = self.hash(&item)?;
            let result = table.try_insert(item, hash, &mut |a, b| python_key_eq(self, a, b));
            result.map_err(|e| raised(self, e))?;
        }
        Ok(wrap(table, frozen))
    }

    /// A new set of an iterable's items, as `set(iterable)` makes it.
    fn set_from(&mut self, iterable: &Value, frozen: bool) -> PResult<Value> {
        let set = wrap(SetTable::new(), frozen);
        self.set_update_internal(inner(&set), iterable)?;
        Ok(set)
    }

    /// `SET_UPDATE`: `set.update(iterable)` for one iterable.
    pub fn set_update(&mut self, set: &Value, iterable: &Value) -> PResult<()> {
        match set {
            Value::Set(set) => self.set_update_internal(set, iterable),
            _ => Ok(()),
        }
    }

    /// The hash of a key to look up in a set: a set key is looked up as the frozenset of its
    /// items (CPython's `set_contains`, `discard` and `remove` retry so on the TypeError).
    fn lookup_hash(&mut self, key: &Value) -> PResult<i64> {
        match key {
            Value::Set(set) if !set.frozen => Ok(set.table.borrow().frozenset_hash()),
            _ => self.hash(key),
        }
    }

    /// The stored key equal to `key` by Python equality, when builtin equality could not
    /// decide: compares against the key's probe candidates with no borrow held.
    fn set_find_python(
        &mut self,
        set: &Rc<PySet>,
        key: &Value,
        hash: i64,
    ) -> PResult<Option<Value>> {
        let candidates = set.table.borrow().candidates(hash);
        for candidate in candidates {
            if candidate.is(key) || self.eq(&candidate, key)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }

    /// `set.add(key)` (also set displays and comprehensions).
    pub fn set_add(&mut self, set: &Value, key: Value) -> PResult<()> {
        let Value::Set(set) = set else {
            return Ok(());
        };
        let hash = self.hash(&key)?;
        // Fails (before changing anything) only if builtin equality cannot decide.
        let native = set
            .table
            .borrow_mut()
            .try_insert(key.clone(), hash, &mut native_key_eq);
        if native.is_ok() || self.set_find_python(set, &key, hash)?.is_some() {
            return Ok(());
        }
        // No equal key, Python equality said: insert where the table puts a new key.
        set.table
            .borrow_mut()
            .insert(key, hash, &mut |a, b| native_key_eq(a, b).unwrap_or(false));
        Ok(())
    }

    /// `key in set`.
    pub fn set_contains(&mut self, set: &Value, key: &Value) -> PResult<bool> {
        let Value::Set(set) = set else {
            return Ok(false);
        };
        let hash = self.lookup_hash(key)?;
        let native = set
            .table
            .borrow()
            .try_contains(key, hash, &mut native_key_eq);
        match native {
            Ok(found) => Ok(found),
            Err(_) => Ok(self.set_find_python(set, key, hash)?.is_some()),
        }
    }

    /// Removes `key`; whether it was there.
    pub fn set_discard(&mut self, set: &Value, key: &Value) -> PResult<bool> {
        let Value::Set(set) = set else {
            return Ok(false);
        };
        let hash = self.lookup_hash(key)?;
        let native = set
            .table
            .borrow_mut()
            .try_take(key, hash, &mut native_key_eq);
        match native {
            Ok(taken) => Ok(taken.is_some()),
            Err(_) => match self.set_find_python(set, key, hash)? {
                Some(stored) => Ok(set
                    .table
                    .borrow_mut()
                    .remove(&stored, hash, &mut |a, b| a.is(b))),
                None => Ok(false),
            },
        }
    }
}

pub fn install(vm: &mut Vm) {
    add_method(&vm.types.set, "__new__", set_new);
    add_method(&vm.types.frozenset, "__new__", frozenset_new);
    for class in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        add_method(&class, "copy", set_copy);
        add_method(&class, "union", set_union);
        add_method(&class, "intersection", set_intersection);
        add_method(&class, "difference", set_difference);
        add_method(&class, "symmetric_difference", set_symmetric_difference);
        add_method(&class, "issubset", set_issubset);
        add_method(&class, "issuperset", set_issuperset);
        add_method(&class, "isdisjoint", set_isdisjoint);
        add_method(&class, "__len__", set_len);
        add_method(&class, "__contains__", set_contains);
        add_method(&class, "__iter__", set_iter);
    }
    let set = vm.types.set.clone();
    add_method(&set, "add", set_add);
    add_method(&set, "discard", set_discard);
    add_method(&set, "remove", set_remove);
    add_method(&set, "pop", set_pop);
    add_method(&set, "clear", set_clear);
    add_method(&set, "__init__", set_init);
    add_method(&set, "update", set_update);
    add_method(&set, "intersection_update", set_intersection_update);
    add_method(&set, "difference_update", set_difference_update);
    add_method(
        &set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    // Mutable, so unhashable: CPython sets `__hash__` to None on the type.
    set.dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);
}

fn the_set(vm: &mut Vm, this: Option<&Value>, args: Args, method: &str) -> PResult<(Value, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    if !matches!(me, Value::Set(_)) {
        let name = vm.type_name(&me);
        return Err(vm.type_error(format!(
            "descriptor '{method}' for 'set' objects doesn't apply to a '{name}' object"
        )));
    }
    Ok((me, args))
}

/// A `METH_O` method that set and frozenset share: CPython's messages name the type it was
/// called on.
struct SharedMethod {
    set: Signature<1, 0>,
    frozenset: Signature<1, 0>,
}

impl SharedMethod {
    const fn new(set: &'static str, frozenset: &'static str) -> SharedMethod {
        let parameter = [Param::positional_only("other")];
        SharedMethod {
            set: Signature::new(set, Convention::Fixed, parameter, []),
            frozenset: Signature::new(frozenset, Convention::Fixed, parameter, []),
        }
    }

    /// The one argument of a call on `me`.
    fn bind(&self, vm: &mut Vm, me: &Value, args: Args) -> PResult<Value> {
        let signature = if is_frozen(me) {
            &self.frozenset
        } else {
            &self.set
        };
        let Bound {
            required: [other], ..
        } = signature.bind(vm, args)?;
        Ok(other)
    }
}

fn is_frozen(set: &Value) -> bool {
    matches!(set, Value::Set(s) if s.frozen)
}

fn set_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    new_set(vm, args, "set")
}

fn frozenset_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    new_set(vm, args, "frozenset")
}

/// `set.__new__` and `frozenset.__new__`, named after the type they were called on.
fn new_set(vm: &mut Vm, mut args: Args, type_name: &str) -> PResult<Value> {
    let class = super::take_class(vm, &mut args, type_name)?;
    let base = if type_name == "frozenset" {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    if !class.is_subclass_of(&base) {
        let (asked, base_name) = (class.name.clone(), base.name.clone());
        return Err(vm.type_error(format!(
            "{base_name}.__new__({asked}): {asked} is not a subtype of {base_name}"
        )));
    }
    let frozen = Rc::ptr_eq(&base, &vm.types.frozenset);
    const SET: Signature<0, 1> = Signature::new(
        "set",
        Convention::Unpack,
        [],
        [Param::positional_only("iterable")],
    );
    let signature = if frozen {
        SET.renamed("frozenset")
    } else {
        SET
    };
    let Bound {
        optional: [iterable],
        ..
    } = signature.bind(vm, args)?;
    let set = match iterable {
        // frozenset(a_frozenset) is that frozenset.
        Some(iterable) if frozen && is_frozen(&iterable) && Rc::ptr_eq(&class, &base) => {
            return Ok(iterable);
        }
        Some(iterable) if frozen => vm.set_from(&iterable, frozen)?,
        // A set is filled by `set.__init__`, which a subclass may override.
        _ => wrap(SetTable::new(), frozen),
    };
    Ok(super::sequences::subclass_instance(&class, &base, set))
}

/// CPython's `set_copy`: the same kind of set, its table copied slot for slot.
fn copy_of(set: &Value) -> Value {
    wrap(
        SetTable::from_set(&inner(set).table.borrow()),
        is_frozen(set),
    )
}

fn set_copy(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "copy")?;
    if is_frozen(&me) {
        return Ok(me);
    }
    Ok(copy_of(&me))
}

/// An operand as a set: itself, or a new set of its items (CPython's `make_new_set`).
fn as_set(vm: &mut Vm, other: &Value) -> PResult<Value> {
    match other {
        Value::Set(_) => Ok(other.clone()),
        _ => vm.set_from(other, false),
    }
}

/// `set_union`: a copy of `me` updated with each operand.
fn union(vm: &mut Vm, me: &Value, others: &[Value]) -> PResult<Value> {
    let result = copy_of(me);
    for other in others {
        if !other.is(me) {
            vm.set_update_internal(inner(&result), other)?;
        }
    }
    Ok(result)
}

/// `set_intersection(so, other)`: for a set, iterates the smaller of the two; for an iterable,
/// its items that `so` contains.
fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PResult<Value> {
    if other.is(so) {
        return Ok(copy_of(so));
    }
    let table = match other {
        Value::Set(other) => compute(vm, [inner(so), other], |[a, b], eq| {
            SetTable::try_intersection(a, b, eq)
        })?,
        _ => {
            let items = vm.hashed_items(other)?;
            compute(vm, [inner(so)], |[a], eq| {
                SetTable::try_intersection_iter(a, items.iter().cloned(), eq)
            })?
        }
    };
    Ok(wrap(table, is_frozen(so)))
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PResult<Value> {
    let table = match other {
        Value::Set(other) => compute(vm, [inner(so), other], |[a, b], eq| {
            SetTable::try_difference(a, b, eq)
        })?,
        Value::Dict(dict) => {
            // Membership in the dict is membership in a set of its keys, and `len` is the
            // dict's, which is all the algorithm asks of `other`.
            let mut keys = SetTable::new();
            for entry in dict.borrow().iter() {
                keys.insert(entry.key.clone(), entry.hash, &mut |_, _| false);
            }
            let keys = wrap(keys, true);
            compute(vm, [inner(so), inner(&keys)], |[a, b], eq| {
                SetTable::try_difference(a, b, eq)
            })?
        }
        _ => {
            // set_copy_and_difference: a copy with the items discarded.
            let result = copy_of(so);
            difference_update(vm, &result, other)?;
            return Ok(result);
        }
    };
    Ok(wrap(table, is_frozen(so)))
}

/// `set_difference_update_internal(so, other)`.
fn difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PResult<()> {
    let set = inner(so);
    if other.is(so) {
        set.table.borrow_mut().clear();
        return Ok(());
    }
    match vm.operand(other)? {
        Operand::Set(source) => mutate(vm, set, |table, eq| {
            table.try_difference_update(&source, eq)
        }),
        Operand::Dict(items) | Operand::Items(items) => mutate(vm, set, |table, eq| {
            table.try_difference_update_iter(items, eq)
        }),
    }
}

/// `set_symmetric_difference_update(so, other)`: each of `other`'s keys removed if present,
/// else added.
fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PResult<()> {
    let set = inner(so);
    if other.is(so) {
        set.table.borrow_mut().clear();
        return Ok(());
    }
    let source = match other {
        Value::Set(other) => other.table.borrow().clone(),
        // A dict's keys are toggled in dict order.
        Value::Dict(_) => {
            let Operand::Dict(keys) = vm.operand(other)? else {
                unreachable!("a dict operand");
            };
            return mutate(vm, set, |table, eq| {
                for (key, hash) in keys {
                    if table.try_take(&key, hash, eq)?.is_none() {
                        table.try_insert(key, hash, eq)?;
                    }
                }
                Ok(())
            });
        }
        // Any other iterable becomes a set first.
        _ => {
            let built = vm.set_from(other, false)?;
            inner(&built).table.borrow().clone()
        }
    };
    mutate(vm, set, |table, eq| {
        table.try_symmetric_difference_update(&source, eq)
    })
}

/// `set_symmetric_difference(so, other)`: a new set of `other`'s items, then `^= so`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PResult<Value> {
    if let Value::Set(other) = other {
        let table = compute(vm, [inner(so), other], |[a, b], eq| {
            SetTable::try_symmetric_difference(a, b, eq)
        })?;
        return Ok(wrap(table, is_frozen(so)));
    }
    let result = vm.set_from(other, is_frozen(so))?;
    let me = inner(so).table.borrow().clone();
    mutate(vm, inner(&result), |table, eq| {
        table.try_symmetric_difference_update(&me, eq)
    })?;
    Ok(result)
}

/// `set_intersection_update`: `so` takes the intersection's table (keeping its pop finger).
fn replace_contents(so: &Value, result: &Value) {
    let table = inner(result).table.borrow().clone();
    inner(so).table.borrow_mut().replace_contents(table);
}

fn set_union(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "union")?;
    union(vm, &me, &args.positional)
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, me: &Value, others: &[Value]) -> PResult<Value> {
    if others.is_empty() {
        return Ok(copy_of(me));
    }
    let mut result = me.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn set_intersection(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "intersection")?;
    intersection_multi(vm, &me, &args.positional)
}

fn set_difference(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "difference")?;
    let Some((first, rest)) = args.positional.split_first() else {
        return Ok(copy_of(&me));
    };
    let result = difference(vm, &me, first)?;
    for other in rest {
        difference_update(vm, &result, other)?;
    }
    Ok(result)
}

fn set_symmetric_difference(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "symmetric_difference")?;
    const SYMMETRIC_DIFFERENCE: SharedMethod =
        SharedMethod::new("set.symmetric_difference", "frozenset.symmetric_difference");
    let other = SYMMETRIC_DIFFERENCE.bind(vm, &me, args)?;
    symmetric_difference(vm, &me, &other)
}

/// `set_issubset` for two sets: every key of `small` is in `big`.
fn subset(vm: &mut Vm, small: &Value, big: &Value) -> PResult<bool> {
    if small.is(big) {
        return Ok(true);
    }
    compute(vm, [inner(small), inner(big)], |[small, big], eq| {
        if small.len() > big.len() {
            return Ok(false);
        }
        for (key, hash) in small.entries() {
            if !big.try_contains(key, hash, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

fn set_issubset(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "issubset")?;
    const ISSUBSET: SharedMethod = SharedMethod::new("set.issubset", "frozenset.issubset");
    let other = ISSUBSET.bind(vm, &me, args)?;
    let other = as_set(vm, &other)?;
    Ok(Value::Bool(subset(vm, &me, &other)?))
}

fn set_issuperset(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "issuperset")?;
    const ISSUPERSET: SharedMethod = SharedMethod::new("set.issuperset", "frozenset.issuperset");
    let other = ISSUPERSET.bind(vm, &me, args)?;
    let other = &other;
    if matches!(other, Value::Set(_)) {
        return Ok(Value::Bool(subset(vm, other, &me)?));
    }
    // An iterable is not made a set: its items are looked up until one is missing.
    for item in vm.collect(other)? {
        if !vm.set_contains(&me, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "isdisjoint")?;
    const ISDISJOINT: SharedMethod = SharedMethod::new("set.isdisjoint", "frozenset.isdisjoint");
    let other = ISDISJOINT.bind(vm, &me, args)?;
    let other = &other;
    if other.is(&me) {
        return Ok(Value::Bool(vm.len(&me)? == 0));
    }
    if let Value::Set(other) = other {
        // Iterates the smaller set, looking its keys up in the larger.
        let disjoint = compute(vm, [inner(&me), other], |[a, b], eq| {
            let (small, big) = if a.len() > b.len() { (b, a) } else { (a, b) };
            for (key, hash) in small.entries() {
                if big.try_contains(key, hash, eq)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })?;
        return Ok(Value::Bool(disjoint));
    }
    for item in vm.collect(other)? {
        if vm.set_contains(&me, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_len(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "__len__")?;
    Ok(Value::Int(vm.len(&me)? as i64))
}

fn set_contains(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "__contains__")?;
    const CONTAINS: SharedMethod = SharedMethod::new("set.__contains__", "frozenset.__contains__");
    let other = CONTAINS.bind(vm, &me, args)?;
    Ok(Value::Bool(vm.set_contains(&me, &other)?))
}

fn set_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "__iter__")?;
    vm.iter(&me)
}

fn set_add(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "add")?;
    const ADD: Signature<1, 0> = Signature::new(
        "set.add",
        Convention::Fixed,
        [Param::positional_only("item")],
        [],
    );
    let Bound {
        required: [item], ..
    } = ADD.bind(vm, args)?;
    vm.set_add(&me, item.clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "discard")?;
    const DISCARD: Signature<1, 0> = Signature::new(
        "set.discard",
        Convention::Fixed,
        [Param::positional_only("item")],
        [],
    );
    let Bound {
        required: [item], ..
    } = DISCARD.bind(vm, args)?;
    vm.set_discard(&me, &item)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "remove")?;
    const REMOVE: Signature<1, 0> = Signature::new(
        "set.remove",
        Convention::Fixed,
        [Param::positional_only("item")],
        [],
    );
    let Bound {
        required: [item], ..
    } = REMOVE.bind(vm, args)?;
    if !vm.set_discard(&me, &item)? {
        return Err(vm.key_error(item.clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "pop")?;
    let popped = inner(&me).table.borrow_mut().pop();
    match popped {
        Some(item) => Ok(item),
        None => Err(vm.error("KeyError", "pop from an empty set")),
    }
}

/// `set.__init__(iterable=())`: empties the set, then adds the items.
fn set_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const SET: Signature<0, 1> = Signature::new(
        "set",
        Convention::Unpack,
        [],
        [Param::positional_only("iterable")],
    );
    let (me, args) = the_set(vm, this, args, "__init__")?;
    let Bound {
        optional: [iterable],
        ..
    } = SET.bind(vm, args)?;
    if is_frozen(&me) {
        return Ok(Value::None);
    }
    inner(&me).table.borrow_mut().clear();
    if let Some(iterable) = &iterable {
        vm.set_update_internal(inner(&me), iterable)?;
    }
    Ok(Value::None)
}

fn set_clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "clear")?;
    inner(&me).table.borrow_mut().clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "update")?;
    for other in &args.positional {
        vm.set_update_internal(inner(&me), other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "intersection_update")?;
    let result = intersection_multi(vm, &me, &args.positional)?;
    replace_contents(&me, &result);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "difference_update")?;
    for other in &args.positional {
        difference_update(vm, &me, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "symmetric_difference_update")?;
    const SYMMETRIC_DIFFERENCE_UPDATE: Signature<1, 0> = Signature::new(
        "set.symmetric_difference_update",
        Convention::Fixed,
        [Param::positional_only("other")],
        [],
    );
    let Bound {
        required: [other], ..
    } = SYMMETRIC_DIFFERENCE_UPDATE.bind(vm, args)?;
    symmetric_difference_update(vm, &me, &other)?;
    Ok(Value::None)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (in place for `|=` and friends on a `set`;
/// a frozenset's in-place operators make a new frozenset).
pub fn set_operator(
    vm: &mut Vm,
    op: BinaryOp,
    left: &Value,
    right: &Value,
    inplace: bool,
) -> PResult<Value> {
    if inplace && !is_frozen(left) {
        match op {
            BinaryOp::BitOr => vm.set_update_internal(inner(left), right)?,
            BinaryOp::BitAnd => {
                let result = intersection(vm, left, right)?;
                replace_contents(left, &result);
            }
            BinaryOp::Sub => difference_update(vm, left, right)?,
            BinaryOp::BitXor => symmetric_difference_update(vm, left, right)?,
            _ => return Err(unsupported(vm, op, left, right)),
        }
        return Ok(left.clone());
    }
    match op {
        BinaryOp::BitOr => union(vm, left, std::slice::from_ref(right)),
        BinaryOp::BitAnd => intersection(vm, left, right),
        BinaryOp::Sub => difference(vm, left, right),
        BinaryOp::BitXor => symmetric_difference(vm, left, right),
        _ => Err(unsupported(vm, op, left, right)),
    }
}

fn unsupported(vm: &mut Vm, op: BinaryOp, left: &Value, right: &Value) -> Flow {
    let (a, b) = (vm.type_name(left), vm.type_name(right));
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{a}' and '{b}'",
        op.symbol()
    ))
}

/// Set comparisons: equality, and subset/superset ordering.
pub fn set_compare(vm: &mut Vm, op: Comparison, left: &Value, right: &Value) -> PResult<bool> {
    let (a, b) = (vm.len(left)?, vm.len(right)?);
    Ok(match op {
        Comparison::Eq => a == b && subset(vm, left, right)?,
        Comparison::NotEq => !(a == b && subset(vm, left, right)?),
        Comparison::LtE => subset(vm, left, right)?,
        Comparison::Lt => a < b && subset(vm, left, right)?,
        Comparison::GtE => subset(vm, right, left)?,
        Comparison::Gt => a > b && subset(vm, right, left)?,
    })
}
