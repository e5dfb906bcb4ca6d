//! Source text and positions in it.
//!
//! Positions are byte offsets into the (normalised) text; lines and columns are derived on
//! demand, the way CPython reports them: lines from 1, and columns either as UTF-8 byte
//! offsets (the AST's `col_offset`) or as 1-based character offsets (`SyntaxError.offset`).

use std::fmt;

/// A range of the source, as byte offsets `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// An empty span at `offset`.
    pub fn at(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A line and column, both as CPython counts them: `line` from 1, `column` in characters
/// from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineColumn {
    pub line: u32,
    pub column: u32,
}

/// A program's text with an index of where each line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Normalises line endings to `\n` (as Python's universal newlines do) and drops a UTF-8
    /// byte order mark.
    pub fn new(name: impl Into<String>, text: &str) -> SourceFile {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let text = if text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text.to_string()
        };
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect();
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// How many lines the text has (a final line without `\n` counts).
    pub fn line_count(&self) -> usize {
        if self.text.ends_with('\n') {
            self.line_starts.len() - 1
        } else {
            self.line_starts.len()
        }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(index) => index as u32 + 1,
            Err(index) => index as u32,
        }
    }

    /// Byte offset where 1-based `line` starts (the end of the text past the last line).
    pub fn line_start(&self, line: u32) -> usize {
        self.line_starts
            .get(line as usize - 1)
            .map_or(self.text.len(), |&start| start as usize)
    }

    /// The text of 1-based `line`, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line);
        let rest = &self.text[start.min(self.text.len())..];
        rest.split('\n').next().unwrap_or("")
    }

    /// The text of `line` with its newline, if it has one (as `SyntaxError.text` holds it).
    pub fn line_text_with_newline(&self, line: u32) -> &str {
        let start = self.line_start(line).min(self.text.len());
        let end = self.line_start(line + 1).min(self.text.len());
        &self.text[start..end.max(start)]
    }

    /// Line and character column of byte `offset`.
    pub fn line_column(&self, offset: u32) -> LineColumn {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = self.text[start..offset as usize].chars().count() as u32;
        LineColumn { line, column }
    }

    /// The UTF-8 byte column of `offset` within its line (CPython's `col_offset`).
    pub fn byte_column(&self, offset: u32) -> u32 {
        offset - self.line_start(self.line_of(offset)) as u32
    }
}

/// Line `line` (1-based) of `source` as a sentence may quote it: its code without a trailing
/// comment, trimmed; `None` when it is empty or too long to quote (over 60 characters).
pub fn quotable_line(source: &str, line: u32) -> Option<&str> {
    let text = source.lines().nth((line as usize).checked_sub(1)?)?;
    let text = without_comment(text).trim();
    (!text.is_empty() && text.chars().count() <= 60).then_some(text)
}

/// A line without its trailing comment (`x = 1  # why`), unless the `#` may be inside a
/// string (an odd number of quotes before it).
fn without_comment(line: &str) -> &str {
    match line.find("  #") {
        Some(at)
            if line[..at].matches('"').count().is_multiple_of(2)
                && line[..at].matches('\'').count().is_multiple_of(2) =>
        {
            &line[..at]
        }
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_like_cpython() {
        let source = SourceFile::new("t.py", "x = 1\r\nnamé = 'ü'\nlast");
        assert_eq!(source.text(), "x = 1\nnamé = 'ü'\nlast");
        assert_eq!(source.line_count(), 3);
        assert_eq!(source.line_text(2), "namé = 'ü'");
        assert_eq!(source.line_text_with_newline(2), "namé = 'ü'\n");
        assert_eq!(source.line_text_with_newline(3), "last");
        let quote = source.text().find('\'').unwrap() as u32;
        assert_eq!(source.line_column(quote), LineColumn { line: 2, column: 7 });
        assert_eq!(source.byte_column(quote), 8);
        assert_eq!(source.line_of(0), 1);
        assert_eq!(source.line_of(6), 2);
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_program() {
        let source = SourceFile::new("t.py", "\u{feff}pass\n");
        assert_eq!(source.text(), "pass\n");
        assert_eq!(source.line_count(), 1);
    }

    #[test]
    fn a_quoted_line_leaves_its_comment_but_not_a_hash_in_a_string() {
        let source = "x = 1  # why\nprint(\"a  # b\")\n\n".to_string() + &"y".repeat(61);
        assert_eq!(quotable_line(&source, 1), Some("x = 1"));
        assert_eq!(quotable_line(&source, 2), Some("print(\"a  # b\")"));
        assert_eq!(quotable_line(&source, 3), None, "empty");
        assert_eq!(quotable_line(&source, 4), None, "too long");
        assert_eq!(quotable_line(&source, 0), None);
        assert_eq!(quotable_line(&source, 9), None);
    }
}
