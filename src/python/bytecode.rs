//! The bytecode the compiler produces and the VM runs.
//!
//! A stack machine close to CPython 3.12's: the same instructions where CPython has them (so
//! the VM can follow `ceval.c`), minus the specialisation and caching machinery, with one
//! VM-specific instruction, [`Instr::Await`], that runs an awaitable to completion and may
//! suspend the whole task. Exceptions are handled with an exception table, as in CPython 3.11+:
//! each entry says where to jump, and to which stack depth to cut, when an instruction in its
//! range raises.
//!
//! In the stack notes below, the top of the stack is on the right.

use std::fmt::{self, Write};
use std::rc::Rc;

use num_bigint::BigInt;

use super::ast::{BinaryOp, UnaryOp};
use super::source::Span;

/// An index into one of a code object's tables (constants, names, locals).
pub type Index = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instr {
    /// Does nothing (keeps a line number for tracing).
    Nop,

    // ----- the stack -----
    /// `[x] -> []`
    Pop,
    /// `[x_n, ..., x_1] -> [x_n, ..., x_1, x_n]`: pushes a copy of the n-th item (1 = top).
    Copy(Index),
    /// Swaps the top with the n-th item (2 = the one below the top).
    Swap(Index),

    // ----- pattern matching (`match`) -----
    /// `[subject] -> [subject, len(subject)]`.
    GetLen,
    /// `[subject] -> [subject, bool]`: whether it is a sequence a pattern can match.
    MatchSequence,
    /// `[subject] -> [subject, bool]`: whether it is a mapping.
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values or None]`: the values of the keys, if all
    /// are there.
    MatchKeys,
    /// `[subject, cls, names] -> [attributes or None]`: with this many positional patterns.
    MatchClass(Index),

    // ----- names -----
    LoadConst(Index),
    /// A local of a function (`varnames[i]`).
    LoadFast(Index),
    StoreFast(Index),
    DeleteFast(Index),
    /// A cell or free variable: index into `cellvars ++ freevars`.
    LoadDeref(Index),
    StoreDeref(Index),
    DeleteDeref(Index),
    /// Pushes the cell itself (to build a closure).
    LoadClosure(Index),
    /// In a class body: the name from the class namespace, else from the cell
    /// (`freevars[i - len(cellvars)]`).
    LoadClassDeref(Index),
    /// Pushes a class body's namespace (for its `__classdict__` cell).
    LoadLocals,
    /// In an annotation scope within a class: `[classdict] -> [value]`, the name from the
    /// class namespace, else the global or builtin `names[i]`.
    LoadFromDictOrGlobals(Index),
    /// In an annotation scope within a class: `[classdict] -> [value]`, the name from the
    /// class namespace, else from the cell (as `LoadDeref`).
    LoadFromDictOrDeref(Index),
    /// A global (`names[i]`), then a builtin.
    LoadGlobal(Index),
    StoreGlobal(Index),
    DeleteGlobal(Index),
    /// Module and class bodies: the local namespace, then globals, then builtins.
    LoadName(Index),
    StoreName(Index),
    DeleteName(Index),
    /// `[obj] -> [obj.name]`
    LoadAttr(Index),
    /// `[obj] -> [function, obj]` when `obj.name` is a function of `obj`'s class (a method,
    /// left unbound), else `[obj.name, None]`: the first half of `obj.name(args)`, which
    /// `CallMethod` finishes without making a bound method (CPython's `LOAD_ATTR` with its
    /// method flag). `obj` is never `None` in the first form.
    LoadMethod(Index),
    /// `[value, obj] -> []`: `obj.name = value`
    StoreAttr(Index),
    /// `[obj] -> []`
    DeleteAttr(Index),

    // ----- subscripts -----
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[start, stop] -> [slice]`, or with 3: `[start, stop, step] -> [slice]`.
    BuildSlice(Index),

    // ----- operators -----
    /// `[x] -> [op x]`
    Unary(UnaryOp),
    /// `[a, b] -> [a op b]`
    Binary(BinaryOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first).
    InPlace(BinaryOp),
    /// `[a, b] -> [a cmp b]`
    Compare(Comparison),
    /// `[a, b] -> [a is b]` (or `is not` when true).
    Is(bool),
    /// `[a, b] -> [a in b]` (or `not in` when true).
    Contains(bool),

    // ----- control flow (targets are instruction indices) -----
    Jump(Index),
    /// `[cond] -> []`, jumps if false.
    PopJumpIfFalse(Index),
    PopJumpIfTrue(Index),
    PopJumpIfNone(Index),
    PopJumpIfNotNone(Index),
    /// `[cond] -> [cond]` and jumps if false; else `[cond] -> []`.
    JumpIfFalseOrPop(Index),
    JumpIfTrueOrPop(Index),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[iter] -> [iter, next(iter)]`; when exhausted, `[iter] -> []` and jumps.
    ForIter(Index),
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetANext,
    /// Handler of an `async for`: `[aiter, exc] -> []` if `exc` is a `StopAsyncIteration`,
    /// else re-raises it.
    EndAsyncFor,

    // ----- building values -----
    BuildTuple(Index),
    BuildList(Index),
    BuildSet(Index),
    /// `[k1, v1, ..., kn, vn] -> [dict]`
    BuildMap(Index),
    /// Concatenates n strings.
    BuildString(Index),
    /// `[list, ..._(n-1 more), x] -> [list, ...]`: appends `x` to the n-th item below it.
    ListAppend(Index),
    SetAdd(Index),
    /// `[dict, ..., key, value] -> [dict, ...]`
    MapAdd(Index),
    /// `[list, ..., iterable] -> [list, ...]`
    ListExtend(Index),
    SetUpdate(Index),
    /// `[dict, ..., mapping] -> [dict, ...]` (`{**m}`).
    DictUpdate(Index),
    /// As `DictUpdate`, but a repeated key is an error (`f(**a, **b)`).
    DictMerge(Index),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[value] -> [str]` or `[value, spec] -> [str]`: an f-string field.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },
    /// `[seq] -> [x_n, ..., x_1]` (the first item ends on top).
    UnpackSequence(Index),
    /// `a, *b, c = seq`: `[seq] -> [after items..., list, before items...]`.
    UnpackEx {
        before: u16,
        after: u16,
    },

    // ----- functions, classes and calls -----
    /// Builds a function from the code object `constants[code]`, popping in this order
    /// (top first) whatever `flags` says is there: closure tuple, annotations, keyword-only
    /// defaults dict, positional defaults tuple.
    MakeFunction {
        code: Index,
        flags: FunctionFlags,
    },
    /// `[callable, arg_1, ..., arg_n] -> [result]`
    Call(Index),
    /// `[function, obj, arg_1, ..., arg_n] -> [result]` (`function(obj, args)`), or
    /// `[callable, None, arg_1, ..., arg_n] -> [result]` (`callable(args)`): after
    /// `LoadMethod`.
    CallMethod(Index),
    /// `[callable, args..., kwvalues...] -> [result]`, with keyword names from the tuple
    /// `constants[names]`; `argc` counts all arguments.
    CallKw {
        argc: Index,
        names: Index,
    },
    /// `[callable, args_tuple] -> [result]`, or `[callable, args_tuple, kwargs_dict]`.
    CallEx {
        has_kwargs: bool,
    },
    /// Pushes the builtin `__build_class__`.
    LoadBuildClass,
    /// `[arg_1, ..., arg_n] -> [result]`: one of the operations CPython's compiler calls for
    /// type parameters (PEP 695), with the intrinsic's own number of arguments.
    CallIntrinsic(Intrinsic),
    /// `[value] -> (returns)`
    ReturnValue,

    // ----- generators and coroutines -----
    /// In a generator: yields TOS; resumes with the sent value on the stack.
    YieldValue,
    /// `yield from`: `[iterable] -> [result]`, delegating sends and throws.
    YieldFrom,
    /// `[obj] -> [awaitable]` (a coroutine, or `obj.__await__()`); the context only words
    /// the error when `obj` cannot be awaited.
    GetAwaitable(AwaitContext),
    /// `[awaitable] -> [result]`: runs the awaitable to completion. A coroutine runs inline
    /// in this task; a pending future suspends the task until it is done.
    Await,

    // ----- exceptions -----
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(Index),
    /// `[exc] -> (raises exc again, keeping its traceback)`
    Reraise,
    /// `[exc] -> [previous handled exception, exc]` and makes `exc` the handled exception.
    PushExcInfo,
    /// `[previous] -> []` and restores `previous` as the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, isinstance(exc, type)]`
    CheckExcMatch,
    /// `except*`: `[eg, type] -> [rest, match]` (`match` is None when nothing matches).
    CheckEgMatch,
    /// `except*`: `[original, raised_list] -> [exception to re-raise, or None]`.
    PrepReraiseStar,
    /// Pushes `AssertionError` (whatever the name is bound to).
    LoadAssertionError,
    /// `[manager] -> [bound __exit__, result of __enter__()]`
    BeforeWith,
    /// `[manager] -> [bound __aexit__, awaitable of __aenter__()]`
    BeforeAsyncWith,
    /// `[exit, previous, exc] -> [exit, previous, exc, exit(type, exc, tb)]`
    WithExceptStart,

    // ----- modules -----
    /// `[level, fromlist] -> [module]`: imports `names[i]`.
    ImportName(Index),
    /// `[module] -> [module, module.name]`
    ImportFrom(Index),
    /// `[module] -> []`: binds every public name of the module.
    ImportStar,
    /// Creates `__annotations__` in a module or class body.
    SetupAnnotations,
}

/// What `CallIntrinsic` does (CPython's `INTRINSIC_*` for PEP 695); `typing` provides each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `[name] -> [TypeVar]`
    TypeVar,
    /// `[name, evaluate_bound] -> [TypeVar]`
    TypeVarWithBound,
    /// `[name, evaluate_constraints] -> [TypeVar]`
    TypeVarWithConstraints,
    /// `[name] -> [ParamSpec]`
    ParamSpec,
    /// `[name] -> [TypeVarTuple]`
    TypeVarTuple,
    /// `[type_params] -> [Generic[*type_params]]`
    SubscriptGeneric,
    /// `[name, type_params or None, evaluate_value] -> [TypeAliasType]`
    TypeAlias,
    /// `[function, type_params] -> [function]` with its `__type_params__` set.
    SetFunctionTypeParams,
}

impl Intrinsic {
    pub fn arity(self) -> usize {
        match self {
            Intrinsic::TypeVar
            | Intrinsic::ParamSpec
            | Intrinsic::TypeVarTuple
            | Intrinsic::SubscriptGeneric => 1,
            Intrinsic::TypeVarWithBound
            | Intrinsic::TypeVarWithConstraints
            | Intrinsic::SetFunctionTypeParams => 2,
            Intrinsic::TypeAlias => 3,
        }
    }

    /// Whether the `typing` function also takes the current module's name (a type alias's
    /// `__module__`), as an extra last argument.
    pub fn takes_module(self) -> bool {
        self == Intrinsic::TypeAlias
    }

    /// The function of the `typing` module that does it.
    pub fn function(self) -> &'static str {
        match self {
            Intrinsic::TypeVar => "_intrinsic_typevar",
            Intrinsic::TypeVarWithBound => "_intrinsic_typevar_with_bound",
            Intrinsic::TypeVarWithConstraints => "_intrinsic_typevar_with_constraints",
            Intrinsic::ParamSpec => "_intrinsic_paramspec",
            Intrinsic::TypeVarTuple => "_intrinsic_typevartuple",
            Intrinsic::SubscriptGeneric => "_intrinsic_subscript_generic",
            Intrinsic::TypeAlias => "_intrinsic_typealias",
            Intrinsic::SetFunctionTypeParams => "_intrinsic_set_function_type_params",
        }
    }
}

/// The six rich comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Lt,
    LtE,
    Eq,
    NotEq,
    Gt,
    GtE,
}

/// An f-string field's conversion: none, `!s`, `!r` or `!a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// Where an `await` is, to word "object X can't be used in 'await' expression" errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwaitContext {
    Await,
    AsyncWithEnter,
    AsyncWithExit,
    AsyncFor,
}

/// What `MakeFunction` finds on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FunctionFlags {
    pub defaults: bool,
    pub kw_defaults: bool,
    pub annotations: bool,
    pub closure: bool,
}

/// A constant of a code object.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[Constant]>),
    /// A frozenset of these items, in source order (CPython folds set displays of three or
    /// more constants into one; the VM builds it as CPython's compiler does).
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// When an instruction in `start..end` raises: cut the stack to `depth`, push the exception,
/// and continue at `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start: Index,
    pub end: Index,
    pub target: Index,
    pub depth: Index,
}

/// What kind of callable a code object is the body of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    /// A generator function: calling it makes a generator.
    Generator,
    /// `async def`: calling it makes a coroutine.
    Coroutine,
    /// `async def` with `yield`: calling it makes an async generator.
    AsyncGenerator,
}

/// Compiled code: a module, class body, function, lambda or comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// `co_name`, e.g. `fetch`, `<lambda>`, `<listcomp>`, `<module>`.
    pub name: Rc<str>,
    /// `co_qualname`, e.g. `Worker.run.<locals>.helper`.
    pub qualname: Rc<str>,
    /// Where the definition starts (`co_firstlineno`'s span).
    pub span: Span,
    pub instructions: Vec<Instr>,
    /// The source of each instruction, for line numbers and tracebacks.
    pub spans: Vec<Span>,
    /// The instructions CPython leaves without a line (clean-up it marks `NO_LOCATION` that
    /// no line propagates to), ascending. `spans` still gives each a span, for tracebacks
    /// and the visualizer; a warning raised there names line -1, as CPython's does.
    pub without_line: Vec<u32>,
    pub constants: Vec<Constant>,
    /// Global, attribute and imported names.
    pub names: Vec<Rc<str>>,
    /// The [`name_hash`] of each of `names`, so a global is looked up without hashing it.
    pub name_hashes: Vec<u64>,
    /// Locals, parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Locals that inner functions capture.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter: its index in `varnames`.
    pub cell_parameters: Vec<(Index, Index)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub exception_table: Vec<ExceptionHandler>,
    pub max_stack: u32,
    /// A comprehension compiled as a function: CPython 3.12 runs these inline, so they have
    /// no frame of their own in tracebacks.
    pub is_comprehension: bool,
    /// The docstring, if the body starts with one.
    pub docstring: Option<Rc<str>>,
}

/// The hash of a name as namespaces (module globals, class and builtin attributes) key it:
/// computed once for each name of a code object, when it is compiled. Eight bytes at a time,
/// multiplied and rotated as `rustc-hash` does (names are short; their order in a namespace
/// shows nowhere).
pub fn name_hash(bytes: &[u8]) -> u64 {
    const SEED: u64 = 0xf135_7aea_2e62_a9c5;
    let mut hash = (bytes.len() as u64).wrapping_mul(SEED);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        hash = (hash ^ word).wrapping_mul(SEED);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut word = [0; 8];
        word[..rest.len()].copy_from_slice(rest);
        hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    hash.rotate_left(26)
}

impl CodeObject {
    /// Whether a call giving exactly `argc` positional arguments binds them as its first
    /// `argc` locals and nothing else: a plain function (not a generator or coroutine) of
    /// `argc` positional parameters, with no `*args`, `**kwargs`, keyword-only parameters or
    /// cells (its closure is the function's to check).
    #[inline(always)]
    pub fn takes_exactly(&self, argc: usize) -> bool {
        self.kind == CodeKind::Function
            && self.argcount as usize == argc
            && !self.varargs
            && !self.varkeywords
            && self.kwonlyargcount == 0
            && self.cellvars.is_empty()
    }

    /// The handler for an exception raised at instruction `at`, if any.
    pub fn handler_for(&self, at: usize) -> Option<&ExceptionHandler> {
        let at = at as Index;
        self.exception_table
            .iter()
            .find(|entry| entry.start <= at && at < entry.end)
    }

    /// A readable listing, like `dis.dis`, with line numbers from `line_of`.
    pub fn disassemble(&self, line_of: &dyn Fn(Span) -> u32) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out, line_of);
        out
    }

    fn disassemble_into(&self, out: &mut String, line_of: &dyn Fn(Span) -> u32) {
        let _ = writeln!(out, "Disassembly of {} ({:?}):", self.qualname, self.kind);
        let mut last_line = 0;
        for (index, instr) in self.instructions.iter().enumerate() {
            let line = line_of(self.spans[index]);
            let line_text = if line != last_line {
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            last_line = line;
            let _ = writeln!(out, "{line_text} {index:>5} {}", self.describe(instr));
        }
        for entry in &self.exception_table {
            let _ = writeln!(
                out,
                "  exception {}..{} -> {} [depth {}]",
                entry.start, entry.end, entry.target, entry.depth
            );
        }
        for constant in &self.constants {
            if let Constant::Code(code) = constant {
                out.push('\n');
                code.disassemble_into(out, line_of);
            }
        }
    }

    fn describe(&self, instr: &Instr) -> String {
        let name = |i: &Index| self.names.get(*i as usize).map_or("?", |n| n);
        let local = |i: &Index| self.varnames.get(*i as usize).map_or("?", |n| n);
        let deref = |i: &Index| {
            let i = *i as usize;
            self.cellvars
                .get(i)
                .or_else(|| self.freevars.get(i - self.cellvars.len().min(i)))
                .map_or("?", |n| n)
        };
        match instr {
            Instr::LoadConst(i) => format!(
                "LoadConst {}",
                ConstantDisplay(&self.constants[*i as usize])
            ),
            Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
                format!("{instr:?} ({})", local(i))
            }
            Instr::LoadDeref(i)
            | Instr::StoreDeref(i)
            | Instr::DeleteDeref(i)
            | Instr::LoadClosure(i)
            | Instr::LoadClassDeref(i)
            | Instr::LoadFromDictOrDeref(i) => format!("{instr:?} ({})", deref(i)),
            Instr::LoadGlobal(i)
            | Instr::LoadFromDictOrGlobals(i)
            | Instr::StoreGlobal(i)
            | Instr::DeleteGlobal(i)
            | Instr::LoadName(i)
            | Instr::StoreName(i)
            | Instr::DeleteName(i)
            | Instr::LoadAttr(i)
            | Instr::LoadMethod(i)
            | Instr::StoreAttr(i)
            | Instr::DeleteAttr(i)
            | Instr::ImportName(i)
            | Instr::ImportFrom(i) => format!("{instr:?} ({})", name(i)),
            Instr::MakeFunction { code, .. } => match &self.constants[*code as usize] {
                Constant::Code(code) => format!("{instr:?} ({})", code.qualname),
                _ => format!("{instr:?}"),
            },
            other => format!("{other:?}"),
        }
    }
}

struct ConstantDisplay<'a>(&'a Constant);

impl fmt::Display for ConstantDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Constant::None => write!(f, "None"),
            Constant::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Constant::Int(i) => write!(f, "{i}"),
            Constant::BigInt(i) => write!(f, "{i}"),
            Constant::Float(x) => write!(f, "{x:?}"),
            Constant::Complex { real, imag } => {
                write!(f, "{}", pycore::format::complex_repr(*real, *imag))
            }
            Constant::Str(s) => write!(f, "{s:?}"),
            Constant::Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            Constant::Ellipsis => write!(f, "Ellipsis"),
            Constant::Tuple(items) => {
                write!(f, "(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", ConstantDisplay(item))?;
                }
                if items.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
            Constant::FrozenSet(items) => {
                write!(f, "frozenset({{")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", ConstantDisplay(item))?;
                }
                write!(f, "}})")
            }
            Constant::Code(code) => write!(f, "<code {}>", code.qualname),
        }
    }
}

impl Instr {
    /// The instruction's jump target, if it has one.
    pub fn jump_target(&self) -> Option<Index> {
        match *self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t) => Some(t),
            _ => None,
        }
    }

    /// Whether execution never continues with the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
        )
    }

    /// The change in stack depth when execution falls through to the next instruction, and
    /// when it jumps (if it can).
    pub fn stack_effect(&self) -> (i32, Option<i32>) {
        use Instr::*;
        let n = |i: &Index| *i as i32;
        let fall = match self {
            Nop => 0,
            Pop => -1,
            Copy(_) => 1,
            Swap(_) => 0,
            GetLen | MatchSequence | MatchMapping | MatchKeys => 1,
            MatchClass(_) => -2,
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
            | LoadGlobal(_) | LoadName(_) | LoadLocals => 1,
            LoadFromDictOrGlobals(_) | LoadFromDictOrDeref(_) => 0,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
            LoadAttr(_) => 0,
            LoadMethod(_) => 1,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(k) => 1 - n(k),
            Unary(_) => 0,
            Binary(_) | InPlace(_) | Compare(_) | Is(_) | Contains(_) => -1,
            Jump(_) => 0,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
            GetIter | GetAIter => 0,
            ForIter(_) => 1,
            GetANext => 1,
            EndAsyncFor => -2,
            BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) => 1 - n(k),
            BuildMap(k) => 1 - 2 * n(k),
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            ListToTuple => 0,
            FormatValue { has_spec, .. } => {
                if *has_spec {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(k) => n(k) - 1,
            UnpackEx { before, after } => *before as i32 + *after as i32,
            MakeFunction { flags, .. } => {
                1 - (flags.defaults as i32
                    + flags.kw_defaults as i32
                    + flags.annotations as i32
                    + flags.closure as i32)
            }
            Call(k) => -n(k),
            CallMethod(k) => -n(k) - 1,
            CallKw { argc, .. } => -n(argc),
            CallEx { has_kwargs } => -1 - *has_kwargs as i32,
            LoadBuildClass => 1,
            CallIntrinsic(intrinsic) => 1 - intrinsic.arity() as i32,
            ReturnValue => -1,
            YieldValue => 0,
            YieldFrom => 0,
            GetAwaitable(_) => 0,
            Await => 0,
            Raise(k) => -n(k),
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            CheckEgMatch => 0,
            PrepReraiseStar => -1,
            LoadAssertionError => 1,
            BeforeWith | BeforeAsyncWith => 1,
            WithExceptStart => 1,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            SetupAnnotations => 0,
        };
        let jump = match self {
            Jump(_) => Some(0),
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => {
                Some(-1)
            }
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => Some(0),
            ForIter(_) => Some(-1),
            _ => None,
        };
        (fall, jump)
    }
}
