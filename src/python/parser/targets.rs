//! Assignment and deletion targets: turning parsed expressions into targets, and CPython's
//! messages for the ones that cannot be (`cannot assign to function call`).

use super::{Failure, PResult, Parser};
use crate::python::ast::*;
use crate::python::token::TokenKind as T;

/// What a target is for; the rules differ slightly (CPython's `TARGETS_TYPE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Targets {
    /// `a = ...`, `with ... as a`
    Assign,
    /// `for a in ...`
    For,
    /// `del a`
    Delete,
}

/// The part of `expr` that cannot be a target, if any (`_PyPegen_get_invalid_target`).
pub(super) fn invalid_target(expr: &Expr, targets: Targets) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, targets))
        }
        ExprKind::Starred { value, .. } => {
            if targets == Targets::Delete {
                Some(expr)
            } else {
                invalid_target(value, targets)
            }
        }
        // In `for a in b`, the `a in b` can parse as a comparison: look at its left side.
        ExprKind::Compare { left, ops, .. } => {
            if targets == Targets::For {
                if ops[0] == CompareOp::In {
                    invalid_target(left, targets)
                } else {
                    None
                }
            } else {
                Some(expr)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(expr),
    }
}

/// Sets the context of a valid target (and of its elements) to `ctx`.
pub(super) fn set_context(expr: &mut Expr, new_ctx: Context) {
    match &mut expr.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new_ctx,
        ExprKind::Starred { value, ctx } => {
            *ctx = new_ctx;
            set_context(value, new_ctx);
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx, .. } => {
            *ctx = new_ctx;
            for elt in elts {
                set_context(elt, new_ctx);
            }
        }
        _ => {}
    }
}

impl Parser<'_> {
    /// The error CPython gives for an invalid target (`RAISE_SYNTAX_ERROR_INVALID_TARGET`),
    /// or none when the target is valid.
    pub(super) fn invalid_target_error(&self, expr: &Expr, targets: Targets) -> Option<Failure> {
        let invalid = invalid_target(expr, targets)?;
        let verb = if targets == Targets::Delete {
            "delete"
        } else {
            "assign to"
        };
        Some(self.error_at(
            format!("cannot {verb} {}", invalid.kind.describe()),
            invalid.span,
        ))
    }

    /// Makes `expr` a target, or fails: with CPython's message in the second pass.
    pub(super) fn as_target(&self, mut expr: Expr, targets: Targets) -> PResult<Expr> {
        if invalid_target(&expr, targets).is_some() {
            if self.diagnose
                && let Some(error) = self.invalid_target_error(&expr, targets)
            {
                return Err(error);
            }
            return Err(Failure::NoMatch);
        }
        let ctx = if targets == Targets::Delete {
            Context::Del
        } else {
            Context::Store
        };
        set_context(&mut expr, ctx);
        Ok(expr)
    }

    /// `star_targets`: the targets of a `for` loop or comprehension (`a`, `a, *b`, `(x, y)`).
    pub(super) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma).is_some() {
            match self.attempt(|p| p.star_target())? {
                Some(target) => elts.push(target),
                None => break,
            }
        }
        Ok(Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: Context::Store,
                parenthesized: false,
            },
            self.span_from(start),
        ))
    }

    /// One target: a name, attribute, subscript, starred target, or bracketed targets.
    pub(super) fn star_target(&mut self) -> PResult<Expr> {
        self.nested(|p| p.star_target_inner())
    }

    fn star_target_inner(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.at(T::Star) {
            if self.kind_at(1) == T::Star {
                return Err(Failure::NoMatch);
            }
            self.advance();
            let mut value = self.star_target()?;
            set_context(&mut value, Context::Store);
            return Ok(Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: Context::Store,
                },
                self.span_from(start),
            ));
        }
        if matches!(self.kind(), T::LeftParen | T::LeftBracket) {
            // `(a).b` and `[x][0]` are attribute and subscript targets.
            if let Some(mut expr) = self.attempt(|p| {
                let expr = p.primary()?;
                match expr.kind {
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(expr),
                    _ => Err(Failure::NoMatch),
                }
            })? {
                set_context(&mut expr, Context::Store);
                return Ok(expr);
            }
            let closing = if self.at(T::LeftParen) {
                T::RightParen
            } else {
                T::RightBracket
            };
            let is_list = closing == T::RightBracket;
            self.advance();
            let mut elts = Vec::new();
            let mut trailing_comma = false;
            while !self.at(closing) {
                elts.push(self.star_target()?);
                trailing_comma = self.eat(T::Comma).is_some();
                if !trailing_comma {
                    break;
                }
            }
            self.expect(closing)?;
            if !is_list && elts.len() == 1 && !trailing_comma {
                return Ok(elts.pop().unwrap());
            }
            let span = self.span_from(start);
            let kind = if is_list {
                ExprKind::List {
                    elts,
                    ctx: Context::Store,
                }
            } else {
                ExprKind::Tuple {
                    elts,
                    ctx: Context::Store,
                    parenthesized: true,
                }
            };
            return Ok(Expr::new(kind, span));
        }
        let mut expr = self.primary()?;
        match expr.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                set_context(&mut expr, Context::Store);
                Ok(expr)
            }
            _ => Err(Failure::NoMatch),
        }
    }

    /// `invalid_for_target`: `for f() in x` says what cannot be assigned to.
    pub(super) fn invalid_for_target(&mut self) -> PResult<()> {
        let start = self.pos;
        if let Some(expr) = self.attempt(|p| p.star_expressions())?
            && let Some(error) = self.invalid_target_error(&expr, Targets::For)
        {
            return Err(error);
        }
        self.pos = start;
        Ok(())
    }
}
