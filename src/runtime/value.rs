//! Python values: the object model the VM works on.
//!
//! Immutable, small values live inline ([`Value::Int`], [`Value::Float`]); everything else is
//! reference-counted and shared, as in CPython, with `RefCell` for what Python code can
//! mutate. Every value has a class ([`Class`]), including the builtin types, so attribute
//! lookup, `type()`, `isinstance()` and subclassing work uniformly.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use super::PResult;
use super::dict::DictTable;
use super::exceptions::ExceptionData;
use super::frame::Frame;
use super::vm::{AwaitInput, AwaitStep, Vm};
use crate::python::bytecode::{CodeObject, name_hash};
use crate::python::source::SourceFile;
use pycore::set_table::SetTable;

/// A namespace: module globals, class attributes, instance attributes.
pub type Namespace = hashbrown::HashMap<Rc<str>, Value, NameHashing>;

/// How a [`Namespace`] hashes its names: by [`name_hash`], which a code object has computed
/// for each of its names already, so `LoadGlobal` looks a name up with its [`HashedName`].
#[derive(Clone, Copy, Default)]
pub struct NameHashing;

impl std::hash::BuildHasher for NameHashing {
    type Hasher = NameHasher;

    fn build_hasher(&self) -> NameHasher {
        NameHasher(0)
    }
}

/// Hashes a name (a namespace hashes nothing else): a `str` by [`name_hash`] of its bytes, a
/// [`HashedName`] by the hash it carries.
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = name_hash(bytes);
    }

    /// The end mark a `str` writes after its bytes, which adds nothing here.
    fn write_u8(&mut self, _: u8) {}

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A name with its [`name_hash`] (a code object's), to look up in a [`Namespace`] without
/// hashing it again, and recognised by its address when the key is the very same name.
pub struct HashedName<'a> {
    pub name: &'a Rc<str>,
    pub hash: u64,
}

impl std::hash::Hash for HashedName<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl hashbrown::Equivalent<Rc<str>> for HashedName<'_> {
    fn equivalent(&self, key: &Rc<str>) -> bool {
        Rc::ptr_eq(self.name, key) || **self.name == **key
    }
}

#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An int outside `i64` (never one that fits).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Tuple(Rc<[Value]>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<DictTable>>),
    Set(Rc<PySet>),
    Range(Rc<Range>),
    Slice(Rc<[Value; 3]>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(Rc<PyCell>),
    Generator(Rc<Generator>),
    Iterator(Rc<RefCell<Iter>>),
    Native(Rc<dyn NativeObject>),
}

impl Value {
    pub fn str(text: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(text.into())))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): the same object, or equal immediate values of the same kind.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython (-5..=256); equal ints elsewhere usually are
            // not the same object, but programs comparing ints with `is` are rare and warned.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.address(), other.address()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object (its identity), if it is one.
    pub fn address(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(v) => Rc::as_ptr(v) as *const () as usize,
            Str(v) => Rc::as_ptr(v) as *const () as usize,
            Tuple(v) => Rc::as_ptr(v) as *const () as usize,
            List(v) => Rc::as_ptr(v) as *const () as usize,
            Dict(v) => Rc::as_ptr(v) as *const () as usize,
            Set(v) => Rc::as_ptr(v) as *const () as usize,
            Range(v) => Rc::as_ptr(v) as *const () as usize,
            Slice(v) => Rc::as_ptr(v) as *const () as usize,
            Function(v) => Rc::as_ptr(v) as *const () as usize,
            Builtin(v) => Rc::as_ptr(v) as *const () as usize,
            BoundMethod(v) => Rc::as_ptr(v) as *const () as usize,
            Class(v) => Rc::as_ptr(v) as *const () as usize,
            Instance(v) => Rc::as_ptr(v) as *const () as usize,
            Module(v) => Rc::as_ptr(v) as *const () as usize,
            Cell(v) => Rc::as_ptr(v) as *const () as usize,
            Generator(v) => Rc::as_ptr(v) as *const () as usize,
            Iterator(v) => Rc::as_ptr(v) as *const () as usize,
            Native(v) => Rc::as_ptr(v) as *const () as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The native object behind this value, if it is one of type `T`.
    pub fn native<T: NativeObject>(&self) -> Option<&T> {
        match self {
            Value::Native(object) => object.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    /// The native object as an `Rc<T>`, if it is one of type `T`.
    pub fn native_rc<T: NativeObject>(&self) -> Option<Rc<T>> {
        match self {
            Value::Native(object) => {
                let any: Rc<dyn Any> = object.clone();
                any.downcast::<T>().ok()
            }
            _ => None,
        }
    }
}

impl Value {
    /// Whether dropping this value frees an object that references other values: the last
    /// reference to anything but a str, an int or a range. (Cheap: it is asked at every drop.)
    #[inline]
    fn frees_contents(&self) -> bool {
        use Value::*;
        match self {
            None | NotImplemented | Ellipsis | Bool(_) | Int(_) | BigInt(_) | Float(_) | Str(_)
            | Range(_) => false,
            Tuple(v) => Rc::strong_count(v) == 1 && !v.is_empty(),
            List(v) => Rc::strong_count(v) == 1,
            Dict(v) => Rc::strong_count(v) == 1,
            Set(v) => Rc::strong_count(v) == 1,
            Slice(v) => Rc::strong_count(v) == 1,
            Function(v) => Rc::strong_count(v) == 1,
            Builtin(v) => Rc::strong_count(v) == 1,
            BoundMethod(v) => Rc::strong_count(v) == 1,
            Class(v) => Rc::strong_count(v) == 1,
            Instance(v) => Rc::strong_count(v) == 1,
            Module(v) => Rc::strong_count(v) == 1,
            Cell(v) => Rc::strong_count(v) == 1,
            Generator(v) => Rc::strong_count(v) == 1,
            Iterator(v) => Rc::strong_count(v) == 1,
            Native(v) => Rc::strong_count(v) == 1,
        }
    }
}

impl Drop for Value {
    /// Freeing a deep structure must not recurse as deep as it goes (see `deep_drop`).
    #[inline]
    fn drop(&mut self) {
        if self.frees_contents() {
            super::deep_drop::release(self);
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::Tuple(items) => f.debug_list().entries(items.iter()).finish(),
            Value::List(items) => f.debug_list().entries(items.borrow().iter()).finish(),
            Value::Class(class) => write!(f, "<class {}>", class.name),
            Value::Function(func) => write!(f, "<function {}>", func.qualname.borrow()),
            Value::Instance(instance) => write!(f, "<{} instance>", instance.class().name),
            other => write!(f, "<{}>", std::any::type_name_of_val(other)),
        }
    }
}

/// A `str`: UTF-8 text that also knows its length in code points, so that indexing ASCII
/// text (the common case) is O(1).
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text: text.into_boxed_str(),
            chars,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at `index` (already bounds-checked by the caller).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[index] as char
        } else {
            self.text.chars().nth(index).unwrap_or('\0')
        }
    }

    /// A stable hash of the text (Python randomises str hashes; programs must not rely on
    /// them, and the corpus avoids printing sets of strings).
    pub fn hash(&self) -> i64 {
        if let Some(hash) = self.hash.get() {
            return hash;
        }
        let hash = str_hash(&self.text);
        self.hash.set(Some(hash));
        hash
    }
}

/// The hash of a `str` with this text ([`PyStr::hash`]), for looking text up in a dict
/// without making a `str` first.
pub const fn str_hash(text: &str) -> i64 {
    // FNV-1a, folded into Python's hash range. (A `const fn`: names known when Looplab is
    // compiled are hashed then.)
    let bytes = text.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut index = 0;
    while index < bytes.len() {
        h ^= bytes[index] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        index += 1;
    }
    let hash = (h >> 1) as i64 % ((1 << 61) - 1);
    if hash == -1 { -2 } else { hash }
}

/// A `set` or `frozenset`, iterating in CPython's order.
pub struct PySet {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

/// `range(start, stop, step)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let count = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        count as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, index: usize) -> i64 {
        self.start + self.step * index as i64
    }
}

/// A cell: a variable captured by an inner function.
pub struct PyCell {
    pub value: RefCell<Option<Value>>,
}

impl PyCell {
    pub fn new(value: Option<Value>) -> Rc<PyCell> {
        Rc::new(PyCell {
            value: RefCell::new(value),
        })
    }
}

/// A module: its name and namespace.
pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<Namespace>>,
    /// The source its code came from, for tracebacks (`None` for native modules).
    pub source: Option<Rc<SourceFile>>,
}

/// A function defined in Python.
pub struct Function {
    pub code: Rc<CodeObject>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<Module>,
    pub defaults: Vec<Value>,
    pub kw_defaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<Rc<PyCell>>,
    pub annotations: RefCell<Option<Value>>,
    /// Function attributes (`__doc__`, `__wrapped__`, anything assigned).
    pub dict: RefCell<Namespace>,
    /// `code`'s constants as values (`Vm::constants_of`), fetched once when the function is
    /// made so that each call need not look them up.
    pub constants: Rc<[Value]>,
    /// `code`'s attribute caches (`Vm::sites_of`), shared by every function of that code.
    pub sites: crate::runtime::vm::AttrSites,
    /// A generator function `types.coroutine` marked (CPython's `CO_ITERABLE_COROUTINE`
    /// flag on its code): its generators can be awaited.
    pub iterable_coroutine: Cell<bool>,
}

/// The arguments of a call into native code.
#[derive(Default, Clone)]
pub struct Args {
    pub positional: Vec<Value>,
    pub keywords: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(positional: Vec<Value>) -> Args {
        Args {
            positional,
            keywords: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.positional.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.keywords.is_empty()
    }

    /// Removes and returns a keyword argument.
    pub fn take_keyword(&mut self, name: &str) -> Option<Value> {
        let index = self.keywords.iter().position(|(k, _)| &**k == name)?;
        Some(self.keywords.remove(index).1)
    }
}

pub type NativeFn = fn(&mut Vm, Option<&Value>, Args) -> super::PResult<Value>;

/// The quick form of a hot native (`len`, `list.append`, `dict.get`): called with the
/// arguments where they lie, no `Args` made, for a call of positional arguments only. `None`
/// when it does not apply (another type of receiver, another count of arguments): the call
/// then takes the native's general form, which binds and checks everything. It must have done
/// nothing when it gives `None`.
pub type FastNative = fn(&mut Vm, Option<&Value>, &[Value]) -> Option<super::PResult<Value>>;

/// A function implemented in Rust (a builtin, or a method of a builtin type).
pub struct Builtin {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub func: NativeFn,
    /// The object a method is bound to.
    pub this: Option<Value>,
    /// Extra data some natives carry (the wrapped function of `functools.partial`, ...).
    pub data: Option<Value>,
    /// A method of `str`, `int`, `float`, `set` or `frozenset`: see [`Builtin::invoke`].
    pub value_method: bool,
    /// Its quick form, if it has one.
    pub fast: Option<FastNative>,
}

impl Builtin {
    /// Calls the native. A method of `str`, `int` or `float` reads the value inside an
    /// instance of a subclass (`class Name(str)`), in its receiver and its arguments, as
    /// CPython's C methods do: `Name("a") + "b"` is `"ab"`.
    pub fn invoke(
        &self,
        vm: &mut super::vm::Vm,
        this: Option<&Value>,
        mut args: Args,
    ) -> super::PResult<Value> {
        if !self.value_method {
            return (self.func)(vm, this, args);
        }
        for arg in &mut args.positional {
            if let Some(base) = value_base(arg) {
                *arg = base.clone();
            }
        }
        let this = this.map(|this| value_base(this).unwrap_or(this));
        (self.func)(vm, this, args)
    }
}

/// The value inside an instance of a subclass of `str`, `int`, `float`, `set` or
/// `frozenset`, which their methods work on.
pub fn value_base(value: &Value) -> Option<&Value> {
    match Instance::builtin_base(value) {
        Some(base @ Value::Set(_)) => Some(base),
        _ => scalar_base(value),
    }
}

/// The `str`, `int`, `float` or `complex` inside an instance of a subclass of one of them.
pub fn scalar_base(value: &Value) -> Option<&Value> {
    match Instance::builtin_base(value) {
        Some(base @ (Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
            Some(base)
        }
        Some(base @ Value::Native(native))
            if native.as_any().is::<super::builtins::complex::Complex>() =>
        {
            Some(base)
        }
        _ => None,
    }
}

/// A Python function bound to an instance (`obj.method`).
pub struct BoundMethod {
    pub this: Value,
    pub func: Value,
}

/// What layout instances of a class have, inherited from the builtin type it derives from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A plain object with a `__dict__`.
    Object,
    /// An exception (carries args, traceback, cause, context).
    Exception,
    /// A builtin type whose instances are other `Value` variants (int, str, list, ...).
    Builtin,
    /// A type implemented natively whose instances are [`Value::Native`] objects that know
    /// their class and have a `__dict__` (asyncio's `Future`), so Python may subclass it.
    Native,
}

/// A class: user-defined or builtin.
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after this class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<Namespace>,
    pub layout: Layout,
    /// Instances cannot be created from Python (`function`, `generator`, ...).
    pub abstract_builtin: bool,
    /// The attributes instances may have when every class of the MRO declares `__slots__`
    /// (they then have no `__dict__`); `None` for instances with a `__dict__`.
    pub slots: Option<Vec<Rc<str>>>,
    /// The class's own class when it is not `type` (`class Color(Enum)` has `EnumType`).
    pub metaclass: Option<Rc<Class>>,
    /// Whether calling the class just makes a plain instance and runs a Python `__init__`
    /// (which one), as of a class epoch (see `Vm::plain_init`).
    pub init_cache: RefCell<Option<(u64, Option<Rc<Function>>)>>,
}

impl Class {
    /// This class then its MRO.
    pub fn linearization(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks `name` up along the MRO.
    pub fn lookup(self: &Rc<Class>, name: &str) -> Option<Value> {
        self.linearization()
            .find_map(|class| class.dict.borrow().get(name).cloned())
    }

    pub fn is_subclass_of(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.linearization().any(|class| Rc::ptr_eq(class, other))
    }
}

/// An instance of a Python class.
pub struct Instance {
    /// Its class (`__class__` may be assigned another with the same layout).
    pub class: RefCell<Rc<Class>>,
    /// The instance's attributes: the very dict `obj.__dict__` and `vars(obj)` give, so
    /// changes either way are seen both ways.
    pub dict: Rc<RefCell<DictTable>>,
    /// An exception's args, traceback, cause and context (boxed: most instances are no
    /// exception, and inline this made every instance 256 bytes).
    pub exception: Option<Box<RefCell<ExceptionData>>>,
    /// Set once `__del__` has been scheduled: it runs at most once per object (PEP 442).
    pub finalized: Cell<bool>,
    /// The builtin value an instance of a subclass of `dict`, `list` or `tuple` is
    /// (`class Registry(dict)`): the builtin type's methods work on it.
    pub base: Option<Value>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        // `__del__` runs when the last reference goes, as with CPython's reference counting:
        // the VM cannot run here, so the contents move to a new instance that the VM passes
        // to `__del__` at its next instruction boundary (`Vm::run_finalizers`).
        let address = self as *const Instance as usize;
        if self.finalized.get()
            || !super::warnings::del_defined()
            || !super::warnings::accepts_finalizers()
            || self.class.get_mut().lookup("__del__").is_none()
        {
            // Freed for good: the callbacks of weak references to it are due.
            super::modules::weakref::instance_freed(address);
            return;
        }
        let heir = Rc::new(Instance {
            class: RefCell::new(self.class.get_mut().clone()),
            dict: self.dict.clone(),
            exception: self.exception.take(),
            finalized: Cell::new(true),
            base: self.base.take(),
        });
        super::modules::weakref::instance_moved(address, Rc::as_ptr(&heir) as usize);
        super::warnings::finalize_later(Value::Instance(heir));
    }
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        let exception = (class.layout == Layout::Exception).then(|| Box::new(RefCell::default()));
        Instance {
            class: RefCell::new(class),
            dict: Rc::new(RefCell::new(DictTable::new())),
            exception,
            finalized: Cell::new(false),
            base: None,
        }
    }

    /// An instance of a subclass of a builtin type, wrapping that type's value.
    pub fn with_base(class: Rc<Class>, base: Value) -> Instance {
        let mut instance = Instance::new(class);
        instance.base = Some(base);
        instance
    }

    /// The builtin value of a subclass instance (`Instance::with_base`).
    pub fn builtin_base(value: &Value) -> Option<&Value> {
        match value {
            Value::Instance(instance) => instance.base.as_ref(),
            _ => None,
        }
    }

    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    /// The attribute `name` in the instance's `__dict__`.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        self.dict.borrow().get_str(name).cloned()
    }

    pub fn set_attr(&self, name: &str, value: Value) {
        self.dict.borrow_mut().set_str(name, value);
    }

    /// Removes the attribute `name`; whether it was there.
    pub fn remove_attr(&self, name: &str) -> bool {
        self.dict.borrow_mut().remove_str(name).is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Running,
    Suspended,
    Closed,
}

/// A generator, coroutine or async generator: a frame that can be suspended and resumed.
pub struct Generator {
    pub kind: GenKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The frame, while the generator is not running (a running frame is on the VM's stack).
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    /// A coroutine whose frame has been handed to an awaiter or a task.
    pub awaited: Cell<bool>,
    /// An async generator's `asend`/`athrow` in progress (it cannot run twice at once).
    pub running_async: Cell<bool>,
    /// An async generator whose `aclose()` has begun (CPython's `ag_closed`): the loop's
    /// finalizer is not called for it.
    pub closing: Cell<bool>,
    /// An async generator's first iteration has looked at the thread's async generator
    /// hooks (`sys.set_asyncgen_hooks`, which a running asyncio loop sets).
    pub hooks_initialized: Cell<bool>,
    /// The finalizer hook in force at an async generator's first iteration (CPython's
    /// `ag_origin_or_finalizer`): called with the generator when it is freed unfinished.
    /// (Boxed, as `awaiting`: few generators have one, and every coroutine is a generator.)
    pub finalizer: RefCell<Option<Box<Value>>>,
    /// Where the function was defined (`defined at file:line` in warnings).
    pub code: Rc<CodeObject>,
    pub module: Rc<Module>,
    /// Set when the coroutine has been driven, or handed to a task (no "never awaited").
    pub started: Cell<bool>,
    /// A generator of a function `types.coroutine` marked: `await` accepts it.
    pub iterable_coroutine: bool,
    /// A coroutine driven by hand (`send()`, `throw()`) whose `await` yielded: its frame and
    /// the frames of what it awaits, innermost last, until the next `send()` resumes them.
    pub awaiting: RefCell<Option<Box<Vec<Box<Frame>>>>>,
}

impl Drop for Generator {
    fn drop(&mut self) {
        // A generator abandoned while paused at a `yield` is closed when CPython frees it
        // (GeneratorExit at the `yield`, so its `finally` blocks run). An unfinished async
        // generator is instead handed to the finalizer hook of its first iteration (an
        // asyncio loop's, which schedules a task to `aclose()` it). The VM cannot run here:
        // the frame moves to a new generator object that the VM closes or hands over at its
        // next instruction boundary (`Vm::run_finalizers`).
        let close = self.kind == GenKind::Generator && self.state.get() == GenState::Suspended;
        let hand_over = self.kind == GenKind::AsyncGenerator
            && matches!(self.state.get(), GenState::Created | GenState::Suspended)
            && !self.closing.get()
            && self.finalizer.get_mut().is_some();
        if (close || hand_over)
            && super::warnings::accepts_finalizers()
            && let Some(mut frame) = self.frame.get_mut().take()
        {
            let heir = Rc::new_cyclic(|weak| {
                frame.generator = Some(weak.clone());
                Generator {
                    kind: self.kind,
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    frame: RefCell::new(Some(frame)),
                    state: Cell::new(self.state.get()),
                    awaited: Cell::new(self.awaited.get()),
                    running_async: Cell::new(false),
                    closing: Cell::new(self.closing.get()),
                    hooks_initialized: Cell::new(true),
                    // Taken when the VM calls it: a generator is finalized once (PEP 442).
                    finalizer: RefCell::new(self.finalizer.get_mut().take()),
                    code: self.code.clone(),
                    module: self.module.clone(),
                    started: Cell::new(self.started.get()),
                    iterable_coroutine: self.iterable_coroutine,
                    awaiting: RefCell::default(),
                }
            });
            super::warnings::finalize_later(Value::Generator(heir));
            return;
        }
        // A coroutine object made and dropped without ever being awaited or wrapped in a
        // task: CPython warns when it frees it.
        if self.kind == GenKind::Coroutine
            && !self.awaited.get()
            && !self.started.get()
            && self.state.get() == GenState::Created
        {
            super::warnings::report_unawaited(self.qualname.clone());
        }
    }
}

/// The state of an iterator over a builtin container or a lazy builtin.
pub enum Iter {
    Seq {
        items: Value,
        index: usize,
    },
    /// A deque's iterator: over the items as they were when it was made (a shared
    /// copy-on-write snapshot, see `Deque::items_mut`), named `list_iterator` like the list
    /// copy it replaces.
    DequeSnapshot {
        items: Rc<std::collections::VecDeque<Value>>,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        text: Rc<PyStr>,
        byte: usize,
    },
    DictKeys {
        dict: Rc<RefCell<DictTable>>,
        index: usize,
        size: usize,
        what: DictPart,
    },
    /// Walks the set's table slot by slot; `size` is the length it started with, so a
    /// change of size is caught (`usize::MAX` once it was, as CPython makes it sticky).
    SetItems {
        set: Rc<PySet>,
        slot: usize,
        size: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        items: Value,
        index: usize,
    },
    /// The old sequence protocol, for objects with `__getitem__` but no `__iter__`:
    /// `object[0]`, `object[1]`, ... until IndexError.
    GetItem {
        object: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// An object implemented in Rust with its own class (futures, tasks, locks' waiters, deque,
/// event loop handles, ...).
pub trait NativeObject: Any {
    fn class(&self, vm: &Vm) -> Rc<Class>;
    fn as_any(&self) -> &dyn Any;
    /// One step of `await`ing this object (`this` is the value holding it), or `None` when
    /// it is not awaitable.
    fn await_step(
        &self,
        _this: &Value,
        _vm: &mut Vm,
        _input: Option<AwaitInput>,
    ) -> Option<PResult<AwaitStep>> {
        None
    }
    /// The instance attributes of a subclassable native (see [`Layout::Native`]), if it has
    /// any yet.
    fn instance_dict(&self) -> Option<&RefCell<Namespace>> {
        None
    }
    /// The instance attributes to set one in (made then, for a native that makes its dict
    /// when first needed); `None` for a native without instance attributes.
    fn instance_dict_to_write(&self) -> Option<&RefCell<Namespace>> {
        self.instance_dict()
    }
    /// A callable native that only forwards to another callable with more arguments
    /// (`functools.partial`): the call runs the target directly, as an inline frame.
    fn forward_call(&self, args: Args) -> Result<(Value, Args), Args> {
        Err(args)
    }
    /// Whether [`NativeObject::await_step`] answers (the object can be awaited directly).
    fn await_step_supported(&self) -> bool {
        false
    }
}
