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
//! The tests compare against tables produced by CPython 3.12.1 (`tests/tables/int_*.txt`, written
//! by `scripts/tables/int.py`, `make regen-tables`).

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
/// Generated from CPython 3.12 by `scripts/tables/unicode.py` (`make regen-tables` checks it).
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

    fn show(got: &Result<PyInt, Error>) -> String {
        match got {
            Ok(v) => v.to_string(),
            Err(e) => format!("!{}", e.exception),
        }
    }

    /// Checks an int result against a table token (decimal, '#hash' or "!Exception").
    fn check_int(got: Result<PyInt, Error>, want: &str) -> bool {
        if let Ok(v) = &got
            && !normalised(v)
        {
            return false;
        }
        check_str(&show(&got), want)
    }

    /// Checks a float result against a table token (a Python float repr or "!Exception").
    fn check_float(got: Result<f64, Error>, want: &str) -> bool {
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
        let got = |name: &str| -> Error {
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
    const BINARY: &str = include_str!("../tests/tables/int_binary.txt");
    const UNARY: &str = include_str!("../tests/tables/int_unary.txt");
    const SHIFTS: &str = include_str!("../tests/tables/int_shifts.txt");
    const POWS: &str = include_str!("../tests/tables/int_pows.txt");
    const POWMOD: &str = include_str!("../tests/tables/int_powmod.txt");
    const TRUEDIV: &str = include_str!("../tests/tables/int_truediv.txt");
    const FLOATCMP: &str = include_str!("../tests/tables/int_floatcmp.txt");
    const FLOATS: &str = include_str!("../tests/tables/int_floats.txt");
    const ROUNDS: &str = include_str!("../tests/tables/int_rounds.txt");
    const PARSES: &str = include_str!("../tests/tables/int_parses.txt");
    const LONG_PARSES: &str = include_str!("../tests/tables/int_long_parses.txt");
    const STR_LIMITS: &str = include_str!("../tests/tables/int_str_limits.txt");
    const MESSAGES: &str = include_str!("../tests/tables/int_messages.txt");
}
