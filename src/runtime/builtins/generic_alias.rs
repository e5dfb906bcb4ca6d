//! `list[int]` (`types.GenericAlias`) and `int | None` (`types.UnionType`): what annotations
//! written with builtin generics and `|` evaluate to. Calling an alias makes an instance of
//! its class; both print as CPython does (`tuple[int, ...]`, `int | None`).

use std::any::Any;
use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Class, NativeObject, Value};
use super::super::vm::Vm;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};

/// `origin[args]` for a builtin class `origin`.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

impl NativeObject for GenericAlias {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.generic_alias.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `a | b | ...` of types: the distinct members, in order.
pub struct UnionType {
    pub args: Vec<Value>,
}

impl NativeObject for UnionType {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.union_type.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm) {
    let alias = vm.types.generic_alias.clone();
    add_method(&alias, "__new__", alias_new);
    add_method(&alias, "__repr__", alias_repr);
    add_method(&alias, "__call__", alias_call);
    add_method(&alias, "__eq__", alias_eq);
    add_method(&alias, "__hash__", alias_hash);
    add_method(&alias, "__or__", union_or);
    add_method(&alias, "__ror__", union_ror);
    super::descriptors::add_read_only_property(&alias, "__origin__", alias_origin);
    super::descriptors::add_read_only_property(&alias, "__args__", alias_args);
    let union = vm.types.union_type.clone();
    add_method(&union, "__repr__", union_repr);
    add_method(&union, "__eq__", union_eq);
    add_method(&union, "__hash__", union_hash);
    add_method(&union, "__or__", union_or);
    add_method(&union, "__ror__", union_ror);
    super::descriptors::add_read_only_property(&union, "__args__", union_args);
    let type_ = vm.types.type_.clone();
    add_method(&type_, "__or__", union_or);
    add_method(&type_, "__ror__", union_ror);
}

/// `cls[key]` for a builtin class: the alias (a tuple key gives several arguments).
pub fn subscript(origin: &Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    Value::Native(Rc::new(GenericAlias {
        origin: origin.clone(),
        args,
    }))
}

/// `GenericAlias(origin, args)`: what library classes' `__class_getitem__` returns.
fn alias_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    super::take_class(vm, &mut args, "GenericAlias")?;
    match &args.positional[..] {
        [origin, key] => Ok(subscript(origin, key)),
        _ => Err(vm.type_error("GenericAlias expected 2 arguments")),
    }
}

/// How an alias shows one of its parts (CPython's `ga_repr_item`): classes by their
/// qualified name (without `builtins.`), `...` as written, a list item by item, anything
/// else by its repr.
fn repr_item(vm: &mut Vm, item: &Value) -> PResult<String> {
    match item {
        Value::Ellipsis => Ok("...".to_string()),
        Value::Class(class) if class.module.as_ref() == "builtins" => {
            Ok(class.qualname.to_string())
        }
        Value::Class(class) => Ok(format!("{}.{}", class.module, class.qualname)),
        // `Callable[[int], str]`: a list of arguments shows item by item.
        Value::List(items) => {
            let items = items.borrow().clone();
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(repr_item(vm, item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        other => vm.repr(other),
    }
}

fn the_alias(vm: &mut Vm, value: &Value) -> PResult<Rc<GenericAlias>> {
    value
        .native_rc::<GenericAlias>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn alias_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    let alias = the_alias(vm, &me)?;
    let mut text = repr_item(vm, &alias.origin)?;
    text.push('[');
    if alias.args.is_empty() {
        text.push_str("()");
    }
    for (index, arg) in alias.args.iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(&repr_item(vm, arg)?);
    }
    text.push(']');
    Ok(Value::str(text))
}

fn alias_origin(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__origin__")?;
    Ok(the_alias(vm, &me)?.origin.clone())
}

fn alias_args(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__args__")?;
    Ok(Value::tuple(the_alias(vm, &me)?.args.clone()))
}

fn union_args(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__args__")?;
    match me.native::<UnionType>() {
        Some(union) => Ok(Value::tuple(union.args.clone())),
        None => Err(vm.type_error("descriptor requires a 'types.UnionType' object")),
    }
}

fn alias_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__call__")?;
    let alias = the_alias(vm, &me)?;
    vm.call_with(&alias.origin, args)
}

/// Element-wise equality of two argument lists.
fn same_args(vm: &mut Vm, a: &[Value], b: &[Value]) -> PResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !vm.eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn alias_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__eq__")?;
    let alias = the_alias(vm, &me)?;
    let Some(other) = args
        .positional
        .first()
        .and_then(|o| o.native_rc::<GenericAlias>())
    else {
        return Ok(Value::NotImplemented);
    };
    let equal = alias.origin.is(&other.origin) && same_args(vm, &alias.args, &other.args)?;
    Ok(Value::Bool(equal))
}

fn alias_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__hash__")?;
    let alias = the_alias(vm, &me)?;
    let mut hash = vm.hash(&alias.origin)?;
    for arg in &alias.args {
        hash = hash.wrapping_mul(1_000_003) ^ vm.hash(arg)?;
    }
    Ok(Value::Int(if hash == -1 { -2 } else { hash }))
}

/// The members `value` contributes to a union, or `None` when it cannot be one (`|` then
/// gives NotImplemented, as CPython's `_Py_union_type_or` does).
fn union_members(vm: &Vm, value: &Value) -> Option<Vec<Value>> {
    match value {
        Value::None => Some(vec![Value::Class(vm.types.none.clone())]),
        Value::Class(_) => Some(vec![value.clone()]),
        // A `type` statement's alias (`typing.TypeAliasType`, written in Python).
        Value::Instance(_) => {
            let class = vm.class_of(value);
            (class.name.as_ref() == "TypeAliasType" && class.module.as_ref() == "typing")
                .then(|| vec![value.clone()])
        }
        Value::Native(_) => {
            if let Some(union) = value.native::<UnionType>() {
                Some(union.args.clone())
            } else if value.native::<GenericAlias>().is_some() {
                Some(vec![value.clone()])
            } else {
                None
            }
        }
        _ => None,
    }
}

fn make_union(vm: &mut Vm, left: &Value, right: &Value) -> PResult<Value> {
    let (Some(a), Some(b)) = (union_members(vm, left), union_members(vm, right)) else {
        return Ok(Value::NotImplemented);
    };
    let mut members: Vec<Value> = Vec::new();
    for item in a.into_iter().chain(b) {
        let mut seen = false;
        for existing in &members {
            if vm.eq(existing, &item)? {
                seen = true;
                break;
            }
        }
        if !seen {
            members.push(item);
        }
    }
    // `int | int` is just `int`.
    if members.len() == 1 {
        return Ok(members.remove(0));
    }
    Ok(Value::Native(Rc::new(UnionType { args: members })))
}

fn union_or(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__or__")?;
    const OR: Signature<1, 0> = Signature::new(
        "__or__",
        Convention::Slot,
        [Param::positional_only("value")],
        [],
    );
    let Bound {
        required: [other], ..
    } = OR.bind(vm, args)?;
    make_union(vm, &me, &other)
}

fn union_ror(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__ror__")?;
    const ROR: Signature<1, 0> = Signature::new(
        "__ror__",
        Convention::Slot,
        [Param::positional_only("value")],
        [],
    );
    let Bound {
        required: [other], ..
    } = ROR.bind(vm, args)?;
    make_union(vm, &other, &me)
}

fn the_union(vm: &mut Vm, value: &Value) -> PResult<Rc<UnionType>> {
    value
        .native_rc::<UnionType>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'types.UnionType' object"))
}

fn union_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    let union = the_union(vm, &me)?;
    let mut parts = Vec::with_capacity(union.args.len());
    for arg in &union.args {
        // `NoneType` shows as `None` in a union.
        let part = match arg {
            Value::Class(class) if Rc::ptr_eq(class, &vm.types.none) => "None".to_string(),
            other => repr_item(vm, other)?,
        };
        parts.push(part);
    }
    Ok(Value::str(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__eq__")?;
    let union = the_union(vm, &me)?;
    let Some(other) = args
        .positional
        .first()
        .and_then(|o| o.native_rc::<UnionType>())
    else {
        return Ok(Value::NotImplemented);
    };
    // Unions compare as sets of their members.
    if union.args.len() != other.args.len() {
        return Ok(Value::Bool(false));
    }
    for arg in &union.args {
        let mut found = false;
        for candidate in &other.args {
            if vm.eq(arg, candidate)? {
                found = true;
                break;
            }
        }
        if !found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn union_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__hash__")?;
    let union = the_union(vm, &me)?;
    // Order-independent, as equality is.
    let mut hash: i64 = 0;
    for arg in &union.args {
        hash ^= vm.hash(arg)?;
    }
    Ok(Value::Int(if hash == -1 { -2 } else { hash }))
}
