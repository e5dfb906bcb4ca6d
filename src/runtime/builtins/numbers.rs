//! `int`, `float` and `bool`: constructors and methods.

use super::super::PResult;
use super::super::core_error::OrRaise;
use pycore::format;
use pycore::int::PyInt;
use std::rc::Rc;

use super::super::ops::{self, from_int, to_int};
use super::super::value::{Args, Class, Value};
use super::super::vm::Vm;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};
use crate::python::ast::{BinaryOp, UnaryOp};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    add_method(&int, "__new__", int_new);
    add_method(&int, "bit_length", int_bit_length);
    add_method(&int, "bit_count", int_bit_count);
    add_method(&int, "conjugate", int_conjugate);
    add_method(&int, "is_integer", int_is_integer);
    add_method(&int, "as_integer_ratio", int_as_integer_ratio);
    add_method(&int, "__index__", int_conjugate);
    add_method(&int, "__int__", int_conjugate);
    add_method(&int, "__float__", int_float);
    add_method(&int, "__format__", number_format);
    add_method(&int, "__repr__", number_repr);
    add_method(&int, "__hash__", number_hash);
    let bool_ = vm.types.bool.clone();
    add_method(&bool_, "__new__", bool_new);
    add_method(&bool_, "__repr__", number_repr);
    let float = vm.types.float.clone();
    add_method(&float, "__new__", float_new);
    add_method(&float, "is_integer", float_is_integer);
    add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&float, "conjugate", float_conjugate);
    add_method(&float, "hex", float_hex);
    add_method(&float, "__int__", float_int);
    add_method(&float, "__float__", float_conjugate);
    add_method(&float, "__format__", number_format);
    add_method(&float, "__repr__", number_repr);
    add_method(&float, "__hash__", number_hash);
    add_method(&float, "__round__", float_round);
    add_method(&float, "__trunc__", float_int);
    add_method(&float, "__floor__", float_floor);
    add_method(&float, "__ceil__", float_ceil);
    add_method(&vm.types.int.clone(), "to_bytes", int_to_bytes);
    add_method(&vm.types.int.clone(), "from_bytes", int_from_bytes);
    install_int_operators(&vm.types.int.clone());
    install_float_operators(&vm.types.float.clone());
    install_bool_operators(&vm.types.bool.clone());
}

/// `int(x=0)`, `int(text, base=10)`.
fn int_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.int.clone();
    let class = super::sequences::new_class(vm, &mut args, &base)?;
    let value = int_value(vm, args)?;
    Ok(super::sequences::subclass_instance(&class, &base, value))
}

/// The int `int(...)` makes of its arguments.
fn int_value(vm: &mut Vm, args: Args) -> PResult<Value> {
    const INT: Signature<0, 2> = Signature::new(
        "int",
        Convention::Clinic,
        [],
        [Param::positional_only("x"), Param::new("base")],
    );
    let Bound {
        optional: [value, base],
        ..
    } = INT.bind(vm, args)?;
    let Some(value) = value else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let base = match to_int(&base).and_then(|b| b.to_i64()) {
            Some(b) if b == 0 || (2..=36).contains(&b) => b,
            Some(_) => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            None => {
                let name = vm.type_name(&base);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
        };
        if let Some(data) = super::bytes::bytes_like(&value) {
            return parse_int_bytes(vm, &data, base);
        }
        let Value::Str(text) = &value else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return parse_int(vm, text.as_str(), base);
    }
    if let Some(data) = super::bytes::bytes_like(&value) {
        return parse_int_bytes(vm, &data, 10);
    }
    to_int_value(vm, &value)
}

/// `int(b"42")`: the bytes read as ASCII text; an error shows them as bytes.
fn parse_int_bytes(vm: &mut Vm, data: &[u8], base: i64) -> PResult<Value> {
    let text: String = data.iter().map(|&b| b as char).collect();
    match PyInt::parse(&text, base) {
        Ok(int) if data.is_ascii() => Ok(from_int(int)),
        _ => Err(vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            super::bytes::bytes_repr(data)
        ))),
    }
}

fn parse_int(vm: &mut Vm, text: &str, base: i64) -> PResult<Value> {
    match PyInt::parse(text, base) {
        Ok(int) => Ok(from_int(int)),
        Err(error) => Err(vm.raise_core(error)),
    }
}

/// `int(value)` for one argument.
pub fn to_int_value(vm: &mut Vm, value: &Value) -> PResult<Value> {
    match value {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) => Ok(value.clone()),
        Value::Float(x) => float_to_int(vm, *x),
        Value::Str(text) => parse_int(vm, text.as_str(), 10),
        other => {
            for method in ["__int__", "__index__", "__trunc__"] {
                if let Some(result) = vm.call_special(other, method, Vec::new())? {
                    if to_int(&result).is_some() {
                        return Ok(result);
                    }
                    let name = vm.type_name(&result);
                    return Err(vm.type_error(format!("{method} returned non-int (type {name})")));
                }
            }
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{name}'"
            )))
        }
    }
}

pub fn float_to_int(vm: &mut Vm, x: f64) -> PResult<Value> {
    match PyInt::from_f64(x.trunc()) {
        Ok(int) => Ok(from_int(int)),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn bool_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    const BOOL: Signature<0, 1> = Signature::new(
        "bool",
        Convention::Unpack,
        [],
        [Param::positional_only("x")],
    );
    super::take_class(vm, &mut args, "bool")?;
    let Bound {
        optional: [value], ..
    } = BOOL.bind(vm, args)?;
    match &value {
        Some(value) => Ok(Value::Bool(vm.truthy(value)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `float(x=0.0)`.
fn float_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.float.clone();
    let class = super::sequences::new_class(vm, &mut args, &base)?;
    let value = float_value(vm, args)?;
    Ok(super::sequences::subclass_instance(&class, &base, value))
}

/// The float `float(...)` makes of its arguments.
fn float_value(vm: &mut Vm, args: Args) -> PResult<Value> {
    const FLOAT: Signature<0, 1> = Signature::new(
        "float",
        Convention::Unpack,
        [],
        [Param::positional_only("x")],
    );
    let Bound {
        optional: [value], ..
    } = FLOAT.bind(vm, args)?;
    match &value {
        None => Ok(Value::Float(0.0)),
        Some(value) => to_float_value(vm, value).map(Value::Float),
    }
}

/// `float(value)`.
pub fn to_float_value(vm: &mut Vm, value: &Value) -> PResult<f64> {
    match value {
        Value::Float(x) => Ok(*x),
        Value::Str(text) => match format::parse_float(text.as_str()) {
            Some(x) => Ok(x),
            None => {
                let shown = vm.repr(value)?;
                Err(vm.value_error(format!("could not convert string to float: {shown}")))
            }
        },
        other => {
            if let Some(int) = to_int(other) {
                return int.to_f64().or_raise(vm);
            }
            if let Some(data) = super::bytes::bytes_like(other) {
                let text: String = data.iter().map(|&b| b as char).collect();
                return match format::parse_float(&text) {
                    Some(x) if data.is_ascii() => Ok(x),
                    _ => Err(vm.value_error(format!(
                        "could not convert string to float: {}",
                        super::bytes::bytes_repr(&data)
                    ))),
                };
            }
            for method in ["__float__", "__index__"] {
                if let Some(result) = vm.call_special(other, method, Vec::new())? {
                    return match (&result, to_int(&result)) {
                        (Value::Float(x), _) => Ok(*x),
                        (_, Some(int)) => int.to_f64().or_raise(vm),
                        _ => {
                            let name = vm.type_name(&result);
                            Err(vm.type_error(format!("{method} returned non-float (type {name})")))
                        }
                    };
                }
            }
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{name}'"
            )))
        }
    }
}

fn self_int(vm: &mut Vm, this: Option<&Value>, args: Args, method: &str) -> PResult<(PyInt, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match to_int(&me) {
        Some(int) => Ok((int, args)),
        None => Err(vm.type_error(format!("descriptor '{method}' requires an 'int' object"))),
    }
}

fn self_float(vm: &mut Vm, this: Option<&Value>, args: Args, method: &str) -> PResult<(f64, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match me {
        Value::Float(x) => Ok((x, args)),
        _ => Err(vm.type_error(format!("descriptor '{method}' requires a 'float' object"))),
    }
}

fn int_bit_length(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (int, _) = self_int(vm, this, args, "bit_length")?;
    Ok(Value::Int(int.bit_length() as i64))
}

fn int_bit_count(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (int, _) = self_int(vm, this, args, "bit_count")?;
    Ok(Value::Int(int.bit_count() as i64))
}

fn int_conjugate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (int, _) = self_int(vm, this, args, "conjugate")?;
    Ok(from_int(int))
}

fn int_is_integer(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    self_int(vm, this, args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_as_integer_ratio(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (int, _) = self_int(vm, this, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![from_int(int), Value::Int(1)]))
}

fn int_float(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (int, _) = self_int(vm, this, args, "__float__")?;
    int.to_f64().map(Value::Float).or_raise(vm)
}

fn number_format(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const INT_FORMAT: Signature<1, 0> = Signature::new(
        "int.__format__",
        Convention::Fixed,
        [Param::positional_only("format_spec")],
        [],
    );
    let (me, args) = receiver(vm, this, args, "__format__")?;
    let signature = match me {
        Value::Float(_) => INT_FORMAT.renamed("float.__format__"),
        _ => INT_FORMAT,
    };
    let Bound {
        required: [spec], ..
    } = signature.bind(vm, args)?;
    let spec = super::expect_str(vm, &spec, "format_spec")?;
    Ok(Value::str(vm.format(&me, spec.as_str())?))
}

fn number_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    Ok(Value::str(vm.repr(&me)?))
}

fn number_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__hash__")?;
    Ok(Value::Int(vm.hash(&me)?))
}

fn float_is_integer(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    // x = mantissa * 2**exponent exactly, with an odd mantissa (or zero).
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exponent_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exponent) = if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_bits - 1075)
    };
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mantissa & 1 == 0 {
        mantissa >>= 1;
        exponent += 1;
    }
    let mut numerator = PyInt::from(mantissa);
    let mut denominator = PyInt::one();
    if exponent > 0 {
        numerator = numerator.shl(&PyInt::from(exponent)).or_raise(vm)?;
    } else {
        denominator = denominator.shl(&PyInt::from(-exponent)).or_raise(vm)?;
    }
    if negative {
        numerator = numerator.neg();
    }
    Ok(Value::tuple(vec![
        from_int(numerator),
        from_int(denominator),
    ]))
}

fn float_conjugate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "conjugate")?;
    Ok(Value::Float(x))
}

fn float_hex(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "hex")?;
    if x.is_nan() {
        return Ok(Value::str("nan"));
    }
    if x.is_infinite() {
        return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::str(format!("{sign}0x0.0p+0")));
    }
    let bits = x.abs().to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if exponent_bits == 0 {
        (0, -1022)
    } else {
        (1, exponent_bits - 1023)
    };
    let digits = format!("{fraction:013x}");
    Ok(Value::str(format!("{sign}0x{lead}.{digits}p{exponent:+}")))
}

fn float_int(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "__int__")?;
    float_to_int(vm, x)
}

fn float_floor(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "__floor__")?;
    float_to_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, _) = self_float(vm, this, args, "__ceil__")?;
    float_to_int(vm, x.ceil())
}

fn float_round(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const ROUND: Signature<0, 1> = Signature::new(
        "float.__round__",
        Convention::Unpack,
        [],
        [Param::positional_only("ndigits")],
    );
    let (x, args) = self_float(vm, this, args, "__round__")?;
    let Bound {
        optional: [digits], ..
    } = ROUND.bind(vm, args)?;
    let digits = digits.filter(|d| !d.is_none());
    match digits {
        None => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
            }
            float_to_int(vm, format::round_half_even(x))
        }
        Some(digits) => {
            let digits = super::expect_int(vm, &digits, "ndigits")?;
            format::round_float(x, digits)
                .map(Value::Float)
                .or_raise(vm)
        }
    }
}

// ----- arithmetic special methods -----------------------------------------------------------
//
// `(1).__add__(2)`, `int.__abs__(-3)`, ... as CPython's slot wrappers expose them. The
// operators never call these for builtin operands (`ops::binary` computes `int + int` itself);
// they are reached when called by name, and when `ops::binary` falls back to special methods
// for a mixed operation (`1 + Fraction(1, 2)`), where returning NotImplemented for an operand
// type the number does not handle lets the other operand's reflected method run.

/// Which builtin number type a method belongs to: which receivers and operands it accepts.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    /// `bool.__and__` and friends: bool with bool stays bool; anything else is int's.
    Bool,
    Complex,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Bool => "bool",
            Kind::Complex => "complex",
        }
    }

    fn accepts_receiver(self, value: &Value) -> bool {
        match self {
            Kind::Int => matches!(value, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)),
            Kind::Float => matches!(value, Value::Float(_)),
            Kind::Bool => matches!(value, Value::Bool(_)),
            Kind::Complex => super::complex::as_complex(value).is_some(),
        }
    }

    /// Whether the method computes with `other` (else NotImplemented): ints take ints, floats
    /// take ints and floats (CPython's `CHECK_BINOP` and `CONVERT_TO_DOUBLE`).
    fn accepts_operand(self, value: &Value) -> bool {
        match self {
            Kind::Int | Kind::Bool => to_int(value).is_some(),
            Kind::Float => to_int(value).is_some() || matches!(value, Value::Float(_)),
            Kind::Complex => {
                to_int(value).is_some()
                    || matches!(value, Value::Float(_))
                    || super::complex::as_complex(value).is_some()
            }
        }
    }
}

/// The receiver, checked as CPython's descriptors check it.
fn number_receiver(
    vm: &mut Vm,
    kind: Kind,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Value, Args)> {
    if this.is_none() && args.positional.is_empty() {
        let name = kind.name();
        return Err(vm.type_error(format!(
            "descriptor '{method}' of '{name}' object needs an argument"
        )));
    }
    let (me, args) = receiver(vm, this, args, method)?;
    if !kind.accepts_receiver(&me) {
        let (name, given) = (kind.name(), vm.type_name(&me));
        return Err(vm.type_error(format!(
            "descriptor '{method}' requires a '{name}' object but received a '{given}'"
        )));
    }
    Ok((me, args))
}

/// The slot wrappers of the number methods (`int.__add__`, `float.__neg__`, ...), named
/// after the method at each call.
const BINARY_WRAPPER: Signature<1, 0> = Signature::new(
    "__binary__",
    Convention::Slot,
    [Param::positional_only("value")],
    [],
);
const UNARY_WRAPPER: Signature<0, 0> = Signature::new("__unary__", Convention::Slot, [], []);
/// `__pow__(value, mod=None)`: a ternary wrapper, which unpacks under an empty name.
const POW_WRAPPER: Signature<1, 1> = Signature::new(
    "__pow__",
    Convention::SlotUnpacked,
    [Param::positional_only("value")],
    [Param::positional_only("mod")],
);

/// An int method's operand as a plain int (so `int.__and__(True, True)` is `1`, as CPython's
/// `long_and` gives, not `True`).
fn as_plain(kind: Kind, value: Value) -> Value {
    match (kind, &value) {
        (Kind::Int, Value::Bool(b)) => Value::Int(*b as i64),
        _ => value,
    }
}

/// `self.__op__(other)` (or `self.__rop__(other)` when `reflected`).
fn number_binary(
    vm: &mut Vm,
    kind: Kind,
    this: Option<&Value>,
    args: Args,
    op: BinaryOp,
    reflected: bool,
    method: &'static str,
) -> PResult<Value> {
    let (me, args) = number_receiver(vm, kind, this, args, method)?;
    let Bound {
        required: [other], ..
    } = BINARY_WRAPPER.renamed(method).bind(vm, args)?;
    if !kind.accepts_operand(&other) {
        return Ok(Value::NotImplemented);
    }
    let (me, other) = (as_plain(kind, me), as_plain(kind, other));
    if kind == Kind::Bool && !matches!(other, Value::Bool(_)) {
        // bool & int is int's `&`.
        let me = as_plain(Kind::Int, me);
        return ops::binary(vm, op, &me, &other, false);
    }
    let (left, right) = if reflected { (other, me) } else { (me, other) };
    ops::binary(vm, op, &left, &right, false)
}

/// `self.__divmod__(other)` / `self.__rdivmod__(other)`.
fn number_divmod(
    vm: &mut Vm,
    kind: Kind,
    this: Option<&Value>,
    args: Args,
    reflected: bool,
    method: &'static str,
) -> PResult<Value> {
    let (me, args) = number_receiver(vm, kind, this, args, method)?;
    let Bound {
        required: [other], ..
    } = BINARY_WRAPPER.renamed(method).bind(vm, args)?;
    if !kind.accepts_operand(&other) {
        return Ok(Value::NotImplemented);
    }
    let (left, right) = if reflected { (other, me) } else { (me, other) };
    super::functions::divmod(vm, None, Args::new(vec![left, right]))
}

/// `self.__pow__(other, mod=None)` / `self.__rpow__(other, mod=None)`.
fn number_pow(
    vm: &mut Vm,
    kind: Kind,
    this: Option<&Value>,
    args: Args,
    reflected: bool,
    method: &'static str,
) -> PResult<Value> {
    let (me, args) = number_receiver(vm, kind, this, args, method)?;
    let Bound {
        required: [other],
        optional: [modulus],
        ..
    } = POW_WRAPPER.renamed(method).bind(vm, args)?;
    let modulus = modulus.unwrap_or(Value::None);
    if !kind.accepts_operand(&other) {
        return Ok(Value::NotImplemented);
    }
    if kind == Kind::Int && !modulus.is_none() && to_int(&modulus).is_none() {
        return Ok(Value::NotImplemented);
    }
    if kind == Kind::Complex && !modulus.is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    let (base, exp) = if reflected { (other, me) } else { (me, other) };
    super::functions::pow(vm, None, Args::new(vec![base, exp, modulus]))
}

/// `self.__neg__()`, `__pos__`, `__invert__`, `__abs__`, `__bool__`.
fn number_unary(
    vm: &mut Vm,
    kind: Kind,
    this: Option<&Value>,
    args: Args,
    method: &'static str,
) -> PResult<Value> {
    let (me, args) = number_receiver(vm, kind, this, args, method)?;
    UNARY_WRAPPER.renamed(method).bind(vm, args)?;
    match method {
        "__neg__" => ops::unary(vm, UnaryOp::USub, &me),
        "__pos__" => ops::unary(vm, UnaryOp::UAdd, &me),
        "__invert__" => ops::unary(vm, UnaryOp::Invert, &me),
        "__abs__" => super::functions::abs(vm, None, Args::new(vec![me])),
        _ => Ok(Value::Bool(vm.truthy(&me)?)),
    }
}

macro_rules! number_methods {
    ($vis:vis $install:ident, $kind:expr;
     binary: $(($bin:ident, $name:literal, $op:expr, $refl:expr)),* ;
     divmod: $(($dm:ident, $dname:literal, $drefl:expr)),* ;
     pow: $(($pw:ident, $pname:literal, $prefl:expr)),* ;
     unary: $(($un:ident, $uname:literal)),* ;) => {
        $(fn $bin(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
            number_binary(vm, $kind, this, args, $op, $refl, $name)
        })*
        $(fn $dm(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
            number_divmod(vm, $kind, this, args, $drefl, $dname)
        })*
        $(fn $pw(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
            number_pow(vm, $kind, this, args, $prefl, $pname)
        })*
        $(fn $un(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
            number_unary(vm, $kind, this, args, $uname)
        })*
        $vis fn $install(class: &Rc<Class>) {
            $(add_method(class, $name, $bin);)*
            $(add_method(class, $dname, $dm);)*
            $(add_method(class, $pname, $pw);)*
            $(add_method(class, $uname, $un);)*
        }
    };
}

number_methods! {
    install_int_operators, Kind::Int;
    binary:
        (int_add, "__add__", BinaryOp::Add, false),
        (int_radd, "__radd__", BinaryOp::Add, true),
        (int_sub, "__sub__", BinaryOp::Sub, false),
        (int_rsub, "__rsub__", BinaryOp::Sub, true),
        (int_mul, "__mul__", BinaryOp::Mult, false),
        (int_rmul, "__rmul__", BinaryOp::Mult, true),
        (int_truediv, "__truediv__", BinaryOp::Div, false),
        (int_rtruediv, "__rtruediv__", BinaryOp::Div, true),
        (int_floordiv, "__floordiv__", BinaryOp::FloorDiv, false),
        (int_rfloordiv, "__rfloordiv__", BinaryOp::FloorDiv, true),
        (int_mod, "__mod__", BinaryOp::Mod, false),
        (int_rmod, "__rmod__", BinaryOp::Mod, true),
        (int_lshift, "__lshift__", BinaryOp::LShift, false),
        (int_rlshift, "__rlshift__", BinaryOp::LShift, true),
        (int_rshift, "__rshift__", BinaryOp::RShift, false),
        (int_rrshift, "__rrshift__", BinaryOp::RShift, true),
        (int_and, "__and__", BinaryOp::BitAnd, false),
        (int_rand, "__rand__", BinaryOp::BitAnd, true),
        (int_or, "__or__", BinaryOp::BitOr, false),
        (int_ror, "__ror__", BinaryOp::BitOr, true),
        (int_xor, "__xor__", BinaryOp::BitXor, false),
        (int_rxor, "__rxor__", BinaryOp::BitXor, true);
    divmod: (int_divmod, "__divmod__", false), (int_rdivmod, "__rdivmod__", true);
    pow: (int_pow, "__pow__", false), (int_rpow, "__rpow__", true);
    unary: (int_neg, "__neg__"), (int_pos, "__pos__"), (int_invert, "__invert__"),
        (int_abs, "__abs__"), (int_bool, "__bool__");
}

number_methods! {
    install_float_operators, Kind::Float;
    binary:
        (float_add, "__add__", BinaryOp::Add, false),
        (float_radd, "__radd__", BinaryOp::Add, true),
        (float_sub, "__sub__", BinaryOp::Sub, false),
        (float_rsub, "__rsub__", BinaryOp::Sub, true),
        (float_mul, "__mul__", BinaryOp::Mult, false),
        (float_rmul, "__rmul__", BinaryOp::Mult, true),
        (float_truediv, "__truediv__", BinaryOp::Div, false),
        (float_rtruediv, "__rtruediv__", BinaryOp::Div, true),
        (float_floordiv, "__floordiv__", BinaryOp::FloorDiv, false),
        (float_rfloordiv, "__rfloordiv__", BinaryOp::FloorDiv, true),
        (float_mod, "__mod__", BinaryOp::Mod, false),
        (float_rmod, "__rmod__", BinaryOp::Mod, true);
    divmod: (float_divmod, "__divmod__", false), (float_rdivmod, "__rdivmod__", true);
    pow: (float_pow, "__pow__", false), (float_rpow, "__rpow__", true);
    unary: (float_neg, "__neg__"), (float_pos, "__pos__"), (float_abs, "__abs__"),
        (float_bool, "__bool__");
}

number_methods! {
    pub(super) install_complex_operators, Kind::Complex;
    binary:
        (complex_add, "__add__", BinaryOp::Add, false),
        (complex_radd, "__radd__", BinaryOp::Add, true),
        (complex_sub, "__sub__", BinaryOp::Sub, false),
        (complex_rsub, "__rsub__", BinaryOp::Sub, true),
        (complex_mul, "__mul__", BinaryOp::Mult, false),
        (complex_rmul, "__rmul__", BinaryOp::Mult, true),
        (complex_truediv, "__truediv__", BinaryOp::Div, false),
        (complex_rtruediv, "__rtruediv__", BinaryOp::Div, true);
    divmod: ;
    pow: (complex_pow, "__pow__", false), (complex_rpow, "__rpow__", true);
    unary: (complex_neg, "__neg__"), (complex_pos, "__pos__"), (complex_abs, "__abs__"),
        (complex_bool, "__bool__");
}

number_methods! {
    install_bool_operators, Kind::Bool;
    binary:
        (bool_and, "__and__", BinaryOp::BitAnd, false),
        (bool_rand, "__rand__", BinaryOp::BitAnd, true),
        (bool_or, "__or__", BinaryOp::BitOr, false),
        (bool_ror, "__ror__", BinaryOp::BitOr, true),
        (bool_xor, "__xor__", BinaryOp::BitXor, false),
        (bool_rxor, "__rxor__", BinaryOp::BitXor, true);
    divmod: ;
    pow: ;
    unary: ;
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: whether it is `"little"`.
fn little_endian(vm: &mut Vm, value: Option<Value>) -> PResult<bool> {
    match &value {
        None => Ok(false),
        Some(Value::Str(text)) => match text.as_str() {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {name}"
            )))
        }
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const TO_BYTES: Signature<0, 3> = Signature::new(
        "to_bytes",
        Convention::Clinic,
        [],
        [
            Param::new("length"),
            Param::new("byteorder"),
            Param::keyword_only("signed"),
        ],
    );
    let (me, args) = receiver(vm, this, args, "int.to_bytes")?;
    let Bound {
        optional: [length, byteorder, signed],
        ..
    } = TO_BYTES.bind(vm, args)?;
    let Some(int) = to_int(&me) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let length = match &length {
        Some(length) => super::expect_int(vm, length, "")?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, byteorder)?;
    let signed = match &signed {
        Some(signed) => vm.truthy(signed)?,
        None => false,
    };
    let value = int.to_bigint();
    if !signed && value.sign() == num_bigint::Sign::Minus {
        return Err(vm.error("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut data = if signed {
        value.to_signed_bytes_be()
    } else {
        value.to_bytes_be().1
    };
    if value.sign() == num_bigint::Sign::NoSign {
        data.clear();
    }
    let length = length as usize;
    if data.len() > length {
        return Err(vm.error("OverflowError", "int too big to convert"));
    }
    let fill = if signed && value.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length - data.len()];
    out.extend(data);
    if little {
        out.reverse();
    }
    Ok(super::bytes::bytes_value(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (on the class or an int).
fn int_from_bytes(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const FROM_BYTES: Signature<1, 2> = Signature::new(
        "from_bytes",
        Convention::Clinic,
        [Param::new("bytes")],
        [Param::new("byteorder"), Param::keyword_only("signed")],
    );
    let Bound {
        required: [source],
        optional: [byteorder, signed],
        ..
    } = FROM_BYTES.bind(vm, args)?;
    let data = match super::bytes::bytes_like(&source) {
        Some(data) => data,
        None => {
            let items = vm.collect(&source)?;
            let mut data = Vec::with_capacity(items.len());
            for item in &items {
                match to_int(item).and_then(|i| i.to_i64()) {
                    Some(byte @ 0..=255) => data.push(byte as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            data
        }
    };
    let little = little_endian(vm, byteorder)?;
    let signed = match &signed {
        Some(signed) => vm.truthy(signed)?,
        None => false,
    };
    let value = match (little, signed) {
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
    };
    Ok(from_int(PyInt::from(value)))
}
