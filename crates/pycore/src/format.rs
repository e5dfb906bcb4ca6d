//! CPython 3.12-compatible number and string formatting.
//!
//! This module is the one place where Looplab turns floats, ints and strings into text the way
//! CPython does: `repr(float)`, `format(x, spec)` for the three built-in types (the PEP 3101
//! format mini-language), `round()`, `float(str)` and printf-style `'%.2f' % x`.
//!
//! # How exactness is achieved
//! Every fixed-precision conversion ('e', 'f', 'g', '%', `round(x, n)`) starts from the *exact*
//! decimal expansion of the binary double (a double is `m * 2^e`, so it is `m * 5^-e / 10^-e`
//! when `e < 0`: a finite decimal of at most ~770 significant digits), computed with a tiny
//! base-10^9 big integer. Rounding that expansion half-to-even is exactly what CPython's
//! `_Py_dg_dtoa` does in modes 2 and 3. The shortest round-trip digits for `repr` come from
//! Rust's `{:e}` formatting (shortest, nearest), corrected where the two nearest shortest
//! candidates are exactly equally near: Rust rounds such ties up, CPython to even (see
//! `shortest_decimal`). Parsing uses Rust's correctly rounded `str::parse::<f64>` after checking
//! Python's own grammar.
//!
//! # Tests
//! The test module checks a table of ~8,500 cases from CPython 3.12.1 (`tests/tables/format.txt`,
//! written by `scripts/tables/format.py`, `make regen-tables`; larger tables can be checked
//! without committing them, see `extra_table`), a brute-force check of the shortest digits, and
//! a fuzz test for panics.
//!
//! # Differences from the API in the brief (and why)
//! * `round_float` returns `Result<f64, Error>`: CPython raises
//!   `OverflowError("rounded value too large to represent")` for e.g.
//!   `round(1.7976931348623157e308, -308)`, and a bare `f64` cannot say so.
//! * `percent_format_float` returns `Result<String, Error>` so that absurd widths or
//!   precisions give a `MemoryError` instead of aborting the process (see below).
//! * `format_float_typed`, `format_int_typed` and `format_str_typed` were added: they take the
//!   Python type name used in error messages (`bool`, subclasses); the untyped functions use
//!   `float`, `int` and `str`.
//! * `FormatSpec::kind` is the presentation type exactly as written (`None` when omitted); the
//!   per-type default ('d' for int, 's' for str) is applied by the formatters.
//!
//! # Known, deliberate deviations from CPython
//! * Outputs longer than [`MAX_OUTPUT_CHARS`] characters (e.g. `format(1.0, '.2000000000f')`,
//!   which CPython builds as a 2 GB string) yield `MemoryError` with an empty message.
//! * The locale is assumed to be "C" (CPython's default, as `LC_NUMERIC` is never set): type
//!   'n' therefore uses '.' and no thousands separators.

use crate::Error;

/// Longest string (in characters) this module agrees to build; longer requests get MemoryError.
pub const MAX_OUTPUT_CHARS: usize = 1 << 27;

/// A parsed format spec (PEP 3101 mini-language):
/// `[[fill]align][sign]['z']['#']['0'][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the explicit one, else '0' when the '0' flag was given, else ' '.
    pub fill: char,
    /// '<', '>', '^' or '=' when written; `None` means the type's default (which is '=' for
    /// numbers when `zero_pad` is set, '>' for other numbers and '<' for strings).
    pub align: Option<char>,
    /// '+', '-' or ' ' when written.
    pub sign: Option<char>,
    /// The 'z' flag (3.11+): negative zero after rounding prints as zero.
    pub coerce_negative_zero: bool,
    /// The '#' flag.
    pub alternate: bool,
    /// True when a '0' before the width acted as the zero-padding flag (only possible when no
    /// explicit fill character was given; the '0' then is the fill).
    pub zero_pad: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    /// Digits after '.'.
    pub precision: Option<usize>,
    /// The presentation type as written, `None` if omitted.
    pub kind: Option<char>,
}

// ---------------------------------------------------------------------------------------------
// Unicode helpers. CPython accepts any Unicode decimal digit (category Nd) in widths and in
// float(), and any Unicode whitespace around float() input; the tables below are for the
// Unicode 15.0 database that CPython 3.12 ships.
// ---------------------------------------------------------------------------------------------

/// Code points of the digit zero of every run of ten Unicode decimal digits (Unicode 15.0).
/// Every decimal digit lies in one such run, so `c - zero` is its value.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The value of a Unicode decimal digit (Python's `unicodedata.decimal`), if `c` is one.
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// Python's `str.isspace` (bidirectional class WS/B/S or category Zs).
fn is_python_space(c: char) -> bool {
    matches!(
        c as u32,
        0x9..=0xd
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

// ---------------------------------------------------------------------------------------------
// Exact decimal expansion of doubles.
// ---------------------------------------------------------------------------------------------

/// A non-negative decimal `0.d1 d2 ... dn × 10^point`, digits 0..=9 with no leading or trailing
/// zeros; zero has no digits.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Decimal {
    digits: Vec<u8>,
    point: i64,
}

/// Little-endian base-10^9 natural number: just enough arithmetic to expand `m * 2^e` and
/// `m * 5^e` exactly.
struct BigDecimal {
    limbs: Vec<u32>,
}

const LIMB_BASE: u64 = 1_000_000_000;

impl BigDecimal {
    fn from_u64(mut n: u64) -> Self {
        let mut limbs = Vec::new();
        while n > 0 {
            limbs.push((n % LIMB_BASE) as u32);
            n /= LIMB_BASE;
        }
        BigDecimal { limbs }
    }

    /// Multiplies in place by `k`, which must be below 2^32 (so the product of a limb and `k`
    /// plus a carry stays below 2^64).
    fn mul_small(&mut self, k: u64) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let product = u64::from(*limb) * k + carry;
            *limb = (product % LIMB_BASE) as u32;
            carry = product / LIMB_BASE;
        }
        while carry > 0 {
            self.limbs.push((carry % LIMB_BASE) as u32);
            carry /= LIMB_BASE;
        }
    }

    fn mul_pow2(&mut self, mut n: u32) {
        while n >= 31 {
            self.mul_small(1 << 31);
            n -= 31;
        }
        self.mul_small(1 << n);
    }

    fn mul_pow5(&mut self, mut n: u32) {
        // 5^13 = 1220703125 is the largest power of five below 2^32.
        while n >= 13 {
            self.mul_small(1_220_703_125);
            n -= 13;
        }
        self.mul_small(5u64.pow(n));
    }

    /// Decimal digit values, most significant first, without leading zeros.
    fn digits(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.limbs.len() * 9);
        for (i, &limb) in self.limbs.iter().rev().enumerate() {
            let mut chunk = [0u8; 9];
            let mut v = limb;
            for slot in chunk.iter_mut().rev() {
                *slot = (v % 10) as u8;
                v /= 10;
            }
            if i == 0 {
                let skip = chunk.iter().take_while(|&&d| d == 0).count();
                out.extend_from_slice(&chunk[skip..]);
            } else {
                out.extend_from_slice(&chunk);
            }
        }
        out
    }
}

impl Decimal {
    fn zero() -> Self {
        Decimal {
            digits: Vec::new(),
            point: 0,
        }
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Exact value of `|x|` for a finite `x`.
    fn exact(x: f64) -> Self {
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1u64 << 52) - 1);
        let (mut mantissa, mut exponent) = if biased == 0 {
            (fraction, -1074i64)
        } else {
            (fraction | (1u64 << 52), biased - 1075)
        };
        if mantissa == 0 {
            return Decimal::zero();
        }
        // Dropping factors of two keeps the big number (and the trailing zeros) small.
        let tz = mantissa.trailing_zeros();
        mantissa >>= tz;
        exponent += i64::from(tz);
        let mut big = BigDecimal::from_u64(mantissa);
        if exponent >= 0 {
            big.mul_pow2(exponent as u32);
        } else {
            big.mul_pow5((-exponent) as u32);
        }
        let mut digits = big.digits();
        // m * 5^k has the same digits as m * 2^-k, with the point k places from the right.
        let point = digits.len() as i64 + exponent.min(0);
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Decimal { digits, point }
    }

    /// Rounds to `keep` significant digits (any `keep`, even negative), half to even on the
    /// exact value, as `_Py_dg_dtoa` does.
    fn round_to(&self, keep: i64) -> Decimal {
        if keep >= self.digits.len() as i64 {
            return self.clone();
        }
        if keep < 0 {
            // The value is below 10^(point-1) <= half a unit of the kept position.
            return Decimal::zero();
        }
        let k = keep as usize;
        let first_dropped = self.digits[k];
        // Trailing zeros are trimmed, so anything after the first dropped digit is nonzero.
        let more_after = self.digits.len() > k + 1;
        let last_kept_odd = k > 0 && self.digits[k - 1] % 2 == 1;
        let round_up = first_dropped > 5 || (first_dropped == 5 && (more_after || last_kept_odd));
        let kept = Decimal {
            digits: self.digits[..k].to_vec(),
            point: self.point,
        };
        if round_up {
            kept.incremented()
        } else {
            kept.trimmed()
        }
    }

    /// Adds one unit in the last digit's place (carrying), then trims trailing zeros.
    fn incremented(mut self) -> Decimal {
        loop {
            match self.digits.last_mut() {
                Some(9) => {
                    self.digits.pop();
                }
                Some(d) => {
                    *d += 1;
                    break;
                }
                None => {
                    self.digits.push(1);
                    self.point += 1;
                    break;
                }
            }
        }
        self.trimmed()
    }

    /// Drops trailing zero digits (and normalises an all-zero value to zero).
    fn trimmed(mut self) -> Decimal {
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            return Decimal::zero();
        }
        self
    }

    /// The nearest double (Rust's parser is correctly rounded, ties to even).
    fn to_f64(&self) -> f64 {
        if self.is_zero() {
            return 0.0;
        }
        let mut text: String = self.digits.iter().map(|&d| char::from(b'0' + d)).collect();
        text.push_str(&format!("e{}", self.point - self.digits.len() as i64));
        text.parse().unwrap_or(f64::INFINITY)
    }
}

/// Shortest digits that round-trip to `x` (finite, positive), nearest to `x` among those, and
/// of two equally near candidates the one with an even last digit (as CPython's dtoa does).
fn shortest_decimal(x: f64) -> Decimal {
    // Rust's `{:e}` gives the shortest, nearest digits (Grisu with an exact Dragon4 fallback)...
    let text = format!("{:e}", x);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let mut digits: Vec<u8> = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let skip = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..skip);
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        return Decimal::zero();
    }
    let shortest = Decimal {
        digits,
        point: exponent + 1,
    };
    // ...but it breaks an exact tie upwards (repr(1394865425023536.25) must end in ".2").
    // A tie needs the exact value to have exactly one more digit than the shortest, a final 5.
    // A double m * 2^-k with odd m has at least 0.69 k significant digits and shortest output
    // has at most 17, so only doubles with k <= 27 can tie; others skip the exact expansion.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if biased == 0 {
        bits & ((1 << 52) - 1)
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let binary_exponent =
        if biased == 0 { -1074 } else { biased - 1075 } + i64::from(mantissa.trailing_zeros());
    if !(-27..0).contains(&binary_exponent) {
        return shortest;
    }
    let exact = Decimal::exact(x);
    let p = shortest.digits.len();
    if exact.digits.len() != p + 1 || exact.digits[p] != 5 {
        return shortest;
    }
    let down = Decimal {
        digits: exact.digits[..p].to_vec(),
        point: exact.point,
    };
    let up = down.clone().incremented();
    let down = down.trimmed();
    let down_ok = down.to_f64() == x;
    let up_ok = up.to_f64() == x;
    let prefer_down = exact.digits[p - 1].is_multiple_of(2);
    match (down_ok, up_ok) {
        (true, true) if prefer_down => down,
        (true, true) => up,
        (true, false) => down,
        (false, true) => up,
        (false, false) => shortest,
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering a float body (no sign) the way CPython's PyOS_double_to_string does.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// 'e': one digit before the point, `precision` after.
    Exponent,
    /// 'f': `precision` digits after the point.
    Fixed,
    /// 'g': `precision` significant digits, exponent form for small or large values.
    General,
    /// 'r': shortest round-trip digits (repr).
    Repr,
}

#[derive(Clone, Copy, Debug, Default)]
struct RenderFlags {
    upper: bool,
    /// '#': keep the decimal point (and, for 'g', trailing zeros).
    alternate: bool,
    /// Make integral non-exponent results look like floats ("1.0"); also shifts the 'g'
    /// switch-over point by one, as CPython does for the no-type format with a precision.
    add_dot_0: bool,
    /// 'z': drop the minus sign of a result that rounded to zero.
    no_negative_zero: bool,
}

/// The style and default precision of a float's or a complex's presentation letter `e`,
/// `E`, `f`, `F` or `G` (the capitals write their letters and `inf`/`nan` in capitals).
fn letter_style(kind: char, flags: &mut RenderFlags) -> (Style, usize) {
    flags.upper = kind.is_ascii_uppercase();
    match kind.to_ascii_lowercase() {
        'e' => (Style::Exponent, 6),
        'f' => (Style::Fixed, 6),
        _ => (Style::General, 6),
    }
}

/// Formats `x` without its sign; returns whether a '-' belongs in front.
fn render_float(
    x: f64,
    style: Style,
    precision: usize,
    flags: RenderFlags,
) -> Result<(bool, String), Error> {
    if x.is_nan() {
        // CPython ignores the sign bit of a NaN.
        return Ok((false, if flags.upper { "NAN" } else { "nan" }.to_string()));
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        return Ok((
            negative,
            if flags.upper { "INF" } else { "inf" }.to_string(),
        ));
    }
    let precision = precision as i64;
    let magnitude = x.abs();
    let decimal = match style {
        Style::Repr => shortest_decimal(magnitude),
        Style::Exponent => Decimal::exact(magnitude).round_to(precision + 1),
        Style::General => Decimal::exact(magnitude).round_to(precision.max(1)),
        Style::Fixed => {
            let exact = Decimal::exact(magnitude);
            let keep = exact.point + precision;
            exact.round_to(keep)
        }
    };
    // dtoa reports zero as the single digit "0" with the point after it.
    let (digits, mut point) = if decimal.is_zero() {
        (vec![0u8], 1i64)
    } else {
        (decimal.digits, decimal.point)
    };
    if flags.no_negative_zero && digits.iter().all(|&d| d == 0) {
        negative = false;
    }
    let count = digits.len() as i64;

    // Decide on exponent form and on how many digit positions to emit (`end`, counted from
    // the first significant digit; positions past the digits are zeros).
    let mut end = count;
    let mut use_exponent = false;
    match style {
        Style::Exponent => {
            use_exponent = true;
            end = precision + 1;
        }
        Style::Fixed => end = point + precision,
        Style::General => {
            let p = precision.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            use_exponent = point <= -4 || point > limit;
            if flags.alternate {
                end = p;
            }
        }
        Style::Repr => use_exponent = point <= -4 || point > 16,
    }
    let mut exponent = 0;
    if use_exponent {
        exponent = point - 1;
        point = 1;
    }
    // Leading "0." for values below one; at least one digit after the point for add_dot_0.
    let start = if point <= 0 { point - 1 } else { 0 };
    let min_end = if !use_exponent && flags.add_dot_0 {
        point + 1
    } else {
        point
    };
    end = end.max(min_end).max(count);
    let length = (end - start + 8) as u64;
    if length > MAX_OUTPUT_CHARS as u64 {
        return Err(Error::memory());
    }
    let mut out = String::with_capacity(length as usize);
    for i in start..end {
        if i == point {
            out.push('.');
        }
        let digit = if (0..count).contains(&i) {
            digits[i as usize]
        } else {
            0
        };
        out.push(char::from(b'0' + digit));
    }
    if point == end {
        out.push('.');
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exponent {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exponent.unsigned_abs()));
    }
    Ok((negative, out))
}

/// Python's `repr(float)` / `str(float)`.
pub fn float_repr(x: f64) -> String {
    let flags = RenderFlags {
        add_dot_0: true,
        ..RenderFlags::default()
    };
    match render_float(x, Style::Repr, 0, flags) {
        Ok((true, body)) => format!("-{body}"),
        Ok((false, body)) => body,
        // Shortest output is at most ~25 characters, far below the memory limit.
        Err(_) => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Format-spec parsing.
// ---------------------------------------------------------------------------------------------

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// How CPython shows a presentation-type character in error messages.
fn code_display(c: char) -> String {
    let cp = crate::surrogates::code_point(c);
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

fn unknown_code(kind: char, type_name: &str) -> Error {
    Error::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_display(kind),
        truncate_chars(type_name, 200)
    ))
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Reads a run of decimal digits (any Unicode Nd digit, as CPython allows) starting at `*pos`.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, Error> {
    let mut value: i64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        // CPython's limit is PY_SSIZE_T_MAX.
        if value > (i64::MAX - d) / 10 {
            return Err(Error::value("Too many decimal digits in format string"));
        }
        value = value * 10 + d;
        any = true;
        *pos += 1;
    }
    // On 32-bit targets a huge width saturates; it can only lead to MemoryError anyway.
    Ok(any.then(|| usize::try_from(value).unwrap_or(usize::MAX)))
}

/// Parses `spec`; `default_kind` is the type assumed when none is written (for the check of
/// grouping against the type), `type_name` is used in messages.
fn parse_with_default(
    spec: &str,
    default_kind: Option<char>,
    type_name: &str,
) -> Result<FormatSpec, Error> {
    // A spec is mostly a few characters (`>6`, `8.2f`), parsed once per value formatted:
    // they are read into a buffer on the stack, not an allocated list.
    let mut buffer = ['\0'; 32];
    let collected: Vec<char>;
    let chars: &[char] = if spec.len() <= buffer.len() {
        let mut count = 0;
        for c in spec.chars() {
            buffer[count] = c;
            count += 1;
        }
        &buffer[..count]
    } else {
        collected = spec.chars().collect();
        &collected
    };
    let end = chars.len();
    let mut pos = 0;
    let mut result = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        coerce_negative_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut fill_given = false;
    if end >= 2 && is_align(chars[1]) {
        result.fill = chars[0];
        result.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        result.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        result.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        result.coerce_negative_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        result.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        result.fill = '0';
        result.zero_pad = true;
        pos += 1;
    }
    result.width = read_integer(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        result.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if result.grouping.is_some() {
            return Err(Error::value("Cannot specify both ',' and '_'."));
        }
        result.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && result.grouping == Some('_') {
        return Err(Error::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        result.precision = read_integer(chars, &mut pos)?;
        if result.precision.is_none() {
            return Err(Error::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(Error::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            truncate_chars(type_name, 200)
        )));
    }
    if end - pos == 1 {
        result.kind = Some(chars[pos]);
    }
    if let Some(separator) = result.grouping {
        match result.kind.or(default_kind) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            // PEP 515: '_' groups binary, octal and hex digits by four.
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => {}
            Some(kind) => {
                return Err(Error::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    separator,
                    code_display(kind)
                )));
            }
        }
    }
    Ok(result)
}

/// Parses a format spec as CPython does for an object of type `type_name`: "str" assumes type
/// 's', "float" and "complex" assume no type, anything else is treated as an int ('d').
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, Error> {
    let default_kind = match type_name {
        "str" => Some('s'),
        "float" | "complex" => None,
        _ => Some('d'),
    };
    parse_with_default(spec, default_kind, type_name)
}

// ---------------------------------------------------------------------------------------------
// Laying out a number: sign, prefix, padding, grouping (CPython's calc_number_widths and
// fill_number).
// ---------------------------------------------------------------------------------------------

/// Groups `digits` from the right with `separator` every `size` digits, padding with '0'
/// digits until the result is at least `min_width` long (zero padding of a grouped number
/// pads with grouped zeros, and never starts with a separator, hence possibly one extra '0').
fn group_digits(digits: &str, min_width: i64, separator: Option<char>, size: usize) -> String {
    let Some(separator) = separator else {
        // (The usual case, formatted once per number: no list of chars, one allocation.)
        let zeros = (min_width - digits.chars().count() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return out;
    };
    let digits: Vec<char> = digits.chars().collect();
    let size = size as i64;
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut first = true;
    loop {
        let group = size.min(remaining.max(min_width).max(1));
        let zeros = (group - remaining).max(0);
        let taken = remaining.min(group).max(0);
        if !first {
            reversed.push(separator);
        }
        for i in 0..taken {
            reversed.push(digits[(remaining - 1 - i) as usize]);
        }
        reversed.extend(std::iter::repeat_n('0', zeros as usize));
        remaining -= taken;
        min_width -= group;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
        first = false;
    }
    reversed.iter().rev().collect()
}

/// The pieces of a formatted number: `[sign][prefix][digits][rest]`, where only `digits` is
/// grouped and zero-padded, and `rest` is the fraction, exponent, '%', "inf" and so on.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    rest: &'a str,
    /// Separator and group size, when grouping was requested.
    grouping: Option<(char, usize)>,
}

fn layout_number(parts: &NumberParts<'_>, spec: &FormatSpec) -> Result<String, Error> {
    let sign = if parts.negative {
        Some('-')
    } else {
        match spec.sign {
            Some('+') => Some('+'),
            Some(' ') => Some(' '),
            _ => None,
        }
    };
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let width = spec.width.unwrap_or(0);
    if width > MAX_OUTPUT_CHARS {
        return Err(Error::memory());
    }
    let width = width as i64;
    let fixed = usize::from(sign.is_some()) as i64
        + parts.prefix.chars().count() as i64
        + parts.rest.chars().count() as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    let grouped: std::borrow::Cow<'_, str> = match parts.grouping {
        _ if parts.digits.is_empty() => "".into(),
        // Most numbers are neither grouped nor padded with zeros: their digits as they are.
        None if parts.digits.len() as i64 >= min_width => parts.digits.into(),
        Some((separator, size)) => {
            group_digits(parts.digits, min_width, Some(separator), size).into()
        }
        None => group_digits(parts.digits, min_width, None, 3).into(),
    };
    // (Digits and their separators are ASCII: their length is their count of characters.)
    debug_assert!(grouped.is_ascii(), "digits {grouped:?}");
    let total = fixed + grouped.len() as i64;
    let padding = (width - total).max(0) as usize;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    // (Most numbers are padded on one side or none: a side without padding costs nothing.)
    let fill = |out: &mut String, n: usize| {
        if n > 0 {
            out.extend(std::iter::repeat_n(spec.fill, n));
        }
    };
    let mut out = String::with_capacity(
        padding * spec.fill.len_utf8()
            + sign.map_or(0, char::len_utf8)
            + parts.prefix.len()
            + grouped.len()
            + parts.rest.len(),
    );
    fill(&mut out, left);
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    fill(&mut out, middle);
    out.push_str(&grouped);
    out.push_str(parts.rest);
    fill(&mut out, right);
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// format() for floats.
// ---------------------------------------------------------------------------------------------

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, Error> {
    format_float_typed(x, spec, "float")
}

/// `format(x, spec)` for a float (or float subclass named `type_name`, used in messages).
pub fn format_float_typed(x: f64, spec: &str, type_name: &str) -> Result<String, Error> {
    let parsed = parse_with_default(spec, None, type_name)?;
    match parsed.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_parsed(x, &parsed)
        }
        Some(kind) => Err(unknown_code(kind, type_name)),
    }
}

/// The shared float path (also used by ints with a float presentation type).
fn format_float_parsed(x: f64, spec: &FormatSpec) -> Result<String, Error> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Error::value("precision too big"));
    }
    let mut flags = RenderFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.coerce_negative_zero,
        ..RenderFlags::default()
    };
    let mut value = x;
    let mut percent = false;
    let (style, default_precision) = match spec.kind {
        None => {
            // Without a type: repr when no precision, else 'g' that always shows a point.
            flags.add_dot_0 = true;
            if spec.precision.is_some() {
                (Style::General, 0)
            } else {
                (Style::Repr, 0)
            }
        }
        Some(kind @ ('e' | 'E' | 'f' | 'F' | 'G')) => letter_style(kind, &mut flags),
        Some('%') => {
            // CPython multiplies in floating point, rounding included.
            value *= 100.0;
            percent = true;
            (Style::Fixed, 6)
        }
        // 'g' and 'n' (the C locale makes 'n' identical to 'g').
        _ => (Style::General, 6),
    };
    let precision = spec.precision.unwrap_or(default_precision);
    let (negative, mut body) = render_float(value, style, precision, flags)?;
    if percent {
        body.push('%');
    }
    let digit_count = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(digit_count);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        rest,
        grouping: spec.grouping.map(|sep| (sep, 3)),
    };
    layout_number(&parts, spec)
}

// ---------------------------------------------------------------------------------------------
// format() for ints.
// ---------------------------------------------------------------------------------------------

/// `format(i, spec)` for an int given by its sign and decimal magnitude (ASCII digits, leading
/// zeros allowed; anything else is a ValueError, as it is a bug in the caller).
pub fn format_int(negative: bool, magnitude_decimal: &str, spec: &str) -> Result<String, Error> {
    format_int_typed(negative, magnitude_decimal, spec, "int")
}

/// Like [`format_int`], naming the type (e.g. "bool") in error messages.
pub fn format_int_typed(
    negative: bool,
    magnitude_decimal: &str,
    spec: &str,
    type_name: &str,
) -> Result<String, Error> {
    if magnitude_decimal.is_empty() || !magnitude_decimal.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::value(format!(
            "invalid int magnitude '{}'",
            truncate_chars(magnitude_decimal, 50)
        )));
    }
    let trimmed = magnitude_decimal.trim_start_matches('0');
    let magnitude = if trimmed.is_empty() { "0" } else { trimmed };
    let negative = negative && magnitude != "0";
    let parsed = parse_with_default(spec, Some('d'), type_name)?;
    match parsed.kind.unwrap_or('d') {
        kind @ ('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {
            format_int_parsed(negative, magnitude, kind, &parsed)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let value = int_to_f64(negative, magnitude)?;
            format_float_parsed(value, &parsed)
        }
        kind => Err(unknown_code(kind, type_name)),
    }
}

/// Python's `float(int)`: correctly rounded (half to even), OverflowError past the range.
fn int_to_f64(negative: bool, magnitude: &str) -> Result<f64, Error> {
    let value: f64 = magnitude.parse().unwrap_or(f64::INFINITY);
    if value.is_infinite() {
        return Err(Error::overflow("int too large to convert to float"));
    }
    Ok(if negative { -value } else { value })
}

fn format_int_parsed(
    negative: bool,
    magnitude: &str,
    kind: char,
    spec: &FormatSpec,
) -> Result<String, Error> {
    if spec.precision.is_some() {
        return Err(Error::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.coerce_negative_zero {
        return Err(Error::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(Error::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(Error::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        // CPython first converts to a C long (64-bit on the platforms it is compared with).
        let fits_long = match magnitude.parse::<u64>() {
            Ok(v) => v <= i64::MAX as u64 || (negative && v == 1 << 63),
            Err(_) => false,
        };
        if !fits_long {
            return Err(Error::overflow("Python int too large to convert to C long"));
        }
        let code = magnitude
            .parse::<u32>()
            .ok()
            .filter(|&v| !negative && v <= 0x10ffff);
        let Some(code) = code else {
            return Err(Error::overflow("%c arg not in range(0x110000)"));
        };
        // Every code point up to 0x10FFFF has a char, surrogates their stand-ins.
        let ch = crate::surrogates::to_char(code)
            .unwrap_or(char::REPLACEMENT_CHARACTER)
            .to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            rest: &ch,
            grouping: None,
        };
        return layout_number(&parts, spec);
    }
    let (digits, prefix, group_size) = match kind {
        'b' => (to_power_of_two_base(magnitude, 1, false), "0b", 4),
        'o' => (to_power_of_two_base(magnitude, 3, false), "0o", 4),
        'x' => (to_power_of_two_base(magnitude, 4, false), "0x", 4),
        'X' => (to_power_of_two_base(magnitude, 4, true), "0X", 4),
        _ => (magnitude.to_string(), "", 3),
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
        grouping: spec.grouping.map(|sep| (sep, group_size)),
    };
    layout_number(&parts, spec)
}

/// Converts a decimal digit string to base 2^`bits` digits (binary, octal, hex).
fn to_power_of_two_base(decimal: &str, bits: u32, upper: bool) -> String {
    // Little-endian 32-bit limbs, built by multiply-and-add of nine decimal digits at a time.
    let mut limbs: Vec<u32> = Vec::new();
    let bytes = decimal.as_bytes();
    let head = match bytes.len() % 9 {
        0 => 9.min(bytes.len()),
        n => n,
    };
    let mut chunks = vec![&bytes[..head]];
    chunks.extend(bytes[head..].chunks(9));
    for chunk in chunks {
        let value = chunk
            .iter()
            .fold(0u64, |acc, &b| acc * 10 + u64::from(b - b'0'));
        let mut carry = value;
        let scale = 10u64.pow(chunk.len() as u32);
        for limb in &mut limbs {
            let product = u64::from(*limb) * scale + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        while carry > 0 {
            limbs.push(carry as u32);
            carry >>= 32;
        }
    }
    let bit_length = match limbs.last() {
        Some(&top) => (limbs.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        None => 0,
    };
    if bit_length == 0 {
        return "0".to_string();
    }
    let bit = |i: u64| -> u32 {
        limbs
            .get((i / 32) as usize)
            .map_or(0, |&limb| (limb >> (i % 32)) & 1)
    };
    let bits = u64::from(bits);
    let count = bit_length.div_ceil(bits);
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    (0..count)
        .rev()
        .map(|d| {
            let value = (0..bits).fold(0u32, |acc, b| acc | (bit(d * bits + b) << b));
            char::from(table[value as usize])
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// format() for strings.
// ---------------------------------------------------------------------------------------------

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, Error> {
    format_str_typed(s, spec, "str")
}

/// Like [`format_str`], naming the type in error messages.
pub fn format_str_typed(s: &str, spec: &str, type_name: &str) -> Result<String, Error> {
    let parsed = parse_with_default(spec, Some('s'), type_name)?;
    match parsed.kind {
        None | Some('s') => {}
        Some(kind) => return Err(unknown_code(kind, type_name)),
    }
    match parsed.sign {
        Some(' ') => {
            return Err(Error::value("Space not allowed in string format specifier"));
        }
        Some(_) => {
            return Err(Error::value("Sign not allowed in string format specifier"));
        }
        None => {}
    }
    if parsed.coerce_negative_zero {
        return Err(Error::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if parsed.alternate {
        return Err(Error::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if parsed.align == Some('=') {
        return Err(Error::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    // Precision truncates, counted in code points.
    let text = match parsed.precision {
        Some(p) => truncate_chars(s, p),
        None => s,
    };
    let length = text.chars().count();
    let width = parsed.width.unwrap_or(0);
    if width > length && width > MAX_OUTPUT_CHARS {
        return Err(Error::memory());
    }
    Ok(str_laid_out(text, length, width, parsed.fill, parsed.align))
}

/// `text`, of `length` characters, padded with `fill` to `width` as `align` places a str
/// (`<` when not given).
fn str_laid_out(
    text: &str,
    length: usize,
    width: usize,
    fill: char,
    align: Option<char>,
) -> String {
    let padding = width.saturating_sub(length);
    let left = match align {
        Some('>') => padding,
        Some('^') => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    out
}

// ---------------------------------------------------------------------------------------------
// The specs f-strings mostly write (`>6`, `02d`, `<4`), formatted without the full parser.
// ---------------------------------------------------------------------------------------------

/// `spec` read as [`parse_with_default`] reads it, if it is `[[fill]align]['0'][width][type]`:
/// no sign, `z`, `#`, grouping nor precision, and a width of at most four ASCII digits (the
/// type letter, if any, is the caller's to check).
fn plain_spec(spec: &str) -> Option<FormatSpec> {
    let mut buffer = ['\0'; 8];
    let mut end = 0;
    for c in spec.chars() {
        *buffer.get_mut(end)? = c;
        end += 1;
    }
    let chars = &buffer[..end];
    let (mut fill, mut align, mut pos, mut fill_given) = (' ', None, 0, false);
    if end >= 2 && is_align(chars[1]) {
        (fill, align, pos, fill_given) = (chars[0], Some(chars[1]), 2, true);
    } else if end >= 1 && is_align(chars[0]) {
        (align, pos) = (Some(chars[0]), 1);
    }
    let zero_pad = !fill_given && chars.get(pos) == Some(&'0');
    if zero_pad {
        fill = '0';
        pos += 1;
    }
    let mut width = None;
    let digits_start = pos;
    while let Some(digit) = chars.get(pos).and_then(|c| c.to_digit(10)) {
        if pos - digits_start == 4 {
            return None;
        }
        width = Some(width.unwrap_or(0) * 10 + digit as usize);
        pos += 1;
    }
    let kind = match &chars[pos..] {
        [] => None,
        [kind] => Some(*kind),
        _ => return None,
    };
    Some(FormatSpec {
        fill,
        align,
        sign: None,
        coerce_negative_zero: false,
        alternate: false,
        zero_pad,
        width,
        grouping: None,
        precision: None,
        kind,
    })
}

/// `format(n, spec)` for an int that fits in 64 bits and a plain spec of type `d` or none
/// (see [`plain_spec`]), as [`format_int`] formats it, without its parser nor the digits
/// written as a big integer's; `None` for any other spec.
pub fn quick_int(n: i64, spec: &str) -> Option<String> {
    let spec = plain_spec(spec)?;
    if !matches!(spec.kind, None | Some('d')) {
        return None;
    }
    let mut digits = itoa::Buffer::new();
    let parts = NumberParts {
        negative: n < 0,
        prefix: "",
        digits: digits.format(n.unsigned_abs()),
        rest: "",
        grouping: None,
    };
    layout_number(&parts, &spec).ok()
}

/// `format(s, spec)` for a str and a plain spec of type `s` or none (see [`plain_spec`]), as
/// [`format_str`] formats it, without its parser; `None` for any other spec.
pub fn quick_str(s: &str, spec: &str) -> Option<String> {
    let spec = plain_spec(spec)?;
    if !matches!(spec.kind, None | Some('s')) || spec.align == Some('=') {
        return None;
    }
    let width = spec.width.unwrap_or(0);
    Some(str_laid_out(
        s,
        s.chars().count(),
        width,
        spec.fill,
        spec.align,
    ))
}

// ---------------------------------------------------------------------------------------------
// round().
// ---------------------------------------------------------------------------------------------

/// `round(x, ndigits)` for a float: the decimal value of the exact double rounded half to even
/// at `ndigits` places, converted back correctly rounded.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, Error> {
    // Beyond these bounds CPython skips the work: the result is x itself, or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let exact = Decimal::exact(x);
    let rounded = exact.round_to(exact.point + ndigits);
    if rounded.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let value = rounded.to_f64();
    if value.is_infinite() {
        return Err(Error::overflow("rounded value too large to represent"));
    }
    Ok(value.copysign(x))
}

/// `round(x)`: nearest integer-valued float, ties to even (the caller converts to int and
/// raises for inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

// ---------------------------------------------------------------------------------------------
// float(str).
// ---------------------------------------------------------------------------------------------

/// Python's `float(text)`; `None` where CPython raises
/// `ValueError("could not convert string to float: ...")`.
pub fn parse_float(text: &str) -> Option<f64> {
    // Like CPython, map non-ASCII spaces to ' ' and non-ASCII digits to ASCII first (ASCII is
    // kept as is); any other non-ASCII character makes the string invalid.
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if is_python_space(c) {
            ascii.push(' ');
        } else if let Some(d) = decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            return None;
        }
    }
    // Only the C-locale spaces are stripped (so "\x1c1" stays invalid, as in CPython).
    let trimmed = ascii.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let cleaned = remove_underscores(trimmed)?;
    let (negative, body) = match cleaned.as_bytes().first() {
        Some(b'-') => (true, &cleaned[1..]),
        Some(b'+') => (false, &cleaned[1..]),
        _ => (false, cleaned.as_str()),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if is_decimal_literal(body) {
        body.parse().ok()?
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Applies CPython's rule for '_' in numeric strings: each one must sit between two digits.
fn remove_underscores(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut previous = '\0';
    for c in text.chars() {
        if c == '_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        previous = c;
    }
    (previous != '_').then_some(out)
}

/// `digits [. digits] | . digits`, then optionally `e|E [sign] digits` (no sign at the front).
fn is_decimal_literal(text: &str) -> bool {
    decimal_prefix(text.as_bytes(), 0) == Some(text.len())
}

/// Where the decimal number starting at `start` ends, as C's `strtod` reads one: `digits
/// [. digits] | . digits`, and an exponent `e|E [sign] digits` only when it has digits (`1e`
/// is the number 1 followed by `e`); `None` without a digit before the exponent.
fn decimal_prefix(bytes: &[u8], start: usize) -> Option<usize> {
    let digits = |i: &mut usize| {
        let from = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    let mut i = start;
    let mut mantissa = digits(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(bytes.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    Some(i)
}

// ---------------------------------------------------------------------------------------------
// printf-style '%' formatting.
// ---------------------------------------------------------------------------------------------

/// One float converted by printf-style formatting (`'%-+ #0' flags, width, .precision` and a
/// conversion among e E f F g G). Other conversions ('r', 's', 'a', ...) give `repr(x)`
/// truncated to `precision` and padded to `width`, which is what CPython produces for
/// `%r`/`%s`/`%a` of a float.
pub fn percent_format_float(
    x: f64,
    flags: &str,
    width: Option<usize>,
    precision: Option<usize>,
    conversion: char,
) -> Result<String, Error> {
    let left_justify = flags.contains('-');
    let zero_fill = flags.contains('0');
    let render = RenderFlags {
        upper: conversion.is_ascii_uppercase(),
        alternate: flags.contains('#'),
        ..RenderFlags::default()
    };
    let string_precision = precision;
    let precision = precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(Error::value("precision too big"));
    }
    let (sign, body) = match conversion {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let style = match conversion.to_ascii_lowercase() {
                'e' => Style::Exponent,
                'f' => Style::Fixed,
                _ => Style::General,
            };
            let (negative, body) = render_float(x, style, precision, render)?;
            let sign = if negative {
                Some('-')
            } else if flags.contains('+') {
                Some('+')
            } else if flags.contains(' ') {
                Some(' ')
            } else {
                None
            };
            (sign, body)
        }
        // %r / %s / %a: a string conversion, which ignores sign and zero flags and truncates
        // to the precision.
        _ => {
            let repr = float_repr(x);
            let text = match string_precision {
                Some(p) => truncate_chars(&repr, p).to_string(),
                None => repr,
            };
            let width = width.unwrap_or(0);
            let length = text.chars().count();
            if width <= length {
                return Ok(text);
            }
            if width > MAX_OUTPUT_CHARS {
                return Err(Error::memory());
            }
            let pad = " ".repeat(width - length);
            return Ok(if left_justify {
                text + &pad
            } else {
                pad + &text
            });
        }
    };
    let length = body.len() + usize::from(sign.is_some());
    let width = width.unwrap_or(0);
    if width <= length {
        return Ok(sign.into_iter().chain(body.chars()).collect());
    }
    if width > MAX_OUTPUT_CHARS {
        return Err(Error::memory());
    }
    let padding = width - length;
    let mut out = String::with_capacity(width);
    if left_justify {
        // Left-justified output is padded with spaces on the right, whatever the '0' flag.
        out.extend(sign);
        out.push_str(&body);
        out.push_str(&" ".repeat(padding));
    } else if zero_fill {
        // Zeros go between the sign and the digits (also for inf and nan, as CPython does).
        out.extend(sign);
        out.push_str(&"0".repeat(padding));
        out.push_str(&body);
    } else {
        out.push_str(&" ".repeat(padding));
        out.extend(sign);
        out.push_str(&body);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// complex: repr, format() and complex(str).
// ---------------------------------------------------------------------------------------------

/// One part of a complex in 'r' style without the added ".0" (CPython's
/// `PyOS_double_to_string(x, 'r', 0, flags)`), as (negative, body).
fn complex_part(x: f64, flags: RenderFlags) -> (bool, String) {
    // Shortest output is at most ~25 characters, far below the memory limit.
    render_float(x, Style::Repr, 0, flags).unwrap_or_default()
}

/// Python's `repr(complex)` / `str(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(1+nanj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let (im_negative, im_body) = complex_part(im, RenderFlags::default());
    if re == 0.0 && re.is_sign_positive() {
        let sign = if im_negative { "-" } else { "" };
        return format!("{sign}{im_body}j");
    }
    let (re_negative, re_body) = complex_part(re, RenderFlags::default());
    let re_sign = if re_negative { "-" } else { "" };
    let im_sign = if im_negative { '-' } else { '+' };
    format!("({re_sign}{re_body}{im_sign}{im_body}j)")
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, Error> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let parsed = parse_with_default(spec, None, "complex")?;
    if let Some(kind) = parsed.kind
        && !matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(unknown_code(kind, "complex"));
    }
    if parsed.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Error::value("precision too big"));
    }
    if parsed.fill == '0' {
        return Err(Error::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if parsed.align == Some('=') {
        return Err(Error::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut flags = RenderFlags {
        alternate: parsed.alternate,
        no_negative_zero: parsed.coerce_negative_zero,
        ..RenderFlags::default()
    };
    let (mut skip_re, mut add_parens) = (false, false);
    let (style, default_precision) = match parsed.kind {
        None => {
            // Like str(self): no parentheses when the real part is +0 (and then it is left
            // out).
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
            if parsed.precision.is_some() {
                (Style::General, 0)
            } else {
                (Style::Repr, 0)
            }
        }
        Some(kind @ ('e' | 'E' | 'f' | 'F' | 'G')) => letter_style(kind, &mut flags),
        _ => (Style::General, 6),
    };
    let precision = parsed.precision.unwrap_or(default_precision);
    let part = |x: f64, sign: Option<char>| -> Result<String, Error> {
        let (negative, body) = render_float(x, style, precision, flags)?;
        let digit_count = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(digit_count);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            rest,
            grouping: parsed.grouping.map(|sep| (sep, 3)),
        };
        let unpadded = FormatSpec {
            fill: ' ',
            align: Some('<'),
            sign,
            width: None,
            zero_pad: false,
            ..parsed.clone()
        };
        layout_number(&parts, &unpadded)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, parsed.sign)?);
    }
    // The imaginary part always has a sign, unless it stands alone.
    body.push_str(&part(im, if skip_re { parsed.sign } else { Some('+') })?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let width = parsed.width.unwrap_or(0);
    if width > MAX_OUTPUT_CHARS {
        return Err(Error::memory());
    }
    let padding = width.saturating_sub(body.chars().count());
    let (left, right) = match parsed.align.unwrap_or('>') {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::with_capacity(body.len() + padding);
    out.extend(std::iter::repeat_n(parsed.fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(parsed.fill, right));
    Ok(out)
}

/// Why `complex(text)` rejected its string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexParseError {
    /// "complex() arg is a malformed string".
    Malformed,
    /// A misplaced '_': "could not convert string to complex: ...".
    Underscore,
}

/// A float at the start of `s` as C's `strtod` (in Python's dialect) reads it: its value and
/// length, or `None` when `s` does not start with one.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let starts_with = |i: usize, word: &str| {
        s.len() >= i + word.len() && s[i..i + word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    let (magnitude, end) = if starts_with(i, "infinity") {
        (f64::INFINITY, i + 8)
    } else if starts_with(i, "inf") {
        (f64::INFINITY, i + 3)
    } else if starts_with(i, "nan") {
        (f64::NAN, i + 3)
    } else {
        let start = i;
        let i = decimal_prefix(s, start)?;
        let text = std::str::from_utf8(&s[start..i]).ok()?;
        (text.parse::<f64>().ok()?, i)
    };
    Some((if negative { -magnitude } else { magnitude }, end))
}

/// Python's `complex(text)`: `"1+2j"`, `" (3j) "`, `"-j"`, `"inf+nanj"`, `"1_000"`.
pub fn parse_complex(text: &str) -> Result<(f64, f64), ComplexParseError> {
    // Non-ASCII spaces become ' ', non-ASCII digits ASCII ones; anything else non-ASCII
    // cannot be part of a number.
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if is_python_space(c) {
            ascii.push(' ');
        } else if let Some(d) = decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            ascii.push('?');
        }
    }
    let ascii = if ascii.contains('_') {
        remove_underscores(&ascii).ok_or(ComplexParseError::Underscore)?
    } else {
        ascii
    };
    let s = ascii.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let skip_spaces = |i: &mut usize| {
        while s.get(*i).is_some_and(|&b| is_space(b)) {
            *i += 1;
        }
    };
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let sign_of = |b: u8| if b == b'+' { 1.0 } else { -1.0 };
    let malformed = Err(ComplexParseError::Malformed);
    let mut i = 0;
    skip_spaces(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_spaces(&mut i);
    }
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, length)) = float_prefix(&s[i..]) {
        i += length;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                // <float><signed-float>j or <float><sign>j
                x = z;
                match float_prefix(&s[i..]) {
                    Some((value, length)) => {
                        y = value;
                        i += length;
                    }
                    None => {
                        y = sign_of(sign);
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return malformed;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        // <sign>j or j
        if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
            y = sign_of(sign);
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(s.get(i)) {
            return malformed;
        }
        i += 1;
    }
    skip_spaces(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return malformed;
        }
        i += 1;
        skip_spaces(&mut i);
    }
    if i != s.len() {
        return malformed;
    }
    Ok((x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The expected outputs, generated by CPython 3.12.1 (scripts/tables/format.py; its docstring
    // describes the line format). `make regen-tables` rebuilds the file.
    const TABLE: &str = include_str!("../tests/tables/format.txt");

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
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('u') => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                }
                other => panic!("bad escape {other:?}"),
            }
        }
        out
    }

    fn float_input(s: &str) -> f64 {
        match s {
            "nan" => f64::NAN,
            "-nan" => -f64::NAN,
            _ => s.parse().unwrap(),
        }
    }

    fn show(r: Result<String, Error>) -> String {
        match r {
            Ok(s) => format!("={s}"),
            Err(e) if e.message.is_empty() => format!("!{}: ", e.exception),
            Err(e) => format!("!{}: {}", e.exception, e.message),
        }
    }

    fn repr_or_nan(x: f64) -> String {
        if x.is_nan() && x.is_sign_negative() {
            "-nan".into()
        } else {
            float_repr(x)
        }
    }

    fn percent_case(x: f64, spec: &str) -> Result<String, Error> {
        let flags: String = spec.chars().take_while(|c| "-+ #0".contains(*c)).collect();
        let rest = &spec[flags.len()..];
        let conversion = rest.chars().last().unwrap();
        let rest = &rest[..rest.len() - 1];
        let (width, precision) = match rest.split_once('.') {
            Some((w, p)) => (w, Some(p.parse().unwrap())),
            None => (rest, None),
        };
        let width = if width.is_empty() {
            None
        } else {
            Some(width.parse().unwrap())
        };
        percent_format_float(x, &flags, width, precision, conversion)
    }

    fn run_case(kind: &str, input: &str, arg: &str) -> String {
        match kind {
            "R" => format!("={}", float_repr(float_input(input))),
            "F" => show(format_float(float_input(input), arg)),
            "I" => {
                let (negative, digits) = match input.strip_prefix('-') {
                    Some(d) => (true, d),
                    None => (false, input),
                };
                show(format_int(negative, digits, arg))
            }
            "S" => show(format_str(input, arg)),
            "O" => show(round_float(float_input(input), arg.parse().unwrap()).map(repr_or_nan)),
            "H" => {
                // The caller converts to int: show it as one (no sign on zero).
                let r = round_half_even(float_input(input)) + 0.0;
                show(format_float(r, ".0f"))
            }
            "P" => match parse_float(input) {
                Some(x) => format!("={}", repr_or_nan(x)),
                None => "!".into(),
            },
            "%" => show(percent_case(float_input(input), arg)),
            _ => panic!("unknown kind {kind}"),
        }
    }

    /// Checks every line of a table; returns the number of cases.
    fn check_table(table: &str) -> usize {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in table.lines().filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "bad line {line:?}");
            let (input, arg, expected) = (
                unescape(fields[1]),
                unescape(fields[2]),
                unescape(fields[3]),
            );
            let actual = run_case(fields[0], &input, &arg);
            count += 1;
            if actual != expected {
                failures.push(format!(
                    "{} {:?} {:?}: expected {:?}, got {:?}",
                    fields[0], input, arg, expected, actual
                ));
            }
        }
        for f in failures.iter().take(60) {
            eprintln!("{f}");
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed",
            failures.len(),
            count
        );
        count
    }

    #[test]
    fn cpython_table() {
        let count = check_table(TABLE);
        assert!(count > 5000, "table has only {count} cases");
    }

    /// A larger table can be checked without embedding it:
    /// `PYENV_VERSION=3.12.1 GEN_SEED=7 GEN_SCALE=10 python3.12 scripts/tables/format.py \
    /// > /tmp/big.txt` and `FORMAT_EXTRA_TABLE=/tmp/big.txt cargo test --release extra_table`.
    #[test]
    fn extra_table() {
        if let Ok(path) = std::env::var("FORMAT_EXTRA_TABLE") {
            let table = std::fs::read_to_string(path).expect("readable table");
            let count = check_table(&table);
            eprintln!("extra table: {count} cases passed");
        }
    }

    /// Small deterministic generator (xorshift64*), so the randomized tests are reproducible.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        fn float(&mut self) -> f64 {
            match self.below(4) {
                0 => f64::from_bits(self.next()),
                // near powers of two, where the rounding interval is lopsided
                1 => f64::from_bits((self.next() & 0x7ff0_0000_0000_0000) | self.below(3)),
                2 => f64::from_bits(self.next() & 0x000f_ffff_ffff_ffff),
                _ => (self.below(2_000_000) as f64 - 1e6) / 10f64.powi(self.below(8) as i32),
            }
        }
    }

    /// Brute-force shortest digits: for each length, the two candidates around the exact value
    /// that round-trip, the nearer one winning (ties to even).
    fn brute_shortest(x: f64) -> Decimal {
        let exact = Decimal::exact(x);
        let round_trips = |d: &Decimal| {
            let digits: String = d.digits.iter().map(|&v| char::from(b'0' + v)).collect();
            format!("0.{digits}e{}", d.point).parse::<f64>().unwrap() == x
        };
        for p in 1..=17usize {
            if exact.digits.len() <= p {
                return exact;
            }
            let down = Decimal {
                digits: exact.digits[..p].to_vec(),
                point: exact.point,
            };
            let mut up_digits = exact.digits[..p].to_vec();
            let mut point = exact.point;
            while up_digits.last() == Some(&9) {
                up_digits.pop();
            }
            match up_digits.last_mut() {
                Some(d) => *d += 1,
                None => {
                    up_digits.push(1);
                    point += 1;
                }
            }
            let up = Decimal {
                digits: up_digits,
                point,
            };
            let trim = |mut d: Decimal| {
                while d.digits.last() == Some(&0) {
                    d.digits.pop();
                }
                d
            };
            let (down_ok, up_ok) = (round_trips(&down), round_trips(&up));
            let rest = &exact.digits[p..];
            let up_nearer =
                rest[0] > 5 || (rest[0] == 5 && (rest.len() > 1 || exact.digits[p - 1] % 2 == 1));
            match (down_ok, up_ok) {
                (true, true) => return trim(if up_nearer { up } else { down }),
                (true, false) => return trim(down),
                (false, true) => return trim(up),
                (false, false) => {}
            }
        }
        unreachable!("17 digits always round-trip")
    }

    #[test]
    fn shortest_matches_brute_force() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for i in 0..30_000 {
            // Every third value has few fraction bits: exact ties between two shortest
            // candidates live there (e.g. 1394865425023536.25).
            let x = if i % 3 == 0 {
                let k = (rng.below(1 << 52) + (1 << 52)) as f64;
                (k + rng.below(64) as f64 / 64.0) * 2f64.powi(rng.below(60) as i32 - 50)
            } else {
                rng.float().abs()
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            assert_eq!(shortest_decimal(x), brute_shortest(x), "{x:e}");
        }
    }

    #[test]
    fn exact_rounding_matches_rust_parse() {
        // Rounding the exact expansion to 17 significant digits must give back the same double.
        let mut rng = Rng(12345);
        for _ in 0..10_000 {
            let x = rng.float().abs();
            if !x.is_finite() {
                continue;
            }
            let r = Decimal::exact(x).round_to(17);
            let digits: String = r.digits.iter().map(|&v| char::from(b'0' + v)).collect();
            let back: f64 = format!("0.{digits}0e{}", r.point).parse().unwrap();
            assert_eq!(back, x);
        }
    }

    #[test]
    fn fuzz_never_panics() {
        const ALPHABET: &[char] = &[
            '<',
            '>',
            '=',
            '^',
            '+',
            '-',
            ' ',
            'z',
            '#',
            '0',
            '1',
            '2',
            '5',
            '9',
            ',',
            '_',
            '.',
            'e',
            'E',
            'f',
            'F',
            'g',
            'G',
            'n',
            '%',
            's',
            'd',
            'x',
            'X',
            'o',
            'b',
            'c',
            'r',
            'é',
            '\u{661}',
            '\0',
            '\u{1f600}',
            '\u{ffff}',
        ];
        let mut rng = Rng(777);
        let ints = [
            "0",
            "1",
            "65",
            "1114111",
            "1114112",
            "9223372036854775808",
            "55296",
            "340282366920938463463374607431768211456",
        ];
        for _ in 0..40_000 {
            let len = rng.below(9) as usize;
            let spec: String = (0..len)
                .map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize])
                .collect();
            let x = rng.float();
            let _ = format_float(x, &spec);
            let neg = rng.below(2) == 0;
            let _ = format_int(neg, ints[rng.below(ints.len() as u64) as usize], &spec);
            let _ = format_str("héllo", &spec);
            let _ = parse_spec(&spec, "int");
            let _ = parse_float(&spec);
            let _ = round_float(x, rng.below(800) as i64 - 400);
            let flags: String = spec.chars().filter(|c| "-+ #0".contains(*c)).collect();
            let conv = ['e', 'E', 'f', 'F', 'g', 'G', 'r'][rng.below(7) as usize];
            let width = (rng.below(2) == 0).then(|| rng.below(30) as usize);
            let precision = (rng.below(2) == 0).then(|| rng.below(30) as usize);
            let _ = percent_format_float(x, &flags, width, precision, conv);
        }
    }

    #[test]
    fn huge_requests_are_errors_not_aborts() {
        let memory = |r: Result<String, Error>| r.unwrap_err().exception;
        assert_eq!(memory(format_str("a", "1000000000")), "MemoryError");
        assert_eq!(memory(format_float(1.0, ".2000000000f")), "MemoryError");
        assert_eq!(memory(format_float(1.0, "#.2000000000g")), "MemoryError");
        assert_eq!(memory(format_float(1.0, ".2000000000e")), "MemoryError");
        assert_eq!(memory(format_int(false, "1", "9999999999")), "MemoryError");
        assert_eq!(
            memory(percent_format_float(
                1.0,
                "",
                None,
                Some(2_000_000_000),
                'f'
            )),
            "MemoryError"
        );
        // 'g' without '#' never pads, so a huge precision is harmless.
        assert_eq!(
            format_float(0.1, ".2000000000g").unwrap(),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
        assert_eq!(format_str("abc", ".9999999999999").unwrap(), "abc");
    }

    #[test]
    fn parse_spec_fields() {
        let spec = parse_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(
            spec,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                coerce_negative_zero: true,
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                kind: Some('f'),
            }
        );
        let spec = parse_spec("08", "str").unwrap();
        assert_eq!(
            (spec.fill, spec.zero_pad, spec.width, spec.align),
            ('0', true, Some(8), None)
        );
        assert_eq!(
            parse_spec(",", "str").unwrap_err().message,
            "Cannot specify ',' with 's'."
        );
        assert!(parse_spec(",", "int").is_ok());
        assert!(parse_spec(",", "float").is_ok());
    }

    #[test]
    fn round_float_overflow_and_signs() {
        assert_eq!(
            round_float(1.7976931348623157e308, -308).unwrap_err(),
            Error {
                exception: "OverflowError",
                message: "rounded value too large to represent".into()
            }
        );
        assert!(round_float(-0.4, 0).unwrap().is_sign_negative());
        assert!(round_float(-1e-300, 5).unwrap().is_sign_negative());
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-3.5), -4.0);
    }

    /// The quick paths give what the full parser and layout give, for every spec they take,
    /// and take the plain specs f-strings write.
    #[test]
    fn quick_formats_match_the_full_ones() {
        let mut specs: Vec<String> = Vec::new();
        for fill_align in [
            "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "é>", "<<",
        ] {
            for zero in ["", "0"] {
                for width in ["", "0", "1", "3", "6", "05", "12", "1234", "12345"] {
                    for kind in ["", "d", "s", "x", "n", "f", "+", " ", ","] {
                        specs.push(format!("{fill_align}{zero}{width}{kind}"));
                    }
                }
            }
        }
        specs.extend(
            [
                "+5", "-5", " 5", "#x", ",", "_", ".2", "z", "5,", "５", "10.3s",
            ]
            .map(String::from),
        );
        let (mut ints_taken, mut strs_taken) = (0, 0);
        for spec in &specs {
            for n in [0, 7, -7, 42, -1234567, i64::MAX, i64::MIN] {
                let full = format_int(n < 0, &n.unsigned_abs().to_string(), spec);
                if let Some(quick) = quick_int(n, spec) {
                    assert_eq!(Ok(quick), full, "format({n}, {spec:?})");
                    ints_taken += 1;
                }
            }
            for text in ["", "a", "odd", "héllo", "日本"] {
                if let Some(quick) = quick_str(text, spec) {
                    assert_eq!(
                        Ok(quick),
                        format_str(text, spec),
                        "format({text:?}, {spec:?})"
                    );
                    strs_taken += 1;
                }
            }
        }
        assert!(
            ints_taken > 1000 && strs_taken > 1000,
            "{ints_taken} {strs_taken}"
        );
        for spec in [">6", "02d", "d", "", "<4", "^10", "*>8"] {
            assert!(quick_int(5, spec).is_some(), "{spec}");
        }
        for spec in ["<4", ">6", "", "s", "^9"] {
            assert!(quick_str("ab", spec).is_some(), "{spec}");
        }
    }
}
