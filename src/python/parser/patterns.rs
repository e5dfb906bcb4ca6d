//! The `match` statement and its patterns, following CPython 3.12's grammar (`match_stmt`,
//! `case_block`, `patterns` and the rules below them).

use std::rc::Rc;

use super::{Failure, PResult, Parser};
use crate::python::ast::*;
use crate::python::token::TokenKind as T;

impl Parser<'_> {
    /// `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`. A line that starts with
    /// the name `match` but is not a match statement (`match = 1`) does not match here.
    pub(super) fn match_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        self.advance();
        let subject = self.subject_expression()?;
        self.expect(T::Colon)?;
        if !(self.at(T::Newline) && self.kind_at(1) == T::Indent) {
            return Err(Failure::NoMatch);
        }
        let case = self.tokens[(self.pos + 2).min(self.tokens.len() - 1)];
        if case.kind != T::Name || self.text(case) != "case" {
            return Err(Failure::NoMatch);
        }
        self.advance();
        self.advance();
        let mut cases = Vec::new();
        while !self.at(T::Dedent) {
            if !self.at_name("case") {
                return Err(Failure::NoMatch);
            }
            cases.push(self.case_block()?);
        }
        self.advance();
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: self.span_from(start),
        })
    }

    /// `star_named_expression ',' star_named_expressions? | named_expression`.
    fn subject_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: Context::Load,
                parenthesized: false,
            },
            self.span_from(start),
        ))
    }

    /// `"case" patterns guard? ':' block`.
    fn case_block(&mut self) -> PResult<MatchCase> {
        let case = self.advance();
        let pattern = self.nested(|p| p.patterns())?;
        let guard = if self.eat(T::If).is_some() {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.expect_forced(T::Colon)?;
        let line = self.source.line_of(case.span.start);
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `open_sequence_pattern | pattern`: `case a, b:` is a sequence pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(Failure::NoMatch);
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::Colon) || self.at(T::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(start),
        })
    }

    /// `as_pattern | or_pattern`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let start = p.pos;
            let pattern = p.or_pattern()?;
            if p.eat(T::As).is_none() {
                return Ok(pattern);
            }
            let name = p.expect(T::Name)?;
            let text = p.text(name);
            if text == "_" {
                return Err(p.error_at("cannot use '_' as a target", name.span));
            }
            Ok(Pattern {
                kind: PatternKind::As {
                    pattern: Some(Box::new(pattern)),
                    name: Some(Rc::from(text)),
                },
                span: p.span_from(start),
            })
        })
    }

    /// `'|'.closed_pattern+`.
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        if !self.at(T::VerticalBar) {
            return Ok(first);
        }
        let mut alternatives = vec![first];
        while self.eat(T::VerticalBar).is_some() {
            alternatives.push(self.closed_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Or(alternatives),
            span: self.span_from(start),
        })
    }

    /// `star_pattern | pattern`.
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(T::Star) {
            let start = self.pos;
            self.advance();
            let name = self.expect(T::Name)?;
            let text = self.text(name);
            return Ok(Pattern {
                kind: PatternKind::Star((text != "_").then(|| Rc::from(text))),
                span: self.span_from(start),
            });
        }
        self.pattern()
    }

    /// A literal, capture, wildcard, value, group, sequence, mapping or class pattern.
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let token = self.token();
        let kind = match token.kind {
            T::None => {
                self.advance();
                PatternKind::Singleton(Constant::None)
            }
            T::True | T::False => {
                self.advance();
                PatternKind::Singleton(Constant::Bool(token.kind == T::True))
            }
            T::Number | T::Minus | T::String => PatternKind::Value(self.literal_expression()?),
            T::FStringStart => {
                let fstring = self.strings()?;
                return Err(self.error_at(
                    "patterns may only match literals and attribute lookups",
                    fstring.span,
                ));
            }
            T::Name => return self.name_pattern(),
            T::LeftParen => return self.group_or_tuple_pattern(),
            T::LeftBracket => {
                self.advance();
                let items = self.sequence_items(T::RightBracket)?;
                self.expect(T::RightBracket)?;
                PatternKind::Sequence(items)
            }
            T::LeftBrace => return self.mapping_pattern(),
            _ => return Err(Failure::NoMatch),
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// A number (signed, or a complex sum such as `1 + 2j`) or a string literal.
    fn literal_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.at(T::String) {
            return self.strings();
        }
        let negative = self.eat(T::Minus).is_some();
        let number = self.token();
        if number.kind != T::Number {
            return Err(Failure::NoMatch);
        }
        let mut expr = self.factor_free_atom()?;
        if negative {
            expr = Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(expr),
                },
                self.span_from(start),
            );
        }
        if matches!(self.kind(), T::Plus | T::Minus) && self.kind_at(1) == T::Number {
            let op = if self.advance().kind == T::Plus {
                BinaryOp::Add
            } else {
                BinaryOp::Sub
            };
            let right = self.factor_free_atom()?;
            expr = Expr::new(
                ExprKind::BinOp {
                    left: Box::new(expr),
                    op,
                    right: Box::new(right),
                },
                self.span_from(start),
            );
        }
        Ok(expr)
    }

    /// One number token as a constant expression.
    fn factor_free_atom(&mut self) -> PResult<Expr> {
        let token = self.advance();
        let value = self.number(token.span)?;
        Ok(Expr::new(ExprKind::Constant(value), token.span))
    }

    /// A capture (`x`), the wildcard (`_`), a value (`Color.RED`) or a class pattern
    /// (`Point(x=0)`, `mod.Point(...)`).
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.advance();
        let mut expr = Expr::new(
            ExprKind::Name {
                id: Rc::from(self.text(first)),
                ctx: Context::Load,
            },
            first.span,
        );
        let mut dotted = false;
        while self.at(T::Dot) {
            self.advance();
            let attr = self.expect(T::Name)?;
            expr = Expr::new(
                ExprKind::Attribute {
                    value: Box::new(expr),
                    attr: Rc::from(self.text(attr)),
                    ctx: Context::Load,
                },
                self.span_from(start),
            );
            dotted = true;
        }
        if self.at(T::LeftParen) {
            return self.class_pattern(start, expr);
        }
        let kind = if dotted {
            PatternKind::Value(expr)
        } else {
            let text = self.text(first);
            PatternKind::As {
                pattern: None,
                name: (text != "_").then(|| Rc::from(text)),
            }
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// `'(' pattern ')'` (a group) or `'(' open_sequence_pattern? ')'` (a tuple).
    fn group_or_tuple_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        self.advance();
        if self.eat(T::RightParen).is_some() {
            return Ok(Pattern {
                kind: PatternKind::Sequence(Vec::new()),
                span: self.span_from(start),
            });
        }
        let first = self.maybe_star_pattern()?;
        if self.at(T::RightParen) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(Failure::NoMatch);
            }
            // A group: the pattern itself.
            self.advance();
            return Ok(first);
        }
        let mut items = vec![first];
        self.expect(T::Comma)?;
        items.extend(self.sequence_items(T::RightParen)?);
        self.expect(T::RightParen)?;
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(start),
        })
    }

    /// `','.maybe_star_pattern+ ','?` up to `close` (not consumed).
    fn sequence_items(&mut self, close: T) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at(close) {
            items.push(self.maybe_star_pattern()?);
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok(items)
    }

    /// `'{' items_pattern? (',' '**' NAME)? ','? '}'`.
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        self.advance();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::RightBrace) {
            if self.eat(T::DoubleStar).is_some() {
                let name = self.expect(T::Name)?;
                rest = Some(Rc::from(self.text(name)));
                self.eat(T::Comma);
                break;
            }
            let key = match self.kind() {
                T::None | T::True | T::False => self.literal_keyword()?,
                T::Name => {
                    let key_start = self.pos;
                    let pattern = self.name_pattern()?;
                    match pattern.kind {
                        PatternKind::Value(expr) => expr,
                        _ => {
                            self.pos = key_start;
                            return Err(Failure::NoMatch);
                        }
                    }
                }
                _ => self.literal_expression()?,
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RightBrace)?;
        Ok(Pattern {
            kind: PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            span: self.span_from(start),
        })
    }

    /// `None`, `True` or `False` as a mapping key.
    fn literal_keyword(&mut self) -> PResult<Expr> {
        let token = self.advance();
        let value = match token.kind {
            T::None => Constant::None,
            kind => Constant::Bool(kind == T::True),
        };
        Ok(Expr::new(ExprKind::Constant(value), token.span))
    }

    /// `name_or_attr '(' positional_patterns? keyword_patterns? ')'`.
    fn class_pattern(&mut self, start: usize, cls: Expr) -> PResult<Pattern> {
        self.advance();
        let mut patterns = Vec::new();
        let mut kwd_attrs: Vec<Name> = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::RightParen) {
            if self.at(T::Name) && self.kind_at(1) == T::Equal {
                let name = self.advance();
                self.advance();
                kwd_attrs.push(Rc::from(self.text(name)));
                kwd_patterns.push(self.pattern()?);
            } else {
                let positional = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_at(
                        "positional patterns follow keyword patterns",
                        positional.span,
                    ));
                }
                patterns.push(positional);
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RightParen)?;
        Ok(Pattern {
            kind: PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            span: self.span_from(start),
        })
    }
}
