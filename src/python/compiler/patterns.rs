//! Code generation for the `match` statement, following CPython 3.12's `compile.c`
//! (`compiler_match_inner` and the `compiler_pattern_*` functions) step by step: the subject
//! stays on the stack while a case's pattern takes it apart, the values a pattern captures
//! wait on the stack and are stored only once the whole pattern matched, and a failure jumps
//! to a label that pops exactly what the pattern had pushed so far.

use std::rc::Rc;

use super::{CResult, Compiler, Label};
use crate::python::ast::*;
use crate::python::bytecode::{Comparison, Constant as K, Instr};
use crate::python::source::Span;

/// What the code of one pattern is compiled against (CPython's `pattern_context`).
#[derive(Default)]
struct PatternContext {
    /// The names captured so far, whose values wait on the stack (the first deepest).
    stores: Vec<Name>,
    /// Whether an irrefutable pattern is allowed here (the last case, or one with a guard).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and goes on to the next case.
    fail_pop: Vec<Label>,
    /// Items on top of the stack above the captured values, to pop on failure.
    on_top: usize,
}

impl Compiler<'_> {
    pub(crate) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let last = cases.len() - 1;
        let has_default = cases[last].pattern.is_wildcard() && cases.len() > 1;
        let checked = if has_default { last } else { cases.len() };
        for (index, case) in cases[..checked].iter().enumerate() {
            let span = case.pattern.span;
            let last_checked = index == checked - 1;
            // Only copy the subject if this is not the last case.
            if !last_checked {
                self.emit(Instr::Copy(1), span);
            }
            let mut pc = PatternContext {
                // Irrefutable cases must be either guarded, last, or both.
                allow_irrefutable: case.guard.is_some() || index == last,
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: store the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name, span)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            // Success: the subject is done with.
            if !last_checked {
                self.emit(Instr::Pop, span);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump, end, span);
            // A failed pattern's cleanup has the pattern's line, not the body's last line.
            self.emit_and_reset_fail_pop(&mut pc, span);
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject.
            let case = &cases[last];
            let span = case.pattern.span;
            if cases.len() == 1 {
                self.emit(Instr::Pop, span);
            } else {
                self.emit(Instr::Nop, span);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Makes sure `fail_pop[0..=n]` exist.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Jumps (with `make`) to the label that pops what the pattern pushed so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr, span: Span) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(make, pc.fail_pop[pops], span);
    }

    /// Binds the failure labels: each pops one item and falls into the next.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext, span: Span) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for label in labels.iter().skip(1).rev() {
            self.bind(*label);
            self.emit(Instr::Pop, span);
        }
        if let Some(first) = labels.first() {
            self.bind(*first);
        }
    }

    /// Moves the top of the stack `count - 1` places down.
    fn rotate(&mut self, count: usize, span: Span) {
        let mut count = count;
        while count > 1 {
            self.emit(Instr::Swap(count as u32), span);
            count -= 1;
        }
    }

    /// Keeps the value on top for `name` (stored once the whole pattern matched); no name
    /// (`_`) pops it.
    fn pattern_store(
        &mut self,
        name: Option<&Name>,
        pc: &mut PatternContext,
        span: Span,
    ) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::Pop, span);
            return Ok(());
        };
        if &**name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", span));
        }
        if pc.stores.contains(name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                span,
            ));
        }
        // Rotate the value underneath whatever must stay on top.
        self.rotate(pc.on_top + pc.stores.len() + 1, span);
        pc.stores.push(name.clone());
        Ok(())
    }

    /// A pattern below another: irrefutable ones are allowed there.
    fn subpattern(&mut self, pattern: &Pattern, pc: &mut PatternContext) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(pattern, pc);
        pc.allow_irrefutable = allow;
        result
    }

    /// Matches the subject on top of the stack against `pattern`, consuming it.
    fn pattern(&mut self, pattern: &Pattern, pc: &mut PatternContext) -> CResult {
        let span = pattern.span;
        match &pattern.kind {
            PatternKind::Value(value) => {
                self.expr(value)?;
                self.emit(Instr::Compare(Comparison::Eq), span);
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
            }
            PatternKind::Singleton(constant) => {
                let constant = self.constant_value(constant);
                self.load_const(constant, span);
                self.emit(Instr::Is(false), span);
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc, span)?,
            PatternKind::Star(name) => self.pattern_store(name.as_ref(), pc, span)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), pc, span)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc, span)?,
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    return Err(match name {
                        Some(name) => self.error(
                            format!("name capture '{name}' makes remaining patterns unreachable"),
                            span,
                        ),
                        None => self.error("wildcard makes remaining patterns unreachable", span),
                    });
                }
                self.pattern_store(name.as_ref(), pc, span)?;
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                // A copy for storing later.
                pc.on_top += 1;
                self.emit(Instr::Copy(1), span);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.pattern_store(name.as_ref(), pc, span)?;
            }
            PatternKind::Or(alternatives) => self.or_pattern(alternatives, pc, span)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        items: &[Pattern],
        pc: &mut PatternContext,
        span: Span,
    ) -> CResult {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (index, item) in items.iter().enumerate() {
            if let PatternKind::Star(name) = &item.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", span));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(index);
                continue;
            }
            only_wildcard &= item.is_wildcard();
        }
        // The subject stays on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence, span);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        if star.is_none() {
            self.emit(Instr::GetLen, span);
            self.load_const(K::Int(size as i64), span);
            self.emit(Instr::Compare(Comparison::Eq), span);
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        } else if size > 1 {
            self.emit(Instr::GetLen, span);
            self.load_const(K::Int(size as i64 - 1), span);
            self.emit(Instr::Compare(Comparison::GtE), span);
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        }
        // What comes next consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::Pop, span);
        } else if star_wildcard {
            // `[first, *_, last]`: index the items instead of unpacking them all.
            let star = star.unwrap_or(size);
            pc.on_top += 1;
            for (index, item) in items.iter().enumerate() {
                if item.is_wildcard() || index == star {
                    continue;
                }
                self.emit(Instr::Copy(1), span);
                if index < star {
                    self.load_const(K::Int(index as i64), span);
                } else {
                    // The subject may not support negative indexes.
                    self.emit(Instr::GetLen, span);
                    self.load_const(K::Int((size - index) as i64), span);
                    self.emit(Instr::Binary(BinaryOp::Sub), span);
                }
                self.emit(Instr::BinarySubscr, span);
                self.subpattern(item, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Instr::Pop, span);
        } else {
            match star {
                Some(at) => self.emit(
                    Instr::UnpackEx {
                        before: at as u16,
                        after: (size - at - 1) as u16,
                    },
                    span,
                ),
                None => self.emit(Instr::UnpackSequence(size as u32), span),
            }
            pc.on_top += size;
            for item in items {
                pc.on_top -= 1;
                self.subpattern(item, pc)?;
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&Name>,
        pc: &mut PatternContext,
        span: Span,
    ) -> CResult {
        let size = keys.len();
        // The subject stays on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchMapping, span);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        if size == 0 && rest.is_none() {
            // `{}`: done, pop the subject.
            pc.on_top -= 1;
            self.emit(Instr::Pop, span);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen, span);
            self.load_const(K::Int(size as i64), span);
            self.emit(Instr::Compare(Comparison::GtE), span);
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        }
        let mut seen: Vec<K> = Vec::new();
        for key in keys {
            if let ExprKind::Constant(constant) = &key.kind {
                let constant = self.constant_value(constant);
                if seen.iter().any(|other| super::same_key(other, &constant)) {
                    return Err(self.error(
                        format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(&constant)
                        ),
                        span,
                    ));
                }
                seen.push(constant);
            }
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32), span);
        self.emit(Instr::MatchKeys, span);
        // A tuple of keys and a tuple of values (or None) sit on the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1), span);
        self.load_const(K::None, span);
        self.emit(Instr::Is(true), span);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        // Match the values against the sub-patterns.
        self.emit(Instr::UnpackSequence(size as u32), span);
        pc.on_top += size;
        pc.on_top -= 1;
        for pattern in patterns {
            pc.on_top -= 1;
            self.subpattern(pattern, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(rest) => {
                // rest = dict(subject), without the matched keys.
                self.emit(Instr::BuildMap(0), span);
                self.emit(Instr::Swap(3), span);
                self.emit(Instr::DictUpdate(2), span);
                self.emit(Instr::UnpackSequence(size as u32), span);
                let mut left = size;
                while left > 0 {
                    self.emit(Instr::Copy(1 + left as u32), span);
                    left -= 1;
                    self.emit(Instr::Swap(2), span);
                    self.emit(Instr::DeleteSubscr, span);
                }
                self.pattern_store(Some(rest), pc, span)?;
            }
            None => {
                self.emit(Instr::Pop, span);
                self.emit(Instr::Pop, span);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[Name],
        kwd_patterns: &[Pattern],
        pc: &mut PatternContext,
        span: Span,
    ) -> CResult {
        for (index, attr) in kwd_attrs.iter().enumerate() {
            if &**attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kwd_patterns[index].span));
            }
            if kwd_attrs[index + 1..].contains(attr) {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[index + 1..][kwd_attrs[index + 1..]
                        .iter()
                        .position(|other| other == attr)
                        .unwrap_or(0)]
                    .span,
                ));
            }
        }
        self.expr(cls)?;
        let names: Vec<K> = kwd_attrs.iter().map(|attr| K::Str(attr.clone())).collect();
        let names = K::Tuple(Rc::from(names));
        self.load_const(names, span);
        let nargs = patterns.len();
        let total = nargs + kwd_attrs.len();
        self.emit(Instr::MatchClass(nargs as u32), span);
        self.emit(Instr::Copy(1), span);
        self.load_const(K::None, span);
        self.emit(Instr::Is(true), span);
        // On top: a tuple of the attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse, span);
        self.emit(Instr::UnpackSequence(total as u32), span);
        pc.on_top += total;
        pc.on_top -= 1;
        for pattern in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if pattern.is_wildcard() {
                self.emit(Instr::Pop, span);
                continue;
            }
            self.subpattern(pattern, pc)?;
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        alternatives: &[Pattern],
        pc: &mut PatternContext,
        span: Span,
    ) -> CResult {
        let end = self.new_label();
        let outer_allow = pc.allow_irrefutable;
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_stores = std::mem::take(&mut pc.stores);
        // The names the first alternative binds: the others must bind the same, and their
        // values are reordered to this order.
        let mut control: Option<Vec<Name>> = None;
        for (index, alternative) in alternatives.iter().enumerate() {
            pc.stores = Vec::new();
            // An irrefutable alternative must be the last, if allowed at all.
            pc.allow_irrefutable = index == alternatives.len() - 1 && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1), alternative.span);
            self.pattern(alternative, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) if control.len() != pc.stores.len() => {
                    return Err(self.error("alternative patterns bind different names", span));
                }
                Some(control) => {
                    for icontrol in (0..control.len()).rev() {
                        let name = &control[icontrol];
                        let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", span)
                            );
                        };
                        if icontrol != istores {
                            // Reorder the values on the stack to the control's order.
                            let rotations = istores + 1;
                            let rotated: Vec<Name> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (offset, name) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + offset, name);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1, alternative.span);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Instr::Jump, end, alternative.span);
            self.emit_and_reset_fail_pop(pc, alternative.span);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: pop the copy of the subject and fail.
        self.emit(Instr::Pop, span);
        self.jump_to_fail_pop(pc, Instr::Jump, span);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new values and their place: the other new values, the subject's copy,
        // what is on top, and the values captured before.
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations, span);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    span,
                ));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Instr::Pop, span);
        Ok(())
    }
}

/// A constant as Python's `repr` shows it in a compile error.
fn constant_repr(constant: &K) -> String {
    match constant {
        K::None => "None".into(),
        K::Bool(true) => "True".into(),
        K::Bool(false) => "False".into(),
        K::Int(i) => i.to_string(),
        K::BigInt(i) => i.to_string(),
        K::Float(x) => pycore::format::float_repr(*x),
        K::Str(text) => format!("'{text}'"),
        other => format!("{other:?}"),
    }
}
