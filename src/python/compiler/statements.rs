//! Code generation for statements, following CPython 3.12's `compile.c`.

use std::rc::Rc;

use super::{Access, CResult, Compiler, FrameBlock, Op};
use crate::python::ast::*;
use crate::python::bytecode::{
    AwaitContext, CodeKind, Constant as K, FunctionFlags, Instr, Intrinsic,
};
use crate::python::source::Span;
use crate::python::symtable::{ScopeKind, type_params_key};

impl Compiler<'_> {
    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|stmt| self.stmt(stmt))
    }

    pub(crate) fn stmt(&mut self, stmt: &Stmt) -> CResult {
        stacker::maybe_grow(
            crate::python::parser::STACK_RED_ZONE,
            crate::python::parser::STACK_SEGMENT,
            || self.stmt_inner(stmt),
        )
    }

    fn stmt_inner(&mut self, stmt: &Stmt) -> CResult {
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, span),
            StmtKind::ClassDef(class) => self.class_def(class, span),
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), span),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (index, target) in targets.iter().enumerate() {
                    if index + 1 < targets.len() {
                        self.emit(Instr::Copy(1), span);
                    }
                    self.store_target(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, span),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple, span),
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse, span),
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => self.async_for_stmt(target, iter, body, orelse, span),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse, span),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump, end, span);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.in_async_function() {
                    return Err(self.error("'async with' outside async function", span));
                }
                self.with_stmt(items, 0, body, *is_async, span)
            }
            StmtKind::Raise { exc, cause } => {
                let mut count = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    count += 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        count += 1;
                    }
                }
                self.emit(Instr::Raise(count), span);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star, span)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star, span)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Instr::LoadAssertionError, span);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Instr::Call(1), span);
                }
                self.emit(Instr::Raise(1), test.span);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => self.import(names, span),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_ref(), names, *level, span),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(value) => {
                if let ExprKind::Constant(_) = value.kind {
                    self.emit(Instr::Nop, span);
                    return Ok(());
                }
                self.expr(value)?;
                self.emit(Instr::Pop, span);
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Instr::Nop, span);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(span),
            StmtKind::Continue => self.continue_stmt(span),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::TypeAlias {
                name,
                name_span,
                type_params,
                value,
            } => self.type_alias(name, *name_span, type_params, value, span),
        }
    }

    pub(crate) fn in_async_function(&self) -> bool {
        let scope = self.table.scope(self.unit_ref().scope);
        scope.kind == ScopeKind::Function && scope.is_coroutine
    }

    // ----- definitions -----

    fn function_def(&mut self, def: &FunctionDef, span: Span) -> CResult {
        for decorator in &def.decorators {
            self.expr(decorator)?;
        }
        let mut flags = self.default_arguments(&def.args, span)?;
        // A generic function is made by an annotation scope that creates its type
        // parameters first; the defaults, evaluated outside, are its arguments.
        let generic = !def.type_params.is_empty();
        let passed = flags.defaults as u32 + flags.kw_defaults as u32;
        if generic {
            let name = Rc::from(format!("<generic parameters of {}>", def.name));
            self.enter_annotation_scope(type_params_key(span), name, span);
            self.unit().argcount = passed;
            self.type_params(&def.type_params)?;
            if flags.defaults {
                self.load_name(&Rc::from(".defaults"), span)?;
            }
            if flags.kw_defaults {
                self.load_name(&Rc::from(".kwdefaults"), span)?;
            }
        }
        flags.annotations = self.annotations(def, span)?;

        let scope_id = self.table.scope_of(span);
        let scope = self.table.scope(scope_id);
        let kind = match (def.is_async, scope.is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        self.enter_unit(scope_id, kind, def.name.clone(), span);
        self.set_signature(&def.args);
        let mut body: &[Stmt] = &def.body;
        if let Some(doc) = docstring(body) {
            self.set_docstring(doc);
            body = &body[1..];
        }
        self.stmts(body)?;
        let end = def.body.last().map_or(span, |s| s.span);
        self.load_const(K::None, end);
        self.emit(Instr::ReturnValue, end);
        let code = self.leave_unit()?;
        self.make_closure(code, flags, span)?;
        if generic {
            self.emit(Instr::Swap(2), span);
            self.emit(Instr::CallIntrinsic(Intrinsic::SetFunctionTypeParams), span);
            self.emit(Instr::ReturnValue, span);
            let code = self.leave_unit()?;
            self.make_closure(code, FunctionFlags::default(), span)?;
            if passed > 0 {
                self.emit(Instr::Swap(passed + 1), span);
            }
            if passed == 2 {
                self.emit(Instr::Swap(2), span);
            }
            self.emit(Instr::Call(passed), span);
        }
        for _ in &def.decorators {
            self.emit(Instr::Call(1), span);
        }
        self.store_name(&def.name, span)
    }

    /// Opens the unit of an annotation scope (PEP 695), a plain function.
    fn enter_annotation_scope(&mut self, key: Span, name: Rc<str>, span: Span) {
        let scope = self.table.scope_of(key);
        self.enter_unit(scope, CodeKind::Function, name, span);
    }

    /// Creates each type parameter, binds it to its name, and leaves them in a tuple.
    fn type_params(&mut self, params: &[TypeParam]) -> CResult {
        for param in params {
            let span = param.span;
            self.load_const(K::Str(param.name.clone()), span);
            let intrinsic = match &param.kind {
                TypeParamKind::TypeVar { bound: None } => Intrinsic::TypeVar,
                TypeParamKind::TypeVar { bound: Some(bound) } => {
                    // The bound is evaluated lazily, by a function of its own.
                    self.enter_annotation_scope(span, param.name.clone(), span);
                    self.expr(bound)?;
                    self.emit(Instr::ReturnValue, bound.span);
                    let code = self.leave_unit()?;
                    self.make_closure(code, FunctionFlags::default(), span)?;
                    if matches!(bound.kind, ExprKind::Tuple { .. }) {
                        Intrinsic::TypeVarWithConstraints
                    } else {
                        Intrinsic::TypeVarWithBound
                    }
                }
                TypeParamKind::TypeVarTuple => Intrinsic::TypeVarTuple,
                TypeParamKind::ParamSpec => Intrinsic::ParamSpec,
            };
            self.emit(Instr::CallIntrinsic(intrinsic), span);
            self.emit(Instr::Copy(1), span);
            self.store_name(&param.name, span)?;
        }
        let span = params.first().map_or(Span::default(), |p| p.span);
        self.emit(Instr::BuildTuple(params.len() as u32), span);
        Ok(())
    }

    /// `type Name[params] = value`: a `TypeAliasType` whose value is evaluated lazily.
    fn type_alias(
        &mut self,
        name: &Name,
        name_span: Span,
        type_params: &[TypeParam],
        value: &Expr,
        span: Span,
    ) -> CResult {
        let generic = !type_params.is_empty();
        if generic {
            let scope_name = Rc::from(format!("<generic parameters of {name}>"));
            self.enter_annotation_scope(type_params_key(span), scope_name, span);
            self.load_const(K::Str(name.clone()), name_span);
            self.type_params(type_params)?;
        } else {
            self.load_const(K::Str(name.clone()), name_span);
            self.load_const(K::None, name_span);
        }
        self.enter_annotation_scope(span, name.clone(), span);
        self.expr(value)?;
        self.emit(Instr::ReturnValue, value.span);
        let code = self.leave_unit()?;
        self.make_closure(code, FunctionFlags::default(), span)?;
        self.emit(Instr::CallIntrinsic(Intrinsic::TypeAlias), span);
        if generic {
            self.emit(Instr::ReturnValue, span);
            let code = self.leave_unit()?;
            self.make_closure(code, FunctionFlags::default(), span)?;
            self.emit(Instr::Call(0), span);
        }
        self.store_name(name, name_span)
    }

    /// Pushes the defaults a function needs at definition time.
    pub(crate) fn default_arguments(
        &mut self,
        args: &Arguments,
        span: Span,
    ) -> CResult<FunctionFlags> {
        let mut flags = FunctionFlags::default();
        if !args.defaults.is_empty() {
            for default in &args.defaults {
                self.expr(default)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32), span);
            flags.defaults = true;
        }
        let keyword_defaults: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(arg, default)| default.as_ref().map(|d| (arg, d)))
            .collect();
        if !keyword_defaults.is_empty() {
            for (arg, default) in &keyword_defaults {
                let name = self.mangle(&arg.name);
                self.load_const(K::Str(name), arg.span);
                self.expr(default)?;
            }
            self.emit(Instr::BuildMap(keyword_defaults.len() as u32), span);
            flags.kw_defaults = true;
        }
        Ok(flags)
    }

    /// Evaluates parameter and return annotations into a tuple `(name, value, ...)`, as
    /// CPython 3.12 does when the function is defined.
    fn annotations(&mut self, def: &FunctionDef, span: Span) -> CResult<bool> {
        let mut count = 0;
        let args = &def.args;
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in ordered {
            if let Some(annotation) = &arg.annotation {
                let name = self.mangle(&arg.name);
                self.load_const(K::Str(name), arg.span);
                self.annotation_value(annotation)?;
                count += 2;
            }
        }
        if let Some(returns) = &def.returns {
            self.load_const(K::Str(Rc::from("return")), returns.span);
            self.annotation_value(returns)?;
            count += 2;
        }
        if count == 0 {
            return Ok(false);
        }
        self.emit(Instr::BuildTuple(count), span);
        Ok(true)
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation_value(&mut self, annotation: &Expr) -> CResult {
        if self.future_annotations {
            let text: Rc<str> = Rc::from(self.source.slice(annotation.span));
            self.load_const(K::Str(text), annotation.span);
            return Ok(());
        }
        // `*args: *Ts` is `[annotation] = [*Ts]`.
        if let ExprKind::Starred { value, .. } = &annotation.kind {
            self.expr(value)?;
            self.emit(Instr::UnpackSequence(1), annotation.span);
            return Ok(());
        }
        self.expr(annotation)
    }

    /// Makes a function object from `code`, with a closure over its free variables.
    pub(crate) fn make_closure(
        &mut self,
        code: crate::python::bytecode::CodeObject,
        mut flags: FunctionFlags,
        span: Span,
    ) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let index = self.closure_index(name).unwrap_or_else(|| {
                    panic!(
                        "{name} is free in {} but not visible around it",
                        code.qualname
                    )
                });
                self.emit(Instr::LoadClosure(index), span);
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32), span);
            flags.closure = true;
        }
        let index = self.constant(K::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction { code: index, flags }, span);
        Ok(())
    }

    fn class_def(&mut self, class: &ClassDef, span: Span) -> CResult {
        for decorator in &class.decorators {
            self.expr(decorator)?;
        }
        // A generic class is made by an annotation scope that creates its type parameters
        // and adds `Generic[*params]` to its bases.
        let generic = !class.type_params.is_empty();
        let type_params: Name = Rc::from(".type_params");
        if generic {
            let name = Rc::from(format!("<generic parameters of {}>", class.name));
            self.enter_annotation_scope(type_params_key(span), name, span);
            self.type_params(&class.type_params)?;
            self.store_name(&type_params, span)?;
        }
        self.emit(Instr::LoadBuildClass, span);
        let scope_id = self.table.scope_of(span);
        self.enter_unit(scope_id, CodeKind::Class, class.name.clone(), span);
        let qualname = self.unit_ref().qualname.clone();
        self.load_name(&Rc::from("__name__"), span)?;
        self.store_name(&Rc::from("__module__"), span)?;
        self.load_const(K::Str(qualname), span);
        self.store_name(&Rc::from("__qualname__"), span)?;
        if generic {
            self.load_name(&type_params, span)?;
            self.store_name(&Rc::from("__type_params__"), span)?;
        }
        if self.table.scope(scope_id).needs_classdict {
            // The annotation scopes within the class read its namespace through this cell.
            self.emit(Instr::LoadLocals, span);
            let index = self.deref_index("__classdict__");
            self.emit(Instr::StoreDeref(index), span);
        }
        let mut body: &[Stmt] = &class.body;
        if let Some(doc) = docstring(body) {
            self.load_const(K::Str(doc.clone()), body[0].span);
            self.store_name(&Rc::from("__doc__"), body[0].span)?;
            self.set_docstring(doc);
            body = &body[1..];
        }
        if self.has_annotations(body) {
            self.emit(Instr::SetupAnnotations, span);
        }
        self.stmts(body)?;
        let end = class.body.last().map_or(span, |s| s.span);
        if self.table.scope(scope_id).needs_class_cell {
            let index = self.deref_index("__class__");
            self.emit(Instr::LoadClosure(index), end);
            self.emit(Instr::Copy(1), end);
            self.store_name(&Rc::from("__classcell__"), end)?;
        } else {
            self.load_const(K::None, end);
        }
        self.emit(Instr::ReturnValue, end);
        let code = self.leave_unit()?;
        self.make_closure(code, FunctionFlags::default(), span)?;
        self.load_const(K::Str(class.name.clone()), span);
        if generic {
            let generic_base: Name = Rc::from(".generic_base");
            self.load_name(&type_params, span)?;
            self.emit(Instr::CallIntrinsic(Intrinsic::SubscriptGeneric), span);
            self.store_name(&generic_base, span)?;
            let mut bases = class.bases.clone();
            bases.push(Expr {
                kind: ExprKind::Name {
                    id: generic_base,
                    ctx: Context::Load,
                },
                span,
            });
            self.call_with(&bases, &class.keywords, 2, span)?;
            self.emit(Instr::ReturnValue, span);
            let code = self.leave_unit()?;
            self.make_closure(code, FunctionFlags::default(), span)?;
            self.emit(Instr::Call(0), span);
        } else {
            self.call_with(&class.bases, &class.keywords, 2, span)?;
        }
        for _ in &class.decorators {
            self.emit(Instr::Call(1), span);
        }
        self.store_name(&class.name, span)
    }

    // ----- assignment -----

    /// Stores the value on top of the stack into `target`.
    pub(crate) fn store_target(&mut self, target: &Expr) -> CResult {
        self.target_op(target, Access::Store)
    }

    fn delete_target(&mut self, target: &Expr) -> CResult {
        self.target_op(target, Access::Delete)
    }

    /// Assigns to or deletes a target: a name, attribute, subscript, or (for assignment)
    /// a tuple or list of targets to unpack into.
    pub(crate) fn target_op(&mut self, target: &Expr, access: Access) -> CResult {
        let span = target.span;
        let store = access == Access::Store;
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, access, span),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let index = self.attribute_index(attr);
                self.emit(
                    if store {
                        Instr::StoreAttr(index)
                    } else {
                        Instr::DeleteAttr(index)
                    },
                    span,
                );
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(
                    if store {
                        Instr::StoreSubscr
                    } else {
                        Instr::DeleteSubscr
                    },
                    span,
                );
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } if store => {
                self.unpack_into(elts, span)
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            ExprKind::Starred { .. } if store => {
                Err(self.error("starred assignment target must be in a list or tuple", span))
            }
            _ => {
                let verb = if store { "assign to" } else { "delete" };
                Err(self.error(format!("cannot {verb} {}", target.kind.describe()), span))
            }
        }
    }

    fn unpack_into(&mut self, elts: &[Expr], span: Span) -> CResult {
        let starred: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
            .map(|(i, _)| i)
            .collect();
        if starred.len() > 1 {
            return Err(self.error("multiple starred expressions in assignment", span));
        }
        match starred.first() {
            Some(&at) => {
                let before = at as u16;
                let after = (elts.len() - at - 1) as u16;
                self.emit(Instr::UnpackEx { before, after }, span);
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32), span),
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.store_target(value)?,
                _ => self.store_target(elt)?,
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinaryOp, value: &Expr, span: Span) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, Access::Load, target.span)?;
                self.expr(value)?;
                self.emit(Instr::InPlace(op), span);
                self.name_op(id, Access::Store, target.span)
            }
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                let index = self.attribute_index(attr);
                self.expr(object)?;
                self.emit(Instr::Copy(1), target.span);
                self.emit(Instr::LoadAttr(index), target.span);
                self.expr(value)?;
                self.emit(Instr::InPlace(op), span);
                self.emit(Instr::Swap(2), span);
                self.emit(Instr::StoreAttr(index), target.span);
                Ok(())
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } => {
                self.expr(object)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2), target.span);
                self.emit(Instr::Copy(2), target.span);
                self.emit(Instr::BinarySubscr, target.span);
                self.expr(value)?;
                self.emit(Instr::InPlace(op), span);
                self.emit(Instr::Swap(3), span);
                self.emit(Instr::Swap(2), span);
                self.emit(Instr::StoreSubscr, target.span);
                Ok(())
            }
            _ => Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    target.kind.describe()
                ),
                target.span,
            )),
        }
    }

    fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        span: Span,
    ) -> CResult {
        if let Some(value) = value {
            self.expr(value)?;
            self.store_target(target)?;
        }
        let at_top = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple && at_top => {
                self.annotation_value(annotation)?;
                let name = self.mangle(id);
                let index = self.name_index("__annotations__");
                self.emit(Instr::LoadName(index), span);
                self.load_const(K::Str(name), span);
                self.emit(Instr::StoreSubscr, span);
            }
            _ => {
                if value.is_none() {
                    // The target's parts are still evaluated, for their errors.
                    match &target.kind {
                        ExprKind::Attribute { value: object, .. } => {
                            self.expr(object)?;
                            self.emit(Instr::Pop, span);
                        }
                        ExprKind::Subscript {
                            value: object,
                            slice,
                            ..
                        } => {
                            self.expr(object)?;
                            self.emit(Instr::Pop, span);
                            self.expr(slice)?;
                            self.emit(Instr::Pop, span);
                        }
                        _ => {}
                    }
                }
                if at_top && !simple && !self.future_annotations {
                    self.expr(annotation)?;
                    self.emit(Instr::Pop, span);
                }
            }
        }
        Ok(())
    }

    // ----- loops -----

    fn for_stmt(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        span: Span,
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_block(FrameBlock::ForLoop { start, end }, span)?;
        self.iterable(iter)?;
        // CPython locates GET_ITER and FOR_ITER at the whole statement: tracebacks show
        // the `for` line without carets.
        self.emit(Instr::GetIter, span);
        self.bind(start);
        self.emit_jump(Instr::ForIter, cleanup, span);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_jump(Instr::Jump, start, span);
        self.bind(cleanup);
        self.pop_block();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for_stmt(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        span: Span,
    ) -> CResult {
        if !self.in_async_function() {
            return Err(self.error("'async for' outside async function", span));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Instr::GetAIter, span);
        self.bind(start);
        self.push_block(FrameBlock::AsyncForLoop { start, end }, span)?;
        self.emit_op(Op::SetupHandler(except), span);
        self.emit(Instr::GetANext, span);
        self.emit(Instr::Await, span);
        self.emit_op(Op::PopBlock, span);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_jump(Instr::Jump, start, span);
        self.pop_block();
        self.bind(except);
        self.emit(Instr::EndAsyncFor, iter.span);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt], span: Span) -> CResult {
        let start = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.bind(start);
        self.push_block(FrameBlock::WhileLoop { start, end }, span)?;
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.emit_jump(Instr::Jump, start, span);
        self.pop_block();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_stmt(&mut self, span: Span) -> CResult {
        self.emit(Instr::Nop, span);
        let Some(loop_block) = self.unwind_stack(span, false, true)? else {
            return Err(self.error("'break' outside loop", span));
        };
        self.unwind_block(&loop_block, span, false)?;
        let end = match loop_block {
            FrameBlock::WhileLoop { end, .. }
            | FrameBlock::ForLoop { end, .. }
            | FrameBlock::AsyncForLoop { end, .. } => end,
            _ => unreachable!("unwind_stack stops at loops"),
        };
        self.emit_jump(Instr::Jump, end, span);
        Ok(())
    }

    fn continue_stmt(&mut self, span: Span) -> CResult {
        self.emit(Instr::Nop, span);
        let Some(loop_block) = self.unwind_stack(span, false, true)? else {
            return Err(self.error("'continue' not properly in loop", span));
        };
        let start = match loop_block {
            FrameBlock::WhileLoop { start, .. }
            | FrameBlock::ForLoop { start, .. }
            | FrameBlock::AsyncForLoop { start, .. } => start,
            _ => unreachable!("unwind_stack stops at loops"),
        };
        self.emit_jump(Instr::Jump, start, span);
        Ok(())
    }

    fn return_stmt(&mut self, value: Option<&Expr>, span: Span) -> CResult {
        let scope = self.table.scope(self.unit_ref().scope);
        if !scope.is_function_like() {
            return Err(self.error("'return' outside function", span));
        }
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error("'return' with value in async generator", span));
        }
        let preserve = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant(_)));
        if let (true, Some(value)) = (preserve, value) {
            self.expr(value)?;
        }
        self.unwind_stack(span, preserve, false)?;
        match value {
            None => self.load_const(K::None, span),
            Some(value) if !preserve => self.expr(value)?,
            Some(_) => {}
        }
        self.emit(Instr::ReturnValue, span);
        Ok(())
    }

    /// Unwinds frame blocks for `break`, `continue` or `return`, up to the innermost loop if
    /// `stop_at_loop`; returns that loop. With `preserve_top`, a value on top of the stack
    /// (the return value) survives.
    fn unwind_stack(
        &mut self,
        span: Span,
        preserve_top: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FrameBlock>> {
        let Some(top) = self.unit_ref().blocks.last().cloned() else {
            return Ok(None);
        };
        if let FrameBlock::ExceptionGroupHandler = top {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        if stop_at_loop
            && matches!(
                top,
                FrameBlock::WhileLoop { .. }
                    | FrameBlock::ForLoop { .. }
                    | FrameBlock::AsyncForLoop { .. }
            )
        {
            return Ok(Some(top));
        }
        let block = self.pop_block();
        self.unwind_block(&block, span, preserve_top)?;
        let found = self.unwind_stack(span, preserve_top, stop_at_loop)?;
        self.unit().blocks.push(block);
        Ok(found)
    }

    fn unwind_block(&mut self, block: &FrameBlock, span: Span, preserve_top: bool) -> CResult {
        match block {
            FrameBlock::WhileLoop { .. }
            | FrameBlock::ExceptionHandler
            | FrameBlock::ExceptionGroupHandler => {}
            FrameBlock::ForLoop { .. } | FrameBlock::AsyncForLoop { .. } | FrameBlock::PopValue => {
                if preserve_top {
                    self.emit(Instr::Swap(2), span);
                }
                self.emit(Instr::Pop, span);
            }
            FrameBlock::TryExcept => self.emit_op(Op::PopBlock, span),
            FrameBlock::FinallyTry { body } => {
                self.emit_op(Op::PopBlock, span);
                if preserve_top {
                    self.unit().blocks.push(FrameBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_top {
                    self.pop_block();
                }
            }
            FrameBlock::FinallyEnd => {
                if preserve_top {
                    self.emit(Instr::Swap(2), span);
                }
                self.emit(Instr::Pop, span);
                if preserve_top {
                    self.emit(Instr::Swap(2), span);
                }
                self.emit_op(Op::PopBlock, span);
                self.emit(Instr::PopExcept, span);
            }
            FrameBlock::With { span: with_span } | FrameBlock::AsyncWith { span: with_span } => {
                let with_span = *with_span;
                self.emit_op(Op::PopBlock, with_span);
                if preserve_top {
                    self.emit(Instr::Swap(2), with_span);
                }
                self.call_exit_with_nones(with_span);
                if let FrameBlock::AsyncWith { .. } = block {
                    self.emit(Instr::GetAwaitable(AwaitContext::AsyncWithExit), with_span);
                    self.emit(Instr::Await, with_span);
                }
                self.emit(Instr::Pop, with_span);
            }
            FrameBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit_op(Op::PopBlock, span);
                }
                if preserve_top {
                    self.emit(Instr::Swap(2), span);
                }
                self.emit_op(Op::PopBlock, span);
                self.emit(Instr::PopExcept, span);
                if let Some(name) = name {
                    self.clear_name(name, span)?;
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`: the end of `except ... as name`.
    fn clear_name(&mut self, name: &Name, span: Span) -> CResult {
        self.load_const(K::None, span);
        self.name_op(name, Access::Store, span)?;
        self.name_op(name, Access::Delete, span)
    }

    fn call_exit_with_nones(&mut self, span: Span) {
        for _ in 0..3 {
            self.load_const(K::None, span);
        }
        self.emit(Instr::Call(3), span);
    }

    // ----- with -----

    fn with_stmt(
        &mut self,
        items: &[WithItem],
        position: usize,
        body: &[Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult {
        let item = &items[position];
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();

        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith, span);
            self.emit(Instr::GetAwaitable(AwaitContext::AsyncWithEnter), span);
            self.emit(Instr::Await, span);
        } else {
            self.emit(Instr::BeforeWith, span);
        }
        self.emit_op(Op::SetupWith(final_label), span);
        let block = if is_async {
            FrameBlock::AsyncWith { span }
        } else {
            FrameBlock::With { span }
        };
        self.push_block(block, span)?;
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::Pop, span),
        }
        if position + 1 < items.len() {
            self.with_stmt(items, position + 1, body, is_async, span)?;
        } else {
            self.stmts(body)?;
        }
        self.pop_block();
        self.emit_op(Op::PopBlock, span);
        self.call_exit_with_nones(span);
        if is_async {
            self.emit(Instr::GetAwaitable(AwaitContext::AsyncWithExit), span);
            self.emit(Instr::Await, span);
        }
        self.emit(Instr::Pop, span);
        self.emit_jump(Instr::Jump, exit, span);

        // The body raised: `[exit, exc]`.
        self.bind(final_label);
        self.emit_op(Op::SetupHandler(cleanup), span);
        self.emit(Instr::PushExcInfo, span);
        self.emit(Instr::WithExceptStart, span);
        if is_async {
            self.emit(Instr::GetAwaitable(AwaitContext::AsyncWithExit), span);
            self.emit(Instr::Await, span);
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress, span);
        self.emit(Instr::Reraise, span);
        self.bind(suppress);
        self.emit(Instr::Pop, span);
        self.emit_op(Op::PopBlock, span);
        self.emit(Instr::PopExcept, span);
        self.emit(Instr::Pop, span);
        self.emit_jump(Instr::Jump, exit, span);
        self.bind(cleanup);
        self.pop_except_and_reraise(span);
        self.bind(exit);
        Ok(())
    }

    /// `[previous, exc] -> (raise exc)`, restoring the previously handled exception.
    fn pop_except_and_reraise(&mut self, span: Span) {
        self.emit(Instr::Copy(2), span);
        self.emit(Instr::PopExcept, span);
        self.emit(Instr::Reraise, span);
    }

    // ----- try -----

    fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        is_star: bool,
        span: Span,
    ) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_op(Op::SetupHandler(end), span);
        self.push_block(
            FrameBlock::FinallyTry {
                body: finalbody.to_vec(),
            },
            span,
        )?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star, span)?;
        }
        self.emit_op(Op::PopBlock, span);
        self.pop_block();
        self.stmts(finalbody)?;
        // Past the exception path: what follows is at the line the `finally` ended on.
        self.emit_artificial(|c| {
            c.emit_jump(Instr::Jump, exit, span);
            Ok(())
        })?;

        self.bind(end);
        self.emit_op(Op::SetupHandler(cleanup), span);
        self.emit(Instr::PushExcInfo, span);
        self.push_block(FrameBlock::FinallyEnd, span)?;
        self.stmts(finalbody)?;
        self.pop_block();
        self.emit(Instr::Reraise, span);
        self.bind(cleanup);
        self.pop_except_and_reraise(span);
        self.bind(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        is_star: bool,
        span: Span,
    ) -> CResult {
        if is_star {
            return self.try_star_except(body, handlers, orelse, span);
        }
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_op(Op::SetupHandler(except), span);
        self.push_block(FrameBlock::TryExcept, span)?;
        self.stmts(body)?;
        self.pop_block();
        self.emit_op(Op::PopBlock, span);
        self.stmts(orelse)?;
        self.emit_artificial(|c| {
            c.emit_jump(Instr::Jump, end, span);
            Ok(())
        })?;

        // `[exc]`
        self.bind(except);
        self.emit_op(Op::SetupHandler(cleanup), span);
        self.emit(Instr::PushExcInfo, span);
        self.push_block(FrameBlock::ExceptionHandler, span)?;
        for (index, handler) in handlers.iter().enumerate() {
            let hspan = handler.span;
            if handler.type_.is_none() && index + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", hspan));
            }
            let next = self.new_label();
            if let Some(type_) = &handler.type_ {
                self.expr(type_)?;
                self.emit(Instr::CheckExcMatch, hspan);
                self.emit_jump(Instr::PopJumpIfFalse, next, hspan);
            }
            match &handler.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.name_op(name, Access::Store, hspan)?;
                    self.emit_op(Op::SetupHandler(cleanup_end), hspan);
                    self.push_block(
                        FrameBlock::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        hspan,
                    )?;
                    self.stmts(&handler.body)?;
                    self.pop_block();
                    // Leaving the handler: its clean-up is at the line it ends on.
                    self.emit_artificial(|c| {
                        c.emit_op(Op::PopBlock, hspan);
                        c.emit_op(Op::PopBlock, hspan);
                        c.emit(Instr::PopExcept, hspan);
                        c.clear_name(name, hspan)?;
                        c.emit_jump(Instr::Jump, end, hspan);
                        Ok(())
                    })?;
                    self.bind(cleanup_end);
                    self.clear_name(name, hspan)?;
                    self.emit(Instr::Reraise, hspan);
                }
                None => {
                    self.emit(Instr::Pop, hspan);
                    self.push_block(FrameBlock::HandlerCleanup { name: None }, hspan)?;
                    self.stmts(&handler.body)?;
                    self.pop_block();
                    self.emit_artificial(|c| {
                        c.emit_op(Op::PopBlock, hspan);
                        c.emit(Instr::PopExcept, hspan);
                        c.emit_jump(Instr::Jump, end, hspan);
                        Ok(())
                    })?;
                }
            }
            self.bind(next);
        }
        self.pop_block();
        self.emit(Instr::Reraise, span);
        self.bind(cleanup);
        self.pop_except_and_reraise(span);
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* E as e: ...`, as CPython 3.12 compiles it: each handler takes its
    /// part of the exception group; what is left, and what handlers raise, is re-raised.
    fn try_star_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        span: Span,
    ) -> CResult {
        let except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();

        self.emit_op(Op::SetupHandler(except), span);
        self.push_block(FrameBlock::TryExcept, span)?;
        self.stmts(body)?;
        self.pop_block();
        self.emit_op(Op::PopBlock, span);
        self.emit_jump(Instr::Jump, orelse_label, span);

        self.bind(except);
        self.emit_op(Op::SetupHandler(cleanup), span);
        self.emit(Instr::PushExcInfo, span);
        self.push_block(FrameBlock::ExceptionGroupHandler, span)?;
        for (index, handler) in handlers.iter().enumerate() {
            let hspan = handler.span;
            let next_except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            let cleanup_end = self.new_label();
            if index == 0 {
                // `[prev, orig] -> [prev, orig, raised, rest]`
                self.emit(Instr::BuildList(0), hspan);
                self.emit(Instr::Copy(2), hspan);
            }
            if let Some(type_) = &handler.type_ {
                self.expr(type_)?;
                self.emit(Instr::CheckEgMatch, hspan);
                self.emit(Instr::Copy(1), hspan);
                self.emit_jump(Instr::PopJumpIfNone, no_match, hspan);
            }
            match &handler.name {
                Some(name) => self.name_op(name, Access::Store, hspan)?,
                None => self.emit(Instr::Pop, hspan),
            }
            self.emit_op(Op::SetupHandler(cleanup_end), hspan);
            self.push_block(
                FrameBlock::HandlerCleanup {
                    name: handler.name.clone(),
                },
                hspan,
            )?;
            self.stmts(&handler.body)?;
            self.pop_block();
            self.emit_op(Op::PopBlock, hspan);
            if let Some(name) = &handler.name {
                self.clear_name(name, hspan)?;
            }
            self.emit_jump(Instr::Jump, next_except, hspan);

            // The handler raised: `[..., raised, rest, exc]`; add it to the raised list.
            self.bind(cleanup_end);
            if let Some(name) = &handler.name {
                self.clear_name(name, hspan)?;
            }
            self.emit(Instr::ListAppend(2), hspan);
            self.emit_jump(Instr::Jump, except_with_error, hspan);

            self.bind(next_except);
            self.emit(Instr::Nop, hspan);
            self.emit_jump(Instr::Jump, except_with_error, hspan);

            self.bind(no_match);
            self.emit(Instr::Pop, hspan);

            self.bind(except_with_error);
            if index + 1 == handlers.len() {
                self.emit(Instr::ListAppend(1), hspan);
                self.emit_jump(Instr::Jump, reraise_star, hspan);
            }
        }
        self.pop_block();
        self.bind(reraise_star);
        self.emit(Instr::PrepReraiseStar, span);
        self.emit(Instr::Copy(1), span);
        self.emit_jump(Instr::PopJumpIfNotNone, reraise, span);
        self.emit(Instr::Pop, span);
        self.emit_op(Op::PopBlock, span);
        self.emit(Instr::PopExcept, span);
        self.emit_jump(Instr::Jump, end, span);

        self.bind(reraise);
        self.emit_op(Op::PopBlock, span);
        self.emit(Instr::Swap(2), span);
        self.emit(Instr::PopExcept, span);
        self.emit(Instr::Reraise, span);

        self.bind(cleanup);
        self.pop_except_and_reraise(span);

        self.bind(orelse_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ----- imports -----

    /// Every instruction of an import is at the whole statement, as in CPython (so a failed
    /// import's traceback line has no carets).
    fn import(&mut self, names: &[Alias], span: Span) -> CResult {
        for alias in names {
            self.record_import(&alias.name, span);
            self.load_const(K::Int(0), span);
            self.load_const(K::None, span);
            let index = self.name_index(&alias.name);
            self.emit(Instr::ImportName(index), span);
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the innermost module.
                    let parts: Vec<&str> = alias.name.split('.').collect();
                    for (i, part) in parts.iter().enumerate().skip(1) {
                        let index = self.name_index(part);
                        self.emit(Instr::ImportFrom(index), span);
                        if i + 1 < parts.len() {
                            self.emit(Instr::Swap(2), span);
                            self.emit(Instr::Pop, span);
                        }
                    }
                    self.store_name(asname, span)?;
                    if parts.len() > 1 {
                        self.emit(Instr::Pop, span);
                    }
                }
                None => {
                    let first: Name = Rc::from(alias.name.split('.').next().unwrap_or(""));
                    self.store_name(&first, span)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        module: Option<&Name>,
        names: &[Alias],
        level: u32,
        span: Span,
    ) -> CResult {
        if let (Some(module), 0) = (module, level) {
            self.record_import(module, span);
        }
        self.load_const(K::Int(level as i64), span);
        let fromlist: Vec<K> = names.iter().map(|a| K::Str(a.name.clone())).collect();
        self.load_const(K::Tuple(Rc::from(fromlist)), span);
        let index = self.name_index(module.map_or("", |m| m));
        self.emit(Instr::ImportName(index), span);
        for alias in names {
            if &*alias.name == "*" {
                self.emit(Instr::ImportStar, span);
                return Ok(());
            }
            let index = self.name_index(&alias.name);
            self.emit(Instr::ImportFrom(index), span);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound, span)?;
        }
        self.emit(Instr::Pop, span);
        Ok(())
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(text)),
            ..
        }) => Some(text.clone()),
        _ => None,
    }
}
