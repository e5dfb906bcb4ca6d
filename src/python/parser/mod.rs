//! The parser: tokens to a syntax tree, with CPython 3.12's syntax errors.
//!
//! It works as CPython's PEG parser does when a program is wrong. The first pass parses
//! strictly. If it fails, a second pass parses again with the "invalid" rules switched on:
//! checks, ported from CPython's grammar, that recognise common mistakes and raise a specific
//! message ("expected ':'", "Perhaps you forgot a comma?"). If none applies, the error is a
//! plain "invalid syntax" at the furthest token the first pass looked at. A tokenizer error
//! anywhere in the file wins over both, and an unclosed bracket from an earlier line wins over
//! a parser error, as in CPython.

mod expressions;
mod patterns;
mod statements;
mod strings;
mod targets;

use std::collections::HashMap;

use super::ast::{Expr, Module};
use super::error::{CompileError, ErrorKind};
use super::lexer::{Lexed, tokenize};
use super::source::{SourceFile, Span};
use super::token::{Token, TokenKind};

/// How deeply expressions and blocks may nest before the parser gives up, as CPython does:
/// its AST optimizer counts a level per nested expression and per enclosing function or
/// class, from a start of 2 levels when `python3.12 file.py` compiles the file, and reports
/// `RecursionError` past 3,000 (`x = ` then 2,998 `-` compiles, 2,999 do not; in a `def`,
/// one fewer). Under the oracle's harness the start is deeper (`runpy` calls compile): the
/// corpus tests no program that close to the limit.
const MAX_NESTING: u32 = 3000;
/// CPython's parser recurses once per prefix operator (`-`, `+`, `~`, `not`) and stops at
/// 6,000 levels: `x = ` followed by 5,967 of them already overflows it, before its compiler
/// could say the program is too deep.
const PARSER_OVERFLOWING_PREFIXES: usize = 5967;
/// When less stack than this is left, recursion continues on a new segment of this size.
pub(crate) const STACK_RED_ZONE: usize = 512 * 1024;
pub(crate) const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// A warning CPython prints while compiling (e.g. an invalid escape sequence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: &'static str,
    pub message: String,
    pub line: u32,
}

/// A parsed module and the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub module: Module,
    pub warnings: Vec<CompileWarning>,
}

/// Parses a whole file.
pub fn parse(source: &SourceFile) -> Result<Parsed, CompileError> {
    let lexed = tokenize(source);
    if overflows_cpythons_parser(&lexed.tokens) {
        return Err(CompileError::without_location(
            ErrorKind::MemoryError,
            "Parser stack overflowed - Python source too complex to parse",
        ));
    }
    let mut first = Parser::new(source, &lexed, false);
    let result = first.module();
    let mut furthest = first.furthest;
    let error = match result {
        Ok(module) if lexed.error.is_none() => {
            return Ok(Parsed {
                module,
                warnings: first.warnings,
            });
        }
        Ok(_) => lexed.error.clone().expect("checked above"),
        Err(Failure::Error(error)) => *error,
        Err(Failure::NoMatch) => {
            let mut second = Parser::new(source, &lexed, true);
            second.furthest = furthest;
            let result = second.module();
            let generic = generic_error(source, &lexed, furthest);
            furthest = second.furthest;
            match result {
                Err(Failure::Error(error)) => *error,
                _ => generic,
            }
        }
    };
    let furthest_line = source.line_of(
        lexed.tokens[furthest.min(lexed.tokens.len() - 1)]
            .span
            .start,
    );
    Err(prefer_tokenizer_errors(
        source,
        &lexed,
        error,
        furthest_line,
    ))
}

/// Whether the program chains so many prefix operators that CPython's parser overflows its
/// stack reading them (`MemoryError`): that happens before anything is compiled, so before
/// the `RecursionError` this parser gives for the same nesting.
fn overflows_cpythons_parser(tokens: &[Token]) -> bool {
    let mut run = 0;
    let mut previous = None;
    for token in tokens {
        let kind = token.kind;
        let arithmetic = matches!(kind, TokenKind::Minus | TokenKind::Plus | TokenKind::Tilde);
        let same_rule = match previous {
            Some(TokenKind::Not) => kind == TokenKind::Not,
            Some(_) => arithmetic,
            None => false,
        };
        run = if same_rule { run + 1 } else { 1 };
        previous = (arithmetic || kind == TokenKind::Not).then_some(kind);
        if previous.is_some() && run >= PARSER_OVERFLOWING_PREFIXES {
            return true;
        }
    }
    false
}

/// CPython tokenizes the rest of the file after a parser error: a tokenizer error there is
/// reported instead, and so is a bracket still open at the end that was opened on a line
/// before the last token the parser read.
fn prefer_tokenizer_errors(
    source: &SourceFile,
    lexed: &Lexed,
    error: CompileError,
    furthest_line: u32,
) -> CompileError {
    if let Some(tokenizer_error) = &lexed.error {
        return tokenizer_error.clone();
    }
    if let Some((bracket, span)) = lexed.unclosed_bracket
        && source.line_of(span.start) < furthest_line
    {
        return never_closed(source, bracket, span);
    }
    error
}

fn never_closed(source: &SourceFile, bracket: u8, span: Span) -> CompileError {
    CompileError::at_bytes(
        ErrorKind::SyntaxError,
        format!("'{}' was never closed", bracket as char),
        span,
        source,
    )
    .with_unset_end(0)
}

/// The error when no rule explains the failure: at the furthest token the first pass read.
fn generic_error(source: &SourceFile, lexed: &Lexed, furthest: usize) -> CompileError {
    let token = lexed.tokens[furthest.min(lexed.tokens.len() - 1)];
    match token.kind {
        TokenKind::UnclosedEof => {
            let (bracket, span) = lexed
                .unclosed_bracket
                .expect("the lexer saw an open bracket");
            never_closed(source, bracket, span)
        }
        TokenKind::Indent => {
            let mut error = CompileError::at_bytes(
                ErrorKind::IndentationError,
                "unexpected indent",
                token.span,
                source,
            );
            // CPython's INDENT token has no column: it reports where the tokenizer stands.
            error.offset = source.byte_column(token.span.end) as i32;
            error.end_offset = -1;
            error
        }
        TokenKind::Dedent => CompileError::at_bytes(
            ErrorKind::IndentationError,
            "unexpected unindent",
            token.span,
            source,
        ),
        _ => CompileError::at_bytes(ErrorKind::SyntaxError, "invalid syntax", token.span, source),
    }
}

/// Why a rule did not produce a result.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A syntax error to report as it is.
    Error(Box<CompileError>),
    /// The input does not match this rule here.
    NoMatch,
}

pub(crate) type PResult<T> = Result<T, Failure>;

struct Parser<'a> {
    source: &'a SourceFile,
    tokens: &'a [Token],
    /// The bracket depth after each token (CPython's `token->level`).
    levels: Vec<u16>,
    pos: usize,
    /// The furthest token index read: where a generic error is reported.
    furthest: usize,
    /// Second pass: check CPython's invalid-syntax rules to explain the error.
    diagnose: bool,
    /// Current nesting of expressions and blocks.
    depth: u32,
    warnings: Vec<CompileWarning>,
    /// Results of `disjunction` and `bitwise_or` by start position, in the second pass (where
    /// rules re-parse the same text, as CPython's memoised rules do).
    memo: HashMap<(MemoRule, usize), Option<(Expr, usize)>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum MemoRule {
    Disjunction,
    BitwiseOr,
}

impl<'a> Parser<'a> {
    fn new(source: &'a SourceFile, lexed: &'a Lexed, diagnose: bool) -> Self {
        let mut level = 0u16;
        let levels = lexed
            .tokens
            .iter()
            .map(|token| {
                match token.kind {
                    TokenKind::LeftParen | TokenKind::LeftBracket | TokenKind::LeftBrace => {
                        level += 1
                    }
                    TokenKind::RightParen | TokenKind::RightBracket | TokenKind::RightBrace => {
                        level = level.saturating_sub(1)
                    }
                    _ => {}
                }
                level
            })
            .collect();
        Parser {
            source,
            tokens: &lexed.tokens,
            levels,
            pos: 0,
            furthest: 0,
            diagnose,
            depth: 0,
            warnings: Vec::new(),
            memo: HashMap::new(),
        }
    }

    // ----- reading tokens -----

    fn index(&mut self, ahead: usize) -> usize {
        let index = (self.pos + ahead).min(self.tokens.len() - 1);
        self.furthest = self.furthest.max(index);
        index
    }

    fn kind(&mut self) -> TokenKind {
        let index = self.index(0);
        self.tokens[index].kind
    }

    fn kind_at(&mut self, ahead: usize) -> TokenKind {
        let index = self.index(ahead);
        self.tokens[index].kind
    }

    fn at(&mut self, kind: TokenKind) -> bool {
        self.kind() == kind
    }

    fn token(&mut self) -> Token {
        let index = self.index(0);
        self.tokens[index]
    }

    fn advance(&mut self) -> Token {
        let token = self.token();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        token
    }

    fn eat(&mut self, kind: TokenKind) -> Option<Token> {
        if self.at(kind) {
            Some(self.advance())
        } else {
            None
        }
    }

    fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        self.eat(kind).ok_or(Failure::NoMatch)
    }

    /// A token that must come next (`&&':'` in CPython's grammar): its absence is reported at
    /// once as "expected ':'".
    fn expect_forced(&mut self, kind: TokenKind) -> PResult<Token> {
        if let Some(token) = self.eat(kind) {
            return Ok(token);
        }
        let found = self.token();
        Err(self.error_at(format!("expected '{}'", kind.spelling()), found.span))
    }

    /// The text of a token.
    fn text(&self, token: Token) -> &'a str {
        let source: &'a SourceFile = self.source;
        source.slice(token.span)
    }

    /// Whether the next token is the name `word` (a soft keyword such as `match`).
    fn at_name(&mut self, word: &str) -> bool {
        let token = self.token();
        token.kind == TokenKind::Name && self.text(token) == word
    }

    /// The span from `start` (a token index) to the end of the last token consumed.
    fn span_from(&self, start: usize) -> Span {
        let first = self.tokens[start].span;
        // A statement ends with its last real token, not the NEWLINE or DEDENT after it.
        let mut last = self.pos.saturating_sub(1).max(start);
        while last > start
            && matches!(
                self.tokens[last].kind,
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
            )
        {
            last -= 1;
        }
        first.to(self.tokens[last].span)
    }

    fn previous_end(&self) -> Span {
        Span::at(self.tokens[self.pos.saturating_sub(1)].span.end as usize)
    }

    // ----- errors -----

    /// A syntax error covering `span` (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`).
    fn error_at(&self, message: impl Into<String>, span: Span) -> Failure {
        self.error_kind_at(ErrorKind::SyntaxError, message, span)
    }

    fn error_kind_at(&self, kind: ErrorKind, message: impl Into<String>, span: Span) -> Failure {
        Failure::Error(Box::new(CompileError::at_bytes(
            kind,
            message,
            span,
            self.source,
        )))
    }

    /// An error at the last token read (`RAISE_SYNTAX_ERROR`).
    fn error_at_last_token(&self, kind: ErrorKind, message: impl Into<String>) -> Failure {
        let token = self.tokens[self.furthest];
        if token.kind == TokenKind::EndMarker && self.furthest > 0 {
            // At the end of the file CPython reports the last line, without a column.
            let last = self.tokens[self.furthest - 1].span;
            let mut error = CompileError::at_bytes(kind, message, last, self.source);
            error.line = self.source.line_of(last.start);
            error.text = Some(self.source.line_text_with_newline(error.line).to_string());
            error.offset = 0;
            error.end_line = error.line as i32;
            error.end_offset = -1;
            return Failure::Error(Box::new(error));
        }
        self.error_kind_at(kind, message, token.span)
    }

    /// An error from `span` to the end of the last token read (`RAISE_SYNTAX_ERROR_STARTING_FROM`).
    fn error_starting_from(&self, message: impl Into<String>, span: Span) -> Failure {
        let last = self.tokens[self.furthest.saturating_sub(1)].span;
        self.error_at(message, Span::new(span.start as usize, last.end as usize))
    }

    /// Counts one more level of nesting, failing as CPython does when there are too many.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Failure::Error(Box::new(CompileError::without_location(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ))));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Runs a rule one level deeper, on a fresh stack segment when the current one runs low:
    /// deeply nested programs must end in CPython's RecursionError, never a stack overflow.
    fn nested<T>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.enter()?;
        let result = stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || rule(self));
        self.leave();
        result
    }

    /// Runs `rule` and rewinds if it does not match (a PEG alternative). Errors propagate.
    fn attempt<T>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let start = self.pos;
        let depth = self.depth;
        match rule(self) {
            Ok(value) => Ok(Some(value)),
            Err(Failure::NoMatch) => {
                self.pos = start;
                self.depth = depth;
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// Runs `rule` without the invalid-syntax checks (CPython's `_without_invalid` rules).
    fn without_diagnosis<T>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let diagnose = std::mem::replace(&mut self.diagnose, false);
        let result = rule(self);
        self.diagnose = diagnose;
        result
    }

    /// Looks ahead without consuming: whether `rule` would match here.
    fn lookahead<T>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<bool> {
        let start = self.pos;
        let depth = self.depth;
        let matched = match rule(self) {
            Ok(_) => true,
            Err(Failure::NoMatch) => false,
            Err(error) => return Err(error),
        };
        self.pos = start;
        self.depth = depth;
        Ok(matched)
    }

    fn module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !self.at(TokenKind::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }
}

#[cfg(test)]
mod tests;
