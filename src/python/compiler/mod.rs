//! The compiler: syntax tree to code objects, with the errors CPython's compiler reports
//! (`'await' outside async function`, `'break' outside loop`, ...).
//!
//! Code generation follows CPython 3.12's `compile.c` statement by statement, so that the VM
//! does what CPython does in the same order (exception handling, `finally` on `return`,
//! `with` exits). Each function body is a [`Unit`]; the [`assemble`] step resolves labels,
//! computes stack depths and builds the exception table.

mod assemble;
mod expressions;
mod locations;
mod patterns;
mod statements;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::ast::{Module, Name, Stmt, StmtKind};
use super::bytecode::{CodeKind, CodeObject, Constant, Instr};
use super::error::{CompileError, ErrorKind};
use super::parser::{self, CompileWarning};
use super::source::{SourceFile, Span};
use super::symtable::{self, AnnotationKind, Resolution, ScopeId, ScopeKind, SymbolTable};

/// The modules a Looplab program can import.
pub const AVAILABLE_MODULES: [&str; 45] = [
    "__future__",
    "_netsim",
    "_networld",
    "abc",
    "aiohttp",
    "asyncio",
    "bisect",
    "cmath",
    "collections",
    "concurrent",
    "contextlib",
    "contextvars",
    "copy",
    "dataclasses",
    "datetime",
    "enum",
    "functools",
    "heapq",
    "httpx",
    "inspect",
    "itertools",
    "json",
    "logging",
    "math",
    "openai",
    "operator",
    "os",
    "posixpath",
    "pprint",
    "queue",
    "random",
    "re",
    "statistics",
    "string",
    "sys",
    "textwrap",
    "threading",
    "time",
    "traceback",
    "types",
    "typing",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
];

/// Most blocks (loops, `try`, `with`) that may nest in one function (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

/// A compiled program.
#[derive(Debug, Clone)]
pub struct Program {
    pub code: Rc<CodeObject>,
    pub warnings: Vec<CompileWarning>,
    /// Every module the program imports, where.
    pub imports: Vec<Import>,
}

/// An `import` or `from ... import` of a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The top-level module (`asyncio` for `import asyncio.queues`).
    pub module: Name,
    /// The whole statement.
    pub span: Span,
    /// Inside the body of a `try` with handlers, which may catch a failed import.
    pub guarded: bool,
}

impl Import {
    pub fn is_available(&self) -> bool {
        AVAILABLE_MODULES.contains(&&*self.module)
    }
}

/// Compiles a module: parses it, checks `__future__` imports, resolves scopes and generates
/// code, reporting the first error as CPython would.
pub fn compile(source: &SourceFile) -> Result<Program, CompileError> {
    // On a stack segment known to be large: deeply nested programs recurse deeply, and in
    // WebAssembly the stack's size is otherwise unknown to the guards.
    stacker::maybe_grow(parser::STACK_RED_ZONE, parser::STACK_SEGMENT, || {
        compile_on_this_stack(source)
    })
}

fn compile_on_this_stack(source: &SourceFile) -> Result<Program, CompileError> {
    let parsed = parser::parse(source)?;
    let future = check_future_imports(&parsed.module, source)?;
    let table = symtable::build(&parsed.module, source)?;
    let mut compiler = Compiler {
        source,
        table: &table,
        units: Vec::new(),
        future_annotations: future.annotations,
        future_end: future.end,
        imports: Vec::new(),
        frozensets: Vec::new(),
        interned: HashSet::new(),
    };
    let code = compiler.module(&parsed.module)?;
    Ok(Program {
        code: Rc::new(code),
        warnings: parsed.warnings,
        imports: compiler.imports,
    })
}

struct Future {
    annotations: bool,
    /// Statements before this index may be `from __future__` imports.
    end: usize,
}

/// `from __future__ import ...` must come first and name known features (CPython's
/// `future.c`).
fn check_future_imports(module: &Module, source: &SourceFile) -> Result<Future, CompileError> {
    const FEATURES: [&str; 10] = [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut future = Future {
        annotations: false,
        end: 0,
    };
    for (index, stmt) in module.body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Expr(expr) if index == 0 && is_docstring(expr) => {}
            StmtKind::ImportFrom {
                module: Some(name),
                names,
                level: 0,
            } if &**name == "__future__" => {
                for alias in names {
                    let error = |message: String| {
                        let mut error = CompileError::at_bytes(
                            ErrorKind::SyntaxError,
                            message,
                            stmt.span,
                            source,
                        );
                        error.end_line = error.line as i32;
                        error.end_offset = 0;
                        error.offset = 1 + source.byte_column(stmt.span.start) as i32;
                        error
                    };
                    match &*alias.name {
                        "annotations" => future.annotations = true,
                        "braces" => return Err(error("not a chance".into())),
                        feature if FEATURES.contains(&feature) => {}
                        feature => {
                            return Err(error(format!("future feature {feature} is not defined")));
                        }
                    }
                }
            }
            _ => break,
        }
        future.end = index + 1;
    }
    Ok(future)
}

fn is_docstring(expr: &super::ast::Expr) -> bool {
    matches!(
        expr.kind,
        super::ast::ExprKind::Constant(super::ast::Constant::Str(_))
    )
}

/// A jump target, resolved to an instruction index when the unit is assembled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An instruction or a marker for the assembler.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Op {
    /// A real instruction; jump targets hold label numbers until assembly.
    Real(Instr),
    /// Until the matching `PopBlock`, exceptions go to the label with the stack at its
    /// current depth (`SETUP_FINALLY` and `SETUP_CLEANUP` in CPython).
    SetupHandler(Label),
    /// The same, with the stack one lower (the `__enter__` result is not kept).
    SetupWith(Label),
    PopBlock,
}

/// A frame block: what a `break`, `continue` or `return` must unwind.
#[derive(Debug, Clone)]
pub(crate) enum FrameBlock {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    AsyncForLoop {
        start: Label,
        end: Label,
    },
    TryExcept,
    FinallyTry {
        body: Vec<Stmt>,
    },
    FinallyEnd,
    With {
        span: Span,
    },
    AsyncWith {
        span: Span,
    },
    /// An `except` handler's body; with the name it binds, if any.
    HandlerCleanup {
        name: Option<Name>,
    },
    ExceptionHandler,
    ExceptionGroupHandler,
    /// A value left on the stack (`return` must pop it).
    PopValue,
}

/// A code object under construction.
pub(crate) struct Unit {
    pub(crate) scope: ScopeId,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    span: Span,
    pub(crate) ops: Vec<(Op, Span)>,
    /// The ops without a source location of their own (CPython's `NO_LOCATION`), in order:
    /// the assembler gives them the location of what runs before them (see `locations`).
    artificial: Vec<usize>,
    /// Where each label is bound (an index into `ops`).
    labels: Vec<Option<usize>>,
    constants: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    varname_index: HashMap<Rc<str>, u32>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    varargs: bool,
    varkeywords: bool,
    pub(crate) blocks: Vec<FrameBlock>,
    /// The enclosing class, for name mangling.
    private: Option<Name>,
    is_comprehension: bool,
    docstring: Option<Rc<str>>,
}

pub(crate) struct Compiler<'a> {
    pub(crate) source: &'a SourceFile,
    pub(crate) table: &'a SymbolTable,
    pub(crate) units: Vec<Unit>,
    pub(crate) future_annotations: bool,
    future_end: usize,
    pub(crate) imports: Vec<Import>,
    /// The frozenset constants made so far in this module: CPython's compiler caches
    /// constants module-wide by key, so a later frozenset equal to an earlier one (as a set of
    /// item keys) is the earlier object, whose table order it then shows.
    pub(crate) frozensets: Vec<Constant>,
    /// Every global, attribute and imported name of the module, one `Rc` for each text, as
    /// CPython interns identifiers: a global stored by the module's code and loaded by a
    /// function's is then the same key, recognised by its address without comparing text.
    interned: HashSet<Rc<str>>,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Whether two constants have the same key in CPython's constant cache (`_PyCode_ConstantKey`):
/// equal values of the same type, so not across int/bool/float (which compare equal), nor 0.0
/// and -0.0, at any depth.
pub(crate) fn same_key(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (
            Constant::Complex { real, imag },
            Constant::Complex {
                real: real2,
                imag: imag2,
            },
        ) => real.to_bits() == real2.to_bits() && imag.to_bits() == imag2.to_bits(),
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_key(p, q))
        }
        // Frozensets are keyed by the set of their items' keys.
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            let (x, y) = (distinct_items(x), distinct_items(y));
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_key(p, q)))
        }
        _ => a == b && std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

/// Python's `==` between constants (1 == 1.0 == True), as far as set items need it.
pub(crate) fn constant_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as K;
    let number = |c: &Constant| match c {
        K::Bool(b) => Some(*b as i64 as f64),
        K::Int(i) => Some(*i as f64),
        K::Float(x) => Some(*x),
        _ => None,
    };
    match (a, b) {
        (K::Int(x), K::Int(y)) => x == y,
        (K::Int(i), K::Bool(b)) | (K::Bool(b), K::Int(i)) => *i == *b as i64,
        (K::Bool(x), K::Bool(y)) => x == y,
        // An int equals a float only if the float is integral and converts back to it.
        (K::Int(i), K::Float(x)) | (K::Float(x), K::Int(i)) => {
            x.fract() == 0.0 && *x == *i as f64 && *x as i64 == *i
        }
        (K::BigInt(x), K::BigInt(y)) => x == y,
        (K::Str(x), K::Str(y)) => x == y,
        (K::None, K::None) | (K::Ellipsis, K::Ellipsis) => true,
        (K::Tuple(x), K::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| constant_eq(p, q))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// The items of a frozenset constant without duplicates by `==` (the first one stays).
fn distinct_items(items: &[Constant]) -> Vec<&Constant> {
    let mut distinct: Vec<&Constant> = Vec::new();
    for item in items {
        if !distinct.iter().any(|d| constant_eq(d, item)) {
            distinct.push(item);
        }
    }
    distinct
}

impl<'a> Compiler<'a> {
    pub(crate) fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is open")
    }

    pub(crate) fn unit_ref(&self) -> &Unit {
        self.units.last().expect("a unit is open")
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.table.scope(self.unit_ref().scope).kind
    }

    pub(crate) fn error(&self, message: impl Into<String>, span: Span) -> CompileError {
        CompileError::at_bytes(ErrorKind::SyntaxError, message, span, self.source)
    }

    // ----- emitting -----

    pub(crate) fn emit(&mut self, instr: Instr, span: Span) {
        self.unit().ops.push((Op::Real(instr), span));
    }

    pub(crate) fn emit_op(&mut self, op: Op, span: Span) {
        self.unit().ops.push((op, span));
    }

    /// Emits, with `emit`, ops that have no source location of their own (CPython's
    /// `NO_LOCATION`); the spans they are given serve where CPython's would have none.
    pub(crate) fn emit_artificial(&mut self, emit: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let start = self.unit().ops.len();
        let emitted = emit(self);
        let unit = self.unit();
        unit.artificial.extend(start..unit.ops.len());
        emitted
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0 as usize] = Some(unit.ops.len());
    }

    /// Emits a jump-like instruction to `label` (`make` receives the label number).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label, span: Span) {
        self.emit(make(label.0), span);
    }

    pub(crate) fn constant(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        // Reuse equal constants.
        if let Some(index) = unit.constants.iter().position(|c| same_key(c, &constant)) {
            return index as u32;
        }
        unit.constants.push(constant);
        unit.constants.len() as u32 - 1
    }

    /// A frozenset constant of `items` (in source order), or the module's earlier one with the
    /// same key.
    pub(crate) fn frozenset_constant(&mut self, items: Vec<Constant>) -> Constant {
        let constant = Constant::FrozenSet(Rc::from(items));
        if let Some(earlier) = self.frozensets.iter().find(|c| same_key(c, &constant)) {
            return earlier.clone();
        }
        self.frozensets.push(constant.clone());
        constant
    }

    pub(crate) fn load_const(&mut self, constant: Constant, span: Span) {
        let index = self.constant(constant);
        self.emit(Instr::LoadConst(index), span);
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&index) = unit.name_index.get(name) {
            return index;
        }
        let name = match self.interned.get(name) {
            Some(name) => name.clone(),
            None => {
                let name: Rc<str> = Rc::from(name);
                self.interned.insert(name.clone());
                name
            }
        };
        let unit = self.unit();
        unit.names.push(name.clone());
        unit.name_index.insert(name, unit.names.len() as u32 - 1);
        unit.names.len() as u32 - 1
    }

    /// The `names` index of an attribute, mangled if private (`self.__x` in a class).
    pub(crate) fn attribute_index(&mut self, attr: &Name) -> u32 {
        let name = self.mangle(attr);
        self.name_index(&name)
    }

    pub(crate) fn mangle(&self, name: &Name) -> Name {
        symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Pushes a frame block, failing as CPython does past 20 nested blocks.
    pub(crate) fn push_block(&mut self, block: FrameBlock, span: Span) -> CResult {
        if self.unit_ref().blocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", span));
        }
        self.unit().blocks.push(block);
        Ok(())
    }

    /// Records an imported module (for `looplab check` and the runtime's module list).
    pub(crate) fn record_import(&mut self, module: &str, span: Span) {
        let guarded = self
            .units
            .iter()
            .flat_map(|unit| &unit.blocks)
            .any(|block| matches!(block, FrameBlock::TryExcept));
        let module = module.split('.').next().unwrap_or(module);
        self.imports.push(Import {
            module: Rc::from(module),
            span,
            guarded,
        });
    }

    pub(crate) fn pop_block(&mut self) -> FrameBlock {
        self.unit().blocks.pop().expect("a frame block is open")
    }

    // ----- units -----

    pub(crate) fn enter_unit(&mut self, scope: ScopeId, kind: CodeKind, name: Rc<str>, span: Span) {
        let qualname = self.qualname(&name, scope);
        let private = match self.table.scope(scope).kind {
            ScopeKind::Class => Some(name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let symbols = self.table.scope(scope);
        let mut varnames = Vec::new();
        let mut varname_index = HashMap::new();
        let mut add_varname = |name: &Name, varnames: &mut Vec<Rc<str>>| {
            if !varname_index.contains_key(name) {
                varname_index.insert(name.clone(), varnames.len() as u32);
                varnames.push(name.clone());
            }
        };
        for parameter in &symbols.parameters {
            add_varname(parameter, &mut varnames);
        }
        if symbols.is_function_like() {
            for symbol in symbols.symbols() {
                if symbol.resolution == Resolution::Local {
                    add_varname(&symbol.name, &mut varnames);
                }
            }
        }
        let mut cellvars: Vec<Rc<str>> = symbols
            .symbols()
            .iter()
            .filter(|s| s.resolution == Resolution::Cell)
            .map(|s| s.name.clone())
            .collect();
        if symbols.needs_class_cell {
            cellvars.push(Rc::from("__class__"));
        }
        if symbols.needs_classdict {
            cellvars.push(Rc::from("__classdict__"));
        }
        cellvars.sort();
        let mut freevars: Vec<Rc<str>> = symbols
            .symbols()
            .iter()
            .filter(|s| s.resolution == Resolution::Free || s.is_class_free())
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            span,
            ops: Vec::new(),
            artificial: Vec::new(),
            labels: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            varname_index,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            blocks: Vec::new(),
            private,
            is_comprehension: matches!(self.table.scope(scope).kind, ScopeKind::Comprehension(_)),
            docstring: None,
        });
    }

    /// CPython's `__qualname__`: `Outer.method.<locals>.inner`.
    fn qualname(&self, name: &Rc<str>, scope: ScopeId) -> Rc<str> {
        let Some(mut parent) = self.units.last() else {
            return name.clone();
        };
        // What an annotation scope of type parameters makes is named from the scope around.
        if self.table.scope(parent.scope).annotation == Some(AnnotationKind::TypeParams) {
            match self.units.len().checked_sub(2).map(|i| &self.units[i]) {
                Some(grandparent) => parent = grandparent,
                None => return name.clone(),
            }
        }
        if parent.scope == self.table.module() {
            return name.clone();
        }
        // A name declared global in the enclosing function is qualified as a global.
        if self.table.resolve(parent.scope, name) == Resolution::GlobalExplicit
            && !matches!(self.table.scope(scope).kind, ScopeKind::Comprehension(_))
        {
            return name.clone();
        }
        let parent_kind = self.table.scope(parent.scope).kind;
        if matches!(
            parent_kind,
            ScopeKind::Function | ScopeKind::Comprehension(_)
        ) {
            Rc::from(format!("{}.<locals>.{name}", parent.qualname))
        } else {
            Rc::from(format!("{}.{name}", parent.qualname))
        }
    }

    pub(crate) fn set_signature(&mut self, args: &super::ast::Arguments) {
        let unit = self.unit();
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        unit.varargs = args.vararg.is_some();
        unit.varkeywords = args.kwarg.is_some();
    }

    pub(crate) fn set_docstring(&mut self, docstring: Rc<str>) {
        self.unit().docstring = Some(docstring);
    }

    pub(crate) fn set_comprehension_arity(&mut self) {
        self.unit().argcount = 1;
    }

    /// Finishes the current unit into a code object.
    pub(crate) fn leave_unit(&mut self) -> CResult<CodeObject> {
        let unit = self.units.pop().expect("a unit is open");
        assemble::assemble(unit, self.source)
    }

    fn module(&mut self, module: &Module) -> CResult<CodeObject> {
        let module_span = Span::new(0, 0);
        self.enter_unit(
            self.table.module(),
            CodeKind::Module,
            Rc::from("<module>"),
            module_span,
        );
        let mut skip = 0;
        if let Some(doc) = statements::docstring(&module.body) {
            let span = module.body[0].span;
            self.load_const(Constant::Str(doc), span);
            self.store_name(&Rc::from("__doc__"), span)?;
            skip = 1;
        }
        if self.has_annotations(&module.body) {
            self.emit(Instr::SetupAnnotations, module_span);
        }
        for (index, stmt) in module.body.iter().enumerate().skip(skip) {
            if let StmtKind::ImportFrom {
                module: Some(name), ..
            } = &stmt.kind
                && &**name == "__future__"
                && index >= self.future_end
            {
                return Err(self.error(
                    "from __future__ imports must occur at the beginning of the file",
                    stmt.span,
                ));
            }
            self.stmt(stmt)?;
        }
        let end = Span::at(self.source.text().len());
        self.load_const(Constant::None, end);
        self.emit(Instr::ReturnValue, end);
        self.leave_unit()
    }

    /// Whether a module or class body annotates a simple name (it then needs
    /// `__annotations__`).
    pub(crate) fn has_annotations(&self, body: &[Stmt]) -> bool {
        body.iter().any(|stmt| match &stmt.kind {
            StmtKind::AnnAssign { .. } => true,
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                self.has_annotations(body) || self.has_annotations(orelse)
            }
            StmtKind::With { body, .. } => self.has_annotations(body),
            StmtKind::Match { cases, .. } => cases.iter().any(|c| self.has_annotations(&c.body)),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.has_annotations(body)
                    || handlers.iter().any(|h| self.has_annotations(&h.body))
                    || self.has_annotations(orelse)
                    || self.has_annotations(finalbody)
            }
            _ => false,
        })
    }

    // ----- names -----

    /// Loads, stores or deletes `name` with the instruction its scope needs.
    pub(crate) fn name_op(&mut self, name: &Name, access: Access, span: Span) -> CResult {
        let name = self.mangle(name);
        let scope = self.unit_ref().scope;
        let kind = self.table.scope(scope).kind;
        let resolution = self.table.resolve(scope, &name);
        let class_free = self
            .table
            .scope(scope)
            .symbol(&name)
            .is_some_and(|s| s.is_class_free());
        // An annotation scope in a class looks in the class namespace first.
        let sees_class = self.table.scope(scope).can_see_class_scope && access == Access::Load;
        let instr = match resolution {
            Resolution::Free | Resolution::Cell if !(kind == ScopeKind::Class && class_free) => {
                let index = self.deref_index(&name);
                match access {
                    Access::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(index),
                    Access::Load if sees_class => {
                        self.load_classdict(span);
                        Instr::LoadFromDictOrDeref(index)
                    }
                    Access::Load => Instr::LoadDeref(index),
                    Access::Store => Instr::StoreDeref(index),
                    Access::Delete => Instr::DeleteDeref(index),
                }
            }
            Resolution::Local if kind != ScopeKind::Module && kind != ScopeKind::Class => {
                let index = self.unit_ref().varname_index[&name];
                match access {
                    Access::Load => Instr::LoadFast(index),
                    Access::Store => Instr::StoreFast(index),
                    Access::Delete => Instr::DeleteFast(index),
                }
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension(_))
                    || resolution == Resolution::GlobalExplicit =>
            {
                let index = self.name_index(&name);
                match access {
                    Access::Load if sees_class && resolution == Resolution::GlobalImplicit => {
                        self.load_classdict(span);
                        Instr::LoadFromDictOrGlobals(index)
                    }
                    Access::Load => Instr::LoadGlobal(index),
                    Access::Store => Instr::StoreGlobal(index),
                    Access::Delete => Instr::DeleteGlobal(index),
                }
            }
            _ => {
                let index = self.name_index(&name);
                match access {
                    Access::Load => Instr::LoadName(index),
                    Access::Store => Instr::StoreName(index),
                    Access::Delete => Instr::DeleteName(index),
                }
            }
        };
        self.emit(instr, span);
        Ok(())
    }

    /// Pushes the enclosing class's namespace, in an annotation scope that sees it.
    fn load_classdict(&mut self, span: Span) {
        let index = self.deref_index("__classdict__");
        self.emit(Instr::LoadDeref(index), span);
    }

    pub(crate) fn store_name(&mut self, name: &Name, span: Span) -> CResult {
        self.name_op(name, Access::Store, span)
    }

    pub(crate) fn load_name(&mut self, name: &Name, span: Span) -> CResult {
        self.name_op(name, Access::Load, span)
    }

    /// The index of a cell or free variable in `cellvars ++ freevars`.
    pub(crate) fn deref_index(&self, name: &str) -> u32 {
        let unit = self.unit_ref();
        if let Some(index) = unit.cellvars.iter().position(|n| &**n == name) {
            return index as u32;
        }
        let free = unit
            .freevars
            .iter()
            .position(|n| &**n == name)
            .unwrap_or_else(|| panic!("{name} is a cell or free variable of {}", unit.qualname));
        (unit.cellvars.len() + free) as u32
    }

    /// The index of `name` as a cell or free variable of the unit being compiled, if it is one
    /// (used to build closures).
    pub(crate) fn closure_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        let in_cells = unit.cellvars.iter().position(|n| &**n == name);
        let in_free = unit
            .freevars
            .iter()
            .position(|n| &**n == name)
            .map(|i| i + unit.cellvars.len());
        in_cells.or(in_free).map(|i| i as u32)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    Load,
    Store,
    Delete,
}

#[cfg(test)]
mod tests;
