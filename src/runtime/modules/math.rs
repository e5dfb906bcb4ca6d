//! `math`, following CPython 3.12's `Modules/mathmodule.c`: the same special cases, the same
//! algorithms where the result depends on them (`fsum`, `hypot`/`dist`, `remainder`, the
//! logarithms of huge ints) and the same errors.
//!
//! The functions that must be exact (`sqrt`, `floor`, `fmod`, `ldexp`, `frexp`, `fsum`,
//! `hypot`, ...) use only IEEE operations, so they agree with CPython on every target. The
//! transcendental ones call the platform's libm natively, as CPython does; WebAssembly has no C
//! libm, and there Rust's port of musl's libm may differ from glibc in the last bit for a few
//! inputs.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::python::ast::BinaryOp;
use crate::runtime::builtins::add_function;
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::core_error::OrRaise;
use crate::runtime::ops::{from_int, to_int};
use crate::runtime::value::{Args, Namespace, Value};
use crate::runtime::vm::Vm;
use crate::runtime::{Flow, PResult};
use pycore::int::PyInt;

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        namespace.insert(Rc::from(name), Value::Float(value));
    }
    let functions: &[(&str, crate::runtime::value::NativeFn)] = &[
        ("sqrt", sqrt),
        ("isqrt", isqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("fmod", fmod),
        ("modf", modf),
        ("copysign", copysign),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("isclose", isclose),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("ldexp", ldexp),
        ("frexp", frexp),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (name, func) in functions {
        add_function(&mut namespace, name, *func);
    }
    namespace
}

// ----- arguments -------------------------------------------------------------------------------

/// A function of one argument (CPython's `METH_O`).
const fn one_argument(name: &'static str) -> Signature<1, 0> {
    Signature::new(name, Convention::Fixed, [Param::positional_only("x")], [])
}

/// A function of two positional arguments, unpacked from a tuple.
const fn two_arguments(name: &'static str) -> Signature<2, 0> {
    Signature::new(
        name,
        Convention::Unpack,
        [Param::positional_only("x"), Param::positional_only("y")],
        [],
    )
}

/// `PyFloat_AsDouble`: a float, an int (OverflowError past the float range), or an object with
/// `__float__` or `__index__`.
pub(crate) fn to_f64(vm: &mut Vm, value: &Value) -> PResult<f64> {
    if let Value::Float(x) = value {
        return Ok(*x);
    }
    if let Some(int) = to_int(value) {
        return int_to_f64(vm, &int);
    }
    if let Some(result) = vm.call_special(value, "__float__", Vec::new())? {
        return match result {
            Value::Float(x) => Ok(x),
            other => {
                let (owner, name) = (vm.type_name(value), vm.type_name(&other));
                Err(vm.type_error(format!(
                    "{owner}.__float__ returned non-float (type {name})"
                )))
            }
        };
    }
    if vm.special_method(value, "__index__").is_some() {
        let int = to_index(vm, value)?;
        return int_to_f64(vm, &int);
    }
    let name = vm.type_name(value);
    Err(vm.type_error(format!("must be real number, not {name}")))
}

fn int_to_f64(vm: &mut Vm, int: &PyInt) -> PResult<f64> {
    int.to_f64().or_raise(vm)
}

/// `PyNumber_Index`: an int, or what `__index__` returns.
fn to_index(vm: &mut Vm, value: &Value) -> PResult<PyInt> {
    if let Some(int) = to_int(value) {
        return Ok(int);
    }
    if let Some(result) = vm.call_special(value, "__index__", Vec::new())? {
        return match to_int(&result) {
            Some(int) => Ok(int),
            None => {
                let name = vm.type_name(&result);
                Err(vm.type_error(format!("__index__ returned non-int (type {name})")))
            }
        };
    }
    let name = vm.type_name(value);
    Err(vm.type_error(format!(
        "'{name}' object cannot be interpreted as an integer"
    )))
}

fn domain_error(vm: &mut Vm) -> Flow {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> Flow {
    vm.error("OverflowError", "math range error")
}

fn float_to_int(vm: &mut Vm, x: f64) -> PResult<Value> {
    match PyInt::from_f64(x) {
        Ok(int) => Ok(from_int(int)),
        Err(error) => Err(vm.raise_core(error)),
    }
}

// ----- functions of one float ------------------------------------------------------------------

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is an overflow (`can_overflow`) or a singularity (a domain error).
fn math_1(vm: &mut Vm, x: f64, func: fn(f64) -> f64, can_overflow: bool) -> PResult<Value> {
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! float_function {
    ($rust:ident, $name:literal, $func:expr, $can_overflow:expr) => {
        fn $rust(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
            const SIGNATURE: Signature<1, 0> = one_argument(concat!("math.", $name));
            let Bound {
                required: [value], ..
            } = SIGNATURE.bind(vm, args)?;
            let x = to_f64(vm, &value)?;
            math_1(vm, x, $func, $can_overflow)
        }
    };
}

float_function!(sqrt, "sqrt", f64::sqrt, false);
float_function!(fabs, "fabs", f64::abs, false);
float_function!(exp, "exp", f64::exp, true);
float_function!(exp2, "exp2", f64::exp2, true);
float_function!(expm1, "expm1", f64::exp_m1, true);
float_function!(log1p, "log1p", m_log1p, false);
float_function!(sin, "sin", f64::sin, false);
float_function!(cos, "cos", f64::cos, false);
float_function!(tan, "tan", f64::tan, false);
float_function!(asin, "asin", f64::asin, false);
float_function!(acos, "acos", f64::acos, false);
float_function!(atan, "atan", f64::atan, false);
float_function!(sinh, "sinh", f64::sinh, true);
float_function!(cosh, "cosh", f64::cosh, true);
float_function!(tanh, "tanh", f64::tanh, false);
float_function!(asinh, "asinh", libm::asinh, false);
float_function!(acosh, "acosh", libm::acosh, false);
float_function!(atanh, "atanh", libm::atanh, false);
float_function!(cbrt, "cbrt", f64::cbrt, false);

/// The inverse hyperbolic functions: Rust's own formulas differ from glibc in the last bit for
/// some inputs, so natively they come from the C library, as CPython's do. WebAssembly has no C
/// library to call.
#[cfg(not(target_arch = "wasm32"))]
mod libm {
    mod c {
        unsafe extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
        }
    }
    pub fn asinh(x: f64) -> f64 {
        // SAFETY: a pure C99 function of one double.
        unsafe { c::asinh(x) }
    }
    pub fn acosh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::acosh(x) }
    }
    pub fn atanh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::atanh(x) }
    }
}

#[cfg(target_arch = "wasm32")]
mod libm {
    pub fn asinh(x: f64) -> f64 {
        x.asinh()
    }
    pub fn acosh(x: f64) -> f64 {
        x.acosh()
    }
    pub fn atanh(x: f64) -> f64 {
        x.atanh()
    }
}

/// Some C libraries lose the sign of a zero in `log1p`; CPython guards against it.
fn m_log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

const DEGREES: Signature<1, 0> = one_argument("math.degrees");

fn degrees(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = DEGREES.bind(vm, args)?;
    let x = to_f64(vm, &value)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

const RADIANS: Signature<1, 0> = one_argument("math.radians");

fn radians(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = RADIANS.bind(vm, args)?;
    let x = to_f64(vm, &value)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

const ISNAN: Signature<1, 0> = one_argument("math.isnan");

fn isnan(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = ISNAN.bind(vm, args)?;
    Ok(Value::Bool(to_f64(vm, &value)?.is_nan()))
}

const ISINF: Signature<1, 0> = one_argument("math.isinf");

fn isinf(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = ISINF.bind(vm, args)?;
    Ok(Value::Bool(to_f64(vm, &value)?.is_infinite()))
}

const ISFINITE: Signature<1, 0> = one_argument("math.isfinite");

fn isfinite(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = ISFINITE.bind(vm, args)?;
    Ok(Value::Bool(to_f64(vm, &value)?.is_finite()))
}

// ----- rounding --------------------------------------------------------------------------------

/// `floor` and `ceil`: ints answer for themselves, floats are rounded, other objects use their
/// `__floor__`/`__ceil__` or else their float value.
fn round_to_int(
    vm: &mut Vm,
    args: Args,
    signature: &Signature<1, 0>,
    method: &'static str,
    round: fn(f64) -> f64,
) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = signature.bind(vm, args)?;
    let x = match &value {
        Value::Float(x) => *x,
        other => {
            if let Some(int) = to_int(other) {
                return Ok(from_int(int));
            }
            if let Some(result) = vm.call_special(other, method, Vec::new())? {
                return Ok(result);
            }
            to_f64(vm, other)?
        }
    };
    float_to_int(vm, round(x))
}

fn floor(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const FLOOR: Signature<1, 0> = one_argument("math.floor");
    round_to_int(vm, args, &FLOOR, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const CEIL: Signature<1, 0> = one_argument("math.ceil");
    round_to_int(vm, args, &CEIL, "__ceil__", f64::ceil)
}

const TRUNC: Signature<1, 0> = one_argument("math.trunc");

fn trunc(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = TRUNC.bind(vm, args)?;
    if let Value::Float(x) = value {
        return float_to_int(vm, x);
    }
    if let Some(int) = to_int(&value) {
        return Ok(from_int(int));
    }
    match vm.call_special(&value, "__trunc__", Vec::new())? {
        Some(result) => Ok(result),
        None => {
            let name = vm.type_name(&value);
            Err(vm.type_error(format!("type {name} doesn't define __trunc__ method")))
        }
    }
}

// ----- functions of two floats -----------------------------------------------------------------

fn two_floats(vm: &mut Vm, signature: &Signature<2, 0>, args: Args) -> PResult<(f64, f64)> {
    let Bound {
        required: [x, y], ..
    } = signature.bind(vm, args)?;
    let x = to_f64(vm, &x)?;
    let y = to_f64(vm, &y)?;
    Ok((x, y))
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity from finite arguments
/// an overflow.
fn math_2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

const FMOD: Signature<2, 0> = two_arguments("math.fmod");

fn fmod(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &FMOD, args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    // `%` on f64 is C's fmod, which is always exact.
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

const COPYSIGN: Signature<2, 0> = two_arguments("math.copysign");

fn copysign(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &COPYSIGN, args)?;
    math_2(vm, x, y, x.copysign(y))
}

const ATAN2: Signature<2, 0> = two_arguments("math.atan2");

fn atan2(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (y, x) = two_floats(vm, &ATAN2, args)?;
    math_2(vm, y, x, m_atan2(y, x))
}

/// `atan2` with C99's special values settled here rather than trusted to the platform.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

const REMAINDER: Signature<2, 0> = two_arguments("math.remainder");

fn remainder(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &REMAINDER, args)?;
    math_2(vm, x, y, m_remainder(x, y))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even; computed
/// exactly from `fmod`, as CPython does.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // Comparing m with absy - m (exact where it matters) rather than with absy / 2, which
        // may have lost a bit to underflow.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: the even multiple wins.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

const POW: Signature<2, 0> = two_arguments("math.pow");

fn pow(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &POW, args)?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            // 0 ** negative divides by zero; anything else overflowed.
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(Value::Float(r))
}

// ----- logarithms ------------------------------------------------------------------------------

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 { x } else { f64::NAN }
    } else if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: ints are handled whatever their size (an int too big for a float is
/// `m * 2**e`, whose logarithm is `log(m) + e*log(2)`); anything else goes through `math_1`.
fn log_of(vm: &mut Vm, value: &Value, func: fn(f64) -> f64) -> PResult<f64> {
    if let Some(int) = to_int(value) {
        if int.signum() <= 0 {
            return Err(domain_error(vm));
        }
        return Ok(match int.to_f64() {
            Ok(x) => func(x),
            Err(_) => {
                let (m, e) = frexp_int(&int.to_bigint());
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, value)?;
    match math_1(vm, x, func, false)? {
        Value::Float(r) => Ok(r),
        _ => unreachable!("math_1 makes floats"),
    }
}

/// `_PyLong_Frexp` for a positive int: `(m, e)` with `n ≈ m * 2**e`, `0.5 <= m < 1`, `m`
/// rounded to 53 bits half to even.
fn frexp_int(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    if bits <= 53 {
        let x = n.to_f64().expect("fits");
        return (x / 2f64.powi(bits as i32), bits);
    }
    let shift = bits - 53;
    let mut top: BigInt = n >> shift;
    let rest: BigInt = n - (&top << shift);
    let half = BigInt::one() << (shift - 1);
    if rest > half || (rest == half && top.is_odd()) {
        top += 1;
    }
    let mut exponent = bits;
    let mut mantissa = top.to_f64().expect("53 bits") / 2f64.powi(53);
    if mantissa == 1.0 {
        mantissa = 0.5;
        exponent += 1;
    }
    (mantissa, exponent)
}

const LOG: Signature<1, 1> = Signature::new(
    "math.log",
    Convention::Unpack,
    [Param::positional_only("x")],
    [Param::positional_only("base")],
);

fn log(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [x],
        optional: [base],
        ..
    } = LOG.bind(vm, args)?;
    let num = log_of(vm, &x, m_log)?;
    let Some(base) = base else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, &base, m_log)?;
    if den == 0.0 {
        return Err(vm.error("ZeroDivisionError", "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

const LOG2: Signature<1, 0> = one_argument("math.log2");

fn log2(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = LOG2.bind(vm, args)?;
    Ok(Value::Float(log_of(vm, &value, m_log2)?))
}

const LOG10: Signature<1, 0> = one_argument("math.log10");

fn log10(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = LOG10.bind(vm, args)?;
    Ok(Value::Float(log_of(vm, &value, m_log10)?))
}

// ----- float representation --------------------------------------------------------------------

const MODF: Signature<1, 0> = one_argument("math.modf");

fn modf(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = MODF.bind(vm, args)?;
    let x = to_f64(vm, &value)?;
    let (fraction, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(Value::tuple(vec![
        Value::Float(fraction),
        Value::Float(whole),
    ]))
}

/// C's `frexp` on the bits: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
fn frexp_f64(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent - 1022 + adjust)
}

const FREXP: Signature<1, 0> = one_argument("math.frexp");

fn frexp(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = FREXP.bind(vm, args)?;
    let x = to_f64(vm, &value)?;
    let (m, e) = frexp_f64(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `x * 2**n` with a single rounding (musl's `scalbn`): scaling in steps keeps intermediate
/// results normal, and the last step is the only inexact one.
fn scalbn(x: f64, mut n: i64) -> f64 {
    let mut y = x;
    let p1023 = f64::from_bits(0x7fe << 52);
    let pm969 = f64::from_bits(1 << 52) * f64::from_bits((1023 + 53) << 52);
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= pm969;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm969;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

const LDEXP: Signature<2, 0> = two_arguments("math.ldexp");

fn ldexp(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [x, exponent],
        ..
    } = LDEXP.bind(vm, args)?;
    let x = to_f64(vm, &x)?;
    let Some(exponent) = to_int(&exponent) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exponent = exponent.to_i64_clamped();
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exponent > i64::from(i32::MAX) {
        return Err(range_error(vm));
    } else if exponent < i64::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let r = scalbn(x, exponent);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

/// C's `nextafter`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

const NEXTAFTER: Signature<2, 1> = Signature::new(
    "math.nextafter",
    Convention::Clinic,
    [Param::positional_only("x"), Param::positional_only("y")],
    [Param::keyword_only("steps")],
);

fn nextafter(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [x, y],
        optional: [steps],
        ..
    } = NEXTAFTER.bind(vm, args)?;
    let x = to_f64(vm, &x)?;
    let y = to_f64(vm, &y)?;
    let steps = match &steps {
        None | Some(Value::None) => return Ok(Value::Float(next_after(x, y))),
        Some(steps) => to_index(vm, steps)?,
    };
    if steps.is_negative() {
        return Err(vm.value_error("steps must be a non-negative integer"));
    }
    // Floats are 64-bit patterns: more steps than that reach `y` anyway.
    let steps = steps.to_bigint().to_u64().unwrap_or(u64::MAX);
    if steps == 0 || x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return Ok(Value::Float(x));
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    let result = if (ux ^ uy) & SIGN != 0 {
        if ax + ay <= steps {
            uy
        } else if ax < steps {
            (uy & SIGN) | (steps - ax)
        } else {
            ux - steps
        }
    } else if ax > ay {
        if ax - ay >= steps { ux - steps } else { uy }
    } else if ay - ax >= steps {
        ux + steps
    } else {
        uy
    };
    Ok(Value::Float(f64::from_bits(result)))
}

const ULP: Signature<1, 0> = one_argument("math.ulp");

fn ulp(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = ULP.bind(vm, args)?;
    let x = to_f64(vm, &value)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        // The largest finite float: measure the gap below it.
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

const ISCLOSE: Signature<2, 2> = Signature::new(
    "math.isclose",
    Convention::Clinic,
    [Param::new("a"), Param::new("b")],
    [
        Param::keyword_only("rel_tol"),
        Param::keyword_only("abs_tol"),
    ],
);

/// `isclose`'s `rel_tol` (default 1e-9) and `abs_tol` (default 0), checked as CPython checks
/// them (`math.isclose` and `cmath.isclose` share them).
pub(super) fn tolerances(
    vm: &mut Vm,
    rel_tol: Option<Value>,
    abs_tol: Option<Value>,
) -> PResult<(f64, f64)> {
    let rel_tol = match &rel_tol {
        Some(value) => to_f64(vm, value)?,
        None => 1e-9,
    };
    let abs_tol = match &abs_tol {
        Some(value) => to_f64(vm, value)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel_tol, abs_tol))
}

fn isclose(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [a, b],
        optional: [rel_tol, abs_tol],
        ..
    } = ISCLOSE.bind(vm, args)?;
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let (rel_tol, abs_tol) = tolerances(vm, rel_tol, abs_tol)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- sums and norms --------------------------------------------------------------------------

/// `fsum`: Shewchuk's exact partials, then CPython's correction so that the final rounding is
/// half-even across several partials.
const FSUM: Signature<1, 0> = one_argument("math.fsum");

fn fsum(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [iterable],
        ..
    } = FSUM.bind(vm, args)?;
    let iterator = vm.iter(&iterable)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&iterator)? {
        let mut x = to_f64(vm, &item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN among the items, or an intermediate overflow.
                if original.is_finite() {
                    return Err(vm.error("OverflowError", "intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite values (`max` the
/// largest), scaled to avoid overflow and underflow, summed in double-length arithmetic, then
/// corrected once so that the result is almost always correctly rounded.
fn vector_norm(values: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    if max_e < -1023 {
        // Too small to scale up by 2**-max_e in one step: make the values normal first.
        for value in values.iter_mut() {
            *value /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(values, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &value in values.iter() {
        let x = value * scale;
        let (hi, lo) = exact_product(x, x);
        let (sum, error) = exact_sum(csum, hi);
        csum = sum;
        frac1 += lo;
        frac2 += error;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_product(-h, h);
    let (sum, error) = exact_sum(csum, hi);
    csum = sum;
    frac1 += lo;
    frac2 += error;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `a * b` as an unevaluated sum `hi + lo`, exactly (the fused multiply-add is exact on every
/// target: hardware or a correctly rounded software routine).
fn exact_product(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

/// `a + b` as `hi + lo` exactly, for `|a| >= |b|`.
fn exact_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

const HYPOT: Signature<0, 0> = Signature::new("math.hypot", Convention::Variadic, [], []);

fn hypot(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        rest: coordinates, ..
    } = HYPOT.bind(vm, args)?;
    let mut values = Vec::with_capacity(coordinates.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for item in &coordinates {
        let x = to_f64(vm, item)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        values.push(x);
    }
    Ok(Value::Float(vector_norm(&mut values, max, found_nan)))
}

const DIST: Signature<2, 0> = two_arguments("math.dist");

fn dist(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [p, q], ..
    } = DIST.bind(vm, args)?;
    let p = as_sequence(vm, &p)?;
    let q = as_sequence(vm, &q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let a = to_f64(vm, a)?;
        let b = to_f64(vm, b)?;
        let x = (a - b).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

fn as_sequence(vm: &mut Vm, value: &Value) -> PResult<Vec<Value>> {
    match value {
        Value::Tuple(items) => Ok(items.to_vec()),
        other => vm.collect(other),
    }
}

const PROD: Signature<1, 1> = Signature::new(
    "math.prod",
    Convention::Clinic,
    [Param::positional_only("iterable")],
    [Param::keyword_only("start")],
);

fn prod(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [iterable],
        optional: [start],
        ..
    } = PROD.bind(vm, args)?;
    let mut result = start.unwrap_or(Value::Int(1));
    let iterator = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&iterator)? {
        result = crate::runtime::ops::binary(vm, BinaryOp::Mult, &result, &item, false)?;
    }
    Ok(result)
}

// ----- integers ----------------------------------------------------------------------------------

const ISQRT: Signature<1, 0> = one_argument("math.isqrt");

fn isqrt(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = ISQRT.bind(vm, args)?;
    let n = to_index(vm, &value)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let root = match n {
        PyInt::Small(v) => PyInt::Small((v as u64).sqrt() as i64),
        PyInt::Big(b) => PyInt::from_bigint(b.sqrt()),
    };
    Ok(from_int(root))
}

/// `top * (top - 1) * ... * (top - count + 1)`, multiplied as a balanced tree so that the big
/// multiplications are between numbers of similar size.
fn falling_product(top: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        let mut result = BigInt::one();
        let mut factor = top.clone();
        for _ in 0..count {
            result *= &factor;
            factor -= 1;
        }
        return result;
    }
    let half = count / 2;
    falling_product(top, half) * falling_product(&(top - half), count - half)
}

fn factorial_of(n: u64) -> BigInt {
    falling_product(&BigInt::from(n), n)
}

const FACTORIAL: Signature<1, 0> = one_argument("math.factorial");

fn factorial(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [value], ..
    } = FACTORIAL.bind(vm, args)?;
    let n = to_index(vm, &value)?;
    factorial_value(vm, &n)
}

fn factorial_value(vm: &mut Vm, n: &PyInt) -> PResult<Value> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.error(
            "OverflowError",
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    };
    Ok(from_int(PyInt::from_bigint(factorial_of(n as u64))))
}

const GCD: Signature<0, 0> = Signature::new("math.gcd", Convention::Variadic, [], []);

fn gcd(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound { rest: integers, .. } = GCD.bind(vm, args)?;
    let mut result = BigInt::zero();
    for value in &integers {
        let n = to_index(vm, value)?;
        if !result.is_one() {
            result = result.gcd(&n.to_bigint());
        }
    }
    Ok(from_int(PyInt::from_bigint(result)))
}

const LCM: Signature<0, 0> = Signature::new("math.lcm", Convention::Variadic, [], []);

fn lcm(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound { rest: integers, .. } = LCM.bind(vm, args)?;
    let mut result = BigInt::one();
    for value in &integers {
        let n = to_index(vm, value)?;
        if !result.is_zero() {
            result = result.lcm(&n.to_bigint());
        }
    }
    Ok(from_int(PyInt::from_bigint(result.abs())))
}

/// The `n` and `k` of `comb` and `perm`, checked as CPython checks them.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PResult<(BigInt, BigInt)> {
    let n = to_index(vm, n)?.to_bigint();
    let k = to_index(vm, k)?.to_bigint();
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

const COMB: Signature<2, 0> = two_arguments("math.comb");

fn comb(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [n, k], ..
    } = COMB.bind(vm, args)?;
    let (n, k) = n_and_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        return Err(vm.error(
            "OverflowError",
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        ));
    };
    let k = k as u64;
    let result = falling_product(&n, k) / factorial_of(k);
    Ok(from_int(PyInt::from_bigint(result)))
}

const PERM: Signature<1, 1> = Signature::new(
    "math.perm",
    Convention::Unpack,
    [Param::positional_only("n")],
    [Param::positional_only("k")],
);

fn perm(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [n],
        optional: [k],
        ..
    } = PERM.bind(vm, args)?;
    let k = match k {
        None | Some(Value::None) => {
            let n = to_index(vm, &n)?;
            return factorial_value(vm, &n);
        }
        Some(k) => k,
    };
    let (n, k) = n_and_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.error("OverflowError", format!("k must not exceed {}", i64::MAX)));
    };
    Ok(from_int(PyInt::from_bigint(falling_product(&n, k as u64))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp_f64(8.0), (0.5, 4));
        assert_eq!(frexp_f64(-3.0), (-0.75, 2));
        assert_eq!(frexp_f64(5e-324), (0.5, -1073));
        assert_eq!(frexp_f64(f64::MAX), (1.0 - f64::EPSILON / 2.0, 1024));
        assert_eq!(frexp_f64(0.1), (0.8, -3));
    }

    #[test]
    fn scalbn_rounds_once() {
        assert_eq!(scalbn(1.0, -1074), 5e-324);
        assert_eq!(scalbn(1.0, -1075), 0.0);
        assert_eq!(scalbn(1.5, -1074), 1e-323);
        assert_eq!(scalbn(1.0, 1023), 2f64.powi(1023));
        assert!(scalbn(1.0, 1024).is_infinite());
        assert_eq!(scalbn(0.75, 2), 3.0);
        assert_eq!(scalbn(2f64.powi(1000), -2000), 2f64.powi(-1000));
    }

    #[test]
    fn big_frexp_rounds_half_even() {
        let n = (BigInt::one() << 200u32) + (BigInt::one() << 147u32);
        assert_eq!(frexp_int(&n), (0.5, 201));
        let n = (BigInt::one() << 200u32) + (BigInt::from(3) << 147u32);
        assert_eq!(frexp_int(&n), (0.5 + f64::EPSILON, 201));
        let n: BigInt = (BigInt::one() << 100u32) - 1;
        assert_eq!(frexp_int(&n), (0.5, 101));
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(m_remainder(5.0, 2.0), 1.0);
        assert_eq!(m_remainder(7.0, 2.0), -1.0);
        assert_eq!(m_remainder(-7.0, 2.0), 1.0);
        assert_eq!(m_remainder(3.0, 2.0), -1.0);
    }
}
