//! Lone surrogates (U+D800..U+DFFF) in Python strings that live in Rust `String`s.
//!
//! A Python `str` is any sequence of code points, surrogates included (`'\ud800'`,
//! `chr(0xDFFF)`), but a Rust `char` cannot be a surrogate. Rather than give up Rust strings
//! everywhere, surrogate U+D800+k (k in 0..2048) is *stored* as the last 2048 code points of
//! Unicode, U+10F800+k (private use and noncharacters of plane 16, which real text does not
//! use). Everything that turns a stored `char` into a Python code point or back goes through
//! this module: `ord`, `chr`, escapes in literals, `repr`, ordering, JSON, encoding errors.
//!
//! The known limitation: a real U+10F800..U+10FFFF character cannot be told from its
//! surrogate, so `chr(0x10FFFF)` reads back as `'\udfff'` (`ord` 0xDFFF).
//!
//! Ordering by UTF-8 bytes puts the stored surrogates after U+10000 where Python, comparing
//! code points, puts them before: [`compare`] orders by Python code point.

use std::cmp::Ordering;

/// The first Python surrogate code point.
const FIRST_SURROGATE: u32 = 0xD800;
/// The last Python surrogate code point.
const LAST_SURROGATE: u32 = 0xDFFF;
/// Where surrogate U+D800 is stored; U+DFFF is stored as U+10FFFF.
const STORED_BASE: u32 = 0x10_F800;

/// The char that stores Python code point `code`: itself, or its stand-in for a surrogate;
/// `None` beyond U+10FFFF.
pub fn to_char(code: u32) -> Option<char> {
    if (FIRST_SURROGATE..=LAST_SURROGATE).contains(&code) {
        char::from_u32(STORED_BASE + (code - FIRST_SURROGATE))
    } else {
        char::from_u32(code)
    }
}

/// The Python code point a stored char stands for (`ord`).
pub fn code_point(c: char) -> u32 {
    if is_surrogate(c) {
        c as u32 - STORED_BASE + FIRST_SURROGATE
    } else {
        c as u32
    }
}

/// Whether the stored char stands for a lone surrogate.
pub fn is_surrogate(c: char) -> bool {
    c as u32 >= STORED_BASE
}

/// Whether the text holds a surrogate. Each is stored as a 4-byte sequence starting with
/// 0xF4 0x8F 0xA0..0xBF, so plain text is ruled out by a byte search.
pub fn contains_surrogate(text: &str) -> bool {
    text.as_bytes().contains(&0xF4) && text.chars().any(is_surrogate)
}

/// Python's order of two strings: by code point, where stored surrogates come before U+E000.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (left, right) = (a.as_bytes(), b.as_bytes());
    let Some(differs) = left.iter().zip(right).position(|(x, y)| x != y) else {
        return left.len().cmp(&right.len());
    };
    // Both strings agree up to `differs`, so the char starting at the last boundary before it
    // starts at the same place in both, and the two chars there differ.
    let mut start = differs;
    while !a.is_char_boundary(start) {
        start -= 1;
    }
    match (a[start..].chars().next(), b[start..].chars().next()) {
        (Some(x), Some(y)) => code_point(x).cmp(&code_point(y)),
        (x, y) => x.is_some().cmp(&y.is_some()),
    }
}

/// The first run of surrogates in `text`, as char positions `(start, end)` (end excluded):
/// what an encoder that does not allow them reports (`position 2-3`).
pub fn first_surrogate_run(text: &str) -> Option<(usize, usize)> {
    if !contains_surrogate(text) {
        return None;
    }
    let mut chars = text
        .chars()
        .enumerate()
        .skip_while(|&(_, c)| !is_surrogate(c));
    let (start, _) = chars.next()?;
    let run = chars.take_while(|&(_, c)| is_surrogate(c)).count();
    Some((start, start + 1 + run))
}

/// The message of CPython's `UnicodeEncodeError` for `object[start:end]`, as its `__str__`
/// writes it: one character is shown escaped, several by their positions (as given, even
/// outside the object).
pub fn encode_error_message(
    encoding: &str,
    object: &str,
    start: i64,
    end: i64,
    reason: &str,
) -> String {
    let single = usize::try_from(start)
        .ok()
        .filter(|_| end == start.saturating_add(1))
        .and_then(|start| object.chars().nth(start));
    match single {
        Some(c) => {
            let code = code_point(c);
            let shown = if code <= 0xff {
                format!("\\x{code:02x}")
            } else if code <= 0xffff {
                format!("\\u{code:04x}")
            } else {
                format!("\\U{code:08x}")
            };
            format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            )
        }
        None => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    }
}

/// The text with each surrogate written as `\udXXX`, as CPython's `backslashreplace` error
/// handler (the one of `sys.stderr`) writes it.
pub fn backslash_replace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_surrogate(c) {
            out.push_str(&format!("\\u{:04x}", code_point(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_their_stand_ins() {
        for code in 0xD800..=0xDFFF {
            let c = to_char(code).expect("a stand-in");
            assert!(is_surrogate(c));
            assert_eq!(code_point(c), code);
        }
        for code in [0, 0x41, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10F7FF] {
            let c = to_char(code).expect("a char");
            assert!(!is_surrogate(c));
            assert_eq!(code_point(c), code);
        }
        assert_eq!(to_char(0x110000), None);
    }

    #[test]
    fn strings_order_by_python_code_point() {
        let s = |code: u32| to_char(code).expect("a char").to_string();
        let ascending = [
            String::new(),
            "a".to_string(),
            s(0xD800),
            s(0xD800) + "a",
            s(0xDFFF),
            s(0xE000),
            s(0x10000),
            s(0x10000) + &s(0xD800),
            s(0x10F7FF),
        ];
        for (i, a) in ascending.iter().enumerate() {
            for (j, b) in ascending.iter().enumerate() {
                assert_eq!(compare(a, b), i.cmp(&j), "{a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn encode_errors_read_as_cpython_writes_them() {
        let text: String = ['a', 'b', '\u{10F800}', '\u{10FFFF}', 'c'].iter().collect();
        assert_eq!(first_surrogate_run(&text), Some((2, 4)));
        assert_eq!(first_surrogate_run("abc"), None);
        assert_eq!(
            encode_error_message("utf-8", &text, 2, 4, "surrogates not allowed"),
            "'utf-8' codec can't encode characters in position 2-3: surrogates not allowed"
        );
        assert_eq!(
            encode_error_message("utf-8", &text, 2, 3, "surrogates not allowed"),
            "'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed"
        );
        assert_eq!(
            encode_error_message("utf-8", "x", 7, 8, "r"),
            "'utf-8' codec can't encode characters in position 7-7: r"
        );
        assert_eq!(backslash_replace(&text), "ab\\ud800\\udfffc");
    }
}
