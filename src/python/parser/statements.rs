//! Statements, blocks and function parameters.

use std::rc::Rc;

use super::targets::{Targets, invalid_target, set_context};
use super::{Failure, PResult, Parser};
use crate::python::ast::*;
use crate::python::error::ErrorKind;
use crate::python::token::TokenKind as T;

impl Parser<'_> {
    /// One statement, appended to `body` (a line of simple statements may add several).
    pub(super) fn statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        self.nested(|p| p.statement_inner(body))
    }

    fn statement_inner(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        let stmt = match self.kind() {
            T::Def | T::At | T::Class => self.definition()?,
            T::Async if matches!(self.kind_at(1), T::Def) => self.definition()?,
            T::Async if matches!(self.kind_at(1), T::For) => self.for_statement()?,
            T::Async if matches!(self.kind_at(1), T::With) => self.with_statement()?,
            T::If => self.if_statement()?,
            T::While => self.while_statement()?,
            T::For => self.for_statement()?,
            T::With => self.with_statement()?,
            T::Try => self.try_statement()?,
            T::Name if self.at_name("match") => match self.attempt(|p| p.match_statement())? {
                Some(stmt) => stmt,
                None => return self.simple_statements(body),
            },
            _ => return self.simple_statements(body),
        };
        body.push(stmt);
        Ok(())
    }

    /// A block: an indented suite, or simple statements on the header's line. `header` names
    /// the statement for "expected an indented block after ... on line N".
    pub(super) fn block(&mut self, header: &str, line: u32) -> PResult<Vec<Stmt>> {
        if !self.at(T::Newline) {
            let mut body = Vec::new();
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        if self.kind_at(1) != T::Indent {
            if self.diagnose {
                return Err(self.error_at_last_token(
                    ErrorKind::IndentationError,
                    format!("expected an indented block after {header} on line {line}"),
                ));
            }
            return Err(Failure::NoMatch);
        }
        self.advance();
        self.advance();
        let mut body = Vec::new();
        while !self.at(T::Dedent) {
            if self.at(T::EndMarker) {
                return Err(Failure::NoMatch);
            }
            self.statement(&mut body)?;
        }
        self.advance();
        Ok(body)
    }

    /// The `:` ending a compound statement's header; a header that ends the line instead is
    /// "expected ':'" (CPython's `invalid_*_stmt` rules).
    fn header_colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon).is_some() {
            return Ok(());
        }
        if self.diagnose && self.at(T::Newline) {
            return Err(self.error_at_last_token(ErrorKind::SyntaxError, "expected ':'"));
        }
        Err(Failure::NoMatch)
    }

    fn line_of_token(&self, index: usize) -> u32 {
        self.source.line_of(self.tokens[index].span.start)
    }

    // ----- definitions -----

    fn definition(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let mut decorators = Vec::new();
        while self.eat(T::At).is_some() {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        if self.at(T::Class) {
            return self.class_definition(start, decorators);
        }
        let is_async = self.eat(T::Async).is_some();
        let def_index = self.pos;
        self.expect(T::Def)?;
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        self.expect_forced(T::LeftParen)?;
        let args = self.parameters(false)?;
        self.expect(T::RightParen)?;
        let returns = if self.eat(T::Arrow).is_some() {
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_forced(T::Colon)?;
        let line = self.line_of_token(def_index);
        let body = self.block("function definition", line)?;
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name: Rc::from(self.text(name)),
                args,
                body,
                decorators,
                returns,
                is_async,
                type_params,
            })),
            span: self.span_from(start),
        })
    }

    fn class_definition(&mut self, start: usize, decorators: Vec<Expr>) -> PResult<Stmt> {
        let class_index = self.pos;
        self.expect(T::Class)?;
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        let (bases, keywords) = if self.eat(T::LeftParen).is_some() {
            let arguments = self.call_arguments()?;
            self.expect(T::RightParen)?;
            arguments
        } else {
            (Vec::new(), Vec::new())
        };
        self.header_colon()?;
        let line = self.line_of_token(class_index);
        let body = self.block("class definition", line)?;
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name: Rc::from(self.text(name)),
                bases,
                keywords,
                body,
                decorators,
                type_params,
            })),
            span: self.span_from(start),
        })
    }

    /// `[T, T: bound, *Ts, **P]` after a name (PEP 695), or nothing.
    fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let mut params = Vec::new();
        if self.eat(T::LeftBracket).is_none() {
            return Ok(params);
        }
        loop {
            let start = self.pos;
            let kind = if self.eat(T::Star).is_some() {
                Some(("TypeVarTuple", TypeParamKind::TypeVarTuple))
            } else if self.eat(T::DoubleStar).is_some() {
                Some(("ParamSpec", TypeParamKind::ParamSpec))
            } else {
                None
            };
            let name = self.expect(T::Name)?;
            let name = Rc::from(self.text(name));
            let kind = match kind {
                Some((described, kind)) => {
                    if let Some(colon) = self.eat(T::Colon) {
                        let bound = self.expression()?;
                        return Err(self.error_at(
                            format!("cannot use bound with {described}"),
                            colon.span.to(bound.span),
                        ));
                    }
                    kind
                }
                None => {
                    let bound = if self.eat(T::Colon).is_some() {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    TypeParamKind::TypeVar { bound }
                }
            };
            params.push(TypeParam {
                name,
                kind,
                span: self.span_from(start),
            });
            if self.eat(T::Comma).is_none() || self.at(T::RightBracket) {
                break;
            }
        }
        self.expect(T::RightBracket)?;
        Ok(params)
    }

    /// Function or lambda parameters, up to `)` or `:`.
    pub(super) fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let end = if lambda { T::Colon } else { T::RightParen };
        let mut args = Arguments::default();
        let mut positional: Vec<Arg> = Vec::new();
        let mut slash_seen = false;
        let mut star: Option<crate::python::token::Token> = None;
        let mut kwarg_seen = false;
        while !self.at(end) {
            let token = self.token();
            if kwarg_seen {
                if self.diagnose
                    && matches!(token.kind, T::Name | T::Star | T::DoubleStar | T::Slash)
                {
                    return Err(
                        self.error_at("arguments cannot follow var-keyword argument", token.span)
                    );
                }
                return Err(Failure::NoMatch);
            }
            match token.kind {
                T::Slash => {
                    if self.diagnose {
                        if positional.is_empty() && star.is_none() {
                            return Err(
                                self.error_at("at least one argument must precede /", token.span)
                            );
                        }
                        if slash_seen {
                            return Err(self.error_at("/ may appear only once", token.span));
                        }
                        if star.is_some() {
                            return Err(self.error_at("/ must be ahead of *", token.span));
                        }
                    }
                    if positional.is_empty() || slash_seen || star.is_some() {
                        return Err(Failure::NoMatch);
                    }
                    self.advance();
                    slash_seen = true;
                    args.posonlyargs = std::mem::take(&mut positional);
                }
                T::Star => {
                    if star.is_some() {
                        if self.diagnose {
                            return Err(
                                self.error_at("* argument may appear only once", token.span)
                            );
                        }
                        return Err(Failure::NoMatch);
                    }
                    self.advance();
                    star = Some(token);
                    if self.at(T::Comma) {
                        let after = self.kind_at(1);
                        if after == end || after == T::DoubleStar {
                            if self.diagnose {
                                return Err(
                                    self.error_at("named arguments must follow bare *", token.span)
                                );
                            }
                            return Err(Failure::NoMatch);
                        }
                    } else if self.at(end) {
                        if self.diagnose {
                            if lambda {
                                return Err(self.error_at_last_token(
                                    ErrorKind::SyntaxError,
                                    "named arguments must follow bare *",
                                ));
                            }
                            return Err(
                                self.error_at("named arguments must follow bare *", token.span)
                            );
                        }
                        return Err(Failure::NoMatch);
                    } else {
                        let param = self.parameter(lambda, true)?;
                        if self.at(T::Equal) {
                            if self.diagnose {
                                let equal = self.token();
                                return Err(self.error_at(
                                    "var-positional argument cannot have default value",
                                    equal.span,
                                ));
                            }
                            return Err(Failure::NoMatch);
                        }
                        args.vararg = Some(param);
                    }
                }
                T::DoubleStar => {
                    self.advance();
                    let param = self.parameter(lambda, false)?;
                    if self.at(T::Equal) {
                        if self.diagnose {
                            let equal = self.token();
                            return Err(self.error_at(
                                "var-keyword argument cannot have default value",
                                equal.span,
                            ));
                        }
                        return Err(Failure::NoMatch);
                    }
                    args.kwarg = Some(param);
                    kwarg_seen = true;
                }
                T::Name => {
                    let param = self.parameter(lambda, false)?;
                    let default = if let Some(equal) = self.eat(T::Equal) {
                        if matches!(self.kind(), T::Comma) || self.at(end) {
                            if self.diagnose {
                                return Err(
                                    self.error_at("expected default value expression", equal.span)
                                );
                            }
                            return Err(Failure::NoMatch);
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if star.is_some() {
                        args.kwonlyargs.push(param);
                        args.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(default) => args.defaults.push(default),
                            None if !args.defaults.is_empty() => {
                                if self.diagnose {
                                    return Err(self.error_at(
                                        "parameter without a default follows parameter with a default",
                                        param.span,
                                    ));
                                }
                                return Err(Failure::NoMatch);
                            }
                            None => {}
                        }
                        positional.push(param);
                    }
                }
                T::LeftParen if self.diagnose => {
                    let close = self.attempt(|p| {
                        p.advance();
                        loop {
                            p.expect(T::Name)?;
                            if p.eat(T::Comma).is_none() || p.at(T::RightParen) {
                                break;
                            }
                        }
                        p.expect(T::RightParen)
                    })?;
                    if let Some(close) = close {
                        let what = if lambda {
                            "Lambda expression"
                        } else {
                            "Function"
                        };
                        return Err(self.error_at(
                            format!("{what} parameters cannot be parenthesized"),
                            token.span.to(close.span),
                        ));
                    }
                    return Err(Failure::NoMatch);
                }
                _ => return Err(Failure::NoMatch),
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        if let Some(star) = star
            && args.vararg.is_none()
            && args.kwonlyargs.is_empty()
        {
            if self.diagnose {
                return Err(self.error_at("named arguments must follow bare *", star.span));
            }
            return Err(Failure::NoMatch);
        }
        args.args = positional;
        Ok(args)
    }

    /// One parameter: a name with an optional annotation (not in lambdas). After `*`, the
    /// annotation may be starred (`*args: *Ts`).
    fn parameter(&mut self, lambda: bool, after_star: bool) -> PResult<Arg> {
        let start = self.pos;
        let name = self.expect(T::Name)?;
        let annotation = if !lambda && self.eat(T::Colon).is_some() {
            Some(if after_star {
                self.star_expression()?
            } else {
                self.expression()?
            })
        } else {
            None
        };
        Ok(Arg {
            name: Rc::from(self.text(name)),
            annotation,
            span: self.span_from(start),
        })
    }

    // ----- compound statements -----

    fn if_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        self.advance();
        let test = self.named_expression()?;
        let line = self.source.line_of(test.span.start);
        self.header_colon()?;
        let body = self.block("'if' statement", line)?;
        let orelse = self.elif_or_else()?;
        Ok(Stmt {
            kind: StmtKind::If { test, body, orelse },
            span: self.span_from(start),
        })
    }

    fn elif_or_else(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(T::Elif) {
            let start = self.pos;
            let elif = self.advance();
            let test = self.named_expression()?;
            self.header_colon()?;
            let line = self.source.line_of(elif.span.start);
            let body = self.block("'elif' statement", line)?;
            let orelse = self.elif_or_else()?;
            return Ok(vec![Stmt {
                kind: StmtKind::If { test, body, orelse },
                span: self.span_from(start),
            }]);
        }
        self.else_block()
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let Some(else_token) = self.eat(T::Else) else {
            return Ok(Vec::new());
        };
        self.expect_forced(T::Colon)?;
        let line = self.source.line_of(else_token.span.start);
        self.block("'else' statement", line)
    }

    fn while_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let while_token = self.advance();
        let test = self.named_expression()?;
        self.header_colon()?;
        let line = self.source.line_of(while_token.span.start);
        let body = self.block("'while' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: self.span_from(start),
        })
    }

    fn for_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
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
                return Err(Failure::NoMatch);
            }
        };
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let line = self.source.line_of(for_token.span.start);
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            },
            span: self.span_from(start),
        })
    }

    fn with_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let is_async = self.eat(T::Async).is_some();
        let with_token = self.expect(T::With)?;
        // `with (a as x, b as y):` first; otherwise the parenthesis belongs to an expression.
        let items = match self.attempt(|p| {
            p.expect(T::LeftParen)?;
            let mut items = Vec::new();
            loop {
                items.push(p.with_item()?);
                if p.eat(T::Comma).is_none() || p.at(T::RightParen) {
                    break;
                }
            }
            p.expect(T::RightParen)?;
            if !(p.at(T::Colon) || (p.diagnose && p.at(T::Newline))) {
                return Err(Failure::NoMatch);
            }
            Ok(items)
        })? {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if self.eat(T::Comma).is_none() {
                        break;
                    }
                }
                items
            }
        };
        self.header_colon()?;
        let line = self.source.line_of(with_token.span.start);
        let body = self.block("'with' statement", line)?;
        Ok(Stmt {
            kind: StmtKind::With {
                is_async,
                items,
                body,
            },
            span: self.span_from(start),
        })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        if self.eat(T::As).is_none() {
            return Ok(WithItem {
                context_expr,
                optional_vars: None,
            });
        }
        let target_start = self.pos;
        if let Some(target) = self.attempt(|p| {
            let target = p.star_target()?;
            // In the second pass a missing `:` is reported by the header.
            if matches!(p.kind(), T::Comma | T::RightParen | T::Colon)
                || (p.diagnose && p.at(T::Newline))
            {
                Ok(target)
            } else {
                Err(Failure::NoMatch)
            }
        })? {
            return Ok(WithItem {
                context_expr,
                optional_vars: Some(target),
            });
        }
        if self.diagnose {
            self.pos = target_start;
            if let Some(target) = self.attempt(|p| p.expression())?
                && matches!(self.kind(), T::Comma | T::RightParen | T::Colon)
                && let Some(error) = self.invalid_target_error(&target, Targets::Assign)
            {
                return Err(error);
            }
        }
        Err(Failure::NoMatch)
    }

    fn try_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let try_token = self.advance();
        self.expect_forced(T::Colon)?;
        let line = self.source.line_of(try_token.span.start);
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        let mut is_star = None;
        while self.at(T::Except) {
            let handler_start = self.pos;
            let except = self.advance();
            let star = self.at(T::Star);
            if star {
                self.advance();
            }
            match is_star {
                None => is_star = Some(star),
                Some(previous) if previous != star => {
                    if self.diagnose {
                        let span = if star {
                            except.span.to(self.tokens[self.pos - 1].span)
                        } else {
                            except.span
                        };
                        return Err(self.error_at(
                            "cannot have both 'except' and 'except*' on the same 'try'",
                            span,
                        ));
                    }
                    return Err(Failure::NoMatch);
                }
                Some(_) => {}
            }
            let (type_, name) =
                if self.at(T::Colon) || (self.diagnose && self.at(T::Newline) && !star) {
                    (None, None)
                } else {
                    let type_ = self.expression()?;
                    if self.diagnose && self.at(T::Comma) {
                        let rest = self.attempt(|p| {
                            p.advance();
                            p.star_expressions()
                        })?;
                        if rest.is_some() && self.at(T::Colon) {
                            return Err(self.error_starting_from(
                                "multiple exception types must be parenthesized",
                                type_.span,
                            ));
                        }
                        return Err(Failure::NoMatch);
                    }
                    let name = if self.eat(T::As).is_some() {
                        let name = self.expect(T::Name)?;
                        Some(Rc::from(self.text(name)))
                    } else {
                        None
                    };
                    (Some(type_), name)
                };
            self.header_colon()?;
            let header = if star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let line = self.source.line_of(except.span.start);
            let handler_body = self.block(header, line)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body: handler_body,
                span: self.span_from(handler_start),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if let Some(finally) = self.eat(T::Finally) {
            self.expect_forced(T::Colon)?;
            let line = self.source.line_of(finally.span.start);
            self.block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.diagnose {
                return Err(self.error_at_last_token(
                    ErrorKind::SyntaxError,
                    "expected 'except' or 'finally' block",
                ));
            }
            return Err(Failure::NoMatch);
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: is_star.unwrap_or(false),
            },
            span: self.span_from(start),
        })
    }

    // ----- simple statements -----

    /// Simple statements separated by `;`, ending the line.
    fn simple_statements(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            body.push(self.simple_statement()?);
            if self.eat(T::Semicolon).is_none() || self.at(T::Newline) {
                break;
            }
        }
        self.expect(T::Newline)?;
        Ok(())
    }

    fn simple_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kind = match self.kind() {
            T::Pass => {
                self.advance();
                StmtKind::Pass
            }
            T::Break => {
                self.advance();
                StmtKind::Break
            }
            T::Continue => {
                self.advance();
                StmtKind::Continue
            }
            T::Return => {
                self.advance();
                let value = if self.at_end_of_statement() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(value)
            }
            T::Raise => {
                self.advance();
                if self.at_end_of_statement() {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat(T::From).is_some() {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                }
            }
            T::Del => self.del_statement()?,
            T::Assert => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma).is_some() {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            T::Global | T::Nonlocal => {
                let global = self.advance().kind == T::Global;
                let mut names = Vec::new();
                loop {
                    let name = self.expect(T::Name)?;
                    names.push(Rc::from(self.text(name)));
                    if self.eat(T::Comma).is_none() {
                        break;
                    }
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            T::Import => self.import_statement()?,
            T::From => self.import_from_statement()?,
            T::Name
                if self.at_name("type")
                    && self.kind_at(1) == T::Name
                    && matches!(self.kind_at(2), T::Equal | T::LeftBracket) =>
            {
                match self.attempt(|p| p.type_alias())? {
                    Some(kind) => kind,
                    None => self.assignment_or_expression(start)?,
                }
            }
            _ => self.assignment_or_expression(start)?,
        };
        Ok(Stmt {
            kind,
            span: self.span_from(start),
        })
    }

    /// `type Name[params] = value`, after the soft keyword `type`.
    fn type_alias(&mut self) -> PResult<StmtKind> {
        self.advance();
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        self.expect(T::Equal)?;
        let value = self.expression()?;
        Ok(StmtKind::TypeAlias {
            name: Rc::from(self.text(name)),
            name_span: name.span,
            type_params,
            value,
        })
    }

    fn at_end_of_statement(&mut self) -> bool {
        matches!(self.kind(), T::Newline | T::Semicolon)
    }

    fn del_statement(&mut self) -> PResult<StmtKind> {
        self.advance();
        let targets_start = self.pos;
        let mut targets = Vec::new();
        loop {
            let expr = self.expression_or_starred()?;
            targets.push(expr);
            if self.eat(T::Comma).is_none() || self.at_end_of_statement() {
                break;
            }
        }
        let mut valid = Vec::new();
        for target in targets {
            if !self.at_end_of_statement() || invalid_target(&target, Targets::Delete).is_some() {
                if self.diagnose {
                    self.pos = targets_start;
                    if let Some(all) = self.attempt(|p| p.star_expressions())?
                        && let Some(error) = self.invalid_target_error(&all, Targets::Delete)
                    {
                        return Err(error);
                    }
                }
                return Err(Failure::NoMatch);
            }
            let mut target = target;
            set_context(&mut target, Context::Del);
            valid.push(target);
        }
        Ok(StmtKind::Delete(valid))
    }

    fn expression_or_starred(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            return self.star_expression();
        }
        self.expression()
    }

    fn dotted_name(&mut self) -> PResult<Name> {
        let first = self.expect(T::Name)?;
        let mut name = self.text(first).to_string();
        while self.at(T::Dot) && self.kind_at(1) == T::Name {
            self.advance();
            let part = self.advance();
            name.push('.');
            name.push_str(self.text(part));
        }
        Ok(Rc::from(name))
    }

    fn import_statement(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let start = self.pos;
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn as_name(&mut self) -> PResult<Option<Name>> {
        if self.eat(T::As).is_none() {
            return Ok(None);
        }
        let name = self.expect(T::Name)?;
        Ok(Some(Rc::from(self.text(name))))
    }

    fn import_from_statement(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if self.at(T::Import) && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if self.at(T::Star) {
            let star = self.advance();
            names.push(Alias {
                name: Rc::from("*"),
                asname: None,
                span: star.span,
            });
        } else {
            let parenthesized = self.eat(T::LeftParen).is_some();
            loop {
                let start = self.pos;
                let name = self.expect(T::Name)?;
                let asname = self.as_name()?;
                names.push(Alias {
                    name: Rc::from(self.text(name)),
                    asname,
                    span: self.span_from(start),
                });
                if self.eat(T::Comma).is_none() {
                    break;
                }
                if parenthesized && self.at(T::RightParen) {
                    break;
                }
                if !parenthesized && self.at(T::Newline) {
                    if self.diagnose {
                        return Err(self.error_at_last_token(
                            ErrorKind::SyntaxError,
                            "trailing comma not allowed without surrounding parentheses",
                        ));
                    }
                    return Err(Failure::NoMatch);
                }
            }
            if parenthesized {
                self.expect(T::RightParen)?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Assignments (plain, annotated, augmented) and expression statements.
    fn assignment_or_expression(&mut self, start: usize) -> PResult<StmtKind> {
        // `name: annotation [= value]`
        if self.at(T::Name) && self.kind_at(1) == T::Colon {
            let name = self.advance();
            self.advance();
            let annotation = self.expression()?;
            let value = self.annotated_value()?;
            let mut target = Expr::new(
                ExprKind::Name {
                    id: Rc::from(self.text(name)),
                    ctx: Context::Store,
                },
                name.span,
            );
            set_context(&mut target, Context::Store);
            return Ok(StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple: true,
            });
        }
        let first = self.rhs()?;
        if self.at(T::Colon) {
            return self.annotated_assignment(start, first);
        }
        if let Some(op) = self.augmented_operator() {
            let single = matches!(
                &first.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            );
            if !single {
                if self.diagnose {
                    return Err(self.error_at(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            first.kind.describe()
                        ),
                        first.span,
                    ));
                }
                return Err(Failure::NoMatch);
            }
            self.advance();
            let value = self.rhs()?;
            let mut target = first;
            set_context(&mut target, Context::Store);
            return Ok(StmtKind::AugAssign { target, op, value });
        }
        if !self.at(T::Equal) {
            return Ok(StmtKind::Expr(first));
        }
        let mut exprs = vec![first];
        while self.eat(T::Equal).is_some() {
            exprs.push(self.rhs()?);
        }
        let value = exprs.pop().unwrap();
        let mut targets = Vec::with_capacity(exprs.len());
        for expr in exprs {
            let invalid = matches!(expr.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                || invalid_target(&expr, Targets::Assign).is_some();
            if invalid {
                if self.diagnose {
                    return Err(self.invalid_assignment(start));
                }
                return Err(Failure::NoMatch);
            }
            targets.push(self.as_target(expr, Targets::Assign)?);
        }
        Ok(StmtKind::Assign { targets, value })
    }

    /// The right-hand side of an assignment: `yield ...` or `star_expressions`.
    fn rhs(&mut self) -> PResult<Expr> {
        if self.at(T::Yield) {
            return self.yield_expr();
        }
        self.star_expressions()
    }

    fn annotated_value(&mut self) -> PResult<Option<Expr>> {
        if self.eat(T::Equal).is_some() {
            return Ok(Some(self.rhs()?));
        }
        Ok(None)
    }

    fn annotated_assignment(&mut self, start: usize, mut target: Expr) -> PResult<StmtKind> {
        let parenthesized = self.tokens[start].kind == T::LeftParen;
        let valid = match &target.kind {
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
            ExprKind::Name { .. } => parenthesized,
            _ => false,
        };
        if !valid {
            if self.diagnose {
                let message = match &target.kind {
                    ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                        format!(
                            "only single target (not {}) can be annotated",
                            target.kind.describe()
                        )
                    }
                    _ => "illegal target for annotation".to_string(),
                };
                let span = match &target.kind {
                    ExprKind::Tuple {
                        elts,
                        parenthesized: false,
                        ..
                    } => elts[0].span,
                    _ => target.span,
                };
                let message = if matches!(
                    &target.kind,
                    ExprKind::Tuple {
                        parenthesized: false,
                        ..
                    }
                ) {
                    "only single target (not tuple) can be annotated".to_string()
                } else {
                    message
                };
                return Err(self.error_at(message, span));
            }
            return Err(Failure::NoMatch);
        }
        self.advance();
        let annotation = self.expression()?;
        let value = self.annotated_value()?;
        set_context(&mut target, Context::Store);
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple: false,
        })
    }

    fn augmented_operator(&mut self) -> Option<BinaryOp> {
        Some(match self.kind() {
            T::PlusEqual => BinaryOp::Add,
            T::MinusEqual => BinaryOp::Sub,
            T::StarEqual => BinaryOp::Mult,
            T::AtEqual => BinaryOp::MatMult,
            T::SlashEqual => BinaryOp::Div,
            T::PercentEqual => BinaryOp::Mod,
            T::AmpersandEqual => BinaryOp::BitAnd,
            T::VerticalBarEqual => BinaryOp::BitOr,
            T::CircumflexEqual => BinaryOp::BitXor,
            T::LeftShiftEqual => BinaryOp::LShift,
            T::RightShiftEqual => BinaryOp::RShift,
            T::DoubleStarEqual => BinaryOp::Pow,
            T::DoubleSlashEqual => BinaryOp::FloorDiv,
            _ => return None,
        })
    }

    /// CPython's `invalid_assignment`, re-parsing the statement from `start`: the message for
    /// `f() = 1`, `a = f() = 1`, `x = yield = 1`.
    fn invalid_assignment(&mut self, start: usize) -> Failure {
        self.pos = start;
        // A single comparison-like target: "cannot assign to X here. Maybe you meant '=='".
        match self.attempt(|p| p.star_named_expression()) {
            Err(error) => return error,
            Ok(_) => self.pos = start,
        }
        loop {
            let before = self.pos;
            let target = match self.attempt(|p| {
                let target = p.star_targets()?;
                p.expect(T::Equal)?;
                Ok(target)
            }) {
                Ok(Some(_)) => continue,
                Ok(None) => {
                    self.pos = before;
                    None::<Expr>
                }
                Err(error) => return error,
            };
            let _ = target;
            let expr = match self.attempt(|p| p.rhs()) {
                Ok(Some(expr)) => expr,
                Ok(None) => return Failure::NoMatch,
                Err(error) => return error,
            };
            if !self.at(T::Equal) {
                return Failure::NoMatch;
            }
            if matches!(expr.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return self.error_at("assignment to yield expression not possible", expr.span);
            }
            return self
                .invalid_target_error(&expr, Targets::Assign)
                .unwrap_or(Failure::NoMatch);
        }
    }
}
