//! Python 3.12 `int` semantics on top of `num-bigint`.
//!
//! [`PyInt`] keeps values that fit in an `i64` unboxed (`Small`) and everything else in a shared
//! `BigInt` (`Big`). Every constructor and operation normalises, so `Big` never holds a value that
//! fits in an `i64`; the derived `PartialEq`/`Hash` are therefore value equality.
//!
//! Errors are returned as [`Error`], naming the exception CPython raises and its exact message.
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

use crate::Error;
use crate::strings::repr_str;

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
    pub fn to_ssize(&self) -> Result<i64, Error> {
        self.to_i64()
            .ok_or_else(|| Error::overflow("Python int too large to convert to C ssize_t"))
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
    pub fn floordiv(&self, other: &PyInt) -> Result<PyInt, Error> {
        if other.is_zero() {
            return Err(Error::zero_division(MSG_DIV_ZERO));
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
    pub fn modulo(&self, other: &PyInt) -> Result<PyInt, Error> {
        if other.is_zero() {
            return Err(Error::zero_division(MSG_MOD_ZERO));
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
    pub fn divmod(&self, other: &PyInt) -> Result<(PyInt, PyInt), Error> {
        if other.is_zero() {
            return Err(Error::zero_division(MSG_DIV_ZERO));
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
    pub fn shl(&self, count: &PyInt) -> Result<PyInt, Error> {
        if count.is_negative() {
            return Err(Error::new("ValueError", "negative shift count"));
        }
        if self.is_zero() {
            return Ok(PyInt::zero());
        }
        let n = match count {
            PyInt::Small(n) => *n as u64,
            PyInt::Big(_) => return Err(Error::memory()),
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
            return Err(Error::memory());
        }
        Ok(PyInt::from_bigint(&*self.as_big() << n))
    }

    /// `self >> count` (arithmetic: rounds towards negative infinity).
    pub fn shr(&self, count: &PyInt) -> Result<PyInt, Error> {
        if count.is_negative() {
            return Err(Error::new("ValueError", "negative shift count"));
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
    pub fn pow(&self, exp: &PyInt) -> Result<PyInt, Error> {
        if exp.is_negative() {
            return Err(Error::new("ValueError", "negative exponent"));
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
            PyInt::Big(_) => return Err(Error::memory()),
        };
        if let PyInt::Small(b) = self
            && let Some(r) = checked_pow_i64(*b, e)
        {
            return Ok(PyInt::Small(r));
        }
        // |self| >= 2 here, so the result has at least (bits - 1) * e + 1 bits.
        let bits = self.bit_length();
        if (bits - 1).saturating_mul(e) >= MAX_INT_BITS {
            return Err(Error::memory());
        }
        let e32 = u32::try_from(e).map_err(|_| Error::memory())?;
        Ok(PyInt::from_bigint(num_traits::Pow::pow(
            &*self.as_big(),
            e32,
        )))
    }

    /// `self ** exp` for a negative `exp`: CPython converts both to float and uses float power.
    /// Also works for non-negative exponents (with float conversion errors).
    pub fn pow_to_float(&self, exp: &PyInt) -> Result<f64, Error> {
        let base = self.to_f64()?;
        let e = exp.to_f64()?;
        if base == 0.0 && e < 0.0 {
            return Err(Error::zero_division(
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
            return Err(Error::overflow("(34, 'Numerical result out of range')"));
        }
        Ok(r)
    }

    /// `self ** exp` with Python's result type: an int for `exp >= 0`, a float otherwise.
    pub fn pow_any(&self, exp: &PyInt) -> Result<PowResult, Error> {
        if exp.is_negative() {
            self.pow_to_float(exp).map(PowResult::Float)
        } else {
            self.pow(exp).map(PowResult::Int)
        }
    }

    /// `pow(self, exp, modulus)`, including negative exponents via the modular inverse.
    /// The result has the sign of `modulus` (like `%`).
    pub fn pow_mod(&self, exp: &PyInt, modulus: &PyInt) -> Result<PyInt, Error> {
        if modulus.is_zero() {
            return Err(Error::new("ValueError", "pow() 3rd argument cannot be 0"));
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
                    return Err(Error::new(
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
    pub fn truediv(&self, other: &PyInt) -> Result<f64, Error> {
        if other.is_zero() {
            return Err(Error::zero_division("division by zero"));
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
            return Err(Error::overflow(
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
            None => Err(Error::overflow(
                "integer division result too large for a float",
            )),
        }
    }

    /// `float(self)`: correctly rounded (half to even); OverflowError past the float range.
    pub fn to_f64(&self) -> Result<f64, Error> {
        match self {
            PyInt::Small(v) => Ok(*v as f64),
            PyInt::Big(b) => {
                let v = round_to_f64(b.magnitude(), 0, false)
                    .ok_or_else(|| Error::overflow(MSG_TOO_BIG_FLOAT))?;
                Ok(if b.is_negative() { -v } else { v })
            }
        }
    }

    /// `int(x)` for a float: truncates towards zero.
    pub fn from_f64(x: f64) -> Result<PyInt, Error> {
        if x.is_nan() {
            return Err(Error::new(
                "ValueError",
                "cannot convert float NaN to integer",
            ));
        }
        if x.is_infinite() {
            return Err(Error::overflow("cannot convert float infinity to integer"));
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
    pub fn to_str(&self) -> Result<String, Error> {
        self.to_decimal_string(DEFAULT_MAX_STR_DIGITS)
    }

    /// Decimal string; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit). The sign
    /// does not count towards the limit.
    pub fn to_decimal_string(&self, max_digits: usize) -> Result<String, Error> {
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
    pub fn parse(s: &str, base: i64) -> Result<PyInt, Error> {
        PyInt::parse_with_limit(s, base, DEFAULT_MAX_STR_DIGITS)
    }

    /// `int(s, base)`; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit), applied
    /// to bases that are not powers of two.
    ///
    /// Accepts what CPython accepts: surrounding whitespace (ASCII whitespace and non-ASCII
    /// Unicode spaces), a sign, the `0x`/`0o`/`0b` prefixes with base 0 or the matching base,
    /// single underscores between digits (and one right after a prefix), and Unicode decimal
    /// digits. The error message quotes the input with `repr`, cut to 200 characters.
    pub fn parse_with_limit(s: &str, base: i64, max_digits: usize) -> Result<PyInt, Error> {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(Error::new(
                "ValueError",
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let invalid = || {
            let r: String = repr_str(s).chars().take(200).collect();
            Error::new(
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
            return Err(Error::new(
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

fn str_limit_error_to_str(max_digits: usize) -> Error {
    Error::new(
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

#[cfg(test)]
mod tests {
    //! Expected values come from CPython 3.12.1 via `gen_int.py` (the tables at the end).
    use super::*;
    use crate::Error as IntError;

    /// splitmix64, mirrored from genlib.py.
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

    #[test]
    fn parsing() {
        let mut fails = Vec::new();
        for &(s, base, want) in PARSES {
            let got = match PyInt::parse(s, base) {
                Ok(v) => v.to_string(),
                Err(e) => format!("!{}: {}", e.exception, e.message),
            };
            if got != want {
                fails.push(format!("{s:?} base {base}: got {got:?} want {want:?}"));
            }
        }
        finish("parse", PARSES.len(), fails);
    }

    #[test]
    fn parsing_long_inputs() {
        let mut fails = Vec::new();
        for &(pieces, base, len, hash) in LONG_PARSES {
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
        finish("long parse", LONG_PARSES.len(), fails);
    }

    #[test]
    fn str_digit_limit() {
        let mut fails = Vec::new();
        for &(hex, want) in STR_LIMITS {
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
        finish("str limit", STR_LIMITS.len(), fails);
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
        for &(name, exc, msg) in MESSAGES {
            let e = got(name);
            assert_eq!((e.exception, e.message.as_str()), (exc, msg), "{name}");
        }
        assert_eq!(MESSAGES.len(), 13);
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

    // BEGIN GENERATED TEST_DATA
    /// a b "a+b,a-b,a*b,a//b,a%b,a&b,a|b,a^b" cmp a/b
    #[rustfmt::skip]
    const BINARY: &str = "\
    0 0 0,0,0,!ZeroDivisionError,!ZeroDivisionError,0,0,0 = !ZeroDivisionError\n\
    0 1 1,-1,0,0,0,0,1,1 < 0.0\n\
    0 -1 -1,1,0,0,0,0,-1,-1 > -0.0\n\
    0 2 2,-2,0,0,0,0,2,2 < 0.0\n\
    0 -2 -2,2,0,0,0,0,-2,-2 > -0.0\n\
    0 3 3,-3,0,0,0,0,3,3 < 0.0\n\
    0 -3 -3,3,0,0,0,0,-3,-3 > -0.0\n\
    0 7 7,-7,0,0,0,0,7,7 < 0.0\n\
    0 -7 -7,7,0,0,0,0,-7,-7 > -0.0\n\
    0 10 10,-10,0,0,0,0,10,10 < 0.0\n\
    0 -10 -10,10,0,0,0,0,-10,-10 > -0.0\n\
    0 2**31 2147483648,-2147483648,0,0,0,0,2147483648,2147483648 < 0.0\n\
    0 -2**31 -2147483648,2147483648,0,0,0,0,-2147483648,-2147483648 > -0.0\n\
    0 2**53+1 #4b28f9c4b1fd31f6 < 0.0\n\
    0 2**62 #fb4f2f32043cc6fa < 0.0\n\
    0 -2**62 #b967dd95daeab19c > -0.0\n\
    0 2**63-1 #7fd7fdcf7db4d964 < 0.0\n\
    0 -2**63 #e89435a490caff40 > -0.0\n\
    0 2**63 #9584dc5dfa820e5e < 0.0\n\
    0 -2**63-1 #e6dbd8d21f3f35ba > -0.0\n\
    0 2**64 #461c7cb5083b7b1e < 0.0\n\
    0 -2**64+1 #f70d75c10e0f322a > -0.0\n\
    0 10**20 #fcc5375fb3aebde2 < 0.0\n\
    0 -(10**20)-7 #2e50db28f4e3b2f2 > -0.0\n\
    0 3**45 #b4fe4be6052ea93c < 0.0\n\
    0 -(7**30) #d70b26d0c8735cc4 > -0.0\n\
    0 2**100+12345 #4162057f95d0dab8 < 0.0\n\
    0 -(2**127) #303a526ad4a6719c > -0.0\n\
    1 0 1,1,0,!ZeroDivisionError,!ZeroDivisionError,0,1,1 > !ZeroDivisionError\n\
    1 1 2,0,1,1,0,1,1,0 = 1.0\n\
    1 -1 0,2,-1,-1,0,1,-1,-2 > -1.0\n\
    1 2 3,-1,2,0,1,0,3,3 < 0.5\n\
    1 -2 -1,3,-2,-1,-1,0,-1,-1 > -0.5\n\
    1 3 4,-2,3,0,1,1,3,2 < 0.3333333333333333\n\
    1 -3 -2,4,-3,-1,-2,1,-3,-4 > -0.3333333333333333\n\
    1 7 8,-6,7,0,1,1,7,6 < 0.14285714285714285\n\
    1 -7 -6,8,-7,-1,-6,1,-7,-8 > -0.14285714285714285\n\
    1 10 11,-9,10,0,1,0,11,11 < 0.1\n\
    1 -10 -9,11,-10,-1,-9,0,-9,-9 > -0.1\n\
    1 2**31 #091675a839a0e36e < 4.656612873077393e-10\n\
    1 -2**31 #f50a48e41db1f56d > -4.656612873077393e-10\n\
    1 2**53+1 #33f3495a8fb850c3 < 1.1102230246251564e-16\n\
    1 2**62 #e44534ec34e10f02 < 2.168404344971009e-19\n\
    1 -2**62 #f62a3ba82a901e67 > -2.168404344971009e-19\n\
    1 2**63-1 #f71925ca1f0ba5d7 < 1.0842021724855044e-19\n\
    1 -2**63 #a86bf0fa5f7c4fcf > -1.0842021724855044e-19\n\
    1 2**63 #0ae0a97acedf5780 < 1.0842021724855044e-19\n\
    1 -2**63-1 #4df776d074c29321 > -1.0842021724855044e-19\n\
    1 2**64 #a0c9fd33a0d0b565 < 5.421010862427522e-20\n\
    1 -2**64+1 #8fc0705104c18b5d > -5.421010862427522e-20\n\
    1 10**20 #210bf3b318354d58 < 1e-20\n\
    1 -(10**20)-7 #36f8ebe5818cd6b3 > -1e-20\n\
    1 3**45 #da460c463817948e < 3.384882032909448e-22\n\
    1 -(7**30) #7e98a88372873acb > -4.436687086236306e-26\n\
    1 2**100+12345 #fb336c253ec2c06f < 7.888609052210118e-31\n\
    1 -(2**127) #c6c3bd830135ddaf > -5.877471754111438e-39\n\
    -1 0 -1,-1,0,!ZeroDivisionError,!ZeroDivisionError,0,-1,-1 < !ZeroDivisionError\n\
    -1 1 0,-2,-1,-1,0,1,-1,-2 < -1.0\n\
    -1 -1 -2,0,1,1,0,-1,-1,0 = 1.0\n\
    -1 2 1,-3,-2,-1,1,2,-1,-3 < -0.5\n\
    -1 -2 -3,1,2,0,-1,-2,-1,1 > 0.5\n\
    -1 3 2,-4,-3,-1,2,3,-1,-4 < -0.3333333333333333\n\
    -1 -3 -4,2,3,0,-1,-3,-1,2 > 0.3333333333333333\n\
    -1 7 6,-8,-7,-1,6,7,-1,-8 < -0.14285714285714285\n\
    -1 -7 -8,6,7,0,-1,-7,-1,6 > 0.14285714285714285\n\
    -1 10 9,-11,-10,-1,9,10,-1,-11 < -0.1\n\
    -1 -10 -11,9,10,0,-1,-10,-1,9 > 0.1\n\
    -1 2**31 #64f9ec59244b3ba4 < -4.656612873077393e-10\n\
    -1 -2**31 #f35da7f4810711eb > 4.656612873077393e-10\n\
    -1 2**53+1 #54e9528d32378a1a < -1.1102230246251564e-16\n\
    -1 2**62 #1dbc36baf07e7840 < -2.168404344971009e-19\n\
    -1 -2**62 #d334682ef7c3aa8b > 2.168404344971009e-19\n\
    -1 2**63-1 #ae3df71527d6c0c4 < -1.0842021724855044e-19\n\
    -1 -2**63 #b6fde502b949c461 > 1.0842021724855044e-19\n\
    -1 2**63 #2fe8f743782d2ef0 < -1.0842021724855044e-19\n\
    -1 -2**63-1 #d91755200ea92c9d > 1.0842021724855044e-19\n\
    -1 2**64 #b82c0dfcc791a3ba < -5.421010862427522e-20\n\
    -1 -2**64+1 #80d862bae3b7e5a1 > 5.421010862427522e-20\n\
    -1 10**20 #c09e34f618b8ebca < -1e-20\n\
    -1 -(10**20)-7 #bffaad129986ecc4 > 1e-20\n\
    -1 3**45 #552850741521d180 < -3.384882032909448e-22\n\
    -1 -(7**30) #3ef7439b05ed639d > 4.436687086236306e-26\n\
    -1 2**100+12345 #b032cf08739d89cc < -7.888609052210118e-31\n\
    -1 -(2**127) #160968be99d172a9 > 5.877471754111438e-39\n\
    2 0 2,2,0,!ZeroDivisionError,!ZeroDivisionError,0,2,2 > !ZeroDivisionError\n\
    2 1 3,1,2,2,0,0,3,3 > 2.0\n\
    2 -1 1,3,-2,-2,0,2,-1,-3 > -2.0\n\
    2 2 4,0,4,1,0,2,2,0 = 1.0\n\
    2 -2 0,4,-4,-1,0,2,-2,-4 > -1.0\n\
    2 3 5,-1,6,0,2,2,3,1 < 0.6666666666666666\n\
    2 -3 -1,5,-6,-1,-1,0,-1,-1 > -0.6666666666666666\n\
    2 7 9,-5,14,0,2,2,7,5 < 0.2857142857142857\n\
    2 -7 -5,9,-14,-1,-5,0,-5,-5 > -0.2857142857142857\n\
    2 10 12,-8,20,0,2,2,10,8 < 0.2\n\
    2 -10 -8,12,-20,-1,-8,2,-10,-12 > -0.2\n\
    2 2**31 #186ed613f98bc09f < 9.313225746154785e-10\n\
    2 -2**31 #2efac63d5ee2f30a > -9.313225746154785e-10\n\
    2 2**53+1 #8cf48276ee0ca70e < 2.2204460492503128e-16\n\
    2 2**62 #58de4b5e5a9836a5 < 4.336808689942018e-19\n\
    2 -2**62 #5dc967b833b26102 > -4.336808689942018e-19\n\
    2 2**63-1 #5aaaa95ae951d738 < 2.168404344971009e-19\n\
    2 -2**63 #ab58765dcb0fe990 > -2.168404344971009e-19\n\
    2 2**63 #041b5b5da3aaf9df < 2.168404344971009e-19\n\
    2 -2**63-1 #a04cd6d6a230dd54 > -2.168404344971009e-19\n\
    2 2**64 #3c3b5f2d4547adc4 < 1.0842021724855044e-19\n\
    2 -2**64+1 #c024b55e346e48ff > -1.0842021724855044e-19\n\
    2 10**20 #7dd925663b4079a6 < 2e-20\n\
    2 -(10**20)-7 #bf63d72248cecddf > -2e-20\n\
    2 3**45 #3e52bf372586a973 < 6.769764065818896e-22\n\
    2 -(7**30) #5cefe0f9b33be514 > -8.873374172472612e-26\n\
    2 2**100+12345 #2d6a5e8e9d2b3717 < 1.5777218104420236e-30\n\
    2 -(2**127) #0e4170a652f85674 > -1.1754943508222875e-38\n\
    -2 0 -2,-2,0,!ZeroDivisionError,!ZeroDivisionError,0,-2,-2 < !ZeroDivisionError\n\
    -2 1 -1,-3,-2,-2,0,0,-1,-1 < -2.0\n\
    -2 -1 -3,-1,2,2,0,-2,-1,1 < 2.0\n\
    -2 2 0,-4,-4,-1,0,2,-2,-4 < -1.0\n\
    -2 -2 -4,0,4,1,0,-2,-2,0 = 1.0\n\
    -2 3 1,-5,-6,-1,1,2,-1,-3 < -0.6666666666666666\n\
    -2 -3 -5,1,6,0,-2,-4,-1,3 > 0.6666666666666666\n\
    -2 7 5,-9,-14,-1,5,6,-1,-7 < -0.2857142857142857\n\
    -2 -7 -9,5,14,0,-2,-8,-1,7 > 0.2857142857142857\n\
    -2 10 8,-12,-20,-1,8,10,-2,-12 < -0.2\n\
    -2 -10 -12,8,20,0,-2,-10,-2,8 > 0.2\n\
    -2 2**31 #bf80da1b51f06942 < -9.313225746154785e-10\n\
    -2 -2**31 #0fb6e085ae15615e > 9.313225746154785e-10\n\
    -2 2**53+1 #0a84192f5b1e6031 < -2.2204460492503128e-16\n\
    -2 2**62 #1c27bae6e5864433 < -4.336808689942018e-19\n\
    -2 -2**62 #c6d7f1cd0ed6cadc > 4.336808689942018e-19\n\
    -2 2**63-1 #af117a66d332531b < -2.168404344971009e-19\n\
    -2 -2**63 #b73670d8f7f53af0 > 2.168404344971009e-19\n\
    -2 2**63 #96912bddbcfcfba6 < -2.168404344971009e-19\n\
    -2 -2**63-1 #2781d91a05b204bd > 2.168404344971009e-19\n\
    -2 2**64 #cea5789465e217b7 < -1.0842021724855044e-19\n\
    -2 -2**64+1 #4f653af4a3201473 > 1.0842021724855044e-19\n\
    -2 10**20 #95e1b03daae75f1e < -2e-20\n\
    -2 -(10**20)-7 #df566cdcec5530e0 > 2e-20\n\
    -2 3**45 #01b660db77e4ec79 < -6.769764065818896e-22\n\
    -2 -(7**30) #1532f6a3968c4461 > 8.873374172472612e-26\n\
    -2 2**100+12345 #95241744a1ce1c7d < -1.5777218104420236e-30\n\
    -2 -(2**127) #88c82295c0f5d422 > 1.1754943508222875e-38\n\
    3 0 3,3,0,!ZeroDivisionError,!ZeroDivisionError,0,3,3 > !ZeroDivisionError\n\
    3 1 4,2,3,3,0,1,3,2 > 3.0\n\
    3 -1 2,4,-3,-3,0,3,-1,-4 > -3.0\n\
    3 2 5,1,6,1,1,2,3,1 > 1.5\n\
    3 -2 1,5,-6,-2,-1,2,-1,-3 > -1.5\n\
    3 3 6,0,9,1,0,3,3,0 = 1.0\n\
    3 -3 0,6,-9,-1,0,1,-1,-2 > -1.0\n\
    3 7 10,-4,21,0,3,3,7,4 < 0.42857142857142855\n\
    3 -7 -4,10,-21,-1,-4,1,-5,-6 > -0.42857142857142855\n\
    3 10 13,-7,30,0,3,2,11,9 < 0.3\n\
    3 -10 -7,13,-30,-1,-7,2,-9,-11 > -0.3\n\
    3 2**31 #ae2d6918b8bf841a < 1.3969838619232178e-09\n\
    3 -2**31 #87eed1c030889271 > -1.3969838619232178e-09\n\
    3 2**53+1 #0c60b0c50e1c2e96 < 3.330669073875469e-16\n\
    3 2**62 #505d0acf02fb6c3a < 6.505213034913027e-19\n\
    3 -2**62 #feaf8fbac175bb21 > -6.505213034913027e-19\n\
    3 2**63-1 #c87f15f32ecf41ba < 3.2526065174565133e-19\n\
    3 -2**63 #57a12729ff21299a > -3.2526065174565133e-19\n\
    3 2**63 #53b875cb360a5b23 < 3.2526065174565133e-19\n\
    3 -2**63-1 #f2c025bd55d629af > -3.2526065174565133e-19\n\
    3 2**64 #9459e01a4fa477a8 < 1.6263032587282567e-19\n\
    3 -2**64+1 #a5aa97cd6efeceb0 > -1.6263032587282567e-19\n\
    3 10**20 #a30e974e472cb444 < 3e-20\n\
    3 -(10**20)-7 #ae515b6d88786716 > -3e-20\n\
    3 3**45 #ebf1873029421755 < 1.0154646098728345e-21\n\
    3 -(7**30) #700f208a137c2192 > -1.3310061258708916e-25\n\
    3 2**100+12345 #68a804fead0a3f99 < 2.3665827156630354e-30\n\
    3 -(2**127) #46c49840af1ba38b > -1.7632415262334313e-38\n\
    -3 0 -3,-3,0,!ZeroDivisionError,!ZeroDivisionError,0,-3,-3 < !ZeroDivisionError\n\
    -3 1 -2,-4,-3,-3,0,1,-3,-4 < -3.0\n\
    -3 -1 -4,-2,3,3,0,-3,-1,2 < 3.0\n\
    -3 2 -1,-5,-6,-2,1,0,-1,-1 < -1.5\n\
    -3 -2 -5,-1,6,1,-1,-4,-1,3 < 1.5\n\
    -3 3 0,-6,-9,-1,0,1,-1,-2 < -1.0\n\
    -3 -3 -6,0,9,1,0,-3,-3,0 = 1.0\n\
    -3 7 4,-10,-21,-1,4,5,-1,-6 < -0.42857142857142855\n\
    -3 -7 -10,4,21,0,-3,-7,-3,4 > 0.42857142857142855\n\
    -3 10 7,-13,-30,-1,7,8,-1,-9 < -0.3\n\
    -3 -10 -13,7,30,0,-3,-12,-1,11 > 0.3\n\
    -3 2**31 #0bc1672e82c0eeab < -1.3969838619232178e-09\n\
    -3 -2**31 #48e955ee3c80dd4f > 1.3969838619232178e-09\n\
    -3 2**53+1 #2f5c7e1954e725b5 < -3.330669073875469e-16\n\
    -3 2**62 #21c906153c9e8ff6 < -6.505213034913027e-19\n\
    -3 -2**62 #909d18d18835372b > 6.505213034913027e-19\n\
    -3 2**63-1 #747ea8941ba257f1 < -3.2526065174565133e-19\n\
    -3 -2**63 #0dfb8639b8c8e4ae > 3.2526065174565133e-19\n\
    -3 2**63 #e00ebf4f331fe9d0 < -3.2526065174565133e-19\n\
    -3 -2**63-1 #bf62de2a6188ac7f > 3.2526065174565133e-19\n\
    -3 2**64 #c4c79b50f2696f8b < -1.6263032587282567e-19\n\
    -3 -2**64+1 #3aa276837aba5434 > 1.6263032587282567e-19\n\
    -3 10**20 #363e235c2f7bdd56 < -3e-20\n\
    -3 -(10**20)-7 #4b2e345d2b37e1e9 > 3e-20\n\
    -3 3**45 #bd924b672305adef < -1.0154646098728345e-21\n\
    -3 -(7**30) #45cc8a7f3cdb6114 > 1.3310061258708916e-25\n\
    -3 2**100+12345 #0c0f3ff9c7646707 < -2.3665827156630354e-30\n\
    -3 -(2**127) #a5c1735193557b17 > 1.7632415262334313e-38\n\
    7 0 7,7,0,!ZeroDivisionError,!ZeroDivisionError,0,7,7 > !ZeroDivisionError\n\
    7 1 8,6,7,7,0,1,7,6 > 7.0\n\
    7 -1 6,8,-7,-7,0,7,-1,-8 > -7.0\n\
    7 2 9,5,14,3,1,2,7,5 > 3.5\n\
    7 -2 5,9,-14,-4,-1,6,-1,-7 > -3.5\n\
    7 3 10,4,21,2,1,3,7,4 > 2.3333333333333335\n\
    7 -3 4,10,-21,-3,-2,5,-1,-6 > -2.3333333333333335\n\
    7 7 14,0,49,1,0,7,7,0 = 1.0\n\
    7 -7 0,14,-49,-1,0,1,-1,-2 > -1.0\n\
    7 10 17,-3,70,0,7,2,15,13 < 0.7\n\
    7 -10 -3,17,-70,-1,-3,6,-9,-15 > -0.7\n\
    7 2**31 #d10c0047916b9d0b < 3.259629011154175e-09\n\
    7 -2**31 #21965dfd378b524c > -3.259629011154175e-09\n\
    7 2**53+1 #939c007168d2f299 < 7.771561172376095e-16\n\
    7 2**62 #7538e6ba8e25ae80 < 1.5178830414797062e-18\n\
    7 -2**62 #307bd62cb5a77ccb > -1.5178830414797062e-18\n\
    7 2**63-1 #84a5688df64ac44a < 7.589415207398531e-19\n\
    7 -2**63 #be13c12f15d7c781 > -7.589415207398531e-19\n\
    7 2**63 #21582d4df0de06c0 < 7.589415207398531e-19\n\
    7 -2**63-1 #f9a59d8b518ef735 > -7.589415207398531e-19\n\
    7 2**64 #335140531372a97a < 3.7947076036992655e-19\n\
    7 -2**64+1 #d0d22e61c495badd > -3.7947076036992655e-19\n\
    7 10**20 #7c0ce88e413a06dc < 7e-20\n\
    7 -(10**20)-7 #96aa9dac34c17be8 > -7e-20\n\
    7 3**45 #d9d21b058a33cb81 < 2.3694174230366136e-21\n\
    7 -(7**30) #3ae85b1abd7abe0a > -3.1056809603654137e-25\n\
    7 2**100+12345 #3647ae0af81dbaa8 < 5.5220263365470826e-30\n\
    7 -(2**127) #4d0760adbcfa0e18 > -4.1142302278780063e-38\n\
    -7 0 -7,-7,0,!ZeroDivisionError,!ZeroDivisionError,0,-7,-7 < !ZeroDivisionError\n\
    -7 1 -6,-8,-7,-7,0,1,-7,-8 < -7.0\n\
    -7 -1 -8,-6,7,7,0,-7,-1,6 < 7.0\n\
    -7 2 -5,-9,-14,-4,1,0,-5,-5 < -3.5\n\
    -7 -2 -9,-5,14,3,-1,-8,-1,7 < 3.5\n\
    -7 3 -4,-10,-21,-3,2,1,-5,-6 < -2.3333333333333335\n\
    -7 -3 -10,-4,21,2,-1,-7,-3,4 < 2.3333333333333335\n\
    -7 7 0,-14,-49,-1,0,1,-1,-2 < -1.0\n\
    -7 -7 -14,0,49,1,0,-7,-7,0 = 1.0\n\
    -7 10 3,-17,-70,-1,3,8,-5,-13 < -0.7\n\
    -7 -10 -17,3,70,0,-7,-16,-1,15 > 0.7\n\
    -7 2**31 #681dc41503df32dc < -3.259629011154175e-09\n\
    -7 -2**31 #8a6242a686304bb4 > 3.259629011154175e-09\n\
    -7 2**53+1 #cccb736cdb7e0bb0 < -7.771561172376095e-16\n\
    -7 2**62 #4e83aaba6f5b5e1b < -1.5178830414797062e-18\n\
    -7 -2**62 #01bc3ec521968967 > 1.5178830414797062e-18\n\
    -7 2**63-1 #15bc015e87f18db5 < -7.589415207398531e-19\n\
    -7 -2**63 #51ca5d2353922563 > 7.589415207398531e-19\n\
    -7 2**63 #ca9031d0519b57f5 < -7.589415207398531e-19\n\
    -7 -2**63-1 #5f3d847526da2741 > 7.589415207398531e-19\n\
    -7 2**64 #66f9feeefbc99353 < -3.7947076036992655e-19\n\
    -7 -2**64+1 #f78747bcf9a4c120 > 3.7947076036992655e-19\n\
    -7 10**20 #24afe1e8131cb9ae < -7e-20\n\
    -7 -(10**20)-7 #7cc890be50de25fb > 7e-20\n\
    -7 3**45 #670037829b3c8554 < -2.3694174230366136e-21\n\
    -7 -(7**30) #24dd0bd4c49c7606 > 3.1056809603654137e-25\n\
    -7 2**100+12345 #515cd8e0164dfea8 < -5.5220263365470826e-30\n\
    -7 -(2**127) #7ea6b323d01b5550 > 4.1142302278780063e-38\n\
    10 0 10,10,0,!ZeroDivisionError,!ZeroDivisionError,0,10,10 > !ZeroDivisionError\n\
    10 1 11,9,10,10,0,0,11,11 > 10.0\n\
    10 -1 9,11,-10,-10,0,10,-1,-11 > -10.0\n\
    10 2 12,8,20,5,0,2,10,8 > 5.0\n\
    10 -2 8,12,-20,-5,0,10,-2,-12 > -5.0\n\
    10 3 13,7,30,3,1,2,11,9 > 3.3333333333333335\n\
    10 -3 7,13,-30,-4,-2,8,-1,-9 > -3.3333333333333335\n\
    10 7 17,3,70,1,3,2,15,13 > 1.4285714285714286\n\
    10 -7 3,17,-70,-2,-4,8,-5,-13 > -1.4285714285714286\n\
    10 10 20,0,100,1,0,10,10,0 = 1.0\n\
    10 -10 0,20,-100,-1,0,2,-2,-4 > -1.0\n\
    10 2**31 #9f47dc01a68fce5c < 4.6566128730773926e-09\n\
    10 -2**31 #6f04803b0ec1e7bf > -4.6566128730773926e-09\n\
    10 2**53+1 #2454e5b0873180c7 < 1.1102230246251563e-15\n\
    10 2**62 #97d8280aa1211d05 < 2.168404344971009e-18\n\
    10 -2**62 #60668c02213594eb > -2.168404344971009e-18\n\
    10 2**63-1 #dc71e89868737fab < 1.0842021724855044e-18\n\
    10 -2**63 #1225a3ea712eaa03 > -1.0842021724855044e-18\n\
    10 2**63 #0ee4770ba60313e1 < 1.0842021724855044e-18\n\
    10 -2**63-1 #52e1da1df9ee0e35 > -1.0842021724855044e-18\n\
    10 2**64 #ab4ff9c02af81fe7 < 5.421010862427522e-19\n\
    10 -2**64+1 #ebbfa2a5461e6add > -5.421010862427522e-19\n\
    10 10**20 #736cb95757fd1bc3 < 1e-19\n\
    10 -(10**20)-7 #6d8da240dd3812b2 > -1e-19\n\
    10 3**45 #8c02379bbfcbc451 < 3.3848820329094482e-21\n\
    10 -(7**30) #f8e2a72007e7ac83 > -4.436687086236306e-25\n\
    10 2**100+12345 #90e77475bb6ee980 < 7.888609052210118e-30\n\
    10 -(2**127) #c13352f3b664ec55 > -5.877471754111438e-38\n\
    -10 0 -10,-10,0,!ZeroDivisionError,!ZeroDivisionError,0,-10,-10 < !ZeroDivisionError\n\
    -10 1 -9,-11,-10,-10,0,0,-9,-9 < -10.0\n\
    -10 -1 -11,-9,10,10,0,-10,-1,9 < 10.0\n\
    -10 2 -8,-12,-20,-5,0,2,-10,-12 < -5.0\n\
    -10 -2 -12,-8,20,5,0,-10,-2,8 < 5.0\n\
    -10 3 -7,-13,-30,-4,2,2,-9,-11 < -3.3333333333333335\n\
    -10 -3 -13,-7,30,3,-1,-12,-1,11 < 3.3333333333333335\n\
    -10 7 -3,-17,-70,-2,4,6,-9,-15 < -1.4285714285714286\n\
    -10 -7 -17,-3,70,1,-3,-16,-1,15 < 1.4285714285714286\n\
    -10 10 0,-20,-100,-1,0,2,-2,-4 < -1.0\n\
    -10 -10 -20,0,100,1,0,-10,-10,0 = 1.0\n\
    -10 2**31 #c4078a9a0ce0d75e < -4.6566128730773926e-09\n\
    -10 -2**31 #f5b835a2e384c107 > 4.6566128730773926e-09\n\
    -10 2**53+1 #07d2e3a4ccbf687f < -1.1102230246251563e-15\n\
    -10 2**62 #0c6838edfbd64022 < -2.168404344971009e-18\n\
    -10 -2**62 #2012620bb53f724b > 2.168404344971009e-18\n\
    -10 2**63-1 #14535e9462a63af4 < -1.0842021724855044e-18\n\
    -10 -2**63 #b46c221851600cf9 > 1.0842021724855044e-18\n\
    -10 2**63 #692d32c6099070be < -1.0842021724855044e-18\n\
    -10 -2**63-1 #d4c161cce72ef9a7 > 1.0842021724855044e-18\n\
    -10 2**64 #05e0882769cab5e4 < -5.421010862427522e-19\n\
    -10 -2**64+1 #02cf0de95ffcab58 > 5.421010862427522e-19\n\
    -10 10**20 #cf540f5dcfa8d57e < -1e-19\n\
    -10 -(10**20)-7 #93c8125da41dfadd > 1e-19\n\
    -10 3**45 #9e531ca71c016683 < -3.3848820329094482e-21\n\
    -10 -(7**30) #3f9d8a5c119ce97e > 4.436687086236306e-25\n\
    -10 2**100+12345 #8aec224306608f80 < -7.888609052210118e-30\n\
    -10 -(2**127) #ed1b1a41c83a487d > 5.877471754111438e-38\n\
    2**31 0 #6e665f86dd3709ab > !ZeroDivisionError\n\
    2**31 1 #c87404f6dafac0d3 > 2147483648.0\n\
    2**31 -1 #faf8675582804835 > -2147483648.0\n\
    2**31 2 #2ebefea1aaae3dad > 1073741824.0\n\
    2**31 -2 #cad523ac49552cf4 > -1073741824.0\n\
    2**31 3 #3f129185895e27f0 > 715827882.6666666\n\
    2**31 -3 #3f52abf937855d26 > -715827882.6666666\n\
    2**31 7 #9802f7e5fcf5e236 > 306783378.28571427\n\
    2**31 -7 #b257e322b70840dc > -306783378.28571427\n\
    2**31 10 #52426f8a7be21d9d > 214748364.8\n\
    2**31 -10 #9c91c6c5578c1eb7 > -214748364.8\n\
    2**31 2**31 4294967296,0,4611686018427387904,1,0,2147483648,2147483648,0 = 1.0\n\
    2**31 -2**31 #a6b633d689001bab > -1.0\n\
    2**31 2**53+1 #d0866fb0a875be87 < 2.3841857910156247e-07\n\
    2**31 2**62 #c6d0b2d67234de4d < 4.656612873077393e-10\n\
    2**31 -2**62 #f2e67599b9597e55 > -4.656612873077393e-10\n\
    2**31 2**63-1 #18790d8f8e36a0a3 < 2.3283064365386963e-10\n\
    2**31 -2**63 #0ed2425b36a637da > -2.3283064365386963e-10\n\
    2**31 2**63 #f22bb8b0fce486c2 < 2.3283064365386963e-10\n\
    2**31 -2**63-1 #eff43eb6ea3d915b > -2.3283064365386963e-10\n\
    2**31 2**64 #cf877af3f5d58e02 < 1.1641532182693481e-10\n\
    2**31 -2**64+1 #3018d1bf70130b09 > -1.1641532182693481e-10\n\
    2**31 10**20 #3506facb12994cb8 < 2.147483648e-11\n\
    2**31 -(10**20)-7 #2c0777ed7fd4ed41 > -2.147483648e-11\n\
    2**31 3**45 #8fc32a904aa57a65 < 7.268978816082038e-13\n\
    2**31 -(7**30) #867e5e7ab2c837df > -9.527712968985233e-17\n\
    2**31 2**100+12345 #fc1a79f4b0786c28 < 1.6940658945086007e-21\n\
    2**31 -(2**127) #6b1a8c803bb72d02 > -1.262177448353619e-29\n\
    -2**31 0 #03518a2ec3dcc82f < !ZeroDivisionError\n\
    -2**31 1 #9557ac46111904d1 < -2147483648.0\n\
    -2**31 -1 #3974b97fc5039ab7 < 2147483648.0\n\
    -2**31 2 #393d5dde9789d189 < -1073741824.0\n\
    -2**31 -2 #644b3d59839bae8d < 1073741824.0\n\
    -2**31 3 #33eb0233794697c2 < -715827882.6666666\n\
    -2**31 -3 #cede28be8875bea1 < 715827882.6666666\n\
    -2**31 7 #162bbeaec2a85940 < -306783378.28571427\n\
    -2**31 -7 #768238e521cc835f < 306783378.28571427\n\
    -2**31 10 #b79fbd7633f53b64 < -214748364.8\n\
    -2**31 -10 #775641cc96012634 < 214748364.8\n\
    -2**31 2**31 #31efe212725edf4c < -1.0\n\
    -2**31 -2**31 #92717c3c557b7f22 = 1.0\n\
    -2**31 2**53+1 #d4f0bedd6bd738a2 < -2.3841857910156247e-07\n\
    -2**31 2**62 #16fdcb359012cc64 < -4.656612873077393e-10\n\
    -2**31 -2**62 #9f257f9659070f11 > 4.656612873077393e-10\n\
    -2**31 2**63-1 #d138e33e388578a8 < -2.3283064365386963e-10\n\
    -2**31 -2**63 #8a5217c32e16b7ae > 2.3283064365386963e-10\n\
    -2**31 2**63 #d709807dfbd17f16 < -2.3283064365386963e-10\n\
    -2**31 -2**63-1 #118dab5036a3c58a > 2.3283064365386963e-10\n\
    -2**31 2**64 #b1144fdf27d5b8a0 < -1.1641532182693481e-10\n\
    -2**31 -2**64+1 #5e03474c0f075883 > 1.1641532182693481e-10\n\
    -2**31 10**20 #5a6fd2c3a933364b < -2.147483648e-11\n\
    -2**31 -(10**20)-7 #2f216d7ba9454ac1 > 2.147483648e-11\n\
    -2**31 3**45 #1a697cc669e3d949 < -7.268978816082038e-13\n\
    -2**31 -(7**30) #8e5186f12efe5ad2 > 9.527712968985233e-17\n\
    -2**31 2**100+12345 #33d9cb0cc144b54c < -1.6940658945086007e-21\n\
    -2**31 -(2**127) #185c47ac72d25be2 > 1.262177448353619e-29\n\
    2**53+1 0 #f740c77f354d33b7 > !ZeroDivisionError\n\
    2**53+1 1 #805f27b61a12e683 > 9007199254740992.0\n\
    2**53+1 -1 #42d1613961475417 > -9007199254740992.0\n\
    2**53+1 2 #04e587b43b4e6c59 > 4503599627370496.0\n\
    2**53+1 -2 #4d306a85d0b969cf > -4503599627370496.0\n\
    2**53+1 3 #6b708d788c45d5eb > 3002399751580331.0\n\
    2**53+1 -3 #0446df6f6e2daf63 > -3002399751580331.0\n\
    2**53+1 7 #a09b6046eddea15e > 1286742750677284.8\n\
    2**53+1 -7 #c88ca161171d2fa6 > -1286742750677284.8\n\
    2**53+1 10 #43ff07e31951356f > 900719925474099.2\n\
    2**53+1 -10 #ce2a65db8407e3cc > -900719925474099.2\n\
    2**53+1 2**31 #ee472eb084c255e9 > 4194304.0\n\
    2**53+1 -2**31 #6a87afd4bb0dba6a > -4194304.0\n\
    2**53+1 2**53+1 #1d899605ea2e91ba = 1.0\n\
    2**53+1 2**62 #c3b242d2fc21eec1 < 0.001953125\n\
    2**53+1 -2**62 #d4a079a04e3a4f67 > -0.001953125\n\
    2**53+1 2**63-1 #dfd095311e428c45 < 0.0009765625000000002\n\
    2**53+1 -2**63 #1aa7618d2d6a59a2 > -0.0009765625\n\
    2**53+1 2**63 #6fe2380a992242c8 < 0.0009765625\n\
    2**53+1 -2**63-1 #7332de8ae7cdb10a > -0.0009765625\n\
    2**53+1 2**64 #a96334c47c74d2b4 < 0.00048828125\n\
    2**53+1 -2**64+1 #7f36a2668119a3d8 > -0.0004882812500000001\n\
    2**53+1 10**20 #ac3a8612fc20cc20 < 9.007199254740993e-05\n\
    2**53+1 -(10**20)-7 #ac2094ee57aa6e68 > -9.007199254740993e-05\n\
    2**53+1 3**45 #ba9c5bffbba4261a < 3.048830692420816e-06\n\
    2**53+1 -(7**30) #a2806bf7002c3ccd > -3.996212461666664e-10\n\
    2**53+1 2**100+12345 #11556a31046e8eb1 < 7.105427357601002e-15\n\
    2**53+1 -(2**127) #07705f3064c1b3f3 > -5.293955920339377e-23\n\
    2**62 0 #36c4fd6643b28d6f > !ZeroDivisionError\n\
    2**62 1 #d8d791feef72ad51 > 4.611686018427388e+18\n\
    2**62 -1 #4e8fccec3ce31e01 > -4.611686018427388e+18\n\
    2**62 2 #dece31aaa7550232 > 2.305843009213694e+18\n\
    2**62 -2 #1636aa1af7a73dc8 > -2.305843009213694e+18\n\
    2**62 3 #8676b763b43ffafb > 1.5372286728091292e+18\n\
    2**62 -3 #09326b209a6d935e > -1.5372286728091292e+18\n\
    2**62 7 #732dc525858e6488 > 6.588122883467697e+17\n\
    2**62 -7 #d3927d040cdfa452 > -6.588122883467697e+17\n\
    2**62 10 #daddad63c206abee > 4.611686018427388e+17\n\
    2**62 -10 #bc125c899188546a > -4.611686018427388e+17\n\
    2**62 2**31 #3d4ae6318093504a > 2147483648.0\n\
    2**62 -2**31 #b6e388015e4f98dc > -2147483648.0\n\
    2**62 2**53+1 #fe297f5e67ff1e29 > 511.99999999999994\n\
    2**62 2**62 #0d8fe75a808b5657 = 1.0\n\
    2**62 -2**62 #b899cd0d147a24d2 > -1.0\n\
    2**62 2**63-1 #861af6ccd147a881 < 0.5\n\
    2**62 -2**63 #37833ffa0b1ad1c8 > -0.5\n\
    2**62 2**63 #70c396757a8e3f48 < 0.5\n\
    2**62 -2**63-1 #c11c59518bf40fbe > -0.5\n\
    2**62 2**64 #c3bfa766b4929e12 < 0.25\n\
    2**62 -2**64+1 #3ce9c8c0918783fa > -0.25\n\
    2**62 10**20 #e70c3585085f7924 < 0.046116860184273877\n\
    2**62 -(10**20)-7 #7851500d2066ffb5 > -0.046116860184273877\n\
    2**62 3**45 #96e25eb1ff8ff02d < 0.0015610013145194576\n\
    2**62 -(7**30) #7420fbe084f7bd35 > -2.0460607803733318e-07\n\
    2**62 2**100+12345 #eb0fdf3040494bb1 < 3.637978807091713e-12\n\
    2**62 -(2**127) #44f6e28721b75196 > -2.710505431213761e-20\n\
    -2**62 0 #420bd4f8d5732f47 < !ZeroDivisionError\n\
    -2**62 1 #828b6795073125bd < -4.611686018427388e+18\n\
    -2**62 -1 #5a309669241f4201 < 4.611686018427388e+18\n\
    -2**62 2 #3adb402178c79c86 < -2.305843009213694e+18\n\
    -2**62 -2 #78317e45af0966be < 2.305843009213694e+18\n\
    -2**62 3 #debaa18197530515 < -1.5372286728091292e+18\n\
    -2**62 -3 #1bcc5d997cb97782 < 1.5372286728091292e+18\n\
    -2**62 7 #cab1c90fe956d80a < -6.588122883467697e+17\n\
    -2**62 -7 #540bc444ca084473 < 6.588122883467697e+17\n\
    -2**62 10 #5c5ea96c94436195 < -4.611686018427388e+17\n\
    -2**62 -10 #a4c13a9b3ce13dfa < 4.611686018427388e+17\n\
    -2**62 2**31 #d573908fc9273fa4 < -2147483648.0\n\
    -2**62 -2**31 #190072e7df39787f < 2147483648.0\n\
    -2**62 2**53+1 #1ea97fb248443798 < -511.99999999999994\n\
    -2**62 2**62 #808320b7aef8cdcf < -1.0\n\
    -2**62 -2**62 #0502f7c516c6b882 = 1.0\n\
    -2**62 2**63-1 #c3e181e8374cc6ba < -0.5\n\
    -2**62 -2**63 #ad09f92ff22ff270 > 0.5\n\
    -2**62 2**63 #e8dbed930a9c5272 < -0.5\n\
    -2**62 -2**63-1 #e199c8e5bfa280af > 0.5\n\
    -2**62 2**64 #247eb44813af9c86 < -0.25\n\
    -2**62 -2**64+1 #a22effe646e9bbcc > 0.25\n\
    -2**62 10**20 #5c575992e6d73a54 < -0.046116860184273877\n\
    -2**62 -(10**20)-7 #b3f532367d29b66e > 0.046116860184273877\n\
    -2**62 3**45 #4e52433fb3b9ac0a < -0.0015610013145194576\n\
    -2**62 -(7**30) #67bb07096bdadb40 > 2.0460607803733318e-07\n\
    -2**62 2**100+12345 #a4b5a2ac7661bd8c < -3.637978807091713e-12\n\
    -2**62 -(2**127) #4d0f86e84fe674cc > 2.710505431213761e-20\n\
    2**63-1 0 #6537ad03fba3f6d7 > !ZeroDivisionError\n\
    2**63-1 1 #3649287861c36a49 > 9.223372036854776e+18\n\
    2**63-1 -1 #072459f6f092a0e1 > -9.223372036854776e+18\n\
    2**63-1 2 #4d71ec80d228b0a2 > 4.611686018427388e+18\n\
    2**63-1 -2 #49120140f0dee6ca > -4.611686018427388e+18\n\
    2**63-1 3 #ff52143469bc2129 > 3.0744573456182584e+18\n\
    2**63-1 -3 #d639f08f45b43d9e > -3.0744573456182584e+18\n\
    2**63-1 7 #1f5e63276e874434 > 1.3176245766935393e+18\n\
    2**63-1 -7 #319a2f7440d0618e > -1.3176245766935393e+18\n\
    2**63-1 10 #f5fefa6810c103b1 > 9.223372036854776e+17\n\
    2**63-1 -10 #b254ccb81171c2fa > -9.223372036854776e+17\n\
    2**63-1 2**31 #70118639488f6296 > 4294967296.0\n\
    2**63-1 -2**31 #6b1cd8155720c43d > -4294967296.0\n\
    2**63-1 2**53+1 #54322dc79a8d532c > 1023.9999999999999\n\
    2**63-1 2**62 #460e1521765acff6 > 2.0\n\
    2**63-1 -2**62 #dcfaf1eadc1b06f4 > -2.0\n\
    2**63-1 2**63-1 #d45f6ef77d435742 = 1.0\n\
    2**63-1 -2**63 #c7d827b0738c9a8b > -1.0\n\
    2**63-1 2**63 #b1a3c0d9a0827a34 < 1.0\n\
    2**63-1 -2**63-1 #b21ffc0881034cf3 > -1.0\n\
    2**63-1 2**64 #8baafde645531a1d < 0.5\n\
    2**63-1 -2**64+1 #43db7da71226286e > -0.5\n\
    2**63-1 10**20 #0083168b9caec632 < 0.09223372036854775\n\
    2**63-1 -(10**20)-7 #6300af0e8b4537ec > -0.09223372036854775\n\
    2**63-1 3**45 #ea19417bb77db5ff < 0.003122002629038915\n\
    2**63-1 -(7**30) #85d4b83b2f2dd5a2 > -4.0921215607466636e-07\n\
    2**63-1 2**100+12345 #fd5f2dd3efdfa720 < 7.275957614183426e-12\n\
    2**63-1 -(2**127) #52cd15e0554eb142 > -5.421010862427522e-20\n\
    -2**63 0 #b81e3e6888d10317 < !ZeroDivisionError\n\
    -2**63 1 #99ece39630532aad < -9.223372036854776e+18\n\
    -2**63 -1 #1da95657291005d5 < 9.223372036854776e+18\n\
    -2**63 2 #bb2ae96c4809cb1f < -4.611686018427388e+18\n\
    -2**63 -2 #185778b1cb8ee049 < 4.611686018427388e+18\n\
    -2**63 3 #38a4b5e00cae1d77 < -3.0744573456182584e+18\n\
    -2**63 -3 #5efb9aa0ea24664e < 3.0744573456182584e+18\n\
    -2**63 7 #c5dbca86231f6dd7 < -1.3176245766935393e+18\n\
    -2**63 -7 #edef89f5793f2ba0 < 1.3176245766935393e+18\n\
    -2**63 10 #3483c0c76642cd47 < -9.223372036854776e+17\n\
    -2**63 -10 #d0fb5a312724bf4a < 9.223372036854776e+17\n\
    -2**63 2**31 #b1e603665a897cc2 < -4294967296.0\n\
    -2**63 -2**31 #38c0b704a54e79df < 4294967296.0\n\
    -2**63 2**53+1 #c451c825326cf6d7 < -1023.9999999999999\n\
    -2**63 2**62 #10cc0a8a816dafac < -2.0\n\
    -2**63 -2**62 #42efdee777bbd257 < 2.0\n\
    -2**63 2**63-1 #68a68cb008cc24aa < -1.0\n\
    -2**63 -2**63 #785331ae5f9617e7 = 1.0\n\
    -2**63 2**63 #b3cb00d4b39788f9 < -1.0\n\
    -2**63 -2**63-1 #ba31291d33d143b6 > 1.0\n\
    -2**63 2**64 #9bd467d1818438bd < -0.5\n\
    -2**63 -2**64+1 #c416b96d83ec626a > 0.5\n\
    -2**63 10**20 #c542e48f21cff061 < -0.09223372036854775\n\
    -2**63 -(10**20)-7 #b5764e69e09f2a88 > 0.09223372036854775\n\
    -2**63 3**45 #70fb0cdcd55561e3 < -0.003122002629038915\n\
    -2**63 -(7**30) #2a598e63b5d711cb > 4.0921215607466636e-07\n\
    -2**63 2**100+12345 #6b39da1c72bfdeb3 < -7.275957614183426e-12\n\
    -2**63 -(2**127) #da144b1cb82fceec > 5.421010862427522e-20\n\
    2**63 0 #c607211c14aca20f > !ZeroDivisionError\n\
    2**63 1 #a2b2dbe233450519 > 9.223372036854776e+18\n\
    2**63 -1 #14ca2dea927bacf9 > -9.223372036854776e+18\n\
    2**63 2 #672e57e007a5c6ef > 4.611686018427388e+18\n\
    2**63 -2 #d47bb611b5d4e5f6 > -4.611686018427388e+18\n\
    2**63 3 #0f441bb0af311043 > 3.0744573456182584e+18\n\
    2**63 -3 #8048c61eaa9f90b5 > -3.0744573456182584e+18\n\
    2**63 7 #bf4e7ddaec0b4417 > 1.3176245766935393e+18\n\
    2**63 -7 #43c6d4cb5c9d0e3b > -1.3176245766935393e+18\n\
    2**63 10 #64e7f7490fe833b4 > 9.223372036854776e+17\n\
    2**63 -10 #45907eb7cce6441c > -9.223372036854776e+17\n\
    2**63 2**31 #e6e5ad7d90b9c4a6 > 4294967296.0\n\
    2**63 -2**31 #1393768437c74edf > -4294967296.0\n\
    2**63 2**53+1 #6f2f135347176bea > 1023.9999999999999\n\
    2**63 2**62 #d58da24cc01f236e > 2.0\n\
    2**63 -2**62 #69c5162143d3675b > -2.0\n\
    2**63 2**63-1 #c0d6d995d13306b3 > 1.0\n\
    2**63 -2**63 #10986d44c528bb34 > -1.0\n\
    2**63 2**63 #2a2ed0403cdd48b0 = 1.0\n\
    2**63 -2**63-1 #6e5a489ebd119fdf > -1.0\n\
    2**63 2**64 #17523a7051930e00 < 0.5\n\
    2**63 -2**64+1 #b5caae360360231c > -0.5\n\
    2**63 10**20 #7b27cb0072097086 < 0.09223372036854775\n\
    2**63 -(10**20)-7 #810c74ec3f56be1c > -0.09223372036854775\n\
    2**63 3**45 #851dff35cfb84105 < 0.003122002629038915\n\
    2**63 -(7**30) #8d3a7ebf8c816473 > -4.0921215607466636e-07\n\
    2**63 2**100+12345 #1ac58059e7bf0345 < 7.275957614183426e-12\n\
    2**63 -(2**127) #6c2477b89b583fb8 > -5.421010862427522e-20\n\
    -2**63-1 0 #64c38da4aa9c4e43 < !ZeroDivisionError\n\
    -2**63-1 1 #2fee877ab8d5ee7b < -9.223372036854776e+18\n\
    -2**63-1 -1 #f07b5d4fe6a62a3a < 9.223372036854776e+18\n\
    -2**63-1 2 #827afc57037328ea < -4.611686018427388e+18\n\
    -2**63-1 -2 #d0ae1674c2f854ea < 4.611686018427388e+18\n\
    -2**63-1 3 #39b6d013a21e8548 < -3.0744573456182584e+18\n\
    -2**63-1 -3 #d45fa4174123bbd1 < 3.0744573456182584e+18\n\
    -2**63-1 7 #97806af6db161c19 < -1.3176245766935393e+18\n\
    -2**63-1 -7 #dde62a07754f3739 < 1.3176245766935393e+18\n\
    -2**63-1 10 #f8607a1262abff05 < -9.223372036854776e+17\n\
    -2**63-1 -10 #834a5d5092cd8923 < 9.223372036854776e+17\n\
    -2**63-1 2**31 #b118c1321f0fb559 < -4294967296.0\n\
    -2**63-1 -2**31 #7d610b00fd2b2d31 < 4294967296.0\n\
    -2**63-1 2**53+1 #bc77e926023aab61 < -1023.9999999999999\n\
    -2**63-1 2**62 #093d7419cec0d07a < -2.0\n\
    -2**63-1 -2**62 #1fcf3e0c63303890 < 2.0\n\
    -2**63-1 2**63-1 #234666340d5c6230 < -1.0\n\
    -2**63-1 -2**63 #d5eb903705076c5e < 1.0\n\
    -2**63-1 2**63 #6dd126eb05e53791 < -1.0\n\
    -2**63-1 -2**63-1 #3c773a1c30d6cb2d = 1.0\n\
    -2**63-1 2**64 #44794c196b21d405 < -0.5\n\
    -2**63-1 -2**64+1 #b9531cb2762a59cb > 0.5\n\
    -2**63-1 10**20 #9c670c306f257b7a < -0.09223372036854775\n\
    -2**63-1 -(10**20)-7 #0368432949791d6c > 0.09223372036854775\n\
    -2**63-1 3**45 #f01287673e84ce78 < -0.003122002629038915\n\
    -2**63-1 -(7**30) #fcfee72c9c2c7a4b > 4.0921215607466636e-07\n\
    -2**63-1 2**100+12345 #d7f1e5344cc90b30 < -7.275957614183426e-12\n\
    -2**63-1 -(2**127) #072a511d65b69d55 > 5.421010862427522e-20\n\
    2**64 0 #9ca0821a3354e5af > !ZeroDivisionError\n\
    2**64 1 #d6b899c6ceb8989d > 1.8446744073709552e+19\n\
    2**64 -1 #f18494c291dda315 > -1.8446744073709552e+19\n\
    2**64 2 #f6b0eec8a90a4cfc > 9.223372036854776e+18\n\
    2**64 -2 #e8b7860ee2b3703a > -9.223372036854776e+18\n\
    2**64 3 #6eb52359a4af387d > 6.148914691236517e+18\n\
    2**64 -3 #9d3f4b19776c01f8 > -6.148914691236517e+18\n\
    2**64 7 #268e026e65093d43 > 2.6352491533870787e+18\n\
    2**64 -7 #214359a33f12067b > -2.6352491533870787e+18\n\
    2**64 10 #b1edbb99073110d1 > 1.8446744073709553e+18\n\
    2**64 -10 #89b34a17a8246443 > -1.8446744073709553e+18\n\
    2**64 2**31 #ef25e662abfc3b9c > 8589934592.0\n\
    2**64 -2**31 #e34de62f01fb237f > -8589934592.0\n\
    2**64 2**53+1 #6394c6ed601e642c > 2047.9999999999998\n\
    2**64 2**62 #8c0462f48a7547d2 > 4.0\n\
    2**64 -2**62 #dfc4248923193489 > -4.0\n\
    2**64 2**63-1 #4c82ccf5f05946ea > 2.0\n\
    2**64 -2**63 #c70e93e68677531a > -2.0\n\
    2**64 2**63 #3085aad6fa7447c2 > 2.0\n\
    2**64 -2**63-1 #798f513e0310c2a8 > -2.0\n\
    2**64 2**64 #9b8d8f54bc3d0f6a = 1.0\n\
    2**64 -2**64+1 #b5dafc450ceef344 > -1.0\n\
    2**64 10**20 #9d97f8846deabe8a < 0.1844674407370955\n\
    2**64 -(10**20)-7 #13a5dce1f341fdc8 > -0.1844674407370955\n\
    2**64 3**45 #24c556d0ba112376 < 0.00624400525807783\n\
    2**64 -(7**30) #36e202849e765c3c > -8.184243121493327e-07\n\
    2**64 2**100+12345 #cb6f4de7be6148bf < 1.4551915228366852e-11\n\
    2**64 -(2**127) #2f1c8df2c36f7ff7 > -1.0842021724855044e-19\n\
    -2**64+1 0 #9b0efe57ee54beff < !ZeroDivisionError\n\
    -2**64+1 1 #92ccf06d9e5548d3 < -1.8446744073709552e+19\n\
    -2**64+1 -1 #ee07d5d3ef3ee609 < 1.8446744073709552e+19\n\
    -2**64+1 2 #329af3c4d34fcb5d < -9.223372036854776e+18\n\
    -2**64+1 -2 #12a0e661c3dc8be3 < 9.223372036854776e+18\n\
    -2**64+1 3 #767aca9323c189eb < -6.148914691236517e+18\n\
    -2**64+1 -3 #4cfed0cb465072b3 < 6.148914691236517e+18\n\
    -2**64+1 7 #1fd6b0e69334bb59 < -2.6352491533870787e+18\n\
    -2**64+1 -7 #3912a3cd80660c28 < 2.6352491533870787e+18\n\
    -2**64+1 10 #50c29f969870cd92 < -1.8446744073709553e+18\n\
    -2**64+1 -10 #937c2e6c721b655d < 1.8446744073709553e+18\n\
    -2**64+1 2**31 #55ba5811a21247f5 < -8589934592.0\n\
    -2**64+1 -2**31 #cd37de7feec1bbe4 < 8589934592.0\n\
    -2**64+1 2**53+1 #6d45259d5dfcf65c < -2047.9999999999998\n\
    -2**64+1 2**62 #4022cf081e147b3c < -4.0\n\
    -2**64+1 -2**62 #3d2de4c0b9a8f479 < 4.0\n\
    -2**64+1 2**63-1 #8b1534fe1090436c < -2.0\n\
    -2**64+1 -2**63 #0b3848cba6749e33 < 2.0\n\
    -2**64+1 2**63 #5a7e05d9306b7bca < -2.0\n\
    -2**64+1 -2**63-1 #5beb7856d2a13bfc < 2.0\n\
    -2**64+1 2**64 #d17a975ee48aee4c < -1.0\n\
    -2**64+1 -2**64+1 #817edcee9ad34805 = 1.0\n\
    -2**64+1 10**20 #36786dd5522a7be4 < -0.1844674407370955\n\
    -2**64+1 -(10**20)-7 #9836e44c79f84ec8 > 0.1844674407370955\n\
    -2**64+1 3**45 #0579c41aaff0bbcf < -0.00624400525807783\n\
    -2**64+1 -(7**30) #55f08c5ca5b44f53 > 8.184243121493327e-07\n\
    -2**64+1 2**100+12345 #b77aa1fb080eb7d4 < -1.4551915228366852e-11\n\
    -2**64+1 -(2**127) #15f38f3c290f000f > 1.0842021724855044e-19\n\
    10**20 0 #b179beec4cfd2a57 > !ZeroDivisionError\n\
    10**20 1 #c0bfe17e05f61b9d > 1e+20\n\
    10**20 -1 #6445e4e6859103dd > -1e+20\n\
    10**20 2 #bc72f2d1cb444eec > 5e+19\n\
    10**20 -2 #96d072126ab0e97e > -5e+19\n\
    10**20 3 #4546087fb6433c97 > 3.333333333333333e+19\n\
    10**20 -3 #6e83fb159ff233d0 > -3.333333333333333e+19\n\
    10**20 7 #1b0747e5adc09e38 > 1.4285714285714287e+19\n\
    10**20 -7 #32f49a433320d591 > -1.4285714285714287e+19\n\
    10**20 10 #08db3ceb74fcde52 > 1e+19\n\
    10**20 -10 #bee0e82a57c30694 > -1e+19\n\
    10**20 2**31 #26e1cc28951dc59f > 46566128730.773926\n\
    10**20 -2**31 #9e834d517eced7af > -46566128730.773926\n\
    10**20 2**53+1 #87e1bf1dc0ef0377 > 11102.230246251564\n\
    10**20 2**62 #7bee8f45caf8125d > 21.68404344971009\n\
    10**20 -2**62 #aeda97fc21394f83 > -21.68404344971009\n\
    10**20 2**63-1 #7455ead018fb91dc > 10.842021724855044\n\
    10**20 -2**63 #dbf309a71d5477ba > -10.842021724855044\n\
    10**20 2**63 #4f45a258865632c4 > 10.842021724855044\n\
    10**20 -2**63-1 #7c22564c40fd80d2 > -10.842021724855044\n\
    10**20 2**64 #10f12c70a866d127 > 5.421010862427522\n\
    10**20 -2**64+1 #91ac8e908f614a19 > -5.421010862427522\n\
    10**20 10**20 #984e12bdc6f405f1 = 1.0\n\
    10**20 -(10**20)-7 #b7eb9e8b44784437 > -1.0\n\
    10**20 3**45 #f3bcff7d6e789b64 < 0.03384882032909448\n\
    10**20 -(7**30) #faf9bca36bdc2fa1 > -4.4366870862363054e-06\n\
    10**20 2**100+12345 #f9e0720629d32293 < 7.888609052210118e-11\n\
    10**20 -(2**127) #2506884e5eda2909 > -5.877471754111438e-19\n\
    -(10**20)-7 0 #70db9c463b00808b < !ZeroDivisionError\n\
    -(10**20)-7 1 #d193a8be5a59abb3 < -1e+20\n\
    -(10**20)-7 -1 #7bf75aa8471206fb < 1e+20\n\
    -(10**20)-7 2 #37d9c3726c22449a < -5e+19\n\
    -(10**20)-7 -2 #5b90f06924c4b466 < 5e+19\n\
    -(10**20)-7 3 #3e958df2eae01d8c < -3.333333333333333e+19\n\
    -(10**20)-7 -3 #d2112abf03f5db1b < 3.333333333333333e+19\n\
    -(10**20)-7 7 #ec7d38cda016570d < -1.4285714285714287e+19\n\
    -(10**20)-7 -7 #2e971ef6492d5b3c < 1.4285714285714287e+19\n\
    -(10**20)-7 10 #3990c5c4314ae2bc < -1e+19\n\
    -(10**20)-7 -10 #b803c68772d050cf < 1e+19\n\
    -(10**20)-7 2**31 #0fc7a6fc915c80a7 < -46566128730.773926\n\
    -(10**20)-7 -2**31 #461bcf7058b5d9bf < 46566128730.773926\n\
    -(10**20)-7 2**53+1 #078aaa8e2bee2877 < -11102.230246251564\n\
    -(10**20)-7 2**62 #1c093b6c3837bc54 < -21.68404344971009\n\
    -(10**20)-7 -2**62 #9698accab4bc273b < 21.68404344971009\n\
    -(10**20)-7 2**63-1 #bc3033a90678a2ae < -10.842021724855044\n\
    -(10**20)-7 -2**63 #b637b54e2d4d0ae5 < 10.842021724855044\n\
    -(10**20)-7 2**63 #2f2677ec77788c89 < -10.842021724855044\n\
    -(10**20)-7 -2**63-1 #a2ef9b41df8f9ba3 < 10.842021724855044\n\
    -(10**20)-7 2**64 #81cf1da4574f481e < -5.421010862427522\n\
    -(10**20)-7 -2**64+1 #0792881f4389d141 < 5.421010862427522\n\
    -(10**20)-7 10**20 #77c613c70d4b4a9f < -1.0\n\
    -(10**20)-7 -(10**20)-7 #72b37d37ebacb01b = 1.0\n\
    -(10**20)-7 3**45 #7f4dec58ae761ea3 < -0.03384882032909448\n\
    -(10**20)-7 -(7**30) #179ffbbadfdc8007 > 4.4366870862363054e-06\n\
    -(10**20)-7 2**100+12345 #84d03f760267f0ec < -7.888609052210118e-11\n\
    -(10**20)-7 -(2**127) #fdab49b73cbc7c89 > 5.877471754111438e-19\n\
    3**45 0 #acb334d01bbeb04b > !ZeroDivisionError\n\
    3**45 1 #419eb479de78627d > 2.9543127065508336e+21\n\
    3**45 -1 #1d676c409daf1cfb > -2.9543127065508336e+21\n\
    3**45 2 #cc99e783d976d8f1 > 1.4771563532754168e+21\n\
    3**45 -2 #5723f1f7b5615f71 > -1.4771563532754168e+21\n\
    3**45 3 #f50b4143fce97647 > 9.847709021836112e+20\n\
    3**45 -3 #39f6baf769018d13 > -9.847709021836112e+20\n\
    3**45 7 #d5a6e02b4933f692 > 4.220446723644048e+20\n\
    3**45 -7 #c6d7d9dde6b3b7f3 > -4.220446723644048e+20\n\
    3**45 10 #d206d108f34f4760 > 2.9543127065508335e+20\n\
    3**45 -10 #c74bb24e86c71822 > -2.9543127065508335e+20\n\
    3**45 2**31 #e94972b594fadc61 > 1375709058042.0725\n\
    3**45 -2**31 #4006d1f7e57b1515 > -1375709058042.0725\n\
    3**45 2**53+1 #99ae99538cc187c0 > 327994.5988755399\n\
    3**45 2**62 #ae68868ea9df7f2e > 640.6144509287889\n\
    3**45 -2**62 #faf7d1888111a7ea > -640.6144509287889\n\
    3**45 2**63-1 #4f62d877649a60f4 > 320.30722546439443\n\
    3**45 -2**63 #0f99520cf03bfbcf > -320.30722546439443\n\
    3**45 2**63 #b4e16ae54fab4d41 > 320.30722546439443\n\
    3**45 -2**63-1 #4fc04de1e0ddd340 > -320.30722546439443\n\
    3**45 2**64 #f21cc80c1fb33d7f > 160.15361273219722\n\
    3**45 -2**64+1 #4a21cf925fdb90be > -160.15361273219722\n\
    3**45 10**20 #567034573f93d6bb > 29.543127065508337\n\
    3**45 -(10**20)-7 #7afe37e2661b05d7 > -29.543127065508337\n\
    3**45 3**45 #656051b7a7bc6105 = 1.0\n\
    3**45 -(7**30) #af205cf29a156cbd > -0.00013107361033857913\n\
    3**45 2**100+12345 #339cd60074c6e667 < 2.330541795995628e-09\n\
    3**45 -(2**127) #7116d8ea651b4bf3 > -1.7363889485565037e-17\n\
    -(7**30) 0 #c8346e9ce35aaa27 < !ZeroDivisionError\n\
    -(7**30) 1 #d7801bcb2a413ffb < -2.2539340290692256e+25\n\
    -(7**30) -1 #120a7d5751d7cf68 < 2.2539340290692256e+25\n\
    -(7**30) 2 #1ba53767d5d652f0 < -1.1269670145346128e+25\n\
    -(7**30) -2 #559fa315e696bc5c < 1.1269670145346128e+25\n\
    -(7**30) 3 #9cbf3810bfedc0a5 < -7.513113430230753e+24\n\
    -(7**30) -3 #b877d02bd3a1cc41 < 7.513113430230753e+24\n\
    -(7**30) 7 #aab6b240047171ef < -3.21990575581318e+24\n\
    -(7**30) -7 #99ffde10eb530dfc < 3.21990575581318e+24\n\
    -(7**30) 10 #71af93ae30ef6a0e < -2.253934029069226e+24\n\
    -(7**30) -10 #127afa1696dfc302 < 2.253934029069226e+24\n\
    -(7**30) 2**31 #50f24ecf10231ea7 < -1.049569821483095e+16\n\
    -(7**30) -2**31 #e22e1455d6750950 < 1.049569821483095e+16\n\
    -(7**30) 2**53+1 #f9c5ed0f70f5c88f < -2502369455.058801\n\
    -(7**30) 2**62 #e9dd8b3fbce1c8ff < -4887440.341911721\n\
    -(7**30) -2**62 #28b306b1d57b2112 < 4887440.341911721\n\
    -(7**30) 2**63-1 #c75113937c240e4f < -2443720.1709558605\n\
    -(7**30) -2**63 #5fce7fb1c71c3b62 < 2443720.1709558605\n\
    -(7**30) 2**63 #4e6b67c8fbd70340 < -2443720.1709558605\n\
    -(7**30) -2**63-1 #05bf70ea51e47bdd < 2443720.1709558605\n\
    -(7**30) 2**64 #c7e57d487ff74b9e < -1221860.0854779303\n\
    -(7**30) -2**64+1 #f4f5e425ac5fcd12 < 1221860.0854779303\n\
    -(7**30) 10**20 #4da7aa68cbc22735 < -225393.4029069226\n\
    -(7**30) -(10**20)-7 #6254ab61b0cdc2af < 225393.4029069226\n\
    -(7**30) 3**45 #d5f2e990698f6873 < -7629.300798359624\n\
    -(7**30) -(7**30) #66f09660ed0cd196 = 1.0\n\
    -(7**30) 2**100+12345 #0f84624a63de7616 < -1.7780404384799917e-05\n\
    -(7**30) -(2**127) #63b080846ae83cf2 > 1.3247433591484961e-13\n\
    2**100+12345 0 #a4ebe81758613d47 > !ZeroDivisionError\n\
    2**100+12345 1 #959a14daa0b80115 > 1.2676506002282294e+30\n\
    2**100+12345 -1 #d9da195d2fe7ab61 > -1.2676506002282294e+30\n\
    2**100+12345 2 #9e1b92c5f6cd1006 > 6.338253001141147e+29\n\
    2**100+12345 -2 #0589d9f434d5f28e > -6.338253001141147e+29\n\
    2**100+12345 3 #15e47760e2927dc2 > 4.2255020007607644e+29\n\
    2**100+12345 -3 #4ca586829a2b2bff > -4.2255020007607644e+29\n\
    2**100+12345 7 #4745bd696aa4e3ec > 1.8109294288974705e+29\n\
    2**100+12345 -7 #da0921217a1ea3d3 > -1.8109294288974705e+29\n\
    2**100+12345 10 #1ad5d5995a96b266 > 1.2676506002282295e+29\n\
    2**100+12345 -10 #79d69c9e09b20b9b > -1.2676506002282295e+29\n\
    2**100+12345 2**31 #341e0f6853943018 > 5.902958103587057e+20\n\
    2**100+12345 -2**31 #2374fa4a4bc9e5b6 > -5.902958103587057e+20\n\
    2**100+12345 2**53+1 #c780cdd091fb92f6 > 140737488355327.98\n\
    2**100+12345 2**62 #4f8b47799db3ce27 > 274877906944.0\n\
    2**100+12345 -2**62 #7c6dbcc39eb840ae > -274877906944.0\n\
    2**100+12345 2**63-1 #9be9ce43bcccc5a5 > 137438953472.0\n\
    2**100+12345 -2**63 #23dccec85615f0bc > -137438953472.0\n\
    2**100+12345 2**63 #99e87d3c646ab72c > 137438953472.0\n\
    2**100+12345 -2**63-1 #6da2c2fcf1bf5744 > -137438953472.0\n\
    2**100+12345 2**64 #adb571b0009df955 > 68719476736.0\n\
    2**100+12345 -2**64+1 #8c3248de1830501f > -68719476736.0\n\
    2**100+12345 10**20 #81502be5313cc05d > 12676506002.282293\n\
    2**100+12345 -(10**20)-7 #302a92f053e3ccad > -12676506002.282293\n\
    2**100+12345 3**45 #89295963a1ecda3f > 429084774.07194114\n\
    2**100+12345 -(7**30) #4ace00954628044a > -56241.69047892287\n\
    2**100+12345 2**100+12345 #fd2bfc5a17395609 = 1.0\n\
    2**100+12345 -(2**127) #525b2f8aa3af4144 > -7.450580596923828e-09\n\
    -(2**127) 0 #9c2588821aeab59f < !ZeroDivisionError\n\
    -(2**127) 1 #667e4ee6712c34f9 < -1.7014118346046923e+38\n\
    -(2**127) -1 #2cb29fee11473195 < 1.7014118346046923e+38\n\
    -(2**127) 2 #e4639f07349601c6 < -8.507059173023462e+37\n\
    -(2**127) -2 #975c5bef8359fae6 < 8.507059173023462e+37\n\
    -(2**127) 3 #ef1cd2c0ee1ff5ae < -5.671372782015641e+37\n\
    -(2**127) -3 #964c4ed09612ef01 < 5.671372782015641e+37\n\
    -(2**127) 7 #5f7c5694cc3bb026 < -2.4305883351495603e+37\n\
    -(2**127) -7 #de9d1d74b55a2efd < 2.4305883351495603e+37\n\
    -(2**127) 10 #db53d4c495bdaa70 < -1.7014118346046924e+37\n\
    -(2**127) -10 #f0798cd1ac918256 < 1.7014118346046924e+37\n\
    -(2**127) 2**31 #9765b70833c33492 < -7.922816251426434e+28\n\
    -(2**127) -2**31 #7ee3ab5466ef6d5c < 7.922816251426434e+28\n\
    -(2**127) 2**53+1 #1ff43ad5e420abf3 < -1.8889465931478579e+22\n\
    -(2**127) 2**62 #379d43d2e2ef0c7c < -3.6893488147419103e+19\n\
    -(2**127) -2**62 #ae9ebef64d5d756d < 3.6893488147419103e+19\n\
    -(2**127) 2**63-1 #167be8342da5a533 < -1.8446744073709552e+19\n\
    -(2**127) -2**63 #ec2bed7f83da154f < 1.8446744073709552e+19\n\
    -(2**127) 2**63 #d66a4d199c186443 < -1.8446744073709552e+19\n\
    -(2**127) -2**63-1 #c06901f9ae380d32 < 1.8446744073709552e+19\n\
    -(2**127) 2**64 #da60252d5d312028 < -9.223372036854776e+18\n\
    -(2**127) -2**64+1 #9f67ef6f6abb31bb < 9.223372036854776e+18\n\
    -(2**127) 10**20 #359ef0c07887caab < -1.7014118346046922e+18\n\
    -(2**127) -(10**20)-7 #fb242dcbfb6cea61 < 1.7014118346046922e+18\n\
    -(2**127) 3**45 #f33e66dee9643df4 < -5.759078349532925e+16\n\
    -(2**127) -(7**30) #b2c0887b5f980729 < 7548631914960.26\n\
    -(2**127) 2**100+12345 #5ada88660f902484 < -134217728.0\n\
    -(2**127) -(2**127) #614008c3d10b02fe = 1.0\n\
    R1001.64 R1002.1 #3b48a912602a79c9 > 1.5221604855505619e+19\n\
    R1003.65 -R1004.63 #2531434a00d6a624 > -5.633481350738795\n\
    -R1005.100 R1006.64 #6298bd572cd332d1 < -38144498284.90595\n\
    R1007.65 -R1008.1 #1856fc581dc95acb > -3.5035677763902968e+19\n\
    R1009.64 -R1010.40 #7da50e202a362461 > -9939024.28050471\n\
    -R1011.65 -R1012.63 #b2d90aaae3e19fa3 < 4.755131712136025\n\
    R1013.100 -R1014.63 #41fe3b491dc2bc2d > -118217485453.72849\n\
    -R1015.100 -R1016.64 #29d004016e1924c3 < 59749625441.70111\n\
    -R1017.65 R1018.63 #473a26c069d66604 < -2.7527797394785507\n\
    -R1019.63 -R1020.40 #089ee8904dd5ddaf < 6774497.686781819\n\
    -R1021.64 R1022.63 #07585eb05a6d7e10 < -1.9117789474920137\n\
    R1023.63 R1024.63 #2980cb52b580654e > 1.079428658419927\n\
    R1025.63 -R1026.65 #f82e3c796cdb79f2 > -0.1887951506228391\n\
    R1027.100 -R1028.1 #1e4adedbd9a9a755 > -1.2039615087538803e+30\n\
    R1029.300 R1030.2 #6f7abb8c0246b906 > 3.7771210121736816e+89\n\
    -R1031.63 R1032.65 #6942ba111885c20e < -0.25294162178765484\n\
    R1033.64 -R1034.300 #dc6af8eecbe4adb6 > -1.4294392376272344e-71\n\
    R1035.64 -R1036.2 #4029fa2b0e9daef9 > -4.653885060825729e+18\n\
    R1037.64 R1038.63 #8a24a5521c00c995 > 1.909330059357331\n\
    R1039.64 -R1040.2 #9a27ec7a379a9f65 > -5.369059515650286e+18\n\
    -R1041.100 R1042.300 #e0ad16ea2c4097da < -8.506259803160934e-61\n\
    R1043.64 R1044.64 #2b1a455ce8865399 < 0.6693773455476205\n\
    R1045.65 -R1046.63 #64a3c5fc6e0aa1c6 > -3.8691528098272827\n\
    R1047.300 R1048.300 #6f18a04bcc9e68f8 < 0.9836579446373126\n\
    -R1049.300 R1050.40 #492aaac226552f2c < -1.2536066727352226e+78\n\
    -R1051.63 -R1052.63 #b8eccb42157ccd54 > 0.8855211887400783\n\
    -R1053.64 -R1054.40 #40140115100ebe74 < 26395656.59172681\n\
    -R1055.300 -R1056.300 #8673b8dd6965ff0d < 1.3813931794539092\n\
    -R1057.65 -R1058.40 #6fe0a49ecdf7fc25 < 39463539.87266461\n\
    R1059.65 R1060.40 #ce45ed3ec008180a > 30731557.36387278\n\
    -R1061.100 -R1062.300 #eb8c61c28b686d64 > 7.341997290675642e-61\n\
    -R1063.65 R1064.2 #0f9e2f65d9363894 < -7.914084856814771e+18\n\
    R1065.63 -R1066.1 #1e7f7d33a730a793 > -8.446721444594181e+18\n\
    R1067.63 -R1068.64 #ae7220316400f370 > -0.44762650958670935\n\
    R1069.65 R1070.65 #7143d23c79be835b > 1.497946802811649\n\
    -R1071.63 R1072.64 #72f8a23d15adb418 < -0.6198806719806798\n\
    R1073.100 -R1074.65 #abcf24280cc1e9fe > -45413212155.51241\n\
    R1075.300 -R1076.1 #6970acef12f29436 > -1.3050939293741834e+90\n\
    R1077.100 R1078.65 #3ab93fc71ba78512 > 27317410745.09201\n\
    -R1079.65 R1080.2 #60833796b42cdd55 < -1.2748686722805408e+19\n\
    R1081.64 -R1082.63 #778bdc83bca59bea > -1.219941974050759\n\
    R1083.64 R1084.1 #e1b2db03d9bc46da > 1.6546373493131932e+19\n\
    R1085.300 -R1086.63 #5bdf44348d7fe4e5 > -1.381501985057201e+71\n\
    R1087.100 R1088.300 #9ba9287bb5c4a0df < 7.556597289014221e-61\n\
    -R1089.100 -R1090.2 #7f6b3abb98961270 < 3.341473496730255e+29\n\
    -R1091.300 R1092.100 #72421b8b90e7e4b4 < -2.8942454091555114e+60\n\
    R1093.63 R1094.63 #1bb05a026d60aa20 < 0.7791462767015433\n\
    -R1095.64 R1096.100 #1a0b902c2afca18c < -1.6002343832571486e-11\n\
    R1097.65 -R1098.40 #3a242fdb787843e4 > -43779891.352515176\n\
    R1099.300 R1100.2 #85ecf5a132d57cff > 6.356187937294441e+89\n\
    -R1101.63 -R1102.100 #ee8bb65813065974 > 9.008359826441172e-12\n\
    R1103.100 R1104.100 #c006a2344e7b454a > 1.0212712619477993\n\
    R1105.300 R1106.63 #afd6a097016e2f56 > 1.6347313360411637e+71\n\
    -R1107.300 R1108.100 #6038b5dc06fff4e3 < -2.5286614224870492e+60\n\
    -R1109.300 -R1110.2 #3f8879a6aa66ee90 < 7.274140851256108e+89\n\
    -R1111.100 R1112.1 #85fc3734b82cc03b < -8.473811507267796e+29\n\
    R1113.65 -R1114.2 #a09b0e5f4a2aaf87 > -1.175057652349753e+19\n\
    R1115.65 R1116.40 #8ccd8b5d8d590e4b > 42388268.95312126\n\
    -R1117.300 -R1118.2 #70a3f2bde617120d < 9.27441616964132e+89\n\
    -R1119.63 R1120.1 #f5da363635ba4043 < -8.812960380971486e+18\n\
    -R1121.100 -R1122.300 #03d8df36a3332203 > 3.725650360302534e-61\n\
    -R1123.100 R1124.40 #2bdf6fe6b46ddd12 < -8.153111952678383e+17\n\
    R1125.300 R1126.65 #cafae336b91361f1 > 3.341189584555622e+70\n\
    -R1127.300 -R1128.64 #e1969678dd33e808 < 8.467041785956938e+70\n\
    R1129.64 R1130.300 #3447dfe9ae7e6ab7 < 5.044672847098852e-72\n\
    R1131.63 -R1132.64 #a29e9f8f7f658978 > -0.35643270719215847\n\
    -R1133.100 -R1134.300 #f29d17d9511c92e0 > 4.0966381842622265e-61\n\
    -R1135.100 R1136.1 #241f4b04b37c09db < -1.169609478483019e+30\n\
    R1137.64 -R1138.2 #1641f4d8059cfaee > -8.476831674750203e+18\n\
    R1139.65 R1140.65 #4c5578246a18f85d > 1.173324785390346\n\
    R1141.65 R1142.65 #7cc010c687c4a622 > 1.2759615521372611\n\
    -R1143.65 R1144.300 #a83cc8ab47adbc9b < -2.010620164650763e-71\n\
    R1145.300 R1146.1 #10b80d34c6c16071 > 1.6898226944952386e+90\n\
    R1147.63 R1148.300 #45742e93cfd72213 < 2.292158587087102e-72\n\
    -R1149.300 R1150.100 #923f25201e5c487c < -1.1053359605940983e+60\n\
    -R1151.64 R1152.64 #4e3632c7f8d90fdb < -1.020319358213804\n\
    -R1153.100 -R1154.300 #fe62a79a031012ae > 8.735689680883304e-61\n\
    -R1155.63 -R1156.100 #3ee09d4390eff433 > 7.117563314840251e-12\n\
    R1157.100 -R1158.65 #bb8c712c4912800e > -39269049398.1569\n\
    -R1159.65 -R1160.63 #902af735688c80d0 < 4.310274003647633\n\
    R1161.65 -R1162.300 #bc1d9537dc6d092d > -1.7223167977522795e-71\n\
    -R1163.65 R1164.64 #b0b7c0f83fbb56e9 < -1.3350667710114918\n\
    -R1165.65 R1166.300 #942e248a99b8c9f2 < -1.1984881236636138e-71\n\
    R1167.300 R1168.1 #bf46cb44319e9eb9 > 1.2328671172167694e+90\n\
    R1169.65 -R1170.63 #7552ee41b668b22a > -3.3032951124317154\n\
    R1171.100 R1172.64 #e902758501ae0c17 > 74690242150.48564\n\
    -R1173.100 R1174.64 #d7240f2603dbd73f < -41463505094.81488\n\
    R1175.64 -R1176.40 #4d278cb2ec925f22 > -17378739.973815057\n\
    R1177.65 -R1178.100 #43cdbdeca250d9b0 > -2.9439084012315774e-11\n\
    -R1179.65 R1180.1 #17ada600947c6321 < -2.6991798481901294e+19\n\
    R1181.63 -R1182.2 #299df0abbb3b01d4 > -2.9717760822419594e+18\n\
    R1183.300 -R1184.2 #a8fb4dd1fd48fc1d > -5.299955447511514e+89\n\
    R1185.100 R1186.63 #577b42bc80d4b410 > 105726011470.64554\n\
    -R1187.64 R1188.63 #622d65d695d53c74 < -1.3264630236843187\n\
    -R1189.65 R1190.100 #bd7bb7e3d32d1a13 < -4.104040687796997e-11\n\
    -R1191.64 -R1192.100 #ac79184bd6e0fe56 > 7.660941535610537e-12\n\
    -R1193.64 -R1194.2 #3f5653abc9e31e58 < 4.681142902582873e+18\n\
    R1195.65 R1196.65 #b257656ab62152b4 < 0.799989099708185\n\
    R1197.300 -R1198.63 #13e4e12237b13186 > -1.885504807019599e+71\n\
    -R1199.300 -R1200.64 #d22dd474e428560b < 1.5223444037902474e+71\n\
    -R1201.63 -R1202.65 #b839509eabd9cf48 > 0.236872798990948\n\
    R1203.64 -R1204.1 #3baf4148a1b21edb > -1.3613407692324841e+19\n\
    R1205.64 R1206.40 #af41fd34715c078b > 25271977.485678922\n\
    R1207.300 -R1208.1 #be731a0a2a56bfa7 > -1.9816159144070463e+90\n\
    R1209.63 R1210.40 #9c33a2064e133497 > 9101888.920806328\n\
    R1211.63 -R1212.100 #50dc254647886e5b > -4.912917176586347e-12\n\
    -R1213.64 R1214.64 #d1fa726b0f5f0b24 < -1.3835580387576376\n\
    R1215.65 -R1216.2 #cd11926d5d70f300 > -8.444215187498703e+18\n\
    R1217.100 -R1218.300 #2bcdf94f0047ff39 > -5.263409007037244e-61\n\
    -R1219.65 -R1220.63 #386a83c77f3d0788 < 2.410976770130921\n\
    R1221.100 -R1222.63 #90e590bc6e61e25b > -145520681672.32568\n\
    -R1223.300 R1224.65 #59d7b3019c56a7aa < -5.41391520391023e+70\n\
    -R1225.65 R1226.2 #f66e0a8a93df77d0 < -8.303645274915312e+18\n\
    -R1227.64 -R1228.40 #99691010f70fd042 < 14076032.621972153\n\
    -R1229.63 R1230.300 #d758a4cda3e369e9 < -5.447617144085739e-72\n\
    R1231.65 -R1232.100 #84bb52bab99748d5 > -3.708150418412491e-11\n\
    -R1233.65 R1234.100 #4bc83b5006ab2f72 < -2.49103862012195e-11\n\
    -R1235.300 -R1236.63 #b038e11549212a28 < 1.8358048928201225e+71\n\
    R1237.100 R1238.63 #dec300a22922e88f > 176338273560.59158\n\
    R1239.300 -R1240.40 #00dd164ec908fa5b > -1.7431731324255959e+78\n\
    R1241.65 R1242.300 #a01f919a611fcc64 < 2.069292358537794e-71\n\
    R1243.63 R1244.65 #27aa729ec07bfa7e < 0.1560286900417022\n\
    -R1245.65 R1246.300 #6944dd0ab106e99b < -1.1474114057848122e-71\n\
    R1247.300 R1248.64 #3bda5328d29cd89e > 1.1558731032137464e+71\n\
    R1249.100 R1250.300 #1b2190d7f0dced98 < 7.648309664900155e-61\n\
    -R1251.63 R1252.100 #772bada3c2790160 < -7.711537908911e-12\n\
    -R1253.64 R1254.2 #8e984f85e44cde1e < -8.768066028907076e+18\n\
    -R1255.65 -R1256.1 #9b32def4c04e524d < 2.524486521069702e+19\n\
    R1257.63 R1258.2 #49727e00bfa45220 > 1.7846534318011464e+18\n\
    R1259.63 -R1260.65 #4ed082349400788e > -0.3731104790108741\n\
    R1261.63 R1262.2 #6c0c475d9d7d85d8 > 2.6007385750256246e+18\n\
    -R1263.65 -R1264.63 #0820c9e24e5c160c < 6.1873203192867\n\
    -R1265.300 -R1266.63 #d01411c0740783c4 < 2.959040771082629e+71\n\
    R1267.100 R1268.300 #9c88ca9364f4b463 < 9.230520421069256e-61\n\
    -R1269.64 -R1270.40 #38b1ab7b9f74ff02 < 14996387.996300025\n\
    R1271.100 R1272.65 #807340db7282b784 > 30923509715.03986\n\
    R1273.100 R1274.100 #eee43abfe6029255 > 1.335605039931382\n\
    R1275.64 -R1276.63 #1551453463b6353d > -2.35413033014298\n\
    R1277.300 R1278.2 #e5b2a51714926ac5 > 8.266819492127641e+89\n\
    -R1279.63 -R1280.63 #7503c90c85ca99e7 < 1.1413238023105337\n\
    R1281.100 R1282.2 #033c5bacb63a35fa > 3.3494425622518434e+29\n\
    R1283.100 -R1284.300 #17d192e1affd3cd6 > -8.037179915409729e-61\n\
    R1285.63 R1286.65 #49e54173254156ce < 0.16879638948261033\n\
    -R1287.300 R1288.100 #36a1546a3ae82ca1 < -1.881642669790327e+60\n\
    -R1289.100 R1290.100 #855ce25d87f9d2f8 < -0.8626506440435254\n\
    R1291.64 -R1292.100 #bd28b36c2fd2b972 > -1.684206005111553e-11\n\
    -R1293.63 -R1294.300 #64d372bff7383a32 > 3.9758798638865147e-72\n\
    -R1295.65 -R1296.300 #e9471f8771ce85f8 > 1.585371111363259e-71\n\
    R1297.100 -R1298.63 #b7559e7713dc4ccf > -113165543339.24716\n\
    -R1299.63 R1300.100 #f600c464fd82aa1a < -7.407374239610836e-12\n\
    ";

    /// a -a abs(a) ~a hash(a) float(a) bit_length bit_count hex oct bin str
    #[rustfmt::skip]
    const UNARY: &str = "\
    0 0 0 -1 0 0.0 0 0 0x0 0o0 0b0 0\n\
    1 -1 1 -2 1 1.0 1 1 0x1 0o1 0b1 1\n\
    -1 1 1 0 -2 -1.0 1 1 -0x1 -0o1 -0b1 -1\n\
    2 -2 2 -3 2 2.0 2 1 0x2 0o2 0b10 2\n\
    -2 2 2 1 -2 -2.0 2 1 -0x2 -0o2 -0b10 -2\n\
    3 -3 3 -4 3 3.0 2 2 0x3 0o3 0b11 3\n\
    -3 3 3 2 -3 -3.0 2 2 -0x3 -0o3 -0b11 -3\n\
    7 -7 7 -8 7 7.0 3 3 0x7 0o7 0b111 7\n\
    -7 7 7 6 -7 -7.0 3 3 -0x7 -0o7 -0b111 -7\n\
    10 -10 10 -11 10 10.0 4 2 0xa 0o12 0b1010 10\n\
    -10 10 10 9 -10 -10.0 4 2 -0xa -0o12 -0b1010 -10\n\
    2**31 -2147483648 2147483648 -2147483649 2147483648 2147483648.0 32 1 0x80000000 0o20000000000 #a9f15a0423282b56 2147483648\n\
    -2**31 2147483648 2147483648 2147483647 -2147483648 -2147483648.0 32 1 -0x80000000 -0o20000000000 #00d58fb9feee98af -2147483648\n\
    2**53+1 -9007199254740993 9007199254740993 -9007199254740994 9007199254740993 9007199254740992.0 54 2 0x20000000000001 0o400000000000000001 #5d3ec7d13e04c919 9007199254740993\n\
    2**62 -4611686018427387904 4611686018427387904 -4611686018427387905 2 4.611686018427388e+18 63 1 0x4000000000000000 0o400000000000000000000 #c83a0245ddf53962 4611686018427387904\n\
    -2**62 4611686018427387904 4611686018427387904 4611686018427387903 -2 -4.611686018427388e+18 63 1 -0x4000000000000000 -0o400000000000000000000 #3c10be728ed149a5 -4611686018427387904\n\
    2**63-1 -9223372036854775807 9223372036854775807 -9223372036854775808 3 9.223372036854776e+18 63 63 0x7fffffffffffffff 0o777777777777777777777 #1238632606a250bc 9223372036854775807\n\
    -2**63 9223372036854775808 9223372036854775808 9223372036854775807 -4 -9.223372036854776e+18 64 1 -0x8000000000000000 #bc800fa98106f794 #e1bd31a8ada0082f -9223372036854775808\n\
    2**63 -9223372036854775808 9223372036854775808 -9223372036854775809 4 9.223372036854776e+18 64 1 0x8000000000000000 0o1000000000000000000000 #2fcb2eb827b06656 9223372036854775808\n\
    -2**63-1 9223372036854775809 9223372036854775809 9223372036854775808 -5 -9.223372036854776e+18 64 2 -0x8000000000000001 #bc8010a98106f947 #e1bd30a8ada0067c -9223372036854775809\n\
    2**64 -18446744073709551616 18446744073709551616 -18446744073709551617 8 1.8446744073709552e+19 65 1 0x10000000000000000 0o2000000000000000000000 #e6a6c8eb70bdff52 18446744073709551616\n\
    -2**64+1 18446744073709551615 18446744073709551615 18446744073709551614 -7 -1.8446744073709552e+19 64 64 -0xffffffffffffffff #8bae9b72a547ab7d #360597d3f8796eee -18446744073709551615\n\
    10**20 -100000000000000000000 100000000000000000000 -100000000000000000001 848750603811160107 1e+20 67 26 0x56bc75e2d63100000 #180a6cf18ef4624b #ed8fad8dc2824be7 100000000000000000000\n\
    -(10**20)-7 100000000000000000007 100000000000000000007 100000000000000000006 -848750603811160114 -1e+20 67 29 -0x56bc75e2d63100007 #da2c62285bc02b49 #f133446f49f29aa5 -100000000000000000007\n\
    3**45 -2954312706550833698643 2954312706550833698643 -2954312706550833698644 527811748091747412 2.9543127065508336e+21 72 34 0xa0275329fd09495753 #337f428472b0c1b7 #b7c6d8af3fbd36db 2954312706550833698643\n\
    -(7**30) #9ae064b71b40059d #9ae064b71b40059d #9ae063b71b4003ea -1576789505360112369 -2.2539340290692256e+25 85 43 #59c03a5f54c9d78e #eb738d60a83d6ea2 #0bfbb79af61345ff #64eeae818cec0f90\n\
    2**100+12345 #d328d3a9a755c150 #ed6e4b05cdb0fdab #d328d6a9a755c669 549755826233 1.2676506002282294e+30 101 7 #51cf218b64c07cd7 #5989c09aef059143 #c253f2b3182ef1dc #ed6e4b05cdb0fdab\n\
    -(2**127) #5a8972e2d4c4ca1e #5a8972e2d4c4ca1e #5a896de2d4c4c19f -32 -1.7014118346046923e+38 128 1 #96948b24d8116908 #b8680aa70e8e80ed #2e5a7a66d3aa272f #9dd5846b5ba6c515\n\
    2**53 -9007199254740992 9007199254740992 -9007199254740993 9007199254740992 9007199254740992.0 54 1 0x20000000000000 0o400000000000000000 #5d3ec6d13e04c766 9007199254740992\n\
    2**53+2 -9007199254740994 9007199254740994 -9007199254740995 9007199254740994 9007199254740994.0 54 2 0x20000000000002 0o400000000000000002 #5d424cd13e07e0ef 9007199254740994\n\
    2**53+3 -9007199254740995 9007199254740995 -9007199254740996 9007199254740995 9007199254740996.0 54 3 0x20000000000003 0o400000000000000003 #5d424bd13e07df3c 9007199254740995\n\
    -(2**53+3) 9007199254740995 9007199254740995 9007199254740994 -9007199254740995 -9007199254740996.0 54 3 -0x20000000000003 -0o400000000000000003 #b8fecff99a4df481 -9007199254740995\n\
    2**54+2 -18014398509481986 18014398509481986 -18014398509481987 18014398509481986 1.8014398509481984e+16 55 2 0x40000000000002 0o1000000000000000002 #7676b18c6221d0ab 18014398509481986\n\
    2**64-1 -18446744073709551615 18446744073709551615 -18446744073709551616 7 1.8446744073709552e+19 64 64 0xffffffffffffffff 0o1777777777777777777777 #9821069d45cedf97 18446744073709551615\n\
    2**64+1 -18446744073709551617 18446744073709551617 -18446744073709551618 9 1.8446744073709552e+19 65 2 0x10000000000000001 0o2000000000000000000001 #e6a6c9eb70be0105 18446744073709551617\n\
    2**61-1 -2305843009213693951 2305843009213693951 -2305843009213693952 0 2.305843009213694e+18 61 61 0x1fffffffffffffff 0o177777777777777777777 #c6c57207c2a6ebb6 2305843009213693951\n\
    2**61 -2305843009213693952 2305843009213693952 -2305843009213693953 1 2.305843009213694e+18 62 1 0x2000000000000000 0o200000000000000000000 #74c0cdee81649c26 2305843009213693952\n\
    2**61+1 -2305843009213693953 2305843009213693953 -2305843009213693954 2 2.305843009213694e+18 62 2 0x2000000000000001 0o200000000000000000001 #74c0ceee81649dd9 2305843009213693953\n\
    -(2**61-1) 2305843009213693951 2305843009213693951 2305843009213693950 0 -2.305843009213694e+18 61 61 -0x1fffffffffffffff -0o177777777777777777777 #361dc80adf228279 -2305843009213693951\n\
    -(2**61) 2305843009213693952 2305843009213693952 2305843009213693951 -2 -2.305843009213694e+18 62 1 -0x2000000000000000 -0o200000000000000000000 #c96c13b1fdf96b77 -2305843009213693952\n\
    2**122-1 #ac8b1a53578bab5b #65dcfe26db503a78 #ac8b1f53578bb3da 0 5.316911983139664e+36 122 122 #692ce63c020c6626 #97c14ddb0a83bff1 #3e7765b319978c71 #65dcfe26db503a78\n\
    2**122 #ac8b1f53578bb3da #65dd0526db50465d #ac8b2053578bb58d 1 5.316911983139664e+36 123 1 #4c7256cc08c0345b #3fa982f8ad98651c #3cd2802ddaf96a02 #65dd0526db50465d\n\
    2**1023 #022239a83ba3ba82 #1cb2a274da946fff #02223aa83ba3bc35 140737488355328 8.98846567431158e+307 1024 1 #f9f5bdd7dc65f55d #80df7411d46a9899 #f6d75dbf233cd056 #1cb2a274da946fff\n\
    (2**53-1)*2**971 #aaf57ae064b278df #1dbf41baf9aba190 #aaf579e064b2772c 2234066890152476671 1.7976931348623157e+308 1024 53 #d3519ae6a3d3402b #078adf55caafe848 #6a08b1716474629a #1dbf41baf9aba190\n\
    (2**53-1)*2**971+2**970-1 #797b65d2cc8b4b68 #2616e256fb956733 #797b68d2cc8b5081 2270095687171440638 1.7976931348623157e+308 1024 1023 #47df1a73267141d9 #f9601c4eaf641afa #66d547acf51e7ae8 #2616e256fb956733\n\
    (2**53-1)*2**971+2**970 #797b68d2cc8b5081 #2616e356fb9568e6 #797b67d2cc8b4ece 2270095687171440639 !OverflowError 1024 54 #e43db80cdc1e9fbe #a60f749a3033d76a #2d04a7c6e7cac065 #2616e356fb9568e6\n\
    -((2**53-1)*2**971+2**970) #2616e356fb9568e6 #2616e356fb9568e6 #2616e256fb956733 -2270095687171440639 !OverflowError 1024 54 #ca30ca81acaf1163 #f1ef947ba7a4a6e7 #308b650824c4f960 #797b68d2cc8b5081\n\
    2**1024 #71bd27b24e8ad703 #a5cbb19df993690c #71bd26b24e8ad550 281474976710656 !OverflowError 1025 1 #3a85cab95cfc9cec #7b201b8ca7382a12 #acc4b1c8e0561d52 #a5cbb19df993690c\n\
    10**308 #6b16d9a4020a20db #3faa39faf96fbbfc #6b16d8a4020a1f28 1845381122789935031 1e+308 1024 360 #e0489c17dbfe44a1 #04ce296a452a6a66 #920fd5627dee06db #3faa39faf96fbbfc\n\
    10**309 #01f4bcaf7735ef51 #9dfc5175d8dc1ba4 #01f4bbaf7735ed9e 7067154189798702 !OverflowError 1027 359 #3aad3bfa85e6a2c0 #51b67c97686085ca #b6c05663767e0a76 #9dfc5175d8dc1ba4\n\
    2**52*3+1 -13510798882111489 13510798882111489 -13510798882111490 13510798882111489 1.3510798882111488e+16 54 3 0x30000000000001 0o600000000000000001 #521659c3c1584276 13510798882111489\n\
    12345678901234567890123 -12345678901234567890123 12345678901234567890123 -12345678901234567890124 195429904450476469 1.2345678901234568e+22 74 35 0x29d42b64e76714244cb #9fc93e5cb6514fa4 #888fe288fb7af05c 12345678901234567890123\n\
    R1301.64 -18018093203988967520 18018093203988967520 -18018093203988967521 1877192139493109863 1.8018093203988967e+19 64 25 0xfa0d204e19a47060 0o1750151004703151070140 #56a465851bcc7652 18018093203988967520\n\
    R1302.100 #441f91f379fe4dee #640f07c27be41e45 #441f92f379fe4fa1 99038977504431109 1.0648342730728505e+30 100 50 #1518f169c193dd13 #4b53e83332ffe37f #79a650fc74da5c89 #640f07c27be41e45\n\
    -R1303.55 30966771235883809 30966771235883809 30966771235883808 -30966771235883809 -3.096677123588381e+16 55 24 -0x6e041d475b0b21 -0o1560101650726605441 #19f55638b8e58dfe -30966771235883809\n\
    -R1304.30 537900984 537900984 537900983 -537900984 -537900984.0 30 15 -0x200fb7b8 -0o4003733670 #859b7b45f7e5a84b -537900984\n\
    R1305.53 -8198554866646108 8198554866646108 -8198554866646109 8198554866646108 8198554866646108.0 53 29 0x1d208ace7f7c5c 0o351010531637676134 #56d18fcb42dc5efe 8198554866646108\n\
    -R1306.54 13015965351945144 13015965351945144 13015965351945143 -13015965351945144 -1.3015965351945144e+16 54 31 -0x2e3df3973623b8 -0o561737162715421670 #7c97e1948182ad53 -13015965351945144\n\
    R1307.200 #3455af2d9b0d7951 #5d785b94873561ca #3455a82d9b0d6d6c 1456534152472500685 1.315619415825289e+60 200 96 #12a39ede85d2eda4 #a1537f72f4862edf #1485884c389c7ba3 #5d785b94873561ca\n\
    -R1308.30 845313822 845313822 845313821 -845313822 -845313822.0 30 16 -0x3262771e -0o6230473436 #886ae5ab885b8cf6 -845313822\n\
    R1309.64 -16636230710433371029 16636230710433371029 -16636230710433371030 495329645937513372 1.663623071043337e+19 64 34 0xe6dfc3b048d35395 0o1633376073011064651625 #4af50e31119584d9 16636230710433371029\n\
    -R1310.62 3495446876436912385 3495446876436912385 3495446876436912384 -1189603867223218434 -3.4954468764369126e+18 62 22 -0x3082526a19455901 -0o302022446503121254401 #3a37e149e56b4c98 -3495446876436912385\n\
    -R1311.1025 #ff22198e6ac85903 #ff22198e6ac85903 #ff22188e6ac85750 -2212080986195163815 !OverflowError 1025 490 #94105d144ce6f578 #7094e91338e873f3 #440041b7f396c5f2 #c1c126e77a445a28\n\
    R1312.1024 #30788b63b4ab5194 #c4f5d992f3c3b30f #30788e63b4ab56ad 376383929974526155 1.666448598947718e+308 1024 545 #0f85586cc6e53556 #544d0c3fb50e19bb #6ec986c13ffeb2b0 #c4f5d992f3c3b30f\n\
    R1313.64 -12240824940173271879 12240824940173271879 -12240824940173271880 711609894104802124 1.2240824940173271e+19 64 30 0xa9e0256dacc52347 0o1247401126665461221507 #4500873d32b3dd01 12240824940173271879\n\
    R1314.30 -710742937 710742937 -710742938 710742937 710742937.0 30 15 0x2a5d1399 0o5227211631 #134597ba0ddc60ae 710742937\n\
    R1315.100 #60e410dc11d8045f #da9f913b586e969e #60e411dc11d80612 2107680291615805269 7.038070138090295e+29 100 59 #ed0e7a9a88fc42d4 #514b53fd8e3bee4a #13bdda9f6e0b14a8 #da9f913b586e969e\n\
    -R1316.200 #847f7e67f1b73d92 #847f7e67f1b73d92 #847f7f67f1b73f45 -356406993486818649 -9.284727616695218e+59 200 108 #29dfe818bcf3be05 #4abdae6549e38341 #2a5c4c9520048460 #2cfcd89da93124cf\n\
    R1317.65 -25048639957967895830 25048639957967895830 -25048639957967895831 1990209865830956320 2.5048639957967897e+19 65 33 0x15b9ea5541154fd16 0o2556365125202125176426 #16249498c4682cfc 25048639957967895830\n\
    R1318.30 -586314922 586314922 -586314923 586314922 586314922.0 30 15 0x22f274aa 0o4274472252 #e6667dbfc2537134 586314922\n\
    -R1319.1025 #8c3ccbe24a643c32 #8c3ccbe24a643c32 #8c3ccae24a643a7f -1970137177929535987 !OverflowError 1025 549 #43083406f69d085c #2b546b5be5ff36bc #744005b0b94b8d41 #eb56bd2da4510f19\n\
    -R1320.53 4670939379039729 4670939379039729 4670939379039728 -4670939379039729 -4670939379039729.0 53 26 -0x109831d2747df1 -0o204603072235076761 #7de18ad1b6949ce2 -4670939379039729\n\
    R1321.65 -27036982351780650175 27036982351780650175 -27036982351780650176 1672709250430016714 2.703698235178065e+19 65 35 0x17736a8336c641cbf 0o2734665203155431016277 #e969e62bcffde1c0 27036982351780650175\n\
    R1322.500 #67817ee85a112697 #36e8f6e7aca45db8 #67817fe85a11284a 1482041194556190164 2.199475086594347e+150 500 257 #2bf0f391efdbe765 #6b966bcf8b568376 #9b74a55b06084f6c #36e8f6e7aca45db8\n\
    R1323.1024 #ff227e849fb60a9e #319f14717bc8ff11 #ff2279849fb6021f 41021512771623639 1.6912018717781436e+308 1024 504 #c12a8691e4af525d #5f05d7aef9b6b105 #a5d607f641991845 #319f14717bc8ff11\n\
    R1324.8 -147 147 -148 147 147.0 8 4 0x93 0o223 0b10010011 147\n\
    R1325.55 -29166906355321245 29166906355321245 -29166906355321246 29166906355321245 2.9166906355321244e+16 55 27 0x679f259481899d 0o1474762262440304635 #62a756f0b51bd232 29166906355321245\n\
    -R1326.500 #a4b4f6f6444f616e #a4b4f6f6444f616e #a4b873f644526bac -1157547690174861224 -2.08708653852154e+150 500 249 #8ff50732f145cde2 #76414f6fbbe1a780 #8672901fbadc0185 #e6b5dec6e07fd535\n\
    R1327.1024 #14b5d01cf502e97b #c5055ddbe4e1ad42 #14b5cf1cf502e7c8 423789553451117051 9.015761868635285e+307 1024 499 #1b3cdd1412ea9dff #b864c18b683a7968 #042ea7f1b591560c #c5055ddbe4e1ad42\n\
    R1328.54 -11341065726271061 11341065726271061 -11341065726271062 11341065726271061 1.134106572627106e+16 54 27 0x284aa3a1fd1e55 0o502252164177217125 #f4ca835dddc93fac 11341065726271061\n\
    -R1329.30 790154057 790154057 790154056 -790154057 -790154057.0 30 15 -0x2f18cb49 -0o5706145511 #400bae9eb68d45a5 -790154057\n\
    -R1330.64 15451966654228304734 15451966654228304734 15451966654228304733 -1616908598946141028 -1.5451966654228304e+19 64 35 -0xd67069cdd275935e #e0a9db771f1d0aa3 #96c17b5d3f9832bd -15451966654228304734\n\
    -R1331.100 #6918a6fb5bf550a3 #6918a6fb5bf550a3 #6918abfb5bf55922 -1745650737604907640 -6.74201240125873e+29 100 46 #66607f6df6d04b99 #4beeaad5eee6f8b4 #27c595330c4a1252 #711029e866354c16\n\
    -R1332.8 249 249 248 -249 -249.0 8 6 -0xf9 -0o371 -0b11111001 -249\n\
    -R1333.62 3085833281791593493 3085833281791593493 3085833281791593492 -779990272577899542 -3.0858332817915935e+18 62 24 -0x2ad3150535440c15 -0o253230520246521006025 #3fff8219ca8f1a40 -3085833281791593493\n\
    -R1334.1025 #f2bd6efdc52d279a #f2bd6efdc52d279a #f2bd6dfdc52d25e7 -1884629209740377446 !OverflowError 1025 518 #15166578007a23cc #bae526d2d3624ceb #9e6132d3682d7168 #85ced19793823ded\n\
    R1335.55 -18230944197564982 18230944197564982 -18230944197564983 18230944197564982 1.8230944197564984e+16 55 25 0x40c4f278d0da36 0o1006117117064155066 #f925df79a4aa1bc2 18230944197564982\n\
    R1336.1025 #d7d297bc458c548d #50b953640228e952 #d7d290bc458c48a8 924423991607831724 !OverflowError 1025 504 #7e70b74705cebfb8 #73fc515d6732fd14 #7f6bdae2a4dd5bc9 #50b953640228e952\n\
    -R1337.1025 #c7766fb2d9ddfc77 #c7766fb2d9ddfc77 #c7766eb2d9ddfac4 -1071324162460912697 !OverflowError 1025 513 #6b76f6b6e97e39cc #c5f7afa13720d689 #6e78aeeaafaa78b1 #d20cf8372144de78\n\
    R1338.100 #1897635757cb13e3 #7dcdef0932ff3382 #1897705757cb29fa 540095414416436585 8.140832213582253e+29 100 49 #064106055c921fad #92b518a90755fdba #d42aeb97f3d77736 #7dcdef0932ff3382\n\
    -R1339.100 #ec39ae40bfe1c10f #ec39ae40bfe1c10f #ec363140bfdeb6d1 -2076541443383577269 -1.1668451685810153e+30 100 51 #d06b249d7cac0abd #5380eb28cecadaba #f96ce7e4c7e8db59 #4db18f5cb518dfd4\n\
    -R1340.500 #8a7a20759521d452 #8a7a20759521d452 #8a7a21759521d605 -198489755306912499 -2.616010001235828e+150 500 247 #f3cefed1fc6e552a #f289c6c340cb0919 #f6593fcbe7b58027 #b26a4c05fda91f3d\n\
    -R1341.63 7098741056707088915 7098741056707088915 7098741056707088914 -181212029066007062 -7.098741056707089e+18 63 28 -0x6283cb615d81d213 -0o612036266053540351023 #30b1d2a997ddebec -7098741056707088915\n\
    R1342.63 -8238676616655167380 8238676616655167380 -8238676616655167381 1321147589014085527 8.238676616655167e+18 63 31 0x7255a8bb830c5f94 0o711255213560303057624 #9ccc65793bb4cdf0 8238676616655167380\n\
    R1343.65 -24713483008643264553 24713483008643264553 -24713483008643264554 1655052916506325043 2.4713483008643265e+19 65 39 0x156f7eddbd4d57029 0o2533677335572465270051 #5241fe7e2609f724 24713483008643264553\n\
    R1344.63 -7191166956991593567 7191166956991593567 -7191166956991593568 273637929350511714 7.191166956991593e+18 63 31 0x63cc283f3802bc5f 0o617141203747000536137 #27324584c015f330 7191166956991593567\n\
    -R1345.55 29562874090810030 29562874090810030 29562874090810029 -29562874090810030 -2.956287409081003e+16 55 25 -0x69074700b8eaae -0o1510164340056165256 #5f2d36fdad6e673f -29562874090810030\n\
    R1346.500 #048b62a0c64f87c7 #88541fef3770d7fc #048b63a0c64f897a 1428338466473180173 2.1016984423710557e+150 500 247 #775d1748dd78590d #cf7e78704f73758b #46bfc82dcc217392 #88541fef3770d7fc\n\
    R1347.55 -24923482291874720 24923482291874720 -24923482291874721 24923482291874720 2.492348229187472e+16 55 25 0x588bc66c92aba0 0o1304274315444525640 #22e79525ffeb4b56 24923482291874720\n\
    -R1348.63 4939155269355350231 4939155269355350231 4939155269355350230 -327469250927962329 -4.93915526935535e+18 63 31 -0x448b678c786ca8d7 -0o422133170617033124327 #8bb3f126fc73cffd -4939155269355350231\n\
    -R1349.62 2390098490884626015 2390098490884626015 2390098490884626014 -84255481670932064 -2.390098490884626e+18 62 29 -0x212b55ea0760165f -0o204532536500730013137 #bff1ebb7ff18e723 -2390098490884626015\n\
    -R1350.55 33286252004675258 33286252004675258 33286252004675257 -33286252004675258 -3.3286252004675256e+16 55 29 -0x7641ab7aa48eba -0o1662032557251107272 #a764daec96e51f41 -33286252004675258\n\
    -R1351.55 21745352099812467 21745352099812467 21745352099812466 -21745352099812467 -2.1745352099812468e+16 55 25 -0x4d4148536cd473 -0o1152024412333152163 #be0ce7228edbaaa1 -21745352099812467\n\
    -R1352.200 #c58fae8594df525d #c58fae8594df525d #c58fab8594df4d44 -1746325616417416225 -1.2479029208986237e+60 200 97 #d0dfd00b25101a09 #246f6d1bb57e5f6e #ef08b3789514bc89 #f434dfd558dd522e\n\
    -R1353.8 180 180 179 -180 -180.0 8 4 -0xb4 -0o264 -0b10110100 -180\n\
    -R1354.1025 #94404669e784fcaf #94404669e784fcaf #94404769e784fe62 -214760270780419191 !OverflowError 1025 502 #e59570fd564d5161 #eb3d43f04733dae7 #4b7c3a263731d3f6 #f8c46dd0bca8b7d0\n\
    R1355.1025 #ee622eebdc73891c #a599d881ff77c257 #ee622debdc738769 306654784052250043 !OverflowError 1025 493 #9232fbce58f7995c #3c7cd56afea6f693 #fe5e150420d5b128 #a599d881ff77c257\n\
    -R1356.53 6714957793590635 6714957793590635 6714957793590634 -6714957793590635 -6714957793590635.0 53 39 -0x17db37f1f7fd6b -0o276663376175776553 #317bba0c3c67c36b -6714957793590635\n\
    -R1357.8 225 225 224 -225 -225.0 8 4 -0xe1 -0o341 -0b11100001 -225\n\
    R1358.30 -821831327 821831327 -821831328 821831327 821831327.0 30 17 0x30fc269f 0o6077023237 #f056a2e993a3874a 821831327\n\
    -R1359.55 28036394656179826 28036394656179826 28036394656179825 -28036394656179826 -2.8036394656179824e+16 55 28 -0x639af3d043a672 -0o1434657172020723162 #7a65e60a28c27a44 -28036394656179826\n\
    R1360.53 -8519206310318970 8519206310318970 -8519206310318971 8519206310318970 8519206310318970.0 53 25 0x1e442c49e5137a 0o362102611171211572 #c5d12f2651bbfda4 8519206310318970\n\
    R1361.63 -6468662983466093464 6468662983466093464 -6468662983466093465 1856976965038705562 6.468662983466094e+18 63 30 0x59c54eb605370b98 0o547052353300515605630 #21fd874d2ef3d3ab 6468662983466093464\n\
    -R1362.53 5564716671188003 5564716671188003 5564716671188002 -5564716671188003 -5564716671188003.0 53 23 -0x13c51490763c23 -0o236121222035436043 #d9fd62254ed3de0f -5564716671188003\n\
    R1363.200 #1ac8ab4f1701a72d #aff654e9953a1d2a #1ac8a44f17019b48 648478753228051361 1.3982782209426618e+60 200 115 #7a6679927328aa7c #a11cef995ba72845 #664f63762b1bb9d8 #aff654e9953a1d2a\n\
    R1364.64 -16041331041387121625 16041331041387121625 -16041331041387121626 2206272986104957919 1.604133104138712e+19 64 36 0xde9e41976e538bd9 0o1572362031355624705731 #6a740fd4af09ae59 16041331041387121625\n\
    R1365.54 -9653201669368553 9653201669368553 -9653201669368554 9653201669368553 9653201669368552.0 54 24 0x224b892872aae9 0o422270445034525351 #8d211b5737a62a21 9653201669368553\n\
    -R1366.1025 #570e15c5b37c228e #570e15c5b37c228e #570e16c5b37c2441 -966076468214624594 !OverflowError 1025 532 #ccb855f78f642251 #d30fb52ff61f74de #86452bfa44519e6c #b7930bcc9c7498b5\n\
    -R1367.62 3852552655274360448 3852552655274360448 3852552655274360447 -1546709646060666497 -3.8525526552743603e+18 62 29 -0x3577043a701dbe80 -0o325670103516007337200 #f8a0bea82e600f4b -3852552655274360448\n\
    -R1368.53 4710599662423901 4710599662423901 4710599662423900 -4710599662423901 -4710599662423901.0 53 30 -0x10bc43f38ecf5d -0o205704176343547535 #9c3ddf9658ffbc06 -4710599662423901\n\
    R1369.64 -9615512241139672017 9615512241139672017 -9615512241139672018 392140204284896213 9.615512241139671e+18 64 28 0x857129702a8ce3d1 0o1025611227005243161721 #b8d185ee4ba1e6df 9615512241139672017\n\
    R1370.200 #c5ce55f9b4684969 #58df16005c7d2ab6 #c5ce52f9b4684450 18301992144277204 1.3817244720280683e+60 200 108 #959b65b1c3fce257 #3d21da1a44982328 #ea59cafd38a81a97 #58df16005c7d2ab6\n\
    R1371.200 #d556cbf3ca9e145f #156eabf694f64b24 #d556caf3ca9e12ac 937993311234427968 1.129507783848909e+60 200 89 #dd39b70ff47b3020 #de31b285e7657d77 #76f27c546710073a #156eabf694f64b24\n\
    -R1372.500 #c260781815f5672e #c260781815f5672e #c260791815f568e1 -224462651113926484 -2.2724303542446106e+150 500 265 #83aee9fec5819153 #8de6b048dd5c7db0 #5d8c58bf4c0c735b #739f3c80f71ac8f5\n\
    -R1373.8 179 179 178 -179 -179.0 8 5 -0xb3 -0o263 -0b10110011 -179\n\
    R1374.100 #fb75e922397427ea #e7d44eafc122cd1f #fb75dc22397411d3 2016761096825468167 6.752374288725884e+29 100 53 #7ae60b9f596a3cbf #b3d7a34acb4463fd #236fee4f491157f6 #e7d44eafc122cd1f\n\
    R1375.100 #8036e232a275f6a6 #c72ff45c6ffbc5ab #8036e332a275f859 62659667011051661 7.368449331881863e+29 100 54 #92a300ef1542d38d #69600ddb481c6475 #5935e1d44c617039 #c72ff45c6ffbc5ab\n\
    -R1376.30 578381472 578381472 578381471 -578381472 -578381472.0 30 13 -0x227966a0 -0o4236263240 #4f82e1c5b37fc049 -578381472\n\
    -R1377.1024 #9a459924c50de3e4 #9a459924c50de3e4 #9a459a24c50de597 -318848695547715438 -9.330536088100189e+307 1024 510 #cd9a5e0bb021c303 #50b4f1af0f2edc85 #92c46b3ce8d7b89a #354680c6d7371c15\n\
    R1378.500 #4f5f57bfe9ad46f2 #3b7cb78d506f9391 #4f5c5abfe9ab1634 680765204771481665 2.5335825883337807e+150 500 261 #d4a3123fabc289ad #1048c327bbc59cad #c21d2f8bf959e028 #3b7cb78d506f9391\n\
    -R1379.8 148 148 147 -148 -148.0 8 3 -0x94 -0o224 -0b10010100 -148\n\
    R1380.53 -8501432371980734 8501432371980734 -8501432371980735 8501432371980734 8501432371980734.0 53 27 0x1e3401f89d29be 0o361500077047224676 #c16ea4b5e2a37f5e 8501432371980734\n\
    ";

    /// a n a<<n a>>n
    #[rustfmt::skip]
    const SHIFTS: &str = "\
    0 0 0 0\n\
    0 1 0 0\n\
    0 2 0 0\n\
    0 31 0 0\n\
    0 32 0 0\n\
    0 62 0 0\n\
    0 63 0 0\n\
    0 64 0 0\n\
    0 65 0 0\n\
    0 100 0 0\n\
    0 127 0 0\n\
    0 128 0 0\n\
    0 129 0 0\n\
    0 200 0 0\n\
    0 -1 !ValueError !ValueError\n\
    1 0 1 1\n\
    1 1 2 0\n\
    1 2 4 0\n\
    1 31 2147483648 0\n\
    1 32 4294967296 0\n\
    1 62 4611686018427387904 0\n\
    1 63 9223372036854775808 0\n\
    1 64 18446744073709551616 0\n\
    1 65 36893488147419103232 0\n\
    1 100 #4894ffee80e0fb9a 0\n\
    1 127 #5a8972e2d4c4ca1e 0\n\
    1 128 #bde12edfd75fd923 0\n\
    1 129 #9f25391faa17f4f5 0\n\
    1 200 #f529048593a5023d 0\n\
    1 -1 !ValueError !ValueError\n\
    -1 0 -1 -1\n\
    -1 1 -2 -1\n\
    -1 2 -4 -1\n\
    -1 31 -2147483648 -1\n\
    -1 32 -4294967296 -1\n\
    -1 62 -4611686018427387904 -1\n\
    -1 63 -9223372036854775808 -1\n\
    -1 64 -18446744073709551616 -1\n\
    -1 65 -36893488147419103232 -1\n\
    -1 100 #31c162c0cc159225 -1\n\
    -1 127 #9dd5846b5ba6c515 -1\n\
    -1 128 #70ea948c8d6d1f24 -1\n\
    -1 129 #14b5a4e3180b8e5a -1\n\
    -1 200 #866d4021f332138a -1\n\
    -1 -1 !ValueError !ValueError\n\
    2 0 2 2\n\
    2 1 4 1\n\
    2 2 8 0\n\
    2 31 4294967296 0\n\
    2 32 8589934592 0\n\
    2 62 9223372036854775808 0\n\
    2 63 18446744073709551616 0\n\
    2 64 36893488147419103232 0\n\
    2 65 73786976294838206464 0\n\
    2 100 #7d564e8f37761098 0\n\
    2 127 #bde12edfd75fd923 0\n\
    2 128 #9f25391faa17f4f5 0\n\
    2 129 #46f8511f45be9343 0\n\
    2 200 #755b7c269279d880 0\n\
    2 -1 !ValueError !ValueError\n\
    -2 0 -2 -2\n\
    -2 1 -4 -1\n\
    -2 2 -8 -1\n\
    -2 31 -4294967296 -1\n\
    -2 32 -8589934592 -1\n\
    -2 62 -9223372036854775808 -1\n\
    -2 63 -18446744073709551616 -1\n\
    -2 64 -36893488147419103232 -1\n\
    -2 65 -73786976294838206464 -1\n\
    -2 100 #14c3c109ffc5fcb7 -1\n\
    -2 127 #70ea948c8d6d1f24 -1\n\
    -2 128 #14b5a4e3180b8e5a -1\n\
    -2 129 #33819cd57c0554fa -1\n\
    -2 200 #f8ae587c53a058e7 -1\n\
    -2 -1 !ValueError !ValueError\n\
    3 0 3 3\n\
    3 1 6 1\n\
    3 2 12 0\n\
    3 31 6442450944 0\n\
    3 32 12884901888 0\n\
    3 62 13835058055282163712 0\n\
    3 63 27670116110564327424 0\n\
    3 64 55340232221128654848 0\n\
    3 65 110680464442257309696 0\n\
    3 100 #ca1ea7905ac7a412 0\n\
    3 127 #8ff5ec5b98971685 0\n\
    3 128 #78d1b7c47767a062 0\n\
    3 129 #a35a704773dd2431 0\n\
    3 200 #f5d6ad32a4a702b8 0\n\
    3 -1 !ValueError !ValueError\n\
    -3 0 -3 -3\n\
    -3 1 -6 -2\n\
    -3 2 -12 -1\n\
    -3 31 -6442450944 -1\n\
    -3 32 -12884901888 -1\n\
    -3 62 -13835058055282163712 -1\n\
    -3 63 -27670116110564327424 -1\n\
    -3 64 -55340232221128654848 -1\n\
    -3 65 -110680464442257309696 -1\n\
    -3 100 #464ba11b13d43329 -1\n\
    -3 127 #1635613099a8e8ae -1\n\
    -3 128 #a718842d5cb8ad03 -1\n\
    -3 129 #1e1605ba51b76824 -1\n\
    -3 200 #fe0e706dd37ef2db -1\n\
    -3 -1 !ValueError !ValueError\n\
    7 0 7 7\n\
    7 1 14 3\n\
    7 2 28 1\n\
    7 31 15032385536 0\n\
    7 32 30064771072 0\n\
    7 62 32281802128991715328 0\n\
    7 63 64563604257983430656 0\n\
    7 64 129127208515966861312 0\n\
    7 65 258254417031933722624 0\n\
    7 100 #4590c666e0883bc0 0\n\
    7 127 #60e5fb1a75039e48 0\n\
    7 128 #2d483e0eeab8f2db 0\n\
    7 129 #78fab53e44b807be 0\n\
    7 200 #5220aa3d2a330401 0\n\
    7 -1 !ValueError !ValueError\n\
    -7 0 -7 -7\n\
    -7 1 -14 -4\n\
    -7 2 -28 -2\n\
    -7 31 -15032385536 -1\n\
    -7 32 -30064771072 -1\n\
    -7 62 -32281802128991715328 -1\n\
    -7 63 -64563604257983430656 -1\n\
    -7 64 -129127208515966861312 -1\n\
    -7 65 -258254417031933722624 -1\n\
    -7 100 #b31e19fff50b5b7b -1\n\
    -7 127 #dc11a81769d07f31 -1\n\
    -7 128 #c0156118583a0712 -1\n\
    -7 129 #630c8ef27d0a1157 -1\n\
    -7 200 #f48025a539a99704 -1\n\
    -7 -1 !ValueError !ValueError\n\
    10 0 10 10\n\
    10 1 20 5\n\
    10 2 40 2\n\
    10 31 21474836480 0\n\
    10 32 42949672960 0\n\
    10 62 46116860184273879040 0\n\
    10 63 92233720368547758080 0\n\
    10 64 184467440737095516160 0\n\
    10 65 368934881474191032320 0\n\
    10 100 #362a8c44fe4ba1de 0\n\
    10 127 #9c58656f8a638c2a 0\n\
    10 128 #057bb95af7dddb49 0\n\
    10 129 #8434d5ce06b4eabf 0\n\
    10 200 #39b4bbf9e1627c17 0\n\
    10 -1 !ValueError !ValueError\n\
    -10 0 -10 -10\n\
    -10 1 -20 -5\n\
    -10 2 -40 -3\n\
    -10 31 -21474836480 -1\n\
    -10 32 -42949672960 -1\n\
    -10 62 -46116860184273879040 -1\n\
    -10 63 -92233720368547758080 -1\n\
    -10 64 -184467440737095516160 -1\n\
    -10 65 -368934881474191032320 -1\n\
    -10 100 #a12ce29ac8a739af -1\n\
    -10 127 #d895276cbc60fddf -1\n\
    -10 128 #4bb97ed4506bcefc -1\n\
    -10 129 #3c3597e1dba2fe1e -1\n\
    -10 200 #9db7b3b03e17850e -1\n\
    -10 -1 !ValueError !ValueError\n\
    2**31 0 2147483648 2147483648\n\
    2**31 1 4294967296 1073741824\n\
    2**31 2 8589934592 536870912\n\
    2**31 31 4611686018427387904 1\n\
    2**31 32 9223372036854775808 0\n\
    2**31 62 #3f898ee4e4540a06 0\n\
    2**31 63 #c76a361373a5dbae 0\n\
    2**31 64 #724aaa723fc85043 0\n\
    2**31 65 #cafac362742a667e 0\n\
    2**31 100 #6fec47cb7e5ea4b4 0\n\
    2**31 127 #3066f338e2a10a5e 0\n\
    2**31 128 #568049f4f0a89824 0\n\
    2**31 129 #e1f7fefde7c3d73e 0\n\
    2**31 200 #47d679460955915a 0\n\
    2**31 -1 !ValueError !ValueError\n\
    -2**31 0 -2147483648 -2147483648\n\
    -2**31 1 -4294967296 -1073741824\n\
    -2**31 2 -8589934592 -536870912\n\
    -2**31 31 -4611686018427387904 -1\n\
    -2**31 32 -9223372036854775808 -1\n\
    -2**31 62 #fbd1aa2b63f9bf53 -1\n\
    -2**31 63 #5ba4ca63b39fbcc9 -1\n\
    -2**31 64 #99784be4c6e77c10 -1\n\
    -2**31 65 #fd7f1c305fe53115 -1\n\
    -2**31 100 #12f2f901cf2e6871 -1\n\
    -2**31 127 #b87be03e05ef56b3 -1\n\
    -2**31 128 #3d9d4cb52909a289 -1\n\
    -2**31 129 #12a9fe869441b135 -1\n\
    -2**31 200 #8182bf911cc92697 -1\n\
    -2**31 -1 !ValueError !ValueError\n\
    2**53+1 0 9007199254740993 9007199254740993\n\
    2**53+1 1 18014398509481986 4503599627370496\n\
    2**53+1 2 36028797018963972 2251799813685248\n\
    2**53+1 31 #9c08041704d063e0 4194304\n\
    2**53+1 32 #5e0868dfd1ff2412 2097152\n\
    2**53+1 62 #676c42779eb01361 0\n\
    2**53+1 63 #48386e7603687a66 0\n\
    2**53+1 64 #64f2f1da9c42b4ea 0\n\
    2**53+1 65 #f3a5badaa649f4ab 0\n\
    2**53+1 100 #0e9fa9d59e4b6762 0\n\
    2**53+1 127 #0e0128d471ad9600 0\n\
    2**53+1 128 #41617108a24ebb3c 0\n\
    2**53+1 129 #d57b1439fed3b5e9 0\n\
    2**53+1 200 #b154c2add4b59a9c 0\n\
    2**53+1 -1 !ValueError !ValueError\n\
    2**62 0 4611686018427387904 4611686018427387904\n\
    2**62 1 9223372036854775808 2305843009213693952\n\
    2**62 2 18446744073709551616 1152921504606846976\n\
    2**62 31 #3f898ee4e4540a06 2147483648\n\
    2**62 32 #c76a361373a5dbae 1073741824\n\
    2**62 62 #d1ddc596ed7d7f5f 1\n\
    2**62 63 #4baf948996d5a0be 0\n\
    2**62 64 #d60a783b3a00692d 0\n\
    2**62 65 #5a8972e2d4c4ca1e 0\n\
    2**62 100 #4d4ad8ff84ab2e4a 0\n\
    2**62 127 #e96bc56f8e118f21 0\n\
    2**62 128 #dba71d266499f2c6 0\n\
    2**62 129 #1b6547abc1a14c02 0\n\
    2**62 200 #fda02d698094bbf2 0\n\
    2**62 -1 !ValueError !ValueError\n\
    -2**62 0 -4611686018427387904 -4611686018427387904\n\
    -2**62 1 -9223372036854775808 -2305843009213693952\n\
    -2**62 2 -18446744073709551616 -1152921504606846976\n\
    -2**62 31 #fbd1aa2b63f9bf53 -2147483648\n\
    -2**62 32 #5ba4ca63b39fbcc9 -1073741824\n\
    -2**62 62 #b218100e7aa06abe -1\n\
    -2**62 63 #bf2c7f090e3482cb -1\n\
    -2**62 64 #fade016fd3e5c028 -1\n\
    -2**62 65 #9dd5846b5ba6c515 -1\n\
    -2**62 100 #eb86d5bab0920c99 -1\n\
    -2**62 127 #8aabdb7c3f6e24b2 -1\n\
    -2**62 128 #e59f52b7545b562f -1\n\
    -2**62 129 #d9da094667931e5b -1\n\
    -2**62 200 #8ef7cf9e597a2da1 -1\n\
    -2**62 -1 !ValueError !ValueError\n\
    2**63-1 0 9223372036854775807 9223372036854775807\n\
    2**63-1 1 18446744073709551614 4611686018427387903\n\
    2**63-1 2 36893488147419103228 2305843009213693951\n\
    2**63-1 31 #f073c03a63a379f2 4294967295\n\
    2**63-1 32 #6383efdccaedde7e 2147483647\n\
    2**63-1 62 #d75f1e860b245cfe 1\n\
    2**63-1 63 #dd700253f042f391 0\n\
    2**63-1 64 #b9133a198a7f5b48 0\n\
    2**63-1 65 #e69921fae026eca8 0\n\
    2**63-1 100 #baa886c6cee2f5a0 0\n\
    2**63-1 127 #4fb82bbe010330d3 0\n\
    2**63-1 128 #431ecae814852469 0\n\
    2**63-1 129 #176026093ee2bb31 0\n\
    2**63-1 200 #47f2fcdaa982793a 0\n\
    2**63-1 -1 !ValueError !ValueError\n\
    -2**63 0 -9223372036854775808 -9223372036854775808\n\
    -2**63 1 -18446744073709551616 -4611686018427387904\n\
    -2**63 2 -36893488147419103232 -2305843009213693952\n\
    -2**63 31 #5ba4ca63b39fbcc9 -4294967296\n\
    -2**63 32 #99784be4c6e77c10 -2147483648\n\
    -2**63 62 #bf2c7f090e3482cb -2\n\
    -2**63 63 #fade016fd3e5c028 -1\n\
    -2**63 64 #9dd5846b5ba6c515 -1\n\
    -2**63 65 #70ea948c8d6d1f24 -1\n\
    -2**63 100 #97fbbc8b717336d9 -1\n\
    -2**63 127 #e59f52b7545b562f -1\n\
    -2**63 128 #d9da094667931e5b -1\n\
    -2**63 129 #18805f61dd2331c3 -1\n\
    -2**63 200 #0aa3d1868d7c7454 -1\n\
    -2**63 -1 !ValueError !ValueError\n\
    2**63 0 9223372036854775808 9223372036854775808\n\
    2**63 1 18446744073709551616 4611686018427387904\n\
    2**63 2 36893488147419103232 2305843009213693952\n\
    2**63 31 #c76a361373a5dbae 4294967296\n\
    2**63 32 #724aaa723fc85043 2147483648\n\
    2**63 62 #4baf948996d5a0be 2\n\
    2**63 63 #d60a783b3a00692d 1\n\
    2**63 64 #5a8972e2d4c4ca1e 0\n\
    2**63 65 #bde12edfd75fd923 0\n\
    2**63 100 #74f8192dd8a971ac 0\n\
    2**63 127 #dba71d266499f2c6 0\n\
    2**63 128 #1b6547abc1a14c02 0\n\
    2**63 129 #4f6f136227c5cf4e 0\n\
    2**63 200 #f6bc44f2c586f799 0\n\
    2**63 -1 !ValueError !ValueError\n\
    -2**63-1 0 -9223372036854775809 -9223372036854775809\n\
    -2**63-1 1 -18446744073709551618 -4611686018427387905\n\
    -2**63-1 2 -36893488147419103236 -2305843009213693953\n\
    -2**63-1 31 #82f5146628305974 -4294967297\n\
    -2**63-1 32 #71f88728656cd757 -2147483649\n\
    -2**63-1 62 #7fb1c40e2e25f591 -3\n\
    -2**63-1 63 #237ddd8d53faefc6 -2\n\
    -2**63-1 64 #43b992f593f782d4 -1\n\
    -2**63-1 65 #a72a29d0c416a7c2 -1\n\
    -2**63-1 100 #2ca3b96131e4d3da -1\n\
    -2**63-1 127 #3886fce4be8d3b59 -1\n\
    -2**63-1 128 #b2ebcfb87271498e -1\n\
    -2**63-1 129 #9ad064728f365f4a -1\n\
    -2**63-1 200 #1a8f8709af112589 -1\n\
    -2**63-1 -1 !ValueError !ValueError\n\
    2**64 0 18446744073709551616 18446744073709551616\n\
    2**64 1 36893488147419103232 9223372036854775808\n\
    2**64 2 73786976294838206464 4611686018427387904\n\
    2**64 31 #724aaa723fc85043 8589934592\n\
    2**64 32 #cafac362742a667e 4294967296\n\
    2**64 62 #d60a783b3a00692d 4\n\
    2**64 63 #5a8972e2d4c4ca1e 2\n\
    2**64 64 #bde12edfd75fd923 1\n\
    2**64 65 #9f25391faa17f4f5 0\n\
    2**64 100 #5b969080a5acb23e 0\n\
    2**64 127 #1b6547abc1a14c02 0\n\
    2**64 128 #4f6f136227c5cf4e 0\n\
    2**64 129 #03a40373ffec74b7 0\n\
    2**64 200 #acecd7129a31670c 0\n\
    2**64 -1 !ValueError !ValueError\n\
    -2**64+1 0 -18446744073709551615 -18446744073709551615\n\
    -2**64+1 1 -36893488147419103230 -9223372036854775808\n\
    -2**64+1 2 -73786976294838206460 -4611686018427387904\n\
    -2**64+1 31 #1b0917dba31708cc -8589934592\n\
    -2**64+1 32 #9263e198bb5069f8 -4294967296\n\
    -2**64+1 62 #e251929b9c57093e -4\n\
    -2**64+1 63 #dfe5d2024e2b8ea2 -2\n\
    -2**64+1 64 #c98f9121c92216a8 -1\n\
    -2**64+1 65 #4128b33058d6e7f1 -1\n\
    -2**64+1 100 #d23cb2138eb1994d -1\n\
    -2**64+1 127 #70aa5d5f5409a5fe -1\n\
    -2**64+1 128 #0d62585e947225ee -1\n\
    -2**64+1 129 #9081e8d4e1f63205 -1\n\
    -2**64+1 200 #0e3210c299c23513 -1\n\
    -2**64+1 -1 !ValueError !ValueError\n\
    2**100+12345 0 #ed6e4b05cdb0fdab #ed6e4b05cdb0fdab\n\
    2**100+12345 1 #a8dc6b0a9edb2b63 #9743d5adc5320b52\n\
    2**100+12345 2 #546e1bca43428a80 #c3d2bca2bdc5df80\n\
    2**100+12345 31 #21827167317bd49e 590295810358705651712\n\
    2**100+12345 32 #35e4193ea2d125fd 295147905179352825856\n\
    2**100+12345 62 #71e39ece8afa7be7 274877906944\n\
    2**100+12345 63 #756478b16d78f65b 137438953472\n\
    2**100+12345 64 #1e997ed141d73712 68719476736\n\
    2**100+12345 65 #0b4b393bbfb4deda 34359738368\n\
    2**100+12345 100 #30f2b45ba2b5cb75 1\n\
    2**100+12345 127 #d2bb7cfea808a347 0\n\
    2**100+12345 128 #1eb46b616cca8de4 0\n\
    2**100+12345 129 #efce1bae13f37ea6 0\n\
    2**100+12345 200 #717a474331ca4089 0\n\
    2**100+12345 -1 !ValueError !ValueError\n\
    -(2**127) 0 #9dd5846b5ba6c515 #9dd5846b5ba6c515\n\
    -(2**127) 1 #70ea948c8d6d1f24 #fade016fd3e5c028\n\
    -(2**127) 2 #14b5a4e3180b8e5a #bf2c7f090e3482cb\n\
    -(2**127) 31 #b87be03e05ef56b3 #fd7f1c305fe53115\n\
    -(2**127) 32 #3d9d4cb52909a289 #99784be4c6e77c10\n\
    -(2**127) 62 #8aabdb7c3f6e24b2 -36893488147419103232\n\
    -(2**127) 63 #e59f52b7545b562f -18446744073709551616\n\
    -(2**127) 64 #d9da094667931e5b -9223372036854775808\n\
    -(2**127) 65 #18805f61dd2331c3 -4611686018427387904\n\
    -(2**127) 100 #e413f191d881da25 -134217728\n\
    -(2**127) 127 #769f13d3822d0241 -1\n\
    -(2**127) 128 #07538d524961c539 -1\n\
    -(2**127) 129 #1a0ae7942275ad2c -1\n\
    -(2**127) 200 #6d6637accb085158 -1\n\
    -(2**127) -1 !ValueError !ValueError\n\
    -(2**127)-1 0 #9dd5836b5ba6c362 #9dd5836b5ba6c362\n\
    -(2**127)-1 1 #70ea8a8c8d6d0e26 #fade026fd3e5c1db\n\
    -(2**127)-1 2 #14b5a0e3180b878e #bf2c7e090e348118\n\
    -(2**127)-1 31 #aa6df466be63c67a #fd7f1b305fe52f62\n\
    -(2**127)-1 32 #59e723201f82da03 #99784ce4c6e77dc3\n\
    -(2**127)-1 62 #20a25d5575675356 -36893488147419103233\n\
    -(2**127)-1 63 #4e05fa29d9af9762 -18446744073709551617\n\
    -(2**127)-1 64 #4cdab92c472badb1 -9223372036854775809\n\
    -(2**127)-1 65 #a2fb69bf8c494f5c -4611686018427387905\n\
    -(2**127)-1 100 #b6cc9b8f76a09a19 -134217729\n\
    -(2**127)-1 127 #c2f01686ddda3689 -2\n\
    -(2**127)-1 128 #d27370b53dcfe278 -1\n\
    -(2**127)-1 129 #7e305ecbee6a031b -1\n\
    -(2**127)-1 200 #36b92342905db83f -1\n\
    -(2**127)-1 -1 !ValueError !ValueError\n\
    2**64-1 0 18446744073709551615 18446744073709551615\n\
    2**64-1 1 36893488147419103230 9223372036854775807\n\
    2**64-1 2 73786976294838206460 4611686018427387903\n\
    2**64-1 31 #74df47ba84c5e253 8589934591\n\
    2**64-1 32 #3555d726de85832b 4294967295\n\
    2**64-1 62 #f8fe1bbd37bc8ba7 3\n\
    2**64-1 63 #d4413ed460040dad 1\n\
    2**64-1 64 #9a7329b1ea083783 0\n\
    2**64-1 65 #140d5e9bcdfc647e 0\n\
    2**64-1 100 #b769da53da739ac8 0\n\
    2**64-1 127 #2f67887c8c3224db 0\n\
    2**64-1 128 #6047e7862f7216d3 0\n\
    2**64-1 129 #accb3aa6937564be 0\n\
    2**64-1 200 #ef04417acee64242 0\n\
    2**64-1 -1 !ValueError !ValueError\n\
    -5 0 -5 -5\n\
    -5 1 -10 -3\n\
    -5 2 -20 -2\n\
    -5 31 -10737418240 -1\n\
    -5 32 -21474836480 -1\n\
    -5 62 -23058430092136939520 -1\n\
    -5 63 -46116860184273879040 -1\n\
    -5 64 -92233720368547758080 -1\n\
    -5 65 -184467440737095516160 -1\n\
    -5 100 #c7c43361e3be1e77 -1\n\
    -5 127 #2cfc89050f6568c8 -1\n\
    -5 128 #d895276cbc60fddf -1\n\
    -5 129 #4bb97ed4506bcefc -1\n\
    -5 200 #c61fb10a4ce66c76 -1\n\
    -5 -1 !ValueError !ValueError\n\
    5 0 5 5\n\
    5 1 10 2\n\
    5 2 20 1\n\
    5 31 10737418240 0\n\
    5 32 21474836480 0\n\
    5 62 23058430092136939520 0\n\
    5 63 46116860184273879040 0\n\
    5 64 92233720368547758080 0\n\
    5 65 184467440737095516160 0\n\
    5 100 #0d04ee35f22d1664 0\n\
    5 127 #b43369a38eb29c47 0\n\
    5 128 #9c58656f8a638c2a 0\n\
    5 129 #057bb95af7dddb49 0\n\
    5 200 #b435471d5cd5a94d 0\n\
    5 -1 !ValueError !ValueError\n\
    -R1381.200 0 #cd233aeceadb3a7c #cd233aeceadb3a7c\n\
    -R1381.200 1 #ec752c21e0d026a6 #722926e367931339\n\
    -R1381.200 2 #2f3c1a1c26995b1c #a2ecc90d2c259496\n\
    -R1381.200 31 #238269b1911fbb2b #3699efa09aa816c3\n\
    -R1381.200 32 #c4f879523c35eaf8 #2d299353ab5e91c4\n\
    -R1381.200 62 #e8f808ae86dc1960 #bea987ddb1a80101\n\
    -R1381.200 63 #540bdcd63849555e #3bf03e53ff92d110\n\
    -R1381.200 64 #a45e502378a646ae #09e20de5cae6145c\n\
    -R1381.200 65 #b280d766e32cd345 #bf6acc928742a0e2\n\
    -R1381.200 100 #cf568abfdc84869a #7ac3ec87eb21baf6\n\
    -R1381.200 127 #a1b4047489b8f51e -8795389318813901474445\n\
    -R1381.200 128 #7bbda196dc6ef5d9 -4397694659406950737223\n\
    -R1381.200 129 #10b666543b34c20b -2198847329703475368612\n\
    -R1381.200 200 #cc48c06d728204c3 -1\n\
    -R1381.200 -1 !ValueError !ValueError\n\
    R1382.300 0 #22cfd370141aaf64 #22cfd370141aaf64\n\
    R1382.300 1 #1d3ffc77948d5373 #f808c453c5e494e9\n\
    R1382.300 2 #c197afbe8a104fca #8614efc90a797839\n\
    R1382.300 31 #a56d65ea63c634ab #a289a1511b3f6851\n\
    R1382.300 32 #0299bd3bf31db3ce #ff3bba69d9d3ebc6\n\
    R1382.300 62 #b6b888576bff6aeb #e22ce436b6b17d7a\n\
    R1382.300 63 #7dd8fad98d586f3e #b6d62f35cbf341d1\n\
    R1382.300 64 #6a640b822669d241 #d2c95ef69b124b71\n\
    R1382.300 65 #342f3065e05a10a0 #50e3e75090963b1c\n\
    R1382.300 100 #987b44b0c01b62c7 #d78a9f9ecdf94ab2\n\
    R1382.300 127 #43cd72fa62f6c9fb #6e81fade9dbf5bad\n\
    R1382.300 128 #1d1644e4a21d474e #1df0372e1b56f4be\n\
    R1382.300 129 #8c69bc8184068ea0 #7b6ff69744725553\n\
    R1382.300 200 #3689599c76edd9bc #957566ca6e4d68c3\n\
    R1382.300 -1 !ValueError !ValueError\n\
    ";

    /// a e a**e (float for negative e)
    #[rustfmt::skip]
    const POWS: &str = "\
    0 0 1\n\
    0 1 0\n\
    0 2 0\n\
    0 3 0\n\
    0 5 0\n\
    0 10 0\n\
    0 31 0\n\
    0 32 0\n\
    0 62 0\n\
    0 63 0\n\
    0 64 0\n\
    0 100 0\n\
    0 2**70 0\n\
    0 -1 !ZeroDivisionError\n\
    0 -2 !ZeroDivisionError\n\
    0 -3 !ZeroDivisionError\n\
    0 -64 !ZeroDivisionError\n\
    0 -1075 !ZeroDivisionError\n\
    0 -(2**70) !ZeroDivisionError\n\
    0 -(2**64)-1 !ZeroDivisionError\n\
    1 0 1\n\
    1 1 1\n\
    1 2 1\n\
    1 3 1\n\
    1 5 1\n\
    1 10 1\n\
    1 31 1\n\
    1 32 1\n\
    1 62 1\n\
    1 63 1\n\
    1 64 1\n\
    1 100 1\n\
    1 2**70 1\n\
    1 -1 1.0\n\
    1 -2 1.0\n\
    1 -3 1.0\n\
    1 -64 1.0\n\
    1 -1075 1.0\n\
    1 -(2**70) 1.0\n\
    1 -(2**64)-1 1.0\n\
    -1 0 1\n\
    -1 1 -1\n\
    -1 2 1\n\
    -1 3 -1\n\
    -1 5 -1\n\
    -1 10 1\n\
    -1 31 -1\n\
    -1 32 1\n\
    -1 62 1\n\
    -1 63 -1\n\
    -1 64 1\n\
    -1 100 1\n\
    -1 2**70 1\n\
    -1 -1 -1.0\n\
    -1 -2 1.0\n\
    -1 -3 -1.0\n\
    -1 -64 1.0\n\
    -1 -1075 -1.0\n\
    -1 -(2**70) 1.0\n\
    -1 -(2**64)-1 1.0\n\
    2 0 1\n\
    2 1 2\n\
    2 2 4\n\
    2 3 8\n\
    2 5 32\n\
    2 10 1024\n\
    2 31 2147483648\n\
    2 32 4294967296\n\
    2 62 4611686018427387904\n\
    2 63 9223372036854775808\n\
    2 64 18446744073709551616\n\
    2 100 #4894ffee80e0fb9a\n\
    2 -1 0.5\n\
    2 -2 0.25\n\
    2 -3 0.125\n\
    2 -64 5.421010862427522e-20\n\
    2 -1075 0.0\n\
    2 -(2**70) 0.0\n\
    2 -(2**64)-1 0.0\n\
    -2 0 1\n\
    -2 1 -2\n\
    -2 2 4\n\
    -2 3 -8\n\
    -2 5 -32\n\
    -2 10 1024\n\
    -2 31 -2147483648\n\
    -2 32 4294967296\n\
    -2 62 4611686018427387904\n\
    -2 63 -9223372036854775808\n\
    -2 64 18446744073709551616\n\
    -2 100 #4894ffee80e0fb9a\n\
    -2 -1 -0.5\n\
    -2 -2 0.25\n\
    -2 -3 -0.125\n\
    -2 -64 5.421010862427522e-20\n\
    -2 -1075 -0.0\n\
    -2 -(2**70) 0.0\n\
    -2 -(2**64)-1 0.0\n\
    3 0 1\n\
    3 1 3\n\
    3 2 9\n\
    3 3 27\n\
    3 5 243\n\
    3 10 59049\n\
    3 31 617673396283947\n\
    3 32 1853020188851841\n\
    3 62 #a2e0e7004e829b90\n\
    3 63 #c1dcbe10f80e22ca\n\
    3 64 #061352482a1f34c1\n\
    3 100 #3fd4675ba495efbe\n\
    3 -1 0.3333333333333333\n\
    3 -2 0.1111111111111111\n\
    3 -3 0.037037037037037035\n\
    3 -64 2.912324058756263e-31\n\
    3 -1075 0.0\n\
    3 -(2**70) 0.0\n\
    3 -(2**64)-1 0.0\n\
    -3 0 1\n\
    -3 1 -3\n\
    -3 2 9\n\
    -3 3 -27\n\
    -3 5 -243\n\
    -3 10 59049\n\
    -3 31 -617673396283947\n\
    -3 32 1853020188851841\n\
    -3 62 #a2e0e7004e829b90\n\
    -3 63 #e2fc06b8bb9cf7e1\n\
    -3 64 #061352482a1f34c1\n\
    -3 100 #3fd4675ba495efbe\n\
    -3 -1 -0.3333333333333333\n\
    -3 -2 0.1111111111111111\n\
    -3 -3 -0.037037037037037035\n\
    -3 -64 2.912324058756263e-31\n\
    -3 -1075 -0.0\n\
    -3 -(2**70) 0.0\n\
    -3 -(2**64)-1 0.0\n\
    7 0 1\n\
    7 1 7\n\
    7 2 49\n\
    7 3 343\n\
    7 5 16807\n\
    7 10 282475249\n\
    7 31 #a0fcd79bab099dfa\n\
    7 32 #fb4bf377a236bee0\n\
    7 62 #77957257f5de1e8f\n\
    7 63 #f6f6ecde733918df\n\
    7 64 #95de3ac2e3dbac65\n\
    7 100 #78edba04af03112a\n\
    7 -1 0.14285714285714285\n\
    7 -2 0.02040816326530612\n\
    7 -3 0.0029154518950437317\n\
    7 -64 8.198330820981258e-55\n\
    7 -1075 0.0\n\
    7 -(2**70) 0.0\n\
    7 -(2**64)-1 0.0\n\
    10 0 1\n\
    10 1 10\n\
    10 2 100\n\
    10 3 1000\n\
    10 5 100000\n\
    10 10 10000000000\n\
    10 31 #05e80ba525819b24\n\
    10 32 #8ae6dd9ebb3a82fc\n\
    10 62 #cec15b398434267c\n\
    10 63 #86b44ebba49d1324\n\
    10 64 #8174dcd8b6e76afc\n\
    10 100 #d7e3b1dae1b617fc\n\
    10 -1 0.1\n\
    10 -2 0.01\n\
    10 -3 0.001\n\
    10 -64 1e-64\n\
    10 -1075 0.0\n\
    10 -(2**70) 0.0\n\
    10 -(2**64)-1 0.0\n\
    -10 0 1\n\
    -10 1 -10\n\
    -10 2 100\n\
    -10 3 -1000\n\
    -10 5 -100000\n\
    -10 10 10000000000\n\
    -10 31 #3335291fef973b19\n\
    -10 32 #8ae6dd9ebb3a82fc\n\
    -10 62 #cec15b398434267c\n\
    -10 63 #c5f9532204272f99\n\
    -10 64 #8174dcd8b6e76afc\n\
    -10 100 #d7e3b1dae1b617fc\n\
    -10 -1 -0.1\n\
    -10 -2 0.01\n\
    -10 -3 -0.001\n\
    -10 -64 1e-64\n\
    -10 -1075 -0.0\n\
    -10 -(2**70) 0.0\n\
    -10 -(2**64)-1 0.0\n\
    2**31 0 1\n\
    2**31 1 2147483648\n\
    2**31 2 4611686018427387904\n\
    2**31 3 #3f898ee4e4540a06\n\
    2**31 5 #60ffa0b9cc6f9970\n\
    2**31 10 #5f66ae6248d89deb\n\
    2**31 31 #1e0b4ddb39626012\n\
    2**31 32 #e69da99672d682c0\n\
    2**31 62 #70ffbaf7fcf1213f\n\
    2**31 63 #104d41f041ed20f9\n\
    2**31 64 #1ee0a1d60700ab69\n\
    2**31 -1 4.656612873077393e-10\n\
    2**31 -2 2.168404344971009e-19\n\
    2**31 -3 1.0097419586828951e-28\n\
    2**31 -64 0.0\n\
    2**31 -1075 0.0\n\
    2**31 -(2**70) 0.0\n\
    2**31 -(2**64)-1 0.0\n\
    2**32-1 0 1\n\
    2**32-1 1 4294967295\n\
    2**32-1 2 18446744065119617025\n\
    2**32-1 3 #4265308aac13697f\n\
    2**32-1 5 #337b55854f041150\n\
    2**32-1 10 #6f759219bd5b6e54\n\
    2**32-1 31 #b78f11afeb000cc1\n\
    2**32-1 32 #09294c5a3b91025d\n\
    2**32-1 62 #a2a5b71e55a924ab\n\
    2**32-1 63 #68646acd7f6de2c4\n\
    2**32-1 64 #f27ecce3b91722cc\n\
    2**32-1 -1 2.3283064370807974e-10\n\
    2**32-1 -2 5.421010864951877e-20\n\
    2**32-1 -3 1.2621774492352397e-29\n\
    2**32-1 -64 0.0\n\
    2**32-1 -1075 0.0\n\
    2**32-1 -(2**70) 0.0\n\
    2**32-1 -(2**64)-1 0.0\n\
    3**20 0 1\n\
    3**20 1 3486784401\n\
    3**20 2 12157665459056928801\n\
    3**20 3 #0d29553be031cf08\n\
    3**20 5 #3fd4675ba495efbe\n\
    3**20 10 #84089d637db16d17\n\
    3**20 31 #e2346049856d9a09\n\
    3**20 32 #f546df38e5a88466\n\
    3**20 62 #d0c927133c7f3263\n\
    3**20 63 #f5917810a7de9413\n\
    3**20 64 #3846d79dec24f343\n\
    3**20 -1 2.8679719907924413e-10\n\
    3**20 -2 8.225263339969959e-20\n\
    3**20 -3 2.3589824875925728e-29\n\
    3**20 -64 0.0\n\
    3**20 -1075 0.0\n\
    3**20 -(2**70) 0.0\n\
    3**20 -(2**64)-1 0.0\n\
    -(2**62) 0 1\n\
    -(2**62) 1 -4611686018427387904\n\
    -(2**62) 2 #d1ddc596ed7d7f5f\n\
    -(2**62) 3 #7fcb84b57845f897\n\
    -(2**62) 5 #a72a8fa83277b9aa\n\
    -(2**62) 10 #d82606a745a306e2\n\
    -(2**62) 31 #bcb27117ba0023dc\n\
    -(2**62) 32 #1ee0a1d60700ab69\n\
    -(2**62) -1 -2.168404344971009e-19\n\
    -(2**62) -2 4.70197740328915e-38\n\
    -(2**62) -3 -1.0195788231247695e-56\n\
    -(2**62) -64 0.0\n\
    -(2**62) -1075 -0.0\n\
    -(2**62) -(2**70) 0.0\n\
    -(2**62) -(2**64)-1 0.0\n\
    2**63 0 1\n\
    2**63 1 9223372036854775808\n\
    2**63 2 #d60a783b3a00692d\n\
    2**63 3 #e96bc56f8e118f21\n\
    2**63 5 #37e51b2e16f2132f\n\
    2**63 10 #33f925347c3408eb\n\
    2**63 31 #104d41f041ed20f9\n\
    2**63 32 #5179fb824cb87751\n\
    2**63 -1 1.0842021724855044e-19\n\
    2**63 -2 1.1754943508222875e-38\n\
    2**63 -3 1.2744735289059618e-57\n\
    2**63 -64 0.0\n\
    2**63 -1075 0.0\n\
    2**63 -(2**70) 0.0\n\
    2**63 -(2**64)-1 0.0\n\
    -(2**63) 0 1\n\
    -(2**63) 1 -9223372036854775808\n\
    -(2**63) 2 #d60a783b3a00692d\n\
    -(2**63) 3 #8aabdb7c3f6e24b2\n\
    -(2**63) 5 #49569136b3eafc78\n\
    -(2**63) 10 #33f925347c3408eb\n\
    -(2**63) 31 #3e306432a4bdaa14\n\
    -(2**63) 32 #5179fb824cb87751\n\
    -(2**63) -1 -1.0842021724855044e-19\n\
    -(2**63) -2 1.1754943508222875e-38\n\
    -(2**63) -3 -1.2744735289059618e-57\n\
    -(2**63) -64 0.0\n\
    -(2**63) -1075 -0.0\n\
    -(2**63) -(2**70) 0.0\n\
    -(2**63) -(2**64)-1 0.0\n\
    12345678901234567890 0 1\n\
    12345678901234567890 1 12345678901234567890\n\
    12345678901234567890 2 #990ce341dccd926d\n\
    12345678901234567890 3 #22d08b9ce7d5bed2\n\
    12345678901234567890 5 #0d1ae02473fe8bc2\n\
    12345678901234567890 10 #325f69570c686166\n\
    12345678901234567890 31 #ebe071ed534577a2\n\
    12345678901234567890 32 #0d8dbb04ed6c8111\n\
    12345678901234567890 -1 8.100000072900001e-20\n\
    12345678901234567890 -2 6.561000118098002e-39\n\
    12345678901234567890 -3 5.314410143489073e-58\n\
    12345678901234567890 -64 0.0\n\
    12345678901234567890 -1075 0.0\n\
    12345678901234567890 -(2**70) 0.0\n\
    12345678901234567890 -(2**64)-1 0.0\n\
    ";

    /// a e m pow(a,e,m)
    #[rustfmt::skip]
    const POWMOD: &str = "\
    0 0 1 0\n\
    0 0 -1 0\n\
    0 0 2 1\n\
    0 0 -2 -1\n\
    0 0 7 1\n\
    0 0 -7 -6\n\
    0 0 10 1\n\
    0 0 97 1\n\
    0 0 2**61-1 1\n\
    0 0 -(2**64)-13 -18446744073709551628\n\
    0 0 2**127-1 1\n\
    0 0 0 !ValueError\n\
    0 1 1 0\n\
    0 1 -1 0\n\
    0 1 2 0\n\
    0 1 -2 0\n\
    0 1 7 0\n\
    0 1 -7 0\n\
    0 1 10 0\n\
    0 1 97 0\n\
    0 1 2**61-1 0\n\
    0 1 -(2**64)-13 0\n\
    0 1 2**127-1 0\n\
    0 1 0 !ValueError\n\
    0 2 1 0\n\
    0 2 -1 0\n\
    0 2 2 0\n\
    0 2 -2 0\n\
    0 2 7 0\n\
    0 2 -7 0\n\
    0 2 10 0\n\
    0 2 97 0\n\
    0 2 2**61-1 0\n\
    0 2 -(2**64)-13 0\n\
    0 2 2**127-1 0\n\
    0 2 0 !ValueError\n\
    0 5 1 0\n\
    0 5 -1 0\n\
    0 5 2 0\n\
    0 5 -2 0\n\
    0 5 7 0\n\
    0 5 -7 0\n\
    0 5 10 0\n\
    0 5 97 0\n\
    0 5 2**61-1 0\n\
    0 5 -(2**64)-13 0\n\
    0 5 2**127-1 0\n\
    0 5 0 !ValueError\n\
    0 100 1 0\n\
    0 100 -1 0\n\
    0 100 2 0\n\
    0 100 -2 0\n\
    0 100 7 0\n\
    0 100 -7 0\n\
    0 100 10 0\n\
    0 100 97 0\n\
    0 100 2**61-1 0\n\
    0 100 -(2**64)-13 0\n\
    0 100 2**127-1 0\n\
    0 100 0 !ValueError\n\
    0 2**70+3 1 0\n\
    0 2**70+3 -1 0\n\
    0 2**70+3 2 0\n\
    0 2**70+3 -2 0\n\
    0 2**70+3 7 0\n\
    0 2**70+3 -7 0\n\
    0 2**70+3 10 0\n\
    0 2**70+3 97 0\n\
    0 2**70+3 2**61-1 0\n\
    0 2**70+3 -(2**64)-13 0\n\
    0 2**70+3 2**127-1 0\n\
    0 2**70+3 0 !ValueError\n\
    0 -1 1 0\n\
    0 -1 -1 0\n\
    0 -1 2 !ValueError\n\
    0 -1 -2 !ValueError\n\
    0 -1 7 !ValueError\n\
    0 -1 -7 !ValueError\n\
    0 -1 10 !ValueError\n\
    0 -1 97 !ValueError\n\
    0 -1 2**61-1 !ValueError\n\
    0 -1 -(2**64)-13 !ValueError\n\
    0 -1 2**127-1 !ValueError\n\
    0 -1 0 !ValueError\n\
    0 -2 1 0\n\
    0 -2 -1 0\n\
    0 -2 2 !ValueError\n\
    0 -2 -2 !ValueError\n\
    0 -2 7 !ValueError\n\
    0 -2 -7 !ValueError\n\
    0 -2 10 !ValueError\n\
    0 -2 97 !ValueError\n\
    0 -2 2**61-1 !ValueError\n\
    0 -2 -(2**64)-13 !ValueError\n\
    0 -2 2**127-1 !ValueError\n\
    0 -2 0 !ValueError\n\
    0 -7 1 0\n\
    0 -7 -1 0\n\
    0 -7 2 !ValueError\n\
    0 -7 -2 !ValueError\n\
    0 -7 7 !ValueError\n\
    0 -7 -7 !ValueError\n\
    0 -7 10 !ValueError\n\
    0 -7 97 !ValueError\n\
    0 -7 2**61-1 !ValueError\n\
    0 -7 -(2**64)-13 !ValueError\n\
    0 -7 2**127-1 !ValueError\n\
    0 -7 0 !ValueError\n\
    0 R1384.100 1 0\n\
    0 R1384.100 -1 0\n\
    0 R1384.100 2 0\n\
    0 R1384.100 -2 0\n\
    0 R1384.100 7 0\n\
    0 R1384.100 -7 0\n\
    0 R1384.100 10 0\n\
    0 R1384.100 97 0\n\
    0 R1384.100 2**61-1 0\n\
    0 R1384.100 -(2**64)-13 0\n\
    0 R1384.100 2**127-1 0\n\
    0 R1384.100 0 !ValueError\n\
    1 0 1 0\n\
    1 0 -1 0\n\
    1 0 2 1\n\
    1 0 -2 -1\n\
    1 0 7 1\n\
    1 0 -7 -6\n\
    1 0 10 1\n\
    1 0 97 1\n\
    1 0 2**61-1 1\n\
    1 0 -(2**64)-13 -18446744073709551628\n\
    1 0 2**127-1 1\n\
    1 0 0 !ValueError\n\
    1 1 1 0\n\
    1 1 -1 0\n\
    1 1 2 1\n\
    1 1 -2 -1\n\
    1 1 7 1\n\
    1 1 -7 -6\n\
    1 1 10 1\n\
    1 1 97 1\n\
    1 1 2**61-1 1\n\
    1 1 -(2**64)-13 -18446744073709551628\n\
    1 1 2**127-1 1\n\
    1 1 0 !ValueError\n\
    1 2 1 0\n\
    1 2 -1 0\n\
    1 2 2 1\n\
    1 2 -2 -1\n\
    1 2 7 1\n\
    1 2 -7 -6\n\
    1 2 10 1\n\
    1 2 97 1\n\
    1 2 2**61-1 1\n\
    1 2 -(2**64)-13 -18446744073709551628\n\
    1 2 2**127-1 1\n\
    1 2 0 !ValueError\n\
    1 5 1 0\n\
    1 5 -1 0\n\
    1 5 2 1\n\
    1 5 -2 -1\n\
    1 5 7 1\n\
    1 5 -7 -6\n\
    1 5 10 1\n\
    1 5 97 1\n\
    1 5 2**61-1 1\n\
    1 5 -(2**64)-13 -18446744073709551628\n\
    1 5 2**127-1 1\n\
    1 5 0 !ValueError\n\
    1 100 1 0\n\
    1 100 -1 0\n\
    1 100 2 1\n\
    1 100 -2 -1\n\
    1 100 7 1\n\
    1 100 -7 -6\n\
    1 100 10 1\n\
    1 100 97 1\n\
    1 100 2**61-1 1\n\
    1 100 -(2**64)-13 -18446744073709551628\n\
    1 100 2**127-1 1\n\
    1 100 0 !ValueError\n\
    1 2**70+3 1 0\n\
    1 2**70+3 -1 0\n\
    1 2**70+3 2 1\n\
    1 2**70+3 -2 -1\n\
    1 2**70+3 7 1\n\
    1 2**70+3 -7 -6\n\
    1 2**70+3 10 1\n\
    1 2**70+3 97 1\n\
    1 2**70+3 2**61-1 1\n\
    1 2**70+3 -(2**64)-13 -18446744073709551628\n\
    1 2**70+3 2**127-1 1\n\
    1 2**70+3 0 !ValueError\n\
    1 -1 1 0\n\
    1 -1 -1 0\n\
    1 -1 2 1\n\
    1 -1 -2 -1\n\
    1 -1 7 1\n\
    1 -1 -7 -6\n\
    1 -1 10 1\n\
    1 -1 97 1\n\
    1 -1 2**61-1 1\n\
    1 -1 -(2**64)-13 -18446744073709551628\n\
    1 -1 2**127-1 1\n\
    1 -1 0 !ValueError\n\
    1 -2 1 0\n\
    1 -2 -1 0\n\
    1 -2 2 1\n\
    1 -2 -2 -1\n\
    1 -2 7 1\n\
    1 -2 -7 -6\n\
    1 -2 10 1\n\
    1 -2 97 1\n\
    1 -2 2**61-1 1\n\
    1 -2 -(2**64)-13 -18446744073709551628\n\
    1 -2 2**127-1 1\n\
    1 -2 0 !ValueError\n\
    1 -7 1 0\n\
    1 -7 -1 0\n\
    1 -7 2 1\n\
    1 -7 -2 -1\n\
    1 -7 7 1\n\
    1 -7 -7 -6\n\
    1 -7 10 1\n\
    1 -7 97 1\n\
    1 -7 2**61-1 1\n\
    1 -7 -(2**64)-13 -18446744073709551628\n\
    1 -7 2**127-1 1\n\
    1 -7 0 !ValueError\n\
    1 R1385.100 1 0\n\
    1 R1385.100 -1 0\n\
    1 R1385.100 2 1\n\
    1 R1385.100 -2 -1\n\
    1 R1385.100 7 1\n\
    1 R1385.100 -7 -6\n\
    1 R1385.100 10 1\n\
    1 R1385.100 97 1\n\
    1 R1385.100 2**61-1 1\n\
    1 R1385.100 -(2**64)-13 -18446744073709551628\n\
    1 R1385.100 2**127-1 1\n\
    1 R1385.100 0 !ValueError\n\
    -1 0 1 0\n\
    -1 0 -1 0\n\
    -1 0 2 1\n\
    -1 0 -2 -1\n\
    -1 0 7 1\n\
    -1 0 -7 -6\n\
    -1 0 10 1\n\
    -1 0 97 1\n\
    -1 0 2**61-1 1\n\
    -1 0 -(2**64)-13 -18446744073709551628\n\
    -1 0 2**127-1 1\n\
    -1 0 0 !ValueError\n\
    -1 1 1 0\n\
    -1 1 -1 0\n\
    -1 1 2 1\n\
    -1 1 -2 -1\n\
    -1 1 7 6\n\
    -1 1 -7 -1\n\
    -1 1 10 9\n\
    -1 1 97 96\n\
    -1 1 2**61-1 2305843009213693950\n\
    -1 1 -(2**64)-13 -1\n\
    -1 1 2**127-1 #5a896ce2d4c4bfec\n\
    -1 1 0 !ValueError\n\
    -1 2 1 0\n\
    -1 2 -1 0\n\
    -1 2 2 1\n\
    -1 2 -2 -1\n\
    -1 2 7 1\n\
    -1 2 -7 -6\n\
    -1 2 10 1\n\
    -1 2 97 1\n\
    -1 2 2**61-1 1\n\
    -1 2 -(2**64)-13 -18446744073709551628\n\
    -1 2 2**127-1 1\n\
    -1 2 0 !ValueError\n\
    -1 5 1 0\n\
    -1 5 -1 0\n\
    -1 5 2 1\n\
    -1 5 -2 -1\n\
    -1 5 7 6\n\
    -1 5 -7 -1\n\
    -1 5 10 9\n\
    -1 5 97 96\n\
    -1 5 2**61-1 2305843009213693950\n\
    -1 5 -(2**64)-13 -1\n\
    -1 5 2**127-1 #5a896ce2d4c4bfec\n\
    -1 5 0 !ValueError\n\
    -1 100 1 0\n\
    -1 100 -1 0\n\
    -1 100 2 1\n\
    -1 100 -2 -1\n\
    -1 100 7 1\n\
    -1 100 -7 -6\n\
    -1 100 10 1\n\
    -1 100 97 1\n\
    -1 100 2**61-1 1\n\
    -1 100 -(2**64)-13 -18446744073709551628\n\
    -1 100 2**127-1 1\n\
    -1 100 0 !ValueError\n\
    -1 2**70+3 1 0\n\
    -1 2**70+3 -1 0\n\
    -1 2**70+3 2 1\n\
    -1 2**70+3 -2 -1\n\
    -1 2**70+3 7 6\n\
    -1 2**70+3 -7 -1\n\
    -1 2**70+3 10 9\n\
    -1 2**70+3 97 96\n\
    -1 2**70+3 2**61-1 2305843009213693950\n\
    -1 2**70+3 -(2**64)-13 -1\n\
    -1 2**70+3 2**127-1 #5a896ce2d4c4bfec\n\
    -1 2**70+3 0 !ValueError\n\
    -1 -1 1 0\n\
    -1 -1 -1 0\n\
    -1 -1 2 1\n\
    -1 -1 -2 -1\n\
    -1 -1 7 6\n\
    -1 -1 -7 -1\n\
    -1 -1 10 9\n\
    -1 -1 97 96\n\
    -1 -1 2**61-1 2305843009213693950\n\
    -1 -1 -(2**64)-13 -1\n\
    -1 -1 2**127-1 #5a896ce2d4c4bfec\n\
    -1 -1 0 !ValueError\n\
    -1 -2 1 0\n\
    -1 -2 -1 0\n\
    -1 -2 2 1\n\
    -1 -2 -2 -1\n\
    -1 -2 7 1\n\
    -1 -2 -7 -6\n\
    -1 -2 10 1\n\
    -1 -2 97 1\n\
    -1 -2 2**61-1 1\n\
    -1 -2 -(2**64)-13 -18446744073709551628\n\
    -1 -2 2**127-1 1\n\
    -1 -2 0 !ValueError\n\
    -1 -7 1 0\n\
    -1 -7 -1 0\n\
    -1 -7 2 1\n\
    -1 -7 -2 -1\n\
    -1 -7 7 6\n\
    -1 -7 -7 -1\n\
    -1 -7 10 9\n\
    -1 -7 97 96\n\
    -1 -7 2**61-1 2305843009213693950\n\
    -1 -7 -(2**64)-13 -1\n\
    -1 -7 2**127-1 #5a896ce2d4c4bfec\n\
    -1 -7 0 !ValueError\n\
    -1 R1386.100 1 0\n\
    -1 R1386.100 -1 0\n\
    -1 R1386.100 2 1\n\
    -1 R1386.100 -2 -1\n\
    -1 R1386.100 7 1\n\
    -1 R1386.100 -7 -6\n\
    -1 R1386.100 10 1\n\
    -1 R1386.100 97 1\n\
    -1 R1386.100 2**61-1 1\n\
    -1 R1386.100 -(2**64)-13 -18446744073709551628\n\
    -1 R1386.100 2**127-1 1\n\
    -1 R1386.100 0 !ValueError\n\
    2 0 1 0\n\
    2 0 -1 0\n\
    2 0 2 1\n\
    2 0 -2 -1\n\
    2 0 7 1\n\
    2 0 -7 -6\n\
    2 0 10 1\n\
    2 0 97 1\n\
    2 0 2**61-1 1\n\
    2 0 -(2**64)-13 -18446744073709551628\n\
    2 0 2**127-1 1\n\
    2 0 0 !ValueError\n\
    2 1 1 0\n\
    2 1 -1 0\n\
    2 1 2 0\n\
    2 1 -2 0\n\
    2 1 7 2\n\
    2 1 -7 -5\n\
    2 1 10 2\n\
    2 1 97 2\n\
    2 1 2**61-1 2\n\
    2 1 -(2**64)-13 -18446744073709551627\n\
    2 1 2**127-1 2\n\
    2 1 0 !ValueError\n\
    2 2 1 0\n\
    2 2 -1 0\n\
    2 2 2 0\n\
    2 2 -2 0\n\
    2 2 7 4\n\
    2 2 -7 -3\n\
    2 2 10 4\n\
    2 2 97 4\n\
    2 2 2**61-1 4\n\
    2 2 -(2**64)-13 -18446744073709551625\n\
    2 2 2**127-1 4\n\
    2 2 0 !ValueError\n\
    2 5 1 0\n\
    2 5 -1 0\n\
    2 5 2 0\n\
    2 5 -2 0\n\
    2 5 7 4\n\
    2 5 -7 -3\n\
    2 5 10 2\n\
    2 5 97 32\n\
    2 5 2**61-1 32\n\
    2 5 -(2**64)-13 -18446744073709551597\n\
    2 5 2**127-1 32\n\
    2 5 0 !ValueError\n\
    2 100 1 0\n\
    2 100 -1 0\n\
    2 100 2 0\n\
    2 100 -2 0\n\
    2 100 7 2\n\
    2 100 -7 -5\n\
    2 100 10 6\n\
    2 100 97 16\n\
    2 100 2**61-1 549755813888\n\
    2 100 -(2**64)-13 -893353197568\n\
    2 100 2**127-1 #4894ffee80e0fb9a\n\
    2 100 0 !ValueError\n\
    2 2**70+3 1 0\n\
    2 2**70+3 -1 0\n\
    2 2**70+3 2 0\n\
    2 2**70+3 -2 0\n\
    2 2**70+3 7 2\n\
    2 2**70+3 -7 -5\n\
    2 2**70+3 10 8\n\
    2 2**70+3 97 3\n\
    2 2**70+3 2**61-1 2251799813685248\n\
    2 2**70+3 -(2**64)-13 -6341156177387955867\n\
    2 2**70+3 2**127-1 16\n\
    2 2**70+3 0 !ValueError\n\
    2 -1 1 0\n\
    2 -1 -1 0\n\
    2 -1 2 !ValueError\n\
    2 -1 -2 !ValueError\n\
    2 -1 7 4\n\
    2 -1 -7 -3\n\
    2 -1 10 !ValueError\n\
    2 -1 97 49\n\
    2 -1 2**61-1 1152921504606846976\n\
    2 -1 -(2**64)-13 -9223372036854775814\n\
    2 -1 2**127-1 #d60a783b3a00692d\n\
    2 -1 0 !ValueError\n\
    2 -2 1 0\n\
    2 -2 -1 0\n\
    2 -2 2 !ValueError\n\
    2 -2 -2 !ValueError\n\
    2 -2 7 2\n\
    2 -2 -7 -5\n\
    2 -2 10 !ValueError\n\
    2 -2 97 73\n\
    2 -2 2**61-1 576460752303423488\n\
    2 -2 -(2**64)-13 -4611686018427387907\n\
    2 -2 2**127-1 #4baf948996d5a0be\n\
    2 -2 0 !ValueError\n\
    2 -7 1 0\n\
    2 -7 -1 0\n\
    2 -7 2 !ValueError\n\
    2 -7 -2 !ValueError\n\
    2 -7 7 4\n\
    2 -7 -7 -3\n\
    2 -7 10 !ValueError\n\
    2 -7 97 72\n\
    2 -7 2**61-1 18014398509481984\n\
    2 -7 -(2**64)-13 -9943947977234055175\n\
    2 -7 2**127-1 #00db9495864b5a37\n\
    2 -7 0 !ValueError\n\
    2 R1387.100 1 0\n\
    2 R1387.100 -1 0\n\
    2 R1387.100 2 0\n\
    2 R1387.100 -2 0\n\
    2 R1387.100 7 4\n\
    2 R1387.100 -7 -3\n\
    2 R1387.100 10 6\n\
    2 R1387.100 97 35\n\
    2 R1387.100 2**61-1 137438953472\n\
    2 R1387.100 -(2**64)-13 -17818621677445973510\n\
    2 R1387.100 2**127-1 2251799813685248\n\
    2 R1387.100 0 !ValueError\n\
    3 0 1 0\n\
    3 0 -1 0\n\
    3 0 2 1\n\
    3 0 -2 -1\n\
    3 0 7 1\n\
    3 0 -7 -6\n\
    3 0 10 1\n\
    3 0 97 1\n\
    3 0 2**61-1 1\n\
    3 0 -(2**64)-13 -18446744073709551628\n\
    3 0 2**127-1 1\n\
    3 0 0 !ValueError\n\
    3 1 1 0\n\
    3 1 -1 0\n\
    3 1 2 1\n\
    3 1 -2 -1\n\
    3 1 7 3\n\
    3 1 -7 -4\n\
    3 1 10 3\n\
    3 1 97 3\n\
    3 1 2**61-1 3\n\
    3 1 -(2**64)-13 -18446744073709551626\n\
    3 1 2**127-1 3\n\
    3 1 0 !ValueError\n\
    3 2 1 0\n\
    3 2 -1 0\n\
    3 2 2 1\n\
    3 2 -2 -1\n\
    3 2 7 2\n\
    3 2 -7 -5\n\
    3 2 10 9\n\
    3 2 97 9\n\
    3 2 2**61-1 9\n\
    3 2 -(2**64)-13 -18446744073709551620\n\
    3 2 2**127-1 9\n\
    3 2 0 !ValueError\n\
    3 5 1 0\n\
    3 5 -1 0\n\
    3 5 2 1\n\
    3 5 -2 -1\n\
    3 5 7 5\n\
    3 5 -7 -2\n\
    3 5 10 3\n\
    3 5 97 49\n\
    3 5 2**61-1 243\n\
    3 5 -(2**64)-13 -18446744073709551386\n\
    3 5 2**127-1 243\n\
    3 5 0 !ValueError\n\
    3 100 1 0\n\
    3 100 -1 0\n\
    3 100 2 1\n\
    3 100 -2 -1\n\
    3 100 7 4\n\
    3 100 -7 -3\n\
    3 100 10 1\n\
    3 100 97 81\n\
    3 100 2**61-1 1175369268131054105\n\
    3 100 -(2**64)-13 -7438766607560879250\n\
    3 100 2**127-1 #b77345e8fdb70330\n\
    3 100 0 !ValueError\n\
    3 2**70+3 1 0\n\
    3 2**70+3 -1 0\n\
    3 2**70+3 2 1\n\
    3 2**70+3 -2 -1\n\
    3 2**70+3 7 3\n\
    3 2**70+3 -7 -4\n\
    3 2**70+3 10 7\n\
    3 2**70+3 97 95\n\
    3 2**70+3 2**61-1 1483251123349095099\n\
    3 2**70+3 -(2**64)-13 -10659291264546222617\n\
    3 2**70+3 2**127-1 #6c828ed287006ba5\n\
    3 2**70+3 0 !ValueError\n\
    3 -1 1 0\n\
    3 -1 -1 0\n\
    3 -1 2 1\n\
    3 -1 -2 -1\n\
    3 -1 7 5\n\
    3 -1 -7 -2\n\
    3 -1 10 7\n\
    3 -1 97 65\n\
    3 -1 2**61-1 1537228672809129301\n\
    3 -1 -(2**64)-13 -12297829382473034419\n\
    3 -1 2**127-1 #af8090004163b8f8\n\
    3 -1 0 !ValueError\n\
    3 -2 1 0\n\
    3 -2 -1 0\n\
    3 -2 2 1\n\
    3 -2 -2 -1\n\
    3 -2 7 4\n\
    3 -2 -7 -3\n\
    3 -2 10 9\n\
    3 -2 97 54\n\
    3 -2 2**61-1 2049638230412172401\n\
    3 -2 -(2**64)-13 -10248191152060862016\n\
    3 -2 2**127-1 #3f945e6676090981\n\
    3 -2 0 !ValueError\n\
    3 -7 1 0\n\
    3 -7 -1 0\n\
    3 -7 2 1\n\
    3 -7 -2 -1\n\
    3 -7 7 5\n\
    3 -7 -7 -2\n\
    3 -7 10 3\n\
    3 -7 97 11\n\
    3 -7 2**61-1 1498218068629473756\n\
    3 -7 -(2**64)-13 -14389641239025374979\n\
    3 -7 2**127-1 #6bc2b81697d01f88\n\
    3 -7 0 !ValueError\n\
    3 R1388.100 1 0\n\
    3 R1388.100 -1 0\n\
    3 R1388.100 2 1\n\
    3 R1388.100 -2 -1\n\
    3 R1388.100 7 5\n\
    3 R1388.100 -7 -2\n\
    3 R1388.100 10 3\n\
    3 R1388.100 97 48\n\
    3 R1388.100 2**61-1 346272371029667176\n\
    3 R1388.100 -(2**64)-13 -3513796696190677037\n\
    3 R1388.100 2**127-1 #21c9d870848c22da\n\
    3 R1388.100 0 !ValueError\n\
    -3 0 1 0\n\
    -3 0 -1 0\n\
    -3 0 2 1\n\
    -3 0 -2 -1\n\
    -3 0 7 1\n\
    -3 0 -7 -6\n\
    -3 0 10 1\n\
    -3 0 97 1\n\
    -3 0 2**61-1 1\n\
    -3 0 -(2**64)-13 -18446744073709551628\n\
    -3 0 2**127-1 1\n\
    -3 0 0 !ValueError\n\
    -3 1 1 0\n\
    -3 1 -1 0\n\
    -3 1 2 1\n\
    -3 1 -2 -1\n\
    -3 1 7 4\n\
    -3 1 -7 -3\n\
    -3 1 10 7\n\
    -3 1 97 94\n\
    -3 1 2**61-1 2305843009213693948\n\
    -3 1 -(2**64)-13 -3\n\
    -3 1 2**127-1 #5a896ee2d4c4c352\n\
    -3 1 0 !ValueError\n\
    -3 2 1 0\n\
    -3 2 -1 0\n\
    -3 2 2 1\n\
    -3 2 -2 -1\n\
    -3 2 7 2\n\
    -3 2 -7 -5\n\
    -3 2 10 9\n\
    -3 2 97 9\n\
    -3 2 2**61-1 9\n\
    -3 2 -(2**64)-13 -18446744073709551620\n\
    -3 2 2**127-1 9\n\
    -3 2 0 !ValueError\n\
    -3 5 1 0\n\
    -3 5 -1 0\n\
    -3 5 2 1\n\
    -3 5 -2 -1\n\
    -3 5 7 2\n\
    -3 5 -7 -5\n\
    -3 5 10 7\n\
    -3 5 97 48\n\
    -3 5 2**61-1 2305843009213693708\n\
    -3 5 -(2**64)-13 -243\n\
    -3 5 2**127-1 #73f6fbe2e30336a1\n\
    -3 5 0 !ValueError\n\
    -3 100 1 0\n\
    -3 100 -1 0\n\
    -3 100 2 1\n\
    -3 100 -2 -1\n\
    -3 100 7 4\n\
    -3 100 -7 -3\n\
    -3 100 10 1\n\
    -3 100 97 81\n\
    -3 100 2**61-1 1175369268131054105\n\
    -3 100 -(2**64)-13 -7438766607560879250\n\
    -3 100 2**127-1 #b77345e8fdb70330\n\
    -3 100 0 !ValueError\n\
    -3 2**70+3 1 0\n\
    -3 2**70+3 -1 0\n\
    -3 2**70+3 2 1\n\
    -3 2**70+3 -2 -1\n\
    -3 2**70+3 7 4\n\
    -3 2**70+3 -7 -3\n\
    -3 2**70+3 10 3\n\
    -3 2**70+3 97 2\n\
    -3 2**70+3 2**61-1 822591885864598852\n\
    -3 2**70+3 -(2**64)-13 -7787452809163329012\n\
    -3 2**70+3 2**127-1 #f27d4f2de720024c\n\
    -3 2**70+3 0 !ValueError\n\
    -3 -1 1 0\n\
    -3 -1 -1 0\n\
    -3 -1 2 1\n\
    -3 -1 -2 -1\n\
    -3 -1 7 2\n\
    -3 -1 -7 -5\n\
    -3 -1 10 3\n\
    -3 -1 97 32\n\
    -3 -1 2**61-1 768614336404564650\n\
    -3 -1 -(2**64)-13 -6148914691236517210\n\
    -3 -1 2**127-1 #48a759917cdd54a1\n\
    -3 -1 0 !ValueError\n\
    -3 -2 1 0\n\
    -3 -2 -1 0\n\
    -3 -2 2 1\n\
    -3 -2 -2 -1\n\
    -3 -2 7 4\n\
    -3 -2 -7 -3\n\
    -3 -2 10 9\n\
    -3 -2 97 54\n\
    -3 -2 2**61-1 2049638230412172401\n\
    -3 -2 -(2**64)-13 -10248191152060862016\n\
    -3 -2 2**127-1 #3f945e6676090981\n\
    -3 -2 0 !ValueError\n\
    -3 -7 1 0\n\
    -3 -7 -1 0\n\
    -3 -7 2 1\n\
    -3 -7 -2 -1\n\
    -3 -7 7 2\n\
    -3 -7 -7 -5\n\
    -3 -7 10 7\n\
    -3 -7 97 86\n\
    -3 -7 2**61-1 807624940584220195\n\
    -3 -7 -(2**64)-13 -4057102834684176650\n\
    -3 -7 2**127-1 #04f94c9df1878acd\n\
    -3 -7 0 !ValueError\n\
    -3 R1389.100 1 0\n\
    -3 R1389.100 -1 0\n\
    -3 R1389.100 2 1\n\
    -3 R1389.100 -2 -1\n\
    -3 R1389.100 7 1\n\
    -3 R1389.100 -7 -6\n\
    -3 R1389.100 10 1\n\
    -3 R1389.100 97 75\n\
    -3 R1389.100 2**61-1 2127073423536927314\n\
    -3 R1389.100 -(2**64)-13 -5021299132268869052\n\
    -3 R1389.100 2**127-1 #48f0c8f60a0c8ecf\n\
    -3 R1389.100 0 !ValueError\n\
    10 0 1 0\n\
    10 0 -1 0\n\
    10 0 2 1\n\
    10 0 -2 -1\n\
    10 0 7 1\n\
    10 0 -7 -6\n\
    10 0 10 1\n\
    10 0 97 1\n\
    10 0 2**61-1 1\n\
    10 0 -(2**64)-13 -18446744073709551628\n\
    10 0 2**127-1 1\n\
    10 0 0 !ValueError\n\
    10 1 1 0\n\
    10 1 -1 0\n\
    10 1 2 0\n\
    10 1 -2 0\n\
    10 1 7 3\n\
    10 1 -7 -4\n\
    10 1 10 0\n\
    10 1 97 10\n\
    10 1 2**61-1 10\n\
    10 1 -(2**64)-13 -18446744073709551619\n\
    10 1 2**127-1 10\n\
    10 1 0 !ValueError\n\
    10 2 1 0\n\
    10 2 -1 0\n\
    10 2 2 0\n\
    10 2 -2 0\n\
    10 2 7 2\n\
    10 2 -7 -5\n\
    10 2 10 0\n\
    10 2 97 3\n\
    10 2 2**61-1 100\n\
    10 2 -(2**64)-13 -18446744073709551529\n\
    10 2 2**127-1 100\n\
    10 2 0 !ValueError\n\
    10 5 1 0\n\
    10 5 -1 0\n\
    10 5 2 0\n\
    10 5 -2 0\n\
    10 5 7 5\n\
    10 5 -7 -2\n\
    10 5 10 0\n\
    10 5 97 90\n\
    10 5 2**61-1 100000\n\
    10 5 -(2**64)-13 -18446744073709451629\n\
    10 5 2**127-1 100000\n\
    10 5 0 !ValueError\n\
    10 100 1 0\n\
    10 100 -1 0\n\
    10 100 2 0\n\
    10 100 -2 0\n\
    10 100 7 4\n\
    10 100 -7 -3\n\
    10 100 10 0\n\
    10 100 97 9\n\
    10 100 2**61-1 910685213754167845\n\
    10 100 -(2**64)-13 -14246308600463118046\n\
    10 100 2**127-1 #a1f1c94b912ce342\n\
    10 100 0 !ValueError\n\
    10 2**70+3 1 0\n\
    10 2**70+3 -1 0\n\
    10 2**70+3 2 0\n\
    10 2**70+3 -2 0\n\
    10 2**70+3 7 3\n\
    10 2**70+3 -7 -4\n\
    10 2**70+3 10 0\n\
    10 2**70+3 97 80\n\
    10 2**70+3 2**61-1 667959380231323528\n\
    10 2**70+3 -(2**64)-13 -16515981888943868786\n\
    10 2**70+3 2**127-1 #525d3bb6e93a1b88\n\
    10 2**70+3 0 !ValueError\n\
    10 -1 1 0\n\
    10 -1 -1 0\n\
    10 -1 2 !ValueError\n\
    10 -1 -2 !ValueError\n\
    10 -1 7 5\n\
    10 -1 -7 -2\n\
    10 -1 10 !ValueError\n\
    10 -1 97 68\n\
    10 -1 2**61-1 2075258708292324556\n\
    10 -1 -(2**64)-13 -16602069666338596466\n\
    10 -1 2**127-1 #5ef140f6a50cf4ae\n\
    10 -1 0 !ValueError\n\
    10 -2 1 0\n\
    10 -2 -1 0\n\
    10 -2 2 !ValueError\n\
    10 -2 -2 !ValueError\n\
    10 -2 7 4\n\
    10 -2 -7 -3\n\
    10 -2 10 !ValueError\n\
    10 -2 97 65\n\
    10 -2 2**61-1 1129863074514710036\n\
    10 -2 -(2**64)-13 -12728253410859590624\n\
    10 -2 2**127-1 #3ae17456a28ca3b7\n\
    10 -2 0 !ValueError\n\
    10 -7 1 0\n\
    10 -7 -1 0\n\
    10 -7 2 !ValueError\n\
    10 -7 -2 !ValueError\n\
    10 -7 7 5\n\
    10 -7 -7 -2\n\
    10 -7 10 !ValueError\n\
    10 -7 97 60\n\
    10 -7 2**61-1 1894584148721084645\n\
    10 -7 -(2**64)-13 -15005446781852406273\n\
    10 -7 2**127-1 #f586e67c43250ca2\n\
    10 -7 0 !ValueError\n\
    10 R1390.100 1 0\n\
    10 R1390.100 -1 0\n\
    10 R1390.100 2 0\n\
    10 R1390.100 -2 0\n\
    10 R1390.100 7 6\n\
    10 R1390.100 -7 -1\n\
    10 R1390.100 10 0\n\
    10 R1390.100 97 77\n\
    10 R1390.100 2**61-1 2116651458031079420\n\
    10 R1390.100 -(2**64)-13 -16685147733415392862\n\
    10 R1390.100 2**127-1 #2004efd3f4cf66a4\n\
    10 R1390.100 0 !ValueError\n\
    12 0 1 0\n\
    12 0 -1 0\n\
    12 0 2 1\n\
    12 0 -2 -1\n\
    12 0 7 1\n\
    12 0 -7 -6\n\
    12 0 10 1\n\
    12 0 97 1\n\
    12 0 2**61-1 1\n\
    12 0 -(2**64)-13 -18446744073709551628\n\
    12 0 2**127-1 1\n\
    12 0 0 !ValueError\n\
    12 1 1 0\n\
    12 1 -1 0\n\
    12 1 2 0\n\
    12 1 -2 0\n\
    12 1 7 5\n\
    12 1 -7 -2\n\
    12 1 10 2\n\
    12 1 97 12\n\
    12 1 2**61-1 12\n\
    12 1 -(2**64)-13 -18446744073709551617\n\
    12 1 2**127-1 12\n\
    12 1 0 !ValueError\n\
    12 2 1 0\n\
    12 2 -1 0\n\
    12 2 2 0\n\
    12 2 -2 0\n\
    12 2 7 4\n\
    12 2 -7 -3\n\
    12 2 10 4\n\
    12 2 97 47\n\
    12 2 2**61-1 144\n\
    12 2 -(2**64)-13 -18446744073709551485\n\
    12 2 2**127-1 144\n\
    12 2 0 !ValueError\n\
    12 5 1 0\n\
    12 5 -1 0\n\
    12 5 2 0\n\
    12 5 -2 0\n\
    12 5 7 3\n\
    12 5 -7 -4\n\
    12 5 10 2\n\
    12 5 97 27\n\
    12 5 2**61-1 248832\n\
    12 5 -(2**64)-13 -18446744073709302797\n\
    12 5 2**127-1 248832\n\
    12 5 0 !ValueError\n\
    12 100 1 0\n\
    12 100 -1 0\n\
    12 100 2 0\n\
    12 100 -2 0\n\
    12 100 7 2\n\
    12 100 -7 -5\n\
    12 100 10 6\n\
    12 100 97 75\n\
    12 100 2**61-1 17580888203396348\n\
    12 100 -(2**64)-13 -13409014014418879345\n\
    12 100 2**127-1 #4b413335d4b38f8b\n\
    12 100 0 !ValueError\n\
    12 2**70+3 1 0\n\
    12 2**70+3 -1 0\n\
    12 2**70+3 2 0\n\
    12 2**70+3 -2 0\n\
    12 2**70+3 7 5\n\
    12 2**70+3 -7 -2\n\
    12 2**70+3 10 8\n\
    12 2**70+3 97 79\n\
    12 2**70+3 2**61-1 1730920788704402430\n\
    12 2**70+3 -(2**64)-13 -15309897823134093663\n\
    12 2**70+3 2**127-1 #711f7c7e5ba3680c\n\
    12 2**70+3 0 !ValueError\n\
    12 -1 1 0\n\
    12 -1 -1 0\n\
    12 -1 2 !ValueError\n\
    12 -1 -2 !ValueError\n\
    12 -1 7 3\n\
    12 -1 -7 -4\n\
    12 -1 10 !ValueError\n\
    12 -1 97 89\n\
    12 -1 2**61-1 960767920505705813\n\
    12 -1 -(2**64)-13 -7686143364045646512\n\
    12 -1 2**127-1 #8feba4b07420c6ac\n\
    12 -1 0 !ValueError\n\
    12 -2 1 0\n\
    12 -2 -1 0\n\
    12 -2 2 !ValueError\n\
    12 -2 -2 !ValueError\n\
    12 -2 7 2\n\
    12 -2 -7 -5\n\
    12 -2 10 !ValueError\n\
    12 -2 97 64\n\
    12 -2 2**61-1 272217577476616647\n\
    12 -2 -(2**64)-13 -640511947003803876\n\
    12 -2 2**127-1 #6dcb8408229cf7b0\n\
    12 -2 0 !ValueError\n\
    12 -7 1 0\n\
    12 -7 -1 0\n\
    12 -7 2 !ValueError\n\
    12 -7 -2 !ValueError\n\
    12 -7 7 3\n\
    12 -7 -7 -4\n\
    12 -7 10 !ValueError\n\
    12 -7 97 85\n\
    12 -7 2**61-1 355312864582763245\n\
    12 -7 -(2**64)-13 -9423534594367325620\n\
    12 -7 2**127-1 #9c37a857d832b16e\n\
    12 -7 0 !ValueError\n\
    12 R1391.100 1 0\n\
    12 R1391.100 -1 0\n\
    12 R1391.100 2 0\n\
    12 R1391.100 -2 0\n\
    12 R1391.100 7 4\n\
    12 R1391.100 -7 -3\n\
    12 R1391.100 10 4\n\
    12 R1391.100 97 64\n\
    12 R1391.100 2**61-1 2053626873889206383\n\
    12 R1391.100 -(2**64)-13 -7442065993673379182\n\
    12 R1391.100 2**127-1 #a0f2741ad003c777\n\
    12 R1391.100 0 !ValueError\n\
    2**64+1 0 1 0\n\
    2**64+1 0 -1 0\n\
    2**64+1 0 2 1\n\
    2**64+1 0 -2 -1\n\
    2**64+1 0 7 1\n\
    2**64+1 0 -7 -6\n\
    2**64+1 0 10 1\n\
    2**64+1 0 97 1\n\
    2**64+1 0 2**61-1 1\n\
    2**64+1 0 -(2**64)-13 -18446744073709551628\n\
    2**64+1 0 2**127-1 1\n\
    2**64+1 0 0 !ValueError\n\
    2**64+1 1 1 0\n\
    2**64+1 1 -1 0\n\
    2**64+1 1 2 1\n\
    2**64+1 1 -2 -1\n\
    2**64+1 1 7 3\n\
    2**64+1 1 -7 -4\n\
    2**64+1 1 10 7\n\
    2**64+1 1 97 62\n\
    2**64+1 1 2**61-1 9\n\
    2**64+1 1 -(2**64)-13 -12\n\
    2**64+1 1 2**127-1 18446744073709551617\n\
    2**64+1 1 0 !ValueError\n\
    2**64+1 2 1 0\n\
    2**64+1 2 -1 0\n\
    2**64+1 2 2 1\n\
    2**64+1 2 -2 -1\n\
    2**64+1 2 7 2\n\
    2**64+1 2 -7 -5\n\
    2**64+1 2 10 9\n\
    2**64+1 2 97 61\n\
    2**64+1 2 2**61-1 81\n\
    2**64+1 2 -(2**64)-13 -18446744073709551485\n\
    2**64+1 2 2**127-1 36893488147419103235\n\
    2**64+1 2 0 !ValueError\n\
    2**64+1 5 1 0\n\
    2**64+1 5 -1 0\n\
    2**64+1 5 2 1\n\
    2**64+1 5 -2 -1\n\
    2**64+1 5 7 5\n\
    2**64+1 5 -7 -2\n\
    2**64+1 5 10 7\n\
    2**64+1 5 97 36\n\
    2**64+1 5 2**61-1 59049\n\
    2**64+1 5 -(2**64)-13 -248832\n\
    2**64+1 5 2**127-1 534955578137576996905\n\
    2**64+1 5 0 !ValueError\n\
    2**64+1 100 1 0\n\
    2**64+1 100 -1 0\n\
    2**64+1 100 2 1\n\
    2**64+1 100 -2 -1\n\
    2**64+1 100 7 4\n\
    2**64+1 100 -7 -3\n\
    2**64+1 100 10 1\n\
    2**64+1 100 97 35\n\
    2**64+1 100 2**61-1 424410663027747676\n\
    2**64+1 100 -(2**64)-13 -13409014014418879345\n\
    2**64+1 100 2**127-1 #8d67ff37236219b0\n\
    2**64+1 100 0 !ValueError\n\
    2**64+1 2**70+3 1 0\n\
    2**64+1 2**70+3 -1 0\n\
    2**64+1 2**70+3 2 1\n\
    2**64+1 2**70+3 -2 -1\n\
    2**64+1 2**70+3 7 3\n\
    2**64+1 2**70+3 -7 -4\n\
    2**64+1 2**70+3 10 3\n\
    2**64+1 2**70+3 97 62\n\
    2**64+1 2**70+3 2**61-1 2053004999660805151\n\
    2**64+1 2**70+3 -(2**64)-13 -3136846250575457966\n\
    2**64+1 2**70+3 2**127-1 #8cfff83035f67637\n\
    2**64+1 2**70+3 0 !ValueError\n\
    2**64+1 -1 1 0\n\
    2**64+1 -1 -1 0\n\
    2**64+1 -1 2 1\n\
    2**64+1 -1 -2 -1\n\
    2**64+1 -1 7 5\n\
    2**64+1 -1 -7 -2\n\
    2**64+1 -1 10 3\n\
    2**64+1 -1 97 36\n\
    2**64+1 -1 2**61-1 2049638230412172401\n\
    2**64+1 -1 -(2**64)-13 -10760600709663905117\n\
    2**64+1 -1 2**127-1 18446744073709551615\n\
    2**64+1 -1 0 !ValueError\n\
    2**64+1 -2 1 0\n\
    2**64+1 -2 -1 0\n\
    2**64+1 -2 2 1\n\
    2**64+1 -2 -2 -1\n\
    2**64+1 -2 7 4\n\
    2**64+1 -2 -7 -3\n\
    2**64+1 -2 10 9\n\
    2**64+1 -2 97 35\n\
    2**64+1 -2 2**61-1 1252556696362994245\n\
    2**64+1 -2 -(2**64)-13 -640511947003803876\n\
    2**64+1 -2 2**127-1 #22540dc01c79de9b\n\
    2**64+1 -2 0 !ValueError\n\
    2**64+1 -7 1 0\n\
    2**64+1 -7 -1 0\n\
    2**64+1 -7 2 1\n\
    2**64+1 -7 -2 -1\n\
    2**64+1 -7 7 5\n\
    2**64+1 -7 -7 -2\n\
    2**64+1 -7 10 7\n\
    2**64+1 -7 97 36\n\
    2**64+1 -7 2**61-1 857864007571725037\n\
    2**64+1 -7 -(2**64)-13 -9023209479342226009\n\
    2**64+1 -7 2**127-1 3117499748456914222865\n\
    2**64+1 -7 0 !ValueError\n\
    2**64+1 R1392.100 1 0\n\
    2**64+1 R1392.100 -1 0\n\
    2**64+1 R1392.100 2 1\n\
    2**64+1 R1392.100 -2 -1\n\
    2**64+1 R1392.100 7 3\n\
    2**64+1 R1392.100 -7 -4\n\
    2**64+1 R1392.100 10 3\n\
    2**64+1 R1392.100 97 62\n\
    2**64+1 R1392.100 2**61-1 997053689822641973\n\
    2**64+1 R1392.100 -(2**64)-13 -8542333213450616040\n\
    2**64+1 R1392.100 2**127-1 #6c4a4a5c2f98f285\n\
    2**64+1 R1392.100 0 !ValueError\n\
    -(3**50) 0 1 0\n\
    -(3**50) 0 -1 0\n\
    -(3**50) 0 2 1\n\
    -(3**50) 0 -2 -1\n\
    -(3**50) 0 7 1\n\
    -(3**50) 0 -7 -6\n\
    -(3**50) 0 10 1\n\
    -(3**50) 0 97 1\n\
    -(3**50) 0 2**61-1 1\n\
    -(3**50) 0 -(2**64)-13 -18446744073709551628\n\
    -(3**50) 0 2**127-1 1\n\
    -(3**50) 0 0 !ValueError\n\
    -(3**50) 1 1 0\n\
    -(3**50) 1 -1 0\n\
    -(3**50) 1 2 1\n\
    -(3**50) 1 -2 -1\n\
    -(3**50) 1 7 5\n\
    -(3**50) 1 -7 -2\n\
    -(3**50) 1 10 1\n\
    -(3**50) 1 97 88\n\
    -(3**50) 1 2**61-1 868953729672240140\n\
    -(3**50) 1 -(2**64)-13 -6048575297968024456\n\
    -(3**50) 1 2**127-1 #6b3dbf1d833cf687\n\
    -(3**50) 1 0 !ValueError\n\
    -(3**50) 2 1 0\n\
    -(3**50) 2 -1 0\n\
    -(3**50) 2 2 1\n\
    -(3**50) 2 -2 -1\n\
    -(3**50) 2 7 4\n\
    -(3**50) 2 -7 -3\n\
    -(3**50) 2 10 1\n\
    -(3**50) 2 97 81\n\
    -(3**50) 2 2**61-1 1175369268131054105\n\
    -(3**50) 2 -(2**64)-13 -7438766607560879250\n\
    -(3**50) 2 2**127-1 #b77345e8fdb70330\n\
    -(3**50) 2 0 !ValueError\n\
    -(3**50) 5 1 0\n\
    -(3**50) 5 -1 0\n\
    -(3**50) 5 2 1\n\
    -(3**50) 5 -2 -1\n\
    -(3**50) 5 7 3\n\
    -(3**50) 5 -7 -4\n\
    -(3**50) 5 10 1\n\
    -(3**50) 5 97 24\n\
    -(3**50) 5 2**61-1 1403328611736514957\n\
    -(3**50) 5 -(2**64)-13 -10004608825111795516\n\
    -(3**50) 5 2**127-1 #34bcffbc7ccd4ad4\n\
    -(3**50) 5 0 !ValueError\n\
    -(3**50) 100 1 0\n\
    -(3**50) 100 -1 0\n\
    -(3**50) 100 2 1\n\
    -(3**50) 100 -2 -1\n\
    -(3**50) 100 7 2\n\
    -(3**50) 100 -7 -5\n\
    -(3**50) 100 10 1\n\
    -(3**50) 100 97 62\n\
    -(3**50) 100 2**61-1 1993180350957201350\n\
    -(3**50) 100 -(2**64)-13 -7124348894523967973\n\
    -(3**50) 100 2**127-1 #9adbca55ce4e3202\n\
    -(3**50) 100 0 !ValueError\n\
    -(3**50) 2**70+3 1 0\n\
    -(3**50) 2**70+3 -1 0\n\
    -(3**50) 2**70+3 2 1\n\
    -(3**50) 2**70+3 -2 -1\n\
    -(3**50) 2**70+3 7 5\n\
    -(3**50) 2**70+3 -7 -2\n\
    -(3**50) 2**70+3 10 1\n\
    -(3**50) 2**70+3 97 93\n\
    -(3**50) 2**70+3 2**61-1 1586933620651708178\n\
    -(3**50) 2**70+3 -(2**64)-13 -12487145993812112508\n\
    -(3**50) 2**70+3 2**127-1 #8520be8015cb2c70\n\
    -(3**50) 2**70+3 0 !ValueError\n\
    -(3**50) -1 1 0\n\
    -(3**50) -1 -1 0\n\
    -(3**50) -1 2 1\n\
    -(3**50) -1 -2 -1\n\
    -(3**50) -1 7 3\n\
    -(3**50) -1 -7 -4\n\
    -(3**50) -1 10 1\n\
    -(3**50) -1 97 43\n\
    -(3**50) -1 2**61-1 2293954116114951130\n\
    -(3**50) -1 -(2**64)-13 -2141788049007600872\n\
    -(3**50) -1 2**127-1 #f53754e3654004bb\n\
    -(3**50) -1 0 !ValueError\n\
    -(3**50) -2 1 0\n\
    -(3**50) -2 -1 0\n\
    -(3**50) -2 2 1\n\
    -(3**50) -2 -2 -1\n\
    -(3**50) -2 7 2\n\
    -(3**50) -2 -7 -5\n\
    -(3**50) -2 10 1\n\
    -(3**50) -2 97 6\n\
    -(3**50) -2 2**61-1 1100352848939548158\n\
    -(3**50) -2 -(2**64)-13 -8475398993084069686\n\
    -(3**50) -2 2**127-1 #4eb1afd84b371b32\n\
    -(3**50) -2 0 !ValueError\n\
    -(3**50) -7 1 0\n\
    -(3**50) -7 -1 0\n\
    -(3**50) -7 2 1\n\
    -(3**50) -7 -2 -1\n\
    -(3**50) -7 7 3\n\
    -(3**50) -7 -7 -4\n\
    -(3**50) -7 10 1\n\
    -(3**50) -7 97 73\n\
    -(3**50) -7 2**61-1 2098060888377541455\n\
    -(3**50) -7 -(2**64)-13 -1521412536983793082\n\
    -(3**50) -7 2**127-1 #820892cdffd8be1e\n\
    -(3**50) -7 0 !ValueError\n\
    -(3**50) R1393.100 1 0\n\
    -(3**50) R1393.100 -1 0\n\
    -(3**50) R1393.100 2 1\n\
    -(3**50) R1393.100 -2 -1\n\
    -(3**50) R1393.100 7 4\n\
    -(3**50) R1393.100 -7 -3\n\
    -(3**50) R1393.100 10 1\n\
    -(3**50) R1393.100 97 81\n\
    -(3**50) R1393.100 2**61-1 413652816937826731\n\
    -(3**50) R1393.100 -(2**64)-13 -9115118948410811293\n\
    -(3**50) R1393.100 2**127-1 #70eabed75d656c40\n\
    -(3**50) R1393.100 0 !ValueError\n\
    -R1383.300 0 1 0\n\
    -R1383.300 0 -1 0\n\
    -R1383.300 0 2 1\n\
    -R1383.300 0 -2 -1\n\
    -R1383.300 0 7 1\n\
    -R1383.300 0 -7 -6\n\
    -R1383.300 0 10 1\n\
    -R1383.300 0 97 1\n\
    -R1383.300 0 2**61-1 1\n\
    -R1383.300 0 -(2**64)-13 -18446744073709551628\n\
    -R1383.300 0 2**127-1 1\n\
    -R1383.300 0 0 !ValueError\n\
    -R1383.300 1 1 0\n\
    -R1383.300 1 -1 0\n\
    -R1383.300 1 2 1\n\
    -R1383.300 1 -2 -1\n\
    -R1383.300 1 7 6\n\
    -R1383.300 1 -7 -1\n\
    -R1383.300 1 10 5\n\
    -R1383.300 1 97 35\n\
    -R1383.300 1 2**61-1 1251461410024694137\n\
    -R1383.300 1 -(2**64)-13 -1275339514118614916\n\
    -R1383.300 1 2**127-1 #57a94c5a55caf383\n\
    -R1383.300 1 0 !ValueError\n\
    -R1383.300 2 1 0\n\
    -R1383.300 2 -1 0\n\
    -R1383.300 2 2 1\n\
    -R1383.300 2 -2 -1\n\
    -R1383.300 2 7 1\n\
    -R1383.300 2 -7 -6\n\
    -R1383.300 2 10 5\n\
    -R1383.300 2 97 61\n\
    -R1383.300 2 2**61-1 2170604764901745946\n\
    -R1383.300 2 -(2**64)-13 -8120271784894996872\n\
    -R1383.300 2 2**127-1 #32243de66c6e028a\n\
    -R1383.300 2 0 !ValueError\n\
    -R1383.300 5 1 0\n\
    -R1383.300 5 -1 0\n\
    -R1383.300 5 2 1\n\
    -R1383.300 5 -2 -1\n\
    -R1383.300 5 7 6\n\
    -R1383.300 5 -7 -1\n\
    -R1383.300 5 10 5\n\
    -R1383.300 5 97 61\n\
    -R1383.300 5 2**61-1 1833027303783222636\n\
    -R1383.300 5 -(2**64)-13 -6792620557239380979\n\
    -R1383.300 5 2**127-1 #791f5a570b4a1e1c\n\
    -R1383.300 5 0 !ValueError\n\
    -R1383.300 100 1 0\n\
    -R1383.300 100 -1 0\n\
    -R1383.300 100 2 1\n\
    -R1383.300 100 -2 -1\n\
    -R1383.300 100 7 1\n\
    -R1383.300 100 -7 -6\n\
    -R1383.300 100 10 5\n\
    -R1383.300 100 97 35\n\
    -R1383.300 100 2**61-1 289042600496718629\n\
    -R1383.300 100 -(2**64)-13 -11479272473583469732\n\
    -R1383.300 100 2**127-1 #5824eb0ef9e9fb5b\n\
    -R1383.300 100 0 !ValueError\n\
    -R1383.300 2**70+3 1 0\n\
    -R1383.300 2**70+3 -1 0\n\
    -R1383.300 2**70+3 2 1\n\
    -R1383.300 2**70+3 -2 -1\n\
    -R1383.300 2**70+3 7 6\n\
    -R1383.300 2**70+3 -7 -1\n\
    -R1383.300 2**70+3 10 5\n\
    -R1383.300 2**70+3 97 35\n\
    -R1383.300 2**70+3 2**61-1 1105414639327147219\n\
    -R1383.300 2**70+3 -(2**64)-13 -2550739050291618121\n\
    -R1383.300 2**70+3 2**127-1 #67c5cd8ce8e4c5e4\n\
    -R1383.300 2**70+3 0 !ValueError\n\
    -R1383.300 -1 1 0\n\
    -R1383.300 -1 -1 0\n\
    -R1383.300 -1 2 1\n\
    -R1383.300 -1 -2 -1\n\
    -R1383.300 -1 7 6\n\
    -R1383.300 -1 -7 -1\n\
    -R1383.300 -1 10 !ValueError\n\
    -R1383.300 -1 97 61\n\
    -R1383.300 -1 2**61-1 1834170422899026343\n\
    -R1383.300 -1 -(2**64)-13 -12961865629712029394\n\
    -R1383.300 -1 2**127-1 #35bb16dda1ee7dcb\n\
    -R1383.300 -1 0 !ValueError\n\
    -R1383.300 -2 1 0\n\
    -R1383.300 -2 -1 0\n\
    -R1383.300 -2 2 1\n\
    -R1383.300 -2 -2 -1\n\
    -R1383.300 -2 7 1\n\
    -R1383.300 -2 -7 -6\n\
    -R1383.300 -2 10 !ValueError\n\
    -R1383.300 -2 97 35\n\
    -R1383.300 -2 2**61-1 1352699045069358424\n\
    -R1383.300 -2 -(2**64)-13 -6271875530879510267\n\
    -R1383.300 -2 2**127-1 #293838f73b3b82e2\n\
    -R1383.300 -2 0 !ValueError\n\
    -R1383.300 -7 1 0\n\
    -R1383.300 -7 -1 0\n\
    -R1383.300 -7 2 1\n\
    -R1383.300 -7 -2 -1\n\
    -R1383.300 -7 7 6\n\
    -R1383.300 -7 -7 -1\n\
    -R1383.300 -7 10 !ValueError\n\
    -R1383.300 -7 97 61\n\
    -R1383.300 -7 2**61-1 1254991151450326391\n\
    -R1383.300 -7 -(2**64)-13 -7042743440096798882\n\
    -R1383.300 -7 2**127-1 #831da8f134c8ae60\n\
    -R1383.300 -7 0 !ValueError\n\
    -R1383.300 R1394.100 1 0\n\
    -R1383.300 R1394.100 -1 0\n\
    -R1383.300 R1394.100 2 1\n\
    -R1383.300 R1394.100 -2 -1\n\
    -R1383.300 R1394.100 7 1\n\
    -R1383.300 R1394.100 -7 -6\n\
    -R1383.300 R1394.100 10 5\n\
    -R1383.300 R1394.100 97 61\n\
    -R1383.300 R1394.100 2**61-1 420110189834397332\n\
    -R1383.300 R1394.100 -(2**64)-13 -15209782582677682962\n\
    -R1383.300 R1394.100 2**127-1 #81ee9b9333329164\n\
    -R1383.300 R1394.100 0 !ValueError\n\
    ";

    /// a b a/b
    #[rustfmt::skip]
    const TRUEDIV: &str = "\
    1 1 1.0\n\
    1 -1 -1.0\n\
    1 3 0.3333333333333333\n\
    1 7 0.14285714285714285\n\
    1 2**53 1.1102230246251565e-16\n\
    1 2**53+1 1.1102230246251564e-16\n\
    1 2**54-1 5.551115123125783e-17\n\
    1 10**20 1e-20\n\
    1 10**22+1 1e-22\n\
    1 2**64-1 5.421010862427522e-20\n\
    1 3**80 6.765495701185377e-39\n\
    1 -(5**60) -1.152921504606847e-42\n\
    1 2**1023 1.1125369292536007e-308\n\
    1 2**1024 5.562684646268003e-309\n\
    1 10**308 1e-308\n\
    1 10**400 0.0\n\
    1 2**1074 5e-324\n\
    1 2**1075 0.0\n\
    1 2**1076 0.0\n\
    1 3*2**1073 5e-324\n\
    1 10**320 1e-320\n\
    1 0 !ZeroDivisionError\n\
    -1 1 -1.0\n\
    -1 -1 1.0\n\
    -1 3 -0.3333333333333333\n\
    -1 7 -0.14285714285714285\n\
    -1 2**53 -1.1102230246251565e-16\n\
    -1 2**53+1 -1.1102230246251564e-16\n\
    -1 2**54-1 -5.551115123125783e-17\n\
    -1 10**20 -1e-20\n\
    -1 10**22+1 -1e-22\n\
    -1 2**64-1 -5.421010862427522e-20\n\
    -1 3**80 -6.765495701185377e-39\n\
    -1 -(5**60) 1.152921504606847e-42\n\
    -1 2**1023 -1.1125369292536007e-308\n\
    -1 2**1024 -5.562684646268003e-309\n\
    -1 10**308 -1e-308\n\
    -1 10**400 -0.0\n\
    -1 2**1074 -5e-324\n\
    -1 2**1075 -0.0\n\
    -1 2**1076 -0.0\n\
    -1 3*2**1073 -5e-324\n\
    -1 10**320 -1e-320\n\
    -1 0 !ZeroDivisionError\n\
    3 1 3.0\n\
    3 -1 -3.0\n\
    3 3 1.0\n\
    3 7 0.42857142857142855\n\
    3 2**53 3.3306690738754696e-16\n\
    3 2**53+1 3.330669073875469e-16\n\
    3 2**54-1 1.6653345369377348e-16\n\
    3 10**20 3e-20\n\
    3 10**22+1 3e-22\n\
    3 2**64-1 1.6263032587282567e-19\n\
    3 3**80 2.029648710355613e-38\n\
    3 -(5**60) -3.458764513820541e-42\n\
    3 2**1023 3.337610787760802e-308\n\
    3 2**1024 1.668805393880401e-308\n\
    3 10**308 3e-308\n\
    3 10**400 0.0\n\
    3 2**1074 1.5e-323\n\
    3 2**1075 1e-323\n\
    3 2**1076 5e-324\n\
    3 3*2**1073 1e-323\n\
    3 10**320 3e-320\n\
    3 0 !ZeroDivisionError\n\
    7 1 7.0\n\
    7 -1 -7.0\n\
    7 3 2.3333333333333335\n\
    7 7 1.0\n\
    7 2**53 7.771561172376096e-16\n\
    7 2**53+1 7.771561172376095e-16\n\
    7 2**54-1 3.885780586188048e-16\n\
    7 10**20 7e-20\n\
    7 10**22+1 7e-22\n\
    7 2**64-1 3.7947076036992655e-19\n\
    7 3**80 4.735846990829763e-38\n\
    7 -(5**60) -8.070450532247928e-42\n\
    7 2**1023 7.787758504775205e-308\n\
    7 2**1024 3.8938792523876024e-308\n\
    7 10**308 7e-308\n\
    7 10**400 0.0\n\
    7 2**1074 3.5e-323\n\
    7 2**1075 2e-323\n\
    7 2**1076 1e-323\n\
    7 3*2**1073 2.5e-323\n\
    7 10**320 7e-320\n\
    7 0 !ZeroDivisionError\n\
    2**53 1 9007199254740992.0\n\
    2**53 -1 -9007199254740992.0\n\
    2**53 3 3002399751580330.5\n\
    2**53 7 1286742750677284.5\n\
    2**53 2**53 1.0\n\
    2**53 2**53+1 0.9999999999999999\n\
    2**53 2**54-1 0.5\n\
    2**53 10**20 9.007199254740992e-05\n\
    2**53 10**22+1 9.007199254740992e-07\n\
    2**53 2**64-1 0.00048828125\n\
    2**53 3**80 6.093816783767031e-23\n\
    2**53 -(5**60) -1.0384593717069655e-26\n\
    2**53 2**1023 1.0020841800044864e-292\n\
    2**53 2**1024 5.010420900022432e-293\n\
    2**53 10**308 9.007199254740992e-293\n\
    2**53 10**400 0.0\n\
    2**53 2**1074 4.450147717014403e-308\n\
    2**53 2**1075 2.2250738585072014e-308\n\
    2**53 2**1076 1.1125369292536007e-308\n\
    2**53 3*2**1073 2.9667651446762683e-308\n\
    2**53 10**320 9.007199254740992e-305\n\
    2**53 0 !ZeroDivisionError\n\
    2**53+1 1 9007199254740992.0\n\
    2**53+1 -1 -9007199254740992.0\n\
    2**53+1 3 3002399751580331.0\n\
    2**53+1 7 1286742750677284.8\n\
    2**53+1 2**53 1.0\n\
    2**53+1 2**53+1 1.0\n\
    2**53+1 2**54-1 0.5000000000000001\n\
    2**53+1 10**20 9.007199254740993e-05\n\
    2**53+1 10**22+1 9.007199254740993e-07\n\
    2**53+1 2**64-1 0.0004882812500000001\n\
    2**53+1 3**80 6.093816783767031e-23\n\
    2**53+1 -(5**60) -1.0384593717069656e-26\n\
    2**53+1 2**1023 1.0020841800044864e-292\n\
    2**53+1 2**1024 5.010420900022432e-293\n\
    2**53+1 10**308 9.007199254740993e-293\n\
    2**53+1 10**400 0.0\n\
    2**53+1 2**1074 4.450147717014403e-308\n\
    2**53+1 2**1075 2.2250738585072014e-308\n\
    2**53+1 2**1076 1.1125369292536007e-308\n\
    2**53+1 3*2**1073 2.966765144676269e-308\n\
    2**53+1 10**320 9.007199254740993e-305\n\
    2**53+1 0 !ZeroDivisionError\n\
    2**54-1 1 1.8014398509481984e+16\n\
    2**54-1 -1 -1.8014398509481984e+16\n\
    2**54-1 3 6004799503160661.0\n\
    2**54-1 7 2573485501354569.0\n\
    2**54-1 2**53 2.0\n\
    2**54-1 2**53+1 1.9999999999999998\n\
    2**54-1 2**54-1 1.0\n\
    2**54-1 10**20 0.00018014398509481983\n\
    2**54-1 10**22+1 1.8014398509481983e-06\n\
    2**54-1 2**64-1 0.0009765625\n\
    2**54-1 3**80 1.2187633567534062e-22\n\
    2**54-1 -(5**60) -2.076918743413931e-26\n\
    2**54-1 2**1023 2.004168360008973e-292\n\
    2**54-1 2**1024 1.0020841800044864e-292\n\
    2**54-1 10**308 1.8014398509481982e-292\n\
    2**54-1 10**400 0.0\n\
    2**54-1 2**1074 8.900295434028806e-308\n\
    2**54-1 2**1075 4.450147717014403e-308\n\
    2**54-1 2**1076 2.2250738585072014e-308\n\
    2**54-1 3*2**1073 5.933530289352537e-308\n\
    2**54-1 10**320 1.8014398509481984e-304\n\
    2**54-1 0 !ZeroDivisionError\n\
    10**20 1 1e+20\n\
    10**20 -1 -1e+20\n\
    10**20 3 3.333333333333333e+19\n\
    10**20 7 1.4285714285714287e+19\n\
    10**20 2**53 11102.230246251565\n\
    10**20 2**53+1 11102.230246251564\n\
    10**20 2**54-1 5551.115123125783\n\
    10**20 10**20 1.0\n\
    10**20 10**22+1 0.01\n\
    10**20 2**64-1 5.421010862427522\n\
    10**20 3**80 6.765495701185376e-19\n\
    10**20 -(5**60) -1.152921504606847e-22\n\
    10**20 2**1023 1.1125369292536007e-288\n\
    10**20 2**1024 5.5626846462680035e-289\n\
    10**20 10**308 1e-288\n\
    10**20 10**400 0.0\n\
    10**20 2**1074 4.9406564584124654e-304\n\
    10**20 2**1075 2.4703282292062327e-304\n\
    10**20 2**1076 1.2351641146031164e-304\n\
    10**20 3*2**1073 3.293770972274977e-304\n\
    10**20 10**320 1e-300\n\
    10**20 0 !ZeroDivisionError\n\
    10**22+1 1 1e+22\n\
    10**22+1 -1 -1e+22\n\
    10**22+1 3 3.3333333333333335e+21\n\
    10**22+1 7 1.4285714285714287e+21\n\
    10**22+1 2**53 1110223.0246251565\n\
    10**22+1 2**53+1 1110223.0246251563\n\
    10**22+1 2**54-1 555111.5123125783\n\
    10**22+1 10**20 100.0\n\
    10**22+1 10**22+1 1.0\n\
    10**22+1 2**64-1 542.1010862427522\n\
    10**22+1 3**80 6.765495701185377e-17\n\
    10**22+1 -(5**60) -1.152921504606847e-20\n\
    10**22+1 2**1023 1.1125369292536007e-286\n\
    10**22+1 2**1024 5.562684646268003e-287\n\
    10**22+1 10**308 1e-286\n\
    10**22+1 10**400 0.0\n\
    10**22+1 2**1074 4.940656458412465e-302\n\
    10**22+1 2**1075 2.4703282292062327e-302\n\
    10**22+1 2**1076 1.2351641146031164e-302\n\
    10**22+1 3*2**1073 3.293770972274977e-302\n\
    10**22+1 10**320 1e-298\n\
    10**22+1 0 !ZeroDivisionError\n\
    2**64-1 1 1.8446744073709552e+19\n\
    2**64-1 -1 -1.8446744073709552e+19\n\
    2**64-1 3 6.148914691236517e+18\n\
    2**64-1 7 2.6352491533870787e+18\n\
    2**64-1 2**53 2048.0\n\
    2**64-1 2**53+1 2047.9999999999998\n\
    2**64-1 2**54-1 1024.0\n\
    2**64-1 10**20 0.1844674407370955\n\
    2**64-1 10**22+1 0.0018446744073709553\n\
    2**64-1 2**64-1 1.0\n\
    2**64-1 3**80 1.248013677315488e-19\n\
    2**64-1 -(5**60) -2.1267647932558653e-23\n\
    2**64-1 2**1023 2.0522684006491881e-289\n\
    2**64-1 2**1024 1.0261342003245941e-289\n\
    2**64-1 10**308 1.8446744073709552e-289\n\
    2**64-1 10**400 0.0\n\
    2**64-1 2**1074 9.113902524445497e-305\n\
    2**64-1 2**1075 4.5569512622227484e-305\n\
    2**64-1 2**1076 2.2784756311113742e-305\n\
    2**64-1 3*2**1073 6.075935016296998e-305\n\
    2**64-1 10**320 1.8446744073709551e-301\n\
    2**64-1 0 !ZeroDivisionError\n\
    3**80 1 1.4780882941434593e+38\n\
    3**80 -1 -1.4780882941434593e+38\n\
    3**80 3 4.926960980478197e+37\n\
    3**80 7 2.1115547059192274e+37\n\
    3**80 2**53 1.6410076565869894e+22\n\
    3**80 2**53+1 1.6410076565869892e+22\n\
    3**80 2**54-1 8.205038282934947e+21\n\
    3**80 10**20 1.4780882941434593e+18\n\
    3**80 10**22+1 1.4780882941434592e+16\n\
    3**80 2**64-1 8.012732698178659e+18\n\
    3**80 3**80 1.0\n\
    3**80 -(5**60) -0.0001704119780025645\n\
    3**80 2**1023 1.644427811932057e-270\n\
    3**80 2**1024 8.222139059660286e-271\n\
    3**80 10**308 1.4780882941434593e-270\n\
    3**80 10**400 0.0\n\
    3**80 2**1074 7.302726476563746e-286\n\
    3**80 2**1075 3.651363238281873e-286\n\
    3**80 2**1076 1.8256816191409365e-286\n\
    3**80 3*2**1073 4.868484317709164e-286\n\
    3**80 10**320 1.4780882941434593e-282\n\
    3**80 0 !ZeroDivisionError\n\
    -(5**60) 1 -8.673617379884035e+41\n\
    -(5**60) -1 8.673617379884035e+41\n\
    -(5**60) 3 -2.8912057932946786e+41\n\
    -(5**60) 7 -1.2390881971262907e+41\n\
    -(5**60) 2**53 -9.629649721936179e+25\n\
    -(5**60) 2**53+1 -9.629649721936179e+25\n\
    -(5**60) 2**54-1 -4.81482486096809e+25\n\
    -(5**60) 10**20 -8.673617379884036e+21\n\
    -(5**60) 10**22+1 -8.673617379884035e+19\n\
    -(5**60) 2**64-1 -4.70197740328915e+22\n\
    -(5**60) 3**80 -5868.132109733221\n\
    -(5**60) -(5**60) 1.0\n\
    -(5**60) 2**1023 -9.649719645336846e-267\n\
    -(5**60) 2**1024 -4.824859822668423e-267\n\
    -(5**60) 10**308 -8.673617379884035e-267\n\
    -(5**60) 10**400 -0.0\n\
    -(5**60) 2**1074 -4.2853363725722664e-282\n\
    -(5**60) 2**1075 -2.1426681862861332e-282\n\
    -(5**60) 2**1076 -1.0713340931430666e-282\n\
    -(5**60) 3*2**1073 -2.856890915048178e-282\n\
    -(5**60) 10**320 -8.673617379884035e-279\n\
    -(5**60) 0 !ZeroDivisionError\n\
    2**1023 1 8.98846567431158e+307\n\
    2**1023 -1 -8.98846567431158e+307\n\
    2**1023 3 2.9961552247705263e+307\n\
    2**1023 7 1.2840665249016541e+307\n\
    2**1023 2**53 9.9792015476736e+291\n\
    2**1023 2**53+1 9.979201547673598e+291\n\
    2**1023 2**54-1 4.9896007738368e+291\n\
    2**1023 10**20 8.988465674311579e+287\n\
    2**1023 10**22+1 8.98846567431158e+285\n\
    2**1023 2**64-1 4.8726570057e+288\n\
    2**1023 3**80 6.081142587980731e+269\n\
    2**1023 -(5**60) -1.0362995369334303e+266\n\
    2**1023 2**1023 1.0\n\
    2**1023 2**1024 0.5\n\
    2**1023 10**308 0.898846567431158\n\
    2**1023 10**400 8.988465674311579e-93\n\
    2**1023 2**1074 4.440892098500626e-16\n\
    2**1023 2**1075 2.220446049250313e-16\n\
    2**1023 2**1076 1.1102230246251565e-16\n\
    2**1023 3*2**1073 2.9605947323337506e-16\n\
    2**1023 10**320 8.988465674311579e-13\n\
    2**1023 0 !ZeroDivisionError\n\
    2**1024 1 !OverflowError\n\
    2**1024 -1 !OverflowError\n\
    2**1024 3 5.992310449541053e+307\n\
    2**1024 7 2.5681330498033083e+307\n\
    2**1024 2**53 1.99584030953472e+292\n\
    2**1024 2**53+1 1.9958403095347196e+292\n\
    2**1024 2**54-1 9.9792015476736e+291\n\
    2**1024 10**20 1.7976931348623158e+288\n\
    2**1024 10**22+1 1.797693134862316e+286\n\
    2**1024 2**64-1 9.7453140114e+288\n\
    2**1024 3**80 1.2162285175961462e+270\n\
    2**1024 -(5**60) -2.0725990738668607e+266\n\
    2**1024 2**1023 2.0\n\
    2**1024 2**1024 1.0\n\
    2**1024 10**308 1.797693134862316\n\
    2**1024 10**400 1.7976931348623158e-92\n\
    2**1024 2**1074 8.881784197001252e-16\n\
    2**1024 2**1075 4.440892098500626e-16\n\
    2**1024 2**1076 2.220446049250313e-16\n\
    2**1024 3*2**1073 5.921189464667501e-16\n\
    2**1024 10**320 1.7976931348623159e-12\n\
    2**1024 0 !ZeroDivisionError\n\
    10**308 1 1e+308\n\
    10**308 -1 -1e+308\n\
    10**308 3 3.333333333333333e+307\n\
    10**308 7 1.4285714285714286e+307\n\
    10**308 2**53 1.1102230246251566e+292\n\
    10**308 2**53+1 1.1102230246251563e+292\n\
    10**308 2**54-1 5.551115123125783e+291\n\
    10**308 10**20 1e+288\n\
    10**308 10**22+1 1e+286\n\
    10**308 2**64-1 5.421010862427522e+288\n\
    10**308 3**80 6.765495701185377e+269\n\
    10**308 -(5**60) -1.152921504606847e+266\n\
    10**308 2**1023 1.1125369292536007\n\
    10**308 2**1024 0.5562684646268004\n\
    10**308 10**308 1.0\n\
    10**308 10**400 1e-92\n\
    10**308 2**1074 4.9406564584124655e-16\n\
    10**308 2**1075 2.4703282292062327e-16\n\
    10**308 2**1076 1.2351641146031164e-16\n\
    10**308 3*2**1073 3.293770972274977e-16\n\
    10**308 10**320 1e-12\n\
    10**308 0 !ZeroDivisionError\n\
    10**400 1 !OverflowError\n\
    10**400 -1 !OverflowError\n\
    10**400 3 !OverflowError\n\
    10**400 7 !OverflowError\n\
    10**400 2**53 !OverflowError\n\
    10**400 2**53+1 !OverflowError\n\
    10**400 2**54-1 !OverflowError\n\
    10**400 10**20 !OverflowError\n\
    10**400 10**22+1 !OverflowError\n\
    10**400 2**64-1 !OverflowError\n\
    10**400 3**80 !OverflowError\n\
    10**400 -(5**60) !OverflowError\n\
    10**400 2**1023 1.1125369292536007e+92\n\
    10**400 2**1024 5.562684646268003e+91\n\
    10**400 10**308 1e+92\n\
    10**400 10**400 1.0\n\
    10**400 2**1074 4.940656458412465e+76\n\
    10**400 2**1075 2.4703282292062326e+76\n\
    10**400 2**1076 1.2351641146031163e+76\n\
    10**400 3*2**1073 3.293770972274977e+76\n\
    10**400 10**320 1e+80\n\
    10**400 0 !ZeroDivisionError\n\
    2**1074 1 !OverflowError\n\
    2**1074 -1 !OverflowError\n\
    2**1074 3 !OverflowError\n\
    2**1074 7 !OverflowError\n\
    2**1074 2**53 2.247116418577895e+307\n\
    2**1074 2**53+1 2.2471164185778946e+307\n\
    2**1074 2**54-1 1.1235582092889474e+307\n\
    2**1074 10**20 2.024022533073106e+303\n\
    2**1074 10**22+1 2.0240225330731063e+301\n\
    2**1074 2**64-1 1.0972248137587377e+304\n\
    2**1074 3**80 1.3693515746608437e+285\n\
    2**1074 -(5**60) -2.3335391041888072e+281\n\
    2**1074 2**1023 2251799813685248.0\n\
    2**1074 2**1024 1125899906842624.0\n\
    2**1074 10**308 2024022533073106.2\n\
    2**1074 10**400 2.024022533073106e-77\n\
    2**1074 2**1074 1.0\n\
    2**1074 2**1075 0.5\n\
    2**1074 2**1076 0.25\n\
    2**1074 3*2**1073 0.6666666666666666\n\
    2**1074 10**320 2024.0225330731062\n\
    2**1074 0 !ZeroDivisionError\n\
    2**1075 1 !OverflowError\n\
    2**1075 -1 !OverflowError\n\
    2**1075 3 !OverflowError\n\
    2**1075 7 !OverflowError\n\
    2**1075 2**53 4.49423283715579e+307\n\
    2**1075 2**53+1 4.4942328371557893e+307\n\
    2**1075 2**54-1 2.247116418577895e+307\n\
    2**1075 10**20 4.048045066146212e+303\n\
    2**1075 10**22+1 4.0480450661462126e+301\n\
    2**1075 2**64-1 2.1944496275174755e+304\n\
    2**1075 3**80 2.7387031493216874e+285\n\
    2**1075 -(5**60) -4.6670782083776144e+281\n\
    2**1075 2**1023 4503599627370496.0\n\
    2**1075 2**1024 2251799813685248.0\n\
    2**1075 10**308 4048045066146212.5\n\
    2**1075 10**400 4.048045066146212e-77\n\
    2**1075 2**1074 2.0\n\
    2**1075 2**1075 1.0\n\
    2**1075 2**1076 0.5\n\
    2**1075 3*2**1073 1.3333333333333333\n\
    2**1075 10**320 4048.0450661462123\n\
    2**1075 0 !ZeroDivisionError\n\
    2**1076 1 !OverflowError\n\
    2**1076 -1 !OverflowError\n\
    2**1076 3 !OverflowError\n\
    2**1076 7 !OverflowError\n\
    2**1076 2**53 8.98846567431158e+307\n\
    2**1076 2**53+1 8.988465674311579e+307\n\
    2**1076 2**54-1 4.49423283715579e+307\n\
    2**1076 10**20 8.096090132292424e+303\n\
    2**1076 10**22+1 8.096090132292425e+301\n\
    2**1076 2**64-1 4.388899255034951e+304\n\
    2**1076 3**80 5.477406298643375e+285\n\
    2**1076 -(5**60) -9.334156416755229e+281\n\
    2**1076 2**1023 9007199254740992.0\n\
    2**1076 2**1024 4503599627370496.0\n\
    2**1076 10**308 8096090132292425.0\n\
    2**1076 10**400 8.096090132292424e-77\n\
    2**1076 2**1074 4.0\n\
    2**1076 2**1075 2.0\n\
    2**1076 2**1076 1.0\n\
    2**1076 3*2**1073 2.6666666666666665\n\
    2**1076 10**320 8096.090132292425\n\
    2**1076 0 !ZeroDivisionError\n\
    3*2**1073 1 !OverflowError\n\
    3*2**1073 -1 !OverflowError\n\
    3*2**1073 3 !OverflowError\n\
    3*2**1073 7 !OverflowError\n\
    3*2**1073 2**53 3.3706746278668423e+307\n\
    3*2**1073 2**53+1 3.370674627866842e+307\n\
    3*2**1073 2**54-1 1.6853373139334212e+307\n\
    3*2**1073 10**20 3.0360337996096596e+303\n\
    3*2**1073 10**22+1 3.036033799609659e+301\n\
    3*2**1073 2**64-1 1.6458372206381066e+304\n\
    3*2**1073 3**80 2.0540273619912654e+285\n\
    3*2**1073 -(5**60) -3.500308656283211e+281\n\
    3*2**1073 2**1023 3377699720527872.0\n\
    3*2**1073 2**1024 1688849860263936.0\n\
    3*2**1073 10**308 3036033799609659.5\n\
    3*2**1073 10**400 3.0360337996096593e-77\n\
    3*2**1073 2**1074 1.5\n\
    3*2**1073 2**1075 0.75\n\
    3*2**1073 2**1076 0.375\n\
    3*2**1073 3*2**1073 1.0\n\
    3*2**1073 10**320 3036.033799609659\n\
    3*2**1073 0 !ZeroDivisionError\n\
    10**320 1 !OverflowError\n\
    10**320 -1 !OverflowError\n\
    10**320 3 !OverflowError\n\
    10**320 7 !OverflowError\n\
    10**320 2**53 1.1102230246251564e+304\n\
    10**320 2**53+1 1.1102230246251564e+304\n\
    10**320 2**54-1 5.551115123125783e+303\n\
    10**320 10**20 1e+300\n\
    10**320 10**22+1 1e+298\n\
    10**320 2**64-1 5.421010862427522e+300\n\
    10**320 3**80 6.765495701185377e+281\n\
    10**320 -(5**60) -1.152921504606847e+278\n\
    10**320 2**1023 1112536929253.6006\n\
    10**320 2**1024 556268464626.8003\n\
    10**320 10**308 1000000000000.0\n\
    10**320 10**400 1e-80\n\
    10**320 2**1074 0.0004940656458412465\n\
    10**320 2**1075 0.00024703282292062325\n\
    10**320 2**1076 0.00012351641146031162\n\
    10**320 3*2**1073 0.0003293770972274977\n\
    10**320 10**320 1.0\n\
    10**320 0 !ZeroDivisionError\n\
    0 1 0.0\n\
    0 -1 -0.0\n\
    0 3 0.0\n\
    0 7 0.0\n\
    0 2**53 0.0\n\
    0 2**53+1 0.0\n\
    0 2**54-1 0.0\n\
    0 10**20 0.0\n\
    0 10**22+1 0.0\n\
    0 2**64-1 0.0\n\
    0 3**80 0.0\n\
    0 -(5**60) -0.0\n\
    0 2**1023 0.0\n\
    0 2**1024 0.0\n\
    0 10**308 0.0\n\
    0 10**400 0.0\n\
    0 2**1074 0.0\n\
    0 2**1075 0.0\n\
    0 2**1076 0.0\n\
    0 3*2**1073 0.0\n\
    0 10**320 0.0\n\
    0 0 !ZeroDivisionError\n\
    -R1395.60 R1396.1100 -6.004664402e-314\n\
    R1397.64 R1398.10 1.2938682880625596e+16\n\
    -R1399.60 R1400.100 -1.3133224541617669e-12\n\
    -R1401.100 R1402.2000 -0.0\n\
    R1403.1100 -R1404.2000 -1.3228538054913716e-271\n\
    -R1405.1100 -R1406.300 6.3516734743729235e+240\n\
    -R1407.1100 R1408.1 !OverflowError\n\
    -R1409.2000 R1410.1100 -1.251212243331711e+271\n\
    -R1411.1100 R1412.2000 -6.577545895854861e-272\n\
    -R1413.64 R1414.54 -1287.7066955078308\n\
    -R1415.300 R1416.1100 -1.512406059890729e-241\n\
    -R1417.1100 R1418.54 !OverflowError\n\
    R1419.300 R1420.300 0.7742539982762765\n\
    R1421.54 R1422.1100 1.066501926e-315\n\
    R1423.64 -R1424.300 -9.463614143928112e-72\n\
    R1425.64 -R1426.100 -1.75666572424954e-11\n\
    R1427.1100 R1428.100 7.173037075229147e+300\n\
    -R1429.54 R1430.2000 -0.0\n\
    -R1431.300 R1432.64 -1.1960972642374523e+71\n\
    -R1433.2000 -R1434.54 !OverflowError\n\
    R1435.300 -R1436.100 -1.3564087244630015e+60\n\
    R1437.100 -R1438.1 -8.638171120341299e+29\n\
    R1439.300 -R1440.54 -1.2024924341423653e+74\n\
    -R1441.100 -R1442.10 8.662234076856636e+26\n\
    -R1443.54 -R1444.300 7.484004501858554e-75\n\
    R1445.54 -R1446.64 -0.0007689435722483796\n\
    R1447.54 R1448.64 0.0010905522439835673\n\
    -R1449.100 R1450.54 -71670945505298.44\n\
    R1451.2000 -R1452.54 !OverflowError\n\
    -R1453.64 R1454.1100 -1.975946578815e-312\n\
    -R1455.64 R1456.2000 -0.0\n\
    R1457.300 -R1458.54 -1.0062166410671307e+74\n\
    R1459.64 R1460.54 1753.5589570747368\n\
    -R1461.1100 -R1462.10 !OverflowError\n\
    -R1463.54 R1464.1100 -1.12623305e-315\n\
    R1465.2000 R1466.54 !OverflowError\n\
    R1467.1100 -R1468.1100 -1.3797775074671739\n\
    -R1469.2000 R1470.1100 -9.097855201529412e+270\n\
    R1471.60 -R1472.54 -57.7797239808746\n\
    -R1473.100 -R1474.64 77415795144.34889\n\
    R1475.54 R1476.64 0.0012733505638382683\n\
    -R1477.60 R1478.1 -6.86900676698708e+17\n\
    R1479.1100 -R1480.54 !OverflowError\n\
    R1481.2000 -R1482.1100 -1.1273084800548626e+271\n\
    R1483.1100 R1484.300 5.5521774818655654e+240\n\
    R1485.2000 -R1486.300 !OverflowError\n\
    -R1487.60 -R1488.100 8.612728483369762e-13\n\
    -R1489.300 -R1490.64 7.724661160461233e+70\n\
    R1491.64 R1492.1 1.5491557347706935e+19\n\
    -R1493.54 -R1494.100 1.497256474138677e-14\n\
    R1495.64 R1496.64 0.6638086722103722\n\
    R1497.60 R1498.1100 1.3304427353e-313\n\
    -R1499.300 -R1500.64 1.9371429597934259e+71\n\
    -R1501.60 -R1502.1100 5.40263739e-314\n\
    R1503.64 R1504.10 1.8449751176296572e+16\n\
    -R1505.100 R1506.54 -68305552719386.04\n\
    R1507.100 -R1508.300 -4.548140457414336e-61\n\
    -R1509.100 -R1510.1100 1.2213912295162303e-301\n\
    R1511.2000 R1512.64 !OverflowError\n\
    R1513.64 -R1514.10 -1.5283744626300224e+16\n\
    R1515.54 -R1516.54 -0.997047578694964\n\
    R1517.64 R1518.300 1.2683236438114225e-71\n\
    R1519.2000 -R1520.54 !OverflowError\n\
    R1521.300 R1522.54 1.2836852778291013e+74\n\
    R1523.100 R1524.1100 1.297442585968637e-301\n\
    -R1525.1100 R1526.54 !OverflowError\n\
    -R1527.1100 -R1528.1100 0.7844984843241647\n\
    -R1529.1100 -R1530.2000 8.711723213073307e-272\n\
    -R1531.300 R1532.10 -1.7872175555143355e+87\n\
    R1533.300 -R1534.300 -1.4308127651187104\n\
    -R1535.64 R1536.64 -0.8894791212621964\n\
    -R1537.60 -R1538.300 4.66061091238332e-73\n\
    R1539.60 R1540.64 0.07871483834855461\n\
    R1541.60 -R1542.64 -0.06922721150377417\n\
    R1543.300 -R1544.300 -1.3135136328009491\n\
    -R1545.300 -R1546.2000 0.0\n\
    -R1547.60 R1548.64 -0.08802150643401825\n\
    -R1549.1100 -R1550.100 1.8187105274352797e+301\n\
    R1551.2000 -R1552.64 !OverflowError\n\
    -R1553.2000 -R1554.64 !OverflowError\n\
    -R1555.54 -R1556.64 0.0014368664892799893\n\
    R1557.60 -R1558.1 -9.290893933830651e+17\n\
    -R1559.54 R1560.100 -9.306795818257026e-15\n\
    R1561.54 -R1562.2000 -0.0\n\
    -R1563.100 R1564.54 -77611075374290.27\n\
    -R1565.2000 -R1566.10 !OverflowError\n\
    -R1567.60 -R1568.300 5.157029062179079e-73\n\
    R1569.1100 R1570.54 !OverflowError\n\
    R1571.2000 R1572.1100 4.948552257661709e+270\n\
    -R1573.2000 R1574.300 !OverflowError\n\
    R1575.54 -R1576.2000 -0.0\n\
    -R1577.54 R1578.100 -1.2261146006130454e-14\n\
    -R1579.1100 R1580.1100 -1.0679908890079197\n\
    R1581.100 -R1582.1 -7.24875949516272e+29\n\
    R1583.64 -R1584.2000 -0.0\n\
    -R1585.60 R1586.54 -94.9508109353284\n\
    R1587.54 R1588.300 5.226511443581566e-75\n\
    -R1589.2000 R1590.2000 -0.5250713440348751\n\
    -R1591.100 -R1592.64 67404538741.31228\n\
    R1593.60 -R1594.1 -1.1243971456160383e+18\n\
    R1595.54 R1596.100 1.7863400483317872e-14\n\
    R1597.1100 R1598.300 4.616047183648542e+240\n\
    R1599.64 R1600.54 953.2920202508303\n\
    R1601.54 -R1602.64 -0.0005400974842257938\n\
    -R1603.100 -R1604.2000 0.0\n\
    -R1605.300 -R1606.10 1.7731378615385834e+87\n\
    R1607.100 R1608.54 60320268486059.08\n\
    R1609.2000 -R1610.1100 -6.826339999476751e+270\n\
    -R1611.60 R1612.1 -9.352266684973473e+17\n\
    -R1613.300 R1614.300 -0.883383346696817\n\
    -R1615.100 -R1616.10 1.1548388659534431e+27\n\
    R1617.1100 R1618.2000 8.915630637082673e-272\n\
    -R1619.2000 -R1620.54 !OverflowError\n\
    -R1621.2000 R1622.1100 -8.217716061048902e+270\n\
    R1623.54 R1624.64 0.0007463531734428653\n\
    R1625.100 R1626.300 6.354156766281388e-61\n\
    R1627.64 R1628.100 1.300868839165187e-11\n\
    R1629.300 R1630.1 1.3295312161368764e+90\n\
    R1631.54 R1632.2000 0.0\n\
    R1633.2000 R1634.100 !OverflowError\n\
    -R1635.100 R1636.100 -0.928732658600845\n\
    R1637.300 R1638.300 0.8578872911187143\n\
    R1639.300 -R1640.2000 -0.0\n\
    -R1641.100 -R1642.10 1.6041332607191882e+27\n\
    R1643.54 R1644.54 0.8529822019601637\n\
    R1645.2000 -R1646.100 !OverflowError\n\
    -R1647.54 -R1648.1100 1.14151791e-315\n\
    -R1649.300 -R1650.64 6.268253870521406e+70\n\
    -R1651.100 R1652.100 -0.9870628119588191\n\
    -R1653.64 R1654.1 -1.556702271730506e+19\n\
    R1655.54 R1656.300 6.069727733579733e-75\n\
    -R1657.60 R1658.64 -0.06116265985110657\n\
    -R1659.100 R1660.1 -8.206483181254556e+29\n\
    R1661.54 R1662.10 16854980022030.96\n\
    -R1663.300 R1664.10 -1.8496768483296353e+87\n\
    -R1665.300 -R1666.1100 1.4775402653360357e-241\n\
    -R1667.54 -R1668.10 25903558480586.363\n\
    R1669.1100 -R1670.54 !OverflowError\n\
    -R1671.54 -R1672.2000 0.0\n\
    -R1673.1100 -R1674.10 !OverflowError\n\
    R1675.300 R1676.2000 0.0\n\
    R1677.300 R1678.64 1.1215037273808977e+71\n\
    R1679.1100 R1680.64 !OverflowError\n\
    R1681.54 R1682.100 1.0653425983937893e-14\n\
    -R1683.100 R1684.100 -1.0266090744641077\n\
    R1685.300 R1686.2000 0.0\n\
    R1687.100 -R1688.54 -83076507040988.11\n\
    -R1689.2000 R1690.64 !OverflowError\n\
    R1691.60 -R1692.1100 -5.4732664246e-314\n\
    R1693.54 -R1694.10 -16683817149866.254\n\
    -R1695.100 R1696.300 -9.730291881225715e-61\n\
    R1697.2000 -R1698.1 !OverflowError\n\
    R1699.2000 R1700.54 !OverflowError\n\
    -R1701.60 R1702.2000 -0.0\n\
    R1703.300 -R1704.2000 -0.0\n\
    -R1705.100 R1706.2000 -0.0\n\
    R1707.64 R1708.10 2.5156813257582428e+16\n\
    R1709.1100 -R1710.1100 -0.984806828375078\n\
    R1711.60 -R1712.300 -4.210467123007009e-73\n\
    -R1713.100 R1714.1100 -1.1277372962847318e-301\n\
    R1715.100 R1716.1100 8.156218488655576e-302\n\
    -R1717.2000 R1718.1 !OverflowError\n\
    R1719.300 R1720.10 1.9058224295304961e+87\n\
    -R1721.2000 -R1722.64 !OverflowError\n\
    -R1723.54 -R1724.300 8.080869357842531e-75\n\
    -R1725.64 R1726.2000 -0.0\n\
    R1727.1100 R1728.2000 1.5732087227612972e-271\n\
    R1729.1100 R1730.300 6.027680565924038e+240\n\
    R1731.1100 R1732.64 !OverflowError\n\
    -R1733.54 R1734.2000 -0.0\n\
    -R1735.64 R1736.54 -1227.1519043490075\n\
    R1737.100 R1738.2000 0.0\n\
    -R1739.2000 -R1740.64 !OverflowError\n\
    R1741.54 R1742.54 0.9863797020729812\n\
    R1743.60 -R1744.100 -7.104206241356448e-13\n\
    R1745.2000 -R1746.1 !OverflowError\n\
    -R1747.1100 -R1748.100 9.530479513923032e+300\n\
    -R1749.60 -R1750.1100 8.196336582e-314\n\
    -R1751.60 R1752.1 -9.667448656749185e+17\n\
    -R1753.54 R1754.1 -1.4827772954489192e+16\n\
    -R1755.1100 -R1756.54 !OverflowError\n\
    -R1757.64 -R1758.1100 2.07616634276e-312\n\
    R1759.54 R1760.2000 0.0\n\
    -R1761.100 R1762.100 -1.4205850600316678\n\
    R1763.64 R1764.100 1.101295323206672e-11\n\
    -R1765.1100 R1766.100 -1.0233678183346666e+301\n\
    -R1767.60 R1768.100 -1.305512979306742e-12\n\
    R1769.300 -R1770.10 -1.4117098935110328e+87\n\
    R1771.300 -R1772.1100 -1.5868930431217495e-241\n\
    R1773.300 -R1774.1 -1.617714105854375e+90\n\
    R1775.2000 R1776.1 !OverflowError\n\
    -R1777.60 -R1778.54 112.42182492395192\n\
    -R1779.60 -R1780.1 1.0877504496103272e+18\n\
    -R1781.54 R1782.54 -0.7556903543123353\n\
    R1783.64 -R1784.54 -881.5044051588387\n\
    R1785.1100 R1786.2000 1.0474484966716103e-271\n\
    -R1787.54 R1788.100 -1.1621145184171403e-14\n\
    -R1789.64 R1790.1 -1.2075734221366491e+19\n\
    R1791.100 -R1792.64 -69167058910.76323\n\
    R1793.300 R1794.300 1.1439416859500036\n\
    R1795.1100 R1796.64 !OverflowError\n\
    -R1797.60 R1798.100 -5.794307044779676e-13\n\
    R1799.100 R1800.300 8.593718427783156e-61\n\
    R1801.300 R1802.2000 0.0\n\
    -R1803.300 R1804.100 -1.2683246407465458e+60\n\
    -R1805.64 R1806.100 -1.7215684032913933e-11\n\
    -R1807.100 -R1808.54 38925660607792.36\n\
    R1809.1100 -R1810.100 -1.5540171677844806e+301\n\
    R1811.300 -R1812.1100 -2.195907311957155e-241\n\
    R1813.2000 -R1814.54 !OverflowError\n\
    R1815.2000 R1816.54 !OverflowError\n\
    -R1817.2000 R1818.1100 -6.753607947162464e+270\n\
    R1819.60 R1820.300 5.86101855478829e-73\n\
    R1821.100 -R1822.100 -1.6082485955572285\n\
    R1823.54 R1824.54 1.11902167936341\n\
    R1825.100 -R1826.300 -5.457680694441145e-61\n\
    R1827.300 -R1828.2000 -0.0\n\
    R1829.54 -R1830.54 -0.9595873909024306\n\
    -R1831.1100 -R1832.10 !OverflowError\n\
    -R1833.2000 R1834.1 !OverflowError\n\
    -R1835.100 R1836.54 -76414982070749.45\n\
    R1837.1100 R1838.2000 1.0268579273575264e-271\n\
    -R1839.300 R1840.100 -1.5407047260245741e+60\n\
    -R1841.54 -R1842.1100 1.02201771e-315\n\
    -R1843.60 R1844.54 -86.92175879567935\n\
    -R1845.54 -R1846.1100 1.691057216e-315\n\
    R1847.1100 -R1848.300 -7.223377312695841e+240\n\
    -R1849.300 -R1850.54 1.0934695736760927e+74\n\
    -R1851.1100 -R1852.100 1.1864117799458132e+301\n\
    R1853.60 -R1854.1100 -1.05414573585e-313\n\
    -R1855.64 R1856.300 -8.429018526341622e-72\n\
    R1857.300 -R1858.54 -9.942058362699144e+73\n\
    -R1859.54 -R1860.100 1.863691053551915e-14\n\
    -R1861.64 -R1862.64 1.3313682595573686\n\
    R1863.100 R1864.300 5.3530721166789625e-61\n\
    R1865.1100 -R1866.1100 -0.6153445423001885\n\
    R1867.300 R1868.10 2.6631934885720765e+87\n\
    R1869.54 -R1870.54 -1.2774150354174354\n\
    -R1871.54 -R1872.300 1.0827840655235123e-74\n\
    R1873.64 R1874.1 1.0677713022358002e+19\n\
    -R1875.64 -R1876.1 1.6451257831440652e+19\n\
    -R1877.1100 R1878.10 !OverflowError\n\
    R1879.300 -R1880.54 -7.444902346534965e+73\n\
    -R1881.2000 -R1882.1100 5.458588348394102e+270\n\
    -R1883.300 -R1884.2000 0.0\n\
    R1885.60 -R1886.1100 -9.386624251e-314\n\
    -R1887.64 R1888.1100 -1.41809447682e-312\n\
    R1889.54 R1890.1 1.3266241698548996e+16\n\
    R1891.54 -R1892.10 -14191236485419.486\n\
    -R1893.54 R1894.100 -1.163274345333075e-14\n\
    -R1895.54 R1896.10 -11762510010286.568\n\
    -R1897.1100 -R1898.64 !OverflowError\n\
    R1899.64 R1900.300 7.139908001358442e-72\n\
    R1901.54 -R1902.64 -0.0011480527907254082\n\
    R1903.1100 R1904.10 !OverflowError\n\
    -R1905.64 -R1906.1 1.2214606849823613e+19\n\
    -R1907.300 R1908.1 -1.9762531725571546e+90\n\
    -R1909.100 R1910.10 -1.3216919716667942e+27\n\
    R1911.100 R1912.300 6.524827858760523e-61\n\
    -R1913.1100 -R1914.100 1.0962285126065213e+301\n\
    R1915.100 -R1916.54 -74918269616665.92\n\
    R1917.60 -R1918.300 -6.381307432873163e-73\n\
    R1919.64 -R1920.2000 -0.0\n\
    R1921.2000 -R1922.64 !OverflowError\n\
    -R1923.54 -R1924.100 1.1996884733511234e-14\n\
    -R1925.1100 -R1926.100 7.777761580031129e+300\n\
    R1927.100 R1928.100 1.3220890177207771\n\
    R1929.60 R1930.10 1754074931471002.0\n\
    R1931.1100 -R1932.64 !OverflowError\n\
    R1933.60 R1934.10 641516492826330.5\n\
    -R1935.2000 -R1936.1100 6.190870344983813e+270\n\
    -R1937.2000 R1938.54 !OverflowError\n\
    R1939.64 R1940.54 687.5487685902094\n\
    -R1941.2000 -R1942.1100 8.55591949418828e+270\n\
    -R1943.2000 -R1944.1 !OverflowError\n\
    -R1945.2000 R1946.10 !OverflowError\n\
    R1947.54 -R1948.100 -1.368839150970692e-14\n\
    -R1949.2000 -R1950.64 !OverflowError\n\
    -R1951.100 -R1952.2000 0.0\n\
    R1953.60 -R1954.300 -7.233301209760508e-73\n\
    -R1955.300 R1956.100 -1.4908581636279536e+60\n\
    -R1957.2000 -R1958.1100 7.328161305881041e+270\n\
    -R1959.2000 -R1960.300 !OverflowError\n\
    -R1961.64 -R1962.54 913.2026960760197\n\
    -R1963.300 -R1964.1100 1.9316498777958022e-241\n\
    R1965.1100 -R1966.100 -1.3003381462501887e+301\n\
    -R1967.1100 -R1968.10 !OverflowError\n\
    R1969.100 -R1970.300 -8.200589310999613e-61\n\
    R1971.2000 -R1972.100 !OverflowError\n\
    R1973.1100 -R1974.300 -4.415551985325705e+240\n\
    -R1975.64 -R1976.54 934.074777023666\n\
    -R1977.100 R1978.2000 -0.0\n\
    -R1979.1100 R1980.300 -7.617118050130372e+240\n\
    -R1981.54 R1982.100 -9.744799929490128e-15\n\
    R1983.64 R1984.64 0.8352964957339825\n\
    R1985.54 R1986.2000 0.0\n\
    -R1987.2000 R1988.54 !OverflowError\n\
    R1989.300 R1990.1100 1.6595601553517073e-241\n\
    R1991.60 -R1992.2000 -0.0\n\
    -R1993.54 R1994.300 -1.2623817805007607e-74\n\
    R1995.1100 -R1996.1 !OverflowError\n\
    -R1997.54 R1998.1 -1.3342276023700392e+16\n\
    R1999.100 R2000.300 6.006804246298683e-61\n\
    R2001.1100 R2002.1 !OverflowError\n\
    -R2003.100 R2004.64 -74167963230.10733\n\
    -R2005.54 -R2006.300 1.023056548041791e-74\n\
    -R2007.300 -R2008.1100 2.2337970695733465e-241\n\
    R2009.64 -R2010.2000 -0.0\n\
    -R2011.60 -R2012.10 1848740734176190.5\n\
    R2013.1100 R2014.64 !OverflowError\n\
    R2015.54 R2016.2000 0.0\n\
    R2017.1100 -R2018.10 !OverflowError\n\
    R2019.300 -R2020.1100 -1.778894240112703e-241\n\
    R2021.54 R2022.100 1.3139476187080452e-14\n\
    -R2023.1100 R2024.1 !OverflowError\n\
    -R2025.100 -R2026.300 6.83377199732375e-61\n\
    -R2027.2000 R2028.300 !OverflowError\n\
    -R2029.300 -R2030.300 1.2622927077499078\n\
    R2031.54 R2032.100 8.691784933297116e-15\n\
    R2033.2000 R2034.64 !OverflowError\n\
    R2035.100 R2036.100 1.49148032114493\n\
    R2037.2000 R2038.100 !OverflowError\n\
    R2039.60 -R2040.10 -844682793992251.1\n\
    R2041.54 -R2042.100 -1.1456856729755013e-14\n\
    -R2043.64 R2044.54 -834.7534305693034\n\
    R2045.2000 R2046.300 !OverflowError\n\
    R2047.54 R2048.54 0.8907742672072758\n\
    R2049.100 R2050.300 6.706754207045811e-61\n\
    R2051.1100 R2052.10 !OverflowError\n\
    -R2053.100 -R2054.1100 1.089534160574451e-301\n\
    R2055.1100 R2056.10 !OverflowError\n\
    R2057.300 -R2058.100 -1.221210609134197e+60\n\
    R2059.1100 -R2060.54 !OverflowError\n\
    -R2061.64 -R2062.1 1.2577251283031765e+19\n\
    R2063.54 -R2064.10 -21149503617010.92\n\
    R2065.300 R2066.100 1.770480271771365e+60\n\
    R2067.60 R2068.100 7.207933266569971e-13\n\
    R2069.300 -R2070.10 -2.3249712958225547e+87\n\
    R2071.2000 R2072.1 !OverflowError\n\
    -R2073.54 R2074.54 -0.5715236278022234\n\
    R2075.64 -R2076.10 -1.8811418753689576e+16\n\
    -R2077.54 -R2078.1100 1.38283082e-315\n\
    -R2079.60 R2080.1100 -5.77018936e-314\n\
    R2081.64 -R2082.54 -1282.362941942688\n\
    R2083.1100 -R2084.64 !OverflowError\n\
    -R2085.300 -R2086.1 1.577493609866481e+90\n\
    -R2087.100 -R2088.2000 0.0\n\
    R2089.64 R2090.10 1.9217281804708644e+16\n\
    R2091.64 -R2092.64 -0.6379180586757114\n\
    -R2093.100 -R2094.54 44932104529139.14\n\
    -R2095.2000 R2096.1100 -5.182352806933589e+270\n\
    -R2097.1100 R2098.64 !OverflowError\n\
    -R2099.1100 R2100.100 -1.0797243754893894e+301\n\
    -R2101.1100 -R2102.10 !OverflowError\n\
    R2103.100 -R2104.1100 -5.153699825803247e-302\n\
    R2105.1100 -R2106.64 !OverflowError\n\
    R2107.1100 R2108.100 9.512428820152076e+300\n\
    -R2109.60 R2110.1100 -1.07898685727e-313\n\
    R2111.54 -R2112.1100 -9.92067695e-316\n\
    -R2113.60 -R2114.64 0.06635692729144141\n\
    R2115.54 R2116.54 1.2781797968058786\n\
    -R2117.300 -R2118.300 1.4869721174755668\n\
    -R2119.64 R2120.2000 -0.0\n\
    -R2121.2000 R2122.1100 -6.571817342258835e+270\n\
    -R2123.64 -R2124.54 1267.4293089882926\n\
    -R2125.300 R2126.1 -1.9738630495713217e+90\n\
    -R2127.2000 R2128.2000 -0.6922571940550559\n\
    R2129.2000 -R2130.10 !OverflowError\n\
    R2131.1100 R2132.100 9.969066098599581e+300\n\
    R2133.64 -R2134.300 -8.591369468911624e-72\n\
    R2135.300 R2136.100 1.321344284848886e+60\n\
    R2137.300 -R2138.54 -7.378279542299839e+73\n\
    -R2139.300 R2140.300 -1.6465157998767643\n\
    -R2141.300 -R2142.1 1.5286430814110642e+90\n\
    R2143.300 -R2144.100 -1.1941832095846878e+60\n\
    -R2145.60 R2146.100 -9.303861853628216e-13\n\
    -R2147.60 R2148.1 -1.1089817160119597e+18\n\
    R2149.64 R2150.2000 0.0\n\
    -R2151.1100 R2152.100 -1.5572634777268754e+301\n\
    R2153.2000 -R2154.2000 -0.7629385888325009\n\
    R2155.1100 -R2156.300 -9.042840599921026e+240\n\
    -R2157.1100 R2158.300 -4.794316507822921e+240\n\
    -R2159.100 -R2160.10 7.922975428770629e+26\n\
    -R2161.60 -R2162.100 8.826090806448988e-13\n\
    -R2163.1100 -R2164.300 1.1405113214470363e+241\n\
    R2165.2000 -R2166.2000 -0.5921061378816205\n\
    R2167.54 -R2168.300 -7.900740619004734e-75\n\
    R2169.100 -R2170.100 -1.6085124908845612\n\
    R2171.54 -R2172.54 -0.9121395931936893\n\
    -R2173.100 R2174.10 -1.2721829177119748e+27\n\
    R2175.1100 R2176.300 1.065075568206977e+241\n\
    R2177.100 R2178.64 70453429764.01534\n\
    R2179.60 R2180.10 1012463437233596.4\n\
    R2181.1100 -R2182.54 !OverflowError\n\
    -R2183.60 R2184.1 -7.250249252729215e+17\n\
    -R2185.64 R2186.54 -818.6200139024237\n\
    R2187.54 -R2188.1 -1.6648847707008964e+16\n\
    R2189.300 R2190.100 1.3056869613492048e+60\n\
    R2191.100 -R2192.64 -57706594886.64067\n\
    -R2193.300 R2194.1100 -1.0424034429666939e-241\n\
    ";

    /// int float cmp (n = unordered)
    #[rustfmt::skip]
    const FLOATCMP: &str = "\
    0 0.0 =\n\
    0 -0.0 =\n\
    0 0.5 <\n\
    0 -0.5 >\n\
    0 1.0 <\n\
    0 1.5 <\n\
    0 -1.5 >\n\
    0 9007199254740992.0 <\n\
    0 9007199254740994.0 <\n\
    0 9007199254740991.0 <\n\
    0 9.223372036854776e+18 <\n\
    0 -9.223372036854776e+18 >\n\
    0 1.8446744073709552e+19 <\n\
    0 9.2e+18 <\n\
    0 1e+300 <\n\
    0 -1e+300 >\n\
    0 inf <\n\
    0 -inf >\n\
    0 nan n\n\
    0 5e-324 <\n\
    0 9007199254740992.0 <\n\
    0 4.5 <\n\
    0 1e+19 <\n\
    0 1.8446744073709552e+19 <\n\
    0 8.98846567431158e+307 <\n\
    1 0.0 >\n\
    1 -0.0 >\n\
    1 0.5 >\n\
    1 -0.5 >\n\
    1 1.0 =\n\
    1 1.5 <\n\
    1 -1.5 >\n\
    1 9007199254740992.0 <\n\
    1 9007199254740994.0 <\n\
    1 9007199254740991.0 <\n\
    1 9.223372036854776e+18 <\n\
    1 -9.223372036854776e+18 >\n\
    1 1.8446744073709552e+19 <\n\
    1 9.2e+18 <\n\
    1 1e+300 <\n\
    1 -1e+300 >\n\
    1 inf <\n\
    1 -inf >\n\
    1 nan n\n\
    1 5e-324 >\n\
    1 9007199254740992.0 <\n\
    1 4.5 <\n\
    1 1e+19 <\n\
    1 1.8446744073709552e+19 <\n\
    1 8.98846567431158e+307 <\n\
    -1 0.0 <\n\
    -1 -0.0 <\n\
    -1 0.5 <\n\
    -1 -0.5 <\n\
    -1 1.0 <\n\
    -1 1.5 <\n\
    -1 -1.5 >\n\
    -1 9007199254740992.0 <\n\
    -1 9007199254740994.0 <\n\
    -1 9007199254740991.0 <\n\
    -1 9.223372036854776e+18 <\n\
    -1 -9.223372036854776e+18 >\n\
    -1 1.8446744073709552e+19 <\n\
    -1 9.2e+18 <\n\
    -1 1e+300 <\n\
    -1 -1e+300 >\n\
    -1 inf <\n\
    -1 -inf >\n\
    -1 nan n\n\
    -1 5e-324 <\n\
    -1 9007199254740992.0 <\n\
    -1 4.5 <\n\
    -1 1e+19 <\n\
    -1 1.8446744073709552e+19 <\n\
    -1 8.98846567431158e+307 <\n\
    2 0.0 >\n\
    2 -0.0 >\n\
    2 0.5 >\n\
    2 -0.5 >\n\
    2 1.0 >\n\
    2 1.5 >\n\
    2 -1.5 >\n\
    2 9007199254740992.0 <\n\
    2 9007199254740994.0 <\n\
    2 9007199254740991.0 <\n\
    2 9.223372036854776e+18 <\n\
    2 -9.223372036854776e+18 >\n\
    2 1.8446744073709552e+19 <\n\
    2 9.2e+18 <\n\
    2 1e+300 <\n\
    2 -1e+300 >\n\
    2 inf <\n\
    2 -inf >\n\
    2 nan n\n\
    2 5e-324 >\n\
    2 9007199254740992.0 <\n\
    2 4.5 <\n\
    2 1e+19 <\n\
    2 1.8446744073709552e+19 <\n\
    2 8.98846567431158e+307 <\n\
    4 0.0 >\n\
    4 -0.0 >\n\
    4 0.5 >\n\
    4 -0.5 >\n\
    4 1.0 >\n\
    4 1.5 >\n\
    4 -1.5 >\n\
    4 9007199254740992.0 <\n\
    4 9007199254740994.0 <\n\
    4 9007199254740991.0 <\n\
    4 9.223372036854776e+18 <\n\
    4 -9.223372036854776e+18 >\n\
    4 1.8446744073709552e+19 <\n\
    4 9.2e+18 <\n\
    4 1e+300 <\n\
    4 -1e+300 >\n\
    4 inf <\n\
    4 -inf >\n\
    4 nan n\n\
    4 5e-324 >\n\
    4 9007199254740992.0 <\n\
    4 4.5 <\n\
    4 1e+19 <\n\
    4 1.8446744073709552e+19 <\n\
    4 8.98846567431158e+307 <\n\
    5 0.0 >\n\
    5 -0.0 >\n\
    5 0.5 >\n\
    5 -0.5 >\n\
    5 1.0 >\n\
    5 1.5 >\n\
    5 -1.5 >\n\
    5 9007199254740992.0 <\n\
    5 9007199254740994.0 <\n\
    5 9007199254740991.0 <\n\
    5 9.223372036854776e+18 <\n\
    5 -9.223372036854776e+18 >\n\
    5 1.8446744073709552e+19 <\n\
    5 9.2e+18 <\n\
    5 1e+300 <\n\
    5 -1e+300 >\n\
    5 inf <\n\
    5 -inf >\n\
    5 nan n\n\
    5 5e-324 >\n\
    5 9007199254740992.0 <\n\
    5 4.5 >\n\
    5 1e+19 <\n\
    5 1.8446744073709552e+19 <\n\
    5 8.98846567431158e+307 <\n\
    -5 0.0 <\n\
    -5 -0.0 <\n\
    -5 0.5 <\n\
    -5 -0.5 <\n\
    -5 1.0 <\n\
    -5 1.5 <\n\
    -5 -1.5 <\n\
    -5 9007199254740992.0 <\n\
    -5 9007199254740994.0 <\n\
    -5 9007199254740991.0 <\n\
    -5 9.223372036854776e+18 <\n\
    -5 -9.223372036854776e+18 >\n\
    -5 1.8446744073709552e+19 <\n\
    -5 9.2e+18 <\n\
    -5 1e+300 <\n\
    -5 -1e+300 >\n\
    -5 inf <\n\
    -5 -inf >\n\
    -5 nan n\n\
    -5 5e-324 <\n\
    -5 9007199254740992.0 <\n\
    -5 4.5 <\n\
    -5 1e+19 <\n\
    -5 1.8446744073709552e+19 <\n\
    -5 8.98846567431158e+307 <\n\
    2**53-1 0.0 >\n\
    2**53-1 -0.0 >\n\
    2**53-1 0.5 >\n\
    2**53-1 -0.5 >\n\
    2**53-1 1.0 >\n\
    2**53-1 1.5 >\n\
    2**53-1 -1.5 >\n\
    2**53-1 9007199254740992.0 <\n\
    2**53-1 9007199254740994.0 <\n\
    2**53-1 9007199254740991.0 =\n\
    2**53-1 9.223372036854776e+18 <\n\
    2**53-1 -9.223372036854776e+18 >\n\
    2**53-1 1.8446744073709552e+19 <\n\
    2**53-1 9.2e+18 <\n\
    2**53-1 1e+300 <\n\
    2**53-1 -1e+300 >\n\
    2**53-1 inf <\n\
    2**53-1 -inf >\n\
    2**53-1 nan n\n\
    2**53-1 5e-324 >\n\
    2**53-1 9007199254740992.0 <\n\
    2**53-1 4.5 >\n\
    2**53-1 1e+19 <\n\
    2**53-1 1.8446744073709552e+19 <\n\
    2**53-1 8.98846567431158e+307 <\n\
    2**53 0.0 >\n\
    2**53 -0.0 >\n\
    2**53 0.5 >\n\
    2**53 -0.5 >\n\
    2**53 1.0 >\n\
    2**53 1.5 >\n\
    2**53 -1.5 >\n\
    2**53 9007199254740992.0 =\n\
    2**53 9007199254740994.0 <\n\
    2**53 9007199254740991.0 >\n\
    2**53 9.223372036854776e+18 <\n\
    2**53 -9.223372036854776e+18 >\n\
    2**53 1.8446744073709552e+19 <\n\
    2**53 9.2e+18 <\n\
    2**53 1e+300 <\n\
    2**53 -1e+300 >\n\
    2**53 inf <\n\
    2**53 -inf >\n\
    2**53 nan n\n\
    2**53 5e-324 >\n\
    2**53 9007199254740992.0 =\n\
    2**53 4.5 >\n\
    2**53 1e+19 <\n\
    2**53 1.8446744073709552e+19 <\n\
    2**53 8.98846567431158e+307 <\n\
    2**53+1 0.0 >\n\
    2**53+1 -0.0 >\n\
    2**53+1 0.5 >\n\
    2**53+1 -0.5 >\n\
    2**53+1 1.0 >\n\
    2**53+1 1.5 >\n\
    2**53+1 -1.5 >\n\
    2**53+1 9007199254740992.0 >\n\
    2**53+1 9007199254740994.0 <\n\
    2**53+1 9007199254740991.0 >\n\
    2**53+1 9.223372036854776e+18 <\n\
    2**53+1 -9.223372036854776e+18 >\n\
    2**53+1 1.8446744073709552e+19 <\n\
    2**53+1 9.2e+18 <\n\
    2**53+1 1e+300 <\n\
    2**53+1 -1e+300 >\n\
    2**53+1 inf <\n\
    2**53+1 -inf >\n\
    2**53+1 nan n\n\
    2**53+1 5e-324 >\n\
    2**53+1 9007199254740992.0 >\n\
    2**53+1 4.5 >\n\
    2**53+1 1e+19 <\n\
    2**53+1 1.8446744073709552e+19 <\n\
    2**53+1 8.98846567431158e+307 <\n\
    2**53+2 0.0 >\n\
    2**53+2 -0.0 >\n\
    2**53+2 0.5 >\n\
    2**53+2 -0.5 >\n\
    2**53+2 1.0 >\n\
    2**53+2 1.5 >\n\
    2**53+2 -1.5 >\n\
    2**53+2 9007199254740992.0 >\n\
    2**53+2 9007199254740994.0 =\n\
    2**53+2 9007199254740991.0 >\n\
    2**53+2 9.223372036854776e+18 <\n\
    2**53+2 -9.223372036854776e+18 >\n\
    2**53+2 1.8446744073709552e+19 <\n\
    2**53+2 9.2e+18 <\n\
    2**53+2 1e+300 <\n\
    2**53+2 -1e+300 >\n\
    2**53+2 inf <\n\
    2**53+2 -inf >\n\
    2**53+2 nan n\n\
    2**53+2 5e-324 >\n\
    2**53+2 9007199254740992.0 >\n\
    2**53+2 4.5 >\n\
    2**53+2 1e+19 <\n\
    2**53+2 1.8446744073709552e+19 <\n\
    2**53+2 8.98846567431158e+307 <\n\
    2**63-1 0.0 >\n\
    2**63-1 -0.0 >\n\
    2**63-1 0.5 >\n\
    2**63-1 -0.5 >\n\
    2**63-1 1.0 >\n\
    2**63-1 1.5 >\n\
    2**63-1 -1.5 >\n\
    2**63-1 9007199254740992.0 >\n\
    2**63-1 9007199254740994.0 >\n\
    2**63-1 9007199254740991.0 >\n\
    2**63-1 9.223372036854776e+18 <\n\
    2**63-1 -9.223372036854776e+18 >\n\
    2**63-1 1.8446744073709552e+19 <\n\
    2**63-1 9.2e+18 >\n\
    2**63-1 1e+300 <\n\
    2**63-1 -1e+300 >\n\
    2**63-1 inf <\n\
    2**63-1 -inf >\n\
    2**63-1 nan n\n\
    2**63-1 5e-324 >\n\
    2**63-1 9007199254740992.0 >\n\
    2**63-1 4.5 >\n\
    2**63-1 1e+19 <\n\
    2**63-1 1.8446744073709552e+19 <\n\
    2**63-1 8.98846567431158e+307 <\n\
    -2**63 0.0 <\n\
    -2**63 -0.0 <\n\
    -2**63 0.5 <\n\
    -2**63 -0.5 <\n\
    -2**63 1.0 <\n\
    -2**63 1.5 <\n\
    -2**63 -1.5 <\n\
    -2**63 9007199254740992.0 <\n\
    -2**63 9007199254740994.0 <\n\
    -2**63 9007199254740991.0 <\n\
    -2**63 9.223372036854776e+18 <\n\
    -2**63 -9.223372036854776e+18 =\n\
    -2**63 1.8446744073709552e+19 <\n\
    -2**63 9.2e+18 <\n\
    -2**63 1e+300 <\n\
    -2**63 -1e+300 >\n\
    -2**63 inf <\n\
    -2**63 -inf >\n\
    -2**63 nan n\n\
    -2**63 5e-324 <\n\
    -2**63 9007199254740992.0 <\n\
    -2**63 4.5 <\n\
    -2**63 1e+19 <\n\
    -2**63 1.8446744073709552e+19 <\n\
    -2**63 8.98846567431158e+307 <\n\
    2**63 0.0 >\n\
    2**63 -0.0 >\n\
    2**63 0.5 >\n\
    2**63 -0.5 >\n\
    2**63 1.0 >\n\
    2**63 1.5 >\n\
    2**63 -1.5 >\n\
    2**63 9007199254740992.0 >\n\
    2**63 9007199254740994.0 >\n\
    2**63 9007199254740991.0 >\n\
    2**63 9.223372036854776e+18 =\n\
    2**63 -9.223372036854776e+18 >\n\
    2**63 1.8446744073709552e+19 <\n\
    2**63 9.2e+18 >\n\
    2**63 1e+300 <\n\
    2**63 -1e+300 >\n\
    2**63 inf <\n\
    2**63 -inf >\n\
    2**63 nan n\n\
    2**63 5e-324 >\n\
    2**63 9007199254740992.0 >\n\
    2**63 4.5 >\n\
    2**63 1e+19 <\n\
    2**63 1.8446744073709552e+19 <\n\
    2**63 8.98846567431158e+307 <\n\
    -2**63-1 0.0 <\n\
    -2**63-1 -0.0 <\n\
    -2**63-1 0.5 <\n\
    -2**63-1 -0.5 <\n\
    -2**63-1 1.0 <\n\
    -2**63-1 1.5 <\n\
    -2**63-1 -1.5 <\n\
    -2**63-1 9007199254740992.0 <\n\
    -2**63-1 9007199254740994.0 <\n\
    -2**63-1 9007199254740991.0 <\n\
    -2**63-1 9.223372036854776e+18 <\n\
    -2**63-1 -9.223372036854776e+18 <\n\
    -2**63-1 1.8446744073709552e+19 <\n\
    -2**63-1 9.2e+18 <\n\
    -2**63-1 1e+300 <\n\
    -2**63-1 -1e+300 >\n\
    -2**63-1 inf <\n\
    -2**63-1 -inf >\n\
    -2**63-1 nan n\n\
    -2**63-1 5e-324 <\n\
    -2**63-1 9007199254740992.0 <\n\
    -2**63-1 4.5 <\n\
    -2**63-1 1e+19 <\n\
    -2**63-1 1.8446744073709552e+19 <\n\
    -2**63-1 8.98846567431158e+307 <\n\
    2**64 0.0 >\n\
    2**64 -0.0 >\n\
    2**64 0.5 >\n\
    2**64 -0.5 >\n\
    2**64 1.0 >\n\
    2**64 1.5 >\n\
    2**64 -1.5 >\n\
    2**64 9007199254740992.0 >\n\
    2**64 9007199254740994.0 >\n\
    2**64 9007199254740991.0 >\n\
    2**64 9.223372036854776e+18 >\n\
    2**64 -9.223372036854776e+18 >\n\
    2**64 1.8446744073709552e+19 =\n\
    2**64 9.2e+18 >\n\
    2**64 1e+300 <\n\
    2**64 -1e+300 >\n\
    2**64 inf <\n\
    2**64 -inf >\n\
    2**64 nan n\n\
    2**64 5e-324 >\n\
    2**64 9007199254740992.0 >\n\
    2**64 4.5 >\n\
    2**64 1e+19 >\n\
    2**64 1.8446744073709552e+19 =\n\
    2**64 8.98846567431158e+307 <\n\
    2**64-1 0.0 >\n\
    2**64-1 -0.0 >\n\
    2**64-1 0.5 >\n\
    2**64-1 -0.5 >\n\
    2**64-1 1.0 >\n\
    2**64-1 1.5 >\n\
    2**64-1 -1.5 >\n\
    2**64-1 9007199254740992.0 >\n\
    2**64-1 9007199254740994.0 >\n\
    2**64-1 9007199254740991.0 >\n\
    2**64-1 9.223372036854776e+18 >\n\
    2**64-1 -9.223372036854776e+18 >\n\
    2**64-1 1.8446744073709552e+19 <\n\
    2**64-1 9.2e+18 >\n\
    2**64-1 1e+300 <\n\
    2**64-1 -1e+300 >\n\
    2**64-1 inf <\n\
    2**64-1 -inf >\n\
    2**64-1 nan n\n\
    2**64-1 5e-324 >\n\
    2**64-1 9007199254740992.0 >\n\
    2**64-1 4.5 >\n\
    2**64-1 1e+19 >\n\
    2**64-1 1.8446744073709552e+19 <\n\
    2**64-1 8.98846567431158e+307 <\n\
    2**64+1 0.0 >\n\
    2**64+1 -0.0 >\n\
    2**64+1 0.5 >\n\
    2**64+1 -0.5 >\n\
    2**64+1 1.0 >\n\
    2**64+1 1.5 >\n\
    2**64+1 -1.5 >\n\
    2**64+1 9007199254740992.0 >\n\
    2**64+1 9007199254740994.0 >\n\
    2**64+1 9007199254740991.0 >\n\
    2**64+1 9.223372036854776e+18 >\n\
    2**64+1 -9.223372036854776e+18 >\n\
    2**64+1 1.8446744073709552e+19 >\n\
    2**64+1 9.2e+18 >\n\
    2**64+1 1e+300 <\n\
    2**64+1 -1e+300 >\n\
    2**64+1 inf <\n\
    2**64+1 -inf >\n\
    2**64+1 nan n\n\
    2**64+1 5e-324 >\n\
    2**64+1 9007199254740992.0 >\n\
    2**64+1 4.5 >\n\
    2**64+1 1e+19 >\n\
    2**64+1 1.8446744073709552e+19 >\n\
    2**64+1 8.98846567431158e+307 <\n\
    10**300 0.0 >\n\
    10**300 -0.0 >\n\
    10**300 0.5 >\n\
    10**300 -0.5 >\n\
    10**300 1.0 >\n\
    10**300 1.5 >\n\
    10**300 -1.5 >\n\
    10**300 9007199254740992.0 >\n\
    10**300 9007199254740994.0 >\n\
    10**300 9007199254740991.0 >\n\
    10**300 9.223372036854776e+18 >\n\
    10**300 -9.223372036854776e+18 >\n\
    10**300 1.8446744073709552e+19 >\n\
    10**300 9.2e+18 >\n\
    10**300 1e+300 <\n\
    10**300 -1e+300 >\n\
    10**300 inf <\n\
    10**300 -inf >\n\
    10**300 nan n\n\
    10**300 5e-324 >\n\
    10**300 9007199254740992.0 >\n\
    10**300 4.5 >\n\
    10**300 1e+19 >\n\
    10**300 1.8446744073709552e+19 >\n\
    10**300 8.98846567431158e+307 <\n\
    -10**300 0.0 <\n\
    -10**300 -0.0 <\n\
    -10**300 0.5 <\n\
    -10**300 -0.5 <\n\
    -10**300 1.0 <\n\
    -10**300 1.5 <\n\
    -10**300 -1.5 <\n\
    -10**300 9007199254740992.0 <\n\
    -10**300 9007199254740994.0 <\n\
    -10**300 9007199254740991.0 <\n\
    -10**300 9.223372036854776e+18 <\n\
    -10**300 -9.223372036854776e+18 <\n\
    -10**300 1.8446744073709552e+19 <\n\
    -10**300 9.2e+18 <\n\
    -10**300 1e+300 <\n\
    -10**300 -1e+300 >\n\
    -10**300 inf <\n\
    -10**300 -inf >\n\
    -10**300 nan n\n\
    -10**300 5e-324 <\n\
    -10**300 9007199254740992.0 <\n\
    -10**300 4.5 <\n\
    -10**300 1e+19 <\n\
    -10**300 1.8446744073709552e+19 <\n\
    -10**300 8.98846567431158e+307 <\n\
    2**1023 0.0 >\n\
    2**1023 -0.0 >\n\
    2**1023 0.5 >\n\
    2**1023 -0.5 >\n\
    2**1023 1.0 >\n\
    2**1023 1.5 >\n\
    2**1023 -1.5 >\n\
    2**1023 9007199254740992.0 >\n\
    2**1023 9007199254740994.0 >\n\
    2**1023 9007199254740991.0 >\n\
    2**1023 9.223372036854776e+18 >\n\
    2**1023 -9.223372036854776e+18 >\n\
    2**1023 1.8446744073709552e+19 >\n\
    2**1023 9.2e+18 >\n\
    2**1023 1e+300 >\n\
    2**1023 -1e+300 >\n\
    2**1023 inf <\n\
    2**1023 -inf >\n\
    2**1023 nan n\n\
    2**1023 5e-324 >\n\
    2**1023 9007199254740992.0 >\n\
    2**1023 4.5 >\n\
    2**1023 1e+19 >\n\
    2**1023 1.8446744073709552e+19 >\n\
    2**1023 8.98846567431158e+307 =\n\
    2**1024 0.0 >\n\
    2**1024 -0.0 >\n\
    2**1024 0.5 >\n\
    2**1024 -0.5 >\n\
    2**1024 1.0 >\n\
    2**1024 1.5 >\n\
    2**1024 -1.5 >\n\
    2**1024 9007199254740992.0 >\n\
    2**1024 9007199254740994.0 >\n\
    2**1024 9007199254740991.0 >\n\
    2**1024 9.223372036854776e+18 >\n\
    2**1024 -9.223372036854776e+18 >\n\
    2**1024 1.8446744073709552e+19 >\n\
    2**1024 9.2e+18 >\n\
    2**1024 1e+300 >\n\
    2**1024 -1e+300 >\n\
    2**1024 inf <\n\
    2**1024 -inf >\n\
    2**1024 nan n\n\
    2**1024 5e-324 >\n\
    2**1024 9007199254740992.0 >\n\
    2**1024 4.5 >\n\
    2**1024 1e+19 >\n\
    2**1024 1.8446744073709552e+19 >\n\
    2**1024 8.98846567431158e+307 >\n\
    10**19 0.0 >\n\
    10**19 -0.0 >\n\
    10**19 0.5 >\n\
    10**19 -0.5 >\n\
    10**19 1.0 >\n\
    10**19 1.5 >\n\
    10**19 -1.5 >\n\
    10**19 9007199254740992.0 >\n\
    10**19 9007199254740994.0 >\n\
    10**19 9007199254740991.0 >\n\
    10**19 9.223372036854776e+18 >\n\
    10**19 -9.223372036854776e+18 >\n\
    10**19 1.8446744073709552e+19 <\n\
    10**19 9.2e+18 >\n\
    10**19 1e+300 <\n\
    10**19 -1e+300 >\n\
    10**19 inf <\n\
    10**19 -inf >\n\
    10**19 nan n\n\
    10**19 5e-324 >\n\
    10**19 9007199254740992.0 >\n\
    10**19 4.5 >\n\
    10**19 1e+19 =\n\
    10**19 1.8446744073709552e+19 <\n\
    10**19 8.98846567431158e+307 <\n\
    ";

    /// float int(float) hash(float) (NaN: hash 0 by convention)
    #[rustfmt::skip]
    const FLOATS: &str = "\
    0.0 0 0\n\
    -0.0 0 0\n\
    0.5 0 1152921504606846976\n\
    -0.5 0 -1152921504606846976\n\
    1.0 1 1\n\
    1.5 1 1152921504606846977\n\
    -1.5 -1 -1152921504606846977\n\
    9007199254740992.0 9007199254740992 9007199254740992\n\
    9007199254740994.0 9007199254740994 9007199254740994\n\
    9007199254740991.0 9007199254740991 9007199254740991\n\
    9.223372036854776e+18 9223372036854775808 4\n\
    -9.223372036854776e+18 -9223372036854775808 -4\n\
    1.8446744073709552e+19 18446744073709551616 8\n\
    9.2e+18 9200000000000000000 2282470972358918147\n\
    1e+300 #3d0c9c942ea436db 1224995262755759164\n\
    -1e+300 #33d70ec1f17375c4 -1224995262755759164\n\
    inf !OverflowError 314159\n\
    -inf !OverflowError -314159\n\
    nan !ValueError 0\n\
    5e-324 0 16777216\n\
    9007199254740992.0 9007199254740992 9007199254740992\n\
    4.5 4 1152921504606846980\n\
    1e+19 10000000000000000000 776627963145224196\n\
    1.8446744073709552e+19 18446744073709551616 8\n\
    8.98846567431158e+307 #1cb2a274da946fff 140737488355328\n\
    0.9999 0 2305612424912772608\n\
    -0.9999 0 -2305612424912772608\n\
    123.456 123 1051464412201451643\n\
    -2.5 -2 -1152921504606846978\n\
    1e+22 10000000000000000000000 1864712049423028464\n\
    1.7976931348623157e+308 #1dbf41baf9aba190 2234066890152476671\n\
    -1.7976931348623157e+308 #aaf57ae064b278df -2234066890152476671\n\
    9.223372036854775e+18 9223372036854774784 2305843009213692931\n\
    1e+16 10000000000000000 10000000000000000\n\
    4.519047542695493e+93 #6ea7442d72ddd08f 752474116641226821\n\
    254514.20979579643 254514 483756170558038578\n\
    -8.064854009508e-311 0 -1772508365600063606\n\
    -2.685874456421462e+100 #be0143f5f59b52e6 -477646955532464781\n\
    -6.334272292755139e-286 0 -346770437203358335\n\
    -1.1972007563844822e+295 #4de59088eb3bde15 -1718427278281252882\n\
    -4.575292973441613e-260 0 -12672577077052130\n\
    -2.93351247900965e-75 0 -191221454616602272\n\
    9.144867783185336e+101 #2fb38b46c17ca098 177865811031133804\n\
    -6.328476685916786e-137 0 -279838953983662387\n\
    -1.6525573191681576e+240 #1ca5c829dbdd86ae -1666403488772456479\n\
    -6.403004348957983e-09 0 -22240935970975744\n\
    6.002778654626382e-183 0 1167749107096289305\n\
    9.330008576313059e+46 #7a54291deb47afa8 754449712155598167\n\
    8.173617501807072e+259 #0198a0a312dacff2 1044113793777140392\n\
    -1.78819168349301e-257 0 -341220182148175874\n\
    2.2382200474058233e+88 #0be54ac1a1bc2689 865482870738615835\n\
    -8.716779640747001e+253 #1b26ec297f323b97 -578134035715219786\n\
    -9.43238181149239e+69 #0b4d481b955891ba -865460492994865223\n\
    -8.948858163204246e+21 -8948858163204245684224 -2187287455113154344\n\
    1.42137653412304e+244 #cf63cf1d72b852e4 309040616774576593\n\
    6667910085.406812 6667910085 938043953858493381\n\
    5.8303445292923046e-251 0 1262270628940668193\n\
    -9.091599769154541e+271 #97f8e4b2cdb162f4 -1441908755499607589\n\
    1.4862111940913313e-178 0 1347592725612569298\n\
    -7.56312617082134e-207 0 -360458837180662647\n\
    -8.634105415714113e+132 #afa6aa96fa655cab -79758386538766672\n\
    -1.497288960728178e+136 #3a367a5005858519 -1146075275240616789\n\
    6.641766129719266e+123 #92a0c1eab075beb9 1008850504614502152\n\
    -4.224748686423195e-211 0 -2293497702201624433\n\
    -8.115706646467912e-164 0 -1274202706732646549\n\
    3.749435322871135e+158 #e6c11c985ca39fc7 387872987074851243\n\
    3.18900741121811e-69 0 1877290731312341031\n\
    -5287.815539648895 -5287 -1880506398140273831\n\
    -8.696664552000598e-205 0 -19647601671242108\n\
    6.75257858212455e-290 0 1427980942252746870\n\
    -9.163677864883697e-222 0 -477371377041454208\n\
    -4.5435846581035393e-194 0 -98790433006076061\n\
    6.492481018835945e+31 #ebb04baefe254c93 765640093301086091\n\
    1.6959007139229022e-69 0 818981950399232838\n\
    1.4399604141034651e-54 0 1507706140259590161\n\
    -6.729819771171168e-17 0 -412927428979523739\n\
    -4.664727058331391e+181 #c2f7939a3da499e7 -25313874225746792\n\
    -5.02224126972773e+37 #3e77e257fbca560e -1027912498617405449\n\
    8.79662805977825e-189 0 1153007691915631191\n\
    6.594768140884079e+272 #eaaaf92654f80c2a 5490137660748721\n\
    9.773867579999474e+198 #e7f099f453ee4a69 1155221723126370978\n\
    -1.2683990893123331e-77 0 -2018439440926711526\n\
    -7.198662894978092e-207 0 -720738573375274984\n\
    -9.835331750997135e-45 0 -1656585911639293466\n\
    -2.3697216024573796e-261 0 -656361894912867\n\
    7.958897771634331e-222 0 414609728211508032\n\
    -4.868471487864991e-71 0 -680521894651757920\n\
    -9.22838885002517e-277 0 -589388494686111744\n\
    -6.554489548711871e-101 0 -1469651232002351240\n\
    9.532001609353e-312 0 86457283210379278\n\
    -5.807869956157963e-227 0 -1473806003600798874\n\
    1.8374316608669996e+198 #889506cc1f015281 1297469120715934524\n\
    -4.6567920634299755e+134 #dd1ae118c9ac0845 -2129238729470279818\n\
    -6.870041886343919e-174 0 -1472518777667274512\n\
    4.790881639447064e-266 0 2250291297001650621\n\
    -8.827200192175326e+31 #a14d1171e91e45f6 -1855521328355145635\n\
    -9.401092882910688e-240 0 -1129261808441729408\n\
    -7.218637641322023e+117 #85aed4ea989cacc2 -1355836890957009341\n\
    8.544306633737681e+157 #c2956fe280d2c4b7 1542588532405735572\n\
    -2.9960367325307088e+193 #0ef8f1fdafa23545 -71362709740158307\n\
    9.277175180554247e-264 0 1123650676606848086\n\
    -1.1754315022653761e-286 0 -798241456110796466\n\
    9.98585444970413e+53 #d5dda9d7bf15bdfe 187813047900172928\n\
    -7.962185099422912e+135 #46a54157b8c2b277 -2286981170730011546\n\
    3.275195566050284e+185 #0a26087b55cd7ece 183721120452771917\n\
    -9.759732908899976e-73 0 -1361205326733869083\n\
    8.69993128780244e+84 #e8f5f71b53a24d9b 1499698983663538254\n\
    8.652403279034493e-104 0 65145711771414872\n\
    -3.696521250608189e+292 #b31b67fcbb10d58e -133458787437254576\n\
    3.5569342109363844e+81 #2502e0e0b79c8fec 1718029730759828616\n\
    5.617599869330409e-127 0 1606852969983705282\n\
    8.08842503565811e+68 #f937cc20184811ec 1693419434186336809\n\
    8.72131594195354e-252 0 1889077156190878774\n\
    -3.8923015313087484e+57 #b703114c9b73656e -1108319959318659389\n\
    -8.631100294238656e-86 0 -1800192158659369299\n\
    -5.626655972235448e-157 0 -897826286784554605\n\
    -6.0410796297209516e+29 #bb7cf127fe10335c -127508426439993516\n\
    9.664822544714e-235 0 1830658080426214571\n\
    -2.2806199157192466e+181 #09230fad00f7035d -12376142265417176\n\
    -6.746083444752312e+151 #5017ed3d23726840 -2012185733309221309\n\
    -7.097385551892465e+184 #2512676e61da6caf -1621589572155973648\n\
    1.4959385137513094e-211 0 835494700070812323\n\
    2.028122778366639e-184 0 1987107366180865536\n\
    5.121067869501867e+246 #798fb6dabfd343ad 797201489932845685\n\
    9.846393908844898e+96 #6cac7a3b2f69025c 1642874649668898316\n\
    5.80519067569533e-125 0 1949172598810103447\n\
    9.877065337148903e+261 #cf9b008fc142709b 1076458937986924850\n\
    9.067691480615676e+69 #cc87ecdb5db418d1 865430746551796402\n\
    -6.766398882575437e+272 #198aff4983dcba73 -5633020075804429\n\
    8.149500710226336e+128 #4d8c1a8a911494cf 810227534738493442\n\
    2.4917626728363308e-306 0 1553732330176642600\n\
    -5.700339799776057e+304 #314fa868f371ca40 -1928561076558591134\n\
    2.825590520012011e-66 0 149376213855688741\n\
    9.772209529395505e+130 #9f972e1eb08181ae 2209297603311567129\n\
    6.875010090869816e+298 #e6756bfe46caa203 2120274234772137085\n\
    -1.9987457095632232e-25 0 -1312237404140579714\n\
    7.185813579130242e-270 0 1718486477322477227\n\
    4.957489675698039e-93 0 745144038850463104\n\
    -7.603500910990872e+279 #459708a610c97d29 -1370046156381383483\n\
    7262794619347408.0 7262794619347408 7262794619347408\n\
    -7.000251737334857e-277 0 -447084307016427584\n\
    2.868612385161096e+286 #63878aba77436e67 1337604377269185028\n\
    3.5189838631352606e+170 #017e4d9224b4579c 432969352124492275\n\
    -4.343756655938611e-42 0 -1315104345493831491\n\
    -9.302743838553085e+47 #190b4344fd701226 -1973561974171929813\n\
    4.188683405600315e+185 #408b7a26367ed76a 1332870659095396450\n\
    -4.7146284297762776e+162 #0a721feedb2e90f4 -5899423674577958\n\
    -6.1608048157288044e+305 #baad274707606d3f -1617637655788177834\n\
    7.872598161885348e-130 0 629152560616599808\n\
    -6.633887858024593e+130 #89dc6c3655fa29ec -940674030597111999\n\
    -3.2388309618421367e+49 #fa22cc668f5dbbba -2296841901522951221\n\
    241.64755090168333 241 1493150719756534001\n\
    4.296827100915901e+172 #788da1f5934c3765 711486655732894623\n\
    4.3573661021047935e+174 #77b447a7e796d2c6 2163482644060361746\n\
    2.5682963087867616e+169 #bc7319da2e299cfa 607375858327369329\n\
    -8.733419091941728e+187 #b8fd44f1c83eb96e -1279382445149409353\n\
    -2.82242493580573e+289 #e55541d583bcb3da -288332276664120087\n\
    -2.2194995388435766e+131 #bdbe9236232eb4cf -907333683323339392\n\
    -2.9350109293887664e+198 #bcc809715fbf7095 -1441842617198307554\n\
    1.2809145212323547e-233 0 1966246868875357837\n\
    6.774943793978216e-228 0 81768833667437757\n\
    9.936196892457565e+131 #1de01f84ee75e6e6 2067580983880715058\n\
    5.411099237262331e+54 #83b105a14386bbec 1017714653622505472\n\
    7.21611495982342e-114 0 2500987907299280\n\
    -2.5664336527727015e+263 #fcb6e29c3ed203d8 -837471769997646313\n\
    -5.765741943942462e-123 0 -562651778540010984\n\
    9.515418104931219e+265 #10704ef1cce88a51 1603083006287240581\n\
    1.4426153366039475e-123 0 2255136271519686930\n\
    -0.0008381139928496962 0 -1731314816201607111\n\
    1.1883071909442556e-192 0 696004066164497843\n\
    9.737908083784062e+133 #4e6a9ab7604b89fa 988050422814230920\n\
    -8.964014608977273e+235 #69cc76214031dceb -3967763058206369\n\
    -2.5047192211410387e-28 0 -296308489412719180\n\
    1.9239134448257044e+158 #b25fcc7eb81d0921 148196815977821914\n\
    -5.388686169617398e+161 #d19b52f81e8df581 -674287342839873\n\
    -7.617715254115463e-173 0 -1486047463228547545\n\
    -4.747335122434775e+135 #96489c417d0833a2 -1496566695581516265\n\
    -8.50553239300862e-110 0 -1808673762508038156\n\
    -8.919802306292869e+217 #f66bc17ebfe365b1 -9103913831636042\n\
    4.552396775800911e-58 0 12869422209648672\n\
    -7.630049523822315e-25 0 -2294588066975442227\n\
    5.167238616984912e-245 0 461625168706415914\n\
    5.761986196311133e+304 #a4b675e2c885df13 2003609343189302270\n\
    -5.007302122641811e-254 0 -1809608121941759870\n\
    ";

    /// a ndigits round(a, ndigits)
    #[rustfmt::skip]
    const ROUNDS: &str = "\
    0 1 0\n\
    0 0 0\n\
    0 -1 0\n\
    0 -2 0\n\
    0 -3 0\n\
    0 -10 0\n\
    0 -30 0\n\
    0 -31 0\n\
    0 -50 0\n\
    0 -100 0\n\
    0 -1000 0\n\
    5 1 5\n\
    5 0 5\n\
    5 -1 0\n\
    5 -2 0\n\
    5 -3 0\n\
    5 -10 0\n\
    5 -30 0\n\
    5 -31 0\n\
    5 -50 0\n\
    5 -100 0\n\
    5 -1000 0\n\
    15 1 15\n\
    15 0 15\n\
    15 -1 20\n\
    15 -2 0\n\
    15 -3 0\n\
    15 -10 0\n\
    15 -30 0\n\
    15 -31 0\n\
    15 -50 0\n\
    15 -100 0\n\
    15 -1000 0\n\
    25 1 25\n\
    25 0 25\n\
    25 -1 20\n\
    25 -2 0\n\
    25 -3 0\n\
    25 -10 0\n\
    25 -30 0\n\
    25 -31 0\n\
    25 -50 0\n\
    25 -100 0\n\
    25 -1000 0\n\
    35 1 35\n\
    35 0 35\n\
    35 -1 40\n\
    35 -2 0\n\
    35 -3 0\n\
    35 -10 0\n\
    35 -30 0\n\
    35 -31 0\n\
    35 -50 0\n\
    35 -100 0\n\
    35 -1000 0\n\
    45 1 45\n\
    45 0 45\n\
    45 -1 40\n\
    45 -2 0\n\
    45 -3 0\n\
    45 -10 0\n\
    45 -30 0\n\
    45 -31 0\n\
    45 -50 0\n\
    45 -100 0\n\
    45 -1000 0\n\
    -5 1 -5\n\
    -5 0 -5\n\
    -5 -1 0\n\
    -5 -2 0\n\
    -5 -3 0\n\
    -5 -10 0\n\
    -5 -30 0\n\
    -5 -31 0\n\
    -5 -50 0\n\
    -5 -100 0\n\
    -5 -1000 0\n\
    -15 1 -15\n\
    -15 0 -15\n\
    -15 -1 -20\n\
    -15 -2 0\n\
    -15 -3 0\n\
    -15 -10 0\n\
    -15 -30 0\n\
    -15 -31 0\n\
    -15 -50 0\n\
    -15 -100 0\n\
    -15 -1000 0\n\
    -25 1 -25\n\
    -25 0 -25\n\
    -25 -1 -20\n\
    -25 -2 0\n\
    -25 -3 0\n\
    -25 -10 0\n\
    -25 -30 0\n\
    -25 -31 0\n\
    -25 -50 0\n\
    -25 -100 0\n\
    -25 -1000 0\n\
    -35 1 -35\n\
    -35 0 -35\n\
    -35 -1 -40\n\
    -35 -2 0\n\
    -35 -3 0\n\
    -35 -10 0\n\
    -35 -30 0\n\
    -35 -31 0\n\
    -35 -50 0\n\
    -35 -100 0\n\
    -35 -1000 0\n\
    149 1 149\n\
    149 0 149\n\
    149 -1 150\n\
    149 -2 100\n\
    149 -3 0\n\
    149 -10 0\n\
    149 -30 0\n\
    149 -31 0\n\
    149 -50 0\n\
    149 -100 0\n\
    149 -1000 0\n\
    150 1 150\n\
    150 0 150\n\
    150 -1 150\n\
    150 -2 200\n\
    150 -3 0\n\
    150 -10 0\n\
    150 -30 0\n\
    150 -31 0\n\
    150 -50 0\n\
    150 -100 0\n\
    150 -1000 0\n\
    151 1 151\n\
    151 0 151\n\
    151 -1 150\n\
    151 -2 200\n\
    151 -3 0\n\
    151 -10 0\n\
    151 -30 0\n\
    151 -31 0\n\
    151 -50 0\n\
    151 -100 0\n\
    151 -1000 0\n\
    250 1 250\n\
    250 0 250\n\
    250 -1 250\n\
    250 -2 200\n\
    250 -3 0\n\
    250 -10 0\n\
    250 -30 0\n\
    250 -31 0\n\
    250 -50 0\n\
    250 -100 0\n\
    250 -1000 0\n\
    -250 1 -250\n\
    -250 0 -250\n\
    -250 -1 -250\n\
    -250 -2 -200\n\
    -250 -3 0\n\
    -250 -10 0\n\
    -250 -30 0\n\
    -250 -31 0\n\
    -250 -50 0\n\
    -250 -100 0\n\
    -250 -1000 0\n\
    12345 1 12345\n\
    12345 0 12345\n\
    12345 -1 12340\n\
    12345 -2 12300\n\
    12345 -3 12000\n\
    12345 -10 0\n\
    12345 -30 0\n\
    12345 -31 0\n\
    12345 -50 0\n\
    12345 -100 0\n\
    12345 -1000 0\n\
    -12345 1 -12345\n\
    -12345 0 -12345\n\
    -12345 -1 -12340\n\
    -12345 -2 -12300\n\
    -12345 -3 -12000\n\
    -12345 -10 0\n\
    -12345 -30 0\n\
    -12345 -31 0\n\
    -12345 -50 0\n\
    -12345 -100 0\n\
    -12345 -1000 0\n\
    2**63 1 9223372036854775808\n\
    2**63 0 9223372036854775808\n\
    2**63 -1 9223372036854775810\n\
    2**63 -2 9223372036854775800\n\
    2**63 -3 9223372036854776000\n\
    2**63 -10 9223372040000000000\n\
    2**63 -30 0\n\
    2**63 -31 0\n\
    2**63 -50 0\n\
    2**63 -100 0\n\
    2**63 -1000 0\n\
    10**20+5*10**9 1 100000000005000000000\n\
    10**20+5*10**9 0 100000000005000000000\n\
    10**20+5*10**9 -1 100000000005000000000\n\
    10**20+5*10**9 -2 100000000005000000000\n\
    10**20+5*10**9 -3 100000000005000000000\n\
    10**20+5*10**9 -10 100000000000000000000\n\
    10**20+5*10**9 -30 0\n\
    10**20+5*10**9 -31 0\n\
    10**20+5*10**9 -50 0\n\
    10**20+5*10**9 -100 0\n\
    10**20+5*10**9 -1000 0\n\
    -(10**20)-5*10**9 1 -100000000005000000000\n\
    -(10**20)-5*10**9 0 -100000000005000000000\n\
    -(10**20)-5*10**9 -1 -100000000005000000000\n\
    -(10**20)-5*10**9 -2 -100000000005000000000\n\
    -(10**20)-5*10**9 -3 -100000000005000000000\n\
    -(10**20)-5*10**9 -10 -100000000000000000000\n\
    -(10**20)-5*10**9 -30 0\n\
    -(10**20)-5*10**9 -31 0\n\
    -(10**20)-5*10**9 -50 0\n\
    -(10**20)-5*10**9 -100 0\n\
    -(10**20)-5*10**9 -1000 0\n\
    10**30+5*10**29 1 #630e3011ec3b9c11\n\
    10**30+5*10**29 0 #630e3011ec3b9c11\n\
    10**30+5*10**29 -1 #630e3011ec3b9c11\n\
    10**30+5*10**29 -2 #630e3011ec3b9c11\n\
    10**30+5*10**29 -3 #630e3011ec3b9c11\n\
    10**30+5*10**29 -10 #630e3011ec3b9c11\n\
    10**30+5*10**29 -30 #7df5817b2e51fd0d\n\
    10**30+5*10**29 -31 0\n\
    10**30+5*10**29 -50 0\n\
    10**30+5*10**29 -100 0\n\
    10**30+5*10**29 -1000 0\n\
    3*10**29+5*10**28 1 #3a797e12995a55c5\n\
    3*10**29+5*10**28 0 #3a797e12995a55c5\n\
    3*10**29+5*10**28 -1 #3a797e12995a55c5\n\
    3*10**29+5*10**28 -2 #3a797e12995a55c5\n\
    3*10**29+5*10**28 -3 #3a797e12995a55c5\n\
    3*10**29+5*10**28 -10 #3a797e12995a55c5\n\
    3*10**29+5*10**28 -30 0\n\
    3*10**29+5*10**28 -31 0\n\
    3*10**29+5*10**28 -50 0\n\
    3*10**29+5*10**28 -100 0\n\
    3*10**29+5*10**28 -1000 0\n\
    5*10**30 1 #44b4884187215a50\n\
    5*10**30 0 #44b4884187215a50\n\
    5*10**30 -1 #44b4884187215a50\n\
    5*10**30 -2 #44b4884187215a50\n\
    5*10**30 -3 #44b4884187215a50\n\
    5*10**30 -10 #44b4884187215a50\n\
    5*10**30 -30 #44b4884187215a50\n\
    5*10**30 -31 0\n\
    5*10**30 -50 0\n\
    5*10**30 -100 0\n\
    5*10**30 -1000 0\n\
    ";

    /// int(s, base) -> str(value) or "!ValueError: message"
    #[rustfmt::skip]
    const PARSES: &[(&str, i64, &str)] = &[
        ("0", 10, "0"),
        ("0", 0, "0"),
        ("0", 2, "0"),
        ("0", 8, "0"),
        ("0", 16, "0"),
        ("0", 36, "0"),
        ("0", 3, "0"),
        ("0", 7, "0"),
        ("-0", 10, "0"),
        ("-0", 0, "0"),
        ("-0", 2, "0"),
        ("-0", 8, "0"),
        ("-0", 16, "0"),
        ("-0", 36, "0"),
        ("-0", 3, "0"),
        ("-0", 7, "0"),
        ("+0", 10, "0"),
        ("+0", 0, "0"),
        ("+0", 2, "0"),
        ("+0", 8, "0"),
        ("+0", 16, "0"),
        ("+0", 36, "0"),
        ("+0", 3, "0"),
        ("+0", 7, "0"),
        ("00", 10, "0"),
        ("00", 0, "0"),
        ("00", 2, "0"),
        ("00", 8, "0"),
        ("00", 16, "0"),
        ("00", 36, "0"),
        ("00", 3, "0"),
        ("00", 7, "0"),
        ("000_0", 10, "0"),
        ("000_0", 0, "0"),
        ("000_0", 2, "0"),
        ("000_0", 8, "0"),
        ("000_0", 16, "0"),
        ("000_0", 36, "0"),
        ("000_0", 3, "0"),
        ("000_0", 7, "0"),
        ("1", 10, "1"),
        ("1", 0, "1"),
        ("1", 2, "1"),
        ("1", 8, "1"),
        ("1", 16, "1"),
        ("1", 36, "1"),
        ("1", 3, "1"),
        ("1", 7, "1"),
        ("-1", 10, "-1"),
        ("-1", 0, "-1"),
        ("-1", 2, "-1"),
        ("-1", 8, "-1"),
        ("-1", 16, "-1"),
        ("-1", 36, "-1"),
        ("-1", 3, "-1"),
        ("-1", 7, "-1"),
        ("+1", 10, "1"),
        ("+1", 0, "1"),
        ("+1", 2, "1"),
        ("+1", 8, "1"),
        ("+1", 16, "1"),
        ("+1", 36, "1"),
        ("+1", 3, "1"),
        ("+1", 7, "1"),
        (" 1 ", 10, "1"),
        (" 1 ", 0, "1"),
        (" 1 ", 2, "1"),
        (" 1 ", 8, "1"),
        (" 1 ", 16, "1"),
        (" 1 ", 36, "1"),
        (" 1 ", 3, "1"),
        (" 1 ", 7, "1"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 10, "12"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 0, "12"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 2, "!ValueError: invalid literal for int() with base 2: '\\t\\n12\\x0b\\x0c\\r'"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 8, "10"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 16, "18"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 36, "38"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 3, "5"),
        ("\u{9}\u{a}12\u{b}\u{c}\u{d}", 7, "9"),
        ("1_000", 10, "1000"),
        ("1_000", 0, "1000"),
        ("1_000", 2, "8"),
        ("1_000", 8, "512"),
        ("1_000", 16, "4096"),
        ("1_000", 36, "46656"),
        ("1_000", 3, "27"),
        ("1_000", 7, "343"),
        ("1__000", 10, "!ValueError: invalid literal for int() with base 10: '1__000'"),
        ("1__000", 0, "!ValueError: invalid literal for int() with base 0: '1__000'"),
        ("1__000", 2, "!ValueError: invalid literal for int() with base 2: '1__000'"),
        ("1__000", 8, "!ValueError: invalid literal for int() with base 8: '1__000'"),
        ("1__000", 16, "!ValueError: invalid literal for int() with base 16: '1__000'"),
        ("1__000", 36, "!ValueError: invalid literal for int() with base 36: '1__000'"),
        ("1__000", 3, "!ValueError: invalid literal for int() with base 3: '1__000'"),
        ("1__000", 7, "!ValueError: invalid literal for int() with base 7: '1__000'"),
        ("_1", 10, "!ValueError: invalid literal for int() with base 10: '_1'"),
        ("_1", 0, "!ValueError: invalid literal for int() with base 0: '_1'"),
        ("_1", 2, "!ValueError: invalid literal for int() with base 2: '_1'"),
        ("_1", 8, "!ValueError: invalid literal for int() with base 8: '_1'"),
        ("_1", 16, "!ValueError: invalid literal for int() with base 16: '_1'"),
        ("_1", 36, "!ValueError: invalid literal for int() with base 36: '_1'"),
        ("_1", 3, "!ValueError: invalid literal for int() with base 3: '_1'"),
        ("_1", 7, "!ValueError: invalid literal for int() with base 7: '_1'"),
        ("1_", 10, "!ValueError: invalid literal for int() with base 10: '1_'"),
        ("1_", 0, "!ValueError: invalid literal for int() with base 0: '1_'"),
        ("1_", 2, "!ValueError: invalid literal for int() with base 2: '1_'"),
        ("1_", 8, "!ValueError: invalid literal for int() with base 8: '1_'"),
        ("1_", 16, "!ValueError: invalid literal for int() with base 16: '1_'"),
        ("1_", 36, "!ValueError: invalid literal for int() with base 36: '1_'"),
        ("1_", 3, "!ValueError: invalid literal for int() with base 3: '1_'"),
        ("1_", 7, "!ValueError: invalid literal for int() with base 7: '1_'"),
        ("1 2", 10, "!ValueError: invalid literal for int() with base 10: '1 2'"),
        ("1 2", 0, "!ValueError: invalid literal for int() with base 0: '1 2'"),
        ("1 2", 2, "!ValueError: invalid literal for int() with base 2: '1 2'"),
        ("1 2", 8, "!ValueError: invalid literal for int() with base 8: '1 2'"),
        ("1 2", 16, "!ValueError: invalid literal for int() with base 16: '1 2'"),
        ("1 2", 36, "!ValueError: invalid literal for int() with base 36: '1 2'"),
        ("1 2", 3, "!ValueError: invalid literal for int() with base 3: '1 2'"),
        ("1 2", 7, "!ValueError: invalid literal for int() with base 7: '1 2'"),
        ("", 10, "!ValueError: invalid literal for int() with base 10: ''"),
        ("", 0, "!ValueError: invalid literal for int() with base 0: ''"),
        ("", 2, "!ValueError: invalid literal for int() with base 2: ''"),
        ("", 8, "!ValueError: invalid literal for int() with base 8: ''"),
        ("", 16, "!ValueError: invalid literal for int() with base 16: ''"),
        ("", 36, "!ValueError: invalid literal for int() with base 36: ''"),
        ("", 3, "!ValueError: invalid literal for int() with base 3: ''"),
        ("", 7, "!ValueError: invalid literal for int() with base 7: ''"),
        (" ", 10, "!ValueError: invalid literal for int() with base 10: ' '"),
        (" ", 0, "!ValueError: invalid literal for int() with base 0: ' '"),
        (" ", 2, "!ValueError: invalid literal for int() with base 2: ' '"),
        (" ", 8, "!ValueError: invalid literal for int() with base 8: ' '"),
        (" ", 16, "!ValueError: invalid literal for int() with base 16: ' '"),
        (" ", 36, "!ValueError: invalid literal for int() with base 36: ' '"),
        (" ", 3, "!ValueError: invalid literal for int() with base 3: ' '"),
        (" ", 7, "!ValueError: invalid literal for int() with base 7: ' '"),
        ("-", 10, "!ValueError: invalid literal for int() with base 10: '-'"),
        ("-", 0, "!ValueError: invalid literal for int() with base 0: '-'"),
        ("-", 2, "!ValueError: invalid literal for int() with base 2: '-'"),
        ("-", 8, "!ValueError: invalid literal for int() with base 8: '-'"),
        ("-", 16, "!ValueError: invalid literal for int() with base 16: '-'"),
        ("-", 36, "!ValueError: invalid literal for int() with base 36: '-'"),
        ("-", 3, "!ValueError: invalid literal for int() with base 3: '-'"),
        ("-", 7, "!ValueError: invalid literal for int() with base 7: '-'"),
        ("+", 10, "!ValueError: invalid literal for int() with base 10: '+'"),
        ("+", 0, "!ValueError: invalid literal for int() with base 0: '+'"),
        ("+", 2, "!ValueError: invalid literal for int() with base 2: '+'"),
        ("+", 8, "!ValueError: invalid literal for int() with base 8: '+'"),
        ("+", 16, "!ValueError: invalid literal for int() with base 16: '+'"),
        ("+", 36, "!ValueError: invalid literal for int() with base 36: '+'"),
        ("+", 3, "!ValueError: invalid literal for int() with base 3: '+'"),
        ("+", 7, "!ValueError: invalid literal for int() with base 7: '+'"),
        ("--1", 10, "!ValueError: invalid literal for int() with base 10: '--1'"),
        ("--1", 0, "!ValueError: invalid literal for int() with base 0: '--1'"),
        ("--1", 2, "!ValueError: invalid literal for int() with base 2: '--1'"),
        ("--1", 8, "!ValueError: invalid literal for int() with base 8: '--1'"),
        ("--1", 16, "!ValueError: invalid literal for int() with base 16: '--1'"),
        ("--1", 36, "!ValueError: invalid literal for int() with base 36: '--1'"),
        ("--1", 3, "!ValueError: invalid literal for int() with base 3: '--1'"),
        ("--1", 7, "!ValueError: invalid literal for int() with base 7: '--1'"),
        ("+-1", 10, "!ValueError: invalid literal for int() with base 10: '+-1'"),
        ("+-1", 0, "!ValueError: invalid literal for int() with base 0: '+-1'"),
        ("+-1", 2, "!ValueError: invalid literal for int() with base 2: '+-1'"),
        ("+-1", 8, "!ValueError: invalid literal for int() with base 8: '+-1'"),
        ("+-1", 16, "!ValueError: invalid literal for int() with base 16: '+-1'"),
        ("+-1", 36, "!ValueError: invalid literal for int() with base 36: '+-1'"),
        ("+-1", 3, "!ValueError: invalid literal for int() with base 3: '+-1'"),
        ("+-1", 7, "!ValueError: invalid literal for int() with base 7: '+-1'"),
        ("- 1", 10, "!ValueError: invalid literal for int() with base 10: '- 1'"),
        ("- 1", 0, "!ValueError: invalid literal for int() with base 0: '- 1'"),
        ("- 1", 2, "!ValueError: invalid literal for int() with base 2: '- 1'"),
        ("- 1", 8, "!ValueError: invalid literal for int() with base 8: '- 1'"),
        ("- 1", 16, "!ValueError: invalid literal for int() with base 16: '- 1'"),
        ("- 1", 36, "!ValueError: invalid literal for int() with base 36: '- 1'"),
        ("- 1", 3, "!ValueError: invalid literal for int() with base 3: '- 1'"),
        ("- 1", 7, "!ValueError: invalid literal for int() with base 7: '- 1'"),
        ("0x1f", 10, "!ValueError: invalid literal for int() with base 10: '0x1f'"),
        ("0x1f", 0, "31"),
        ("0x1f", 2, "!ValueError: invalid literal for int() with base 2: '0x1f'"),
        ("0x1f", 8, "!ValueError: invalid literal for int() with base 8: '0x1f'"),
        ("0x1f", 16, "31"),
        ("0x1f", 36, "42819"),
        ("0x1f", 3, "!ValueError: invalid literal for int() with base 3: '0x1f'"),
        ("0x1f", 7, "!ValueError: invalid literal for int() with base 7: '0x1f'"),
        ("0X1F", 10, "!ValueError: invalid literal for int() with base 10: '0X1F'"),
        ("0X1F", 0, "31"),
        ("0X1F", 2, "!ValueError: invalid literal for int() with base 2: '0X1F'"),
        ("0X1F", 8, "!ValueError: invalid literal for int() with base 8: '0X1F'"),
        ("0X1F", 16, "31"),
        ("0X1F", 36, "42819"),
        ("0X1F", 3, "!ValueError: invalid literal for int() with base 3: '0X1F'"),
        ("0X1F", 7, "!ValueError: invalid literal for int() with base 7: '0X1F'"),
        ("0x_1f", 10, "!ValueError: invalid literal for int() with base 10: '0x_1f'"),
        ("0x_1f", 0, "31"),
        ("0x_1f", 2, "!ValueError: invalid literal for int() with base 2: '0x_1f'"),
        ("0x_1f", 8, "!ValueError: invalid literal for int() with base 8: '0x_1f'"),
        ("0x_1f", 16, "31"),
        ("0x_1f", 36, "42819"),
        ("0x_1f", 3, "!ValueError: invalid literal for int() with base 3: '0x_1f'"),
        ("0x_1f", 7, "!ValueError: invalid literal for int() with base 7: '0x_1f'"),
        ("0x__1f", 10, "!ValueError: invalid literal for int() with base 10: '0x__1f'"),
        ("0x__1f", 0, "!ValueError: invalid literal for int() with base 0: '0x__1f'"),
        ("0x__1f", 2, "!ValueError: invalid literal for int() with base 2: '0x__1f'"),
        ("0x__1f", 8, "!ValueError: invalid literal for int() with base 8: '0x__1f'"),
        ("0x__1f", 16, "!ValueError: invalid literal for int() with base 16: '0x__1f'"),
        ("0x__1f", 36, "!ValueError: invalid literal for int() with base 36: '0x__1f'"),
        ("0x__1f", 3, "!ValueError: invalid literal for int() with base 3: '0x__1f'"),
        ("0x__1f", 7, "!ValueError: invalid literal for int() with base 7: '0x__1f'"),
        ("0x", 10, "!ValueError: invalid literal for int() with base 10: '0x'"),
        ("0x", 0, "!ValueError: invalid literal for int() with base 0: '0x'"),
        ("0x", 2, "!ValueError: invalid literal for int() with base 2: '0x'"),
        ("0x", 8, "!ValueError: invalid literal for int() with base 8: '0x'"),
        ("0x", 16, "!ValueError: invalid literal for int() with base 16: '0x'"),
        ("0x", 36, "33"),
        ("0x", 3, "!ValueError: invalid literal for int() with base 3: '0x'"),
        ("0x", 7, "!ValueError: invalid literal for int() with base 7: '0x'"),
        ("0b101", 10, "!ValueError: invalid literal for int() with base 10: '0b101'"),
        ("0b101", 0, "5"),
        ("0b101", 2, "5"),
        ("0b101", 8, "!ValueError: invalid literal for int() with base 8: '0b101'"),
        ("0b101", 16, "45313"),
        ("0b101", 36, "514513"),
        ("0b101", 3, "!ValueError: invalid literal for int() with base 3: '0b101'"),
        ("0b101", 7, "!ValueError: invalid literal for int() with base 7: '0b101'"),
        ("0B1", 10, "!ValueError: invalid literal for int() with base 10: '0B1'"),
        ("0B1", 0, "1"),
        ("0B1", 2, "1"),
        ("0B1", 8, "!ValueError: invalid literal for int() with base 8: '0B1'"),
        ("0B1", 16, "177"),
        ("0B1", 36, "397"),
        ("0B1", 3, "!ValueError: invalid literal for int() with base 3: '0B1'"),
        ("0B1", 7, "!ValueError: invalid literal for int() with base 7: '0B1'"),
        ("0o17", 10, "!ValueError: invalid literal for int() with base 10: '0o17'"),
        ("0o17", 0, "15"),
        ("0o17", 2, "!ValueError: invalid literal for int() with base 2: '0o17'"),
        ("0o17", 8, "15"),
        ("0o17", 16, "!ValueError: invalid literal for int() with base 16: '0o17'"),
        ("0o17", 36, "31147"),
        ("0o17", 3, "!ValueError: invalid literal for int() with base 3: '0o17'"),
        ("0o17", 7, "!ValueError: invalid literal for int() with base 7: '0o17'"),
        ("0O17", 10, "!ValueError: invalid literal for int() with base 10: '0O17'"),
        ("0O17", 0, "15"),
        ("0O17", 2, "!ValueError: invalid literal for int() with base 2: '0O17'"),
        ("0O17", 8, "15"),
        ("0O17", 16, "!ValueError: invalid literal for int() with base 16: '0O17'"),
        ("0O17", 36, "31147"),
        ("0O17", 3, "!ValueError: invalid literal for int() with base 3: '0O17'"),
        ("0O17", 7, "!ValueError: invalid literal for int() with base 7: '0O17'"),
        ("017", 10, "17"),
        ("017", 0, "!ValueError: invalid literal for int() with base 0: '017'"),
        ("017", 2, "!ValueError: invalid literal for int() with base 2: '017'"),
        ("017", 8, "15"),
        ("017", 16, "23"),
        ("017", 36, "43"),
        ("017", 3, "!ValueError: invalid literal for int() with base 3: '017'"),
        ("017", 7, "!ValueError: invalid literal for int() with base 7: '017'"),
        ("0_17", 10, "17"),
        ("0_17", 0, "!ValueError: invalid literal for int() with base 0: '0_17'"),
        ("0_17", 2, "!ValueError: invalid literal for int() with base 2: '0_17'"),
        ("0_17", 8, "15"),
        ("0_17", 16, "23"),
        ("0_17", 36, "43"),
        ("0_17", 3, "!ValueError: invalid literal for int() with base 3: '0_17'"),
        ("0_17", 7, "!ValueError: invalid literal for int() with base 7: '0_17'"),
        ("0_0", 10, "0"),
        ("0_0", 0, "0"),
        ("0_0", 2, "0"),
        ("0_0", 8, "0"),
        ("0_0", 16, "0"),
        ("0_0", 36, "0"),
        ("0_0", 3, "0"),
        ("0_0", 7, "0"),
        ("00_00", 10, "0"),
        ("00_00", 0, "0"),
        ("00_00", 2, "0"),
        ("00_00", 8, "0"),
        ("00_00", 16, "0"),
        ("00_00", 36, "0"),
        ("00_00", 3, "0"),
        ("00_00", 7, "0"),
        ("0b", 10, "!ValueError: invalid literal for int() with base 10: '0b'"),
        ("0b", 0, "!ValueError: invalid literal for int() with base 0: '0b'"),
        ("0b", 2, "!ValueError: invalid literal for int() with base 2: '0b'"),
        ("0b", 8, "!ValueError: invalid literal for int() with base 8: '0b'"),
        ("0b", 16, "11"),
        ("0b", 36, "11"),
        ("0b", 3, "!ValueError: invalid literal for int() with base 3: '0b'"),
        ("0b", 7, "!ValueError: invalid literal for int() with base 7: '0b'"),
        ("0b_", 10, "!ValueError: invalid literal for int() with base 10: '0b_'"),
        ("0b_", 0, "!ValueError: invalid literal for int() with base 0: '0b_'"),
        ("0b_", 2, "!ValueError: invalid literal for int() with base 2: '0b_'"),
        ("0b_", 8, "!ValueError: invalid literal for int() with base 8: '0b_'"),
        ("0b_", 16, "!ValueError: invalid literal for int() with base 16: '0b_'"),
        ("0b_", 36, "!ValueError: invalid literal for int() with base 36: '0b_'"),
        ("0b_", 3, "!ValueError: invalid literal for int() with base 3: '0b_'"),
        ("0b_", 7, "!ValueError: invalid literal for int() with base 7: '0b_'"),
        ("0b2", 10, "!ValueError: invalid literal for int() with base 10: '0b2'"),
        ("0b2", 0, "!ValueError: invalid literal for int() with base 0: '0b2'"),
        ("0b2", 2, "!ValueError: invalid literal for int() with base 2: '0b2'"),
        ("0b2", 8, "!ValueError: invalid literal for int() with base 8: '0b2'"),
        ("0b2", 16, "178"),
        ("0b2", 36, "398"),
        ("0b2", 3, "!ValueError: invalid literal for int() with base 3: '0b2'"),
        ("0b2", 7, "!ValueError: invalid literal for int() with base 7: '0b2'"),
        ("12a", 10, "!ValueError: invalid literal for int() with base 10: '12a'"),
        ("12a", 0, "!ValueError: invalid literal for int() with base 0: '12a'"),
        ("12a", 2, "!ValueError: invalid literal for int() with base 2: '12a'"),
        ("12a", 8, "!ValueError: invalid literal for int() with base 8: '12a'"),
        ("12a", 16, "298"),
        ("12a", 36, "1378"),
        ("12a", 3, "!ValueError: invalid literal for int() with base 3: '12a'"),
        ("12a", 7, "!ValueError: invalid literal for int() with base 7: '12a'"),
        ("abc", 10, "!ValueError: invalid literal for int() with base 10: 'abc'"),
        ("abc", 0, "!ValueError: invalid literal for int() with base 0: 'abc'"),
        ("abc", 2, "!ValueError: invalid literal for int() with base 2: 'abc'"),
        ("abc", 8, "!ValueError: invalid literal for int() with base 8: 'abc'"),
        ("abc", 16, "2748"),
        ("abc", 36, "13368"),
        ("abc", 3, "!ValueError: invalid literal for int() with base 3: 'abc'"),
        ("abc", 7, "!ValueError: invalid literal for int() with base 7: 'abc'"),
        ("ABC", 10, "!ValueError: invalid literal for int() with base 10: 'ABC'"),
        ("ABC", 0, "!ValueError: invalid literal for int() with base 0: 'ABC'"),
        ("ABC", 2, "!ValueError: invalid literal for int() with base 2: 'ABC'"),
        ("ABC", 8, "!ValueError: invalid literal for int() with base 8: 'ABC'"),
        ("ABC", 16, "2748"),
        ("ABC", 36, "13368"),
        ("ABC", 3, "!ValueError: invalid literal for int() with base 3: 'ABC'"),
        ("ABC", 7, "!ValueError: invalid literal for int() with base 7: 'ABC'"),
        ("z", 10, "!ValueError: invalid literal for int() with base 10: 'z'"),
        ("z", 0, "!ValueError: invalid literal for int() with base 0: 'z'"),
        ("z", 2, "!ValueError: invalid literal for int() with base 2: 'z'"),
        ("z", 8, "!ValueError: invalid literal for int() with base 8: 'z'"),
        ("z", 16, "!ValueError: invalid literal for int() with base 16: 'z'"),
        ("z", 36, "35"),
        ("z", 3, "!ValueError: invalid literal for int() with base 3: 'z'"),
        ("z", 7, "!ValueError: invalid literal for int() with base 7: 'z'"),
        ("Z", 10, "!ValueError: invalid literal for int() with base 10: 'Z'"),
        ("Z", 0, "!ValueError: invalid literal for int() with base 0: 'Z'"),
        ("Z", 2, "!ValueError: invalid literal for int() with base 2: 'Z'"),
        ("Z", 8, "!ValueError: invalid literal for int() with base 8: 'Z'"),
        ("Z", 16, "!ValueError: invalid literal for int() with base 16: 'Z'"),
        ("Z", 36, "35"),
        ("Z", 3, "!ValueError: invalid literal for int() with base 3: 'Z'"),
        ("Z", 7, "!ValueError: invalid literal for int() with base 7: 'Z'"),
        ("zz", 10, "!ValueError: invalid literal for int() with base 10: 'zz'"),
        ("zz", 0, "!ValueError: invalid literal for int() with base 0: 'zz'"),
        ("zz", 2, "!ValueError: invalid literal for int() with base 2: 'zz'"),
        ("zz", 8, "!ValueError: invalid literal for int() with base 8: 'zz'"),
        ("zz", 16, "!ValueError: invalid literal for int() with base 16: 'zz'"),
        ("zz", 36, "1295"),
        ("zz", 3, "!ValueError: invalid literal for int() with base 3: 'zz'"),
        ("zz", 7, "!ValueError: invalid literal for int() with base 7: 'zz'"),
        ("0xg", 10, "!ValueError: invalid literal for int() with base 10: '0xg'"),
        ("0xg", 0, "!ValueError: invalid literal for int() with base 0: '0xg'"),
        ("0xg", 2, "!ValueError: invalid literal for int() with base 2: '0xg'"),
        ("0xg", 8, "!ValueError: invalid literal for int() with base 8: '0xg'"),
        ("0xg", 16, "!ValueError: invalid literal for int() with base 16: '0xg'"),
        ("0xg", 36, "1204"),
        ("0xg", 3, "!ValueError: invalid literal for int() with base 3: '0xg'"),
        ("0xg", 7, "!ValueError: invalid literal for int() with base 7: '0xg'"),
        ("1e5", 10, "!ValueError: invalid literal for int() with base 10: '1e5'"),
        ("1e5", 0, "!ValueError: invalid literal for int() with base 0: '1e5'"),
        ("1e5", 2, "!ValueError: invalid literal for int() with base 2: '1e5'"),
        ("1e5", 8, "!ValueError: invalid literal for int() with base 8: '1e5'"),
        ("1e5", 16, "485"),
        ("1e5", 36, "1805"),
        ("1e5", 3, "!ValueError: invalid literal for int() with base 3: '1e5'"),
        ("1e5", 7, "!ValueError: invalid literal for int() with base 7: '1e5'"),
        ("1.0", 10, "!ValueError: invalid literal for int() with base 10: '1.0'"),
        ("1.0", 0, "!ValueError: invalid literal for int() with base 0: '1.0'"),
        ("1.0", 2, "!ValueError: invalid literal for int() with base 2: '1.0'"),
        ("1.0", 8, "!ValueError: invalid literal for int() with base 8: '1.0'"),
        ("1.0", 16, "!ValueError: invalid literal for int() with base 16: '1.0'"),
        ("1.0", 36, "!ValueError: invalid literal for int() with base 36: '1.0'"),
        ("1.0", 3, "!ValueError: invalid literal for int() with base 3: '1.0'"),
        ("1.0", 7, "!ValueError: invalid literal for int() with base 7: '1.0'"),
        ("1,000", 10, "!ValueError: invalid literal for int() with base 10: '1,000'"),
        ("1,000", 0, "!ValueError: invalid literal for int() with base 0: '1,000'"),
        ("1,000", 2, "!ValueError: invalid literal for int() with base 2: '1,000'"),
        ("1,000", 8, "!ValueError: invalid literal for int() with base 8: '1,000'"),
        ("1,000", 16, "!ValueError: invalid literal for int() with base 16: '1,000'"),
        ("1,000", 36, "!ValueError: invalid literal for int() with base 36: '1,000'"),
        ("1,000", 3, "!ValueError: invalid literal for int() with base 3: '1,000'"),
        ("1,000", 7, "!ValueError: invalid literal for int() with base 7: '1,000'"),
        ("\u{2177}", 10, "!ValueError: invalid literal for int() with base 10: '\u{2177}'"),
        ("\u{2177}", 0, "!ValueError: invalid literal for int() with base 0: '\u{2177}'"),
        ("\u{2177}", 2, "!ValueError: invalid literal for int() with base 2: '\u{2177}'"),
        ("\u{2177}", 8, "!ValueError: invalid literal for int() with base 8: '\u{2177}'"),
        ("\u{2177}", 16, "!ValueError: invalid literal for int() with base 16: '\u{2177}'"),
        ("\u{2177}", 36, "!ValueError: invalid literal for int() with base 36: '\u{2177}'"),
        ("\u{2177}", 3, "!ValueError: invalid literal for int() with base 3: '\u{2177}'"),
        ("\u{2177}", 7, "!ValueError: invalid literal for int() with base 7: '\u{2177}'"),
        ("\u{661}\u{662}\u{663}", 10, "123"),
        ("\u{661}\u{662}\u{663}", 0, "123"),
        ("\u{661}\u{662}\u{663}", 2, "!ValueError: invalid literal for int() with base 2: '\u{661}\u{662}\u{663}'"),
        ("\u{661}\u{662}\u{663}", 8, "83"),
        ("\u{661}\u{662}\u{663}", 16, "291"),
        ("\u{661}\u{662}\u{663}", 36, "1371"),
        ("\u{661}\u{662}\u{663}", 3, "!ValueError: invalid literal for int() with base 3: '\u{661}\u{662}\u{663}'"),
        ("\u{661}\u{662}\u{663}", 7, "66"),
        ("\u{663}", 10, "3"),
        ("\u{663}", 0, "3"),
        ("\u{663}", 2, "!ValueError: invalid literal for int() with base 2: '\u{663}'"),
        ("\u{663}", 8, "3"),
        ("\u{663}", 16, "3"),
        ("\u{663}", 36, "3"),
        ("\u{663}", 3, "!ValueError: invalid literal for int() with base 3: '\u{663}'"),
        ("\u{663}", 7, "3"),
        ("\u{967}\u{968}", 10, "12"),
        ("\u{967}\u{968}", 0, "12"),
        ("\u{967}\u{968}", 2, "!ValueError: invalid literal for int() with base 2: '\u{967}\u{968}'"),
        ("\u{967}\u{968}", 8, "10"),
        ("\u{967}\u{968}", 16, "18"),
        ("\u{967}\u{968}", 36, "38"),
        ("\u{967}\u{968}", 3, "5"),
        ("\u{967}\u{968}", 7, "9"),
        ("\u{1d7cf}\u{1d7d0}", 10, "12"),
        ("\u{1d7cf}\u{1d7d0}", 0, "12"),
        ("\u{1d7cf}\u{1d7d0}", 2, "!ValueError: invalid literal for int() with base 2: '\u{1d7cf}\u{1d7d0}'"),
        ("\u{1d7cf}\u{1d7d0}", 8, "10"),
        ("\u{1d7cf}\u{1d7d0}", 16, "18"),
        ("\u{1d7cf}\u{1d7d0}", 36, "38"),
        ("\u{1d7cf}\u{1d7d0}", 3, "5"),
        ("\u{1d7cf}\u{1d7d0}", 7, "9"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 10, "42"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 0, "42"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 2, "!ValueError: invalid literal for int() with base 2: '\\u3000 \\xa0 42\\u3000\\x85'"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 8, "34"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 16, "66"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 36, "146"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 3, "!ValueError: invalid literal for int() with base 3: '\\u3000 \\xa0 42\\u3000\\x85'"),
        ("\u{3000} \u{a0} 42\u{3000}\u{85}", 7, "30"),
        ("\u{1c}5", 10, "!ValueError: invalid literal for int() with base 10: '\\x1c5'"),
        ("\u{1c}5", 0, "!ValueError: invalid literal for int() with base 0: '\\x1c5'"),
        ("\u{1c}5", 2, "!ValueError: invalid literal for int() with base 2: '\\x1c5'"),
        ("\u{1c}5", 8, "!ValueError: invalid literal for int() with base 8: '\\x1c5'"),
        ("\u{1c}5", 16, "!ValueError: invalid literal for int() with base 16: '\\x1c5'"),
        ("\u{1c}5", 36, "!ValueError: invalid literal for int() with base 36: '\\x1c5'"),
        ("\u{1c}5", 3, "!ValueError: invalid literal for int() with base 3: '\\x1c5'"),
        ("\u{1c}5", 7, "!ValueError: invalid literal for int() with base 7: '\\x1c5'"),
        ("5\u{1c}", 10, "!ValueError: invalid literal for int() with base 10: '5\\x1c'"),
        ("5\u{1c}", 0, "!ValueError: invalid literal for int() with base 0: '5\\x1c'"),
        ("5\u{1c}", 2, "!ValueError: invalid literal for int() with base 2: '5\\x1c'"),
        ("5\u{1c}", 8, "!ValueError: invalid literal for int() with base 8: '5\\x1c'"),
        ("5\u{1c}", 16, "!ValueError: invalid literal for int() with base 16: '5\\x1c'"),
        ("5\u{1c}", 36, "!ValueError: invalid literal for int() with base 36: '5\\x1c'"),
        ("5\u{1c}", 3, "!ValueError: invalid literal for int() with base 3: '5\\x1c'"),
        ("5\u{1c}", 7, "!ValueError: invalid literal for int() with base 7: '5\\x1c'"),
        ("1\u{0}", 10, "!ValueError: invalid literal for int() with base 10: '1\\x00'"),
        ("1\u{0}", 0, "!ValueError: invalid literal for int() with base 0: '1\\x00'"),
        ("1\u{0}", 2, "!ValueError: invalid literal for int() with base 2: '1\\x00'"),
        ("1\u{0}", 8, "!ValueError: invalid literal for int() with base 8: '1\\x00'"),
        ("1\u{0}", 16, "!ValueError: invalid literal for int() with base 16: '1\\x00'"),
        ("1\u{0}", 36, "!ValueError: invalid literal for int() with base 36: '1\\x00'"),
        ("1\u{0}", 3, "!ValueError: invalid literal for int() with base 3: '1\\x00'"),
        ("1\u{0}", 7, "!ValueError: invalid literal for int() with base 7: '1\\x00'"),
        ("\u{0}", 10, "!ValueError: invalid literal for int() with base 10: '\\x00'"),
        ("\u{0}", 0, "!ValueError: invalid literal for int() with base 0: '\\x00'"),
        ("\u{0}", 2, "!ValueError: invalid literal for int() with base 2: '\\x00'"),
        ("\u{0}", 8, "!ValueError: invalid literal for int() with base 8: '\\x00'"),
        ("\u{0}", 16, "!ValueError: invalid literal for int() with base 16: '\\x00'"),
        ("\u{0}", 36, "!ValueError: invalid literal for int() with base 36: '\\x00'"),
        ("\u{0}", 3, "!ValueError: invalid literal for int() with base 3: '\\x00'"),
        ("\u{0}", 7, "!ValueError: invalid literal for int() with base 7: '\\x00'"),
        ("9223372036854775807", 10, "9223372036854775807"),
        ("9223372036854775807", 0, "9223372036854775807"),
        ("9223372036854775807", 2, "!ValueError: invalid literal for int() with base 2: '9223372036854775807'"),
        ("9223372036854775807", 8, "!ValueError: invalid literal for int() with base 8: '9223372036854775807'"),
        ("9223372036854775807", 16, "43132194673522839607303"),
        ("9223372036854775807", 36, "93419446956697119914106100423"),
        ("9223372036854775807", 3, "!ValueError: invalid literal for int() with base 3: '9223372036854775807'"),
        ("9223372036854775807", 7, "!ValueError: invalid literal for int() with base 7: '9223372036854775807'"),
        ("9223372036854775808", 10, "9223372036854775808"),
        ("9223372036854775808", 0, "9223372036854775808"),
        ("9223372036854775808", 2, "!ValueError: invalid literal for int() with base 2: '9223372036854775808'"),
        ("9223372036854775808", 8, "!ValueError: invalid literal for int() with base 8: '9223372036854775808'"),
        ("9223372036854775808", 16, "43132194673522839607304"),
        ("9223372036854775808", 36, "93419446956697119914106100424"),
        ("9223372036854775808", 3, "!ValueError: invalid literal for int() with base 3: '9223372036854775808'"),
        ("9223372036854775808", 7, "!ValueError: invalid literal for int() with base 7: '9223372036854775808'"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("-9223372036854775808", 0, "-9223372036854775808"),
        ("-9223372036854775808", 2, "!ValueError: invalid literal for int() with base 2: '-9223372036854775808'"),
        ("-9223372036854775808", 8, "!ValueError: invalid literal for int() with base 8: '-9223372036854775808'"),
        ("-9223372036854775808", 16, "-43132194673522839607304"),
        ("-9223372036854775808", 36, "-93419446956697119914106100424"),
        ("-9223372036854775808", 3, "!ValueError: invalid literal for int() with base 3: '-9223372036854775808'"),
        ("-9223372036854775808", 7, "!ValueError: invalid literal for int() with base 7: '-9223372036854775808'"),
        ("-9223372036854775809", 10, "-9223372036854775809"),
        ("-9223372036854775809", 0, "-9223372036854775809"),
        ("-9223372036854775809", 2, "!ValueError: invalid literal for int() with base 2: '-9223372036854775809'"),
        ("-9223372036854775809", 8, "!ValueError: invalid literal for int() with base 8: '-9223372036854775809'"),
        ("-9223372036854775809", 16, "-43132194673522839607305"),
        ("-9223372036854775809", 36, "-93419446956697119914106100425"),
        ("-9223372036854775809", 3, "!ValueError: invalid literal for int() with base 3: '-9223372036854775809'"),
        ("-9223372036854775809", 7, "!ValueError: invalid literal for int() with base 7: '-9223372036854775809'"),
        ("18446744073709551616", 10, "18446744073709551616"),
        ("18446744073709551616", 0, "18446744073709551616"),
        ("18446744073709551616", 2, "!ValueError: invalid literal for int() with base 2: '18446744073709551616'"),
        ("18446744073709551616", 8, "!ValueError: invalid literal for int() with base 8: '18446744073709551616'"),
        ("18446744073709551616", 16, "114598615266301018707478"),
        ("18446744073709551616", 36, "455013943109275812644532567498"),
        ("18446744073709551616", 3, "!ValueError: invalid literal for int() with base 3: '18446744073709551616'"),
        ("18446744073709551616", 7, "!ValueError: invalid literal for int() with base 7: '18446744073709551616'"),
        ("123456789012345678901234567890", 10, "123456789012345678901234567890"),
        ("123456789012345678901234567890", 0, "123456789012345678901234567890"),
        ("123456789012345678901234567890", 2, "!ValueError: invalid literal for int() with base 2: '123456789012345678901234567890'"),
        ("123456789012345678901234567890", 8, "!ValueError: invalid literal for int() with base 8: '123456789012345678901234567890'"),
        ("123456789012345678901234567890", 16, "94522879687365475552814062743484560"),
        ("123456789012345678901234567890", 36, "1436287679432363134028105837355561937436483460"),
        ("123456789012345678901234567890", 3, "!ValueError: invalid literal for int() with base 3: '123456789012345678901234567890'"),
        ("123456789012345678901234567890", 7, "!ValueError: invalid literal for int() with base 7: '123456789012345678901234567890'"),
        ("0x7fffffffffffffff", 10, "!ValueError: invalid literal for int() with base 10: '0x7fffffffffffffff'"),
        ("0x7fffffffffffffff", 0, "9223372036854775807"),
        ("0x7fffffffffffffff", 2, "!ValueError: invalid literal for int() with base 2: '0x7fffffffffffffff'"),
        ("0x7fffffffffffffff", 8, "!ValueError: invalid literal for int() with base 8: '0x7fffffffffffffff'"),
        ("0x7fffffffffffffff", 16, "9223372036854775807"),
        ("0x7fffffffffffffff", 36, "264278080031870962700760795"),
        ("0x7fffffffffffffff", 3, "!ValueError: invalid literal for int() with base 3: '0x7fffffffffffffff'"),
        ("0x7fffffffffffffff", 7, "!ValueError: invalid literal for int() with base 7: '0x7fffffffffffffff'"),
        ("0x8000000000000000", 10, "!ValueError: invalid literal for int() with base 10: '0x8000000000000000'"),
        ("0x8000000000000000", 0, "9223372036854775808"),
        ("0x8000000000000000", 2, "!ValueError: invalid literal for int() with base 2: '0x8000000000000000'"),
        ("0x8000000000000000", 8, "!ValueError: invalid literal for int() with base 8: '0x8000000000000000'"),
        ("0x8000000000000000", 16, "9223372036854775808"),
        ("0x8000000000000000", 36, "264404407985997096048132096"),
        ("0x8000000000000000", 3, "!ValueError: invalid literal for int() with base 3: '0x8000000000000000'"),
        ("0x8000000000000000", 7, "!ValueError: invalid literal for int() with base 7: '0x8000000000000000'"),
        ("-0x8000000000000000", 10, "!ValueError: invalid literal for int() with base 10: '-0x8000000000000000'"),
        ("-0x8000000000000000", 0, "-9223372036854775808"),
        ("-0x8000000000000000", 2, "!ValueError: invalid literal for int() with base 2: '-0x8000000000000000'"),
        ("-0x8000000000000000", 8, "!ValueError: invalid literal for int() with base 8: '-0x8000000000000000'"),
        ("-0x8000000000000000", 16, "-9223372036854775808"),
        ("-0x8000000000000000", 36, "-264404407985997096048132096"),
        ("-0x8000000000000000", 3, "!ValueError: invalid literal for int() with base 3: '-0x8000000000000000'"),
        ("-0x8000000000000000", 7, "!ValueError: invalid literal for int() with base 7: '-0x8000000000000000'"),
        ("0xffffffffffffffffffff", 10, "!ValueError: invalid literal for int() with base 10: '0xffffffffffffffffffff'"),
        ("0xffffffffffffffffffff", 0, "1208925819614629174706175"),
        ("0xffffffffffffffffffff", 2, "!ValueError: invalid literal for int() with base 2: '0xffffffffffffffffffff'"),
        ("0xffffffffffffffffffff", 8, "!ValueError: invalid literal for int() with base 8: '0xffffffffffffffffffff'"),
        ("0xffffffffffffffffffff", 16, "1208925819614629174706175"),
        ("0xffffffffffffffffffff", 36, "446856246012776253124898565502683"),
        ("0xffffffffffffffffffff", 3, "!ValueError: invalid literal for int() with base 3: '0xffffffffffffffffffff'"),
        ("0xffffffffffffffffffff", 7, "!ValueError: invalid literal for int() with base 7: '0xffffffffffffffffffff'"),
        ("ab'c", 10, "!ValueError: invalid literal for int() with base 10: \"ab'c\""),
        ("ab'c", 0, "!ValueError: invalid literal for int() with base 0: \"ab'c\""),
        ("ab'c", 2, "!ValueError: invalid literal for int() with base 2: \"ab'c\""),
        ("ab'c", 8, "!ValueError: invalid literal for int() with base 8: \"ab'c\""),
        ("ab'c", 16, "!ValueError: invalid literal for int() with base 16: \"ab'c\""),
        ("ab'c", 36, "!ValueError: invalid literal for int() with base 36: \"ab'c\""),
        ("ab'c", 3, "!ValueError: invalid literal for int() with base 3: \"ab'c\""),
        ("ab'c", 7, "!ValueError: invalid literal for int() with base 7: \"ab'c\""),
        ("a\"b", 10, "!ValueError: invalid literal for int() with base 10: 'a\"b'"),
        ("a\"b", 0, "!ValueError: invalid literal for int() with base 0: 'a\"b'"),
        ("a\"b", 2, "!ValueError: invalid literal for int() with base 2: 'a\"b'"),
        ("a\"b", 8, "!ValueError: invalid literal for int() with base 8: 'a\"b'"),
        ("a\"b", 16, "!ValueError: invalid literal for int() with base 16: 'a\"b'"),
        ("a\"b", 36, "!ValueError: invalid literal for int() with base 36: 'a\"b'"),
        ("a\"b", 3, "!ValueError: invalid literal for int() with base 3: 'a\"b'"),
        ("a\"b", 7, "!ValueError: invalid literal for int() with base 7: 'a\"b'"),
        ("a'\"b", 10, "!ValueError: invalid literal for int() with base 10: 'a\\'\"b'"),
        ("a'\"b", 0, "!ValueError: invalid literal for int() with base 0: 'a\\'\"b'"),
        ("a'\"b", 2, "!ValueError: invalid literal for int() with base 2: 'a\\'\"b'"),
        ("a'\"b", 8, "!ValueError: invalid literal for int() with base 8: 'a\\'\"b'"),
        ("a'\"b", 16, "!ValueError: invalid literal for int() with base 16: 'a\\'\"b'"),
        ("a'\"b", 36, "!ValueError: invalid literal for int() with base 36: 'a\\'\"b'"),
        ("a'\"b", 3, "!ValueError: invalid literal for int() with base 3: 'a\\'\"b'"),
        ("a'\"b", 7, "!ValueError: invalid literal for int() with base 7: 'a\\'\"b'"),
        ("tab\u{9}here", 10, "!ValueError: invalid literal for int() with base 10: 'tab\\there'"),
        ("tab\u{9}here", 0, "!ValueError: invalid literal for int() with base 0: 'tab\\there'"),
        ("tab\u{9}here", 2, "!ValueError: invalid literal for int() with base 2: 'tab\\there'"),
        ("tab\u{9}here", 8, "!ValueError: invalid literal for int() with base 8: 'tab\\there'"),
        ("tab\u{9}here", 16, "!ValueError: invalid literal for int() with base 16: 'tab\\there'"),
        ("tab\u{9}here", 36, "!ValueError: invalid literal for int() with base 36: 'tab\\there'"),
        ("tab\u{9}here", 3, "!ValueError: invalid literal for int() with base 3: 'tab\\there'"),
        ("tab\u{9}here", 7, "!ValueError: invalid literal for int() with base 7: 'tab\\there'"),
        ("\u{e9}", 10, "!ValueError: invalid literal for int() with base 10: '\u{e9}'"),
        ("\u{e9}", 0, "!ValueError: invalid literal for int() with base 0: '\u{e9}'"),
        ("\u{e9}", 2, "!ValueError: invalid literal for int() with base 2: '\u{e9}'"),
        ("\u{e9}", 8, "!ValueError: invalid literal for int() with base 8: '\u{e9}'"),
        ("\u{e9}", 16, "!ValueError: invalid literal for int() with base 16: '\u{e9}'"),
        ("\u{e9}", 36, "!ValueError: invalid literal for int() with base 36: '\u{e9}'"),
        ("\u{e9}", 3, "!ValueError: invalid literal for int() with base 3: '\u{e9}'"),
        ("\u{e9}", 7, "!ValueError: invalid literal for int() with base 7: '\u{e9}'"),
        ("1\u{e9}", 10, "!ValueError: invalid literal for int() with base 10: '1\u{e9}'"),
        ("1\u{e9}", 0, "!ValueError: invalid literal for int() with base 0: '1\u{e9}'"),
        ("1\u{e9}", 2, "!ValueError: invalid literal for int() with base 2: '1\u{e9}'"),
        ("1\u{e9}", 8, "!ValueError: invalid literal for int() with base 8: '1\u{e9}'"),
        ("1\u{e9}", 16, "!ValueError: invalid literal for int() with base 16: '1\u{e9}'"),
        ("1\u{e9}", 36, "!ValueError: invalid literal for int() with base 36: '1\u{e9}'"),
        ("1\u{e9}", 3, "!ValueError: invalid literal for int() with base 3: '1\u{e9}'"),
        ("1\u{e9}", 7, "!ValueError: invalid literal for int() with base 7: '1\u{e9}'"),
        ("x\u{300}", 10, "!ValueError: invalid literal for int() with base 10: 'x\u{300}'"),
        ("x\u{300}", 0, "!ValueError: invalid literal for int() with base 0: 'x\u{300}'"),
        ("x\u{300}", 2, "!ValueError: invalid literal for int() with base 2: 'x\u{300}'"),
        ("x\u{300}", 8, "!ValueError: invalid literal for int() with base 8: 'x\u{300}'"),
        ("x\u{300}", 16, "!ValueError: invalid literal for int() with base 16: 'x\u{300}'"),
        ("x\u{300}", 36, "!ValueError: invalid literal for int() with base 36: 'x\u{300}'"),
        ("x\u{300}", 3, "!ValueError: invalid literal for int() with base 3: 'x\u{300}'"),
        ("x\u{300}", 7, "!ValueError: invalid literal for int() with base 7: 'x\u{300}'"),
        ("\u{200b}1", 10, "!ValueError: invalid literal for int() with base 10: '\\u200b1'"),
        ("\u{200b}1", 0, "!ValueError: invalid literal for int() with base 0: '\\u200b1'"),
        ("\u{200b}1", 2, "!ValueError: invalid literal for int() with base 2: '\\u200b1'"),
        ("\u{200b}1", 8, "!ValueError: invalid literal for int() with base 8: '\\u200b1'"),
        ("\u{200b}1", 16, "!ValueError: invalid literal for int() with base 16: '\\u200b1'"),
        ("\u{200b}1", 36, "!ValueError: invalid literal for int() with base 36: '\\u200b1'"),
        ("\u{200b}1", 3, "!ValueError: invalid literal for int() with base 3: '\\u200b1'"),
        ("\u{200b}1", 7, "!ValueError: invalid literal for int() with base 7: '\\u200b1'"),
        ("1\u{2028}", 10, "1"),
        ("1\u{2028}", 0, "1"),
        ("1\u{2028}", 2, "1"),
        ("1\u{2028}", 8, "1"),
        ("1\u{2028}", 16, "1"),
        ("1\u{2028}", 36, "1"),
        ("1\u{2028}", 3, "1"),
        ("1\u{2028}", 7, "1"),
        ("\u{2000}1", 10, "1"),
        ("\u{2000}1", 0, "1"),
        ("\u{2000}1", 2, "1"),
        ("\u{2000}1", 8, "1"),
        ("\u{2000}1", 16, "1"),
        ("\u{2000}1", 36, "1"),
        ("\u{2000}1", 3, "1"),
        ("\u{2000}1", 7, "1"),
        ("1\u{d7ff}", 10, "!ValueError: invalid literal for int() with base 10: '1\\ud7ff'"),
        ("1\u{d7ff}", 0, "!ValueError: invalid literal for int() with base 0: '1\\ud7ff'"),
        ("1\u{d7ff}", 2, "!ValueError: invalid literal for int() with base 2: '1\\ud7ff'"),
        ("1\u{d7ff}", 8, "!ValueError: invalid literal for int() with base 8: '1\\ud7ff'"),
        ("1\u{d7ff}", 16, "!ValueError: invalid literal for int() with base 16: '1\\ud7ff'"),
        ("1\u{d7ff}", 36, "!ValueError: invalid literal for int() with base 36: '1\\ud7ff'"),
        ("1\u{d7ff}", 3, "!ValueError: invalid literal for int() with base 3: '1\\ud7ff'"),
        ("1\u{d7ff}", 7, "!ValueError: invalid literal for int() with base 7: '1\\ud7ff'"),
        ("Infinity", 10, "!ValueError: invalid literal for int() with base 10: 'Infinity'"),
        ("Infinity", 0, "!ValueError: invalid literal for int() with base 0: 'Infinity'"),
        ("Infinity", 2, "!ValueError: invalid literal for int() with base 2: 'Infinity'"),
        ("Infinity", 8, "!ValueError: invalid literal for int() with base 8: 'Infinity'"),
        ("Infinity", 16, "!ValueError: invalid literal for int() with base 16: 'Infinity'"),
        ("Infinity", 36, "1461559270678"),
        ("Infinity", 3, "!ValueError: invalid literal for int() with base 3: 'Infinity'"),
        ("Infinity", 7, "!ValueError: invalid literal for int() with base 7: 'Infinity'"),
        ("nan", 10, "!ValueError: invalid literal for int() with base 10: 'nan'"),
        ("nan", 0, "!ValueError: invalid literal for int() with base 0: 'nan'"),
        ("nan", 2, "!ValueError: invalid literal for int() with base 2: 'nan'"),
        ("nan", 8, "!ValueError: invalid literal for int() with base 8: 'nan'"),
        ("nan", 16, "!ValueError: invalid literal for int() with base 16: 'nan'"),
        ("nan", 36, "30191"),
        ("nan", 3, "!ValueError: invalid literal for int() with base 3: 'nan'"),
        ("nan", 7, "!ValueError: invalid literal for int() with base 7: 'nan'"),
        ("0_", 10, "!ValueError: invalid literal for int() with base 10: '0_'"),
        ("0_", 0, "!ValueError: invalid literal for int() with base 0: '0_'"),
        ("0_", 2, "!ValueError: invalid literal for int() with base 2: '0_'"),
        ("0_", 8, "!ValueError: invalid literal for int() with base 8: '0_'"),
        ("0_", 16, "!ValueError: invalid literal for int() with base 16: '0_'"),
        ("0_", 36, "!ValueError: invalid literal for int() with base 36: '0_'"),
        ("0_", 3, "!ValueError: invalid literal for int() with base 3: '0_'"),
        ("0_", 7, "!ValueError: invalid literal for int() with base 7: '0_'"),
        ("1_2_3", 10, "123"),
        ("1_2_3", 0, "123"),
        ("1_2_3", 2, "!ValueError: invalid literal for int() with base 2: '1_2_3'"),
        ("1_2_3", 8, "83"),
        ("1_2_3", 16, "291"),
        ("1_2_3", 36, "1371"),
        ("1_2_3", 3, "!ValueError: invalid literal for int() with base 3: '1_2_3'"),
        ("1_2_3", 7, "66"),
        ("\u{663}_\u{663}", 10, "33"),
        ("\u{663}_\u{663}", 0, "33"),
        ("\u{663}_\u{663}", 2, "!ValueError: invalid literal for int() with base 2: '\u{663}_\u{663}'"),
        ("\u{663}_\u{663}", 8, "27"),
        ("\u{663}_\u{663}", 16, "51"),
        ("\u{663}_\u{663}", 36, "111"),
        ("\u{663}_\u{663}", 3, "!ValueError: invalid literal for int() with base 3: '\u{663}_\u{663}'"),
        ("\u{663}_\u{663}", 7, "24"),
        (" -_1", 10, "!ValueError: invalid literal for int() with base 10: ' -_1'"),
        (" -_1", 0, "!ValueError: invalid literal for int() with base 0: ' -_1'"),
        (" -_1", 2, "!ValueError: invalid literal for int() with base 2: ' -_1'"),
        (" -_1", 8, "!ValueError: invalid literal for int() with base 8: ' -_1'"),
        (" -_1", 16, "!ValueError: invalid literal for int() with base 16: ' -_1'"),
        (" -_1", 36, "!ValueError: invalid literal for int() with base 36: ' -_1'"),
        (" -_1", 3, "!ValueError: invalid literal for int() with base 3: ' -_1'"),
        (" -_1", 7, "!ValueError: invalid literal for int() with base 7: ' -_1'"),
        ("-0x1", 10, "!ValueError: invalid literal for int() with base 10: '-0x1'"),
        ("-0x1", 0, "-1"),
        ("-0x1", 2, "!ValueError: invalid literal for int() with base 2: '-0x1'"),
        ("-0x1", 8, "!ValueError: invalid literal for int() with base 8: '-0x1'"),
        ("-0x1", 16, "-1"),
        ("-0x1", 36, "-1189"),
        ("-0x1", 3, "!ValueError: invalid literal for int() with base 3: '-0x1'"),
        ("-0x1", 7, "!ValueError: invalid literal for int() with base 7: '-0x1'"),
        ("- 0x1", 10, "!ValueError: invalid literal for int() with base 10: '- 0x1'"),
        ("- 0x1", 0, "!ValueError: invalid literal for int() with base 0: '- 0x1'"),
        ("- 0x1", 2, "!ValueError: invalid literal for int() with base 2: '- 0x1'"),
        ("- 0x1", 8, "!ValueError: invalid literal for int() with base 8: '- 0x1'"),
        ("- 0x1", 16, "!ValueError: invalid literal for int() with base 16: '- 0x1'"),
        ("- 0x1", 36, "!ValueError: invalid literal for int() with base 36: '- 0x1'"),
        ("- 0x1", 3, "!ValueError: invalid literal for int() with base 3: '- 0x1'"),
        ("- 0x1", 7, "!ValueError: invalid literal for int() with base 7: '- 0x1'"),
        ("\u{7f}", 10, "!ValueError: invalid literal for int() with base 10: '\\x7f'"),
        ("\u{7f}", 0, "!ValueError: invalid literal for int() with base 0: '\\x7f'"),
        ("\u{7f}", 2, "!ValueError: invalid literal for int() with base 2: '\\x7f'"),
        ("\u{7f}", 8, "!ValueError: invalid literal for int() with base 8: '\\x7f'"),
        ("\u{7f}", 16, "!ValueError: invalid literal for int() with base 16: '\\x7f'"),
        ("\u{7f}", 36, "!ValueError: invalid literal for int() with base 36: '\\x7f'"),
        ("\u{7f}", 3, "!ValueError: invalid literal for int() with base 3: '\\x7f'"),
        ("\u{7f}", 7, "!ValueError: invalid literal for int() with base 7: '\\x7f'"),
        ("1\u{7f}", 10, "!ValueError: invalid literal for int() with base 10: '1\\x7f'"),
        ("1\u{7f}", 0, "!ValueError: invalid literal for int() with base 0: '1\\x7f'"),
        ("1\u{7f}", 2, "!ValueError: invalid literal for int() with base 2: '1\\x7f'"),
        ("1\u{7f}", 8, "!ValueError: invalid literal for int() with base 8: '1\\x7f'"),
        ("1\u{7f}", 16, "!ValueError: invalid literal for int() with base 16: '1\\x7f'"),
        ("1\u{7f}", 36, "!ValueError: invalid literal for int() with base 36: '1\\x7f'"),
        ("1\u{7f}", 3, "!ValueError: invalid literal for int() with base 3: '1\\x7f'"),
        ("1\u{7f}", 7, "!ValueError: invalid literal for int() with base 7: '1\\x7f'"),
        ("0x-1", 10, "!ValueError: invalid literal for int() with base 10: '0x-1'"),
        ("0x-1", 0, "!ValueError: invalid literal for int() with base 0: '0x-1'"),
        ("0x-1", 2, "!ValueError: invalid literal for int() with base 2: '0x-1'"),
        ("0x-1", 8, "!ValueError: invalid literal for int() with base 8: '0x-1'"),
        ("0x-1", 16, "!ValueError: invalid literal for int() with base 16: '0x-1'"),
        ("0x-1", 36, "!ValueError: invalid literal for int() with base 36: '0x-1'"),
        ("0x-1", 3, "!ValueError: invalid literal for int() with base 3: '0x-1'"),
        ("0x-1", 7, "!ValueError: invalid literal for int() with base 7: '0x-1'"),
        ("0 x1", 10, "!ValueError: invalid literal for int() with base 10: '0 x1'"),
        ("0 x1", 0, "!ValueError: invalid literal for int() with base 0: '0 x1'"),
        ("0 x1", 2, "!ValueError: invalid literal for int() with base 2: '0 x1'"),
        ("0 x1", 8, "!ValueError: invalid literal for int() with base 8: '0 x1'"),
        ("0 x1", 16, "!ValueError: invalid literal for int() with base 16: '0 x1'"),
        ("0 x1", 36, "!ValueError: invalid literal for int() with base 36: '0 x1'"),
        ("0 x1", 3, "!ValueError: invalid literal for int() with base 3: '0 x1'"),
        ("0 x1", 7, "!ValueError: invalid literal for int() with base 7: '0 x1'"),
        (" 0b1 ", 10, "!ValueError: invalid literal for int() with base 10: ' 0b1 '"),
        (" 0b1 ", 0, "1"),
        (" 0b1 ", 2, "1"),
        (" 0b1 ", 8, "!ValueError: invalid literal for int() with base 8: ' 0b1 '"),
        (" 0b1 ", 16, "177"),
        (" 0b1 ", 36, "397"),
        (" 0b1 ", 3, "!ValueError: invalid literal for int() with base 3: ' 0b1 '"),
        (" 0b1 ", 7, "!ValueError: invalid literal for int() with base 7: ' 0b1 '"),
        ("+0o7_7", 10, "!ValueError: invalid literal for int() with base 10: '+0o7_7'"),
        ("+0o7_7", 0, "63"),
        ("+0o7_7", 2, "!ValueError: invalid literal for int() with base 2: '+0o7_7'"),
        ("+0o7_7", 8, "63"),
        ("+0o7_7", 16, "!ValueError: invalid literal for int() with base 16: '+0o7_7'"),
        ("+0o7_7", 36, "31363"),
        ("+0o7_7", 3, "!ValueError: invalid literal for int() with base 3: '+0o7_7'"),
        ("+0o7_7", 7, "!ValueError: invalid literal for int() with base 7: '+0o7_7'"),
        ("1111111111111111111111111", 10, "1111111111111111111111111"),
        ("1111111111111111111111111", 0, "1111111111111111111111111"),
        ("1111111111111111111111111", 2, "33554431"),
        ("1111111111111111111111111", 8, "5396990266136737387081"),
        ("1111111111111111111111111", 16, "84510040015215293433113547025"),
        ("1111111111111111111111111", 36, "23093750784707544589803988584472465525"),
        ("1111111111111111111111111", 3, "423644304721"),
        ("1111111111111111111111111", 7, "223511436610660816801"),
        ("zzzzzzzzzzzzzzz", 10, "!ValueError: invalid literal for int() with base 10: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 0, "!ValueError: invalid literal for int() with base 0: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 2, "!ValueError: invalid literal for int() with base 2: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 8, "!ValueError: invalid literal for int() with base 8: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 16, "!ValueError: invalid literal for int() with base 16: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 36, "221073919720733357899775"),
        ("zzzzzzzzzzzzzzz", 3, "!ValueError: invalid literal for int() with base 3: 'zzzzzzzzzzzzzzz'"),
        ("zzzzzzzzzzzzzzz", 7, "!ValueError: invalid literal for int() with base 7: 'zzzzzzzzzzzzzzz'"),
        ("ZZZZZZZZZZZZZ", 10, "!ValueError: invalid literal for int() with base 10: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 0, "!ValueError: invalid literal for int() with base 0: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 2, "!ValueError: invalid literal for int() with base 2: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 8, "!ValueError: invalid literal for int() with base 8: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 16, "!ValueError: invalid literal for int() with base 16: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 36, "170581728179578208255"),
        ("ZZZZZZZZZZZZZ", 3, "!ValueError: invalid literal for int() with base 3: 'ZZZZZZZZZZZZZ'"),
        ("ZZZZZZZZZZZZZ", 7, "!ValueError: invalid literal for int() with base 7: 'ZZZZZZZZZZZZZ'"),
        ("1", 1, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", 37, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", -1, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", 99, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("z", -5, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
    ];

    /// long int(s, base) inputs: (pieces, base, len, fnv64) of str(value)/hex(value) or of
    /// "!ValueError: message"
    #[rustfmt::skip]
    type LongParse = (&'static [(&'static str, usize)], i64, usize, &'static str);
    #[rustfmt::skip]
    const LONG_PARSES: &[LongParse] = &[
        (&[("1", 4301)], 10, 153, "98bb9332b0270354"),
        (&[("1", 4301), (" ", 1)], 10, 153, "98bb9332b0270354"),
        (&[("1", 4301), ("x", 1)], 10, 253, "b52f649989899056"),
        (&[("1", 4301), ("\u{0}", 1)], 10, 153, "98bb9332b0270354"),
        (&[("0", 1), ("1", 4300)], 0, 153, "98bb9332b0270354"),
        (&[("0", 4301)], 0, 153, "98bb9332b0270354"),
        (&[("1", 4300)], 10, 4300, "9aa5f3ca6e769a61"),
        (&[("-", 1), ("9", 4300)], 10, 4301, "d52ed07e3ec70d2c"),
        (&[("1_", 4300), ("1", 1)], 10, 153, "98bb9332b0270354"),
        (&[("1", 4301)], 16, 4303, "f967ec312556b5e0"),
        (&[("1", 4301)], 9, 153, "98bb9332b0270354"),
        (&[("1", 4301)], 32, 5378, "6e5d103fe04cbb1f"),
        (&[("0x", 1), ("1", 4301)], 0, 4303, "f967ec312556b5e0"),
        (&[("\u{661}", 4301)], 10, 153, "98bb9332b0270354"),
        (&[("a", 300)], 10, 253, "ad1f88ec535c4506"),
        (&[("a", 199)], 10, 253, "ad1f88ec535c4506"),
        (&[("a", 198)], 10, 253, "ad1f4aec535bdbac"),
        (&[("\u{1}", 100)], 10, 253, "f717de2fe40aa736"),
        (&[("\u{e9}", 250)], 10, 253, "1077fa48bb4b6001"),
        (&[("0b", 1), ("1", 100)], 0, 27, "4968d1ed21175909"),
        (&[("1", 4300)], 7, 3634, "76cbe870f4b05e38"),
        (&[(" ", 100), ("7", 1)], 10, 1, "af63aa4c86019796"),
    ];

    /// value -> "ok:len(str(v))" or the error of str(v)
    #[rustfmt::skip]
    const STR_LIMITS: &[(&str, &str)] = &[
        ("10**4300-1", "ok:4300"),
        ("10**4300", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("-(10**4300-1)", "ok:4301"),
        ("-(10**4300)", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("2**14284", "ok:4300"),
        ("2**14283", "ok:4300"),
        ("-(2**14283)", "ok:4301"),
        ("10**5000", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
    ];

    #[rustfmt::skip]
    const MESSAGES: &[(&str, &str, &str)] = &[
        ("floordiv", "ZeroDivisionError", "integer division or modulo by zero"),
        ("mod", "ZeroDivisionError", "integer modulo by zero"),
        ("divmod", "ZeroDivisionError", "integer division or modulo by zero"),
        ("truediv", "ZeroDivisionError", "division by zero"),
        ("truediv_big", "OverflowError", "integer division result too large for a float"),
        ("pow_zero_neg", "ZeroDivisionError", "0.0 cannot be raised to a negative power"),
        ("shl_neg", "ValueError", "negative shift count"),
        ("shr_neg", "ValueError", "negative shift count"),
        ("float_big", "OverflowError", "int too large to convert to float"),
        ("powmod_zero", "ValueError", "pow() 3rd argument cannot be 0"),
        ("powmod_inv", "ValueError", "base is not invertible for the given modulus"),
        ("from_nan", "ValueError", "cannot convert float NaN to integer"),
        ("from_inf", "OverflowError", "cannot convert float infinity to integer"),
    ];
    // END GENERATED TEST_DATA
}
