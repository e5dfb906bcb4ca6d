//! Errors found while reading a program, reported as CPython 3.12 reports them.

use std::fmt;

use super::source::{SourceFile, Span};

/// The exception class of a compile error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A program nested too deeply to compile (CPython says the same).
    RecursionError,
    /// A program nested too deeply for CPython's parser even to read it.
    MemoryError,
    /// An import of a module Looplab does not have (found before running, by `check`).
    ModuleNotFoundError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::ModuleNotFoundError => "ModuleNotFoundError",
        }
    }
}

/// A compile error with the location fields of CPython's `SyntaxError`: `line` and
/// `end_line` count from 1, `offset` and `end_offset` are 1-based character columns, and the
/// end may be `0` or `-1` where CPython leaves it unset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub line: u32,
    pub offset: i32,
    pub end_line: i32,
    pub end_offset: i32,
    /// The source line the error is on, as `SyntaxError.text` holds it (with its newline,
    /// except for errors the tokenizer raises). `None` for errors without a location.
    pub text: Option<String>,
}

impl CompileError {
    /// An error covering `span`, on the line where it starts.
    pub fn at(
        kind: ErrorKind,
        message: impl Into<String>,
        span: Span,
        source: &SourceFile,
    ) -> Self {
        let start = source.line_column(span.start);
        let end = source.line_column(span.end.max(span.start));
        CompileError {
            kind,
            message: message.into(),
            line: start.line,
            offset: start.column as i32 + 1,
            end_line: end.line as i32,
            end_offset: end.column as i32 + 1,
            text: Some(source.line_text_with_newline(start.line).to_string()),
        }
    }

    /// An error covering `span`, with columns counted in UTF-8 bytes: what CPython 3.12
    /// reports for errors found by the parser and the compiler when it reads a file.
    pub fn at_bytes(
        kind: ErrorKind,
        message: impl Into<String>,
        span: Span,
        source: &SourceFile,
    ) -> Self {
        let line = source.line_of(span.start);
        let mut end = span.end.max(span.start);
        // A span ending with a newline ends on its own line, just past the newline.
        let ends_line =
            end > span.start && source.text().as_bytes().get(end as usize - 1) == Some(&b'\n');
        if ends_line {
            end -= 1;
        }
        let end_line = source.line_of(end);
        CompileError {
            kind,
            message: message.into(),
            line,
            offset: source.byte_column(span.start) as i32 + 1,
            end_line: end_line as i32,
            end_offset: source.byte_column(end) as i32 + 1 + ends_line as i32,
            text: Some(source.line_text_with_newline(line).to_string()),
        }
    }

    pub fn syntax(message: impl Into<String>, span: Span, source: &SourceFile) -> Self {
        CompileError::at(ErrorKind::SyntaxError, message, span, source)
    }

    /// An error CPython reports without a location.
    pub fn without_location(kind: ErrorKind, message: impl Into<String>) -> Self {
        CompileError {
            kind,
            message: message.into(),
            line: 0,
            offset: 0,
            end_line: 0,
            end_offset: 0,
            text: None,
        }
    }

    /// As the tokenizer reports: the line's text without its newline, and the end equal to
    /// the start.
    pub fn from_tokenizer(mut self) -> Self {
        if let Some(text) = &mut self.text
            && text.ends_with('\n')
        {
            text.pop();
        }
        self.end_line = self.line as i32;
        self.end_offset = self.offset;
        self
    }

    /// With the end left unset, as CPython does for some errors (`end_offset` 0 or -1).
    pub fn with_unset_end(mut self, end_offset: i32) -> Self {
        self.end_line = if end_offset == 0 {
            self.line as i32
        } else {
            -1
        };
        self.end_offset = end_offset;
        self
    }

    /// What CPython 3.12 prints on stderr when a script fails to compile with this error
    /// (its C error printer: the offsets are used as counts of bytes, whatever they counted).
    pub fn render(&self, filename: &str) -> String {
        let Some(text) = &self.text else {
            return format!("{}: {}\n", self.kind.name(), self.message);
        };
        let mut out = format!("  File \"{filename}\", line {}\n", self.line);
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let dropped = (text.len() - stripped.len()) as i32;
        let shown = stripped.strip_suffix('\n').unwrap_or(stripped);
        out.push_str("    ");
        out.push_str(shown);
        out.push('\n');

        let full_length = text.len() as i32;
        let mut end = self.end_offset;
        if matches!(self.kind, ErrorKind::IndentationError | ErrorKind::TabError) {
            end = self.offset;
        } else if self.end_line > self.line as i32 {
            end = full_length;
        }
        let end = end.min(full_length + 1);
        let carets = if end > self.offset {
            end - self.offset
        } else {
            1
        };
        let column = self.offset - 1 - dropped;
        if column >= 0 {
            let column = column.min(shown.len() as i32) as usize;
            out.push_str("    ");
            out.push_str(&" ".repeat(column));
            out.push_str(&"^".repeat(carets as usize));
            out.push('\n');
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)?;
        if self.text.is_some() {
            write!(f, " (line {})", self.line)?;
        }
        Ok(())
    }
}

impl std::error::Error for CompileError {}
