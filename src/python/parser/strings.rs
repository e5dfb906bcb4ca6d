//! String literals: escape sequences, implicit concatenation, bytes, and f-strings.

use std::rc::Rc;

use super::{CompileWarning, Failure, PResult, Parser};
use crate::python::ast::*;
use crate::python::error::{CompileError, ErrorKind};
use crate::python::source::Span;
use crate::python::token::{Token, TokenKind as T};

/// A piece of a string being assembled from adjacent literals.
enum Piece {
    Text(String),
    Field(Expr),
}

impl Parser<'_> {
    /// `strings`: one or more adjacent string and f-string literals, joined.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_text = false;
        let mut saw_fstring = false;
        loop {
            match self.kind() {
                T::String => {
                    let token = self.advance();
                    match self.string_literal(token)? {
                        Literal::Text(text) => {
                            saw_text = true;
                            push_text(&mut pieces, &text);
                        }
                        Literal::Bytes(value) => bytes.get_or_insert_with(Vec::new).extend(value),
                    }
                }
                T::FStringStart => {
                    saw_fstring = true;
                    for piece in self.fstring()? {
                        match piece {
                            Piece::Text(text) => push_text(&mut pieces, &text),
                            field => pieces.push(field),
                        }
                    }
                }
                _ => break,
            }
        }
        let span = self.span_from(start);
        if bytes.is_some() && (saw_text || saw_fstring) {
            return Err(self.error_at_last_token(
                ErrorKind::SyntaxError,
                "cannot mix bytes and nonbytes literals",
            ));
        }
        if let Some(bytes) = bytes {
            return Ok(Expr::new(
                ExprKind::Constant(Constant::Bytes(Rc::from(bytes))),
                span,
            ));
        }
        if !saw_fstring {
            let text = match pieces.pop() {
                Some(Piece::Text(text)) => text,
                _ => String::new(),
            };
            return Ok(Expr::new(
                ExprKind::Constant(Constant::Str(Rc::from(text))),
                span,
            ));
        }
        let values = pieces
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Text(text) if text.is_empty() => None,
                Piece::Text(text) => Some(Expr::new(
                    ExprKind::Constant(Constant::Str(Rc::from(text))),
                    span,
                )),
                Piece::Field(expr) => Some(expr),
            })
            .collect();
        Ok(Expr::new(ExprKind::JoinedStr(values), span))
    }

    /// Decodes one plain (non-f) string or bytes literal.
    fn string_literal(&mut self, token: Token) -> PResult<Literal> {
        let text = self.text(token);
        let prefix_length = text.find(['"', '\'']).expect("a string token has a quote");
        let prefix = text[..prefix_length].to_ascii_lowercase();
        let quote_length = if text[prefix_length..].starts_with("\"\"\"")
            || text[prefix_length..].starts_with("'''")
        {
            3
        } else {
            1
        };
        let body = &text[prefix_length + quote_length..text.len() - quote_length];
        let raw = prefix.contains('r');
        let body_start = token.span.start as usize + prefix_length + quote_length;
        if prefix.contains('b') {
            if let Some(offset) = body.find(|c: char| !c.is_ascii()) {
                let _ = offset;
                return Err(self.error_at(
                    "bytes can only contain ASCII literal characters",
                    token.span,
                ));
            }
            if raw {
                return Ok(Literal::Bytes(body.as_bytes().to_vec()));
            }
            let decoded = self.decode_escapes(body, body_start, token, true)?;
            return Ok(Literal::Bytes(
                decoded.chars().map(|c| c as u32 as u8).collect(),
            ));
        }
        if raw {
            return Ok(Literal::Text(body.to_string()));
        }
        Ok(Literal::Text(
            self.decode_escapes(body, body_start, token, false)?,
        ))
    }

    /// Interprets backslash escapes as CPython does, warning about unknown ones. For bytes,
    /// each char of the result is one byte value.
    fn decode_escapes(
        &mut self,
        body: &str,
        body_start: usize,
        token: Token,
        bytes: bool,
    ) -> PResult<String> {
        if !body.contains('\\') {
            return Ok(body.to_string());
        }
        let mut out = String::with_capacity(body.len());
        let mut chars = body.char_indices().peekable();
        while let Some((index, ch)) = chars.next() {
            if ch != '\\' {
                out.push(ch);
                continue;
            }
            let Some((_, escape)) = chars.next() else {
                out.push('\\');
                break;
            };
            match escape {
                '\n' => {}
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut value = escape.to_digit(8).unwrap();
                    let mut digits = escape.to_string();
                    for _ in 0..2 {
                        match chars.peek() {
                            Some(&(_, d @ '0'..='7')) => {
                                value = value * 8 + d.to_digit(8).unwrap();
                                digits.push(d);
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    if value > 0o377 {
                        self.warn(token, format!("invalid octal escape sequence '\\{digits}'"));
                    }
                    if bytes {
                        out.push(char::from((value & 0xff) as u8));
                    } else {
                        out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                    }
                }
                'x' | 'u' | 'U' if !(bytes && escape != 'x') => {
                    let width = match escape {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut value = 0u32;
                    let mut count = 0;
                    while count < width {
                        match chars.peek() {
                            Some(&(_, d)) if d.is_ascii_hexdigit() => {
                                value = value * 16 + d.to_digit(16).unwrap();
                                count += 1;
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    let codec = if bytes {
                        "(value error)"
                    } else {
                        "(unicode error) 'unicodeescape' codec"
                    };
                    let position = index;
                    if count < width {
                        let end = position + 1 + count;
                        let message = if bytes {
                            format!("(value error) invalid \\x escape at position {position}")
                        } else {
                            let what = match escape {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            format!(
                                "{codec} can't decode bytes in position {position}-{end}: {what}"
                            )
                        };
                        let _ = body_start;
                        return Err(self.error_at(message, token.span));
                    }
                    // `\ud800` is a lone surrogate: a valid str, stored as its stand-in.
                    match pycore::surrogates::to_char(value) {
                        Some(c) if !bytes => out.push(c),
                        _ if bytes => out.push(char::from(value as u8)),
                        _ => {
                            let end = position + 1 + count;
                            return Err(self.error_at(
                                format!("{codec} can't decode bytes in position {position}-{end}: illegal Unicode character"),
                                token.span,
                            ));
                        }
                    }
                }
                'N' if !bytes => {
                    // `\N{NAME}`. Where CPython's decoder stops reading on an error (the
                    // end of the escape it reports) is the byte after the last it read.
                    let malformed = "malformed \\N character escape";
                    let mut stop = index + 2;
                    let mut failure = Some(malformed);
                    if let Some(&(_, '{')) = chars.peek() {
                        chars.next();
                        stop = body.len();
                        let mut name = String::new();
                        let mut closed = false;
                        for (at, c) in chars.by_ref() {
                            if c == '}' {
                                stop = at;
                                closed = true;
                                break;
                            }
                            name.push(c);
                        }
                        if closed && !name.is_empty() {
                            stop += 1;
                            match crate::python::unicode_names::lookup(&name) {
                                Ok(Some(c)) => {
                                    out.push(c);
                                    failure = None;
                                }
                                Ok(None) => failure = Some("unknown Unicode character name"),
                                Err(why) => {
                                    let error = CompileError::at_bytes(
                                        ErrorKind::ModuleNotFoundError,
                                        why,
                                        token.span,
                                        self.source,
                                    );
                                    return Err(Failure::Error(Box::new(error)));
                                }
                            }
                        }
                    }
                    if let Some(message) = failure {
                        let last = stop.saturating_sub(1).max(index);
                        return Err(self.error_at(
                            format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {index}-{last}: {message}"
                            ),
                            token.span,
                        ));
                    }
                }
                other => {
                    self.warn(token, format!("invalid escape sequence '\\{other}'"));
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }

    fn warn(&mut self, token: Token, message: String) {
        // Only once: the second pass reads the same literals again.
        if self.diagnose {
            return;
        }
        self.warnings.push(CompileWarning {
            category: "SyntaxWarning",
            message,
            line: self.source.line_of(token.span.start),
        });
    }

    /// An f-string, from its start token to its end token: literal text and fields.
    fn fstring(&mut self) -> PResult<Vec<Piece>> {
        let start = self.advance();
        let prefix = self.text(start).to_ascii_lowercase();
        let raw = prefix.contains('r');
        let mut pieces = Vec::new();
        loop {
            match self.kind() {
                T::FStringMiddle => {
                    let token = self.advance();
                    let text = self.fstring_text(token, raw, false)?;
                    pieces.push(Piece::Text(text));
                }
                T::LeftBrace => {
                    let (debug_text, field) = self.replacement_field(raw)?;
                    if let Some(text) = debug_text {
                        pieces.push(Piece::Text(text));
                    }
                    pieces.push(Piece::Field(field));
                }
                T::FStringEnd => {
                    self.advance();
                    return Ok(pieces);
                }
                _ => return Err(Failure::NoMatch),
            }
        }
    }

    /// Literal text inside an f-string: `{{` and `}}` stand for single braces.
    fn fstring_text(&mut self, token: Token, raw: bool, in_format_spec: bool) -> PResult<String> {
        let text = self.text(token);
        let text = if raw {
            text.to_string()
        } else {
            self.decode_escapes(text, token.span.start as usize, token, false)?
        };
        if in_format_spec {
            return Ok(text);
        }
        Ok(text.replace("{{", "{").replace("}}", "}"))
    }

    /// `{expression[=][!conversion][:format_spec]}`; returns the `name=` text of a debug field.
    fn replacement_field(&mut self, raw: bool) -> PResult<(Option<String>, Expr)> {
        let open = self.advance();
        let field_start = self.pos;
        if self.diagnose {
            let next = self.token();
            if let T::Equal | T::Exclamation | T::Colon | T::RightBrace = next.kind {
                return Err(self.error_at(
                    format!(
                        "f-string: valid expression required before '{}'",
                        next.kind.spelling()
                    ),
                    next.span,
                ));
            }
        }
        let value = if self.at(T::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let mut debug_text = None;
        if let Some(equal) = self.eat(T::Equal) {
            let text_start = open.span.end as usize;
            let next = self.token();
            let _ = equal;
            debug_text = Some(self.source.text()[text_start..next.span.start as usize].to_string());
        }
        let mut conversion = None;
        if let Some(bang) = self.eat(T::Exclamation) {
            let name = self.token();
            if name.kind != T::Name {
                if self.diagnose && matches!(name.kind, T::Colon | T::RightBrace) {
                    return Err(self.error_at("f-string: missing conversion character", name.span));
                }
                return Err(Failure::NoMatch);
            }
            if name.span.start != bang.span.end {
                return Err(self.error_at(
                    "f-string: conversion type must come right after the exclamanation mark",
                    name.span,
                ));
            }
            self.advance();
            conversion = match self.text(name) {
                "s" => Some('s'),
                "r" => Some('r'),
                "a" => Some('a'),
                other => {
                    return Err(self.error_at(
                        format!("f-string: invalid conversion character '{other}': expected 's', 'r', or 'a'"),
                        name.span,
                    ));
                }
            };
        }
        let mut format_spec = None;
        if let Some(colon) = self.eat(T::Colon) {
            let mut parts = Vec::new();
            loop {
                match self.kind() {
                    T::FStringMiddle => {
                        let token = self.advance();
                        let text = self.fstring_text(token, raw, true)?;
                        if !text.is_empty() {
                            parts.push(Expr::new(
                                ExprKind::Constant(Constant::Str(Rc::from(text))),
                                token.span,
                            ));
                        }
                    }
                    T::LeftBrace => {
                        let (debug, field) = self.replacement_field(raw)?;
                        if let Some(text) = debug {
                            parts.push(Expr::new(
                                ExprKind::Constant(Constant::Str(Rc::from(text))),
                                field.span,
                            ));
                        }
                        parts.push(field);
                    }
                    _ => break,
                }
            }
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr(parts),
                colon.span.to(self.previous_end()),
            )));
        }
        if !self.at(T::RightBrace) {
            return Err(Failure::NoMatch);
        }
        let close = self.advance();
        // `{x=}` shows the repr unless a conversion or format spec says otherwise.
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let _ = field_start;
        let span = Span::new(open.span.start as usize, close.span.end as usize);
        Ok((
            debug_text,
            Expr::new(
                ExprKind::FormattedValue {
                    value: Box::new(value),
                    conversion,
                    format_spec,
                },
                span,
            ),
        ))
    }
}

enum Literal {
    Text(String),
    Bytes(Vec<u8>),
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_string()));
    }
}
