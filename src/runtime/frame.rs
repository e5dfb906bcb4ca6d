//! A frame: one running (or suspended) activation of a code object.

use std::cell::RefCell;
use std::rc::Rc;

use super::exceptions::FrameObject;
use super::value::{Function, Generator, Module, Namespace, PyCell, Value};
use super::vm::AwaitInput;
use crate::python::bytecode::CodeObject;

/// `Frame::current` of a generator's frame that has not started: CPython's frame before its
/// first instruction. No handler covers it, so an exception thrown in there (`throw()` into
/// an unstarted generator, a task cancelled before its first step) ends the generator at once,
/// reported at the line of its definition.
pub const BEFORE_START: usize = usize::MAX;

/// How a frame hands its result to the frame below it on the VM's stack.
#[derive(Clone)]
pub enum FrameKind {
    /// A function call: the return value is pushed onto the caller's stack.
    Call,
    /// A coroutine run by `await` in the frame below: the return value is the await's result.
    Await(Rc<Generator>),
    /// An async generator stepped by `await anext(...)` (or `asend`/`athrow`): a `yield`
    /// is the await's result; returning ends the iteration (`StopAsyncIteration`).
    AsyncGenStep(Rc<Generator>),
    /// An async generator closed by `await agen.aclose()`: its return, or the GeneratorExit
    /// thrown into it leaving it, is the await's result (None); a `yield` fails the await.
    AsyncGenClose(Rc<Generator>),
    /// A generator resumed from native code (`next()`, a `for` loop): the run stops at its
    /// `yield` or return.
    Resumed(Rc<Generator>),
    /// The first frame of a task step or a nested call: its result ends the run.
    Base,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The next instruction to execute.
    pub ip: usize,
    /// The instruction being executed (where an exception is reported).
    pub current: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`code.varnames`); `None` when unbound.
    pub fast: Vec<Option<Value>>,
    /// Cells for `code.cellvars ++ code.freevars`.
    pub cells: Vec<Rc<PyCell>>,
    pub module: Rc<Module>,
    /// The local namespace of a module or class body.
    pub locals: Option<Rc<RefCell<Namespace>>>,
    pub function: Option<Rc<Function>>,
    pub kind: FrameKind,
    /// The exception being handled in this frame (`except` blocks), as CPython's exc_info.
    pub handled: Option<Value>,
    /// The generator or coroutine this frame belongs to. Weak: a suspended frame lives
    /// inside its generator, and a strong link back would keep both alive forever (and
    /// hide "coroutine ... was never awaited").
    pub generator: Option<std::rc::Weak<Generator>>,
    /// What resumes the suspended `await` (or `yield from`) this frame stopped at.
    pub await_input: Option<AwaitInput>,
    /// Constants of `code` as values.
    pub constants: Rc<[Value]>,
    /// The attribute caches of `code`'s names (none for a class body).
    pub sites: Option<crate::runtime::vm::AttrSites>,
    /// The frame object a traceback holds, once one does (see `FrameObject`).
    pub object: Option<Rc<FrameObject>>,
    /// The new instance whose `__init__` this frame runs: the call that made it gives the
    /// instance, not `__init__`'s None.
    pub init_of: Option<Rc<super::value::Instance>>,
}

impl Frame {
    pub fn new(code: Rc<CodeObject>, module: Rc<Module>, constants: Rc<[Value]>) -> Frame {
        let fast = vec![None; code.varnames.len()];
        let stack = Vec::with_capacity(code.max_stack as usize);
        Frame {
            code,
            ip: 0,
            current: 0,
            stack,
            fast,
            cells: Vec::new(),
            module,
            locals: None,
            function: None,
            kind: FrameKind::Call,
            handled: None,
            generator: None,
            await_input: None,
            constants,
            object: None,
            sites: None,
            init_of: None,
        }
    }

    /// The frame object of this frame, made when first asked for.
    pub fn object(&mut self) -> Rc<FrameObject> {
        self.object.get_or_insert_with(Rc::default).clone()
    }

    /// Sets every local unbound (`code.varnames`, none bound yet).
    #[inline(always)]
    pub fn unbind_locals(&mut self) {
        // (Filled slot by slot: `resize` is an out-of-line call, and most frames have a few
        // locals.)
        let locals = self.code.varnames.len();
        self.fast.reserve(locals);
        for _ in 0..locals {
            self.fast.push(None);
        }
    }

    fn assert_cleared(&self) {
        debug_assert!(
            self.fast.is_empty()
                && self.stack.is_empty()
                && self.cells.is_empty()
                && self.sites.is_none()
                && self.locals.is_none()
                && self.function.is_none()
                && self.handled.is_none()
                && self.generator.is_none()
                && self.await_input.is_none()
                && self.object.is_none()
                && self.init_of.is_none(),
            "a pooled frame is cleared"
        );
    }

    /// Makes a pooled frame ready for a call of `function` (its buffers keep their
    /// capacity), but for its locals, which the caller binds. A pooled frame was emptied by
    /// [`Frame::clear`]: only what that keeps is set here.
    #[inline(always)]
    pub fn reuse_for(&mut self, function: &Function) {
        self.assert_cleared();
        self.stack.reserve(function.code.max_stack as usize);
        // A pooled frame often ran the same function last (a loop's call, recursion): what
        // it holds already is kept, saving a count up and down for each.
        if !Rc::ptr_eq(&self.code, &function.code) {
            self.code = function.code.clone();
        }
        if !Rc::ptr_eq(&self.constants, &function.constants) {
            self.constants = function.constants.clone();
        }
        if !Rc::ptr_eq(&self.module, &function.module) {
            self.module = function.module.clone();
        }
        self.sites = Some(function.sites.clone());
        self.ip = 0;
        self.current = 0;
        self.kind = FrameKind::Call;
    }

    /// Drops what a finished frame holds, keeping its buffers.
    pub fn clear(&mut self) {
        self.sites = None;
        self.fast.clear();
        self.stack.clear();
        self.cells.clear();
        self.locals = None;
        self.function = None;
        self.kind = FrameKind::Base;
        self.handled = None;
        self.generator = None;
        self.await_input = None;
        self.object = None;
        self.init_of = None;
    }

    /// True until the frame runs its first instruction.
    pub fn before_start(&self) -> bool {
        self.current == BEFORE_START
    }

    /// The source line being executed (1-based), for traces and tracebacks.
    pub fn line(&self, line_of: impl Fn(u32) -> u32) -> u32 {
        let span = self
            .code
            .spans
            .get(self.current)
            .copied()
            .unwrap_or(self.code.span);
        line_of(span.start)
    }
}
