//! Scopes: which names are local, global, free (captured) or cells, for every module,
//! class, function, lambda and comprehension, with the syntax errors CPython's `symtable.c`
//! reports (`nonlocal` without a binding, `global` after use, duplicate parameters, ...).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::ast::*;
use super::error::{CompileError, ErrorKind};
use super::source::{SourceFile, Span};

pub type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension(ComprehensionKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    /// How CPython names the comprehension's code (`<listcomp>`) and its errors.
    pub fn code_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }

    fn described(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// What an annotation scope (PEP 695) evaluates; it words the errors of what it may not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnotationKind {
    /// The scope around a generic function, class or type alias that makes its parameters.
    TypeParams,
    /// A TypeVar's bound or constraints, evaluated when first asked for.
    TypeVarBound,
    /// A type alias's value, evaluated when first asked for.
    TypeAlias,
}

impl AnnotationKind {
    fn described(self) -> &'static str {
        match self {
            AnnotationKind::TypeParams => "the definition of a generic",
            AnnotationKind::TypeVarBound => "a TypeVar bound",
            AnnotationKind::TypeAlias => "a type alias",
        }
    }
}

/// The key of the scope that makes a generic definition's type parameters: the empty span at
/// the start of the statement.
pub fn type_params_key(stmt: Span) -> Span {
    Span::new(stmt.start as usize, stmt.start as usize)
}

/// Where a name lives, once analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not assigned anywhere that encloses it: a global or builtin.
    GlobalImplicit,
    /// Captured from an enclosing function.
    Free,
    /// Local here and captured by an inner function.
    Cell,
}

const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_IMPORT: u32 = 32;
const DEF_ANNOT: u32 = 64;
/// A free variable of a class body that the class also binds (`LOAD_CLASSDEREF`).
const DEF_FREE_CLASS: u32 = 128;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: Name,
    flags: u32,
    pub resolution: Resolution,
}

impl Symbol {
    pub fn is_parameter(&self) -> bool {
        self.flags & DEF_PARAM != 0
    }

    /// A class body's free variable that the class also assigns.
    pub fn is_class_free(&self) -> bool {
        self.flags & DEF_FREE_CLASS != 0
    }
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Name,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    symbols: Vec<Symbol>,
    index: HashMap<Name, usize>,
    /// Parameters in order (they come first among the locals).
    pub parameters: Vec<Name>,
    /// `async def`, or a comprehension that awaits.
    pub is_coroutine: bool,
    /// Contains `yield`.
    pub is_generator: bool,
    /// A class whose methods use `super()` or `__class__`: it needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// Defined inside a function (for free variables that pass through it).
    pub is_nested: bool,
    /// An annotation scope (a function-like scope of PEP 695).
    pub annotation: Option<AnnotationKind>,
    /// An annotation scope directly in a class body (or a bound's within one): names it does
    /// not bind are looked up in the class namespace first, through `__classdict__`.
    pub can_see_class_scope: bool,
    /// A class whose annotation scopes read its namespace: it needs the `__classdict__` cell.
    pub needs_classdict: bool,
    /// `global` and `nonlocal` statements, for errors found during analysis.
    directives: Vec<(Name, Span)>,
}

impl Scope {
    fn new(kind: ScopeKind, name: Name, parent: Option<ScopeId>, is_nested: bool) -> Scope {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            parameters: Vec::new(),
            is_coroutine: false,
            is_generator: false,
            needs_class_cell: false,
            is_nested,
            annotation: None,
            can_see_class_scope: false,
            needs_classdict: false,
            directives: Vec::new(),
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension(_))
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Every symbol, in the order first seen.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    fn flags(&self, name: &str) -> u32 {
        self.symbol(name).map_or(0, |s| s.flags)
    }

    fn add(&mut self, name: &Name, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.clone(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.clone(),
                    flags,
                    resolution: Resolution::GlobalImplicit,
                });
            }
        }
    }
}

/// The scopes of a module, found by the span of the node that opens each.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    pub fn module(&self) -> ScopeId {
        0
    }

    /// The scope opened by the node (function, class, lambda, comprehension) at `span`.
    pub fn scope_of(&self, span: Span) -> ScopeId {
        self.by_node[&(span.start, span.end)]
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// How `name` resolves in scope `id`.
    pub fn resolve(&self, id: ScopeId, name: &str) -> Resolution {
        self.scopes[id]
            .symbol(name)
            .map_or(Resolution::GlobalImplicit, |s| s.resolution)
    }
}

/// Builds and analyses the scopes of a module.
pub fn build(module: &Module, source: &SourceFile) -> Result<SymbolTable, CompileError> {
    let mut builder = Builder {
        source,
        table: SymbolTable {
            scopes: vec![Scope::new(
                ScopeKind::Module,
                Rc::from("<module>"),
                None,
                false,
            )],
            by_node: HashMap::new(),
        },
        current: 0,
        in_comprehension_iterable: 0,
        private: None,
    };
    for stmt in &module.body {
        builder.stmt(stmt)?;
    }
    let mut table = builder.table;
    Analyser {
        table: &mut table,
        source,
    }
    .analyse()?;
    Ok(table)
}

struct Builder<'a> {
    source: &'a SourceFile,
    table: SymbolTable,
    current: ScopeId,
    /// Inside the iterable of a comprehension (where `:=` is not allowed).
    in_comprehension_iterable: u32,
    /// The class whose body encloses us, for name mangling (`__x` is `_Class__x`).
    private: Option<Name>,
}

/// CPython's private name mangling: in class `Class`, `__name` means `_Class__name`.
pub fn mangle(private: Option<&str>, name: &Name) -> Name {
    let Some(private) = private else {
        return name.clone();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    Rc::from(format!("_{stripped}{name}"))
}

fn error(message: impl Into<String>, span: Span, source: &SourceFile) -> CompileError {
    CompileError::at_bytes(ErrorKind::SyntaxError, message, span, source)
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn enter(&mut self, kind: ScopeKind, name: Name, span: Span) {
        let parent = self.current;
        let nested = {
            let parent_scope = &self.table.scopes[parent];
            parent_scope.is_nested || parent_scope.is_function_like()
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(parent), nested));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert((span.start, span.end), id);
        self.current = id;
    }

    /// Opens an annotation scope: a function-like scope of its own. One that `sees_class`
    /// reads the enclosing class's namespace.
    fn enter_annotation(&mut self, kind: AnnotationKind, name: Name, key: Span, sees_class: bool) {
        self.enter(ScopeKind::Function, name, key);
        self.scope().annotation = Some(kind);
        if sees_class {
            self.scope().can_see_class_scope = true;
            self.scope().add(&Rc::from("__classdict__"), USE);
        }
    }

    fn in_class(&self) -> bool {
        self.table.scopes[self.current].kind == ScopeKind::Class
    }

    fn add_parameter(&mut self, name: &str) {
        let name: Name = Rc::from(name);
        self.scope().add(&name, DEF_PARAM);
        self.scope().parameters.push(name);
    }

    /// Defines each type parameter in the current (annotation) scope; a bound or constraints
    /// get an annotation scope of their own.
    fn type_params(&mut self, params: &[TypeParam]) -> Result<(), CompileError> {
        let mut seen: HashSet<&Name> = HashSet::new();
        for param in params {
            if !seen.insert(&param.name) {
                return Err(error(
                    format!("duplicate type parameter '{}'", param.name),
                    param.span,
                    self.source,
                ));
            }
            self.define(&param.name, DEF_LOCAL);
            if let TypeParamKind::TypeVar { bound: Some(bound) } = &param.kind {
                let sees_class = self.table.scopes[self.current].can_see_class_scope;
                self.enter_annotation(
                    AnnotationKind::TypeVarBound,
                    param.name.clone(),
                    param.span,
                    sees_class,
                );
                self.expr(bound)?;
                self.leave();
            }
        }
        Ok(())
    }

    /// `yield`, `await` and `:=` are not allowed in an annotation scope.
    fn not_in_annotation(&mut self, what: &str, span: Span) -> Result<(), CompileError> {
        match self.scope().annotation {
            Some(kind) => Err(error(
                format!("{what} cannot be used within {}", kind.described()),
                span,
                self.source,
            )),
            None => Ok(()),
        }
    }

    /// Lambdas and comprehensions are not allowed in an annotation scope that sees a class.
    fn not_in_class_annotation(&mut self, what: &str, span: Span) -> Result<(), CompileError> {
        if self.scope().can_see_class_scope {
            return Err(error(
                format!("Cannot use {what} in annotation scope within class scope"),
                span,
                self.source,
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.current = self.table.scopes[self.current]
            .parent
            .expect("not the module");
    }

    fn define(&mut self, name: &Name, flags: u32) {
        let name = mangle(self.private.as_deref(), name);
        self.scope().add(&name, flags);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|stmt| self.stmt(stmt))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        stacker::maybe_grow(
            super::parser::STACK_RED_ZONE,
            super::parser::STACK_SEGMENT,
            || self.stmt_inner(stmt),
        )
    }

    fn stmt_inner(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.define(&def.name, DEF_LOCAL);
                self.exprs(&def.decorators)?;
                self.argument_defaults(&def.args)?;
                let generic = !def.type_params.is_empty();
                if generic {
                    self.enter_annotation(
                        AnnotationKind::TypeParams,
                        Rc::from(format!("<generic parameters of {}>", def.name)),
                        type_params_key(stmt.span),
                        self.in_class(),
                    );
                    if !def.args.defaults.is_empty() {
                        self.add_parameter(".defaults");
                    }
                    if def.args.kw_defaults.iter().any(Option::is_some) {
                        self.add_parameter(".kwdefaults");
                    }
                    self.type_params(&def.type_params)?;
                }
                self.annotations(&def.args)?;
                if let Some(returns) = &def.returns {
                    self.expr(returns)?;
                }
                self.enter(ScopeKind::Function, def.name.clone(), stmt.span);
                self.scope().is_coroutine = def.is_async;
                self.parameters(&def.args)?;
                self.stmts(&def.body)?;
                self.leave();
                if generic {
                    self.leave();
                }
            }
            StmtKind::ClassDef(class) => {
                self.define(&class.name, DEF_LOCAL);
                let generic = !class.type_params.is_empty();
                if generic {
                    self.exprs(&class.decorators)?;
                    self.enter_annotation(
                        AnnotationKind::TypeParams,
                        Rc::from(format!("<generic parameters of {}>", class.name)),
                        type_params_key(stmt.span),
                        self.in_class(),
                    );
                    self.define(&Rc::from(".type_params"), DEF_LOCAL);
                    self.define(&Rc::from(".generic_base"), DEF_LOCAL);
                    self.type_params(&class.type_params)?;
                }
                self.exprs(&class.bases)?;
                for keyword in &class.keywords {
                    self.expr(&keyword.value)?;
                }
                if !generic {
                    self.exprs(&class.decorators)?;
                }
                self.enter(ScopeKind::Class, class.name.clone(), stmt.span);
                if generic {
                    self.define(&Rc::from("__type_params__"), DEF_LOCAL);
                    self.define(&Rc::from(".type_params"), USE);
                }
                let outer = self.private.replace(class.name.clone());
                self.stmts(&class.body)?;
                self.private = outer;
                self.leave();
                if generic {
                    self.leave();
                }
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
                ..
            } => {
                self.define(name, DEF_LOCAL);
                let in_class = self.in_class();
                let generic = !type_params.is_empty();
                if generic {
                    self.enter_annotation(
                        AnnotationKind::TypeParams,
                        Rc::from(format!("<generic parameters of {name}>")),
                        type_params_key(stmt.span),
                        self.in_class(),
                    );
                    self.type_params(type_params)?;
                }
                self.enter_annotation(AnnotationKind::TypeAlias, name.clone(), stmt.span, in_class);
                self.expr(value)?;
                self.leave();
                if generic {
                    self.leave();
                }
            }
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.expr(value)?;
                }
            }
            StmtKind::Delete(targets) => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (ExprKind::Name { id, .. }, true) = (&target.kind, *simple) {
                    let current = self.scope().flags(id);
                    if current & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.current != 0 {
                        let kind = if current & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(error(
                            format!("annotated name '{id}' can't be {kind}"),
                            stmt.span,
                            self.source,
                        ));
                    }
                    self.define(id, DEF_ANNOT | DEF_LOCAL);
                } else {
                    self.expr(target)?;
                }
                self.expr(annotation)?;
                if let Some(value) = value {
                    self.expr(value)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.expr(vars)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.expr(exc)?;
                }
                if let Some(cause) = cause {
                    self.expr(cause)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for handler in handlers {
                    if let Some(type_) = &handler.type_ {
                        self.expr(type_)?;
                    }
                    if let Some(name) = &handler.name {
                        self.define(name, DEF_LOCAL);
                    }
                    self.stmts(&handler.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(msg) = msg {
                    self.expr(msg)?;
                }
            }
            StmtKind::Import(names) => {
                for alias in names {
                    let bound = alias
                        .asname
                        .clone()
                        .unwrap_or_else(|| Rc::from(alias.name.split('.').next().unwrap_or("")));
                    self.define(&bound, DEF_IMPORT);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if &*alias.name == "*" {
                        if self.current != 0 {
                            return Err(error(
                                "import * only allowed at module level",
                                alias.span,
                                self.source,
                            ));
                        }
                        continue;
                    }
                    let bound = alias.asname.clone().unwrap_or_else(|| alias.name.clone());
                    self.define(&bound, DEF_IMPORT);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(stmt.kind, StmtKind::Global(_));
                for name in names {
                    let current = self.scope().flags(name);
                    if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let kind = if global { "global" } else { "nonlocal" };
                        let message = if current & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and {kind}")
                        } else if current & USE != 0 {
                            format!("name '{name}' is used prior to {kind} declaration")
                        } else if current & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be {kind}")
                        } else {
                            format!("name '{name}' is assigned to before {kind} declaration")
                        };
                        return Err(error(message, stmt.span, self.source));
                    }
                    self.define(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
                    self.scope().directives.push((name.clone(), stmt.span));
                }
            }
            StmtKind::Expr(expr) => self.expr(expr)?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(guard) = &case.guard {
                        self.expr(guard)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn argument_defaults(&mut self, args: &Arguments) -> Result<(), CompileError> {
        self.exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.expr(default)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for arg in args.all() {
            if let Some(annotation) = &arg.annotation {
                self.expr(annotation)?;
            }
        }
        Ok(())
    }

    /// Parameters in CPython's `co_varnames` order: positional-only, positional,
    /// keyword-only, `*args`, `**kwargs`.
    fn parameters(&mut self, args: &Arguments) -> Result<(), CompileError> {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for arg in ordered {
            if self.scope().flags(&arg.name) & DEF_PARAM != 0 {
                return Err(error(
                    format!("duplicate argument '{}' in function definition", arg.name),
                    arg.span,
                    self.source,
                ));
            }
            self.define(&arg.name, DEF_PARAM);
            self.scope().parameters.push(arg.name.clone());
        }
        Ok(())
    }

    /// The names a pattern binds and the expressions it evaluates.
    fn pattern(&mut self, pattern: &Pattern) -> Result<(), CompileError> {
        match &pattern.kind {
            PatternKind::Value(expr) => self.expr(expr)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for item in items {
                    self.pattern(item)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(name) = name {
                    self.define(name, DEF_LOCAL);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for item in patterns {
                    self.pattern(item)?;
                }
                if let Some(rest) = rest {
                    self.define(rest, DEF_LOCAL);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for item in patterns.iter().chain(kwd_patterns) {
                    self.pattern(item)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.pattern(pattern)?;
                }
                if let Some(name) = name {
                    self.define(name, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn exprs(&mut self, exprs: &[Expr]) -> Result<(), CompileError> {
        exprs.iter().try_for_each(|expr| self.expr(expr))
    }

    fn expr(&mut self, expr: &Expr) -> Result<(), CompileError> {
        stacker::maybe_grow(
            super::parser::STACK_RED_ZONE,
            super::parser::STACK_SEGMENT,
            || self.expr_inner(expr),
        )
    }

    fn expr_inner(&mut self, expr: &Expr) -> Result<(), CompileError> {
        match &expr.kind {
            ExprKind::Name { id, ctx } => {
                let flags = if *ctx == Context::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.define(id, flags);
                // `super()` needs the class the method is defined in (comprehensions are
                // function blocks too, as in CPython's symtable).
                if *ctx == Context::Load
                    && &**id == "super"
                    && self.table.scopes[self.current].is_function_like()
                {
                    self.define(&Rc::from("__class__"), USE);
                }
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.not_in_annotation("named expression", expr.span)?;
                if self.in_comprehension_iterable > 0 {
                    return Err(error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        expr.span,
                        self.source,
                    ));
                }
                self.expr(value)?;
                self.named_expr_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.not_in_class_annotation("lambda", expr.span)?;
                self.argument_defaults(args)?;
                self.enter(ScopeKind::Function, Rc::from("<lambda>"), expr.span);
                self.parameters(args)?;
                self.expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.expr(key)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set(elts) => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Set, &[elt], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, ComprehensionKind::Generator, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, ComprehensionKind::Dict, &[key, value], generators)?,
            ExprKind::Await(value) => {
                self.not_in_annotation("await expression", expr.span)?;
                self.expr(value)?;
                if let ScopeKind::Comprehension(_) = self.scope().kind {
                    self.scope().is_coroutine = true;
                }
            }
            ExprKind::Yield(value) => {
                self.not_in_annotation("yield expression", expr.span)?;
                self.yield_allowed(expr.span)?;
                if let Some(value) = value {
                    self.expr(value)?;
                }
                self.scope().is_generator = true;
            }
            ExprKind::YieldFrom(value) => {
                self.not_in_annotation("yield expression", expr.span)?;
                self.yield_allowed(expr.span)?;
                self.expr(value)?;
                self.scope().is_generator = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for keyword in keywords {
                    self.expr(&keyword.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
            }
            ExprKind::JoinedStr(values) => self.exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_allowed(&mut self, span: Span) -> Result<(), CompileError> {
        match self.scope().kind {
            ScopeKind::Function => Ok(()),
            ScopeKind::Comprehension(kind) => Err(error(
                format!("'yield' inside {}", kind.described()),
                span,
                self.source,
            )),
            ScopeKind::Module | ScopeKind::Class => {
                Err(error("'yield' outside function", span, self.source))
            }
        }
    }

    /// `:=` in a comprehension binds in the nearest enclosing function or module (PEP 572).
    fn named_expr_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        if !matches!(self.scope().kind, ScopeKind::Comprehension(_)) {
            self.define(id, DEF_LOCAL);
            return Ok(());
        }
        let mut outer = self.current;
        loop {
            let scope = &self.table.scopes[outer];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    outer = scope.parent.expect("a comprehension has a parent")
                }
                ScopeKind::Class => {
                    return Err(error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                        self.source,
                    ));
                }
                ScopeKind::Function => {
                    self.define(id, DEF_NONLOCAL);
                    self.table.scopes[outer].add(id, DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.define(id, DEF_GLOBAL);
                    self.table.scopes[outer].add(id, DEF_LOCAL);
                    return Ok(());
                }
            }
        }
    }

    /// A comprehension is a function of its first iterable (`.0`), which is evaluated outside.
    fn comprehension(
        &mut self,
        node: &Expr,
        kind: ComprehensionKind,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), CompileError> {
        self.not_in_class_annotation("comprehension", node.span)?;
        self.in_comprehension_iterable += 1;
        self.expr(&generators[0].iter)?;
        self.in_comprehension_iterable -= 1;
        self.enter(
            ScopeKind::Comprehension(kind),
            Rc::from(kind.code_name()),
            node.span,
        );
        if generators.iter().any(|g| g.is_async) {
            self.scope().is_coroutine = true;
        }
        let implicit: Name = Rc::from(".0");
        self.define(&implicit, DEF_PARAM);
        self.scope().parameters.push(implicit);
        for (index, generator) in generators.iter().enumerate() {
            if index > 0 {
                self.in_comprehension_iterable += 1;
                self.expr(&generator.iter)?;
                self.in_comprehension_iterable -= 1;
            }
            self.expr(&generator.target)?;
            self.exprs(&generator.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        if kind == ComprehensionKind::Generator {
            self.scope().is_generator = true;
        }
        self.leave();
        Ok(())
    }
}

/// Resolves every name, as CPython's `analyze_block`.
struct Analyser<'a> {
    table: &'a mut SymbolTable,
    source: &'a SourceFile,
}

impl Analyser<'_> {
    fn analyse(&mut self) -> Result<(), CompileError> {
        let mut free = HashSet::new();
        self.block(0, None, &HashSet::new(), &mut free)
    }

    /// Analyses scope `id` given the names `bound` in enclosing functions (`None` at module
    /// level) and those declared global around it; adds its free variables to `free_out`.
    fn block(
        &mut self,
        id: ScopeId,
        bound: Option<&HashSet<Name>>,
        global: &HashSet<Name>,
        free_out: &mut HashSet<Name>,
    ) -> Result<(), CompileError> {
        let kind = self.table.scopes[id].kind;
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut global_here = global.clone();

        let names: Vec<(Name, u32)> = self.table.scopes[id]
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in &names {
            let resolution = if flags & DEF_GLOBAL != 0 {
                global_here.insert(name.clone());
                Resolution::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                let span = self.directive_span(id, name);
                let Some(bound) = bound else {
                    return Err(error(
                        "nonlocal declaration not allowed at module level",
                        span,
                        self.source,
                    ));
                };
                if !bound.contains(name) {
                    return Err(error(
                        format!("no binding for nonlocal '{name}' found"),
                        span,
                        self.source,
                    ));
                }
                free.insert(name.clone());
                Resolution::Free
            } else if flags & DEF_BOUND != 0 {
                local.insert(name.clone());
                global_here.remove(name);
                Resolution::Local
            } else if bound.is_some_and(|b| b.contains(name)) {
                free.insert(name.clone());
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            };
            self.set(id, name, resolution);
        }

        // What the children can see: a class body's own names are not visible in its methods.
        let mut child_bound: HashSet<Name> = bound.cloned().unwrap_or_default();
        let child_global = if kind == ScopeKind::Class {
            child_bound.insert(Rc::from("__class__"));
            child_bound.insert(Rc::from("__classdict__"));
            global.clone()
        } else {
            if self.table.scopes[id].is_function_like() {
                child_bound.extend(local.iter().cloned());
            }
            for name in &global_here {
                child_bound.remove(name);
            }
            global_here.clone()
        };
        let mut child_free = HashSet::new();
        for child in self.table.scopes[id].children.clone() {
            self.block(child, Some(&child_bound), &child_global, &mut child_free)?;
        }

        // A class provides the `__class__` cell its methods use for `super()`.
        if kind == ScopeKind::Class && child_free.remove("__class__") {
            self.table.scopes[id].needs_class_cell = true;
        }
        if kind == ScopeKind::Class && child_free.remove("__classdict__") {
            self.table.scopes[id].needs_classdict = true;
        }
        // Locals that children capture become cells.
        if self.table.scopes[id].is_function_like() {
            for name in local.iter() {
                if child_free.remove(name) {
                    self.set(id, name, Resolution::Cell);
                }
            }
        }
        // Free variables of children pass through this scope on their way out.
        for name in &child_free {
            let scope = &mut self.table.scopes[id];
            if let Some(&i) = scope.index.get(name) {
                // Only a name the class binds itself needs both (a class body's own free
                // variable already reads the cell).
                if kind == ScopeKind::Class && scope.symbols[i].resolution != Resolution::Free {
                    scope.symbols[i].flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) || bound.is_none() {
                continue;
            }
            scope.add(name, 0);
            let i = scope.index[name];
            scope.symbols[i].resolution = Resolution::Free;
        }
        free_out.extend(free);
        free_out.extend(child_free);
        Ok(())
    }

    fn set(&mut self, id: ScopeId, name: &Name, resolution: Resolution) {
        let scope = &mut self.table.scopes[id];
        let i = scope.index[name];
        scope.symbols[i].resolution = resolution;
    }

    fn directive_span(&self, id: ScopeId, name: &str) -> Span {
        self.table.scopes[id]
            .directives
            .iter()
            .find(|(n, _)| &**n == name)
            .map_or(Span::default(), |(_, span)| *span)
    }
}
