//! `cmath`, following CPython 3.12's `Modules/cmathmodule.c`: `sqrt`, `exp`, `log`, `phase`,
//! `polar`, `rect`, `isclose`, `isfinite`, `isinf`, `isnan` and the constants, with the same
//! algorithms for finite arguments and the same special values (the tables below, printed by
//! `scripts/tables/cmath_special.py` from CPython) for infinite and NaN parts.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_2, PI};
use std::rc::Rc;

use crate::runtime::builtins::add_function;
use crate::runtime::builtins::complex::{as_complex, complex_value};
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::value::{Args, Namespace, Value};
use crate::runtime::vm::Vm;
use crate::runtime::{Flow, PResult};

use super::math::to_f64;

type C = (f64, f64);

/// Results by the class of each part (see [`class`]); `None` is a domain error, `U` an entry
/// never read (both parts finite).
type Table = [[Option<C>; 7]; 7];

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
const U: Option<C> = None;

#[rustfmt::skip]
const SQRT: Table = [
    [Some((INF, -INF)), Some((0.0, -INF)), Some((0.0, -INF)), Some((0.0, INF)), Some((0.0, INF)), Some((INF, INF)), Some((NAN, INF))],
    [Some((INF, -INF)), U, U, U, U, Some((INF, INF)), Some((NAN, NAN))],
    [Some((INF, -INF)), U, U, U, U, Some((INF, INF)), Some((NAN, NAN))],
    [Some((INF, -INF)), U, U, U, U, Some((INF, INF)), Some((NAN, NAN))],
    [Some((INF, -INF)), U, U, U, U, Some((INF, INF)), Some((NAN, NAN))],
    [Some((INF, -INF)), Some((INF, -0.0)), Some((INF, -0.0)), Some((INF, 0.0)), Some((INF, 0.0)), Some((INF, INF)), Some((INF, NAN))],
    [Some((INF, -INF)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN)), Some((INF, INF)), Some((NAN, NAN))],
];
#[rustfmt::skip]
const EXP: Table = [
    [Some((0.0, 0.0)), Some((-0.0, -0.0)), Some((0.0, -0.0)), Some((0.0, 0.0)), Some((-0.0, 0.0)), Some((0.0, 0.0)), Some((0.0, 0.0))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [None, Some((-INF, -INF)), Some((INF, -0.0)), Some((INF, 0.0)), Some((-INF, INF)), None, Some((INF, NAN))],
    [Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, -0.0)), Some((NAN, 0.0)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN))],
];
#[rustfmt::skip]
const LOG: Table = [
    [Some((INF, -3.0 * FRAC_PI_4)), Some((INF, -PI)), Some((INF, -PI)), Some((INF, PI)), Some((INF, PI)), Some((INF, 3.0 * FRAC_PI_4)), Some((INF, NAN))],
    [Some((INF, -FRAC_PI_2)), U, U, U, U, Some((INF, FRAC_PI_2)), Some((NAN, NAN))],
    [Some((INF, -FRAC_PI_2)), U, U, U, U, Some((INF, FRAC_PI_2)), Some((NAN, NAN))],
    [Some((INF, -FRAC_PI_2)), U, U, U, U, Some((INF, FRAC_PI_2)), Some((NAN, NAN))],
    [Some((INF, -FRAC_PI_2)), U, U, U, U, Some((INF, FRAC_PI_2)), Some((NAN, NAN))],
    [Some((INF, -FRAC_PI_4)), Some((INF, -0.0)), Some((INF, -0.0)), Some((INF, 0.0)), Some((INF, 0.0)), Some((INF, FRAC_PI_4)), Some((INF, NAN))],
    [Some((INF, NAN)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN)), Some((INF, NAN)), Some((NAN, NAN))],
];
#[rustfmt::skip]
const RECT: Table = [
    [None, Some((INF, INF)), Some((-INF, 0.0)), Some((-INF, -0.0)), Some((INF, -INF)), None, Some((INF, NAN))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [Some((0.0, 0.0)), U, U, U, U, Some((0.0, 0.0)), Some((0.0, 0.0))],
    [Some((0.0, 0.0)), U, U, U, U, Some((0.0, 0.0)), Some((0.0, 0.0))],
    [None, U, U, U, U, None, Some((NAN, NAN))],
    [None, Some((-INF, -INF)), Some((INF, -0.0)), Some((INF, 0.0)), Some((-INF, INF)), None, Some((INF, NAN))],
    [Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, 0.0)), Some((NAN, 0.0)), Some((NAN, NAN)), Some((NAN, NAN)), Some((NAN, NAN))],
];

/// CPython's `special_type`: -inf, negative, -0.0, +0.0, positive, +inf, NaN.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 { 5 } else { 0 }
    } else if x != 0.0 {
        if x > 0.0 { 4 } else { 1 }
    } else if x.is_sign_negative() {
        2
    } else {
        3
    }
}

/// The special value for `z` when a part is infinite or NaN (`Some(Err)`: a domain error).
fn special(table: &Table, z: C) -> Option<Option<C>> {
    (!z.0.is_finite() || !z.1.is_finite()).then(|| table[class(z.0)][class(z.1)])
}

fn domain_error(vm: &mut Vm) -> Flow {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> Flow {
    vm.error("OverflowError", "math range error")
}

/// `PyComplex_AsCComplex`: a complex, what `__complex__` returns, or a real number.
fn to_complex(vm: &mut Vm, value: &Value) -> PResult<C> {
    if let Some(z) = as_complex(value) {
        return Ok(z);
    }
    if let Some(result) = vm.call_special(value, "__complex__", Vec::new())? {
        return match as_complex(&result) {
            Some(z) => Ok(z),
            None => {
                let name = vm.type_name(&result);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {name})")))
            }
        };
    }
    Ok((to_f64(vm, value)?, 0.0))
}

/// `x * 2**n` (exact here: no overflow or underflow in the uses below).
fn ldexp(x: f64, n: i32) -> f64 {
    x * 2f64.powi(n)
}

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;

fn c_sqrt(z: C) -> C {
    if let Some(Some(value)) = special(&SQRT, z) {
        return value;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// `c_log`; the flag is a domain error (log of zero).
fn c_log(z: C) -> (C, bool) {
    if let Some(Some(value)) = special(&LOG, z) {
        return (value, false);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let real = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((-INF, z.1.atan2(z.0)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((real, z.1.atan2(z.0)), false)
}

/// `c_atan2`: the phase, with IEEE's answers for infinities and zeros.
fn c_atan2(z: C) -> f64 {
    if z.0.is_nan() || z.1.is_nan() {
        return NAN;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            return if z.0.is_sign_positive() {
                FRAC_PI_4.copysign(z.1)
            } else {
                (3.0 * FRAC_PI_4).copysign(z.1)
            };
        }
        return FRAC_PI_2.copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() {
            0.0f64.copysign(z.1)
        } else {
            PI.copysign(z.1)
        };
    }
    z.1.atan2(z.0)
}

/// `_Py_c_abs`; `None` when the result overflows.
fn c_abs(z: C) -> Option<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Some(z.0.abs());
        }
        if z.1.is_infinite() {
            return Some(z.1.abs());
        }
        return Some(NAN);
    }
    let result = z.0.hypot(z.1);
    result.is_finite().then_some(result)
}

const fn one_complex(name: &'static str) -> Signature<1, 0> {
    Signature::new(name, Convention::Fixed, [Param::positional_only("z")], [])
}

fn argument(vm: &mut Vm, args: Args, signature: Signature<1, 0>) -> PResult<C> {
    let Bound { required: [z], .. } = signature.bind(vm, args)?;
    to_complex(vm, &z)
}

fn sqrt(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.sqrt"))?;
    let (re, im) = c_sqrt(z);
    Ok(complex_value(re, im))
}

fn exp(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.exp"))?;
    let (re, im) = if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (cos, sin) = (z.1.cos(), z.1.sin());
            if z.0 > 0.0 {
                (INF.copysign(cos), INF.copysign(sin))
            } else {
                (0.0f64.copysign(cos), 0.0f64.copysign(sin))
            }
        } else {
            match EXP[class(z.0)][class(z.1)] {
                Some(value) => value,
                None => return Err(domain_error(vm)),
            }
        }
    } else {
        let (re, im) = if z.0 > LARGE_DOUBLE.ln() {
            let l = (z.0 - 1.0).exp();
            (
                l * z.1.cos() * std::f64::consts::E,
                l * z.1.sin() * std::f64::consts::E,
            )
        } else {
            let l = z.0.exp();
            (l * z.1.cos(), l * z.1.sin())
        };
        if re.is_infinite() || im.is_infinite() {
            return Err(range_error(vm));
        }
        (re, im)
    };
    Ok(complex_value(re, im))
}

const LOG_SIGNATURE: Signature<1, 1> = Signature::new(
    "log",
    Convention::Unpack,
    [Param::positional_only("x")],
    [Param::positional_only("base")],
);

fn log(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [x],
        optional: [base],
        ..
    } = LOG_SIGNATURE.bind(vm, args)?;
    let x = to_complex(vm, &x)?;
    let (mut result, mut failed) = c_log(x);
    if let Some(base) = base {
        let base = to_complex(vm, &base)?;
        let (base, base_failed) = c_log(base);
        // (C's errno: the base's logarithm resets it.)
        failed = base_failed;
        match crate::runtime::builtins::complex::quotient(result, base) {
            Some(q) => result = q,
            None => failed = true,
        }
    }
    if failed {
        return Err(domain_error(vm));
    }
    Ok(complex_value(result.0, result.1))
}

fn phase(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.phase"))?;
    Ok(Value::Float(c_atan2(z)))
}

fn polar(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.polar"))?;
    let Some(r) = c_abs(z) else {
        return Err(range_error(vm));
    };
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(c_atan2(z)),
    ]))
}

const RECT_SIGNATURE: Signature<2, 0> = Signature::new(
    "rect",
    Convention::Unpack,
    [Param::positional_only("r"), Param::positional_only("phi")],
    [],
);

fn rect(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [r, phi], ..
    } = RECT_SIGNATURE.bind(vm, args)?;
    let r = to_f64(vm, &r)?;
    let phi = to_f64(vm, &phi)?;
    let (re, im) = if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (cos, sin) = (phi.cos(), phi.sin());
            if r > 0.0 {
                (INF.copysign(cos), INF.copysign(sin))
            } else {
                (-INF.copysign(cos), -INF.copysign(sin))
            }
        } else {
            match RECT[class(r)][class(phi)] {
                Some(value) => value,
                None => return Err(domain_error(vm)),
            }
        }
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(complex_value(re, im))
}

const ISCLOSE: Signature<2, 2> = Signature::new(
    "isclose",
    Convention::Clinic,
    [Param::new("a"), Param::new("b")],
    [
        Param::keyword_only("rel_tol"),
        Param::keyword_only("abs_tol"),
    ],
);

fn isclose(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [a, b],
        optional: [rel_tol, abs_tol],
        ..
    } = ISCLOSE.bind(vm, args)?;
    let a = to_complex(vm, &a)?;
    let b = to_complex(vm, &b)?;
    let (rel_tol, abs_tol) = super::math::tolerances(vm, rel_tol, abs_tol)?;
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::Bool(true));
    }
    if [a.0, a.1, b.0, b.1].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).unwrap_or(INF);
    let close = diff <= rel_tol * c_abs(b).unwrap_or(INF)
        || diff <= rel_tol * c_abs(a).unwrap_or(INF)
        || diff <= abs_tol;
    Ok(Value::Bool(close))
}

fn isfinite(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.isfinite"))?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.isinf"))?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let z = argument(vm, args, one_complex("cmath.isnan"))?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    for (name, value) in [
        ("pi", Value::Float(PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(INF)),
        ("nan", Value::Float(NAN)),
        ("infj", complex_value(0.0, INF)),
        ("nanj", complex_value(0.0, NAN)),
    ] {
        namespace.insert(Rc::from(name), value);
    }
    let functions: &[(&str, crate::runtime::value::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
    ];
    for (name, function) in functions {
        add_function(&mut namespace, name, *function);
    }
    namespace
}
