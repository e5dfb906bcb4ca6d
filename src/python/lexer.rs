//! The tokenizer: source text to tokens, with INDENT/DEDENT, implicit line joining inside
//! brackets, and 3.12's f-string tokens. Errors are worded and placed as CPython 3.12's
//! tokenizer words and places them.
//!
//! The whole text is tokenized up front. CPython's parser would stop at its own error before
//! reading further, but CPython then tokenizes the rest of the file and reports any tokenizer
//! error in preference to the parser's; so the first tokenizer error anywhere in the file is the
//! one to report, and [`Lexed::error`] holds it.

use super::error::{CompileError, ErrorKind};
use super::source::{SourceFile, Span};
use super::token::{Token, TokenKind};
use pycore::strings::char_isprintable;

/// CPython's limit on open brackets (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`).
const MAX_INDENT_DEPTH: usize = 100;
/// Replacement fields nested in format specs (`MAX_EXPR_NESTING`).
const MAX_FSTRING_FIELD_DEPTH: usize = 3;
const TAB_SIZE: u32 = 8;

/// The tokens of a source file.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    /// The first tokenizer error; the token list then ends with an [`TokenKind::Error`] token.
    pub error: Option<CompileError>,
    /// The innermost bracket still open at the end of the text, with its span.
    pub unclosed_bracket: Option<(u8, Span)>,
}

/// CPython's tokenizer keeps one mode per f-string being read, on a stack of 150 with the
/// plain mode at the bottom (`MAXFSTRINGLEVEL`): an f-string nested 150 deep is an error.
const MAX_FSTRING_NESTING: usize = 150;

pub fn tokenize(source: &SourceFile) -> Lexed {
    let mut lexer = Lexer::new(source);
    lexer.run();
    Lexed {
        tokens: lexer.tokens,
        error: lexer.error,
        unclosed_bracket: lexer.unclosed_at_end,
    }
}

#[derive(Debug, Clone, Copy)]
struct Bracket {
    byte: u8,
    span: Span,
}

/// An f-string being tokenized.
#[derive(Debug)]
struct FString {
    quote: u8,
    triple: bool,
    raw: bool,
    /// Where the f-string starts (its prefix), for "unterminated" errors.
    start: usize,
    /// Open replacement fields, innermost last: the bracket depth just inside each field's
    /// `{`, and whether the field has reached its format spec.
    fields: Vec<Field>,
}

#[derive(Debug, Clone, Copy)]
struct Field {
    depth: usize,
    in_format_spec: bool,
}

struct Lexer<'s> {
    source: &'s SourceFile,
    text: &'s [u8],
    pos: usize,
    tokens: Vec<Token>,
    /// Indentation columns (tabs to multiples of 8) and the same with tabs as 1 column, which
    /// together detect inconsistent tabs and spaces.
    indents: Vec<(u32, u32)>,
    brackets: Vec<Bracket>,
    fstrings: Vec<FString>,
    at_line_start: bool,
    error: Option<CompileError>,
    unclosed_at_end: Option<(u8, Span)>,
    /// Where the first line with a NUL byte starts: reading it is an error.
    null_line_start: Option<usize>,
}

enum Step {
    Continue,
    Done,
}

impl<'s> Lexer<'s> {
    fn new(source: &'s SourceFile) -> Self {
        Lexer {
            source,
            text: source.text().as_bytes(),
            pos: 0,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            fstrings: Vec::new(),
            at_line_start: true,
            error: None,
            unclosed_at_end: None,
            null_line_start: source
                .text()
                .find('\0')
                .map(|at| source.line_start(source.line_of(at as u32))),
        }
    }

    fn run(&mut self) {
        loop {
            let step = if self.null_line_start.is_some_and(|start| self.pos >= start) {
                Err(self.null_byte_error())
            } else if self.fstring_literal_mode() {
                self.fstring_part()
            } else {
                self.next_token()
            };
            match step {
                Ok(Step::Continue) => {}
                Ok(Step::Done) => return,
                Err(error) => {
                    let at = self.pos.min(self.text.len());
                    self.push(TokenKind::Error, at, at);
                    self.error = Some(error);
                    return;
                }
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.text.get(self.pos + ahead).copied()
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, end),
        });
    }

    /// Whether the next thing to read is literal text of an f-string (rather than a token).
    fn fstring_literal_mode(&self) -> bool {
        match self.fstrings.last() {
            None => false,
            Some(fstring) => match fstring.fields.last() {
                None => true,
                Some(field) => field.in_format_spec,
            },
        }
    }

    // ----- errors, placed as CPython places them -----

    /// `_PyTokenizer_syntaxerror`: the caret on the character before byte `cursor`, the text
    /// of the line without its newline.
    fn error_before(&self, message: impl Into<String>, cursor: usize) -> CompileError {
        let cursor = cursor.min(self.text.len());
        let line = self.source.line_of(cursor.saturating_sub(1) as u32);
        let line = if cursor == 0 { 1 } else { line };
        let line_start = self.source.line_start(line);
        let column = self.source.text()[line_start..cursor].chars().count() as i32;
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            line,
            offset: column,
            end_line: line as i32,
            end_offset: column,
            text: Some(self.source.line_text(line).to_string()),
        }
    }

    /// CPython's tokenizer refuses a line with a NUL byte when it reads it (so an error the
    /// parser finds on an earlier line wins). It shows the line up to the NUL, without a caret.
    fn null_byte_error(&self) -> CompileError {
        let start = self.null_line_start.unwrap_or(0);
        let line = self.source.line_of(start as u32);
        let text = self.source.line_text(line);
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: "source code cannot contain null bytes".into(),
            line,
            offset: 0,
            end_line: line as i32,
            end_offset: 0,
            text: Some(text.split('\0').next().unwrap_or("").to_string()),
        }
    }

    /// An error reported on the character at byte `at`.
    fn error_at(&self, message: impl Into<String>, at: usize) -> CompileError {
        let width = self.source.text()[at.min(self.text.len())..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        self.error_before(message, at + width)
    }

    /// Errors the parser reports for the tokenizer (`tokenizer_error` in CPython): the whole
    /// line with its newline as text.
    fn line_error(
        &self,
        kind: ErrorKind,
        message: &str,
        line: u32,
        offset: i32,
        end: i32,
    ) -> CompileError {
        CompileError {
            kind,
            message: message.to_string(),
            line,
            offset,
            end_line: line as i32,
            end_offset: end,
            text: Some(self.source.line_text_with_newline(line).to_string()),
        }
    }

    // ----- normal mode -----

    fn next_token(&mut self) -> Result<Step, CompileError> {
        if self.at_line_start {
            self.at_line_start = false;
            self.indentation()?;
        }
        // Spaces, tabs, form feeds.
        while let Some(b' ' | b'\t' | b'\x0c') = self.peek() {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(byte) = self.peek() else {
            return self.end_of_text();
        };
        match byte {
            b'#' => {
                while !matches!(self.peek(), None | Some(b'\n')) {
                    self.pos += 1;
                }
                Ok(Step::Continue)
            }
            b'\n' => {
                self.pos += 1;
                self.at_line_start = true;
                if self.brackets.is_empty() && self.line_has_tokens() {
                    self.push(TokenKind::Newline, start, start + 1);
                }
                Ok(Step::Continue)
            }
            b'\\' => self.line_continuation(),
            b'0'..=b'9' => self.number(),
            b'.' if matches!(self.peek_at(1), Some(b'0'..=b'9')) => self.number(),
            b'"' | b'\'' => self.string(start, start, false, false, false),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80.. => self.name_or_prefixed_string(),
            _ => self.operator(),
        }
    }

    /// Whether the current logical line has produced a token (so a newline ends it).
    fn line_has_tokens(&self) -> bool {
        !matches!(
            self.tokens.last().map(|token| token.kind),
            None | Some(TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
        )
    }

    /// Reads the indentation of a new line and emits INDENT or DEDENT tokens.
    fn indentation(&mut self) -> Result<(), CompileError> {
        let line_start = self.pos;
        let (mut column, mut alt_column) = (0u32, 0u32);
        let mut continuation_column = None;
        loop {
            match self.peek() {
                Some(b' ') => {
                    column += 1;
                    alt_column += 1;
                }
                Some(b'\t') => {
                    column = (column / TAB_SIZE + 1) * TAB_SIZE;
                    alt_column += 1;
                }
                Some(b'\x0c') => {
                    column = 0;
                    alt_column = 0;
                }
                Some(b'\\') if self.peek_at(1) == Some(b'\n') => {
                    // The first backslash decides the indentation of what follows it.
                    continuation_column.get_or_insert(column);
                    self.pos += 1;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if let Some(col) = continuation_column {
            column = col;
            alt_column = col;
        }
        let blank = matches!(self.peek(), None | Some(b'#' | b'\n'));
        if blank || !self.brackets.is_empty() {
            return Ok(());
        }
        let line = self.source.line_of(line_start as u32);
        let (top, alt_top) = *self.indents.last().unwrap();
        let tab_error = |lexer: &Self| {
            lexer.line_error(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line,
                1,
                0,
            )
        };
        if column == top {
            if alt_column != alt_top {
                return Err(tab_error(self));
            }
        } else if column > top {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(self.line_error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    line,
                    1,
                    0,
                ));
            }
            if alt_column <= alt_top {
                return Err(tab_error(self));
            }
            self.indents.push((column, alt_column));
            self.push(TokenKind::Indent, line_start, self.pos);
        } else {
            while self.indents.len() > 1 && column < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.push(TokenKind::Dedent, self.pos, self.pos);
            }
            let (top, alt_top) = *self.indents.last().unwrap();
            if column != top {
                let length = self.source.line_text(line).chars().count() as i32;
                return Err(self.line_error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    length + 1,
                    -1,
                ));
            }
            if alt_column != alt_top {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn end_of_text(&mut self) -> Result<Step, CompileError> {
        let end = self.text.len();
        if let Some(fstring) = self.fstrings.last() {
            // Inside a replacement field: the field's `{` (or a bracket in it) is unclosed.
            let _ = fstring;
        }
        if let Some(bracket) = self.brackets.last() {
            self.unclosed_at_end = Some((bracket.byte, bracket.span));
            self.push(TokenKind::UnclosedEof, end, end);
            return Ok(Step::Done);
        }
        if self.line_has_tokens() {
            self.push(TokenKind::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, end, end);
        }
        self.push(TokenKind::EndMarker, end, end);
        Ok(Step::Done)
    }

    fn line_continuation(&mut self) -> Result<Step, CompileError> {
        let backslash = self.pos;
        match self.peek_at(1) {
            Some(b'\n') => {
                self.pos += 2;
                if self.peek().is_none() {
                    let line = self.source.line_of(backslash as u32);
                    let length = self.source.line_text(line).chars().count() as i32;
                    return Err(self.line_error(
                        ErrorKind::SyntaxError,
                        "unexpected EOF while parsing",
                        line,
                        length + 1,
                        -1,
                    ));
                }
                Ok(Step::Continue)
            }
            None => {
                let line = self.source.line_of(backslash as u32);
                let length = self.source.line_text(line).chars().count() as i32;
                Err(self.line_error(
                    ErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    line,
                    length + 1,
                    -1,
                ))
            }
            Some(_) => {
                let line = self.source.line_of(backslash as u32);
                let line_start = self.source.line_start(line);
                let column = self.source.text()[line_start..backslash + 1]
                    .chars()
                    .count() as i32;
                Err(self.line_error(
                    ErrorKind::SyntaxError,
                    "unexpected character after line continuation character",
                    line,
                    column + 1,
                    0,
                ))
            }
        }
    }

    fn name_or_prefixed_string(&mut self) -> Result<Step, CompileError> {
        let start = self.pos;
        // A string prefix: any order of at most one each of b, r, u, f (u alone; no bu, no bf).
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut at = self.pos;
        while let Some(&byte) = self.text.get(at) {
            match byte.to_ascii_lowercase() {
                b'b' if !(b || u || f) => b = true,
                b'u' if !(b || u || r || f) => u = true,
                b'r' if !(r || u) => r = true,
                b'f' if !(f || b || u) => f = true,
                _ => break,
            }
            at += 1;
            if let Some(b'"' | b'\'') = self.text.get(at) {
                self.pos = at;
                return self.string(start, at, r, b, f);
            }
        }
        // A name: ASCII letters, digits and underscores, or any non-ASCII character (checked).
        let mut non_ascii = false;
        while let Some(byte) = self.peek() {
            match byte {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => self.pos += 1,
                0x80.. => {
                    non_ascii = true;
                    self.pos += 1;
                }
                _ => break,
            }
        }
        if non_ascii {
            self.verify_identifier(start)?;
        }
        let word = &self.source.text()[start..self.pos];
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, start, self.pos);
        Ok(Step::Continue)
    }

    /// PEP 3131: an identifier starts with a letter or `_` and continues with letters, digits,
    /// marks and connector punctuation.
    fn verify_identifier(&self, start: usize) -> Result<(), CompileError> {
        let word = &self.source.text()[start..self.pos];
        for (index, (offset, ch)) in word.char_indices().enumerate() {
            let valid = if index == 0 {
                is_identifier_start(ch)
            } else {
                is_identifier_continue(ch)
            };
            if !valid {
                let message = if char_isprintable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error_before(message, start + offset + ch.len_utf8()));
            }
        }
        Ok(())
    }

    fn operator(&mut self) -> Result<Step, CompileError> {
        let start = self.pos;
        let rest = &self.text[start..];
        // Inside an f-string replacement field, `:`, `!` and `}` at the field's own level end
        // the expression.
        if let Some(field) = self.fstrings.last().and_then(|f| f.fields.last()).copied() {
            let at_field_level = self.brackets.len() == field.depth;
            if at_field_level {
                match rest[0] {
                    b':' => {
                        let fstring = self.fstrings.last_mut().unwrap();
                        fstring.fields.last_mut().unwrap().in_format_spec = true;
                        self.pos += 1;
                        self.push(TokenKind::Colon, start, self.pos);
                        return Ok(Step::Continue);
                    }
                    b'!' if rest.get(1) != Some(&b'=') => {
                        self.pos += 1;
                        self.push(TokenKind::Exclamation, start, self.pos);
                        return Ok(Step::Continue);
                    }
                    _ => {}
                }
            }
        }
        let Some((kind, length)) = TokenKind::operator(rest) else {
            return Err(self.invalid_character(start));
        };
        if kind == TokenKind::Exclamation {
            // Outside an f-string field, a lone `!` is not a Python token.
            return Err(self.invalid_character(start));
        }
        self.pos += length;
        match kind {
            TokenKind::LeftParen | TokenKind::LeftBracket | TokenKind::LeftBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(self.error_before("too many nested parentheses", self.pos));
                }
                self.brackets.push(Bracket {
                    byte: rest[0],
                    span: Span::new(start, self.pos),
                });
            }
            TokenKind::RightParen | TokenKind::RightBracket | TokenKind::RightBrace => {
                self.close_bracket(rest[0])?;
            }
            _ => {}
        }
        self.push(kind, start, self.pos);
        Ok(Step::Continue)
    }

    fn close_bracket(&mut self, closing: u8) -> Result<(), CompileError> {
        let field = self.fstrings.last().and_then(|f| f.fields.last()).copied();
        if closing == b'}' && self.fstrings.last().is_some() && field.is_none() {
            return Err(self.error_before("f-string: single '}' is not allowed", self.pos));
        }
        let Some(opening) = self.brackets.pop() else {
            return Err(self.error_before(format!("unmatched '{}'", closing as char), self.pos));
        };
        let matches = matches!(
            (opening.byte, closing),
            (b'(', b')') | (b'[', b']') | (b'{', b'}')
        );
        if !matches {
            if let Some(field) = field
                && opening.byte == b'{'
                && self.brackets.len() + 1 == field.depth
            {
                return Err(self.error_before(
                    format!("f-string: unmatched '{}'", closing as char),
                    self.pos,
                ));
            }
            let opening_line = self.source.line_of(opening.span.start);
            let closing_line = self.source.line_of(self.pos as u32 - 1);
            let message = if opening_line != closing_line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    closing as char, opening.byte as char, opening_line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    closing as char, opening.byte as char
                )
            };
            return Err(self.error_before(message, self.pos));
        }
        // The `}` that closes a replacement field returns to the f-string's literal text.
        if let Some(field) = field
            && closing == b'}'
            && self.brackets.len() + 1 == field.depth
        {
            self.fstrings.last_mut().unwrap().fields.pop();
        }
        Ok(())
    }

    fn invalid_character(&self, at: usize) -> CompileError {
        let ch = self.source.text()[at..].chars().next().unwrap_or('\0');
        if !char_isprintable(ch) {
            return self.error_at(
                format!("invalid non-printable character U+{:04X}", ch as u32),
                at,
            );
        }
        // CPython lets `$`, `?` and a backtick through as an error token; the parser then
        // reports plain invalid syntax at it.
        let end = at + ch.len_utf8();
        let line = self.source.line_of(at as u32);
        let line_start = self.source.line_start(line);
        let column = self.source.text()[line_start..at].chars().count() as i32;
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: "invalid syntax".into(),
            line,
            offset: column + 1,
            end_line: line as i32,
            end_offset: column + 1 + self.source.text()[at..end].chars().count() as i32,
            text: Some(self.source.line_text_with_newline(line).to_string()),
        }
    }

    // ----- numbers -----

    fn number(&mut self) -> Result<Step, CompileError> {
        let start = self.pos;
        let first = self.bump();
        if first == Some(b'0')
            && matches!(self.peek(), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'))
        {
            let marker = self.bump().unwrap().to_ascii_lowercase();
            let (kind, is_digit): (&str, fn(u8) -> bool) = match marker {
                b'x' => ("hexadecimal", |c| c.is_ascii_hexdigit()),
                b'o' => ("octal", |c| (b'0'..b'8').contains(&c)),
                _ => ("binary", |c| c == b'0' || c == b'1'),
            };
            loop {
                if self.peek() == Some(b'_') {
                    self.pos += 1;
                }
                match self.peek() {
                    Some(c) if is_digit(c) => {}
                    Some(c @ b'0'..=b'9') if marker != b'x' => {
                        self.pos += 1;
                        return Err(self.error_before(
                            format!("invalid digit '{}' in {kind} literal", c as char),
                            self.pos,
                        ));
                    }
                    _ => return Err(self.error_before(format!("invalid {kind} literal"), self.pos)),
                }
                while matches!(self.peek(), Some(c) if is_digit(c)) {
                    self.pos += 1;
                }
                if self.peek() != Some(b'_') {
                    break;
                }
            }
            if marker != b'x'
                && let Some(c @ b'0'..=b'9') = self.peek()
            {
                self.pos += 1;
                return Err(self.error_before(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    self.pos,
                ));
            }
            self.end_of_number(kind)?;
            self.push(TokenKind::Number, start, self.pos);
            return Ok(Step::Continue);
        }

        let mut is_float_or_imaginary = false;
        if first == Some(b'.') {
            // `.5`
            self.decimal_tail()?;
            is_float_or_imaginary = true;
        } else {
            self.pos = start;
            if first == Some(b'0') {
                // `0`, `00`, `0_0`, or a float/imaginary starting with zeros.
                loop {
                    match self.peek() {
                        Some(b'0') => self.pos += 1,
                        Some(b'_') => {
                            self.pos += 1;
                            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                                return Err(self.error_before("invalid decimal literal", self.pos));
                            }
                        }
                        _ => break,
                    }
                }
                let zeros_end = self.pos;
                let nonzero = matches!(self.peek(), Some(b'0'..=b'9'));
                if nonzero {
                    self.decimal_tail()?;
                }
                let next = self.peek();
                if nonzero && !matches!(next, Some(b'.' | b'e' | b'E' | b'j' | b'J')) {
                    let line = self.source.line_of(start as u32);
                    let line_start = self.source.line_start(line);
                    let text = self.source.text();
                    let column = text[line_start..start].chars().count() as i32;
                    let end = text[line_start..zeros_end + 1].chars().count() as i32;
                    return Err(CompileError {
                        kind: ErrorKind::SyntaxError,
                        message: "leading zeros in decimal integer literals are not permitted; \
                                  use an 0o prefix for octal integers"
                            .into(),
                        line,
                        offset: column + 1,
                        end_line: line as i32,
                        end_offset: end,
                        text: Some(self.source.line_text(line).to_string()),
                    });
                }
            } else {
                self.decimal_tail()?;
            }
            if self.peek() == Some(b'.') {
                self.pos += 1;
                is_float_or_imaginary = true;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.decimal_tail()?;
                }
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            let e_at = self.pos;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
                if !matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error_before("invalid decimal literal", self.pos));
                }
            } else if !matches!(self.peek(), Some(b'0'..=b'9')) {
                // `1else`: the `e` starts the next word.
                self.pos = e_at;
                self.end_of_number("decimal")?;
                self.push(TokenKind::Number, start, self.pos);
                return Ok(Step::Continue);
            }
            self.decimal_tail()?;
            is_float_or_imaginary = true;
        }
        let _ = is_float_or_imaginary;
        if let Some(b'j' | b'J') = self.peek() {
            self.pos += 1;
            self.end_of_number("imaginary")?;
        } else {
            self.end_of_number("decimal")?;
        }
        self.push(TokenKind::Number, start, self.pos);
        Ok(Step::Continue)
    }

    fn bump(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.pos += 1;
        Some(byte)
    }

    /// Digits with single underscores between them (at least one digit is next).
    fn decimal_tail(&mut self) -> Result<(), CompileError> {
        loop {
            while matches!(self.peek(), Some(b'0'..=b'9')) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                return Ok(());
            }
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_before("invalid decimal literal", self.pos));
            }
        }
    }

    /// A number directly followed by a letter is an error, except before the keywords that
    /// can follow a number in valid code (`1if x else 2`), which CPython only warns about.
    fn end_of_number(&self, kind: &str) -> Result<(), CompileError> {
        let rest = &self.text[self.pos..];
        let Some(&next) = rest.first() else {
            return Ok(());
        };
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|word| {
                rest.starts_with(word.as_bytes())
                    && !rest
                        .get(word.len())
                        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
            })
            || (next == b'i' && matches!(rest.get(1), Some(b'f' | b'n' | b's')));
        if keyword_follows {
            return Ok(());
        }
        if next.is_ascii_alphanumeric() || next == b'_' {
            return Err(self.error_before(format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }

    // ----- strings -----

    /// A string starting at `start` (its prefix) whose first quote is at `quote_at`.
    fn string(
        &mut self,
        start: usize,
        quote_at: usize,
        raw: bool,
        _bytes: bool,
        fstring: bool,
    ) -> Result<Step, CompileError> {
        let quote = self.text[quote_at];
        let triple = self.text.get(quote_at + 1) == Some(&quote)
            && self.text.get(quote_at + 2) == Some(&quote);
        self.pos = quote_at + if triple { 3 } else { 1 };
        if fstring {
            if self.fstrings.len() + 1 >= MAX_FSTRING_NESTING {
                return Err(self.error_before("too many nested f-strings", self.pos));
            }
            self.fstrings.push(FString {
                quote,
                triple,
                raw,
                start,
                fields: Vec::new(),
            });
            self.push(TokenKind::FStringStart, start, self.pos);
            return Ok(Step::Continue);
        }
        let mut escaped_quote = false;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.unterminated_string(start, triple, escaped_quote, false));
            };
            self.pos += 1;
            match byte {
                b'\n' if !triple => {
                    self.pos -= 1;
                    return Err(self.unterminated_string(start, triple, escaped_quote, false));
                }
                b'\\' => {
                    if self.peek() == Some(quote) {
                        escaped_quote = true;
                    }
                    if self.peek().is_some() {
                        self.pos += 1;
                    }
                }
                _ if byte == quote => {
                    if !triple {
                        break;
                    }
                    if self.peek() == Some(quote) && self.peek_at(1) == Some(quote) {
                        self.pos += 2;
                        break;
                    }
                }
                _ => {}
            }
        }
        // An unterminated string inside an f-string replacement field that uses the
        // f-string's own quote means the field's `}` is missing.
        self.push(TokenKind::String, start, self.pos);
        Ok(Step::Continue)
    }

    fn unterminated_string(
        &self,
        start: usize,
        triple: bool,
        escaped_quote: bool,
        fstring: bool,
    ) -> CompileError {
        // "detected at" the line where the tokenizer gave up.
        let detected_at = self
            .source
            .line_of(self.pos.min(self.text.len()).saturating_sub(
                if self.pos >= self.text.len() && self.text.ends_with(b"\n") {
                    1
                } else {
                    0
                },
            ) as u32);
        if let Some(enclosing) = self.fstrings.last() {
            let quote = self.text[start..]
                .iter()
                .position(|&c| c == b'"' || c == b'\'')
                .map(|i| self.text[start + i]);
            if !fstring && quote == Some(enclosing.quote) && triple == enclosing.triple {
                let mut error = self.error_at("f-string: expecting '}'", start);
                error.message = "f-string: expecting '}'".into();
                return error;
            }
        }
        let what = if fstring {
            "f-string literal"
        } else {
            "string literal"
        };
        let message = if triple {
            format!("unterminated triple-quoted {what} (detected at line {detected_at})")
        } else if escaped_quote {
            format!(
                "unterminated {what} (detected at line {detected_at}); perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated {what} (detected at line {detected_at})")
        };
        self.error_at(message, start)
    }

    // ----- f-strings -----

    /// Literal text of an f-string (or of a format spec), up to a replacement field, the end
    /// of the field, or the closing quote.
    fn fstring_part(&mut self) -> Result<Step, CompileError> {
        let start = self.pos;
        let fstring = self.fstrings.last().unwrap();
        let (quote, triple, raw) = (fstring.quote, fstring.triple, fstring.raw);
        let in_format_spec = !fstring.fields.is_empty();
        loop {
            let at = self.pos;
            let Some(byte) = self.peek() else {
                let start = self.fstrings.last().unwrap().start;
                return Err(self.unterminated_string(start, triple, false, true));
            };
            if byte == b'\n' && !triple {
                if in_format_spec {
                    // The spec ends at the line's end; the field then misses its `}`.
                    self.emit_middle(start, at);
                    self.fstrings
                        .last_mut()
                        .unwrap()
                        .fields
                        .last_mut()
                        .unwrap()
                        .in_format_spec = false;
                    return Ok(Step::Continue);
                }
                let start = self.fstrings.last().unwrap().start;
                return Err(self.unterminated_string(start, triple, false, true));
            }
            if byte == quote
                && (!triple || (self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote)))
            {
                self.emit_middle(start, at);
                let length = if triple { 3 } else { 1 };
                self.pos += length;
                self.fstrings.pop();
                self.push(TokenKind::FStringEnd, at, self.pos);
                return Ok(Step::Continue);
            }
            match byte {
                b'{' => {
                    if !in_format_spec && self.peek_at(1) == Some(b'{') {
                        self.pos += 2;
                        continue;
                    }
                    self.emit_middle(start, at);
                    let fields = self.fstrings.last().unwrap().fields.len();
                    if fields + 1 > MAX_FSTRING_FIELD_DEPTH {
                        // `{a:{b:{c:{d}}}}`: reported at the `:` that opened this spec.
                        let colon = self
                            .tokens
                            .iter()
                            .rev()
                            .find(|t| t.kind == TokenKind::Colon)
                            .map_or(at, |t| t.span.start as usize);
                        return Err(
                            self.error_before("f-string: expressions nested too deeply", colon + 1)
                        );
                    }
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.error_before("too many nested parentheses", at + 1));
                    }
                    self.pos += 1;
                    self.brackets.push(Bracket {
                        byte: b'{',
                        span: Span::new(at, at + 1),
                    });
                    let depth = self.brackets.len();
                    let fstring = self.fstrings.last_mut().unwrap();
                    if let Some(field) = fstring.fields.last_mut() {
                        field.in_format_spec = false;
                        // Back in the enclosing spec once this nested field closes.
                        let outer = *field;
                        fstring.fields.pop();
                        fstring.fields.push(Field {
                            in_format_spec: true,
                            ..outer
                        });
                    }
                    fstring.fields.push(Field {
                        depth,
                        in_format_spec: false,
                    });
                    self.push(TokenKind::LeftBrace, at, self.pos);
                    return Ok(Step::Continue);
                }
                b'}' => {
                    if !in_format_spec && self.peek_at(1) == Some(b'}') {
                        self.pos += 2;
                        continue;
                    }
                    self.emit_middle(start, at);
                    if !in_format_spec {
                        self.pos += 1;
                        return Err(
                            self.error_before("f-string: single '}' is not allowed", self.pos)
                        );
                    }
                    // The end of the spec and of its field.
                    self.pos += 1;
                    self.brackets.pop();
                    self.fstrings.last_mut().unwrap().fields.pop();
                    self.push(TokenKind::RightBrace, at, self.pos);
                    return Ok(Step::Continue);
                }
                b'\\' => {
                    self.pos += 1;
                    match self.peek() {
                        // `\{` is a backslash then a real brace.
                        Some(b'{' | b'}') => {}
                        Some(b'N') if !raw && self.peek_at(1) == Some(b'{') => {
                            // `\N{NAME}`: its braces are not a field.
                            while !matches!(self.peek(), None | Some(b'}') | Some(b'\n')) {
                                self.pos += 1;
                            }
                            if self.peek() == Some(b'}') {
                                self.pos += 1;
                            }
                        }
                        Some(_) => self.pos += 1,
                        None => {}
                    }
                }
                _ => self.pos += 1,
            }
        }
    }

    fn emit_middle(&mut self, start: usize, end: usize) {
        if end > start {
            self.push(TokenKind::FStringMiddle, start, end);
        }
    }
}

/// Python's `str.isidentifier` rules for a first character (approximated with Unicode's
/// alphabetic property).
fn is_identifier_start(ch: char) -> bool {
    ch == '_' || ch.is_alphabetic()
}

fn is_identifier_continue(ch: char) -> bool {
    ch == '_'
        || ch.is_alphanumeric()
        // Combining marks and connector punctuation used inside words.
        || matches!(ch, '\u{0300}'..='\u{036f}' | '\u{203f}' | '\u{2040}' | '\u{00b7}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn kinds(text: &str) -> Vec<TokenKind> {
        let source = SourceFile::new("t.py", text);
        let lexed = tokenize(&source);
        assert!(lexed.error.is_none(), "{:?}", lexed.error);
        lexed.tokens.iter().map(|t| t.kind).collect()
    }

    fn error(text: &str) -> CompileError {
        let source = SourceFile::new("t.py", text);
        tokenize(&source).error.expect("a tokenizer error")
    }

    #[test]
    fn blocks_produce_indent_and_dedent() {
        assert_eq!(
            kinds("if x:\n    y = 1\n\n    # note\nz\n"),
            [
                If, Name, Colon, Newline, Indent, Name, Equal, Number, Newline, Dedent, Name,
                Newline, EndMarker
            ]
        );
    }

    #[test]
    fn brackets_join_lines_and_eof_closes_blocks() {
        assert_eq!(
            kinds("def f(a,\n      b):\n  return a"),
            [
                Def, Name, LeftParen, Name, Comma, Name, RightParen, Colon, Newline, Indent,
                Return, Name, Newline, Dedent, EndMarker
            ]
        );
    }

    #[test]
    fn fstrings_split_into_parts_and_fields() {
        assert_eq!(
            kinds("f'a{x!r:>{w}}b'"),
            [
                FStringStart,
                FStringMiddle,
                LeftBrace,
                Name,
                Exclamation,
                Name,
                Colon,
                FStringMiddle,
                LeftBrace,
                Name,
                RightBrace,
                RightBrace,
                FStringMiddle,
                FStringEnd,
                Newline,
                EndMarker
            ]
        );
        assert_eq!(
            kinds("f\"{d['k']}\""),
            [
                FStringStart,
                LeftBrace,
                Name,
                LeftBracket,
                String,
                RightBracket,
                RightBrace,
                FStringEnd,
                Newline,
                EndMarker
            ]
        );
        assert_eq!(
            kinds("f'{{x}}'"),
            [FStringStart, FStringMiddle, FStringEnd, Newline, EndMarker]
        );
    }

    #[test]
    fn operators_take_the_longest_match() {
        assert_eq!(
            kinds("a **= b // c -> ... := !="),
            [
                Name,
                DoubleStarEqual,
                Name,
                DoubleSlash,
                Name,
                Arrow,
                Ellipsis,
                ColonEqual,
                NotEqual,
                Newline,
                EndMarker
            ]
        );
    }

    #[test]
    fn numbers_in_every_form() {
        for number in [
            "0", "00", "1_000", "0x_ff", "0o17", "0b1010", "1.5", ".5", "5.", "1e10", "1E-3", "2j",
            "1.5J",
        ] {
            assert_eq!(kinds(number), [Number, Newline, EndMarker], "{number}");
        }
        assert_eq!(
            kinds("1if x else 2"),
            [Number, If, Name, Else, Number, Newline, EndMarker]
        );
    }

    #[test]
    fn tokenizer_errors_are_placed_as_cpython_places_them() {
        let e = error("x = 1st\n");
        assert_eq!(
            (e.message.as_str(), e.offset, e.end_offset),
            ("invalid decimal literal", 5, 5)
        );
        let e = error("x = 0o8\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("invalid digit '8' in octal literal", 7)
        );
        let e = error("x = 007\n");
        assert_eq!((e.offset, e.end_offset), (5, 7));
        let e = error("x = \"abc\ny = 1\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("unterminated string literal (detected at line 1)", 5)
        );
        assert_eq!(e.text.as_deref(), Some("x = \"abc"));
        let e = error("s = \"\"\"abc\n\nx\n");
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        let e = error("x = 1)\n");
        assert_eq!((e.message.as_str(), e.offset), ("unmatched ')'", 6));
        let e = error("x = (\n1,\n2]\n");
        assert_eq!(
            e.message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!((e.line, e.offset), (3, 2));
        let e = error("if x:\n        a\n    bb = 1\n");
        assert_eq!(
            (e.kind, e.offset, e.end_offset),
            (ErrorKind::IndentationError, 11, -1)
        );
        let e = error("x = “hi”\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("invalid character '“' (U+201C)", 5)
        );
        let e = error("x\u{a0}= 1\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("invalid non-printable character U+00A0", 2)
        );
        // Unassigned and private-use characters are not printable either.
        let e = error("x = \u{e000}\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("invalid non-printable character U+E000", 5)
        );
        let e = error("a\u{378} = 1\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("invalid non-printable character U+0378", 2)
        );
        let e = error("x = f\"a}b\"\n");
        assert_eq!(
            (e.message.as_str(), e.offset),
            ("f-string: single '}' is not allowed", 8)
        );
    }

    #[test]
    fn open_brackets_at_the_end_are_remembered() {
        let source = SourceFile::new("t.py", "x = (1,\n  2\n");
        let lexed = tokenize(&source);
        assert!(lexed.error.is_none());
        assert_eq!(lexed.tokens.last().unwrap().kind, UnclosedEof);
        assert_eq!(lexed.unclosed_bracket, Some((b'(', Span::new(4, 5))));
    }

    #[test]
    fn two_hundred_brackets_are_fine_but_not_more() {
        let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
        assert!(tokenize(&SourceFile::new("t.py", &ok)).error.is_none());
        let deep = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
        assert_eq!(error(&deep).message, "too many nested parentheses");
    }
}
