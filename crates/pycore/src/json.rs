//! JSON string literals as CPython's `json` module writes them.

/// A JSON string literal: `encode_basestring_ascii` when `ensure_ascii` (everything outside
/// printable ASCII as `\uXXXX`, astral characters as surrogate pairs), else
/// `encode_basestring` (only quotes, backslashes and control characters escaped).
pub fn encode_string(out: &mut String, text: &str, ensure_ascii: bool) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if crate::surrogates::is_surrogate(c) && ensure_ascii => {
                out.push_str(&format!("\\u{:04x}", crate::surrogates::code_point(c)));
            }
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::encode_string;

    fn encoded(text: &str, ensure_ascii: bool) -> String {
        let mut out = String::new();
        encode_string(&mut out, text, ensure_ascii);
        out
    }

    #[test]
    fn strings_escape_as_cpython() {
        assert_eq!(encoded("a\"b\\c", true), r#""a\"b\\c""#);
        assert_eq!(
            encoded("\n\r\t\u{8}\u{c}\u{1}\u{1f}", true),
            r#""\n\r\t\b\f\u0001\u001f""#
        );
        assert_eq!(encoded("é\u{7f}😀", true), r#""\u00e9\u007f\ud83d\ude00""#);
        assert_eq!(encoded("é\u{7f}😀\u{1}", false), "\"é\u{7f}😀\\u0001\"");
        assert_eq!(encoded("/", true), "\"/\"");
        // Lone surrogates, stored as U+10F800 and up, are escaped as themselves.
        assert_eq!(encoded("\u{10f800}\u{10ffff}", true), r#""\ud800\udfff""#);
    }
}
