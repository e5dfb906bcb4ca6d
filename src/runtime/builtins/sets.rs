//! `set` and `frozenset`: construction, membership with Python equality, methods and
//! operators. The table keeps CPython's slot layout, so sets print in CPython's order.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::PResult;
use super::super::dict::native_eq;
use super::super::set_table::SetTable;
use super::super::value::{Args, PySet, Value};
use super::super::vm::Vm;
use super::{add_method, receiver};
use crate::python::ast::BinaryOp;
use crate::python::bytecode::Comparison;

/// Equality for keys already known to be equal by identity or builtin equality.
fn quick_eq(a: &Value, b: &Value) -> bool {
    a.is(b) || native_eq(a, b) == Some(true)
}

impl Vm {
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PResult<Value> {
        let set = Value::Set(Rc::new(PySet {
            table: RefCell::new(SetTable::new()),
            frozen,
        }));
        for item in items {
            self.set_insert(&set, item)?;
        }
        Ok(set)
    }

    /// The key stored in `set` equal to `key` (comparing with `__eq__` where needed).
    fn set_find(&mut self, set: &Rc<PySet>, key: &Value, hash: i64) -> PResult<Option<Value>> {
        let candidates: Vec<Value> = set
            .table
            .borrow()
            .entries()
            .filter(|(_, h)| *h == hash)
            .map(|(k, _)| k.clone())
            .collect();
        for candidate in candidates {
            if quick_eq(&candidate, key) {
                return Ok(Some(candidate));
            }
            if native_eq(&candidate, key).is_none() && self.eq(&candidate, key)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }

    fn set_insert(&mut self, set: &Value, key: Value) -> PResult<bool> {
        let Value::Set(inner) = set else {
            return Ok(false);
        };
        let hash = self.hash(&key)?;
        if self.set_find(inner, &key, hash)?.is_some() {
            return Ok(false);
        }
        Ok(inner
            .table
            .borrow_mut()
            .insert(key, hash, &mut |a, b| quick_eq(a, b)))
    }

    /// `set.add(key)` (also used by set displays and comprehensions).
    pub fn set_add(&mut self, set: &Value, key: Value) -> PResult<()> {
        self.set_insert(set, key)?;
        Ok(())
    }

    /// `key in set`.
    pub fn set_contains(&mut self, set: &Value, key: &Value) -> PResult<bool> {
        let Value::Set(inner) = set else {
            return Ok(false);
        };
        let hash = self.hash(key)?;
        Ok(self.set_find(inner, key, hash)?.is_some())
    }

    /// Removes `key`; whether it was there.
    pub fn set_discard(&mut self, set: &Value, key: &Value) -> PResult<bool> {
        let Value::Set(inner) = set else {
            return Ok(false);
        };
        let hash = self.hash(key)?;
        match self.set_find(inner, key, hash)? {
            Some(stored) => Ok(inner
                .table
                .borrow_mut()
                .remove(&stored, hash, &mut |a, b| a.is(b) || quick_eq(a, b))),
            None => Ok(false),
        }
    }

    fn set_items(&self, set: &Value) -> Vec<Value> {
        match set {
            Value::Set(inner) => inner.table.borrow().to_vec(),
            _ => Vec::new(),
        }
    }
}

pub fn install(vm: &mut Vm) {
    for class in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        add_method(&class, "__new__", set_new);
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
    add_method(&set, "update", set_update);
    add_method(&set, "intersection_update", set_intersection_update);
    add_method(&set, "difference_update", set_difference_update);
    add_method(
        &set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
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

fn is_frozen(set: &Value) -> bool {
    matches!(set, Value::Set(s) if s.frozen)
}

fn set_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let Value::Class(class) = args.positional.remove(0) else {
        return Err(vm.type_error("set.__new__(X): X is not a type object"));
    };
    let frozen = Rc::ptr_eq(&class, &vm.types.frozenset);
    let name = if frozen { "frozenset" } else { "set" };
    super::no_keywords(vm, name, &args)?;
    super::arity(vm, name, &args, 0, 1)?;
    let items = match args.positional.first() {
        Some(iterable) => vm.collect(iterable)?,
        None => Vec::new(),
    };
    vm.new_set(items, frozen)
}

fn set_copy(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "copy")?;
    let items = vm.set_items(&me);
    vm.new_set(items, is_frozen(&me))
}

/// The items of every argument, as sets for fast membership.
fn argument_sets(vm: &mut Vm, args: &Args) -> PResult<Vec<Value>> {
    let mut sets = Vec::with_capacity(args.positional.len());
    for other in &args.positional {
        let set = match other {
            Value::Set(_) => other.clone(),
            iterable => {
                let items = vm.collect(iterable)?;
                vm.new_set(items, false)?
            }
        };
        sets.push(set);
    }
    Ok(sets)
}

fn union(vm: &mut Vm, me: &Value, others: &[Value]) -> PResult<Value> {
    let mut items = vm.set_items(me);
    for other in others {
        items.extend(vm.set_items(other));
    }
    vm.new_set(items, is_frozen(me))
}

fn intersection(vm: &mut Vm, me: &Value, others: &[Value]) -> PResult<Value> {
    let mut result = vm.set_items(me);
    for other in others {
        let mut kept = Vec::new();
        for item in result {
            if vm.set_contains(other, &item)? {
                kept.push(item);
            }
        }
        result = kept;
    }
    vm.new_set(result, is_frozen(me))
}

fn difference(vm: &mut Vm, me: &Value, others: &[Value]) -> PResult<Value> {
    let mut result = Vec::new();
    'items: for item in vm.set_items(me) {
        for other in others {
            if vm.set_contains(other, &item)? {
                continue 'items;
            }
        }
        result.push(item);
    }
    vm.new_set(result, is_frozen(me))
}

fn symmetric_difference(vm: &mut Vm, me: &Value, other: &Value) -> PResult<Value> {
    let mut result = Vec::new();
    for item in vm.set_items(me) {
        if !vm.set_contains(other, &item)? {
            result.push(item);
        }
    }
    for item in vm.set_items(other) {
        if !vm.set_contains(me, &item)? {
            result.push(item);
        }
    }
    vm.new_set(result, is_frozen(me))
}

fn set_union(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "union")?;
    let others = argument_sets(vm, &args)?;
    union(vm, &me, &others)
}

fn set_intersection(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "intersection")?;
    let others = argument_sets(vm, &args)?;
    intersection(vm, &me, &others)
}

fn set_difference(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "difference")?;
    let others = argument_sets(vm, &args)?;
    difference(vm, &me, &others)
}

fn set_symmetric_difference(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "symmetric_difference")?;
    super::arity(vm, "symmetric_difference", &args, 1, 1)?;
    let others = argument_sets(vm, &args)?;
    symmetric_difference(vm, &me, &others[0])
}

fn subset(vm: &mut Vm, small: &Value, big: &Value) -> PResult<bool> {
    for item in vm.set_items(small) {
        if !vm.set_contains(big, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "issubset")?;
    super::arity(vm, "issubset", &args, 1, 1)?;
    let others = argument_sets(vm, &args)?;
    Ok(Value::Bool(subset(vm, &me, &others[0])?))
}

fn set_issuperset(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "issuperset")?;
    super::arity(vm, "issuperset", &args, 1, 1)?;
    let others = argument_sets(vm, &args)?;
    Ok(Value::Bool(subset(vm, &others[0], &me)?))
}

fn set_isdisjoint(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "isdisjoint")?;
    super::arity(vm, "isdisjoint", &args, 1, 1)?;
    let others = argument_sets(vm, &args)?;
    for item in vm.set_items(&me) {
        if vm.set_contains(&others[0], &item)? {
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
    super::arity(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::Bool(vm.set_contains(&me, &args.positional[0])?))
}

fn set_iter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "__iter__")?;
    vm.iter(&me)
}

fn set_add(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "add")?;
    super::arity(vm, "add", &args, 1, 1)?;
    vm.set_add(&me, args.positional[0].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "discard")?;
    super::arity(vm, "discard", &args, 1, 1)?;
    vm.set_discard(&me, &args.positional[0])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "remove")?;
    super::arity(vm, "remove", &args, 1, 1)?;
    if !vm.set_discard(&me, &args.positional[0])? {
        return Err(vm.key_error(args.positional[0].clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "pop")?;
    let Value::Set(inner) = &me else {
        return Ok(Value::None);
    };
    let popped = inner.table.borrow_mut().pop();
    match popped {
        Some(item) => Ok(item),
        None => Err(vm.error("KeyError", "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = the_set(vm, this, args, "clear")?;
    if let Value::Set(inner) = &me {
        inner.table.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn replace_items(vm: &mut Vm, target: &Value, source: &Value) -> PResult<()> {
    let items = vm.set_items(source);
    if let Value::Set(inner) = target {
        inner.table.borrow_mut().clear();
    }
    for item in items {
        vm.set_add(target, item)?;
    }
    Ok(())
}

fn set_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "update")?;
    for other in &args.positional {
        for item in vm.collect(other)? {
            vm.set_add(&me, item)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "intersection_update")?;
    let others = argument_sets(vm, &args)?;
    let result = intersection(vm, &me, &others)?;
    replace_items(vm, &me, &result)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "difference_update")?;
    for other in &args.positional {
        for item in vm.collect(other)? {
            vm.set_discard(&me, &item)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
) -> PResult<Value> {
    let (me, args) = the_set(vm, this, args, "symmetric_difference_update")?;
    super::arity(vm, "symmetric_difference_update", &args, 1, 1)?;
    let others = argument_sets(vm, &args)?;
    let result = symmetric_difference(vm, &me, &others[0])?;
    replace_items(vm, &me, &result)?;
    Ok(Value::None)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (in place for `|=` and friends).
pub fn set_operator(
    vm: &mut Vm,
    op: BinaryOp,
    left: &Value,
    right: &Value,
    inplace: bool,
) -> PResult<Value> {
    let others = [right.clone()];
    let result = match op {
        BinaryOp::BitOr => union(vm, left, &others)?,
        BinaryOp::BitAnd => intersection(vm, left, &others)?,
        BinaryOp::Sub => difference(vm, left, &others)?,
        BinaryOp::BitXor => symmetric_difference(vm, left, right)?,
        _ => {
            let (a, b) = (vm.type_name(left), vm.type_name(right));
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: '{a}' and '{b}'",
                op.symbol()
            )));
        }
    };
    if inplace && !is_frozen(left) {
        replace_items(vm, left, &result)?;
        return Ok(left.clone());
    }
    Ok(result)
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
