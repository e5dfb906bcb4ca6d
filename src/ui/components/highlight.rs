//! Syntax colouring for the editor: splits Python source into spans of a few kinds. It is a
//! display helper, not the compiler's tokenizer: it never fails, whatever half-typed text it
//! gets, and keeps every character, so the coloured layer lines up with the textarea.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plain,
    Keyword,
    /// `await`, `async`: what this product is about, so they stand out.
    AsyncKeyword,
    Builtin,
    String,
    Number,
    Comment,
    Decorator,
}

impl Kind {
    pub fn class(self) -> &'static str {
        match self {
            Kind::Plain => "",
            Kind::Keyword => "hl-keyword",
            Kind::AsyncKeyword => "hl-async",
            Kind::Builtin => "hl-builtin",
            Kind::String => "hl-string",
            Kind::Number => "hl-number",
            Kind::Comment => "hl-comment",
            Kind::Decorator => "hl-decorator",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "enumerate",
    "zip",
    "sorted",
    "reversed",
    "sum",
    "min",
    "max",
    "any",
    "all",
    "isinstance",
    "type",
    "str",
    "int",
    "float",
    "bool",
    "repr",
    "round",
    "abs",
    "list",
    "dict",
    "set",
    "tuple",
    "super",
    "self",
    "asyncio",
    "time",
    "random",
];

/// The spans of `source`, in order; their texts joined give back `source` exactly.
pub fn spans(source: &str) -> Vec<(Kind, &str)> {
    let mut spans = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut plain_start = 0;
    fn flush<'a>(spans: &mut Vec<(Kind, &'a str)>, source: &'a str, from: usize, to: usize) {
        if to > from {
            spans.push((Kind::Plain, &source[from..to]));
        }
    }
    while i < bytes.len() {
        let c = bytes[i];
        let (kind, end) = if c == b'#' {
            let end = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
            (Kind::Comment, end)
        } else if c == b'"' || c == b'\'' {
            (Kind::String, string_end(source, i))
        } else if c == b'@' && at_line_start(source, i) {
            let end = i + 1 + word_len(&source[i + 1..]);
            (Kind::Decorator, end)
        } else if c.is_ascii_digit() && !preceded_by_word(source, i) {
            let end = i + source[i..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_'))
                .unwrap_or(bytes.len() - i);
            (Kind::Number, end)
        } else if (c.is_ascii_alphabetic() || c == b'_') && !preceded_by_word(source, i) {
            let end = i + word_len(&source[i..]);
            let word = &source[i..end];
            // A string prefix (f"", r'', b"") belongs to the string.
            if end < bytes.len()
                && (bytes[end] == b'"' || bytes[end] == b'\'')
                && word.len() <= 2
                && word.chars().all(|ch| "rRbBfFuU".contains(ch))
            {
                (Kind::String, string_end(source, end))
            } else if word == "async" || word == "await" {
                (Kind::AsyncKeyword, end)
            } else if KEYWORDS.contains(&word) {
                (Kind::Keyword, end)
            } else if BUILTINS.contains(&word) {
                (Kind::Builtin, end)
            } else {
                i = end;
                continue;
            }
        } else {
            i += source[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        flush(&mut spans, source, plain_start, i);
        spans.push((kind, &source[i..end]));
        i = end;
        plain_start = end;
    }
    flush(&mut spans, source, plain_start, bytes.len());
    spans
}

fn word_len(text: &str) -> usize {
    text.find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
        .unwrap_or(text.len())
}

fn preceded_by_word(source: &str, i: usize) -> bool {
    source[..i]
        .chars()
        .next_back()
        .is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
}

fn at_line_start(source: &str, i: usize) -> bool {
    source[..i]
        .rsplit('\n')
        .next()
        .is_some_and(|before| before.trim().is_empty())
}

/// Where the string starting at `start` (its opening quote) ends: after its closing quote,
/// or at the end of the line (one-quote strings) or of the text (triple-quoted) if unclosed.
fn string_end(source: &str, start: usize) -> usize {
    let quote = source.as_bytes()[start];
    let triple = source[start..].starts_with(if quote == b'"' { "\"\"\"" } else { "'''" });
    let delimiter = if triple { 3 } else { 1 };
    let bytes = source.as_bytes();
    let mut i = start + delimiter;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            b if b == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes[i..].starts_with(&[quote, quote, quote]) {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}
