//! Python 3.12 `int` semantics on top of `num-bigint`.
//!
//! [`PyInt`] keeps values that fit in an `i64` unboxed (`Small`) and everything else in a shared
//! `BigInt` (`Big`). Every constructor and operation normalises, so `Big` never holds a value that
//! fits in an `i64`; the derived `PartialEq`/`Hash` are therefore value equality.
//!
//! Errors are returned as [`IntError`], naming the exception CPython raises and its exact message.
//! Nothing here panics on any input; allocations that would be absurdly large (shifts and powers
//! whose result would exceed [`MAX_INT_BITS`] bits) give `MemoryError` like CPython does when it
//! runs out of memory.
//!
//! The tests compare against tables produced by CPython 3.12.1 with `gen_int.py` (kept next to the
//! scratch crate this module was developed in).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// Results of `<<` and `**` with more bits than this give `MemoryError` instead of trying to
/// allocate (CPython would try and fail; this keeps a browser tab alive).
pub const MAX_INT_BITS: u64 = 1 << 32;
/// The modulus of Python's numeric hash, `sys.hash_info.modulus` (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;

/// A Python int: `Small` when it fits in `i64`, else `Big`.
///
/// Invariant: `Big` never holds an `i64`-representable value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PyInt {
    Small(i64),
    Big(Rc<BigInt>),
}

/// The exception CPython raises, with its exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntError {
    pub exception: &'static str,
    pub message: String,
}

impl IntError {
    fn new(exception: &'static str, message: impl Into<String>) -> Self {
        IntError {
            exception,
            message: message.into(),
        }
    }
    fn zero_division(message: &str) -> Self {
        IntError::new("ZeroDivisionError", message)
    }
    fn memory() -> Self {
        IntError::new("MemoryError", "")
    }
    fn overflow(message: &str) -> Self {
        IntError::new("OverflowError", message)
    }
}

impl fmt::Display for IntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.exception)
        } else {
            write!(f, "{}: {}", self.exception, self.message)
        }
    }
}

/// The result of `int ** int`: an int for non-negative exponents, a float otherwise.
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    Int(PyInt),
    Float(f64),
}

const MSG_DIV_ZERO: &str = "integer division or modulo by zero";
const MSG_MOD_ZERO: &str = "integer modulo by zero";
const MSG_TOO_BIG_FLOAT: &str = "int too large to convert to float";

impl Default for PyInt {
    fn default() -> Self {
        PyInt::Small(0)
    }
}

impl From<i64> for PyInt {
    fn from(v: i64) -> Self {
        PyInt::Small(v)
    }
}

impl From<i32> for PyInt {
    fn from(v: i32) -> Self {
        PyInt::Small(i64::from(v))
    }
}

impl From<u64> for PyInt {
    fn from(v: u64) -> Self {
        match i64::try_from(v) {
            Ok(s) => PyInt::Small(s),
            Err(_) => PyInt::Big(Rc::new(BigInt::from(v))),
        }
    }
}

impl From<usize> for PyInt {
    fn from(v: usize) -> Self {
        PyInt::from(v as u64)
    }
}

impl From<bool> for PyInt {
    fn from(v: bool) -> Self {
        PyInt::Small(i64::from(v))
    }
}

impl From<BigInt> for PyInt {
    fn from(v: BigInt) -> Self {
        PyInt::from_bigint(v)
    }
}

impl From<&BigInt> for PyInt {
    fn from(v: &BigInt) -> Self {
        match v.to_i64() {
            Some(s) => PyInt::Small(s),
            None => PyInt::Big(Rc::new(v.clone())),
        }
    }
}

impl PyInt {
    /// Wraps a `BigInt`, normalising to `Small` when it fits.
    pub fn from_bigint(v: BigInt) -> Self {
        match v.to_i64() {
            Some(s) => PyInt::Small(s),
            None => PyInt::Big(Rc::new(v)),
        }
    }

    pub fn zero() -> Self {
        PyInt::Small(0)
    }

    pub fn one() -> Self {
        PyInt::Small(1)
    }

    /// The value as a `BigInt` (a clone for `Big`).
    pub fn to_bigint(&self) -> BigInt {
        self.as_big().into_owned()
    }

    fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            PyInt::Small(v) => Cow::Owned(BigInt::from(*v)),
            PyInt::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            PyInt::Small(v) => Some(*v),
            PyInt::Big(_) => None,
        }
    }

    /// Like CPython's `PyLong_AsSsize_t`: OverflowError when the value does not fit in 64 bits.
    pub fn to_ssize(&self) -> Result<i64, IntError> {
        self.to_i64()
            .ok_or_else(|| IntError::overflow("Python int too large to convert to C ssize_t"))
    }

    /// Clamps to the `i64` range (what CPython does for slice indices).
    pub fn to_i64_clamped(&self) -> i64 {
        match self {
            PyInt::Small(v) => *v,
            PyInt::Big(b) => {
                if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, PyInt::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(v) => *v < 0,
            PyInt::Big(b) => b.is_negative(),
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            PyInt::Small(v) => v.signum() as i32,
            PyInt::Big(b) => {
                if b.is_negative() {
                    -1
                } else {
                    1
                }
            }
        }
    }

    fn is_odd(&self) -> bool {
        match self {
            PyInt::Small(v) => v & 1 == 1,
            PyInt::Big(b) => b.is_odd(),
        }
    }

    // ----- arithmetic -------------------------------------------------------------------------

    /// `self + other`.
    pub fn add(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other)
            && let Some(r) = a.checked_add(*b)
        {
            return PyInt::Small(r);
        }
        PyInt::from_bigint(&*self.as_big() + &*other.as_big())
    }

    /// `self - other`.
    pub fn sub(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other)
            && let Some(r) = a.checked_sub(*b)
        {
            return PyInt::Small(r);
        }
        PyInt::from_bigint(&*self.as_big() - &*other.as_big())
    }

    /// `self * other`.
    pub fn mul(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other)
            && let Some(r) = a.checked_mul(*b)
        {
            return PyInt::Small(r);
        }
        PyInt::from_bigint(&*self.as_big() * &*other.as_big())
    }

    /// `self // other` (rounds towards negative infinity).
    pub fn floordiv(&self, other: &PyInt) -> Result<PyInt, IntError> {
        if other.is_zero() {
            return Err(IntError::zero_division(MSG_DIV_ZERO));
        }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other)
            && let Some(q) = a.checked_div(*b)
        {
            let adjust = (a % b != 0) && ((*a < 0) != (*b < 0));
            return Ok(PyInt::Small(if adjust { q - 1 } else { q }));
        }
        Ok(PyInt::from_bigint(self.as_big().div_floor(&other.as_big())))
    }

    /// `self % other` (the result has the sign of `other`).
    pub fn modulo(&self, other: &PyInt) -> Result<PyInt, IntError> {
        if other.is_zero() {
            return Err(IntError::zero_division(MSG_MOD_ZERO));
        }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other) {
            // checked_rem only fails for i64::MIN % -1, whose remainder is 0.
            let r = a.checked_rem(*b).unwrap_or(0);
            let r = if r != 0 && ((r < 0) != (*b < 0)) {
                r + b
            } else {
                r
            };
            return Ok(PyInt::Small(r));
        }
        Ok(PyInt::from_bigint(self.as_big().mod_floor(&other.as_big())))
    }

    /// `divmod(self, other)`.
    pub fn divmod(&self, other: &PyInt) -> Result<(PyInt, PyInt), IntError> {
        if other.is_zero() {
            return Err(IntError::zero_division(MSG_DIV_ZERO));
        }
        if let (PyInt::Small(_), PyInt::Small(_)) = (self, other) {
            let q = self.floordiv(other)?;
            let r = self.modulo(other)?;
            return Ok((q, r));
        }
        let (q, r) = self.as_big().div_mod_floor(&other.as_big());
        Ok((PyInt::from_bigint(q), PyInt::from_bigint(r)))
    }

    /// `-self`.
    pub fn neg(&self) -> PyInt {
        match self {
            PyInt::Small(v) => match v.checked_neg() {
                Some(r) => PyInt::Small(r),
                None => PyInt::from_bigint(-BigInt::from(*v)),
            },
            PyInt::Big(b) => PyInt::from_bigint(-&**b),
        }
    }

    /// `+self`.
    pub fn pos(&self) -> PyInt {
        self.clone()
    }

    /// `abs(self)`.
    pub fn abs(&self) -> PyInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~self` (== -self - 1).
    pub fn invert(&self) -> PyInt {
        match self {
            PyInt::Small(v) => PyInt::Small(!v),
            PyInt::Big(b) => PyInt::from_bigint(-&**b - 1),
        }
    }

    // ----- bitwise ----------------------------------------------------------------------------

    /// `self & other` with two's complement semantics for negative values.
    pub fn bitand(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other) {
            return PyInt::Small(a & b);
        }
        PyInt::from_bigint(&*self.as_big() & &*other.as_big())
    }

    /// `self | other`.
    pub fn bitor(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other) {
            return PyInt::Small(a | b);
        }
        PyInt::from_bigint(&*self.as_big() | &*other.as_big())
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other) {
            return PyInt::Small(a ^ b);
        }
        PyInt::from_bigint(&*self.as_big() ^ &*other.as_big())
    }

    /// `self << count`. ValueError "negative shift count"; MemoryError when the result would be
    /// larger than [`MAX_INT_BITS`].
    pub fn shl(&self, count: &PyInt) -> Result<PyInt, IntError> {
        if count.is_negative() {
            return Err(IntError::new("ValueError", "negative shift count"));
        }
        if self.is_zero() {
            return Ok(PyInt::zero());
        }
        let n = match count {
            PyInt::Small(n) => *n as u64,
            PyInt::Big(_) => return Err(IntError::memory()),
        };
        if let PyInt::Small(a) = self
            && n < 63
        {
            let r = a << n;
            if r >> n == *a {
                return Ok(PyInt::Small(r));
            }
        }
        if self.bit_length().saturating_add(n) > MAX_INT_BITS {
            return Err(IntError::memory());
        }
        Ok(PyInt::from_bigint(&*self.as_big() << n))
    }

    /// `self >> count` (arithmetic: rounds towards negative infinity).
    pub fn shr(&self, count: &PyInt) -> Result<PyInt, IntError> {
        if count.is_negative() {
            return Err(IntError::new("ValueError", "negative shift count"));
        }
        let n = match count {
            PyInt::Small(n) => *n as u64,
            PyInt::Big(_) => u64::MAX,
        };
        match self {
            PyInt::Small(a) => Ok(PyInt::Small(a >> n.min(63))),
            PyInt::Big(b) => {
                if n >= b.bits() {
                    return Ok(PyInt::Small(if b.is_negative() { -1 } else { 0 }));
                }
                Ok(PyInt::from_bigint(&**b >> n))
            }
        }
    }

    // ----- powers -----------------------------------------------------------------------------

    /// `self ** exp` for a non-negative `exp` (exact). A negative `exp` gives ValueError
    /// "negative exponent": call [`PyInt::pow_to_float`] (or use [`PyInt::pow_any`]) for those.
    pub fn pow(&self, exp: &PyInt) -> Result<PyInt, IntError> {
        if exp.is_negative() {
            return Err(IntError::new("ValueError", "negative exponent"));
        }
        // Bases whose powers never grow.
        match self {
            PyInt::Small(0) => return Ok(PyInt::Small(if exp.is_zero() { 1 } else { 0 })),
            PyInt::Small(1) => return Ok(PyInt::one()),
            PyInt::Small(-1) => return Ok(PyInt::Small(if exp.is_odd() { -1 } else { 1 })),
            _ => {}
        }
        let e = match exp {
            PyInt::Small(e) => *e as u64,
            PyInt::Big(_) => return Err(IntError::memory()),
        };
        if let PyInt::Small(b) = self
            && let Some(r) = checked_pow_i64(*b, e)
        {
            return Ok(PyInt::Small(r));
        }
        // |self| >= 2 here, so the result has at least (bits - 1) * e + 1 bits.
        let bits = self.bit_length();
        if (bits - 1).saturating_mul(e) >= MAX_INT_BITS {
            return Err(IntError::memory());
        }
        let e32 = u32::try_from(e).map_err(|_| IntError::memory())?;
        Ok(PyInt::from_bigint(num_traits::Pow::pow(
            &*self.as_big(),
            e32,
        )))
    }

    /// `self ** exp` for a negative `exp`: CPython converts both to float and uses float power.
    /// Also works for non-negative exponents (with float conversion errors).
    pub fn pow_to_float(&self, exp: &PyInt) -> Result<f64, IntError> {
        let base = self.to_f64()?;
        let e = exp.to_f64()?;
        if base == 0.0 && e < 0.0 {
            return Err(IntError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        if e == 0.0 || base == 1.0 {
            return Ok(1.0);
        }
        // An integral exponent: the float power of the magnitude, negated for odd exponents.
        // The parity of the exponent *as a float* (huge ints round to even floats).
        let odd = e.abs() % 2.0 == 1.0;
        let r = base.abs().powf(e);
        let r = if base < 0.0 && odd { -r } else { r };
        if r.is_infinite() {
            return Err(IntError::overflow("(34, 'Numerical result out of range')"));
        }
        Ok(r)
    }

    /// `self ** exp` with Python's result type: an int for `exp >= 0`, a float otherwise.
    pub fn pow_any(&self, exp: &PyInt) -> Result<PowResult, IntError> {
        if exp.is_negative() {
            self.pow_to_float(exp).map(PowResult::Float)
        } else {
            self.pow(exp).map(PowResult::Int)
        }
    }

    /// `pow(self, exp, modulus)`, including negative exponents via the modular inverse.
    /// The result has the sign of `modulus` (like `%`).
    pub fn pow_mod(&self, exp: &PyInt, modulus: &PyInt) -> Result<PyInt, IntError> {
        if modulus.is_zero() {
            return Err(IntError::new(
                "ValueError",
                "pow() 3rd argument cannot be 0",
            ));
        }
        let negative_output = modulus.is_negative();
        let m = modulus.as_big().abs();
        if m.is_one() {
            return Ok(PyInt::zero());
        }
        let mut base = self.as_big().mod_floor(&m);
        let mut e = exp.to_bigint();
        if e.is_negative() {
            base = match base.modinv(&m) {
                Some(inv) => inv,
                None => {
                    return Err(IntError::new(
                        "ValueError",
                        "base is not invertible for the given modulus",
                    ));
                }
            };
            e = -e;
        }
        let mut r = base.modpow(&e, &m);
        if negative_output && !r.is_zero() {
            r -= &m;
        }
        Ok(PyInt::from_bigint(r))
    }

    // ----- division to float, conversions -----------------------------------------------------

    /// `self / other`: the correctly rounded float quotient (exact even for huge ints).
    pub fn truediv(&self, other: &PyInt) -> Result<f64, IntError> {
        if other.is_zero() {
            return Err(IntError::zero_division("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, other)
            && (-EXACT..=EXACT).contains(a)
            && (-EXACT..=EXACT).contains(b)
        {
            return Ok(*a as f64 / *b as f64);
        }
        let negative = self.is_negative() != other.is_negative();
        let sign = |x: f64| if negative { -x } else { x };
        let a = self.as_big().magnitude().clone();
        let b = other.as_big().magnitude().clone();
        if a.is_zero() {
            return Ok(sign(0.0));
        }
        let diff = a.bits() as i64 - b.bits() as i64;
        // a/b < 2**(diff+1): far below half the smallest subnormal, it rounds to zero.
        if diff < -1080 {
            return Ok(sign(0.0));
        }
        // a/b > 2**(diff-1): far above the largest float.
        if diff > 1030 {
            return Err(IntError::overflow(
                "integer division result too large for a float",
            ));
        }
        // Scale so that the quotient has at least 55 bits; the remainder becomes a sticky bit.
        let shift = diff - 55;
        let (q, r) = if shift >= 0 {
            a.div_rem(&(b << shift as u64))
        } else {
            (a << (-shift) as u64).div_rem(&b)
        };
        match round_to_f64(&q, shift, !r.is_zero()) {
            Some(v) => Ok(sign(v)),
            None => Err(IntError::overflow(
                "integer division result too large for a float",
            )),
        }
    }

    /// `float(self)`: correctly rounded (half to even); OverflowError past the float range.
    pub fn to_f64(&self) -> Result<f64, IntError> {
        match self {
            PyInt::Small(v) => Ok(*v as f64),
            PyInt::Big(b) => {
                let v = round_to_f64(b.magnitude(), 0, false)
                    .ok_or_else(|| IntError::overflow(MSG_TOO_BIG_FLOAT))?;
                Ok(if b.is_negative() { -v } else { v })
            }
        }
    }

    /// `int(x)` for a float: truncates towards zero.
    pub fn from_f64(x: f64) -> Result<PyInt, IntError> {
        if x.is_nan() {
            return Err(IntError::new(
                "ValueError",
                "cannot convert float NaN to integer",
            ));
        }
        if x.is_infinite() {
            return Err(IntError::overflow(
                "cannot convert float infinity to integer",
            ));
        }
        Ok(PyInt::from_bigint(integral_f64_to_big(x.trunc())))
    }

    /// Compares with a float exactly (no rounding), like CPython's int/float comparisons.
    /// `None` when `x` is NaN (every comparison is then False, `!=` is True).
    pub fn cmp_f64(&self, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if x.is_infinite() {
            return Some(if x > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let PyInt::Small(v) = self
            && v.unsigned_abs() <= 1 << 53
        {
            return (*v as f64).partial_cmp(&x);
        }
        let t = x.trunc();
        let ord = self.cmp(&PyInt::from_bigint(integral_f64_to_big(t)));
        if ord != Ordering::Equal {
            return Some(ord);
        }
        let frac = x - t;
        Some(if frac > 0.0 {
            Ordering::Less
        } else if frac < 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        })
    }

    /// `self == x` for a float.
    pub fn eq_f64(&self, x: f64) -> bool {
        self.cmp_f64(x) == Some(Ordering::Equal)
    }

    /// Python's `hash(int)`: sign * (|x| mod (2**61 - 1)), with -1 mapped to -2.
    pub fn hash(&self) -> i64 {
        let (negative, h) = match self {
            PyInt::Small(v) => (*v < 0, v.unsigned_abs() % HASH_MODULUS),
            PyInt::Big(b) => {
                let r = b.magnitude() % BigUint::from(HASH_MODULUS);
                (b.is_negative(), r.to_u64().unwrap_or(0))
            }
        };
        let h = h as i64;
        let h = if negative { -h } else { h };
        if h == -1 { -2 } else { h }
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            PyInt::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            PyInt::Big(b) => b.bits(),
        }
    }

    /// `int.bit_count()`: the number of ones in the binary form of `abs(self)`.
    pub fn bit_count(&self) -> u64 {
        match self {
            PyInt::Small(v) => u64::from(v.unsigned_abs().count_ones()),
            PyInt::Big(b) => b.magnitude().count_ones(),
        }
    }

    /// `round(self, ndigits)`: for negative `ndigits` rounds to a multiple of 10**-ndigits, halves
    /// to even; non-negative `ndigits` return the value unchanged.
    pub fn round_ndigits(&self, ndigits: &PyInt) -> PyInt {
        if !ndigits.is_negative() || self.is_zero() {
            return self.clone();
        }
        // 10**k > 2 * |self| means the result is 0 (|self| < 10**k / 2).
        let k = match ndigits.neg() {
            PyInt::Small(k) => k as u64,
            PyInt::Big(_) => return PyInt::zero(),
        };
        // 10**k >= 2**(3k) > 2**bits * 2 once 3k > bits + 1.
        if k.saturating_mul(3) > self.bit_length() + 1 {
            return PyInt::zero();
        }
        let p = num_traits::Pow::pow(BigInt::from(10), k as u32);
        let (mut q, r) = self.as_big().div_mod_floor(&p);
        let twice: BigInt = &r * 2;
        if twice > p || (twice == p && q.is_odd()) {
            q += 1;
        }
        PyInt::from_bigint(q * p)
    }

    // ----- strings ----------------------------------------------------------------------------

    /// `str(self)` with the default 4300-digit limit.
    pub fn to_str(&self) -> Result<String, IntError> {
        self.to_decimal_string(DEFAULT_MAX_STR_DIGITS)
    }

    /// Decimal string; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit). The sign
    /// does not count towards the limit.
    pub fn to_decimal_string(&self, max_digits: usize) -> Result<String, IntError> {
        match self {
            PyInt::Small(v) => Ok(v.to_string()),
            PyInt::Big(b) => {
                if max_digits > 0 {
                    // |b| >= 2**(bits-1) has more than (bits-1)*log10(2) digits.
                    let lower = (b.bits() - 1) as f64 * std::f64::consts::LOG10_2;
                    if lower > max_digits as f64 + 1.0 {
                        return Err(str_limit_error_to_str(max_digits));
                    }
                }
                let s = b.to_str_radix(10);
                let digits = s.len() - usize::from(b.is_negative());
                if max_digits > 0 && digits > max_digits {
                    return Err(str_limit_error_to_str(max_digits));
                }
                Ok(s)
            }
        }
    }

    /// Digits in `radix` (2..=36, lowercase). With `prefix`, radix 2/8/16 get `0b`/`0o`/`0x`
    /// after the sign, as `bin()`, `oct()` and `hex()` print. Other radices fall back to 10 only
    /// if `radix` is out of range.
    pub fn to_string_radix(&self, radix: u32, prefix: bool) -> String {
        let radix = if (2..=36).contains(&radix) { radix } else { 10 };
        let (negative, digits) = match self {
            PyInt::Small(v) => (*v < 0, BigUint::from(v.unsigned_abs()).to_str_radix(radix)),
            PyInt::Big(b) => (b.is_negative(), b.magnitude().to_str_radix(radix)),
        };
        let mut out = String::with_capacity(digits.len() + 3);
        if negative {
            out.push('-');
        }
        if prefix {
            out.push_str(match radix {
                2 => "0b",
                8 => "0o",
                16 => "0x",
                _ => "",
            });
        }
        out.push_str(&digits);
        out
    }

    /// `bin(self)`.
    pub fn to_bin(&self) -> String {
        self.to_string_radix(2, true)
    }

    /// `oct(self)`.
    pub fn to_oct(&self) -> String {
        self.to_string_radix(8, true)
    }

    /// `hex(self)`.
    pub fn to_hex(&self) -> String {
        self.to_string_radix(16, true)
    }

    /// `int(s, base)` with the default 4300-digit limit.
    pub fn parse(s: &str, base: i64) -> Result<PyInt, IntError> {
        PyInt::parse_with_limit(s, base, DEFAULT_MAX_STR_DIGITS)
    }

    /// `int(s, base)`; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit), applied
    /// to bases that are not powers of two.
    ///
    /// Accepts what CPython accepts: surrounding whitespace (ASCII whitespace and non-ASCII
    /// Unicode spaces), a sign, the `0x`/`0o`/`0b` prefixes with base 0 or the matching base,
    /// single underscores between digits (and one right after a prefix), and Unicode decimal
    /// digits. The error message quotes the input with `repr`, cut to 200 characters.
    pub fn parse_with_limit(s: &str, base: i64, max_digits: usize) -> Result<PyInt, IntError> {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(IntError::new(
                "ValueError",
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let invalid = || {
            let r: String = py_repr(s).chars().take(200).collect();
            IntError::new(
                "ValueError",
                format!("invalid literal for int() with base {base}: {r}"),
            )
        };
        // CPython maps the text to ASCII first: non-ASCII spaces become ' ', non-ASCII decimal
        // digits their ASCII digit, anything else non-ASCII ends the text with an invalid '?'.
        // The C-level parser then stops at the first NUL.
        let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
        let mut has_nul = false;
        for c in s.chars() {
            let b = if (c as u32) < 127 {
                c as u8
            } else if is_unicode_space(c) {
                b' '
            } else if let Some(d) = unicode_decimal(c) {
                b'0' + d
            } else {
                b'?'
            };
            if b == 0 {
                has_nul = true;
                break;
            }
            bytes.push(b);
            if b == b'?' {
                break;
            }
        }
        let parsed = parse_ascii(&bytes, base as u32).ok_or_else(invalid)?;
        if max_digits > 0 && !parsed.radix.is_power_of_two() && parsed.digits.len() > max_digits {
            return Err(IntError::new(
                "ValueError",
                format!(
                    "Exceeds the limit ({max_digits} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    parsed.digits.len()
                ),
            ));
        }
        let value = digits_to_int(&parsed.digits, parsed.radix);
        if parsed.nonzero_is_error && !value.is_zero() {
            return Err(invalid());
        }
        if has_nul {
            return Err(invalid());
        }
        Ok(if parsed.negative { value.neg() } else { value })
    }
}

impl PartialOrd for PyInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyInt {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b),
            // A Big value is outside the i64 range, so its sign decides.
            (PyInt::Small(_), PyInt::Big(b)) => {
                if b.is_negative() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (PyInt::Big(a), PyInt::Small(_)) => {
                if a.is_negative() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (PyInt::Big(a), PyInt::Big(b)) => a.cmp(b),
        }
    }
}

/// Unlimited decimal form (no 4300-digit check: use [`PyInt::to_str`] for `str()`).
impl fmt::Display for PyInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PyInt::Small(v) => write!(f, "{v}"),
            PyInt::Big(b) => write!(f, "{b}"),
        }
    }
}

fn str_limit_error_to_str(max_digits: usize) -> IntError {
    IntError::new(
        "ValueError",
        format!(
            "Exceeds the limit ({max_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

fn checked_pow_i64(base: i64, mut exp: u64) -> Option<i64> {
    let mut result: i64 = 1;
    let mut b = base;
    loop {
        if exp & 1 == 1 {
            result = result.checked_mul(b)?;
        }
        exp >>= 1;
        if exp == 0 {
            return Some(result);
        }
        b = b.checked_mul(b)?;
    }
}

/// 2**e as a float, for e in the normal exponent range.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// m * 2**e where the result is known to be exactly representable (or to overflow to inf).
fn ldexp_exact(m: u64, mut e: i64) -> f64 {
    let mut x = m as f64;
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// Rounds `mag * 2**exp` (plus a positive amount below the last bit of `mag` when `sticky`) to
/// the nearest float, halves to even. `None` when it overflows. Callers pass at least two bits
/// more than a float holds whenever `sticky` is set.
fn round_to_f64(mag: &BigUint, exp: i64, sticky: bool) -> Option<f64> {
    if mag.is_zero() {
        return Some(0.0);
    }
    let nbits = mag.bits() as i64;
    // The exponent of the last bit that the float keeps (subnormals keep down to 2**-1074).
    let ulp = (nbits + exp - 53).max(-1074);
    let drop = ulp - exp;
    let m: u64 = if drop <= 0 {
        // Exact: fewer bits than a float holds.
        (mag << (-drop) as u64).to_u64()?
    } else {
        let drop = drop as u64;
        let kept = (mag >> drop).to_u64()?;
        let half_bit = mag.bit(drop - 1);
        let below_half = sticky || mag.trailing_zeros().is_some_and(|z| z < drop - 1);
        if half_bit && (below_half || kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    if m == 0 {
        return Some(0.0);
    }
    let top = 64 - i64::from(m.leading_zeros()) + ulp;
    if top > 1024 {
        return None;
    }
    Some(ldexp_exact(m, ulp))
}

/// The exact integer value of an integral finite float.
fn integral_f64_to_big(x: f64) -> BigInt {
    if x.abs() < 9.2e18 {
        return BigInt::from(x as i64);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Here |x| >= 2**63, so exp - 1075 > 0.
    let mag = BigUint::from(mantissa) << (exp - 1075) as u64;
    BigInt::from_biguint(if x < 0.0 { Sign::Minus } else { Sign::Plus }, mag)
}

/// Python's `hash(float)`. CPython hashes NaN by object identity; this returns 0 for NaN, so the
/// caller must hash NaN objects itself if it needs CPython's behaviour. Infinities hash to
/// ±314159, and integral floats hash like the equal int.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    // |x| = m * 2**e with an integer m < 2**53.
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return 0;
    }
    // 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
    let e = e.rem_euclid(61) as u32;
    let h = ((u128::from(m) << e) % u128::from(HASH_MODULUS)) as i64;
    let h = if x < 0.0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

struct ParsedDigits {
    negative: bool,
    radix: u32,
    /// Digit values, underscores removed.
    digits: Vec<u8>,
    /// Base 0 with a leading zero: only an all-zero value is valid ("010" is an error).
    nonzero_is_error: bool,
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// The syntax of an int literal as CPython's C parser checks it.
fn parse_ascii(s: &[u8], base: u32) -> Option<ParsedDigits> {
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        negative = s[i] == b'-';
        i += 1;
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut radix = base;
    let mut nonzero_is_error = false;
    if radix == 0 {
        radix = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    nonzero_is_error = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((radix == 16 && at(i + 1) == b'x')
            || (radix == 8 && at(i + 1) == b'o')
            || (radix == 2 && at(i + 1) == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    while i < s.len() {
        let b = s[i];
        if b == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else if digit_value(b) < radix {
            digits.push(digit_value(b) as u8);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return None;
    }
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some(ParsedDigits {
        negative,
        radix,
        digits,
        nonzero_is_error,
    })
}

fn digits_to_int(digits: &[u8], radix: u32) -> PyInt {
    // Up to 12 digits of any radix <= 36 fit in i64 (36**12 < 2**63).
    if digits.len() <= 12 {
        let mut v: i64 = 0;
        for &d in digits {
            v = v * i64::from(radix) + i64::from(d);
        }
        return PyInt::Small(v);
    }
    match BigUint::from_radix_be(digits, radix) {
        Some(u) => PyInt::from_bigint(BigInt::from(u)),
        None => PyInt::zero(),
    }
}

/// Non-ASCII characters that Python's `str.isspace()` accepts (the ASCII ones are handled by
/// the C-level parser, which only knows " \t\n\v\f\r").
fn is_unicode_space(c: char) -> bool {
    matches!(
        c as u32,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// Unicode 15.0 decimal digits (category Nd): the first code point of each run of digits; every
/// run counts 0, 1, ..., 9 from its start (runs may hold several consecutive sets of ten).
/// Generated by `gen_int.py`.
#[rustfmt::skip]
const DECIMAL_RANGES: &[(u32, u32)] = &[
    // BEGIN GENERATED DECIMAL_RANGES
    (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F),
    (0x9E6, 0x9EF), (0xA66, 0xA6F), (0xAE6, 0xAEF), (0xB66, 0xB6F),
    (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF), (0xD66, 0xD6F),
    (0xDE6, 0xDEF), (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29),
    (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9), (0x1810, 0x1819),
    (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99),
    (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59),
    (0xA620, 0xA629), (0xA8D0, 0xA8D9), (0xA900, 0xA909), (0xA9D0, 0xA9D9),
    (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9), (0xFF10, 0xFF19),
    (0x104A0, 0x104A9), (0x10D30, 0x10D39), (0x11066, 0x1106F), (0x110F0, 0x110F9),
    (0x11136, 0x1113F), (0x111D0, 0x111D9), (0x112F0, 0x112F9), (0x11450, 0x11459),
    (0x114D0, 0x114D9), (0x11650, 0x11659), (0x116C0, 0x116C9), (0x11730, 0x11739),
    (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59), (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9), (0x11F50, 0x11F59), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9),
    (0x16B50, 0x16B59), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9),
    (0x1E4F0, 0x1E4F9), (0x1E950, 0x1E959), (0x1FBF0, 0x1FBF9),
    // END GENERATED DECIMAL_RANGES
];

fn unicode_decimal(c: char) -> Option<u8> {
    let cp = c as u32;
    let idx = DECIMAL_RANGES.partition_point(|&(start, _)| start <= cp);
    if idx == 0 {
        return None;
    }
    let (start, end) = DECIMAL_RANGES[idx - 1];
    if cp <= end {
        Some(((cp - start) % 10) as u8)
    } else {
        None
    }
}

/// Python's `repr(str)` (used to quote the input in error messages): single quotes unless the
/// text holds `'` and no `"`, backslash escapes for `\\`, the quote, `\t`, `\n`, `\r`, and `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN` for characters that `str.isprintable()` rejects (Unicode 15.0 table).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (' '..='~').contains(&c) => out.push(c),
            c if !c.is_ascii() && is_printable_non_ascii(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp <= 0xff {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp <= 0xffff {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` of one non-ASCII character (Unicode 15.0, as CPython 3.12). Generated by
/// `gen_int.py`.
#[rustfmt::skip]
const PRINTABLE_RANGES: &[(u32, u32)] = &[
    // BEGIN GENERATED PRINTABLE_RANGES
    (0xA1, 0xAC), (0xAE, 0x377), (0x37A, 0x37F), (0x384, 0x38A), (0x38C, 0x38C),
    (0x38E, 0x3A1), (0x3A3, 0x52F), (0x531, 0x556), (0x559, 0x58A), (0x58D, 0x58F),
    (0x591, 0x5C7), (0x5D0, 0x5EA), (0x5EF, 0x5F4), (0x606, 0x61B), (0x61D, 0x6DC),
    (0x6DE, 0x70D), (0x710, 0x74A), (0x74D, 0x7B1), (0x7C0, 0x7FA), (0x7FD, 0x82D),
    (0x830, 0x83E), (0x840, 0x85B), (0x85E, 0x85E), (0x860, 0x86A), (0x870, 0x88E),
    (0x898, 0x8E1), (0x8E3, 0x983), (0x985, 0x98C), (0x98F, 0x990), (0x993, 0x9A8),
    (0x9AA, 0x9B0), (0x9B2, 0x9B2), (0x9B6, 0x9B9), (0x9BC, 0x9C4), (0x9C7, 0x9C8),
    (0x9CB, 0x9CE), (0x9D7, 0x9D7), (0x9DC, 0x9DD), (0x9DF, 0x9E3), (0x9E6, 0x9FE),
    (0xA01, 0xA03), (0xA05, 0xA0A), (0xA0F, 0xA10), (0xA13, 0xA28), (0xA2A, 0xA30),
    (0xA32, 0xA33), (0xA35, 0xA36), (0xA38, 0xA39), (0xA3C, 0xA3C), (0xA3E, 0xA42),
    (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51), (0xA59, 0xA5C), (0xA5E, 0xA5E),
    (0xA66, 0xA76), (0xA81, 0xA83), (0xA85, 0xA8D), (0xA8F, 0xA91), (0xA93, 0xAA8),
    (0xAAA, 0xAB0), (0xAB2, 0xAB3), (0xAB5, 0xAB9), (0xABC, 0xAC5), (0xAC7, 0xAC9),
    (0xACB, 0xACD), (0xAD0, 0xAD0), (0xAE0, 0xAE3), (0xAE6, 0xAF1), (0xAF9, 0xAFF),
    (0xB01, 0xB03), (0xB05, 0xB0C), (0xB0F, 0xB10), (0xB13, 0xB28), (0xB2A, 0xB30),
    (0xB32, 0xB33), (0xB35, 0xB39), (0xB3C, 0xB44), (0xB47, 0xB48), (0xB4B, 0xB4D),
    (0xB55, 0xB57), (0xB5C, 0xB5D), (0xB5F, 0xB63), (0xB66, 0xB77), (0xB82, 0xB83),
    (0xB85, 0xB8A), (0xB8E, 0xB90), (0xB92, 0xB95), (0xB99, 0xB9A), (0xB9C, 0xB9C),
    (0xB9E, 0xB9F), (0xBA3, 0xBA4), (0xBA8, 0xBAA), (0xBAE, 0xBB9), (0xBBE, 0xBC2),
    (0xBC6, 0xBC8), (0xBCA, 0xBCD), (0xBD0, 0xBD0), (0xBD7, 0xBD7), (0xBE6, 0xBFA),
    (0xC00, 0xC0C), (0xC0E, 0xC10), (0xC12, 0xC28), (0xC2A, 0xC39), (0xC3C, 0xC44),
    (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56), (0xC58, 0xC5A), (0xC5D, 0xC5D),
    (0xC60, 0xC63), (0xC66, 0xC6F), (0xC77, 0xC8C), (0xC8E, 0xC90), (0xC92, 0xCA8),
    (0xCAA, 0xCB3), (0xCB5, 0xCB9), (0xCBC, 0xCC4), (0xCC6, 0xCC8), (0xCCA, 0xCCD),
    (0xCD5, 0xCD6), (0xCDD, 0xCDE), (0xCE0, 0xCE3), (0xCE6, 0xCEF), (0xCF1, 0xCF3),
    (0xD00, 0xD0C), (0xD0E, 0xD10), (0xD12, 0xD44), (0xD46, 0xD48), (0xD4A, 0xD4F),
    (0xD54, 0xD63), (0xD66, 0xD7F), (0xD81, 0xD83), (0xD85, 0xD96), (0xD9A, 0xDB1),
    (0xDB3, 0xDBB), (0xDBD, 0xDBD), (0xDC0, 0xDC6), (0xDCA, 0xDCA), (0xDCF, 0xDD4),
    (0xDD6, 0xDD6), (0xDD8, 0xDDF), (0xDE6, 0xDEF), (0xDF2, 0xDF4), (0xE01, 0xE3A),
    (0xE3F, 0xE5B), (0xE81, 0xE82), (0xE84, 0xE84), (0xE86, 0xE8A), (0xE8C, 0xEA3),
    (0xEA5, 0xEA5), (0xEA7, 0xEBD), (0xEC0, 0xEC4), (0xEC6, 0xEC6), (0xEC8, 0xECE),
    (0xED0, 0xED9), (0xEDC, 0xEDF), (0xF00, 0xF47), (0xF49, 0xF6C), (0xF71, 0xF97),
    (0xF99, 0xFBC), (0xFBE, 0xFCC), (0xFCE, 0xFDA), (0x1000, 0x10C5), (0x10C7, 0x10C7),
    (0x10CD, 0x10CD), (0x10D0, 0x1248), (0x124A, 0x124D), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125A, 0x125D), (0x1260, 0x1288), (0x128A, 0x128D), (0x1290, 0x12B0), (0x12B2, 0x12B5),
    (0x12B8, 0x12BE), (0x12C0, 0x12C0), (0x12C2, 0x12C5), (0x12C8, 0x12D6), (0x12D8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135A), (0x135D, 0x137C), (0x1380, 0x1399), (0x13A0, 0x13F5),
    (0x13F8, 0x13FD), (0x1400, 0x167F), (0x1681, 0x169C), (0x16A0, 0x16F8), (0x1700, 0x1715),
    (0x171F, 0x1736), (0x1740, 0x1753), (0x1760, 0x176C), (0x176E, 0x1770), (0x1772, 0x1773),
    (0x1780, 0x17DD), (0x17E0, 0x17E9), (0x17F0, 0x17F9), (0x1800, 0x180D), (0x180F, 0x1819),
    (0x1820, 0x1878), (0x1880, 0x18AA), (0x18B0, 0x18F5), (0x1900, 0x191E), (0x1920, 0x192B),
    (0x1930, 0x193B), (0x1940, 0x1940), (0x1944, 0x196D), (0x1970, 0x1974), (0x1980, 0x19AB),
    (0x19B0, 0x19C9), (0x19D0, 0x19DA), (0x19DE, 0x1A1B), (0x1A1E, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A89), (0x1A90, 0x1A99), (0x1AA0, 0x1AAD), (0x1AB0, 0x1ACE), (0x1B00, 0x1B4C),
    (0x1B50, 0x1B7E), (0x1B80, 0x1BF3), (0x1BFC, 0x1C37), (0x1C3B, 0x1C49), (0x1C4D, 0x1C88),
    (0x1C90, 0x1CBA), (0x1CBD, 0x1CC7), (0x1CD0, 0x1CFA), (0x1D00, 0x1F15), (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45), (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F59, 0x1F59), (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FC4), (0x1FC6, 0x1FD3),
    (0x1FD6, 0x1FDB), (0x1FDD, 0x1FEF), (0x1FF2, 0x1FF4), (0x1FF6, 0x1FFE), (0x2010, 0x2027),
    (0x2030, 0x205E), (0x2070, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20C0),
    (0x20D0, 0x20F0), (0x2100, 0x218B), (0x2190, 0x2426), (0x2440, 0x244A), (0x2460, 0x2B73),
    (0x2B76, 0x2B95), (0x2B97, 0x2CF3), (0x2CF9, 0x2D25), (0x2D27, 0x2D27), (0x2D2D, 0x2D2D),
    (0x2D30, 0x2D67), (0x2D6F, 0x2D70), (0x2D7F, 0x2D96), (0x2DA0, 0x2DA6), (0x2DA8, 0x2DAE),
    (0x2DB0, 0x2DB6), (0x2DB8, 0x2DBE), (0x2DC0, 0x2DC6), (0x2DC8, 0x2DCE), (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE), (0x2DE0, 0x2E5D), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB), (0x3001, 0x303F), (0x3041, 0x3096), (0x3099, 0x30FF), (0x3105, 0x312F),
    (0x3131, 0x318E), (0x3190, 0x31E3), (0x31F0, 0x321E), (0x3220, 0xA48C), (0xA490, 0xA4C6),
    (0xA4D0, 0xA62B), (0xA640, 0xA6F7), (0xA700, 0xA7CA), (0xA7D0, 0xA7D1), (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9), (0xA7F2, 0xA82C), (0xA830, 0xA839), (0xA840, 0xA877), (0xA880, 0xA8C5),
    (0xA8CE, 0xA8D9), (0xA8E0, 0xA953), (0xA95F, 0xA97C), (0xA980, 0xA9CD), (0xA9CF, 0xA9D9),
    (0xA9DE, 0xA9FE), (0xAA00, 0xAA36), (0xAA40, 0xAA4D), (0xAA50, 0xAA59), (0xAA5C, 0xAAC2),
    (0xAADB, 0xAAF6), (0xAB01, 0xAB06), (0xAB09, 0xAB0E), (0xAB11, 0xAB16), (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E), (0xAB30, 0xAB6B), (0xAB70, 0xABED), (0xABF0, 0xABF9), (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB00, 0xFB06),
    (0xFB13, 0xFB17), (0xFB1D, 0xFB36), (0xFB38, 0xFB3C), (0xFB3E, 0xFB3E), (0xFB40, 0xFB41),
    (0xFB43, 0xFB44), (0xFB46, 0xFBC2), (0xFBD3, 0xFD8F), (0xFD92, 0xFDC7), (0xFDCF, 0xFDCF),
    (0xFDF0, 0xFE19), (0xFE20, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B), (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC), (0xFF01, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC), (0xFFE0, 0xFFE6), (0xFFE8, 0xFFEE), (0xFFFC, 0xFFFD), (0x10000, 0x1000B),
    (0x1000D, 0x10026), (0x10028, 0x1003A), (0x1003C, 0x1003D), (0x1003F, 0x1004D), (0x10050, 0x1005D),
    (0x10080, 0x100FA), (0x10100, 0x10102), (0x10107, 0x10133), (0x10137, 0x1018E), (0x10190, 0x1019C),
    (0x101A0, 0x101A0), (0x101D0, 0x101FD), (0x10280, 0x1029C), (0x102A0, 0x102D0), (0x102E0, 0x102FB),
    (0x10300, 0x10323), (0x1032D, 0x1034A), (0x10350, 0x1037A), (0x10380, 0x1039D), (0x1039F, 0x103C3),
    (0x103C8, 0x103D5), (0x10400, 0x1049D), (0x104A0, 0x104A9), (0x104B0, 0x104D3), (0x104D8, 0x104FB),
    (0x10500, 0x10527), (0x10530, 0x10563), (0x1056F, 0x1057A), (0x1057C, 0x1058A), (0x1058C, 0x10592),
    (0x10594, 0x10595), (0x10597, 0x105A1), (0x105A3, 0x105B1), (0x105B3, 0x105B9), (0x105BB, 0x105BC),
    (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107B0),
    (0x107B2, 0x107BA), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080A, 0x10835), (0x10837, 0x10838),
    (0x1083C, 0x1083C), (0x1083F, 0x10855), (0x10857, 0x1089E), (0x108A7, 0x108AF), (0x108E0, 0x108F2),
    (0x108F4, 0x108F5), (0x108FB, 0x1091B), (0x1091F, 0x10939), (0x1093F, 0x1093F), (0x10980, 0x109B7),
    (0x109BC, 0x109CF), (0x109D2, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A13), (0x10A15, 0x10A17),
    (0x10A19, 0x10A35), (0x10A38, 0x10A3A), (0x10A3F, 0x10A48), (0x10A50, 0x10A58), (0x10A60, 0x10A9F),
    (0x10AC0, 0x10AE6), (0x10AEB, 0x10AF6), (0x10B00, 0x10B35), (0x10B39, 0x10B55), (0x10B58, 0x10B72),
    (0x10B78, 0x10B91), (0x10B99, 0x10B9C), (0x10BA9, 0x10BAF), (0x10C00, 0x10C48), (0x10C80, 0x10CB2),
    (0x10CC0, 0x10CF2), (0x10CFA, 0x10D27), (0x10D30, 0x10D39), (0x10E60, 0x10E7E), (0x10E80, 0x10EA9),
    (0x10EAB, 0x10EAD), (0x10EB0, 0x10EB1), (0x10EFD, 0x10F27), (0x10F30, 0x10F59), (0x10F70, 0x10F89),
    (0x10FB0, 0x10FCB), (0x10FE0, 0x10FF6), (0x11000, 0x1104D), (0x11052, 0x11075), (0x1107F, 0x110BC),
    (0x110BE, 0x110C2), (0x110D0, 0x110E8), (0x110F0, 0x110F9), (0x11100, 0x11134), (0x11136, 0x11147),
    (0x11150, 0x11176), (0x11180, 0x111DF), (0x111E1, 0x111F4), (0x11200, 0x11211), (0x11213, 0x11241),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128A, 0x1128D), (0x1128F, 0x1129D), (0x1129F, 0x112A9),
    (0x112B0, 0x112EA), (0x112F0, 0x112F9), (0x11300, 0x11303), (0x11305, 0x1130C), (0x1130F, 0x11310),
    (0x11313, 0x11328), (0x1132A, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133B, 0x11344),
    (0x11347, 0x11348), (0x1134B, 0x1134D), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135D, 0x11363),
    (0x11366, 0x1136C), (0x11370, 0x11374), (0x11400, 0x1145B), (0x1145D, 0x11461), (0x11480, 0x114C7),
    (0x114D0, 0x114D9), (0x11580, 0x115B5), (0x115B8, 0x115DD), (0x11600, 0x11644), (0x11650, 0x11659),
    (0x11660, 0x1166C), (0x11680, 0x116B9), (0x116C0, 0x116C9), (0x11700, 0x1171A), (0x1171D, 0x1172B),
    (0x11730, 0x11746), (0x11800, 0x1183B), (0x118A0, 0x118F2), (0x118FF, 0x11906), (0x11909, 0x11909),
    (0x1190C, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938), (0x1193B, 0x11946),
    (0x11950, 0x11959), (0x119A0, 0x119A7), (0x119AA, 0x119D7), (0x119DA, 0x119E4), (0x11A00, 0x11A47),
    (0x11A50, 0x11AA2), (0x11AB0, 0x11AF8), (0x11B00, 0x11B09), (0x11C00, 0x11C08), (0x11C0A, 0x11C36),
    (0x11C38, 0x11C45), (0x11C50, 0x11C6C), (0x11C70, 0x11C8F), (0x11C92, 0x11CA7), (0x11CA9, 0x11CB6),
    (0x11D00, 0x11D06), (0x11D08, 0x11D09), (0x11D0B, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D47), (0x11D50, 0x11D59), (0x11D60, 0x11D65), (0x11D67, 0x11D68), (0x11D6A, 0x11D8E),
    (0x11D90, 0x11D91), (0x11D93, 0x11D98), (0x11DA0, 0x11DA9), (0x11EE0, 0x11EF8), (0x11F00, 0x11F10),
    (0x11F12, 0x11F3A), (0x11F3E, 0x11F59), (0x11FB0, 0x11FB0), (0x11FC0, 0x11FF1), (0x11FFF, 0x12399),
    (0x12400, 0x1246E), (0x12470, 0x12474), (0x12480, 0x12543), (0x12F90, 0x12FF2), (0x13000, 0x1342F),
    (0x13440, 0x13455), (0x14400, 0x14646), (0x16800, 0x16A38), (0x16A40, 0x16A5E), (0x16A60, 0x16A69),
    (0x16A6E, 0x16ABE), (0x16AC0, 0x16AC9), (0x16AD0, 0x16AED), (0x16AF0, 0x16AF5), (0x16B00, 0x16B45),
    (0x16B50, 0x16B59), (0x16B5B, 0x16B61), (0x16B63, 0x16B77), (0x16B7D, 0x16B8F), (0x16E40, 0x16E9A),
    (0x16F00, 0x16F4A), (0x16F4F, 0x16F87), (0x16F8F, 0x16F9F), (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132), (0x1B150, 0x1B152), (0x1B155, 0x1B155),
    (0x1B164, 0x1B167), (0x1B170, 0x1B2FB), (0x1BC00, 0x1BC6A), (0x1BC70, 0x1BC7C), (0x1BC80, 0x1BC88),
    (0x1BC90, 0x1BC99), (0x1BC9C, 0x1BC9F), (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46), (0x1CF50, 0x1CFC3),
    (0x1D000, 0x1D0F5), (0x1D100, 0x1D126), (0x1D129, 0x1D172), (0x1D17B, 0x1D1EA), (0x1D200, 0x1D245),
    (0x1D2C0, 0x1D2D3), (0x1D2E0, 0x1D2F3), (0x1D300, 0x1D356), (0x1D360, 0x1D378), (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C), (0x1D49E, 0x1D49F), (0x1D4A2, 0x1D4A2), (0x1D4A5, 0x1D4A6), (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9), (0x1D4BB, 0x1D4BB), (0x1D4BD, 0x1D4C3), (0x1D4C5, 0x1D505), (0x1D507, 0x1D50A),
    (0x1D50D, 0x1D514), (0x1D516, 0x1D51C), (0x1D51E, 0x1D539), (0x1D53B, 0x1D53E), (0x1D540, 0x1D544),
    (0x1D546, 0x1D546), (0x1D54A, 0x1D550), (0x1D552, 0x1D6A5), (0x1D6A8, 0x1D7CB), (0x1D7CE, 0x1DA8B),
    (0x1DA9B, 0x1DA9F), (0x1DAA1, 0x1DAAF), (0x1DF00, 0x1DF1E), (0x1DF25, 0x1DF2A), (0x1E000, 0x1E006),
    (0x1E008, 0x1E018), (0x1E01B, 0x1E021), (0x1E023, 0x1E024), (0x1E026, 0x1E02A), (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F), (0x1E100, 0x1E12C), (0x1E130, 0x1E13D), (0x1E140, 0x1E149), (0x1E14E, 0x1E14F),
    (0x1E290, 0x1E2AE), (0x1E2C0, 0x1E2F9), (0x1E2FF, 0x1E2FF), (0x1E4D0, 0x1E4F9), (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB), (0x1E7ED, 0x1E7EE), (0x1E7F0, 0x1E7FE), (0x1E800, 0x1E8C4), (0x1E8C7, 0x1E8D6),
    (0x1E900, 0x1E94B), (0x1E950, 0x1E959), (0x1E95E, 0x1E95F), (0x1EC71, 0x1ECB4), (0x1ED01, 0x1ED3D),
    (0x1EE00, 0x1EE03), (0x1EE05, 0x1EE1F), (0x1EE21, 0x1EE22), (0x1EE24, 0x1EE24), (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32), (0x1EE34, 0x1EE37), (0x1EE39, 0x1EE39), (0x1EE3B, 0x1EE3B), (0x1EE42, 0x1EE42),
    (0x1EE47, 0x1EE47), (0x1EE49, 0x1EE49), (0x1EE4B, 0x1EE4B), (0x1EE4D, 0x1EE4F), (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54), (0x1EE57, 0x1EE57), (0x1EE59, 0x1EE59), (0x1EE5B, 0x1EE5B), (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F), (0x1EE61, 0x1EE62), (0x1EE64, 0x1EE64), (0x1EE67, 0x1EE6A), (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77), (0x1EE79, 0x1EE7C), (0x1EE7E, 0x1EE7E), (0x1EE80, 0x1EE89), (0x1EE8B, 0x1EE9B),
    (0x1EEA1, 0x1EEA3), (0x1EEA5, 0x1EEA9), (0x1EEAB, 0x1EEBB), (0x1EEF0, 0x1EEF1), (0x1F000, 0x1F02B),
    (0x1F030, 0x1F093), (0x1F0A0, 0x1F0AE), (0x1F0B1, 0x1F0BF), (0x1F0C1, 0x1F0CF), (0x1F0D1, 0x1F0F5),
    (0x1F100, 0x1F1AD), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F260, 0x1F265), (0x1F300, 0x1F6D7), (0x1F6DC, 0x1F6EC), (0x1F6F0, 0x1F6FC), (0x1F700, 0x1F776),
    (0x1F77B, 0x1F7D9), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F800, 0x1F80B), (0x1F810, 0x1F847),
    (0x1F850, 0x1F859), (0x1F860, 0x1F887), (0x1F890, 0x1F8AD), (0x1F8B0, 0x1F8B1), (0x1F900, 0x1FA53),
    (0x1FA60, 0x1FA6D), (0x1FA70, 0x1FA7C), (0x1FA80, 0x1FA88), (0x1FA90, 0x1FABD), (0x1FABF, 0x1FAC5),
    (0x1FACE, 0x1FADB), (0x1FAE0, 0x1FAE8), (0x1FAF0, 0x1FAF8), (0x1FB00, 0x1FB92), (0x1FB94, 0x1FBCA),
    (0x1FBF0, 0x1FBF9), (0x20000, 0x2A6DF), (0x2A700, 0x2B739), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0), (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x323AF), (0xE0100, 0xE01EF),
    // END GENERATED PRINTABLE_RANGES
];

fn is_printable_non_ascii(c: char) -> bool {
    let cp = c as u32;
    let idx = PRINTABLE_RANGES.partition_point(|&(start, _)| start <= cp);
    idx > 0 && cp <= PRINTABLE_RANGES[idx - 1].1
}

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.12.1 via scripts/tables/int.py (tests/tables/int_*.txt).
    use super::*;

    /// splitmix64, mirrored from scripts/tables/int.py.
    struct SplitMix(u64);

    impl SplitMix {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
    }

    /// The random operand `R<seed>.<bits>`: exactly `bits` bits long.
    fn rand_int(seed: u64, bits: u64) -> BigInt {
        let mut g = SplitMix(seed);
        let mut v = BigUint::zero();
        for i in 0..bits.div_ceil(64) {
            v |= BigUint::from(g.next()) << (64 * i);
        }
        v &= (BigUint::one() << bits) - 1u32;
        v.set_bit(bits - 1, true);
        BigInt::from(v)
    }

    /// Evaluates a table operand: a decimal, a small expression over + - * ** and parentheses,
    /// or a random operand `R<seed>.<bits>` (optionally negated).
    fn int(s: &str) -> PyInt {
        if let Some(r) = s.strip_prefix("-R").or_else(|| s.strip_prefix('R')) {
            let (seed, bits) = r.split_once('.').unwrap();
            let v = rand_int(seed.parse().unwrap(), bits.parse().unwrap());
            return PyInt::from_bigint(if s.starts_with('-') { -v } else { v });
        }
        let toks: Vec<char> = s.chars().collect();
        let mut p = Expr {
            toks: &toks,
            pos: 0,
        };
        let v = p.expr();
        assert_eq!(p.pos, toks.len(), "bad expression {s}");
        v
    }

    struct Expr<'a> {
        toks: &'a [char],
        pos: usize,
    }

    impl Expr<'_> {
        fn peek(&self, s: &str) -> bool {
            s.chars()
                .enumerate()
                .all(|(i, c)| self.toks.get(self.pos + i) == Some(&c))
        }
        fn expr(&mut self) -> PyInt {
            let mut v = self.term();
            loop {
                if self.peek("+") {
                    self.pos += 1;
                    v = v.add(&self.term());
                } else if self.peek("-") {
                    self.pos += 1;
                    v = v.sub(&self.term());
                } else {
                    return v;
                }
            }
        }
        fn term(&mut self) -> PyInt {
            let mut v = self.unary();
            while self.peek("*") && !self.peek("**") {
                self.pos += 1;
                v = v.mul(&self.unary());
            }
            v
        }
        fn unary(&mut self) -> PyInt {
            if self.peek("-") {
                self.pos += 1;
                return self.unary().neg();
            }
            let base = self.atom();
            if self.peek("**") {
                self.pos += 2;
                return base.pow(&self.unary()).unwrap();
            }
            base
        }
        fn atom(&mut self) -> PyInt {
            if self.peek("(") {
                self.pos += 1;
                let v = self.expr();
                assert!(self.peek(")"));
                self.pos += 1;
                return v;
            }
            let start = self.pos;
            while self.toks.get(self.pos).is_some_and(char::is_ascii_digit) {
                self.pos += 1;
            }
            let digits: String = self.toks[start..self.pos].iter().collect();
            PyInt::from_bigint(BigInt::parse_bytes(digits.as_bytes(), 10).expect("digits"))
        }
    }

    /// FNV-1a 64 (long expected values are stored as '#' + its 16 hex digits).
    fn fnv(s: &str) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        format!("{h:016x}")
    }

    fn check_str(got: &str, want: &str) -> bool {
        match want.strip_prefix('#') {
            Some(h) => fnv(got) == h,
            None => got == want,
        }
    }

    fn normalised(v: &PyInt) -> bool {
        match v {
            PyInt::Small(_) => true,
            PyInt::Big(b) => b.to_i64().is_none(),
        }
    }

    fn show(got: &Result<PyInt, IntError>) -> String {
        match got {
            Ok(v) => v.to_string(),
            Err(e) => format!("!{}", e.exception),
        }
    }

    /// Checks an int result against a table token (decimal, '#hash' or "!Exception").
    fn check_int(got: Result<PyInt, IntError>, want: &str) -> bool {
        if let Ok(v) = &got
            && !normalised(v)
        {
            return false;
        }
        check_str(&show(&got), want)
    }

    /// Checks a float result against a table token (a Python float repr or "!Exception").
    fn check_float(got: Result<f64, IntError>, want: &str) -> bool {
        match got {
            Ok(v) => match want.parse::<f64>() {
                Ok(w) => (v.is_nan() && w.is_nan()) || v.to_bits() == w.to_bits(),
                Err(_) => false,
            },
            Err(e) => want.strip_prefix('!') == Some(e.exception),
        }
    }

    fn cmp_token(o: Option<Ordering>) -> &'static str {
        match o {
            Some(Ordering::Less) => "<",
            Some(Ordering::Equal) => "=",
            Some(Ordering::Greater) => ">",
            None => "n",
        }
    }

    fn finish(name: &str, cases: usize, failures: Vec<String>) {
        assert!(cases > 0, "{name}: no cases");
        assert!(
            failures.is_empty(),
            "{name}: {} of {cases} failed:\n{}",
            failures.len(),
            failures
                .iter()
                .take(20)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn binary_ops() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in BINARY.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let (a, b) = (int(f[0]), int(f[1]));
            let all = [
                Ok(a.add(&b)),
                Ok(a.sub(&b)),
                Ok(a.mul(&b)),
                a.floordiv(&b),
                a.modulo(&b),
                Ok(a.bitand(&b)),
                Ok(a.bitor(&b)),
                Ok(a.bitxor(&b)),
            ];
            let joined = all.iter().map(show).collect::<Vec<_>>().join(",");
            let checks = [
                all.iter().all(|r| r.as_ref().map_or(true, normalised)) && check_str(&joined, f[2]),
                cmp_token(Some(a.cmp(&b))) == f[3] && (a == b) == (f[3] == "="),
                check_float(a.truediv(&b), f[4]),
                match (a.divmod(&b), &all[3], &all[4]) {
                    (Ok((q, r)), Ok(q2), Ok(r2)) => &q == q2 && &r == r2,
                    (Err(e), Err(_), _) => e.exception == "ZeroDivisionError",
                    _ => false,
                },
            ];
            for (i, ok) in checks.iter().enumerate() {
                n += 1;
                if !ok {
                    fails.push(format!("op #{i}: {line}  got {joined}"));
                }
            }
        }
        finish("binary", n, fails);
    }

    #[test]
    fn unary_ops() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in UNARY.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let a = int(f[0]);
            let checks = [
                check_int(Ok(a.neg()), f[1]),
                check_int(Ok(a.abs()), f[2]),
                check_int(Ok(a.invert()), f[3]),
                a.hash().to_string() == f[4],
                check_float(a.to_f64(), f[5]),
                a.bit_length().to_string() == f[6],
                a.bit_count().to_string() == f[7],
                check_str(&a.to_hex(), f[8]),
                check_str(&a.to_oct(), f[9]),
                check_str(&a.to_bin(), f[10]),
                a.to_str().is_ok_and(|s| check_str(&s, f[11])),
                a.pos() == a,
                a.signum() == a.cmp(&PyInt::zero()) as i32,
                PyInt::parse(&a.to_hex(), 0).as_ref() == Ok(&a),
                PyInt::parse(&a.to_bin(), 0).as_ref() == Ok(&a),
                PyInt::parse(&a.to_oct(), 8).as_ref() == Ok(&a),
                PyInt::parse(&a.to_string(), 10).as_ref() == Ok(&a),
                PyInt::parse(&a.to_string_radix(36, false), 36).as_ref() == Ok(&a),
            ];
            for (i, ok) in checks.iter().enumerate() {
                n += 1;
                if !ok {
                    fails.push(format!("op #{i}: {line}"));
                }
            }
        }
        finish("unary", n, fails);
    }

    #[test]
    fn shifts() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in SHIFTS.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let (a, c) = (int(f[0]), int(f[1]));
            n += 2;
            if !check_int(a.shl(&c), f[2]) || !check_int(a.shr(&c), f[3]) {
                fails.push(line.to_string());
            }
        }
        finish("shifts", n, fails);
    }

    #[test]
    fn powers() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in POWS.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let (a, e) = (int(f[0]), int(f[1]));
            n += 1;
            let ok = match a.pow_any(&e) {
                Ok(PowResult::Int(v)) => check_int(Ok(v), f[2]),
                Ok(PowResult::Float(v)) => {
                    check_float(Ok(v), f[2]) && f[2].contains(['.', 'e', 'n'])
                }
                Err(err) => check_int(Err(err), f[2]),
            };
            if !ok {
                fails.push(line.to_string());
            }
        }
        for line in POWMOD.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            n += 1;
            if !check_int(int(f[0]).pow_mod(&int(f[1]), &int(f[2])), f[3]) {
                fails.push(line.to_string());
            }
        }
        finish("powers", n, fails);
    }

    #[test]
    fn true_division() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in TRUEDIV.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            n += 1;
            if !check_float(int(f[0]).truediv(&int(f[1])), f[2]) {
                fails.push(line.to_string());
            }
        }
        finish("truediv", n, fails);
    }

    #[test]
    fn float_comparisons() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in FLOATCMP.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let x: f64 = f[1].parse().unwrap();
            n += 1;
            let a = int(f[0]);
            if cmp_token(a.cmp_f64(x)) != f[2] || a.eq_f64(x) != (f[2] == "=") {
                fails.push(line.to_string());
            }
        }
        finish("floatcmp", n, fails);
    }

    #[test]
    fn floats_to_int_and_hash() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in FLOATS.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let x: f64 = f[0].parse().unwrap();
            n += 2;
            if !check_int(PyInt::from_f64(x), f[1]) || hash_float(x).to_string() != f[2] {
                fails.push(line.to_string());
            }
            // An integral float hashes like the equal int.
            if let Ok(i) = PyInt::from_f64(x)
                && i.eq_f64(x)
                && i.hash() != hash_float(x)
            {
                fails.push(format!("hash mismatch {line}"));
            }
        }
        finish("floats", n, fails);
    }

    #[test]
    fn rounding() {
        let mut fails = Vec::new();
        let mut n = 0;
        for line in ROUNDS.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            n += 1;
            if !check_int(Ok(int(f[0]).round_ndigits(&int(f[1]))), f[2]) {
                fails.push(line.to_string());
            }
        }
        finish("round", n, fails);
    }

    /// Undoes the escapes of the TAB-separated tables: `\\` and `\u{hex}`.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some('u') => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                }
                other => panic!("bad escape {other:?}"),
            }
        }
        out
    }

    /// The TAB-separated fields of each line of a table.
    fn tab_rows(table: &str) -> Vec<Vec<&str>> {
        table.lines().map(|l| l.split('\t').collect()).collect()
    }

    #[test]
    fn parsing() {
        let mut fails = Vec::new();
        let rows = tab_rows(PARSES);
        for row in &rows {
            let base: i64 = row[0].parse().unwrap();
            let (s, want) = (unescape(row[1]), unescape(row[2]));
            let got = match PyInt::parse(&s, base) {
                Ok(v) => v.to_string(),
                Err(e) => format!("!{}: {}", e.exception, e.message),
            };
            if got != want {
                fails.push(format!("{s:?} base {base}: got {got:?} want {want:?}"));
            }
        }
        finish("parse", rows.len(), fails);
    }

    #[test]
    fn parsing_long_inputs() {
        let mut fails = Vec::new();
        let rows = tab_rows(LONG_PARSES);
        for row in &rows {
            let (base, len, hash): (i64, usize, &str) =
                (row[0].parse().unwrap(), row[1].parse().unwrap(), row[2]);
            let pieces: Vec<(String, usize)> = row[3..]
                .chunks(2)
                .map(|p| (unescape(p[1]), p[0].parse().unwrap()))
                .collect();
            let s: String = pieces.iter().map(|(p, n)| p.repeat(*n)).collect();
            let got = match PyInt::parse(&s, base) {
                Ok(v) if [16, 32].contains(&base) || s.starts_with("0x") || s.starts_with("0b") => {
                    v.to_hex()
                }
                Ok(v) => v.to_string(),
                Err(e) => format!("!{}: {}", e.exception, e.message),
            };
            if got.chars().count() != len || fnv(&got) != hash {
                let short: String = got.chars().take(120).collect();
                fails.push(format!("{pieces:?} base {base}: got {short:?}"));
            }
        }
        finish("long parse", rows.len(), fails);
    }

    #[test]
    fn str_digit_limit() {
        let mut fails = Vec::new();
        let rows = tab_rows(STR_LIMITS);
        for row in &rows {
            let (hex, want) = (row[0], unescape(row[1]));
            let v = int(hex);
            let got = match v.to_str() {
                Ok(s) => format!("ok:{}", s.len()),
                Err(e) => format!("!{}: {}", e.exception, e.message),
            };
            if got != want {
                fails.push(format!("{hex}: {got} != {want}"));
            }
            // No limit when disabled.
            if v.to_decimal_string(0).map(|s| s == v.to_string()) != Ok(true) {
                fails.push(format!("{hex}: unlimited"));
            }
        }
        finish("str limit", rows.len(), fails);
    }

    #[test]
    fn error_messages() {
        let one = PyInt::one();
        let zero = PyInt::zero();
        let big = PyInt::one().shl(&PyInt::from(2000)).unwrap();
        let got = |name: &str| -> IntError {
            match name {
                "floordiv" => one.floordiv(&zero).unwrap_err(),
                "mod" => one.modulo(&zero).unwrap_err(),
                "divmod" => one.divmod(&zero).unwrap_err(),
                "truediv" => one.truediv(&zero).unwrap_err(),
                "truediv_big" => big.truediv(&one).unwrap_err(),
                "pow_zero_neg" => zero.pow_to_float(&PyInt::from(-1)).unwrap_err(),
                "shl_neg" => one.shl(&PyInt::from(-1)).unwrap_err(),
                "shr_neg" => one.shr(&PyInt::from(-1)).unwrap_err(),
                "float_big" => one.shl(&PyInt::from(1024)).unwrap().to_f64().unwrap_err(),
                "powmod_zero" => PyInt::from(2).pow_mod(&PyInt::from(3), &zero).unwrap_err(),
                "powmod_inv" => PyInt::from(2)
                    .pow_mod(&PyInt::from(-1), &PyInt::from(4))
                    .unwrap_err(),
                "from_nan" => PyInt::from_f64(f64::NAN).unwrap_err(),
                "from_inf" => PyInt::from_f64(f64::NEG_INFINITY).unwrap_err(),
                _ => panic!("unknown case {name}"),
            }
        };
        let rows = tab_rows(MESSAGES);
        for row in &rows {
            let (name, exception, message) = (row[0], row[1], row[2]);
            let e = got(name);
            assert_eq!(
                (e.exception, e.message.as_str()),
                (exception, message),
                "{name}"
            );
        }
        assert_eq!(rows.len(), 13);
    }

    #[test]
    fn memory_limits_and_huge_operands() {
        let one = PyInt::one();
        let huge = PyInt::one().shl(&PyInt::from(200)).unwrap();
        assert_eq!(
            one.shl(&PyInt::from(1i64 << 40)).unwrap_err().exception,
            "MemoryError"
        );
        assert_eq!(one.shl(&huge).unwrap_err().exception, "MemoryError");
        assert_eq!(PyInt::zero().shl(&huge), Ok(PyInt::zero()));
        assert_eq!(one.shr(&huge), Ok(PyInt::zero()));
        assert_eq!(PyInt::from(-7).shr(&huge), Ok(PyInt::from(-1)));
        assert_eq!(huge.neg().shr(&huge), Ok(PyInt::from(-1)));
        assert_eq!(
            PyInt::from(2)
                .pow(&PyInt::from(1i64 << 40))
                .unwrap_err()
                .exception,
            "MemoryError"
        );
        assert_eq!(
            PyInt::from(2).pow(&huge).unwrap_err().exception,
            "MemoryError"
        );
        assert_eq!(PyInt::from(-1).pow(&huge), Ok(PyInt::one()));
        assert_eq!(PyInt::from(-1).pow(&huge.add(&one)), Ok(PyInt::from(-1)));
        assert_eq!(PyInt::from(0).pow(&huge), Ok(PyInt::zero()));
        assert_eq!(
            PyInt::from(5).pow(&PyInt::from(-1)).unwrap_err().exception,
            "ValueError"
        );
        // i64 edge cases of the fast paths.
        let min = PyInt::from(i64::MIN);
        let m1 = PyInt::from(-1);
        assert_eq!(min.floordiv(&m1).unwrap(), int("9223372036854775808"));
        assert_eq!(min.modulo(&m1).unwrap(), PyInt::zero());
        assert_eq!(min.neg(), int("9223372036854775808"));
        assert_eq!(min.abs(), int("9223372036854775808"));
        assert_eq!(min.mul(&m1), int("9223372036854775808"));
        assert_eq!(int("9223372036854775808").neg(), min);
        assert!(matches!(int("9223372036854775808").neg(), PyInt::Small(_)));
        assert_eq!(min.to_ssize(), Ok(i64::MIN));
        assert_eq!(
            min.sub(&one).to_ssize().unwrap_err().exception,
            "OverflowError"
        );
        assert_eq!(min.sub(&one).to_i64_clamped(), i64::MIN);
        // 10**400 / 10**399 and float conversion of an exact huge value.
        let p = PyInt::from(10).pow(&PyInt::from(400)).unwrap();
        let q = PyInt::from(10).pow(&PyInt::from(399)).unwrap();
        assert_eq!(p.truediv(&q), Ok(10.0));
        assert_eq!(
            PyInt::from(0).truediv(&PyInt::from(-5)).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(
            PyInt::from(0).truediv(&q.neg()).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(PyInt::default(), PyInt::zero());
        assert_eq!(
            format!("{}", int("-123456789012345678901234567890")),
            "-123456789012345678901234567890"
        );
    }

    #[test]
    fn no_panics_on_odd_strings() {
        for s in [
            "",
            "\u{0}",
            "0x",
            "-",
            "_",
            "0b_",
            "\u{10ffff}",
            "１２",
            "0\u{0}",
            "٣\u{0}x",
        ] {
            for base in [-1, 0, 1, 2, 10, 16, 36, 37, i64::MIN, i64::MAX] {
                let _ = PyInt::parse(s, base);
            }
        }
        assert_eq!(PyInt::parse("１２", 10), Ok(PyInt::from(12)));
    }

    // Generated by CPython 3.12.1 (scripts/tables/int.py, whose docstring describes the line
    // formats; `make regen-tables`).
    const BINARY: &str = include_str!("../../tests/tables/int_binary.txt");
    const UNARY: &str = include_str!("../../tests/tables/int_unary.txt");
    const SHIFTS: &str = include_str!("../../tests/tables/int_shifts.txt");
    const POWS: &str = include_str!("../../tests/tables/int_pows.txt");
    const POWMOD: &str = include_str!("../../tests/tables/int_powmod.txt");
    const TRUEDIV: &str = include_str!("../../tests/tables/int_truediv.txt");
    const FLOATCMP: &str = include_str!("../../tests/tables/int_floatcmp.txt");
    const FLOATS: &str = include_str!("../../tests/tables/int_floats.txt");
    const ROUNDS: &str = include_str!("../../tests/tables/int_rounds.txt");
    const PARSES: &str = include_str!("../../tests/tables/int_parses.txt");
    const LONG_PARSES: &str = include_str!("../../tests/tables/int_long_parses.txt");
    const STR_LIMITS: &str = include_str!("../../tests/tables/int_str_limits.txt");
    const MESSAGES: &str = include_str!("../../tests/tables/int_messages.txt");
}
