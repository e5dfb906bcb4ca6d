//! `bytes` and `bytearray`: sequences of small ints (0..=255), immutable and mutable, with
//! CPython's methods, reprs, codecs (UTF-8, ASCII, Latin-1) and error messages.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::super::PResult;
use super::super::ops::to_int;
use super::super::value::{Args, Class, NativeObject, Value};
use super::super::vm::Vm;
use super::add_method;

/// An immutable `bytes` value.
pub struct Bytes {
    pub data: Rc<[u8]>,
}

/// A mutable `bytearray`.
pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
}

impl NativeObject for Bytes {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.bytes.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for ByteArray {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.bytearray.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Which of the two types a method works on (and makes, for methods that return a copy).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => bytes_value(data),
            Kind::ByteArray => bytearray_value(data),
        }
    }
}

pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::Native(Rc::new(Bytes {
        data: Rc::from(data),
    }))
}

pub fn bytearray_value(data: Vec<u8>) -> Value {
    Value::Native(Rc::new(ByteArray {
        data: RefCell::new(data),
    }))
}

/// Whether `value` is a `bytes` or a `bytearray` (without copying it).
pub fn is_bytes_like(value: &Value) -> bool {
    value.native::<Bytes>().is_some() || value.native::<ByteArray>().is_some()
}

/// The contents of a bytes-like value (`bytes` or `bytearray`), copied.
pub fn bytes_like(value: &Value) -> Option<Vec<u8>> {
    if let Some(bytes) = value.native::<Bytes>() {
        return Some(bytes.data.to_vec());
    }
    value
        .native::<ByteArray>()
        .map(|array| array.data.borrow().clone())
}

fn kind_of(value: &Value) -> Option<Kind> {
    if value.native::<Bytes>().is_some() {
        Some(Kind::Bytes)
    } else if value.native::<ByteArray>().is_some() {
        Some(Kind::ByteArray)
    } else {
        None
    }
}

/// The receiver of a method: its bytes and kind, from `this` or the first argument.
fn receiver(
    vm: &mut Vm,
    this: Option<&Value>,
    mut args: Args,
    kind: Kind,
    name: &str,
) -> PResult<(Vec<u8>, Value, Args)> {
    let me = match this {
        Some(me) => me.clone(),
        None if args.positional.is_empty() => {
            return Err(vm.type_error(format!(
                "unbound method {}.{name}() needs an argument",
                kind.name()
            )));
        }
        None => args.positional.remove(0),
    };
    match (kind_of(&me), bytes_like(&me)) {
        (Some(found), Some(data)) if found == kind => Ok((data, me, args)),
        _ => {
            let type_name = vm.type_name(&me);
            Err(vm.type_error(format!(
                "descriptor '{name}' for '{}' objects doesn't apply to a '{type_name}' object",
                kind.name()
            )))
        }
    }
}

/// A bytes-like argument, or CPython's "a bytes-like object is required" error.
fn bytes_argument(vm: &mut Vm, value: &Value) -> PResult<Vec<u8>> {
    match bytes_like(value) {
        Some(data) => Ok(data),
        None => {
            let type_name = vm.type_name(value);
            Err(vm.type_error(format!(
                "a bytes-like object is required, not '{type_name}'"
            )))
        }
    }
}

/// An argument that is a bytes-like object or an int in 0..=255 (`b"abc".find(98)`).
fn sub_argument(vm: &mut Vm, value: &Value) -> PResult<Vec<u8>> {
    if let Some(int) = to_int(value) {
        return match int.to_i64() {
            Some(byte @ 0..=255) => Ok(vec![byte as u8]),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    match bytes_like(value) {
        Some(data) => Ok(data),
        None => {
            let type_name = vm.type_name(value);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{type_name}'"
            )))
        }
    }
}

/// One byte value from an int, as `bytearray.append` and `bytes([...])` check it.
fn byte_of(vm: &mut Vm, value: &Value) -> PResult<u8> {
    match to_int(value) {
        Some(int) => match int.to_i64() {
            Some(byte @ 0..=255) => Ok(byte as u8),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => {
            let type_name = vm.type_name(value);
            Err(vm.type_error(format!(
                "'{type_name}' object cannot be interpreted as an integer"
            )))
        }
    }
}

// ------------------------------------------------------------------------------------------
// Making bytes: constructors, literals, codecs.
// ------------------------------------------------------------------------------------------

/// `bytes(...)` / `bytearray(...)`: from nothing, a size, a str and an encoding, a
/// bytes-like object or an iterable of ints.
fn construct(vm: &mut Vm, kind: Kind, args: Args) -> PResult<Vec<u8>> {
    let mut args = args;
    let encoding = args.take_keyword("encoding");
    let errors = args.take_keyword("errors");
    let source = match args.take_keyword("source") {
        Some(source) => Some(source),
        None if !args.positional.is_empty() => Some(args.positional.remove(0)),
        None => None,
    };
    let mut rest = args.positional.into_iter();
    let encoding = encoding.or_else(|| rest.next());
    let errors = errors.or_else(|| rest.next());
    if rest.next().is_some() || !args.keywords.is_empty() {
        return Err(vm.type_error(format!("{}() takes at most 3 arguments", kind.name())));
    }
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(text) = &source {
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let encoding = vm.str(&encoding)?;
        let errors = match errors {
            Some(errors) => vm.str(&errors)?,
            None => "strict".to_string(),
        };
        return encode(vm, text.as_str(), &encoding, &errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(data) = bytes_like(&source) {
        return Ok(data);
    }
    if let Some(int) = to_int(&source) {
        return match int.to_i64() {
            Some(size) if size >= 0 => Ok(vec![0; size as usize]),
            Some(_) => Err(vm.value_error("negative count")),
            None => Err(vm.error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    if let Some(result) = vm.call_special(&source, "__bytes__", Vec::new())? {
        return match bytes_like(&result) {
            Some(data) if kind_of(&result) == Some(Kind::Bytes) => Ok(data),
            _ => {
                let type_name = vm.type_name(&result);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {type_name})")))
            }
        };
    }
    if vm.special_method(&source, "__iter__").is_none()
        && vm.special_method(&source, "__getitem__").is_none()
    {
        let type_name = vm.type_name(&source);
        return Err(vm.type_error(format!(
            "cannot convert '{type_name}' object to {}",
            kind.name()
        )));
    }
    let items = vm.collect(&source)?;
    let mut data = Vec::with_capacity(items.len());
    for item in &items {
        match to_int(item).map(|int| int.to_i64()) {
            Some(Some(byte @ 0..=255)) => data.push(byte as u8),
            Some(_) if kind == Kind::Bytes => {
                return Err(vm.value_error("bytes must be in range(0, 256)"));
            }
            Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
            None => {
                let type_name = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "'{type_name}' object cannot be interpreted as an integer"
                )));
            }
        }
    }
    Ok(data)
}

fn bytes_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    super::take_class(vm, &mut args, "bytes")?;
    Ok(bytes_value(construct(vm, Kind::Bytes, args)?))
}

fn bytearray_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    super::take_class(vm, &mut args, "bytearray")?;
    Ok(bytearray_value(construct(vm, Kind::ByteArray, args)?))
}

/// The canonical name of a codec Looplab has, or `None`.
fn codec(name: &str) -> Option<&'static str> {
    let normal = name.to_ascii_lowercase().replace(['_', ' '], "-");
    match normal.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" => Some("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Some("latin-1")
        }
        _ => None,
    }
}

fn unknown_encoding(vm: &mut Vm, name: &str) -> super::super::Flow {
    vm.error("LookupError", format!("unknown encoding: {name}"))
}

fn check_errors(vm: &mut Vm, errors: &str) -> PResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "surrogatepass" => Ok(()),
        other => Err(vm.error(
            "LookupError",
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PResult<Vec<u8>> {
    let Some(codec) = codec(encoding) else {
        return Err(unknown_encoding(vm, encoding));
    };
    if codec == "utf-8" {
        if errors == "strict" {
            vm.check_encodes_to_utf8(text)?;
        }
        return Ok(text.as_bytes().to_vec());
    }
    let limit = if codec == "ascii" { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(text.len());
    for (index, ch) in text.chars().enumerate() {
        if (ch as u32) < limit {
            out.push(ch as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(vm.unicode_encode_error(codec, text, index, index + 1, &reason));
            }
            other => {
                return Err(vm.error(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    let Some(codec) = codec(encoding) else {
        return Err(unknown_encoding(vm, encoding));
    };
    check_errors(vm, errors)?;
    match codec {
        "latin-1" => Ok(data.iter().map(|&b| b as char).collect()),
        "ascii" => {
            let mut out = String::with_capacity(data.len());
            for (index, &byte) in data.iter().enumerate() {
                if byte < 0x80 {
                    out.push(byte as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(decode_error(
                                vm,
                                "ascii",
                                data,
                                index,
                                index + 1,
                                "ordinal not in range(128)",
                            ));
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => decode_utf8(vm, data, errors),
    }
}

fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str) -> PResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return Ok(out);
            }
            Err(error) => {
                let valid = error.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or_default());
                let start = offset + valid;
                let (skip, reason) = match error.error_len() {
                    None => (rest.len() - valid, "unexpected end of data"),
                    Some(len) => {
                        let lead = rest[valid];
                        let reason = if (0xC2..=0xF4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (len, reason)
                    }
                };
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        let end = if error.error_len().is_none() {
                            data.len()
                        } else {
                            start + 1
                        };
                        return Err(decode_error(vm, "utf-8", data, start, end, reason));
                    }
                }
                offset += valid + skip;
                rest = &rest[valid + skip..];
            }
        }
    }
}

fn decode_error(
    vm: &mut Vm,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> super::super::Flow {
    vm.unicode_error(
        "UnicodeDecodeError",
        encoding,
        bytes_value(data.to_vec()),
        start,
        end,
        reason,
    )
}

/// The message of a `UnicodeDecodeError` (as its `__str__` writes it).
pub fn decode_error_message(
    encoding: &str,
    object: &Value,
    start: i64,
    end: i64,
    reason: &str,
) -> Option<String> {
    let data = bytes_like(object)?;
    if end == start + 1
        && let Some(byte) = usize::try_from(start).ok().and_then(|at| data.get(at))
    {
        return Some(format!(
            "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
        ));
    }
    Some(format!(
        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    ))
}

// ------------------------------------------------------------------------------------------
// repr and hex.
// ------------------------------------------------------------------------------------------

/// `repr(b'...')` as CPython writes it: single quotes unless the data has a single quote
/// and no double quote; `\t`, `\n`, `\r`, `\\` and `\xhh` for other non-printable bytes.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in data {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    out
}

fn repr_of(kind: Kind, data: &[u8]) -> String {
    match kind {
        Kind::Bytes => bytes_repr(data),
        Kind::ByteArray => format!("bytearray({})", bytes_repr(data)),
    }
}

/// The bytes the str argument of `fromhex` spells.
fn from_hex_argument(vm: &mut Vm, args: Args) -> PResult<Vec<u8>> {
    let text = args.positional.last().cloned().unwrap_or(Value::None);
    let Value::Str(text) = &text else {
        let type_name = vm.type_name(&text);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {type_name}")));
    };
    from_hex(vm, text.as_str())
}

/// `bytes.fromhex(text)`: pairs of hex digits, spaces between pairs allowed.
fn from_hex(vm: &mut Vm, text: &str) -> PResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if chars[index].is_ascii_whitespace() {
            index += 1;
            continue;
        }
        let high = chars[index].to_digit(16);
        let low = chars.get(index + 1).and_then(|c| c.to_digit(16));
        match (high, low) {
            (Some(high), Some(low)) => out.push((high * 16 + low) as u8),
            (Some(_), None) if index + 1 >= chars.len() => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    index + 1
                )));
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    index + 1
                )));
            }
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {index}"
                )));
            }
        }
        index += 2;
    }
    Ok(out)
}

fn to_hex(data: &[u8], separator: Option<&str>, group: i64) -> String {
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(separator) = separator else {
        return digits.concat();
    };
    let size = group.unsigned_abs().max(1) as usize;
    let mut groups: Vec<String> = Vec::new();
    if group >= 0 {
        // Groups counted from the right.
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(size);
            groups.insert(0, digits[start..end].concat());
            end = start;
        }
    } else {
        for chunk in digits.chunks(size) {
            groups.push(chunk.concat());
        }
    }
    groups.join(separator)
}

// ------------------------------------------------------------------------------------------
// The methods.
// ------------------------------------------------------------------------------------------

fn optional_range(vm: &mut Vm, args: &[Value], length: usize) -> PResult<(usize, usize)> {
    let bound = |vm: &mut Vm, value: Option<&Value>, default: usize| -> PResult<usize> {
        match value {
            None | Some(Value::None) => Ok(default),
            Some(value) => {
                let index = super::expect_int(vm, value, "")?;
                let length = length as i64;
                let index = if index < 0 { index + length } else { index };
                Ok(index.clamp(0, length) as usize)
            }
        }
    };
    let start = bound(vm, args.first(), 0)?;
    let end = bound(vm, args.get(1), length)?;
    Ok((start, end))
}

/// Where `needle` first (or, `from_right`, last) occurs in `haystack[start..end]`.
fn find_in(
    haystack: &[u8],
    needle: &[u8],
    start: usize,
    end: usize,
    from_right: bool,
) -> Option<usize> {
    if start > end || end > haystack.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(if from_right { end } else { start });
    }
    let mut windows = haystack[start..end].windows(needle.len());
    let at = if from_right {
        windows.rposition(|w| w == needle)
    } else {
        windows.position(|w| w == needle)
    };
    at.map(|at| at + start)
}

fn count_in(haystack: &[u8], needle: &[u8], start: usize, end: usize) -> usize {
    if start > end || end > haystack.len() {
        return 0;
    }
    let window = &haystack[start..end];
    if needle.is_empty() {
        return window.len() + 1;
    }
    let mut count = 0;
    let mut at = 0;
    while at + needle.len() <= window.len() {
        if &window[at..at + needle.len()] == needle {
            count += 1;
            at += needle.len();
        } else {
            at += 1;
        }
    }
    count
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut at = 0;
    let mut splits = 0;
    while at < data.len() {
        while at < data.len() && is_space(data[at]) {
            at += 1;
        }
        if at >= data.len() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            let mut end = data.len();
            while end > at && is_space(data[end - 1]) {
                end -= 1;
            }
            parts.push(data[at..end].to_vec());
            return parts;
        }
        let start = at;
        while at < data.len() && !is_space(data[at]) {
            at += 1;
        }
        parts.push(data[start..at].to_vec());
        splits += 1;
    }
    parts
}

fn split_on(data: &[u8], separator: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut splits = 0;
    let mut at = 0;
    while at + separator.len() <= data.len() {
        if (maxsplit < 0 || splits < maxsplit) && &data[at..at + separator.len()] == separator {
            parts.push(data[start..at].to_vec());
            at += separator.len();
            start = at;
            splits += 1;
        } else {
            at += 1;
        }
    }
    parts.push(data[start..].to_vec());
    parts
}

fn strip_set(data: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let strips = |byte: u8| match chars {
        Some(chars) => chars.contains(&byte),
        None => is_space(byte),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strips(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strips(data[end - 1]) {
            end -= 1;
        }
    }
    data[start..end].to_vec()
}

fn list_of(kind: Kind, parts: Vec<Vec<u8>>) -> Value {
    Value::list(parts.into_iter().map(|part| kind.make(part)).collect())
}

fn maxsplit_of(vm: &mut Vm, args: &mut Args, position: usize) -> PResult<i64> {
    let value = args
        .take_keyword("maxsplit")
        .or_else(|| args.positional.get(position).cloned());
    match value {
        Some(value) => super::expect_int(vm, &value, ""),
        None => Ok(-1),
    }
}

fn separator_of(vm: &mut Vm, args: &mut Args) -> PResult<Option<Vec<u8>>> {
    let value = args
        .take_keyword("sep")
        .or_else(|| args.positional.first().cloned());
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => {
            let separator = bytes_argument(vm, &value)?;
            if separator.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Ok(Some(separator))
        }
    }
}

/// The string argument of `decode` (`encoding` or `errors`), or its default.
fn text_argument(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    position: usize,
    default: &str,
) -> PResult<String> {
    let value = args
        .take_keyword(name)
        .or_else(|| args.positional.get(position).cloned());
    match &value {
        None => Ok(default.to_string()),
        Some(Value::Str(text)) => Ok(text.as_str().to_string()),
        Some(other) => {
            let type_name = vm.type_name(other);
            Err(vm.type_error(format!(
                "decode() argument '{name}' must be str, not {type_name}"
            )))
        }
    }
}

/// Defines the methods common to both types, for one of them.
fn install_common(class: &Rc<Class>, kind: Kind) {
    // Each body is compiled once, for both types (the download pays for every copy).
    macro_rules! method {
        ($name:literal, $body:expr) => {{
            fn body(vm: &mut Vm, this: Option<&Value>, args: Args, kind: Kind) -> PResult<Value> {
                ($body)(vm, this, args, kind)
            }
            add_method(
                class,
                $name,
                match kind {
                    Kind::Bytes => |vm, this, args| body(vm, this, args, Kind::Bytes),
                    Kind::ByteArray => |vm, this, args| body(vm, this, args, Kind::ByteArray),
                },
            );
        }};
    }
    method!("__repr__", |vm: &mut Vm, this, args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "__repr__")?;
        Ok(Value::str(repr_of(kind, &data)))
    });
    method!("__len__", |vm: &mut Vm, this, args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "__len__")?;
        Ok(Value::Int(data.len() as i64))
    });
    method!("__iter__", |vm: &mut Vm, this, args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "__iter__")?;
        let items = Value::list(data.iter().map(|&b| Value::Int(b as i64)).collect());
        vm.iter(&items)
    });
    method!("__getitem__", |vm: &mut Vm,
                            this,
                            args: Args,
                            kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "__getitem__")?;
        let key = args.positional.first().cloned().unwrap_or(Value::None);
        if let Value::Slice(slice) = &key {
            let bounds = vm.slice_bounds(slice, data.len())?;
            return Ok(kind.make(bounds.indices().map(|i| data[i]).collect()));
        }
        if to_int(&key).is_none() {
            let type_name = vm.type_name(&key);
            return Err(vm.type_error(format!(
                "{} indices must be integers or slices, not {type_name}",
                if kind == Kind::Bytes {
                    "byte"
                } else {
                    "bytearray"
                }
            )));
        }
        let what = if kind == Kind::Bytes {
            "index"
        } else {
            "bytearray index"
        };
        let index = super::expect_int(vm, &key, "")?;
        let length = data.len() as i64;
        let at = if index < 0 { index + length } else { index };
        if at < 0 || at >= length {
            return Err(vm.error("IndexError", format!("{what} out of range")));
        }
        Ok(Value::Int(data[at as usize] as i64))
    });
    method!("__contains__", |vm: &mut Vm,
                             this,
                             args: Args,
                             kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "__contains__")?;
        let item = args.positional.first().cloned().unwrap_or(Value::None);
        let needle = sub_argument(vm, &item)?;
        Ok(Value::Bool(
            find_in(&data, &needle, 0, data.len(), false).is_some(),
        ))
    });
    for (name, op) in [
        ("__eq__", 0u8),
        ("__ne__", 1),
        ("__lt__", 2),
        ("__le__", 3),
        ("__gt__", 4),
        ("__ge__", 5),
    ] {
        let func: super::super::value::NativeFn = match (kind, op) {
            (Kind::Bytes, 0) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 0),
            (Kind::Bytes, 1) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 1),
            (Kind::Bytes, 2) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 2),
            (Kind::Bytes, 3) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 3),
            (Kind::Bytes, 4) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 4),
            (Kind::Bytes, _) => |vm, this, args| compare(vm, this, args, Kind::Bytes, 5),
            (Kind::ByteArray, 0) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 0),
            (Kind::ByteArray, 1) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 1),
            (Kind::ByteArray, 2) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 2),
            (Kind::ByteArray, 3) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 3),
            (Kind::ByteArray, 4) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 4),
            (Kind::ByteArray, _) => |vm, this, args| compare(vm, this, args, Kind::ByteArray, 5),
        };
        add_method(class, name, func);
    }
    method!("__add__", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (mut data, _, args) = receiver(vm, this, args, kind, "__add__")?;
        let other = args.positional.first().cloned().unwrap_or(Value::None);
        let Some(more) = bytes_like(&other) else {
            let type_name = vm.type_name(&other);
            return Err(vm.type_error(format!("can't concat {type_name} to {}", kind.name())));
        };
        data.extend(more);
        Ok(kind.make(data))
    });
    method!("__mul__", repeat);
    method!("__rmul__", repeat);
    method!("__mod__", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "__mod__")?;
        let values = args.positional.first().cloned().unwrap_or(Value::None);
        Ok(kind.make(percent(vm, &data, &values)?))
    });
    method!("decode", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, mut args) = receiver(vm, this, args, kind, "decode")?;
        let encoding = text_argument(vm, &mut args, "encoding", 0, "utf-8")?;
        let errors = text_argument(vm, &mut args, "errors", 1, "strict")?;
        Ok(Value::str(decode(vm, &data, &encoding, &errors)?))
    });
    method!("hex", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, mut args) = receiver(vm, this, args, kind, "hex")?;
        let separator = args
            .take_keyword("sep")
            .or_else(|| args.positional.first().cloned());
        let group = match args
            .take_keyword("bytes_per_sep")
            .or_else(|| args.positional.get(1).cloned())
        {
            Some(value) => super::expect_int(vm, &value, "")?,
            None => 1,
        };
        let separator = match &separator {
            None => None,
            Some(Value::Str(text)) => Some(text.as_str().to_string()),
            Some(other) => match bytes_like(other) {
                Some(data) => Some(data.iter().map(|&b| b as char).collect()),
                None => return Err(vm.type_error("sep must be str or bytes.")),
            },
        };
        if separator.as_ref().is_some_and(|s| s.chars().count() != 1) {
            return Err(vm.value_error("sep must be length 1."));
        }
        Ok(Value::str(to_hex(&data, separator.as_deref(), group)))
    });
    method!("find", |vm: &mut Vm, this, args: Args, kind: Kind| {
        search(vm, this, args, kind, "find")
    });
    method!("rfind", |vm: &mut Vm, this, args: Args, kind: Kind| {
        search(vm, this, args, kind, "rfind")
    });
    method!("index", |vm: &mut Vm, this, args: Args, kind: Kind| {
        search(vm, this, args, kind, "index")
    });
    method!("rindex", |vm: &mut Vm, this, args: Args, kind: Kind| {
        search(vm, this, args, kind, "rindex")
    });
    method!("count", |vm: &mut Vm, this, args: Args, kind: Kind| {
        search(vm, this, args, kind, "count")
    });
    method!("startswith", |vm: &mut Vm, this, args: Args, kind: Kind| {
        affix(vm, this, args, kind, true)
    });
    method!("endswith", |vm: &mut Vm, this, args: Args, kind: Kind| {
        affix(vm, this, args, kind, false)
    });
    method!("replace", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "replace")?;
        let old = bytes_argument(vm, args.positional.first().unwrap_or(&Value::None))?;
        let new = bytes_argument(vm, args.positional.get(1).unwrap_or(&Value::None))?;
        let limit = match args.positional.get(2) {
            Some(value) => super::expect_int(vm, value, "")?,
            None => -1,
        };
        Ok(kind.make(replace(&data, &old, &new, limit)))
    });
    method!("split", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, mut args) = receiver(vm, this, args, kind, "split")?;
        let separator = separator_of(vm, &mut args)?;
        let maxsplit = maxsplit_of(vm, &mut args, 1)?;
        Ok(list_of(
            kind,
            match separator {
                Some(separator) => split_on(&data, &separator, maxsplit),
                None => split_whitespace(&data, maxsplit),
            },
        ))
    });
    method!("rsplit", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, mut args) = receiver(vm, this, args, kind, "rsplit")?;
        let separator = separator_of(vm, &mut args)?;
        let maxsplit = maxsplit_of(vm, &mut args, 1)?;
        // Split the reversed data, then reverse back.
        let reversed: Vec<u8> = data.iter().rev().copied().collect();
        let mut parts = match separator {
            Some(separator) => {
                let separator: Vec<u8> = separator.iter().rev().copied().collect();
                split_on(&reversed, &separator, maxsplit)
            }
            None => split_whitespace(&reversed, maxsplit),
        };
        parts.reverse();
        for part in &mut parts {
            part.reverse();
        }
        Ok(list_of(kind, parts))
    });
    method!("splitlines", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, mut args) = receiver(vm, this, args, kind, "splitlines")?;
        let keepends = match args
            .take_keyword("keepends")
            .or_else(|| args.positional.first().cloned())
        {
            Some(value) => vm.truthy(&value)?,
            None => false,
        };
        let mut parts = Vec::new();
        let mut start = 0;
        let mut at = 0;
        while at < data.len() {
            let end_of_line = match data[at] {
                b'\r' if data.get(at + 1) == Some(&b'\n') => Some(2),
                b'\r' | b'\n' => Some(1),
                _ => None,
            };
            if let Some(width) = end_of_line {
                let end = if keepends { at + width } else { at };
                parts.push(data[start..end].to_vec());
                at += width;
                start = at;
            } else {
                at += 1;
            }
        }
        if start < data.len() {
            parts.push(data[start..].to_vec());
        }
        Ok(list_of(kind, parts))
    });
    for (name, left, right) in [
        ("strip", true, true),
        ("lstrip", true, false),
        ("rstrip", false, true),
    ] {
        let func: super::super::value::NativeFn = match (kind, left, right) {
            (Kind::Bytes, true, true) => {
                |vm, this, args| strip(vm, this, args, Kind::Bytes, true, true)
            }
            (Kind::Bytes, true, false) => {
                |vm, this, args| strip(vm, this, args, Kind::Bytes, true, false)
            }
            (Kind::Bytes, _, _) => |vm, this, args| strip(vm, this, args, Kind::Bytes, false, true),
            (Kind::ByteArray, true, true) => {
                |vm, this, args| strip(vm, this, args, Kind::ByteArray, true, true)
            }
            (Kind::ByteArray, true, false) => {
                |vm, this, args| strip(vm, this, args, Kind::ByteArray, true, false)
            }
            (Kind::ByteArray, _, _) => {
                |vm, this, args| strip(vm, this, args, Kind::ByteArray, false, true)
            }
        };
        add_method(class, name, func);
    }
    method!("join", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (separator, _, args) = receiver(vm, this, args, kind, "join")?;
        let iterable = args.positional.first().cloned().unwrap_or(Value::None);
        let items = vm.collect(&iterable)?;
        let mut out = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let Some(data) = bytes_like(item) else {
                let type_name = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {index}: expected a bytes-like object, {type_name} found"
                )));
            };
            if index > 0 {
                out.extend_from_slice(&separator);
            }
            out.extend(data);
        }
        Ok(kind.make(out))
    });
    method!("partition", |vm: &mut Vm, this, args: Args, kind: Kind| {
        partition(vm, this, args, kind, false)
    });
    method!("rpartition", |vm: &mut Vm, this, args: Args, kind: Kind| {
        partition(vm, this, args, kind, true)
    });
    method!("removeprefix", |vm: &mut Vm,
                             this,
                             args: Args,
                             kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "removeprefix")?;
        let prefix = bytes_argument(vm, args.positional.first().unwrap_or(&Value::None))?;
        Ok(kind.make(
            data.strip_prefix(prefix.as_slice())
                .unwrap_or(&data)
                .to_vec(),
        ))
    });
    method!("removesuffix", |vm: &mut Vm,
                             this,
                             args: Args,
                             kind: Kind| {
        let (data, _, args) = receiver(vm, this, args, kind, "removesuffix")?;
        let suffix = bytes_argument(vm, args.positional.first().unwrap_or(&Value::None))?;
        Ok(kind.make(
            data.strip_suffix(suffix.as_slice())
                .unwrap_or(&data)
                .to_vec(),
        ))
    });
    method!("upper", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "upper")?;
        Ok(kind.make(data.to_ascii_uppercase()))
    });
    method!("lower", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "lower")?;
        Ok(kind.make(data.to_ascii_lowercase()))
    });
    method!("isdigit", |vm: &mut Vm, this, args: Args, kind: Kind| {
        test_all(vm, this, args, kind, "isdigit", |b| b.is_ascii_digit())
    });
    method!("isalpha", |vm: &mut Vm, this, args: Args, kind: Kind| {
        test_all(vm, this, args, kind, "isalpha", |b| b.is_ascii_alphabetic())
    });
    method!("isalnum", |vm: &mut Vm, this, args: Args, kind: Kind| {
        test_all(vm, this, args, kind, "isalnum", |b| {
            b.is_ascii_alphanumeric()
        })
    });
    method!("isspace", |vm: &mut Vm, this, args: Args, kind: Kind| {
        test_all(vm, this, args, kind, "isspace", is_space)
    });
    method!("isascii", |vm: &mut Vm, this, args: Args, kind: Kind| {
        let (data, _, _) = receiver(vm, this, args, kind, "isascii")?;
        Ok(Value::Bool(data.is_ascii()))
    });
}

fn test_all(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    kind: Kind,
    name: &str,
    test: fn(u8) -> bool,
) -> PResult<Value> {
    let (data, _, _) = receiver(vm, this, args, kind, name)?;
    Ok(Value::Bool(
        !data.is_empty() && data.iter().all(|&b| test(b)),
    ))
}

fn repeat(vm: &mut Vm, this: Option<&Value>, args: Args, kind: Kind) -> PResult<Value> {
    let (data, _, args) = receiver(vm, this, args, kind, "__mul__")?;
    let count = args.positional.first().cloned().unwrap_or(Value::None);
    if to_int(&count).is_none() {
        return Ok(Value::NotImplemented);
    }
    let count = super::expect_int(vm, &count, "")?.max(0) as usize;
    if data.len().saturating_mul(count) > 1 << 31 {
        return Err(vm.error("MemoryError", ""));
    }
    Ok(kind.make(data.repeat(count)))
}

fn compare(vm: &mut Vm, this: Option<&Value>, args: Args, kind: Kind, op: u8) -> PResult<Value> {
    let (data, _, args) = receiver(vm, this, args, kind, "__eq__")?;
    let other = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(other) = bytes_like(&other) else {
        return Ok(Value::NotImplemented);
    };
    let ordering = data.cmp(&other);
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match op {
        0 => ordering == Equal,
        1 => ordering != Equal,
        2 => ordering == Less,
        3 => ordering != Greater,
        4 => ordering == Greater,
        _ => ordering != Less,
    }))
}

fn search(vm: &mut Vm, this: Option<&Value>, args: Args, kind: Kind, name: &str) -> PResult<Value> {
    let (data, _, args) = receiver(vm, this, args, kind, name)?;
    let Some(sub) = args.positional.first().cloned() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let needle = sub_argument(vm, &sub)?;
    let (start, end) = optional_range(vm, &args.positional[1..], data.len())?;
    let found = match name {
        "find" | "index" => find_in(&data, &needle, start, end, false),
        "rfind" | "rindex" => find_in(&data, &needle, start, end, true),
        _ => return Ok(Value::Int(count_in(&data, &needle, start, end) as i64)),
    };
    match (found, name) {
        (Some(at), _) => Ok(Value::Int(at as i64)),
        (None, "index" | "rindex") => Err(vm.value_error("subsection not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

fn affix(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    kind: Kind,
    prefix: bool,
) -> PResult<Value> {
    let name = if prefix { "startswith" } else { "endswith" };
    let (data, _, args) = receiver(vm, this, args, kind, name)?;
    let wanted = args.positional.first().cloned().unwrap_or(Value::None);
    let (start, end) = optional_range(
        vm,
        &args.positional[1.min(args.positional.len())..],
        data.len(),
    )?;
    let window = if start <= end {
        &data[start..end]
    } else {
        &data[0..0]
    };
    let candidates: Vec<Value> = match &wanted {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for candidate in candidates {
        let Some(affix) = bytes_like(&candidate) else {
            let type_name = vm.type_name(&candidate);
            return Err(vm.type_error(if matches!(wanted, Value::Tuple(_)) {
                format!("a bytes-like object is required, not '{type_name}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {type_name}")
            }));
        };
        let hit = if prefix {
            window.starts_with(&affix)
        } else {
            window.ends_with(&affix)
        };
        if hit && start <= end {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn replace(data: &[u8], old: &[u8], new: &[u8], limit: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0i64;
    if old.is_empty() {
        for (index, &byte) in data.iter().enumerate() {
            if limit < 0 || done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(byte);
            let _ = index;
        }
        if limit < 0 || done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut at = 0;
    while at < data.len() {
        if (limit < 0 || done < limit) && data[at..].starts_with(old) {
            out.extend_from_slice(new);
            at += old.len();
            done += 1;
        } else {
            out.push(data[at]);
            at += 1;
        }
    }
    out
}

fn strip(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    kind: Kind,
    left: bool,
    right: bool,
) -> PResult<Value> {
    let (data, _, args) = receiver(vm, this, args, kind, "strip")?;
    let chars = match args.positional.first() {
        None | Some(Value::None) => None,
        Some(value) => Some(bytes_argument(vm, value)?),
    };
    Ok(kind.make(strip_set(&data, chars.as_deref(), left, right)))
}

fn partition(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    kind: Kind,
    from_right: bool,
) -> PResult<Value> {
    let (data, _, args) = receiver(vm, this, args, kind, "partition")?;
    let separator = bytes_argument(vm, args.positional.first().unwrap_or(&Value::None))?;
    if separator.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = find_in(&data, &separator, 0, data.len(), from_right);
    let parts = match found {
        Some(at) => [
            data[..at].to_vec(),
            separator.clone(),
            data[at + separator.len()..].to_vec(),
        ],
        None if from_right => [Vec::new(), Vec::new(), data.clone()],
        None => [data.clone(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| kind.make(p)).collect(),
    ))
}

/// `b"..." % values`: the bytes as Latin-1 text through str's formatting, where `%s` takes
/// bytes-like values (and never a str, as CPython refuses).
fn percent(vm: &mut Vm, format: &[u8], values: &Value) -> PResult<Vec<u8>> {
    let as_text = |vm: &mut Vm, value: &Value| -> PResult<Value> {
        if let Value::Str(_) = value {
            return Err(vm.type_error(
                "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
            ));
        }
        Ok(match bytes_like(value) {
            Some(data) => Value::str(data.iter().map(|&b| b as char).collect::<String>()),
            None => value.clone(),
        })
    };
    let values = match values {
        Value::Tuple(items) => {
            let mut converted = Vec::with_capacity(items.len());
            for item in items.iter() {
                converted.push(as_text(vm, item)?);
            }
            Value::tuple(converted)
        }
        other => as_text(vm, other)?,
    };
    let text: String = format.iter().map(|&b| b as char).collect();
    let result = super::percent::percent_format(vm, &text, &values)?;
    let Value::Str(result) = &result else {
        return Ok(Vec::new());
    };
    Ok(result.as_str().chars().map(|c| c as u32 as u8).collect())
}

// ------------------------------------------------------------------------------------------
// bytearray's own methods.
// ------------------------------------------------------------------------------------------

fn array_of<'a>(vm: &mut Vm, this: Option<&'a Value>, name: &str) -> PResult<&'a ByteArray> {
    match this.and_then(|v| v.native::<ByteArray>()) {
        Some(array) => Ok(array),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

fn install_bytearray(class: &Rc<Class>) {
    add_method(class, "append", |vm, this, args| {
        let array = array_of(vm, this, "append")?;
        let byte = byte_of(vm, args.positional.first().unwrap_or(&Value::None))?;
        array.data.borrow_mut().push(byte);
        Ok(Value::None)
    });
    add_method(class, "extend", |vm, this, args| {
        let array = array_of(vm, this, "extend")?;
        let source = args.positional.first().cloned().unwrap_or(Value::None);
        let data = match bytes_like(&source) {
            Some(data) => data,
            None => {
                let items = vm.collect(&source)?;
                let mut data = Vec::with_capacity(items.len());
                for item in &items {
                    data.push(byte_of(vm, item)?);
                }
                data
            }
        };
        array.data.borrow_mut().extend(data);
        Ok(Value::None)
    });
    add_method(class, "__iadd__", |vm, this, args| {
        let array = array_of(vm, this, "__iadd__")?;
        let other = args.positional.first().cloned().unwrap_or(Value::None);
        let data = bytes_like(&other).ok_or_else(|| {
            let type_name = vm.type_name(&other);
            vm.type_error(format!("can't concat {type_name} to bytearray"))
        })?;
        array.data.borrow_mut().extend(data);
        Ok(this.cloned().unwrap_or(Value::None))
    });
    add_method(class, "pop", |vm, this, args| {
        let array = array_of(vm, this, "pop")?;
        let length = array.data.borrow().len() as i64;
        if length == 0 {
            return Err(vm.error("IndexError", "pop from empty bytearray"));
        }
        let index = match args.positional.first() {
            Some(value) => super::expect_int(vm, value, "")?,
            None => -1,
        };
        let at = if index < 0 { index + length } else { index };
        if at < 0 || at >= length {
            return Err(vm.error("IndexError", "pop index out of range"));
        }
        Ok(Value::Int(
            array.data.borrow_mut().remove(at as usize) as i64
        ))
    });
    add_method(class, "insert", |vm, this, args| {
        let array = array_of(vm, this, "insert")?;
        let index = super::expect_int(vm, args.positional.first().unwrap_or(&Value::None), "")?;
        let byte = byte_of(vm, args.positional.get(1).unwrap_or(&Value::None))?;
        let length = array.data.borrow().len() as i64;
        let at = if index < 0 { index + length } else { index }.clamp(0, length);
        array.data.borrow_mut().insert(at as usize, byte);
        Ok(Value::None)
    });
    add_method(class, "remove", |vm, this, args| {
        let array = array_of(vm, this, "remove")?;
        let byte = byte_of(vm, args.positional.first().unwrap_or(&Value::None))?;
        let position = array.data.borrow().iter().position(|&b| b == byte);
        match position {
            Some(at) => {
                array.data.borrow_mut().remove(at);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    });
    add_method(class, "clear", |vm, this, _args| {
        array_of(vm, this, "clear")?.data.borrow_mut().clear();
        Ok(Value::None)
    });
    add_method(class, "reverse", |vm, this, _args| {
        array_of(vm, this, "reverse")?.data.borrow_mut().reverse();
        Ok(Value::None)
    });
    add_method(class, "copy", |vm, this, _args| {
        let data = array_of(vm, this, "copy")?.data.borrow().clone();
        Ok(bytearray_value(data))
    });
    add_method(class, "__setitem__", |vm, this, args| {
        let array = array_of(vm, this, "__setitem__")?;
        let key = args.positional.first().cloned().unwrap_or(Value::None);
        let value = args.positional.get(1).cloned().unwrap_or(Value::None);
        let length = array.data.borrow().len();
        if let Value::Slice(slice) = &key {
            let bounds = vm.slice_bounds(slice, length)?;
            let data = match bytes_like(&value) {
                Some(data) => data,
                None => {
                    let items = vm.collect(&value)?;
                    let mut data = Vec::with_capacity(items.len());
                    for item in &items {
                        data.push(byte_of(vm, item)?);
                    }
                    data
                }
            };
            let mut target = array.data.borrow_mut();
            if bounds.step == 1 {
                let start = bounds.start.clamp(0, length as i64) as usize;
                let stop = (start + bounds.count).min(target.len());
                target.splice(start..stop, data);
                return Ok(Value::None);
            }
            if data.len() != bounds.count {
                drop(target);
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    data.len(),
                    bounds.count
                )));
            }
            for (index, byte) in bounds.indices().zip(data) {
                target[index] = byte;
            }
            return Ok(Value::None);
        }
        let index = super::expect_int(vm, &key, "")?;
        let at = if index < 0 {
            index + length as i64
        } else {
            index
        };
        if at < 0 || at >= length as i64 {
            return Err(vm.error("IndexError", "bytearray index out of range"));
        }
        let byte = byte_of(vm, &value)?;
        array.data.borrow_mut()[at as usize] = byte;
        Ok(Value::None)
    });
    add_method(class, "__delitem__", |vm, this, args| {
        let array = array_of(vm, this, "__delitem__")?;
        let key = args.positional.first().cloned().unwrap_or(Value::None);
        let length = array.data.borrow().len();
        if let Value::Slice(slice) = &key {
            let bounds = vm.slice_bounds(slice, length)?;
            let doomed: std::collections::HashSet<usize> = bounds.indices().collect();
            let kept: Vec<u8> = array
                .data
                .borrow()
                .iter()
                .enumerate()
                .filter(|(i, _)| !doomed.contains(i))
                .map(|(_, &b)| b)
                .collect();
            *array.data.borrow_mut() = kept;
            return Ok(Value::None);
        }
        let index = super::expect_int(vm, &key, "")?;
        let at = if index < 0 {
            index + length as i64
        } else {
            index
        };
        if at < 0 || at >= length as i64 {
            return Err(vm.error("IndexError", "bytearray index out of range"));
        }
        array.data.borrow_mut().remove(at as usize);
        Ok(Value::None)
    });
}

pub fn install(vm: &mut Vm) {
    let bytes = vm.types.bytes.clone();
    let bytearray = vm.types.bytearray.clone();
    install_common(&bytes, Kind::Bytes);
    install_common(&bytearray, Kind::ByteArray);
    install_bytearray(&bytearray);
    add_method(&bytes, "__new__", bytes_new);
    add_method(&bytearray, "__new__", bytearray_new);
    add_method(&bytes, "__hash__", |vm, this, args| {
        let (data, _, _) = receiver(vm, this, args, Kind::Bytes, "__hash__")?;
        // CPython hashes bytes as it hashes a str of the same one-byte characters.
        let text: String = data.iter().map(|&b| b as char).collect();
        Ok(Value::Int(vm.hash(&Value::str(text))?))
    });
    bytearray
        .dict
        .borrow_mut()
        .insert(Rc::from("__hash__"), Value::None);
    add_method(&bytes, "__bytes__", |vm, this, args| {
        let (data, _, _) = receiver(vm, this, args, Kind::Bytes, "__bytes__")?;
        Ok(bytes_value(data))
    });
    // `bytes.fromhex(text)`, on the class or an instance (the receiver is ignored).
    add_method(&bytes, "fromhex", |vm, _this, args| {
        Ok(bytes_value(from_hex_argument(vm, args)?))
    });
    add_method(&bytearray, "fromhex", |vm, _this, args| {
        Ok(bytearray_value(from_hex_argument(vm, args)?))
    });
}
