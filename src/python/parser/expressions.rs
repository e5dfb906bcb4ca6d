//! Expressions, following the structure of CPython 3.12's grammar rule by rule.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;

use super::{Failure, MemoRule, PResult, Parser};
use crate::python::ast::*;
use crate::python::error::ErrorKind;
use crate::python::source::Span;
use crate::python::token::TokenKind as T;

impl Parser<'_> {
    fn name_expr(&self, id: &str, span: Span) -> Expr {
        Expr::new(
            ExprKind::Name {
                id: Rc::from(id),
                ctx: Context::Load,
            },
            span,
        )
    }

    /// `star_expressions`: a single expression, or a tuple without brackets (`a, *b`).
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            match self.attempt(|p| p.star_expression())? {
                Some(expr) => elts.push(expr),
                None => break,
            }
        }
        Ok(self.tuple(elts, start, false))
    }

    fn tuple(&self, elts: Vec<Expr>, start: usize, parenthesized: bool) -> Expr {
        Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: Context::Load,
                parenthesized,
            },
            self.span_from(start),
        )
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.pos;
            self.advance();
            let value = self.bitwise_or()?;
            return Ok(self.starred(value, start));
        }
        self.expression()
    }

    fn starred(&self, value: Expr, start: usize) -> Expr {
        Expr::new(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: Context::Load,
            },
            self.span_from(start),
        )
    }

    /// `star_named_expressions`: elements of a list, set or tuple display, up to `closing`.
    fn star_named_expressions(&mut self, elts: &mut Vec<Expr>) -> PResult<()> {
        loop {
            elts.push(self.star_named_expression()?);
            if self.eat(T::Comma).is_none() {
                return Ok(());
            }
            if matches!(self.kind(), T::RightParen | T::RightBracket | T::RightBrace) {
                return Ok(());
            }
        }
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.pos;
            self.advance();
            let value = self.bitwise_or()?;
            return Ok(self.starred(value, start));
        }
        self.named_expression()
    }

    /// `assignment_expression`: `NAME := expression`.
    fn assignment_expression(&mut self) -> PResult<Expr> {
        if !(self.at(T::Name) && self.kind_at(1) == T::ColonEqual) {
            return Err(Failure::NoMatch);
        }
        let start = self.pos;
        let name = self.advance();
        self.advance();
        let value = self.expression()?;
        let mut target = self.name_expr(self.text(name), name.span);
        if let ExprKind::Name { ctx, .. } = &mut target.kind {
            *ctx = Context::Store;
        }
        Ok(Expr::new(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            self.span_from(start),
        ))
    }

    /// `named_expression`: `NAME := expression` or an expression not followed by `:=`.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        // A recursion point of its own: the second pass's lookaheads recurse through here.
        self.nested(|p| p.named_expression_inner())
    }

    fn named_expression_inner(&mut self) -> PResult<Expr> {
        if let Some(expr) = self.attempt(|p| p.assignment_expression())? {
            return Ok(expr);
        }
        if self.diagnose {
            self.invalid_named_expression()?;
        }
        let expr = self.expression()?;
        if self.at(T::ColonEqual) {
            return Err(Failure::NoMatch);
        }
        Ok(expr)
    }

    /// Mistakes with `=` and `:=` where an expression was expected.
    fn invalid_named_expression(&mut self) -> PResult<()> {
        let start = self.pos;
        // `a.b := 1`
        if let Some(target) = self.attempt(|p| p.expression())?
            && self.at(T::ColonEqual)
        {
            self.advance();
            if self.attempt(|p| p.expression())?.is_some() {
                return Err(self.error_at(
                    format!(
                        "cannot use assignment expressions with {}",
                        target.kind.describe()
                    ),
                    target.span,
                ));
            }
        }
        self.pos = start;
        // `if x = 1:`
        if self.at(T::Name) && self.kind_at(1) == T::Equal {
            let name = self.advance();
            self.advance();
            if let Some(value) = self.attempt(|p| p.bitwise_or())?
                && !matches!(self.kind(), T::Equal | T::ColonEqual)
            {
                return Err(self.error_at(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    name.span.to(value.span),
                ));
            }
            self.pos = start;
        }
        // `f() = 1` where a comparison was meant.
        let excluded = matches!(self.kind(), T::True | T::None | T::False)
            || self.lookahead(|p| p.list_display())?
            || self.lookahead(|p| p.tuple_display())?
            || self.lookahead(|p| p.generator_display())?;
        if !excluded
            && let Some(target) = self.attempt(|p| p.bitwise_or())?
            && self.at(T::Equal)
        {
            self.advance();
            if self.attempt(|p| p.bitwise_or())?.is_some()
                && !matches!(self.kind(), T::Equal | T::ColonEqual)
            {
                return Err(self.error_at(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        target.kind.describe()
                    ),
                    target.span,
                ));
            }
        }
        self.pos = start;
        Ok(())
    }

    /// `expression`: a conditional expression, a `lambda`, or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.nested(|p| p.expression_inner())
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.diagnose {
            self.invalid_expression()?;
            self.invalid_legacy_expression()?;
        }
        if self.at(T::Lambda) {
            return self.lambda();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if !self.at(T::If) {
            return Ok(body);
        }
        // `a if b else c`; without `else` this is not an expression (`[x for x in y if z]`).
        let Some((test, orelse)) = self.attempt(|p| {
            p.advance();
            let test = p.disjunction()?;
            p.expect(T::Else)?;
            let orelse = p.expression()?;
            Ok((test, orelse))
        })?
        else {
            return Ok(body);
        };
        Ok(Expr::new(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            self.span_from(start),
        ))
    }

    /// Two expressions in a row inside brackets: a missing comma; and `a if b` with no `else`.
    fn invalid_expression(&mut self) -> PResult<()> {
        let start = self.pos;
        let first = self.token();
        let excluded = first.kind == T::Name
            && (matches!(self.kind_at(1), T::String | T::FStringStart)
                || matches!(self.text(first), "match" | "case" | "_" | "type"));
        if !excluded && let Some(a) = self.attempt(|p| p.disjunction())? {
            let b_start = self.pos;
            if let Some(b) =
                self.without_diagnosis(|p| p.attempt(|p| p.expression_without_invalid()))?
            {
                let legacy =
                    matches!(&a.kind, ExprKind::Name { id, .. } if is_legacy_statement(id));
                let inside_brackets = self.levels[self.pos - 1] != 0;
                if !legacy && inside_brackets {
                    return Err(self.error_at(
                        "invalid syntax. Perhaps you forgot a comma?",
                        a.span.to(b.span),
                    ));
                }
            }
            self.pos = b_start;
        }
        self.pos = start;
        if let Some(a) = self.attempt(|p| p.disjunction())?
            && self.eat(T::If).is_some()
            && let Some(b) = self.attempt(|p| p.disjunction())?
            && !matches!(self.kind(), T::Else | T::Colon)
        {
            return Err(self.error_at("expected 'else' after 'if' expression", a.span.to(b.span)));
        }
        self.pos = start;
        Ok(())
    }

    fn expression_without_invalid(&mut self) -> PResult<Expr> {
        if self.at(T::Lambda) {
            return self.lambda();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if self.at(T::If)
            && let Some((test, orelse)) = self.attempt(|p| {
                p.advance();
                let test = p.disjunction()?;
                p.expect(T::Else)?;
                Ok((test, p.expression()?))
            })?
        {
            return Ok(Expr::new(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                self.span_from(start),
            ));
        }
        Ok(body)
    }

    /// `print "hello"`: Python 2's statements.
    fn invalid_legacy_expression(&mut self) -> PResult<()> {
        let start = self.pos;
        let name = self.token();
        if name.kind != T::Name
            || !is_legacy_statement(self.text(name))
            || self.kind_at(1) == T::LeftParen
        {
            return Ok(());
        }
        self.advance();
        if let Some(rest) = self.attempt(|p| p.star_expressions())? {
            let word = self.text(name);
            return Err(self.error_at(
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                name.span.to(rest.span),
            ));
        }
        self.pos = start;
        Ok(())
    }

    fn memoized(&mut self, rule: MemoRule, parse: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        if !self.diagnose {
            return parse(self);
        }
        let start = self.pos;
        if let Some(result) = self.memo.get(&(rule, start)) {
            return match result.clone() {
                Some((expr, end)) => {
                    self.pos = end;
                    Ok(expr)
                }
                None => Err(Failure::NoMatch),
            };
        }
        let result = parse(self);
        match &result {
            Ok(expr) => {
                self.memo
                    .insert((rule, start), Some((expr.clone(), self.pos)));
            }
            Err(Failure::NoMatch) => {
                self.memo.insert((rule, start), None);
            }
            Err(Failure::Error(_)) => {}
        }
        result
    }

    /// `disjunction`: `a or b or ...`.
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.memoized(MemoRule::Disjunction, |p| p.bool_chain(T::Or))
    }

    /// `or` chains of `and` chains of `not` expressions.
    fn bool_chain(&mut self, operator: T) -> PResult<Expr> {
        let start = self.pos;
        let first = if operator == T::Or {
            self.bool_chain(T::And)?
        } else {
            self.inversion()?
        };
        if !self.at(operator) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(operator).is_some() {
            values.push(if operator == T::Or {
                self.bool_chain(T::And)?
            } else {
                self.inversion()?
            });
        }
        let op = if operator == T::Or {
            BoolOp::Or
        } else {
            BoolOp::And
        };
        Ok(Expr::new(
            ExprKind::BoolOp { op, values },
            self.span_from(start),
        ))
    }

    /// `inversion`: `not x`.
    fn inversion(&mut self) -> PResult<Expr> {
        if self.at(T::Not) {
            let start = self.pos;
            self.advance();
            let operand = self.nested(|p| p.inversion());
            return Ok(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand?),
                },
                self.span_from(start),
            ));
        }
        self.comparison()
    }

    /// `comparison`: `a < b == c`, `x in y`, `x is not None`.
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.kind() {
                T::EqEqual => CompareOp::Eq,
                T::NotEqual => CompareOp::NotEq,
                T::Less => CompareOp::Lt,
                T::LessEqual => CompareOp::LtE,
                T::Greater => CompareOp::Gt,
                T::GreaterEqual => CompareOp::GtE,
                T::In => CompareOp::In,
                T::Not if self.kind_at(1) == T::In => CompareOp::NotIn,
                T::Is if self.kind_at(1) == T::Not => CompareOp::IsNot,
                T::Is => CompareOp::Is,
                _ => break,
            };
            self.advance();
            if matches!(op, CompareOp::NotIn | CompareOp::IsNot) {
                self.advance();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.span_from(start),
        ))
    }

    /// `bitwise_or` and the binary operators below it, left-associative.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.memoized(MemoRule::BitwiseOr, |p| p.binary(0))
    }

    /// Binary operators by precedence level: `|`, `^`, `&`, shifts, `+ -`, `* / // % @`.
    fn binary(&mut self, level: usize) -> PResult<Expr> {
        const LEVELS: usize = 6;
        if level == LEVELS {
            return self.factor();
        }
        let start = self.pos;
        let mut left = self.binary(level + 1)?;
        let mut chained = 0;
        loop {
            let op = match (level, self.kind()) {
                (0, T::VerticalBar) => BinaryOp::BitOr,
                (1, T::Circumflex) => BinaryOp::BitXor,
                (2, T::Ampersand) => BinaryOp::BitAnd,
                (3, T::LeftShift) => BinaryOp::LShift,
                (3, T::RightShift) => BinaryOp::RShift,
                (4, T::Plus) => BinaryOp::Add,
                (4, T::Minus) => BinaryOp::Sub,
                (5, T::Star) => BinaryOp::Mult,
                (5, T::Slash) => BinaryOp::Div,
                (5, T::DoubleSlash) => BinaryOp::FloorDiv,
                (5, T::Percent) => BinaryOp::Mod,
                (5, T::At) => BinaryOp::MatMult,
                _ => {
                    self.depth -= chained;
                    return Ok(left);
                }
            };
            self.advance();
            let right = self.binary(level + 1)?;
            left = Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.span_from(start),
            );
            // A long chain is as deep as it is long for the compiler.
            self.enter()?;
            chained += 1;
        }
    }

    /// `factor`: unary `+`, `-`, `~`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.pos;
        self.advance();
        let operand = self.nested(|p| p.factor());
        Ok(Expr::new(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand?),
            },
            self.span_from(start),
        ))
    }

    /// `power`: `a ** b` (right-associative through `factor`).
    fn power(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let base = self.await_primary()?;
        if self.eat(T::DoubleStar).is_none() {
            return Ok(base);
        }
        let exponent = self.nested(|p| p.factor());
        Ok(Expr::new(
            ExprKind::BinOp {
                left: Box::new(base),
                op: BinaryOp::Pow,
                right: Box::new(exponent?),
            },
            self.span_from(start),
        ))
    }

    /// `await_primary`: `await x`.
    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at(T::Await) {
            let start = self.pos;
            self.advance();
            let value = self.primary()?;
            return Ok(Expr::new(
                ExprKind::Await(Box::new(value)),
                self.span_from(start),
            ));
        }
        self.primary()
    }

    /// `primary`: an atom followed by attribute access, calls and subscripts.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut expr = self.atom()?;
        let mut chained = 0;
        loop {
            match self.kind() {
                T::Dot => {
                    self.advance();
                    let name = self.expect(T::Name)?;
                    expr = Expr::new(
                        ExprKind::Attribute {
                            value: Box::new(expr),
                            attr: Rc::from(self.text(name)),
                            ctx: Context::Load,
                        },
                        self.span_from(start),
                    );
                }
                T::LeftParen => {
                    self.advance();
                    let (args, keywords) = self.call_arguments()?;
                    self.expect(T::RightParen)?;
                    expr = Expr::new(
                        ExprKind::Call {
                            func: Box::new(expr),
                            args,
                            keywords,
                        },
                        self.span_from(start),
                    );
                }
                T::LeftBracket => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect(T::RightBracket)?;
                    expr = Expr::new(
                        ExprKind::Subscript {
                            value: Box::new(expr),
                            slice: Box::new(slice),
                            ctx: Context::Load,
                        },
                        self.span_from(start),
                    );
                }
                _ => {
                    self.depth -= chained;
                    return Ok(expr);
                }
            }
            self.enter()?;
            chained += 1;
        }
    }

    /// `slices`: one slice or expression, or a tuple of them.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.slice_or_starred()?;
        // A lone `*x` is a one-item tuple (`tuple[*Ts]`), as with a comma after it.
        if !self.at(T::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            if self.at(T::RightBracket) {
                break;
            }
            elts.push(self.slice_or_starred()?);
        }
        Ok(self.tuple(elts, start, false))
    }

    fn slice_or_starred(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            let start = self.pos;
            self.advance();
            let value = self.expression()?;
            return Ok(self.starred(value, start));
        }
        self.slice()
    }

    /// `slice`: `[lower]:[upper][:[step]]` or a named expression.
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let lower = if self.at(T::Colon) {
            None
        } else {
            let expr = self.attempt(|p| {
                let e = p.expression()?;
                if p.at(T::Colon) {
                    Ok(e)
                } else {
                    Err(Failure::NoMatch)
                }
            })?;
            match expr {
                Some(e) => Some(e),
                None => return self.named_expression(),
            }
        };
        self.expect(T::Colon)?;
        let upper = if matches!(self.kind(), T::Colon | T::Comma | T::RightBracket) {
            None
        } else {
            Some(self.expression()?)
        };
        let step = if self.eat(T::Colon).is_some() {
            if matches!(self.kind(), T::Comma | T::RightBracket) {
                None
            } else {
                Some(self.expression()?)
            }
        } else {
            None
        };
        Ok(Expr::new(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper: upper.map(Box::new),
                step: step.map(Box::new),
            },
            self.span_from(start),
        ))
    }

    /// `atom`: names, literals and displays.
    fn atom(&mut self) -> PResult<Expr> {
        let token = self.token();
        let constant = |p: &mut Self, value| {
            p.advance();
            Ok(Expr::new(ExprKind::Constant(value), token.span))
        };
        match token.kind {
            T::Name => {
                self.advance();
                Ok(self.name_expr(self.text(token), token.span))
            }
            T::True => constant(self, Constant::Bool(true)),
            T::False => constant(self, Constant::Bool(false)),
            T::None => constant(self, Constant::None),
            T::Ellipsis => constant(self, Constant::Ellipsis),
            T::Number => {
                let value = self.number(token.span)?;
                constant(self, value)
            }
            T::String | T::FStringStart => self.strings(),
            T::LeftParen => self.parenthesized(),
            T::LeftBracket => self.bracketed(),
            T::LeftBrace => self.braced(),
            _ => Err(Failure::NoMatch),
        }
    }

    pub(super) fn number(&self, span: Span) -> PResult<Constant> {
        let text: String = self
            .source
            .slice(span)
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let lower = text.to_ascii_lowercase();
        let radix = match lower.get(..2) {
            Some("0x") => Some(16),
            Some("0o") => Some(8),
            Some("0b") => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            let value = BigInt::from_str_radix(&lower[2..], radix).map_err(|_| Failure::NoMatch)?;
            return Ok(Constant::Int(value));
        }
        if let Some(imaginary) = lower.strip_suffix('j') {
            return Ok(Constant::Imaginary(
                imaginary.parse().map_err(|_| Failure::NoMatch)?,
            ));
        }
        if lower.contains(['.', 'e']) {
            return Ok(Constant::Float(
                lower.parse().map_err(|_| Failure::NoMatch)?,
            ));
        }
        Ok(Constant::Int(lower.parse().map_err(|_| Failure::NoMatch)?))
    }

    /// `(...)`: a tuple, a parenthesised expression, or a generator expression.
    fn parenthesized(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.advance();
        if self.at(T::RightParen) {
            self.advance();
            return Ok(self.tuple(Vec::new(), start, true));
        }
        if self.at(T::Yield) {
            let value = self.yield_expr()?;
            self.expect(T::RightParen)?;
            return Ok(value);
        }
        if self.diagnose && self.at(T::DoubleStar) {
            // invalid_group: `(**x)`
            let stars = self.token();
            let group = self.attempt(|p| {
                p.advance();
                p.expression()?;
                p.expect(T::RightParen)
            })?;
            if group.is_some() {
                return Err(self.error_at("cannot use double starred expression here", stars.span));
            }
        }
        let first = self.star_named_expression()?;
        if matches!(self.kind(), T::For | T::Async) {
            if self.diagnose {
                self.invalid_comprehension(&first, true)?;
            }
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Failure::NoMatch);
            }
            let generators = self.comprehension_clauses()?;
            self.expect(T::RightParen)?;
            return Ok(Expr::new(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        if self.at(T::RightParen) {
            self.advance();
            if matches!(first.kind, ExprKind::Starred { .. }) {
                if self.diagnose {
                    return Err(self.error_at("cannot use starred expression here", first.span));
                }
                return Err(Failure::NoMatch);
            }
            // A parenthesised expression keeps its own span, as in CPython's AST.
            return Ok(first);
        }
        self.expect(T::Comma)?;
        let mut elts = vec![first];
        if !self.at(T::RightParen) {
            self.star_named_expressions(&mut elts)?;
        }
        self.expect(T::RightParen)?;
        Ok(self.tuple(elts, start, true))
    }

    /// Whether the tokens here form a tuple display (for lookahead).
    fn tuple_display(&mut self) -> PResult<()> {
        self.expect(T::LeftParen)?;
        if self.eat(T::RightParen).is_some() {
            return Ok(());
        }
        self.star_named_expression()?;
        self.expect(T::Comma)?;
        if !self.at(T::RightParen) {
            let mut rest = Vec::new();
            self.star_named_expressions(&mut rest)?;
        }
        self.expect(T::RightParen)?;
        Ok(())
    }

    fn list_display(&mut self) -> PResult<()> {
        self.expect(T::LeftBracket)?;
        if !self.at(T::RightBracket) {
            let mut elts = Vec::new();
            self.star_named_expressions(&mut elts)?;
        }
        self.expect(T::RightBracket)?;
        Ok(())
    }

    fn generator_display(&mut self) -> PResult<()> {
        self.expect(T::LeftParen)?;
        if self.attempt(|p| p.assignment_expression())?.is_none() {
            self.expression()?;
        }
        self.comprehension_clauses()?;
        self.expect(T::RightParen)?;
        Ok(())
    }

    /// `[...]`: a list or a list comprehension.
    fn bracketed(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.advance();
        let mut elts = Vec::new();
        if !self.at(T::RightBracket) {
            let first = self.star_named_expression()?;
            if matches!(self.kind(), T::For | T::Async) {
                if self.diagnose {
                    self.invalid_comprehension(&first, false)?;
                }
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return Err(Failure::NoMatch);
                }
                let generators = self.comprehension_clauses()?;
                self.expect(T::RightBracket)?;
                return Ok(Expr::new(
                    ExprKind::ListComp {
                        elt: Box::new(first),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            elts.push(first);
            if self.eat(T::Comma).is_some() && !self.at(T::RightBracket) {
                if self.diagnose {
                    self.invalid_comprehension_target(&elts[0])?;
                }
                self.star_named_expressions(&mut elts)?;
            }
        }
        self.expect(T::RightBracket)?;
        Ok(Expr::new(
            ExprKind::List {
                elts,
                ctx: Context::Load,
            },
            self.span_from(start),
        ))
    }

    /// `[*x for x in y]`.
    fn invalid_comprehension(&mut self, first: &Expr, _parenthesized: bool) -> PResult<()> {
        if matches!(first.kind, ExprKind::Starred { .. }) {
            let start = self.pos;
            if self.attempt(|p| p.comprehension_clauses())?.is_some() {
                return Err(self.error_at(
                    "iterable unpacking cannot be used in comprehension",
                    first.span,
                ));
            }
            self.pos = start;
        }
        Ok(())
    }

    /// `[a, b for a, b in pairs]`: a tuple target without parentheses.
    fn invalid_comprehension_target(&mut self, first: &Expr) -> PResult<()> {
        let start = self.pos;
        if self.at(T::For) || self.at(T::Async) {
            let comma = self.tokens[self.pos - 1];
            if self.attempt(|p| p.comprehension_clauses())?.is_some() {
                return Err(self.error_at(
                    "did you forget parentheses around the comprehension target?",
                    first.span.to(comma.span),
                ));
            }
        } else {
            let mut rest = Vec::new();
            if self
                .attempt(|p| p.star_named_expressions(&mut rest))?
                .is_some()
                && matches!(self.kind(), T::For | T::Async)
                && self.attempt(|p| p.comprehension_clauses())?.is_some()
            {
                let last = rest.last().map_or(first.span, |e| e.span);
                return Err(self.error_at(
                    "did you forget parentheses around the comprehension target?",
                    first.span.to(last),
                ));
            }
        }
        self.pos = start;
        Ok(())
    }

    /// `{...}`: a dict, a set, or their comprehensions.
    fn braced(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.advance();
        if self.eat(T::RightBrace).is_some() {
            return Ok(Expr::new(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.span_from(start),
            ));
        }
        if self.at(T::DoubleStar) {
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.at(T::Colon) {
            if matches!(
                first.kind,
                ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
            ) {
                return Err(Failure::NoMatch);
            }
            let colon = self.advance();
            if self.diagnose && matches!(self.kind(), T::RightBrace | T::Comma) {
                return Err(self.error_at(
                    "expression expected after dictionary key and ':'",
                    colon.span,
                ));
            }
            let value = self.expression()?;
            if matches!(self.kind(), T::For | T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(T::RightBrace)?;
                return Ok(Expr::new(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    self.span_from(start),
                ));
            }
            if self.eat(T::Comma).is_none() {
                self.expect(T::RightBrace)?;
                return Ok(Expr::new(
                    ExprKind::Dict {
                        keys: vec![Some(first)],
                        values: vec![value],
                    },
                    self.span_from(start),
                ));
            }
            return self.dict_rest(start, vec![Some(first)], vec![value]);
        }
        if matches!(self.kind(), T::For | T::Async) {
            if self.diagnose {
                self.invalid_comprehension(&first, false)?;
            }
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Failure::NoMatch);
            }
            let generators = self.comprehension_clauses()?;
            self.expect(T::RightBrace)?;
            return Ok(Expr::new(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                self.span_from(start),
            ));
        }
        let mut elts = vec![first];
        if self.eat(T::Comma).is_some() && !self.at(T::RightBrace) {
            self.star_named_expressions(&mut elts)?;
        }
        self.expect(T::RightBrace)?;
        Ok(Expr::new(ExprKind::Set(elts), self.span_from(start)))
    }

    /// The rest of a dict display after its first entries (and a comma).
    fn dict_rest(
        &mut self,
        start: usize,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        while !self.at(T::RightBrace) {
            if self.eat(T::DoubleStar).is_some() {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let key = self.expression()?;
                if !self.at(T::Colon) {
                    if self.diagnose {
                        // `{"a": 1, "b"}`
                        let source = self.source;
                        let mut error = crate::python::error::CompileError::at_bytes(
                            ErrorKind::SyntaxError,
                            "':' expected after dictionary key",
                            Span::new(key.span.end as usize - 1, key.span.end as usize),
                            source,
                        );
                        error.end_offset = 0;
                        return Err(Failure::Error(Box::new(error)));
                    }
                    return Err(Failure::NoMatch);
                }
                let colon = self.advance();
                if self.diagnose && matches!(self.kind(), T::RightBrace | T::Comma) {
                    return Err(self.error_at(
                        "expression expected after dictionary key and ':'",
                        colon.span,
                    ));
                }
                keys.push(Some(key));
                values.push(self.expression()?);
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.expect(T::RightBrace)?;
        Ok(Expr::new(
            ExprKind::Dict { keys, values },
            self.span_from(start),
        ))
    }

    /// `for_if_clauses`: `[async] for target in iterable [if condition]...`, repeated.
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while matches!(self.kind(), T::For | T::Async) {
            let is_async = self.eat(T::Async).is_some();
            let for_token = self.expect(T::For)?;
            let target_start = self.pos;
            let target = match self.attempt(|p| {
                let target = p.star_targets()?;
                p.expect(T::In)?;
                Ok(target)
            })? {
                Some(target) => target,
                None => {
                    if self.diagnose {
                        self.pos = target_start;
                        self.invalid_for_target()?;
                    }
                    let _ = for_token;
                    return Err(Failure::NoMatch);
                }
            };
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        if generators.is_empty() {
            return Err(Failure::NoMatch);
        }
        Ok(generators)
    }

    /// `yield`, `yield x`, `yield from x`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.expect(T::Yield)?;
        if self.eat(T::From).is_some() {
            let value = self.expression()?;
            return Ok(Expr::new(
                ExprKind::YieldFrom(Box::new(value)),
                self.span_from(start),
            ));
        }
        let value = self.attempt(|p| p.star_expressions())?;
        Ok(Expr::new(
            ExprKind::Yield(value.map(Box::new)),
            self.span_from(start),
        ))
    }

    /// `lambda params: body`.
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.expect(T::Lambda)?;
        let args = self.parameters(true)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Ok(Expr::new(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.span_from(start),
        ))
    }

    /// The arguments of a call, after its `(` and up to (not including) its `)`.
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.pos - 1;
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut keyword_unpacking = false;
        while !self.at(T::RightParen) {
            let item_start = self.pos;
            match self.kind() {
                T::Star => {
                    let star = self.advance();
                    if self.diagnose && self.at(T::RightParen) {
                        return Err(
                            self.error_at_last_token(ErrorKind::SyntaxError, "invalid syntax")
                        );
                    }
                    let value = self.expression()?;
                    if keyword_unpacking {
                        if self.diagnose {
                            return Err(self.error_at(
                                "iterable argument unpacking follows keyword argument unpacking",
                                star.span,
                            ));
                        }
                        return Err(Failure::NoMatch);
                    }
                    args.push(self.starred(value, item_start));
                }
                T::DoubleStar => {
                    self.advance();
                    let value = self.expression()?;
                    keyword_unpacking = true;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        span: self.span_from(item_start),
                    });
                }
                T::Name if self.kind_at(1) == T::Equal => {
                    let name = self.advance();
                    let equal = self.advance();
                    let value = self.expression()?;
                    if self.diagnose && matches!(self.kind(), T::For | T::Async) {
                        return Err(self.error_at(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            name.span.to(equal.span),
                        ));
                    }
                    keywords.push(Keyword {
                        arg: Some(Rc::from(self.text(name))),
                        value,
                        span: self.span_from(item_start),
                    });
                }
                T::True | T::False | T::None if self.diagnose && self.kind_at(1) == T::Equal => {
                    let word = self.advance();
                    let equal = self.token();
                    return Err(self.error_at(
                        format!("cannot assign to {}", self.text(word)),
                        word.span.to(equal.span),
                    ));
                }
                _ => {
                    let value = match self.attempt(|p| p.assignment_expression())? {
                        Some(value) => value,
                        None => {
                            let value = self.expression()?;
                            if self.at(T::ColonEqual) {
                                return Err(Failure::NoMatch);
                            }
                            value
                        }
                    };
                    if self.at(T::Equal) {
                        if self.diagnose {
                            let equal = self.token();
                            return Err(self.error_at(
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                value.span.to(equal.span),
                            ));
                        }
                        return Err(Failure::NoMatch);
                    }
                    if matches!(self.kind(), T::For | T::Async) {
                        // `f(x for x in y)`: a generator expression as the only argument.
                        let generators = self.comprehension_clauses()?;
                        let alone =
                            args.is_empty() && keywords.is_empty() && self.at(T::RightParen);
                        if !alone {
                            if self.diagnose {
                                let last = generators.last().unwrap();
                                let end = last.ifs.last().unwrap_or(&last.iter).span;
                                return Err(self.error_at(
                                    "Generator expression must be parenthesized",
                                    value.span.to(end),
                                ));
                            }
                            return Err(Failure::NoMatch);
                        }
                        let span = self.tokens[open].span.to(self.token().span);
                        args.push(Expr::new(
                            ExprKind::GeneratorExp {
                                elt: Box::new(value),
                                generators,
                            },
                            span,
                        ));
                        continue;
                    }
                    if !keywords.is_empty() {
                        if self.diagnose {
                            let message = if keyword_unpacking {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            };
                            return Err(self.error_at_last_token(ErrorKind::SyntaxError, message));
                        }
                        return Err(Failure::NoMatch);
                    }
                    args.push(value);
                }
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok((args, keywords))
    }
}

/// Python 2's `print` and `exec` statements.
fn is_legacy_statement(name: &str) -> bool {
    matches!(name, "print" | "exec")
}
