//! `complex`: the constructor, methods and arithmetic of CPython 3.12's complexobject.c.

use std::any::Any;
use std::rc::Rc;

use super::super::PResult;
use super::super::core_error::OrRaise;
use super::super::ops::{numeric_eq, to_int};
use super::super::value::{Args, Class, NativeObject, Value, scalar_base};
use super::super::vm::Vm;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};
use crate::python::ast::BinaryOp;
use pycore::format::{self, ComplexParseError};

/// A `complex` value.
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl NativeObject for Complex {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.complex.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

type C = (f64, f64);

pub fn complex_value(re: f64, im: f64) -> Value {
    Value::Native(Rc::new(Complex { re, im }))
}

/// The number inside a complex (or an instance of a subclass of complex).
pub fn as_complex(value: &Value) -> Option<C> {
    match value {
        Value::Native(_) => value.native::<Complex>().map(|c| (c.re, c.im)),
        Value::Instance(instance) => instance
            .base
            .as_ref()
            .and_then(|base| base.native::<Complex>())
            .map(|c| (c.re, c.im)),
        _ => None,
    }
}

/// An operand of complex arithmetic as a complex: a complex, a float or an int (CPython's
/// `TO_COMPLEX`); `None` for anything else.
fn operand(vm: &mut Vm, value: &Value) -> PResult<Option<C>> {
    if let Some(z) = as_complex(value) {
        return Ok(Some(z));
    }
    match scalar_base(value).unwrap_or(value) {
        Value::Float(x) => Ok(Some((*x, 0.0))),
        other => match to_int(other) {
            Some(int) => Ok(Some((int.to_f64().or_raise(vm)?, 0.0))),
            None => Ok(None),
        },
    }
}

fn is_number(value: &Value) -> bool {
    as_complex(value).is_some()
        || matches!(scalar_base(value).unwrap_or(value), Value::Float(_))
        || to_int(value).is_some()
}

/// `left op right` when one side is a complex and the other a number (`None`: not for
/// complex arithmetic, which then falls back to special methods and their TypeError).
pub fn binary(vm: &mut Vm, op: BinaryOp, left: &Value, right: &Value) -> PResult<Option<Value>> {
    if as_complex(left).is_none() && as_complex(right).is_none() {
        return Ok(None);
    }
    if !matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mult | BinaryOp::Div | BinaryOp::Pow
    ) {
        return Ok(None);
    }
    let (Some(a), Some(b)) = (operand(vm, left)?, operand(vm, right)?) else {
        return Ok(None);
    };
    arithmetic(vm, op, a, b).map(Some)
}

fn arithmetic(vm: &mut Vm, op: BinaryOp, a: C, b: C) -> PResult<Value> {
    let (re, im) = match op {
        BinaryOp::Add => (a.0 + b.0, a.1 + b.1),
        BinaryOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinaryOp::Mult => product(a, b),
        BinaryOp::Div => match quotient(a, b) {
            Some(q) => q,
            None => return Err(vm.error("ZeroDivisionError", "complex division by zero")),
        },
        _ => return power(vm, a, b),
    };
    Ok(complex_value(re, im))
}

/// `_Py_c_prod`.
fn product(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` (Smith's method); `None` for a zero divisor.
pub fn quotient(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; the flag is C's `EDOM` (zero to a negative or complex power).
fn general_power(a: C, b: C) -> (C, bool) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), false);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return ((0.0, 0.0), b.1 != 0.0 || b.0 < 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    ((len * phase.cos(), len * phase.sin()), false)
}

/// `c_powu`: by repeated squaring.
fn unsigned_power(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = product(r, p);
        }
        mask <<= 1;
        p = product(p, p);
    }
    r
}

/// `complex_pow`: small integral exponents by multiplication, others by `_Py_c_pow`.
pub fn power(vm: &mut Vm, a: C, b: C) -> PResult<Value> {
    let (p, domain_error) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            (unsigned_power(a, n), false)
        } else {
            match quotient((1.0, 0.0), unsigned_power(a, -n)) {
                Some(q) => (q, false),
                None => ((0.0, 0.0), true),
            }
        }
    } else {
        general_power(a, b)
    };
    if domain_error {
        return Err(vm.error("ZeroDivisionError", "0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(vm.error("OverflowError", "complex exponentiation"));
    }
    Ok(complex_value(p.0, p.1))
}

/// `abs(z)`.
pub fn absolute(vm: &mut Vm, (re, im): C) -> PResult<Value> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(Value::Float(re.abs()));
        }
        if im.is_infinite() {
            return Ok(Value::Float(im.abs()));
        }
        return Ok(Value::Float(f64::NAN));
    }
    let result = re.hypot(im);
    if result.is_infinite() {
        return Err(vm.error("OverflowError", "absolute value too large"));
    }
    Ok(Value::Float(result))
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's (so a complex
/// with no imaginary part hashes as its real part).
pub fn hash((re, im): C) -> i64 {
    let real = pycore::int::hash_float(re) as u64;
    let imag = pycore::int::hash_float(im) as u64;
    let combined = real.wrapping_add(1_000_003u64.wrapping_mul(imag)) as i64;
    if combined == -1 { -2 } else { combined }
}

/// `a == b` when one side is a complex and the other a number (`None` otherwise).
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => return Some(x.0 == y.0 && x.1 == y.1),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    let other = scalar_base(other).unwrap_or(other);
    if !matches!(other, Value::Float(_)) && to_int(other).is_none() {
        return None;
    }
    Some(z.1 == 0.0 && numeric_eq(&Value::Float(z.0), other))
}

pub fn repr((re, im): C) -> String {
    format::complex_repr(re, im)
}

pub fn format_spec(vm: &mut Vm, (re, im): C, spec: &str) -> PResult<String> {
    format::format_complex(re, im, spec).or_raise(vm)
}

/// `complex(real=0, imag=0)` and `complex(text)`.
fn complex_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let base = vm.types.complex.clone();
    let class = super::sequences::new_class(vm, &mut args, &base)?;
    let value = complex_from_args(vm, args)?;
    Ok(super::sequences::subclass_instance(&class, &base, value))
}

fn complex_from_args(vm: &mut Vm, args: Args) -> PResult<Value> {
    const COMPLEX: Signature<0, 2> = Signature::new(
        "complex",
        Convention::Clinic,
        [],
        [Param::new("real"), Param::new("imag")],
    );
    let Bound {
        optional: [real, imag],
        ..
    } = COMPLEX.bind(vm, args)?;
    let real = real.unwrap_or(Value::Int(0));
    if let Value::Str(text) = scalar_base(&real).unwrap_or(&real) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match format::parse_complex(text.as_str()) {
            Ok((re, im)) => Ok(complex_value(re, im)),
            Err(ComplexParseError::Malformed) => {
                Err(vm.value_error("complex() arg is a malformed string"))
            }
            Err(ComplexParseError::Underscore) => {
                let shown = vm.repr(&real)?;
                Err(vm.value_error(format!("could not convert string to complex: {shown}")))
            }
        };
    }
    if let Some(imag) = &imag
        && matches!(scalar_base(imag).unwrap_or(imag), Value::Str(_))
    {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let mut real = real;
    if !matches!(&real, Value::Native(_) if as_complex(&real).is_some())
        && let Some(result) = vm.call_special(&real, "__complex__", Vec::new())?
    {
        if as_complex(&result).is_none() {
            let name = vm.type_name(&result);
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {name})")));
        }
        real = result;
    }
    let numeric = |vm: &mut Vm, v: &Value| {
        is_number(v)
            || vm.special_method(v, "__float__").is_some()
            || vm.special_method(v, "__index__").is_some()
    };
    if !numeric(vm, &real) {
        let name = vm.type_name(&real);
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{name}'"
        )));
    }
    if let Some(imag) = &imag
        && !numeric(vm, imag)
    {
        let name = vm.type_name(imag);
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{name}'"
        )));
    }
    let (mut cr, real_is_complex) = match as_complex(&real) {
        Some(z) => (z, true),
        None => ((super::to_float_value(vm, &real)?, 0.0), false),
    };
    let (mut ci, imag_is_complex) = match &imag {
        None => ((cr.1, 0.0), false),
        Some(imag) => match as_complex(imag) {
            Some(z) => (z, true),
            None => ((super::to_float_value(vm, imag)?, 0.0), false),
        },
    };
    if imag_is_complex {
        cr.0 -= ci.1;
    }
    if real_is_complex && imag.is_some() {
        ci.0 += cr.1;
    }
    Ok(complex_value(cr.0, ci.0))
}

/// The receiver of a complex method.
fn self_complex(vm: &mut Vm, this: Option<&Value>, args: Args, method: &str) -> PResult<(C, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match as_complex(&me) {
        Some(z) => Ok((z, args)),
        None => {
            let given = vm.type_name(&me);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'complex' objects doesn't apply to a '{given}' object"
            )))
        }
    }
}

const NO_ARGS: Signature<0, 0> = Signature::new("conjugate", Convention::Fixed, [], []);

pub fn install(vm: &mut Vm) {
    let complex = vm.types.complex.clone();
    add_method(&complex, "__new__", complex_new);
    add_method(&complex, "conjugate", |vm, this, args| {
        let ((re, im), args) = self_complex(vm, this, args, "conjugate")?;
        NO_ARGS.bind(vm, args)?;
        Ok(complex_value(re, -im))
    });
    add_method(&complex, "__complex__", |vm, this, args| {
        let ((re, im), args) = self_complex(vm, this, args, "__complex__")?;
        NO_ARGS.renamed("__complex__").bind(vm, args)?;
        Ok(complex_value(re, im))
    });
    add_method(&complex, "__getnewargs__", |vm, this, args| {
        let ((re, im), args) = self_complex(vm, this, args, "__getnewargs__")?;
        NO_ARGS.renamed("__getnewargs__").bind(vm, args)?;
        Ok(Value::tuple(vec![Value::Float(re), Value::Float(im)]))
    });
    add_method(&complex, "__repr__", |vm, this, args| {
        let (z, _) = self_complex(vm, this, args, "__repr__")?;
        Ok(Value::str(repr(z)))
    });
    add_method(&complex, "__hash__", |vm, this, args| {
        let (z, _) = self_complex(vm, this, args, "__hash__")?;
        Ok(Value::Int(hash(z)))
    });
    add_method(&complex, "__format__", |vm, this, args| {
        const FORMAT: Signature<1, 0> = Signature::new(
            "complex.__format__",
            Convention::Fixed,
            [Param::positional_only("format_spec")],
            [],
        );
        let (z, args) = self_complex(vm, this, args, "__format__")?;
        let Bound {
            required: [spec], ..
        } = FORMAT.bind(vm, args)?;
        let spec = super::expect_str(vm, &spec, "format_spec")?;
        Ok(Value::str(format_spec(vm, z, spec.as_str())?))
    });
    super::descriptors::add_read_only_property(&complex, "real", |vm, this, args| {
        let ((re, _), _) = self_complex(vm, this, args, "real")?;
        Ok(Value::Float(re))
    });
    super::descriptors::add_read_only_property(&complex, "imag", |vm, this, args| {
        let ((_, im), _) = self_complex(vm, this, args, "imag")?;
        Ok(Value::Float(im))
    });
    super::numbers::install_complex_operators(&complex);
}
