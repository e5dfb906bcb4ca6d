//! Code generation for expressions.

use std::collections::HashSet;
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::{Access, CResult, Compiler, Label, Op};
use crate::python::ast::{self, *};
use crate::python::bytecode::{
    AwaitContext, CodeKind, Comparison, Constant as K, Conversion, FunctionFlags, Instr,
};
use crate::python::source::Span;
use crate::python::symtable::{ComprehensionKind, ScopeKind};

impl Compiler<'_> {
    pub(crate) fn expr(&mut self, expr: &Expr) -> CResult {
        stacker::maybe_grow(
            crate::python::parser::STACK_RED_ZONE,
            crate::python::parser::STACK_SEGMENT,
            || self.expr_inner(expr),
        )
    }

    fn expr_inner(&mut self, expr: &Expr) -> CResult {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Constant(constant) => {
                let constant = self.constant_value(constant);
                self.load_const(constant, span);
            }
            ExprKind::Name { id, ctx } => self.name_op(id, access_of(*ctx), span)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOp::And {
                    Instr::JumpIfFalseOrPop
                } else {
                    Instr::JumpIfTrueOrPop
                };
                for (index, value) in values.iter().enumerate() {
                    self.expr(value)?;
                    if index + 1 < values.len() {
                        self.emit_jump(jump, end, span);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1), span);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::Binary(*op), span);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::Unary(*op), span);
            }
            ExprKind::Lambda { args, body } => self.lambda(args, body, span)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump, end, span);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values, span)?,
            ExprKind::Set(elts) => self.sequence_display(elts, Display::Set, span)?,
            ExprKind::List {
                elts,
                ctx: Context::Load,
            } => self.sequence_display(elts, Display::List, span)?,
            ExprKind::Tuple {
                elts,
                ctx: Context::Load,
                ..
            } => self.sequence_display(elts, Display::Tuple, span)?,
            ExprKind::List { ctx, .. } | ExprKind::Tuple { ctx, .. } => {
                self.target_op(expr, access_of(*ctx))?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Set, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, ComprehensionKind::Dict, &[key, value], generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Generator, &[elt], generators)?
            }
            ExprKind::Await(value) => {
                let scope = self.table.scope(self.unit_ref().scope);
                if !scope.is_function_like() {
                    return Err(self.error("'await' outside function", span));
                }
                if !(self.in_async_function() || matches!(scope.kind, ScopeKind::Comprehension(_)))
                {
                    return Err(self.error("'await' outside async function", span));
                }
                self.expr(value)?;
                self.emit(Instr::GetAwaitable(AwaitContext::Await), span);
                self.emit(Instr::Await, span);
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(K::None, span),
                }
                self.emit(Instr::YieldValue, span);
            }
            ExprKind::YieldFrom(value) => {
                if self.in_async_function() {
                    return Err(self.error("'yield from' inside async function", span));
                }
                self.expr(value)?;
                self.emit(Instr::YieldFrom, span);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, span)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                // `obj.name(a, b)`: the method is found first (before the arguments run, as
                // the attribute is in CPython) and called without a bound method.
                if let ExprKind::Attribute {
                    value,
                    attr,
                    ctx: Context::Load,
                } = &func.kind
                    && keywords.is_empty()
                    && !args
                        .iter()
                        .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                {
                    self.expr(value)?;
                    let index = self.attribute_index(attr);
                    self.emit(Instr::LoadMethod(index), func.span);
                    for arg in args {
                        self.expr(arg)?;
                    }
                    self.emit(Instr::CallMethod(args.len() as u32), span);
                    return Ok(());
                }
                self.expr(func)?;
                self.call_with(args, keywords, 0, span)?;
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                let conversion = match conversion {
                    None => Conversion::None,
                    Some('s') => Conversion::Str,
                    Some('r') => Conversion::Repr,
                    Some(_) => Conversion::Ascii,
                };
                self.emit(
                    Instr::FormatValue {
                        conversion,
                        has_spec: format_spec.is_some(),
                    },
                    span,
                );
            }
            ExprKind::JoinedStr(values) => {
                if values.is_empty() {
                    self.load_const(K::Str(Rc::from("")), span);
                } else {
                    for value in values {
                        self.expr(value)?;
                    }
                    if values.len() > 1
                        || !matches!(values[0].kind, ExprKind::FormattedValue { .. })
                    {
                        self.emit(Instr::BuildString(values.len() as u32), span);
                    }
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx != Context::Load {
                    return self.target_op(expr, access_of(*ctx));
                }
                self.expr(value)?;
                let index = self.attribute_index(attr);
                self.emit(Instr::LoadAttr(index), span);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx != Context::Load {
                    return self.target_op(expr, access_of(*ctx));
                }
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr, span);
            }
            ExprKind::Starred { ctx, .. } => {
                if *ctx == Context::Store {
                    return Err(
                        self.error("starred assignment target must be in a list or tuple", span)
                    );
                }
                return Err(self.error("can't use starred expression here", span));
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.expr(part)?,
                        None => self.load_const(K::None, span),
                    }
                }
                match step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Instr::BuildSlice(3), span);
                    }
                    None => self.emit(Instr::BuildSlice(2), span),
                }
            }
        }
        Ok(())
    }

    /// A literal as a code constant.
    pub(crate) fn constant_value(&self, constant: &ast::Constant) -> K {
        match constant {
            ast::Constant::None => K::None,
            ast::Constant::Bool(b) => K::Bool(*b),
            ast::Constant::Int(value) => match value.to_i64() {
                Some(small) => K::Int(small),
                None => K::BigInt(Rc::new(value.clone())),
            },
            ast::Constant::Float(x) => K::Float(*x),
            ast::Constant::Str(text) => K::Str(text.clone()),
            ast::Constant::Ellipsis => K::Ellipsis,
            ast::Constant::Imaginary(imag) => K::Complex {
                real: 0.0,
                imag: *imag,
            },
            ast::Constant::Bytes(data) => K::Bytes(data.clone()),
        }
    }

    /// Jumps to `label` when `test` is `when` (with CPython's shortcuts for `not`, `and`,
    /// `or`).
    pub(crate) fn jump_if(&mut self, test: &Expr, label: Label, when: bool) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, label, !when),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let skip = if is_or != when {
                    Some(self.new_label())
                } else {
                    None
                };
                let inner = skip.unwrap_or(label);
                for value in &values[..values.len() - 1] {
                    self.jump_if(value, inner, is_or)?;
                }
                self.jump_if(values.last().unwrap(), label, when)?;
                if let Some(skip) = skip {
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(test)?;
                let jump = if when {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.emit_jump(jump, label, test.span);
                Ok(())
            }
        }
    }

    fn compare_instr(op: CompareOp) -> Instr {
        match op {
            CompareOp::Eq => Instr::Compare(Comparison::Eq),
            CompareOp::NotEq => Instr::Compare(Comparison::NotEq),
            CompareOp::Lt => Instr::Compare(Comparison::Lt),
            CompareOp::LtE => Instr::Compare(Comparison::LtE),
            CompareOp::Gt => Instr::Compare(Comparison::Gt),
            CompareOp::GtE => Instr::Compare(Comparison::GtE),
            CompareOp::Is => Instr::Is(false),
            CompareOp::IsNot => Instr::Is(true),
            CompareOp::In => Instr::Contains(false),
            CompareOp::NotIn => Instr::Contains(true),
        }
    }

    /// The right operand of one comparison (`in {1, 2}` folds to a frozenset constant).
    fn comparand(&mut self, op: CompareOp, comparator: &Expr) -> CResult {
        match op {
            CompareOp::In | CompareOp::NotIn => self.iterable(comparator),
            _ => self.expr(comparator),
        }
    }

    /// `a < b < c` evaluates `b` once and stops at the first false comparison.
    fn compare(
        &mut self,
        left: &Expr,
        ops: &[CompareOp],
        comparators: &[Expr],
        span: Span,
    ) -> CResult {
        self.expr(left)?;
        if ops.len() == 1 {
            self.comparand(ops[0], &comparators[0])?;
            self.emit(Self::compare_instr(ops[0]), span);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let last = ops.len() - 1;
        for (op, comparator) in ops[..last].iter().zip(comparators) {
            self.comparand(*op, comparator)?;
            self.emit(Instr::Swap(2), span);
            self.emit(Instr::Copy(2), span);
            self.emit(Self::compare_instr(*op), span);
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup, span);
        }
        self.comparand(ops[last], &comparators[last])?;
        self.emit(Self::compare_instr(ops[last]), span);
        self.emit_jump(Instr::Jump, end, span);
        self.bind(cleanup);
        self.emit(Instr::Swap(2), span);
        self.emit(Instr::Pop, span);
        self.bind(end);
        Ok(())
    }

    /// Calls the callable on the stack (below `pushed` values already there, such as a
    /// class's body function and name) with these arguments.
    pub(crate) fn call_with(
        &mut self,
        args: &[Expr],
        keywords: &[Keyword],
        pushed: u32,
        span: Span,
    ) -> CResult {
        let mut seen = HashSet::new();
        for keyword in keywords {
            if let Some(name) = &keyword.arg
                && !seen.insert(name.clone())
            {
                return Err(self.error(format!("keyword argument repeated: {name}"), keyword.span));
            }
        }
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let has_double_star = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_double_star {
            for arg in args {
                self.expr(arg)?;
            }
            for keyword in keywords {
                self.expr(&keyword.value)?;
            }
            let argc = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(argc), span);
            } else {
                let names: Vec<K> = keywords
                    .iter()
                    .map(|k| K::Str(k.arg.clone().expect("checked above")))
                    .collect();
                let names = self.constant(K::Tuple(Rc::from(names)));
                self.emit(Instr::CallKw { argc, names }, span);
            }
            return Ok(());
        }
        // `f(*a, **k)`: collect positional arguments in a tuple and keywords in a dict.
        if pushed > 0 {
            self.emit(Instr::BuildList(pushed), span);
        } else {
            self.emit(Instr::BuildList(0), span);
        }
        for arg in args {
            match &arg.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1), arg.span);
                }
                _ => {
                    self.expr(arg)?;
                    self.emit(Instr::ListAppend(1), arg.span);
                }
            }
        }
        self.emit(Instr::ListToTuple, span);
        if !keywords.is_empty() {
            self.emit(Instr::BuildMap(0), span);
            for keyword in keywords {
                match &keyword.arg {
                    Some(name) => {
                        self.load_const(K::Str(name.clone()), keyword.span);
                        self.expr(&keyword.value)?;
                        self.emit(Instr::MapAdd(1), keyword.span);
                    }
                    None => {
                        self.expr(&keyword.value)?;
                        self.emit(Instr::DictMerge(1), keyword.span);
                    }
                }
            }
        }
        self.emit(
            Instr::CallEx {
                has_kwargs: !keywords.is_empty(),
            },
            span,
        );
        Ok(())
    }

    /// The value of an expression CPython's AST optimizer folds into a constant: a literal, a
    /// tuple of such, or a sign or `~` applied to a number (None for anything else, including
    /// the rarer folds Looplab does not reproduce).
    pub(crate) fn folded_constant(&self, expr: &Expr) -> Option<K> {
        match &expr.kind {
            ExprKind::Constant(constant) => Some(self.constant_value(constant)),
            ExprKind::Tuple { elts, .. } => {
                let items: Option<Vec<K>> = elts.iter().map(|e| self.folded_constant(e)).collect();
                Some(K::Tuple(Rc::from(items?)))
            }
            ExprKind::UnaryOp { op, operand } => {
                let value = self.folded_constant(operand)?;
                Some(match (op, value) {
                    (UnaryOp::USub, K::Int(i)) => K::Int(i.checked_neg()?),
                    (UnaryOp::USub, K::Bool(b)) => K::Int(-(b as i64)),
                    (UnaryOp::USub, K::Float(x)) => K::Float(-x),
                    (UnaryOp::UAdd, K::Int(i)) => K::Int(i),
                    (UnaryOp::UAdd, K::Bool(b)) => K::Int(b as i64),
                    (UnaryOp::UAdd, K::Float(x)) => K::Float(x),
                    (UnaryOp::USub, K::Complex { real, imag }) => K::Complex {
                        real: -real,
                        imag: -imag,
                    },
                    (UnaryOp::UAdd, K::Complex { real, imag }) => K::Complex { real, imag },
                    (UnaryOp::Invert, K::Int(i)) => K::Int(!i),
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// The iterable of a `for` (or a comprehension's), or the right side of `in`: there
    /// CPython's AST optimizer turns a set display of constants into a frozenset constant
    /// (`fold_iter`), whose table then decides the iteration order.
    pub(crate) fn iterable(&mut self, expr: &Expr) -> CResult {
        if let ExprKind::Set(elts) = &expr.kind {
            let items: Option<Vec<K>> = elts.iter().map(|e| self.folded_constant(e)).collect();
            if let Some(items) = items {
                let frozenset = self.frozenset_constant(items);
                self.load_const(frozenset, expr.span);
                return Ok(());
            }
        }
        self.expr(expr)
    }

    fn sequence_display(&mut self, elts: &[Expr], display: Display, span: Span) -> CResult {
        if display == Display::Set && elts.len() > 2 {
            // CPython compiles a set display of three or more constants to BUILD_SET 0,
            // LOAD_CONST frozenset, SET_UPDATE; the frozenset's table decides the set's order.
            let items: Option<Vec<K>> = elts.iter().map(|e| self.folded_constant(e)).collect();
            if let Some(items) = items {
                self.emit(Instr::BuildSet(0), span);
                let frozenset = self.frozenset_constant(items);
                self.load_const(frozenset, span);
                self.emit(Instr::SetUpdate(1), span);
                return Ok(());
            }
        }
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !has_star {
            for elt in elts {
                self.expr(elt)?;
            }
            let n = elts.len() as u32;
            self.emit(
                match display {
                    Display::List => Instr::BuildList(n),
                    Display::Set => Instr::BuildSet(n),
                    Display::Tuple => Instr::BuildTuple(n),
                },
                span,
            );
            return Ok(());
        }
        let set = display == Display::Set;
        self.emit(
            if set {
                Instr::BuildSet(0)
            } else {
                Instr::BuildList(0)
            },
            span,
        );
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(
                        if set {
                            Instr::SetUpdate(1)
                        } else {
                            Instr::ListExtend(1)
                        },
                        elt.span,
                    );
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(
                        if set {
                            Instr::SetAdd(1)
                        } else {
                            Instr::ListAppend(1)
                        },
                        elt.span,
                    );
                }
            }
        }
        if display == Display::Tuple {
            self.emit(Instr::ListToTuple, span);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &[Option<Expr>], values: &[Expr], span: Span) -> CResult {
        if keys.iter().all(Option::is_some) {
            for (key, value) in keys.iter().zip(values) {
                self.expr(key.as_ref().unwrap())?;
                self.expr(value)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32), span);
            return Ok(());
        }
        self.emit(Instr::BuildMap(0), span);
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Instr::MapAdd(1), value.span);
                }
                None => {
                    self.expr(value)?;
                    self.emit(Instr::DictUpdate(1), value.span);
                }
            }
        }
        Ok(())
    }

    fn lambda(&mut self, args: &Arguments, body: &Expr, span: Span) -> CResult {
        let flags = self.default_arguments(args, span)?;
        let scope_id = self.table.scope_of(span);
        let kind = if self.table.scope(scope_id).is_generator {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        self.enter_unit(scope_id, kind, Rc::from("<lambda>"), span);
        self.set_signature(args);
        self.expr(body)?;
        self.emit(Instr::ReturnValue, body.span);
        let code = self.leave_unit()?;
        self.make_closure(code, flags, span)
    }

    /// A comprehension is a function of the first iterable's iterator, called at once. List,
    /// set and dict comprehensions run inline as in CPython 3.12, so an `await` in them
    /// suspends the enclosing task directly; a generator expression makes a generator.
    fn comprehension(
        &mut self,
        node: &Expr,
        kind: ComprehensionKind,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> CResult {
        let span = node.span;
        let scope_id = self.table.scope_of(span);
        let is_async = self.table.scope(scope_id).is_coroutine;
        let outer = self.table.scope(self.unit_ref().scope);
        let outer_allows_async = (outer.kind == ScopeKind::Function && outer.is_coroutine)
            || matches!(outer.kind, ScopeKind::Comprehension(_));
        if is_async && kind != ComprehensionKind::Generator && !outer_allows_async {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                span,
            ));
        }
        let code_kind = match (kind, is_async) {
            (ComprehensionKind::Generator, true) => CodeKind::AsyncGenerator,
            (ComprehensionKind::Generator, false) => CodeKind::Generator,
            _ => CodeKind::Function,
        };
        self.enter_unit(scope_id, code_kind, Rc::from(kind.code_name()), span);
        self.set_comprehension_arity();
        match kind {
            ComprehensionKind::List => self.emit(Instr::BuildList(0), span),
            ComprehensionKind::Set => self.emit(Instr::BuildSet(0), span),
            ComprehensionKind::Dict => self.emit(Instr::BuildMap(0), span),
            ComprehensionKind::Generator => {}
        }
        self.comprehension_loop(kind, elts, generators, 0, span)?;
        if kind == ComprehensionKind::Generator {
            self.load_const(K::None, span);
        }
        self.emit(Instr::ReturnValue, span);
        let code = self.leave_unit()?;
        self.make_closure(code, FunctionFlags::default(), span)?;
        let first = &generators[0];
        self.iterable(&first.iter)?;
        self.emit(
            if first.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            },
            first.iter.span,
        );
        self.emit(Instr::Call(1), span);
        Ok(())
    }

    /// One `for` clause of a comprehension and everything inside it; `index` iterators are
    /// already on the stack.
    fn comprehension_loop(
        &mut self,
        kind: ComprehensionKind,
        elts: &[&Expr],
        generators: &[Comprehension],
        index: usize,
        span: Span,
    ) -> CResult {
        let generator = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            // The iterator was passed in as `.0`.
            self.emit(Instr::LoadFast(0), generator.iter.span);
        } else {
            self.iterable(&generator.iter)?;
            let get = if generator.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            };
            self.emit(get, generator.iter.span);
        }
        self.bind(start);
        if generator.is_async {
            self.emit_op(Op::SetupHandler(anchor), generator.iter.span);
            self.emit(Instr::GetANext, generator.iter.span);
            self.emit(Instr::Await, generator.iter.span);
            self.emit_op(Op::PopBlock, generator.iter.span);
        } else {
            self.emit_jump(Instr::ForIter, anchor, generator.iter.span);
        }
        self.store_target(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(kind, elts, generators, index + 1, span)?;
        } else {
            // Below the value: the result collection and one iterator per clause.
            let depth = index as u32 + 2;
            match kind {
                ComprehensionKind::Generator => {
                    self.expr(elts[0])?;
                    self.emit(Instr::YieldValue, elts[0].span);
                    self.emit(Instr::Pop, elts[0].span);
                }
                ComprehensionKind::List => {
                    self.expr(elts[0])?;
                    self.emit(Instr::ListAppend(depth), elts[0].span);
                }
                ComprehensionKind::Set => {
                    self.expr(elts[0])?;
                    self.emit(Instr::SetAdd(depth), elts[0].span);
                }
                ComprehensionKind::Dict => {
                    self.expr(elts[0])?;
                    self.expr(elts[1])?;
                    self.emit(Instr::MapAdd(depth), elts[1].span);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Instr::Jump, start, span);
        self.bind(anchor);
        if generator.is_async {
            self.emit(Instr::EndAsyncFor, generator.iter.span);
        }
        Ok(())
    }
}

fn access_of(ctx: Context) -> Access {
    match ctx {
        Context::Load => Access::Load,
        Context::Store => Access::Store,
        Context::Del => Access::Delete,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Set,
    Tuple,
}
