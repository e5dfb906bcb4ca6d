//! Operators: arithmetic, comparison and the reflected-method protocol, with CPython's
//! numeric semantics (exact int/float comparison, floor division, Python's modulo sign).

use std::cmp::Ordering;
use std::rc::Rc;

use super::PResult;
use super::core_error::OrRaise;
use super::value::Value;
use super::vm::{Vm, name_in_errors};
use crate::python::ast::{BinaryOp, UnaryOp};
use crate::python::bytecode::Comparison;
use pycore::int::{PowResult, PyInt};

/// An int value as a `PyInt` (bools count as ints).
pub fn to_int(value: &Value) -> Option<PyInt> {
    match value {
        Value::Int(i) => Some(PyInt::Small(*i)),
        Value::BigInt(b) => Some(PyInt::Big(b.clone())),
        Value::Bool(b) => Some(PyInt::Small(*b as i64)),
        // An instance of a subclass of int is an int wherever an int is asked for.
        Value::Instance(instance) => match &instance.base {
            Some(base @ (Value::Int(_) | Value::BigInt(_))) => to_int(base),
            _ => None,
        },
        _ => None,
    }
}

pub fn from_int(int: PyInt) -> Value {
    match int {
        PyInt::Small(i) => Value::Int(i),
        PyInt::Big(b) => Value::BigInt(b),
    }
}

/// A number as a float, for mixed int/float arithmetic.
fn to_float(vm: &mut Vm, value: &Value) -> PResult<Option<f64>> {
    Ok(match value {
        Value::Float(x) => Some(*x),
        other => match to_int(other) {
            Some(int) => Some(int.to_f64().or_raise(vm)?),
            None => None,
        },
    })
}

/// Equality of numbers of any kind (1 == 1.0 == True).
pub fn numeric_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Float(x), other) | (other, Value::Float(x)) => {
            to_int(other).is_some_and(|i| i.eq_f64(*x))
        }
        _ => match (to_int(a), to_int(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

pub fn unary(vm: &mut Vm, op: UnaryOp, operand: &Value) -> PResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!vm.truthy(operand)?));
    }
    // (An instance of a subclass of int goes through its class's methods, which it may
    // override.)
    if !matches!(operand, Value::Instance(_))
        && let Some(int) = to_int(operand)
    {
        return Ok(from_int(match op {
            UnaryOp::USub => int.neg(),
            UnaryOp::UAdd => int.pos(),
            UnaryOp::Invert => int.invert(),
            UnaryOp::Not => unreachable!(),
        }));
    }
    if let Value::Float(x) = operand {
        match op {
            UnaryOp::USub => return Ok(Value::Float(-x)),
            UnaryOp::UAdd => return Ok(Value::Float(*x)),
            _ => {}
        }
    }
    if let Value::Native(_) = operand
        && let Some((re, im)) = operand
            .native::<super::builtins::complex::Complex>()
            .map(|z| (z.re, z.im))
    {
        match op {
            UnaryOp::USub => return Ok(super::builtins::complex::complex_value(-re, -im)),
            UnaryOp::UAdd => return Ok(super::builtins::complex::complex_value(re, im)),
            _ => {}
        }
    }
    let (method, symbol) = match op {
        UnaryOp::USub => ("__neg__", "-"),
        UnaryOp::UAdd => ("__pos__", "+"),
        UnaryOp::Invert => ("__invert__", "~"),
        UnaryOp::Not => unreachable!(),
    };
    if let Some(result) = vm.call_special(operand, method, Vec::new())? {
        return Ok(result);
    }
    let name = vm.type_name(operand);
    Err(vm.type_error(format!("bad operand type for unary {symbol}: '{name}'")))
}

fn dunder(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinaryOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinaryOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// `left op right` (or `left op= right`).
pub fn binary(
    vm: &mut Vm,
    op: BinaryOp,
    left: &Value,
    right: &Value,
    inplace: bool,
) -> PResult<Value> {
    // (One call of `builtin_binary`, kept inline: this is the hot path of arithmetic.)
    let subclassed = |v: &Value| matches!(v, Value::Instance(i) if i.base.is_some());
    let unwrapped;
    let operands = if !subclassed(left) && !subclassed(right) {
        Some((left, right))
    } else {
        unwrapped = subclass_operands(vm, op, left, right, inplace);
        unwrapped.as_ref().map(|(l, r)| (l, r))
    };
    if let Some((l, r)) = operands
        && let Some(result) = builtin_binary(vm, op, l, r, inplace)?
    {
        // `tags |= more` changed the set inside the instance: the instance is the result.
        if inplace && !std::ptr::eq(l, left) && result.is(l) {
            return Ok(left.clone());
        }
        return Ok(result);
    }
    let (forward, reflected, in_place) = dunder(op);
    // A builtin sequence repeats only by an int (or an object with `__index__`); by anything
    // else its own `__mul__` is not tried, so that the operator reports "can't multiply
    // sequence" below as CPython's `sequence_repeat` does (the method called directly says
    // "cannot be interpreted as an integer").
    let is_sequence = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    let not_a_count =
        |vm: &mut Vm, v: &Value| to_int(v).is_none() && vm.special_method(v, "__index__").is_none();
    let skip_left = op == BinaryOp::Mult && is_sequence(left) && not_a_count(vm, right);
    let skip_right = op == BinaryOp::Mult && is_sequence(right) && not_a_count(vm, left);
    if inplace
        && !skip_left
        && let Some(result) = vm.call_special(left, in_place, vec![right.clone()])?
        && !matches!(result, Value::NotImplemented)
    {
        return Ok(result);
    }
    let left_class = vm.class_of(left);
    let right_class = vm.class_of(right);
    let same_type = Rc::ptr_eq(&left_class, &right_class);
    // A subclass's reflected method goes first (it may specialise the operation).
    let right_first = !same_type
        && right_class.is_subclass_of(&left_class)
        && right_class.lookup(reflected).is_some();
    if right_first
        && !skip_right
        && let Some(result) = vm.call_special(right, reflected, vec![left.clone()])?
        && !matches!(result, Value::NotImplemented)
    {
        return Ok(result);
    }
    if !skip_left
        && let Some(result) = vm.call_special(left, forward, vec![right.clone()])?
        && !matches!(result, Value::NotImplemented)
    {
        return Ok(result);
    }
    if !same_type
        && !right_first
        && !skip_right
        && let Some(result) = vm.call_special(right, reflected, vec![left.clone()])?
        && !matches!(result, Value::NotImplemented)
    {
        return Ok(result);
    }
    let symbol = format!("{}{}", op.symbol(), if inplace { "=" } else { "" });
    if op == BinaryOp::Mult && (is_sequence(left) || is_sequence(right)) {
        // A sequence times something that is not an int.
        let other = if is_sequence(left) {
            &right_class.name
        } else {
            &left_class.name
        };
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{other}'"
        )));
    }
    if op == BinaryOp::Pow && !inplace {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            name_in_errors(&left_class),
            name_in_errors(&right_class)
        )));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        name_in_errors(&left_class),
        name_in_errors(&right_class)
    )))
}

/// The operands of `left op right`, where one is an instance of a subclass of a builtin
/// type, as the builtin operator reads them: such an instance as its value, unless its class
/// defines the operator itself (`None`: the special methods decide).
fn subclass_operands(
    vm: &mut Vm,
    op: BinaryOp,
    left: &Value,
    right: &Value,
    inplace: bool,
) -> Option<(Value, Value)> {
    let (forward, reflected, in_place) = dunder(op);
    // An instance of a subclass of a builtin type works as its value, unless its class
    // defines the operator itself (then the special methods below decide).
    let overrides = |vm: &mut Vm, value: &Value, method: &str| {
        vm.class_of(value)
            .lookup(method)
            .is_some_and(|m| matches!(m, Value::Function(_)))
    };
    let left_overrides = overrides(vm, left, forward) || (inplace && overrides(vm, left, in_place));
    let plain_left = match super::value::value_base(left) {
        Some(base) if !left_overrides => Some(base.clone()),
        _ => None,
    };
    // The other operand is read as its value only by an operator of its own kind (`set |
    // tags`, `1 + money`); as an argument of another (`"%(k)s" % a_defaultdict`) it stays
    // itself.
    let kind = |v: &Value| match v {
        Value::Str(_) => 1,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => 2,
        Value::Native(_) if super::builtins::complex::as_complex(v).is_some() => 2,
        Value::Set(_) => 3,
        _ => 0,
    };
    let plain_right = match super::value::value_base(right) {
        Some(base)
            if !overrides(vm, right, reflected)
                && kind(base) == kind(plain_left.as_ref().unwrap_or(left)) =>
        {
            Some(base.clone())
        }
        _ => None,
    };
    let subclassed = |v: &Value| matches!(v, Value::Instance(i) if i.base.is_some());
    let decided_by_methods =
        (subclassed(left) && plain_left.is_none()) || (subclassed(right) && plain_right.is_none());
    if decided_by_methods {
        return None;
    }
    Some((
        plain_left.unwrap_or_else(|| left.clone()),
        plain_right.unwrap_or_else(|| right.clone()),
    ))
}

/// The operators builtin types implement; `None` to fall back to special methods.
fn builtin_binary(
    vm: &mut Vm,
    op: BinaryOp,
    left: &Value,
    right: &Value,
    inplace: bool,
) -> PResult<Option<Value>> {
    // int op int
    if let (Some(a), Some(b)) = (to_int(left), to_int(right)) {
        if !(matches!(left, Value::Bool(_))
            && matches!(right, Value::Bool(_))
            && matches!(op, BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor))
        {
            return int_binary(vm, op, &a, &b).map(Some);
        }
        let (x, y) = (
            matches!(left, Value::Bool(true)),
            matches!(right, Value::Bool(true)),
        );
        return Ok(Some(Value::Bool(match op {
            BinaryOp::BitAnd => x & y,
            BinaryOp::BitOr => x | y,
            _ => x ^ y,
        })));
    }
    // float op (int or float)
    if (matches!(left, Value::Float(_)) || matches!(right, Value::Float(_)))
        && let (Some(a), Some(b)) = (to_float(vm, left)?, to_float(vm, right)?)
        && let Some(result) = float_binary(vm, op, a, b)?
    {
        return Ok(Some(result));
    }
    match (op, left, right) {
        (BinaryOp::Add, Value::Str(a), Value::Str(b)) => {
            let mut text = String::with_capacity(a.as_str().len() + b.as_str().len());
            text.push_str(a.as_str());
            text.push_str(b.as_str());
            Ok(Some(Value::str(text)))
        }
        (BinaryOp::Mult, Value::Str(s), n) | (BinaryOp::Mult, n, Value::Str(s))
            if to_int(n).is_some() =>
        {
            let count = repeat_count(vm, n, s.as_str().len(), 1)?;
            Ok(Some(Value::str(s.as_str().repeat(count))))
        }
        (BinaryOp::Mod, Value::Str(format), args) => {
            super::builtins::percent::percent_format(vm, format.as_str(), args).map(Some)
        }
        (BinaryOp::Add, Value::List(a), Value::List(b)) => {
            if inplace {
                let items = b.borrow().clone();
                a.borrow_mut().extend(items);
                return Ok(Some(left.clone()));
            }
            let mut items = a.borrow().clone();
            items.extend(b.borrow().iter().cloned());
            Ok(Some(Value::list(items)))
        }
        (BinaryOp::Add, Value::List(a), other) if inplace => {
            let items = vm.collect(other)?;
            a.borrow_mut().extend(items);
            Ok(Some(left.clone()))
        }
        (BinaryOp::Mult, Value::List(items), n) | (BinaryOp::Mult, n, Value::List(items))
            if to_int(n).is_some() =>
        {
            let source = items.borrow().clone();
            let count = repeat_count(vm, n, source.len(), ITEM_BYTES)?;
            let mut result = Vec::with_capacity(source.len() * count);
            for _ in 0..count {
                result.extend(source.iter().cloned());
            }
            if inplace && matches!(left, Value::List(_)) {
                *items.borrow_mut() = result;
                return Ok(Some(left.clone()));
            }
            Ok(Some(Value::list(result)))
        }
        (BinaryOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
            let mut items = a.to_vec();
            items.extend(b.iter().cloned());
            Ok(Some(Value::tuple(items)))
        }
        (BinaryOp::Mult, Value::Tuple(items), n) | (BinaryOp::Mult, n, Value::Tuple(items))
            if to_int(n).is_some() =>
        {
            let count = repeat_count(vm, n, items.len(), ITEM_BYTES)?;
            let mut result = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                result.extend(items.iter().cloned());
            }
            Ok(Some(Value::tuple(result)))
        }
        (
            BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor,
            Value::Set(_),
            Value::Set(_),
        ) => super::builtins::sets::set_operator(vm, op, left, right, inplace).map(Some),
        (BinaryOp::BitOr, Value::Dict(a), Value::Dict(_)) => {
            let target = if inplace {
                left.clone()
            } else {
                let pairs = a.borrow().items();
                vm.dict_from_pairs(pairs)?
            };
            vm.dict_update(&target, right, false)?;
            Ok(Some(target))
        }
        _ => super::builtins::complex::binary(vm, op, left, right),
    }
}

/// What one item of a list or tuple takes.
pub(crate) const ITEM_BYTES: u128 = std::mem::size_of::<Value>() as u128;

/// How many times to repeat a sequence of `len` items of `item_bytes` each (`[0] * n`), if
/// the result fits in the memory limit.
fn repeat_count(vm: &mut Vm, count: &Value, len: usize, item_bytes: u128) -> PResult<usize> {
    let Some(count) = to_int(count).and_then(|c| c.to_i64()) else {
        let name = vm.type_name(count);
        return Err(vm.error(
            "OverflowError",
            format!("cannot fit '{name}' into an index-sized integer"),
        ));
    };
    if count <= 0 {
        return Ok(0);
    }
    vm.make_room((count as u128) * (len as u128) * item_bytes)?;
    Ok(count as usize)
}

/// The most bits an int product, power or shift may have: each is one native computation
/// that no limit can interrupt while it runs, and its time grows faster than its size, so
/// the cap keeps every such step short (in the browser's worker too).
const MAX_PRODUCT_BITS: u64 = 2_000_000;
const INT_CAP: &str = "an int product, power or shift of more than 2,000,000 bits";

fn int_binary(vm: &mut Vm, op: BinaryOp, a: &PyInt, b: &PyInt) -> PResult<Value> {
    let result = match op {
        BinaryOp::Add => a.add(b),
        BinaryOp::Sub => a.sub(b),
        BinaryOp::Mult => {
            if let (PyInt::Big(_), _) | (_, PyInt::Big(_)) = (a, b)
                && a.bit_length() + b.bit_length() > MAX_PRODUCT_BITS
            {
                return Err(vm.looplab_cap(INT_CAP));
            }
            a.mul(b)
        }
        BinaryOp::Div => return a.truediv(b).map(Value::Float).or_raise(vm),
        BinaryOp::FloorDiv => a.floordiv(b).or_raise(vm)?,
        BinaryOp::Mod => a.modulo(b).or_raise(vm)?,
        BinaryOp::Pow => {
            if b.is_negative() {
                return a.pow_to_float(b).map(Value::Float).or_raise(vm);
            }
            let exponent = b.to_i64().unwrap_or(i64::MAX);
            if exponent as u128 * a.bit_length() as u128 > MAX_PRODUCT_BITS as u128 {
                return Err(vm.looplab_cap(INT_CAP));
            }
            match a.pow_any(b).or_raise(vm)? {
                PowResult::Int(int) => int,
                PowResult::Float(x) => return Ok(Value::Float(x)),
            }
        }
        BinaryOp::LShift => {
            if b.to_i64()
                .is_none_or(|shift| shift > MAX_PRODUCT_BITS as i64)
                && !b.is_negative()
                && !a.is_zero()
            {
                return Err(vm.looplab_cap(INT_CAP));
            }
            a.shl(b).or_raise(vm)?
        }
        BinaryOp::RShift => a.shr(b).or_raise(vm)?,
        BinaryOp::BitAnd => a.bitand(b),
        BinaryOp::BitOr => a.bitor(b),
        BinaryOp::BitXor => a.bitxor(b),
        BinaryOp::MatMult => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    };
    Ok(from_int(result))
}

fn float_binary(vm: &mut Vm, op: BinaryOp, a: f64, b: f64) -> PResult<Option<Value>> {
    let result = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mult => a * b,
        BinaryOp::Div => {
            if b == 0.0 {
                return Err(vm.error("ZeroDivisionError", "float division by zero"));
            }
            a / b
        }
        BinaryOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.error("ZeroDivisionError", "float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinaryOp::Mod => {
            if b == 0.0 {
                return Err(vm.error("ZeroDivisionError", "float modulo"));
            }
            float_divmod(a, b).1
        }
        BinaryOp::Pow => return float_pow(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(result)))
}

/// Python's float divmod: the floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut modulo = a % b;
    let mut div = (a - modulo) / b;
    if modulo != 0.0 {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
            div -= 1.0;
        }
    } else {
        modulo = 0.0_f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut floor = div.floor();
        if div - floor > 0.5 {
            floor += 1.0;
        }
        floor
    } else {
        0.0_f64.copysign(a / b)
    };
    (floordiv, modulo)
}

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.error(
            "ZeroDivisionError",
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base to a fractional power is complex.
        return super::builtins::complex::power(vm, (a, 0.0), (b, 0.0));
    }
    let result = a.powf(b);
    if result.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.error("OverflowError", "(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(result))
}

fn comparison_symbol(op: Comparison) -> &'static str {
    match op {
        Comparison::Lt => "<",
        Comparison::LtE => "<=",
        Comparison::Eq => "==",
        Comparison::NotEq => "!=",
        Comparison::Gt => ">",
        Comparison::GtE => ">=",
    }
}

fn comparison_methods(op: Comparison) -> (&'static str, &'static str) {
    match op {
        Comparison::Lt => ("__lt__", "__gt__"),
        Comparison::LtE => ("__le__", "__ge__"),
        Comparison::Eq => ("__eq__", "__eq__"),
        Comparison::NotEq => ("__ne__", "__ne__"),
        Comparison::Gt => ("__gt__", "__lt__"),
        Comparison::GtE => ("__ge__", "__le__"),
    }
}

fn ordering_matches(op: Comparison, ordering: Ordering) -> bool {
    match op {
        Comparison::Lt => ordering == Ordering::Less,
        Comparison::LtE => ordering != Ordering::Greater,
        Comparison::Eq => ordering == Ordering::Equal,
        Comparison::NotEq => ordering != Ordering::Equal,
        Comparison::Gt => ordering == Ordering::Greater,
        Comparison::GtE => ordering != Ordering::Less,
    }
}

/// A rich comparison, giving a value (usually a bool).
pub fn compare<'a>(
    vm: &mut Vm,
    op: Comparison,
    left: &'a Value,
    right: &'a Value,
) -> PResult<Value> {
    let (forward, reflected) = comparison_methods(op);
    let instance = |v: &Value| matches!(v, Value::Instance(_));
    if !instance(left) && !instance(right) {
        if let Some(result) = builtin_compare(vm, op, left, right)? {
            return Ok(Value::Bool(result));
        }
        return compare_by_methods(vm, op, left, right);
    }
    // A subclass of a builtin type compares as its value unless it defines the comparison
    // itself.
    let plain = |value: &'a Value, method: &str| -> &'a Value {
        match super::value::Instance::builtin_base(value) {
            Some(base)
                if !vm
                    .class_of(value)
                    .lookup(method)
                    .is_some_and(|m| matches!(m, Value::Function(_))) =>
            {
                base
            }
            _ => value,
        }
    };
    let (plain_left, plain_right) = (plain(left, forward), plain(right, reflected));
    if let Some(result) = builtin_compare(vm, op, plain_left, plain_right)? {
        return Ok(Value::Bool(result));
    }
    compare_by_methods(vm, op, left, right)
}

/// `left op right` through the operands' comparison methods, reflected as CPython tries them.
fn compare_by_methods(vm: &mut Vm, op: Comparison, left: &Value, right: &Value) -> PResult<Value> {
    let (forward, reflected) = comparison_methods(op);
    let left_class = vm.class_of(left);
    let right_class = vm.class_of(right);
    let right_first =
        !Rc::ptr_eq(&left_class, &right_class) && right_class.is_subclass_of(&left_class);
    let mut attempts = vec![
        (left.clone(), forward, right.clone()),
        (right.clone(), reflected, left.clone()),
    ];
    if right_first {
        attempts.swap(0, 1);
    }
    for (this, method, other) in attempts {
        if let Some(result) = vm.call_special(&this, method, vec![other])?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(result);
        }
    }
    match op {
        Comparison::Eq => Ok(Value::Bool(left.is(right))),
        Comparison::NotEq => Ok(Value::Bool(!left.is(right))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            comparison_symbol(op),
            left_class.name,
            right_class.name
        ))),
    }
}

/// Comparisons builtin types implement; `None` to fall back to special methods.
fn builtin_compare(
    vm: &mut Vm,
    op: Comparison,
    left: &Value,
    right: &Value,
) -> PResult<Option<bool>> {
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    if numeric(left) && numeric(right) {
        let ordering = match (left, right) {
            (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
            (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
            (Value::Float(x), other) => to_int(other)
                .and_then(|i| i.cmp_f64(*x))
                .map(Ordering::reverse),
            (other, Value::Float(x)) => to_int(other).and_then(|i| i.cmp_f64(*x)),
            _ => match (to_int(left), to_int(right)) {
                (Some(a), Some(b)) => Some(a.cmp(&b)),
                _ => None,
            },
        };
        // NaN compares unequal and unordered.
        return Ok(Some(match ordering {
            Some(ordering) => ordering_matches(op, ordering),
            None => op == Comparison::NotEq,
        }));
    }
    match (left, right) {
        (Value::Str(a), Value::Str(b)) => {
            let ordering = pycore::surrogates::compare(a.as_str(), b.as_str());
            Ok(Some(ordering_matches(op, ordering)))
        }
        (Value::None, Value::None) if matches!(op, Comparison::Eq | Comparison::NotEq) => {
            Ok(Some(op == Comparison::Eq))
        }
        (Value::Tuple(_), Value::Tuple(_))
        | (Value::List(_), Value::List(_))
        | (Value::Set(_), Value::Set(_)) => container_compare(vm, op, left, right).map(Some),
        (Value::Dict(_), Value::Dict(_)) if matches!(op, Comparison::Eq | Comparison::NotEq) => {
            container_compare(vm, op, left, right).map(Some)
        }
        (Value::Range(a), Value::Range(b)) if matches!(op, Comparison::Eq | Comparison::NotEq) => {
            let equal = a.len() == b.len()
                && (a.is_empty() || (a.start == b.start && (a.len() == 1 || a.step == b.step)));
            Ok(Some(equal == (op == Comparison::Eq)))
        }
        // A complex and a number are equal or not; they have no order (TypeError).
        (Value::Native(_), _) | (_, Value::Native(_))
            if matches!(op, Comparison::Eq | Comparison::NotEq)
                && let Some(equal) = super::builtins::complex::equal(left, right) =>
        {
            Ok(Some(equal == (op == Comparison::Eq)))
        }
        _ => Ok(None),
    }
}

/// Comparison of two containers of the same kind, item by item: a recursion CPython limits
/// ("maximum recursion depth exceeded in comparison").
fn container_compare(vm: &mut Vm, op: Comparison, left: &Value, right: &Value) -> PResult<bool> {
    let limit = super::vm::COMPARISON_LIMIT;
    vm.native_recursion(limit, " in comparison", |vm| match (left, right) {
        (Value::Tuple(a), Value::Tuple(b)) => sequence_compare(vm, op, a, b),
        (Value::List(a), Value::List(b)) => {
            let (a, b) = (a.borrow().clone(), b.borrow().clone());
            sequence_compare(vm, op, &a, &b)
        }
        (Value::Dict(a), Value::Dict(b)) => {
            let equal = vm.dict_equal(a, b)?;
            Ok(equal == (op == Comparison::Eq))
        }
        _ => super::builtins::sets::set_compare(vm, op, left, right),
    })
}

/// Lexicographic comparison of sequences: the first unequal pair decides.
fn sequence_compare(vm: &mut Vm, op: Comparison, a: &[Value], b: &[Value]) -> PResult<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        if x.is(y) {
            continue;
        }
        if !vm.eq(x, y)? {
            return match op {
                Comparison::Eq => Ok(false),
                Comparison::NotEq => Ok(true),
                _ => {
                    let result = compare(vm, op, x, y)?;
                    vm.truthy(&result)
                }
            };
        }
    }
    Ok(ordering_matches(op, a.len().cmp(&b.len())))
}
