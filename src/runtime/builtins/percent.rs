//! printf-style formatting: `"%s has %d items" % (name, count)`.
//!
//! The reader walks the format string the way CPython's `PyUnicode_Format` does, keeping its
//! peculiar bookkeeping of arguments (a tuple gives positional values, anything else is a
//! single value that a mapping may also serve `%(name)s` from), so that every program gets
//! CPython's result or CPython's error, raised at the same point.

use super::super::core_error::OrRaise;
use super::super::ops::to_int;
use super::super::value::Value;
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use pycore::format::{self, MAX_OUTPUT_CHARS};
use pycore::int::PyInt;

/// `format % values`.
pub fn percent_format(vm: &mut Vm, format: &str, values: &Value) -> PResult<Value> {
    let mapping = match values {
        Value::Tuple(_) | Value::Str(_) => None,
        Value::Dict(_) | Value::List(_) | Value::Range(_) => Some(values.clone()),
        Value::Instance(_) | Value::Native(_)
            if vm.special_method(values, "__getitem__").is_some() =>
        {
            Some(values.clone())
        }
        _ => None,
    };
    let (count, next) = match values {
        Value::Tuple(items) => (items.len() as i64, 0),
        _ => (SINGLE, SINGLE - 1),
    };
    let mut formatter = Formatter {
        text: format.chars().collect(),
        pos: 0,
        ran_out: false,
        arguments: values.clone(),
        count,
        next,
        mapping,
        out: String::with_capacity(format.len() + 16),
    };
    formatter.run(vm)?;
    Ok(Value::str(formatter.out))
}

/// The argument count that marks a single (non-tuple) value. With `next` starting one below
/// it, the value can be taken exactly once, and "not all arguments converted" is raised when
/// it was never taken, as CPython's `arglen = -1, argidx = -2` do.
const SINGLE: i64 = -1;

#[derive(Default)]
struct Conversion {
    left_justify: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero_pad: bool,
    width: Option<usize>,
    precision: Option<usize>,
    kind: char,
}

struct Formatter {
    text: Vec<char>,
    pos: usize,
    /// Reading went past the end of the text: the conversion is incomplete.
    ran_out: bool,
    /// A tuple of positional values, or the single value (replaced by `%(key)` lookups).
    arguments: Value,
    count: i64,
    next: i64,
    mapping: Option<Value>,
    out: String,
}

impl Formatter {
    fn run(&mut self, vm: &mut Vm) -> PResult<()> {
        while self.pos < self.text.len() {
            let start = self.pos;
            while self.pos < self.text.len() && self.text[self.pos] != '%' {
                self.pos += 1;
            }
            self.out.extend(&self.text[start..self.pos]);
            if self.pos < self.text.len() {
                self.pos += 1;
                self.conversion(vm)?;
            }
        }
        if self.next < self.count && self.mapping.is_none() {
            return Err(vm.type_error("not all arguments converted during string formatting"));
        }
        Ok(())
    }

    /// The next character of a conversion, or `None` (for good) past the end.
    fn read(&mut self) -> Option<char> {
        if self.ran_out || self.pos >= self.text.len() {
            self.ran_out = true;
            return None;
        }
        let c = self.text[self.pos];
        self.pos += 1;
        Some(c)
    }

    fn next_argument(&mut self, vm: &mut Vm) -> PResult<Value> {
        if self.next >= self.count {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let index = self.next;
        self.next += 1;
        match &self.arguments {
            Value::Tuple(items) if self.count != SINGLE => Ok(items[index as usize].clone()),
            single => Ok(single.clone()),
        }
    }

    /// One conversion, the `%` already read.
    fn conversion(&mut self, vm: &mut Vm) -> PResult<()> {
        let mut c = self.text.get(self.pos).copied().unwrap_or('\0');
        if c == '%' {
            self.pos += 1;
            self.out.push('%');
            return Ok(());
        }
        let mut spec = Conversion::default();
        if c == '(' {
            self.mapping_key(vm)?;
            c = ')';
        }
        while let Some(flag) = self.read() {
            c = flag;
            match flag {
                '-' => spec.left_justify = true,
                '+' => spec.sign = true,
                ' ' => spec.blank = true,
                '#' => spec.alternate = true,
                '0' => spec.zero_pad = true,
                _ => break,
            }
        }
        if c == '*' {
            let width = self.next_argument(vm)?;
            let width = star_argument(vm, &width, "Python int too large to convert to C ssize_t")?;
            if width < 0 {
                spec.left_justify = true;
            }
            spec.width = Some(width.unsigned_abs() as usize);
            if let Some(next) = self.read() {
                c = next;
            }
        } else if let Some(digit) = c.to_digit(10) {
            let mut width = digit as i64;
            while let Some(next) = self.read() {
                c = next;
                let Some(digit) = c.to_digit(10) else {
                    break;
                };
                width = match width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(digit as i64))
                {
                    Some(width) => width,
                    None => return Err(vm.value_error("width too big")),
                };
            }
            spec.width = Some(width as usize);
        }
        if c == '.' {
            spec.precision = Some(0);
            if let Some(next) = self.read() {
                c = next;
            }
            if c == '*' {
                let precision = self.next_argument(vm)?;
                let precision =
                    star_argument(vm, &precision, "Python int too large to convert to C int")?;
                if i32::try_from(precision).is_err() {
                    return Err(
                        vm.error("OverflowError", "Python int too large to convert to C int")
                    );
                }
                spec.precision = Some(precision.max(0) as usize);
                if let Some(next) = self.read() {
                    c = next;
                }
            } else if let Some(digit) = c.to_digit(10) {
                let mut precision = digit as i64;
                while let Some(next) = self.read() {
                    c = next;
                    let Some(digit) = c.to_digit(10) else {
                        break;
                    };
                    precision = precision * 10 + digit as i64;
                    if precision > i32::MAX as i64 {
                        return Err(vm.value_error("precision too big"));
                    }
                }
                spec.precision = Some(precision as usize);
            }
        }
        // C's length modifiers mean nothing in Python and are skipped.
        if !self.ran_out
            && matches!(c, 'h' | 'l' | 'L')
            && let Some(next) = self.read()
        {
            c = next;
        }
        if self.ran_out {
            return Err(vm.value_error("incomplete format"));
        }
        spec.kind = c;
        let value = self.next_argument(vm)?;
        self.convert(vm, &spec, &value)?;
        if self.mapping.is_some() && self.next < self.count {
            return Err(vm.type_error("not all arguments converted during string formatting"));
        }
        Ok(())
    }

    /// `%(key)`: looks the key up in the mapping, which then supplies the value to convert.
    fn mapping_key(&mut self, vm: &mut Vm) -> PResult<()> {
        let Some(mapping) = self.mapping.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        self.pos += 1;
        let start = self.pos;
        // Parentheses nest inside the key: `%(a(b))s` looks up "a(b)".
        let mut depth = 1;
        while depth > 0 {
            match self.read() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(vm.value_error("incomplete format key")),
            }
        }
        let key: String = self.text[start..self.pos - 1].iter().collect();
        self.arguments = vm.getitem(&mapping, &Value::str(key))?;
        self.count = SINGLE;
        self.next = SINGLE - 1;
        Ok(())
    }

    fn convert(&mut self, vm: &mut Vm, spec: &Conversion, value: &Value) -> PResult<()> {
        match spec.kind {
            's' | 'r' | 'a' => {
                let text = match spec.kind {
                    's' => vm.str(value)?,
                    'r' => vm.repr(value)?,
                    _ => super::strs::ascii_of(vm, value)?,
                };
                let text = match spec.precision {
                    Some(precision) => truncate_chars(&text, precision),
                    None => &text,
                };
                self.pad_text(vm, text, spec)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let int = integer_argument(vm, value, spec.kind)?;
                self.format_integer(vm, &int, spec)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_argument(vm, value)?;
                let mut flags = String::new();
                for (set, flag) in [
                    (spec.left_justify, '-'),
                    (spec.sign, '+'),
                    (spec.blank, ' '),
                    (spec.alternate, '#'),
                    (spec.zero_pad, '0'),
                ] {
                    if set {
                        flags.push(flag);
                    }
                }
                let text =
                    format::percent_format_float(x, &flags, spec.width, spec.precision, spec.kind)
                        .or_raise(vm)?;
                self.out.push_str(&text);
                Ok(())
            }
            'c' => {
                let c = character_argument(vm, value)?;
                let mut buffer = [0; 4];
                self.pad_text(vm, c.encode_utf8(&mut buffer), spec)
            }
            other => {
                let shown = if (' '..='~').contains(&other) {
                    other
                } else {
                    '?'
                };
                Err(vm.value_error(format!(
                    "unsupported format character '{shown}' ({:#x}) at index {}",
                    pycore::surrogates::code_point(other),
                    self.pos - 1
                )))
            }
        }
    }

    /// Text conversions pad with spaces whatever the flags say.
    fn pad_text(&mut self, vm: &mut Vm, text: &str, spec: &Conversion) -> PResult<()> {
        let length = text.chars().count();
        let padding = spec.width.unwrap_or(0).saturating_sub(length);
        check_size(vm, padding)?;
        if spec.left_justify {
            self.out.push_str(text);
            self.out.extend(std::iter::repeat_n(' ', padding));
        } else {
            self.out.extend(std::iter::repeat_n(' ', padding));
            self.out.push_str(text);
        }
        Ok(())
    }

    fn format_integer(&mut self, vm: &mut Vm, int: &PyInt, spec: &Conversion) -> PResult<()> {
        let magnitude = int.abs();
        let (base, prefix) = match spec.kind {
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = if base == 10 {
            magnitude.to_str().or_raise(vm)?
        } else {
            magnitude.to_string_radix(base, false)
        };
        if spec.kind == 'X' {
            digits.make_ascii_uppercase();
        }
        let prefix = if spec.alternate { prefix } else { "" };
        let sign = if int.is_negative() {
            Some('-')
        } else if spec.sign {
            Some('+')
        } else if spec.blank {
            Some(' ')
        } else {
            None
        };
        // The precision is a minimum number of digits.
        let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
        check_size(vm, zeros)?;
        let length = usize::from(sign.is_some()) + prefix.len() + zeros + digits.len();
        let padding = spec.width.unwrap_or(0).saturating_sub(length);
        check_size(vm, padding)?;
        let out = &mut self.out;
        if spec.left_justify {
            out.extend(sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', zeros));
            out.push_str(&digits);
            out.extend(std::iter::repeat_n(' ', padding));
        } else if spec.zero_pad {
            // Zero padding goes between the sign and prefix and the digits.
            out.extend(sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', padding + zeros));
            out.push_str(&digits);
        } else {
            out.extend(std::iter::repeat_n(' ', padding));
            out.extend(sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', zeros));
            out.push_str(&digits);
        }
        Ok(())
    }
}

/// Refuses padding too large to build (CPython would try and likely fail to allocate it).
fn check_size(vm: &mut Vm, size: usize) -> PResult<()> {
    if size > MAX_OUTPUT_CHARS {
        return Err(vm.looplab_cap(crate::runtime::core_error::LONGEST_FORMAT));
    }
    Ok(())
}

fn truncate_chars(text: &str, count: usize) -> &str {
    match text.char_indices().nth(count) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// A `*` width or precision: only an int will do.
fn star_argument(vm: &mut Vm, value: &Value, overflow: &str) -> PResult<i64> {
    let Some(int) = to_int(value) else {
        return Err(vm.type_error("* wants int"));
    };
    int.to_i64()
        .ok_or_else(|| vm.error("OverflowError", overflow.to_string()))
}

/// Whether CPython's `PyNumber_Check` holds: a number, or an object that can become one.
fn is_number(vm: &mut Vm, value: &Value) -> bool {
    match value {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(_) | Value::Native(_) => ["__index__", "__int__", "__float__"]
            .iter()
            .any(|method| vm.special_method(value, method).is_some()),
        _ => false,
    }
}

/// The int that `%d`, `%x`, ... convert: `%d` takes any real number (truncating floats),
/// `%o`/`%x`/`%X` only integers.
fn integer_argument(vm: &mut Vm, value: &Value, kind: char) -> PResult<PyInt> {
    if let Some(int) = to_int(value) {
        return Ok(int);
    }
    let needs_integer = matches!(kind, 'o' | 'x' | 'X');
    let wrong_type = |vm: &mut Vm| {
        let type_name = vm.type_name(value);
        let wanted = if needs_integer {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{kind} format: {wanted} is required, not {type_name}"
        ))
    };
    if !is_number(vm, value) {
        return Err(wrong_type(vm));
    }
    let converted = match value {
        Value::Float(_) if needs_integer => return Err(wrong_type(vm)),
        Value::Float(x) => super::numbers::float_to_int(vm, *x),
        _ if needs_integer => match vm.call_special(value, "__index__", Vec::new()) {
            Ok(Some(result)) if to_int(&result).is_some() => Ok(result),
            Ok(_) => return Err(wrong_type(vm)),
            Err(error) => Err(error),
        },
        _ => super::to_int_value(vm, value),
    };
    match converted {
        // Every conversion above gives an int; anything else reads as the wrong type.
        Ok(result) => to_int(&result).ok_or_else(|| wrong_type(vm)),
        // Any TypeError while converting means the value is not a suitable number.
        Err(Flow::Exception(error)) if vm.is_exception(&error, "TypeError") => Err(wrong_type(vm)),
        Err(error) => Err(error),
    }
}

/// The float that `%f`, `%e`, `%g`, ... convert (CPython's `PyFloat_AsDouble`).
fn float_argument(vm: &mut Vm, value: &Value) -> PResult<f64> {
    if let Value::Float(x) = value {
        return Ok(*x);
    }
    if let Some(int) = to_int(value) {
        return int.to_f64().or_raise(vm);
    }
    if matches!(value, Value::Instance(_) | Value::Native(_)) {
        if let Some(result) = vm.call_special(value, "__float__", Vec::new())? {
            return match result {
                Value::Float(x) => Ok(x),
                other => {
                    let (owner, returned) = (vm.type_name(value), vm.type_name(&other));
                    Err(vm.type_error(format!(
                        "{owner}.__float__ returned non-float (type {returned})"
                    )))
                }
            };
        }
        if let Some(result) = vm.call_special(value, "__index__", Vec::new())?
            && let Some(int) = to_int(&result)
        {
            return int.to_f64().or_raise(vm);
        }
    }
    let type_name = vm.type_name(value);
    Err(vm.type_error(format!("must be real number, not {type_name}")))
}

/// The character `%c` converts: a one-character string or a code point.
fn character_argument(vm: &mut Vm, value: &Value) -> PResult<char> {
    let wrong_type = "%c requires int or char";
    let code = match value {
        Value::Str(text) if text.char_len() == 1 => return Ok(text.char_at(0)),
        Value::Str(_) => return Err(vm.type_error(wrong_type)),
        other => match to_int(other) {
            Some(int) => int,
            None => match vm.call_special(other, "__index__", Vec::new()) {
                Ok(Some(result)) => match to_int(&result) {
                    Some(int) => int,
                    None => return Err(vm.type_error(wrong_type)),
                },
                Ok(None) => return Err(vm.type_error(wrong_type)),
                Err(Flow::Exception(error)) if vm.is_exception(&error, "TypeError") => {
                    return Err(vm.type_error(wrong_type));
                }
                Err(error) => return Err(error),
            },
        },
    };
    let code = code.to_i64().unwrap_or(i64::MAX);
    if !(0..=0x10ffff).contains(&code) {
        return Err(vm.error("OverflowError", "%c arg not in range(0x110000)"));
    }
    // Every code point in range has a char, surrogates their stand-ins.
    Ok(pycore::surrogates::to_char(code as u32).unwrap_or(char::REPLACEMENT_CHARACTER))
}
