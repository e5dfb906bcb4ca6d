//! A source file's bytes to its text, as CPython 3.12 reads a file it runs: UTF-8 unless a
//! PEP 263 coding declaration (`# -*- coding: latin-1 -*-`) on the first or second line
//! names another encoding, with CPython's errors when that goes wrong.

/// The file's text, or the line (without its newline) CPython prints instead of running it.
pub fn decode_source(bytes: &[u8], path: &str) -> Result<String, String> {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    let has_bom = bytes.starts_with(BOM);
    let body = if has_bom { &bytes[BOM.len()..] } else { bytes };
    let Some(declared) = coding_declaration(body) else {
        return decode_utf8(body, path);
    };
    let name = normal_name(&declared);
    if has_bom && name != "utf-8" {
        return Err(format!("SyntaxError: encoding problem: {name} with BOM"));
    }
    let problem = || format!("SyntaxError: encoding problem: {name}");
    match codec(&name) {
        Some(Codec::Utf8) => decode_utf8(body, path),
        Some(Codec::Latin1) => Ok(body.iter().map(|&byte| byte as char).collect()),
        Some(Codec::Ascii) if body.is_ascii() => Ok(String::from_utf8_lossy(body).into_owned()),
        Some(Codec::Ascii) | None => Err(problem()),
    }
}

fn decode_utf8(body: &[u8], path: &str) -> Result<String, String> {
    std::str::from_utf8(body).map(str::to_string).map_err(|error| {
        let at = error.valid_up_to();
        let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            body[at]
        )
    })
}

/// The encoding a coding declaration names: on the first line, or on the second when the
/// first holds no code (it is blank or a comment, such as `#!/usr/bin/env python3`).
fn coding_declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_in_line(first) {
        return Some(name);
    }
    let blank_or_comment = matches!(
        first
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c')),
        None | Some(b'#' | b'\r')
    );
    if !blank_or_comment {
        return None;
    }
    coding_in_line(lines.next()?)
}

/// PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn coding_in_line(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let comment = text
        .trim_start_matches([' ', '\t', '\x0c'])
        .strip_prefix('#')?;
    let mut rest = comment;
    while let Some(at) = rest.find("coding") {
        let after = &rest[at + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let name: String = value
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        rest = after;
    }
    None
}

/// CPython's `get_normal_name`: the two encodings the tokenizer knows by many spellings.
fn normal_name(name: &str) -> String {
    let folded: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let is = |base: &str| folded == base || folded.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// The codecs Looplab decodes, under the names Python's codec registry accepts for them.
/// (Other encodings CPython knows, such as cp1252, are refused as unknown.)
fn codec(name: &str) -> Option<Codec> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match key.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
        "iso-8859-1" | "iso8859-1" | "latin-1" | "latin1" | "latin" | "l1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" => Some(Codec::Latin1),
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => {
            Some(Codec::Ascii)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_found_as_pep_263_describes_them() {
        assert_eq!(
            coding_declaration(b"# -*- coding: latin-1 -*-\n"),
            Some("latin-1".into())
        );
        assert_eq!(
            coding_declaration(b"#!python\n# coding=utf8\n"),
            Some("utf8".into())
        );
        assert_eq!(
            coding_declaration(b"\n# vim: fileencoding=ascii\n"),
            Some("ascii".into())
        );
        assert_eq!(coding_declaration(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(coding_declaration(b"x = '# coding: latin-1'\n"), None);
        assert_eq!(coding_declaration(b"#\n#\n# coding: latin-1\n"), None);
    }

    #[test]
    fn names_are_normalised_as_cpythons_tokenizer_does() {
        assert_eq!(normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(normal_name("UTF-8-sig"), "utf-8");
        assert_eq!(normal_name("klingon"), "klingon");
    }

    #[test]
    fn latin1_decodes_every_byte() {
        let text = decode_source(b"# coding: latin-1\nx = '\xe9\xff'\n", "t.py");
        assert_eq!(
            text.as_deref(),
            Ok("# coding: latin-1\nx = '\u{e9}\u{ff}'\n")
        );
    }
}
