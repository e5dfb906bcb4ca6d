//! The virtual machine: the state a running program shares (builtin types, modules, the
//! frame stack, output), and the entry points everything else uses.

mod attr_sites;
mod attributes;
mod awaiting;
mod calls;
mod convert;
pub use attr_sites::AttrSites;
mod errors;
pub(crate) mod fast_ops;
mod instances;
mod interpreter;
mod matching;
mod protocols;
mod recursion;
pub(crate) use recursion::{CALL_LIMIT, COMPARISON_LIMIT};
pub mod types;
mod unraisable;

use std::collections::HashMap;
use std::rc::Rc;

use crate::python::bytecode::CodeObject;

use super::asyncio::AsyncState;
use super::frame::{Frame, FrameKind};
pub use super::output::Output;
use super::trace::{Event, EventKind, LoopEvent, Stream, Trace};
use super::value::{Args, Class, Instance, Module, Namespace, Value};
use super::{Flow, PResult};
pub use calls::{CallTarget, GenResult, Resume};
pub use convert::address;
pub use errors::{SplitCondition, exception_data};
pub use interpreter::{AwaitInput, AwaitStep, Outcome};
pub use protocols::SliceBounds;
use types::Types;

/// The record's default budget. The browser's is smaller: the page replays the record into
/// its timeline, and a tab has less memory than a process.
#[cfg(not(target_arch = "wasm32"))]
const RECORD_BYTES: usize = 256 << 20;
#[cfg(target_arch = "wasm32")]
const RECORD_BYTES: usize = 96 << 20;

/// Limits that keep a runaway program from freezing the page or exhausting memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Instructions in one task step (or one synchronous run) before it is stopped as a loop
    /// that never awaits.
    pub steps_without_await: u64,
    /// Work in the whole run: instructions, plus the event loop's own work (each turn of the
    /// loop and each callback counts as [`LOOP_TURN_WORK`] and [`CALLBACK_WORK`] steps).
    pub total_steps: u64,
    /// Frames on the stack (CPython's recursion limit).
    pub recursion: usize,
    /// Memory the program may allocate beyond what the VM itself started with.
    pub memory_bytes: usize,
    /// Tasks the program may create.
    pub tasks: u64,
    /// Memory Looplab's record of the run (its events, and the output kept with them) may
    /// take; past it the record stops, and the program runs on. Not the program's memory:
    /// `memory_bytes` does not count it.
    pub record_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            steps_without_await: 20_000_000,
            total_steps: 400_000_000,
            recursion: 1000,
            memory_bytes: 1 << 30,
            tasks: 1_000_000,
            record_bytes: RECORD_BYTES,
        }
    }
}

/// A cached class attribute lookup: the name and class it was made for (kept alive so their
/// addresses, the key, stay unique), what the lookup found, and facts derived from it.
pub(crate) struct NamedLookup {
    /// The name and class, only kept alive (their addresses are the key).
    pub _alive: (Rc<str>, Rc<Class>),
    pub value: Option<Value>,
    /// Reading the name on an instance is plain (see `Vm::class_lookup_plain`).
    pub get_plain: bool,
    /// Assigning the name on an instance is plain (see `Vm::class_lookup_plain`).
    pub set_plain: bool,
    /// `str_hash(name)`, so instance dicts need not hash the name again.
    pub hash: i64,
}
/// A cached lookup of a name written in Rust: the class and what was found.
pub(crate) type StaticLookup = (Rc<Class>, Option<Value>);

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<Module>,
    /// Imported modules (`sys.modules`).
    pub modules: HashMap<Rc<str>, Value>,
    /// `sys.modules`, once `sys` is imported: then the program's view of what is imported
    /// (a module put there is what `import` finds; one deleted from it is made again).
    pub sys_modules: Option<Rc<std::cell::RefCell<crate::runtime::dict::DictTable>>>,
    /// Exceptions in a reference cycle with the locals their traceback keeps (`err = E();
    /// raise err`): CPython frees them only when its cycle collector runs, at the latest at
    /// exit, so they are kept until the program ends (see `run_program`).
    pub cycles: Vec<Value>,
    /// The frames of the running code, innermost last.
    pub frames: Vec<Box<Frame>>,
    pub output: Output,
    pub limits: Limits,
    /// Memory in use when the program started (the limit counts from here).
    pub memory_baseline: usize,
    /// Work done so far (instructions, and the loop's own work: see
    /// [`Vm::count_loop_work`]), and at the start of the current step.
    pub steps: u64,
    pub step_start: u64,
    /// A step limit stopped the run (not memory, tasks or output): with more steps it
    /// would have gone further.
    pub out_of_steps: Option<crate::runtime::StepLimit>,
    /// When the loop next checks the run's limits (in `steps`).
    next_limits_check: u64,
    /// Where the running task's frames begin in `frames` (set while a task steps).
    pub task_base: usize,
    /// Nesting of native code calling back into Python (each is a Rust-level recursion).
    pub native_depth: usize,
    /// Nesting of native recursion into containers (`repr`, comparisons; see `recursion`).
    pub(crate) native_recursion_depth: usize,
    /// The names of things warned about once (`RuntimeWarning`s).
    pub warned: std::collections::HashSet<String>,
    /// Extension state of modules implemented natively (asyncio's loop, random's generator).
    pub extensions: HashMap<&'static str, Box<dyn std::any::Any>>,
    /// The exception being raised is re-raised (`raise`, finally blocks): its traceback
    /// already has this frame.
    pub(crate) reraising: bool,
    /// Each code object's attribute caches (see `attr_sites`).
    sites: PerCode<AttrSites>,
    /// Bumped whenever a class is made or changed: attribute caches filled before are stale.
    pub(crate) class_epoch: u64,
    /// The `str` keys of instance attributes stored through attribute sites, one per name.
    pub(crate) attribute_keys: HashMap<Rc<str>, Value>,
    /// Constants of each code object as values, built once.
    constants: PerCode<Rc<[Value]>>,
    /// Containers whose `repr` is being computed (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// Every event of the run.
    pub trace: Trace,
    /// The event loop and asyncio's bookkeeping.
    pub asyncio: AsyncState,
    /// Class attribute lookups by (class, name) identity; cleared whenever a class is made
    /// or changed. Holds the name and the class so their addresses stay unique.
    pub(crate) attr_cache: hashbrown::HashMap<(usize, usize), NamedLookup>,
    /// The same for names written in Rust (`__len__`), by the static string's address.
    pub(crate) static_cache: hashbrown::HashMap<(usize, usize, usize), StaticLookup>,
    /// Finished frames kept for reuse (allocating a frame per call is costly). Boxed because
    /// running frames are boxed: reuse moves a pointer, not a frame.
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Warnings already shown, by location and text (Python shows each once).
    shown_warnings: std::collections::HashSet<(String, i64, String)>,
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::new();
        let builtins = Rc::new(Module {
            name: Rc::from("builtins"),
            dict: Rc::new(std::cell::RefCell::new(Namespace::default())),
            source: None,
        });
        let mut vm = Vm {
            types,
            builtins,
            modules: HashMap::new(),
            sys_modules: None,
            cycles: Vec::new(),
            frames: Vec::new(),
            output: Output::default(),
            limits: Limits::default(),
            steps: 0,
            step_start: 0,
            out_of_steps: None,
            next_limits_check: 0,
            task_base: 0,
            native_depth: 0,
            native_recursion_depth: 0,
            memory_baseline: super::memory::in_use(),
            warned: Default::default(),
            extensions: HashMap::new(),
            reraising: false,
            constants: HashMap::new(),
            sites: HashMap::new(),
            class_epoch: 0,
            attribute_keys: HashMap::new(),
            repr_stack: Vec::new(),
            trace: Trace::default(),
            asyncio: AsyncState::default(),
            shown_warnings: Default::default(),
            frame_pool: Vec::new(),
            attr_cache: hashbrown::HashMap::new(),
            static_cache: hashbrown::HashMap::new(),
        };
        super::builtins::install(&mut vm);
        vm
    }

    /// The attribute caches of `code` (made once per code object, shared by every function
    /// made from it).
    pub fn sites_of(&mut self, code: &Rc<CodeObject>) -> AttrSites {
        if let Some(sites) = per_code(&self.sites, code) {
            return sites;
        }
        let sites = attr_sites::new_sites(code.names.len());
        let key = Rc::as_ptr(code) as usize;
        self.sites.insert(key, (Rc::downgrade(code), sites.clone()));
        sites
    }

    /// The constants of `code` as values (converted once per code object).
    pub fn constants_of(&mut self, code: &Rc<CodeObject>) -> Rc<[Value]> {
        if let Some(values) = per_code(&self.constants, code) {
            return values;
        }
        let values: Rc<[Value]> = code
            .constants
            .iter()
            .map(|c| self.constant_value(c))
            .collect();
        let key = Rc::as_ptr(code) as usize;
        self.constants
            .insert(key, (Rc::downgrade(code), values.clone()));
        values
    }

    fn constant_value(&mut self, constant: &crate::python::bytecode::Constant) -> Value {
        use crate::python::bytecode::Constant as K;
        match constant {
            K::None => Value::None,
            K::Bool(b) => Value::Bool(*b),
            K::Int(i) => Value::Int(*i),
            K::BigInt(i) => Value::BigInt(i.clone()),
            K::Float(x) => Value::Float(*x),
            K::Complex { real, imag } => super::builtins::complex::complex_value(*real, *imag),
            K::Str(s) => Value::str(s.to_string()),
            K::Bytes(data) => super::builtins::bytes::bytes_value(data.to_vec()),
            K::Ellipsis => Value::Ellipsis,
            K::Tuple(items) => Value::tuple(items.iter().map(|c| self.constant_value(c)).collect()),
            K::FrozenSet(items) => {
                // CPython's compiler makes the frozenset from the items in order, then its
                // constant merging (merge_consts_recursive) makes a new one from the first's
                // iteration order; that second table is the constant. (Constants are hashable
                // builtins, so neither step can fail.)
                let items = items.iter().map(|c| self.constant_value(c)).collect();
                let first = self.new_set(items, true).unwrap_or(Value::None);
                let items = self.collect(&first).unwrap_or_default();
                self.new_set(items, true).unwrap_or(Value::None)
            }
            // Code objects are reached through MakeFunction, which reads the code table.
            K::Code(_) => Value::None,
        }
    }

    pub fn class_of(&self, value: &Value) -> Rc<Class> {
        self.types.class_of(value, self)
    }

    /// The name of a value's type, as error messages show it.
    pub fn type_name(&self, value: &Value) -> Rc<str> {
        self.class_of(value).name.clone()
    }

    /// The name CPython's errors in C give the type of `value` (its `tp_name`): see
    /// [`name_in_errors`].
    pub fn type_name_in_errors(&self, value: &Value) -> Rc<str> {
        name_in_errors(&self.class_of(value))
    }

    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.dict.borrow().get(name).cloned()
    }

    // ----- exceptions -----

    /// A new exception instance of `class` with these args.
    pub fn new_exception(&mut self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let instance = Instance::new(class);
        if let Some(data) = &instance.exception {
            data.borrow_mut().args = args;
        }
        Value::Instance(Rc::new(instance))
    }

    /// A builtin exception with a message, ready to raise: `Err(vm.error("ValueError", ..))`.
    pub fn error(&mut self, name: &str, message: impl Into<String>) -> Flow {
        let class = self.types.exception(name);
        let exception = self.new_exception(class, vec![Value::str(message.into())]);
        Flow::Exception(exception)
    }

    pub fn type_error(&mut self, message: impl Into<String>) -> Flow {
        self.error("TypeError", message)
    }

    pub fn value_error(&mut self, message: impl Into<String>) -> Flow {
        self.error("ValueError", message)
    }

    /// Whether `exception` is an instance of the builtin exception class `name`.
    pub fn is_exception(&self, exception: &Value, name: &str) -> bool {
        match exception {
            Value::Instance(instance) => {
                instance.class().is_subclass_of(&self.types.exception(name))
            }
            _ => false,
        }
    }

    pub fn isinstance(&self, value: &Value, class: &Rc<Class>) -> bool {
        self.class_of(value).is_subclass_of(class)
    }

    /// Writes to stdout (`print`).
    pub fn write_stdout(&mut self, text: &str) {
        self.output.write_stdout(text);
    }

    /// Notes a warning shown at `file:line`; false if that one was shown there already.
    pub fn note_warning(&mut self, file: String, line: i64, message: String) -> bool {
        self.shown_warnings.insert((file, line, message))
    }

    pub fn write_stderr(&mut self, text: &str) {
        self.output.write_stderr(text);
    }

    /// Checks the budgets of a step and of the whole run. A task (or callback) that runs
    /// too long without awaiting blocks the event loop: no other task can run, which is the
    /// learner's bug to see. Code outside a running loop blocks nothing, and CPython would
    /// finish it: only the whole run's budget bounds it.
    pub(crate) fn check_budget(&mut self) -> PResult<()> {
        let loop_running = self
            .asyncio
            .running
            .as_ref()
            .is_some_and(|l| l.running.get());
        if loop_running && self.steps - self.step_start > self.limits.steps_without_await {
            self.out_of_steps = Some(crate::runtime::StepLimit::WithoutAwait);
            let who = self.running_code_description();
            return Err(Flow::Abort(format!(
                "{who} ran {} instructions without awaiting: the event loop is blocked and no other task can run",
                group_digits(self.limits.steps_without_await)
            )));
        }
        self.check_run_limits(&|vm: &Vm| vm.running_code_description())
    }

    /// Checks what the whole run may use: its memory and its total work. `who` says what
    /// was running, should a limit stop it.
    pub(crate) fn check_run_limits(&mut self, who: &dyn Fn(&Vm) -> String) -> PResult<()> {
        if self.program_memory() > self.limits.memory_bytes {
            return Err(self.memory_limit_reached(who));
        }
        if let Some(reason) = self.output.closed() {
            return Err(Flow::Abort(format!(
                "the program's output can no longer be written ({reason}): nobody reads it \
                 any more (stopped in {})",
                who(self)
            )));
        }
        if self.steps > self.limits.total_steps {
            self.out_of_steps = Some(crate::runtime::StepLimit::InAll);
            return Err(Flow::Abort(format!(
                "the program did more than {} steps of work in total: instructions, callbacks \
                 and turns of the event loop (stopped in {})",
                group_digits(self.limits.total_steps),
                who(self)
            )));
        }
        Ok(())
    }

    /// Checks, before a large allocation (a repeat), that `bytes` more would stay within the
    /// memory limit: what CPython would build if the machine had the memory, Looplab builds
    /// if the limit allows, and an allocation past it meets the limit before it is made.
    pub(crate) fn make_room(&mut self, bytes: u128) -> PResult<()> {
        let used = self.program_memory() as u128;
        if used.saturating_add(bytes) > self.limits.memory_bytes as u128 {
            return Err(self.memory_limit_reached(&|vm: &Vm| vm.running_code_description()));
        }
        Ok(())
    }

    /// A `MemoryError` for a cap of Looplab's own, where CPython has none (the result would
    /// take minutes to compute, or more memory than a browser tab has): it says so.
    pub fn looplab_cap(&mut self, what: &str) -> Flow {
        self.error(
            "MemoryError",
            format!("Looplab's limit: {what} (CPython has no such limit: see Looplab's README)"),
        )
    }

    /// The memory the program uses: the process's since the run began, less what Looplab
    /// keeps of the run (its record and the output kept), which is bounded on its own.
    fn program_memory(&self) -> usize {
        let looplab_holds = self.trace.held_bytes() + self.output.stdout.capacity();
        super::memory::in_use()
            .saturating_sub(self.memory_baseline)
            .saturating_sub(looplab_holds)
    }

    fn memory_limit_reached(&self, who: &dyn Fn(&Vm) -> String) -> Flow {
        Flow::Abort(format!(
            "the program uses more than {} MB of memory for its own data (stopped in {}; \
             Looplab's record of the run is not counted)",
            self.limits.memory_bytes >> 20,
            who(self)
        ))
    }

    /// Counts work the event loop does besides instructions (a callback run, and the turn
    /// that runs it), so that a storm of callbacks that each run little code is work like any other;
    /// and checks the run's limits every so often, as instructions do.
    pub(crate) fn count_loop_work(
        &mut self,
        work: u64,
        who: &dyn Fn(&Vm) -> String,
    ) -> PResult<()> {
        self.steps += work;
        if self.steps >= self.next_limits_check {
            self.next_limits_check = self.steps + LOOP_WORK_BETWEEN_CHECKS;
            self.check_run_limits(who)?;
        }
        Ok(())
    }

    /// `Task-3 (worker) at line 7`, or `the program at line 7`: who runs now, for errors.
    pub fn running_code_description(&self) -> String {
        let line = self.program_line();
        let who = match self.current_task_name() {
            Some(task) => {
                let coro = self
                    .asyncio
                    .running
                    .as_ref()
                    .and_then(|l| l.current_task.borrow().clone())
                    .map(|t| t.task().coro_name.clone());
                match coro {
                    Some(coro) => format!("{task} ({coro})"),
                    None => task.to_string(),
                }
            }
            None => "the program".to_string(),
        };
        match line {
            Some(line) => format!("{who} at line {line}"),
            None => who,
        }
    }

    /// The name the trace gives the code running now: the task, or an executor job.
    pub fn current_task_name(&self) -> Option<Rc<str>> {
        if let Some(thread) = &self.asyncio.thread {
            return Some(thread.clone());
        }
        let event_loop = self.asyncio.running.as_ref()?;
        if !event_loop.running.get() {
            return None;
        }
        let task = event_loop.current_task.borrow();
        task.as_ref().map(|t| t.name())
    }

    /// The source line a frame is at.
    pub fn frame_line(&self, frame: &Frame) -> u32 {
        match &frame.module.source {
            Some(source) => {
                let span = frame
                    .code
                    .spans
                    .get(frame.current)
                    .copied()
                    .unwrap_or(frame.code.span);
                source.line_of(span.start)
            }
            None => 0,
        }
    }

    /// The line of the program's own code running now (library frames are skipped).
    ///
    /// Only the running task's frames count: below them is the `asyncio.run` call that runs
    /// the loop, and a task running only library code (a bare `sleep`) is at no line.
    pub fn program_line(&self) -> Option<u32> {
        self.program_line_in(self.current_task_name().is_some())
    }

    /// [`Vm::program_line`], told whether a task is running (its frames start at
    /// `task_base`).
    fn program_line_in(&self, in_task: bool) -> Option<u32> {
        let frames = match in_task {
            true => self.frames.get(self.task_base..).unwrap_or(&self.frames),
            false => &self.frames[..],
        };
        frames
            .iter()
            .rev()
            // The program's own file: not the library's, nor code `exec` ran.
            .find(|f| {
                f.module
                    .source
                    .as_ref()
                    .is_some_and(|s| !s.name().starts_with('<'))
            })
            .map(|f| self.frame_line(f))
            .filter(|&line| line > 0)
    }

    /// The line a function is defined on (`co_firstlineno`).
    pub fn first_line(&self, code: &crate::python::bytecode::CodeObject, module: &Module) -> u32 {
        match &module.source {
            Some(source) => source.line_of(code.span.start),
            None => 0,
        }
    }

    /// Records a trace event of `kind` at the current moment, if the trace records; whether
    /// it did.
    pub fn record(&mut self, kind: EventKind) -> bool {
        if !self.trace.recording {
            return false;
        }
        let (it, t) = match &self.asyncio.last {
            Some(event_loop) => (event_loop.iteration.get(), event_loop.time.get()),
            None => (0, 0.0),
        };
        let task = self.current_task_name();
        let line = self.program_line_in(task.is_some());
        let recorded = self.trace.push(Event {
            it,
            t,
            task,
            line,
            kind,
        });
        if !recorded {
            // The output kept is cut where the record is, for the console to match it.
            self.output.stop_keeping();
        }
        recorded
    }

    /// Records a machinery event, if the trace keeps them; whether it did.
    pub fn record_machinery(&mut self, event: LoopEvent) -> bool {
        self.trace.machinery && self.record(EventKind::Loop(event))
    }

    /// `print()`: the line goes to stdout and into the trace.
    pub fn print(&mut self, text: &str, end: &str) {
        self.flush_warnings();
        self.record(EventKind::Print {
            text: text.to_string(),
        });
        self.output.write_stdout(text);
        self.output.write_stdout(end);
        if self.trace.recording {
            self.trace.output_ends.push(self.output.stdout_len());
            if self.output.keeps() {
                self.trace.hold_output(text.len() + end.len());
            }
        }
    }

    /// The program's own write to `sys.stdout` or `sys.stderr`: the text goes to the stream
    /// and into the trace, so that the console shows it when it happened.
    pub fn write_output(&mut self, stream: Stream, text: &str) {
        self.flush_warnings();
        self.record(EventKind::Write {
            stream,
            text: text.to_string(),
        });
        match stream {
            Stream::Stdout => self.output.write_stdout(text),
            Stream::Stderr => self.output.write_stderr(text),
        }
        if self.trace.recording {
            let end = match stream {
                Stream::Stdout => self.output.stdout_len(),
                Stream::Stderr => self.output.stderr_len(),
            };
            self.trace.output_ends.push(end);
            if self.output.keeps() {
                self.trace.hold_output(text.len());
            }
        }
    }

    /// Shows the warnings and reports queued since the last call: coroutines never awaited
    /// and exceptions never retrieved, as CPython prints them when it frees the objects.
    pub fn flush_warnings(&mut self) {
        self.show_unawaited();
        for report in super::asyncio::take_unretrieved() {
            self.report_unretrieved(report);
        }
    }

    /// Finalizes what was freed since the last call, as CPython's deallocation does: closes
    /// the generators freed while suspended (their `finally` blocks run now) and calls the
    /// `__del__` of instances. An exception from one is ignored, as CPython only reports it
    /// ("Exception ignored in: ...").
    pub fn run_finalizers(&mut self) {
        while super::warnings::finalize_pending() {
            let abandoned = super::warnings::take_abandoned();
            self.show_unawaited();
            for object in abandoned {
                self.finalize(&object);
            }
        }
    }

    /// Runs the finalizer of one object CPython would finalize as it frees it, reporting
    /// its exception as unraisable: an async generator goes to the finalizer hook of its
    /// first iteration (a loop's, which schedules its `aclose()`), a generator is closed, an
    /// instance's `__del__` is called.
    pub fn finalize(&mut self, object: &Value) {
        let (origin, outcome) = match object {
            Value::Generator(generator)
                if generator.kind == super::value::GenKind::AsyncGenerator =>
            {
                let finalizer = generator.finalizer.borrow_mut().take();
                let outcome = match finalizer {
                    Some(finalizer) => self.call(&finalizer, vec![object.clone()]),
                    None => Ok(Value::None),
                };
                (object.clone(), outcome.map(|_| ()))
            }
            Value::Generator(generator) => (
                object.clone(),
                super::builtins::close_generator(self, generator),
            ),
            Value::Native(native)
                if let Some(pending) = native
                    .as_any()
                    .downcast_ref::<super::modules::weakref::PendingCallback>() =>
            {
                let outcome = self
                    .call(&pending.callback, vec![pending.reference.clone()])
                    .map(|_| ());
                (pending.callback.clone(), outcome)
            }
            _ => {
                let del = self.class_of(object).lookup("__del__");
                let outcome = self.call_special(object, "__del__", Vec::new()).map(|_| ());
                (del.unwrap_or(Value::None), outcome)
            }
        };
        self.ignore_unraisable(outcome, &origin);
    }

    /// Shows the "never awaited" warnings queued since the last call.
    fn show_unawaited(&mut self) {
        if super::warnings::unawaited_pending() {
            for name in super::warnings::take_unawaited() {
                self.warn_unawaited(&name);
            }
        }
    }

    fn warn_unawaited(&mut self, name: &str) {
        let message = format!("coroutine '{name}' was never awaited");
        // The warning names the line running: the program's innermost, or, in a loop
        // callback that runs none of the program's code (a task step whose coroutine just
        // returned), the line of asyncio's `Handle._run` that called it in CPython.
        let lowest = self.asyncio.callback_base.unwrap_or(0);
        let location = self.frames[lowest.min(self.frames.len())..]
            .iter()
            .rev()
            .find_map(|frame| {
                let source = frame.module.source.as_ref()?;
                if super::traceback::is_library(source) {
                    return None;
                }
                if frame.code.without_line.contains(&(frame.current as u32)) {
                    return Some((source.name().to_string(), -1, String::new()));
                }
                let line = self.frame_line(frame);
                Some((
                    source.name().to_string(),
                    i64::from(line),
                    source.line_text(line).trim().to_string(),
                ))
            });
        let from_program = location.is_some();
        let (file, line, text) = match (location, self.asyncio.callback_base) {
            (Some(location), _) => location,
            (None, Some(_)) => {
                let (file, line, text) = super::asyncio::handle_run_location();
                (file, i64::from(line), text)
            }
            (None, None) => ("sys".to_string(), 1, String::new()),
        };
        // Once the program imports `warnings`, its filters decide.
        let warnings = match self.modules.get("warnings") {
            Some(Value::Module(warnings)) => Some(warnings.clone()),
            _ => None,
        };
        if let Some(warnings) = warnings {
            let runtime = warnings.dict.borrow().get("_runtime").cloned();
            if let Some(runtime) = runtime {
                let category = Value::Class(self.types.exception("RuntimeWarning"));
                let module = if from_program {
                    Value::str("__main__")
                } else {
                    Value::None
                };
                let args = vec![
                    Value::str(message),
                    category,
                    Value::str(file),
                    Value::Int(line),
                    Value::str(text),
                    module,
                ];
                let outcome = self.call(&runtime, args).map(|_| ());
                self.ignore_unraisable(outcome, &runtime);
                return;
            }
        }
        if !self
            .shown_warnings
            .insert((file.clone(), line, message.clone()))
        {
            return;
        }
        let mut out = format!("{file}:{line}: RuntimeWarning: {message}\n");
        if !text.is_empty() {
            out.push_str(&format!("  {text}\n"));
        }
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        self.output.write_stderr(&out);
    }

    fn report_unretrieved(&mut self, report: super::asyncio::future::UnretrievedReport) {
        let exception_repr = self
            .repr(&report.exception)
            .unwrap_or_else(|_| "<exception>".into());
        let what = if report.is_task {
            let coro = match &report.coro {
                Some(generator) => format!(
                    " coro=<{}>",
                    super::asyncio::format_coroutine(
                        self,
                        generator,
                        super::asyncio::CoroutineAt::Done
                    )
                ),
                None => String::new(),
            };
            let name = report.name.clone().unwrap_or_else(|| Rc::from("?"));
            format!(
                "Task exception was never retrieved\nfuture: <{} finished name={}{coro} exception={exception_repr}>\n",
                report.class_name,
                pycore::strings::repr_str(&name)
            )
        } else {
            format!(
                "Future exception was never retrieved\nfuture: <{} finished exception={exception_repr}>\n",
                report.class_name
            )
        };
        if let Some(data) = exception_data(&report.exception) {
            data.borrow_mut().traceback = report.traceback.clone();
        }
        let traceback = self.format_exception(&report.exception);
        let message = what.strip_suffix('\n').unwrap_or(&what);
        if let Ok(true) = super::modules::logging::asyncio_error(self, message, &traceback) {
            return;
        }
        self.output.write_stderr(&what);
        self.output.write_stderr(&traceback);
    }

    /// Runs a library module's code in its namespace.
    pub fn run_library(
        &mut self,
        module: &Rc<Module>,
        code: Rc<crate::python::bytecode::CodeObject>,
    ) -> PResult<()> {
        let constants = self.constants_of(&code);
        let sites = self.sites_of(&code);
        let mut frame = Box::new(Frame::new(code, module.clone(), constants));
        frame.sites = Some(sites);
        frame.kind = FrameKind::Base;
        self.run_nested(frame)?;
        Ok(())
    }

    /// Calls a callable with positional arguments, running Python code to completion.
    pub fn call(&mut self, callable: &Value, positional: Vec<Value>) -> PResult<Value> {
        self.call_with(callable, Args::new(positional))
    }
}

/// The work a turn of the event loop counts as, in instructions, and the work of running one
/// callback (beside the instructions it runs itself). Measured in a release build: a callback
/// and the turn that runs it cost about what 90 instructions do (0.5 us against 5.5 ns), so
/// 400 million steps of any mix of code and callbacks stay within a few seconds.
pub const LOOP_TURN_WORK: u64 = 30;
pub const CALLBACK_WORK: u64 = 60;

/// How much of the loop's work passes between two checks of the run's limits: checking
/// reads a shared counter, cheap but not free.
const LOOP_WORK_BETWEEN_CHECKS: u64 = 1 << 14;

/// `20,000,000`.
fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, c) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// What the VM derives once per code object, keyed by the code's address; the weak reference
/// tells a code object from a later one at the same address (code that `exec` compiled, then
/// freed).
type PerCode<T> = HashMap<usize, (std::rc::Weak<CodeObject>, T)>;

/// `code`'s entry in `map`, if it is this code object's.
fn per_code<T: Clone>(map: &PerCode<T>, code: &Rc<CodeObject>) -> Option<T> {
    let (owner, value) = map.get(&(Rc::as_ptr(code) as usize))?;
    let same = owner
        .upgrade()
        .is_some_and(|owner| Rc::ptr_eq(&owner, code));
    same.then(|| value.clone())
}

/// The classes CPython writes in C and names with their module in its errors (`tp_name`:
/// `'collections.deque' object has no attribute 'x'`), by module and name: CPython 3.12's
/// types outside `builtins` that a program cannot change. (Not `datetime.datetime`: the
/// oracle's virtual clock makes it a Python class, named `datetime`.) Errors raised by
/// Python code (`json`'s, `type(x).__name__`) name them as the class does, without module.
const NAMED_WITH_MODULE: &[(&str, &[&str])] = &[
    ("_asyncio", &["Future", "Task"]),
    ("_contextvars", &["Context", "ContextVar", "Token"]),
    ("collections", &["OrderedDict", "defaultdict", "deque"]),
    (
        "datetime",
        &["date", "time", "timedelta", "timezone", "tzinfo"],
    ),
    ("functools", &["partial"]),
    (
        "itertools",
        &[
            "accumulate",
            "batched",
            "chain",
            "combinations",
            "combinations_with_replacement",
            "compress",
            "count",
            "cycle",
            "dropwhile",
            "filterfalse",
            "groupby",
            "islice",
            "pairwise",
            "permutations",
            "product",
            "repeat",
            "starmap",
            "takewhile",
            "zip_longest",
        ],
    ),
    ("operator", &["attrgetter", "itemgetter", "methodcaller"]),
    ("re", &["Match", "Pattern"]),
    ("types", &["SimpleNamespace"]),
    ("weakref", &["ReferenceType"]),
];

/// The name CPython's errors in C give instances of `class`: a class CPython writes in C
/// outside `builtins` with its module (see [`NAMED_WITH_MODULE`]), any other by its name.
pub fn name_in_errors(class: &Class) -> Rc<str> {
    // (A class of the library may say the C module CPython has it in: `_contextvars`.)
    let module: Rc<str> = match class.dict.borrow().get("__module__") {
        Some(Value::Str(module)) => Rc::from(module.as_str()),
        _ => class.module.clone(),
    };
    let with_module = NAMED_WITH_MODULE
        .iter()
        .any(|(known, names)| **known == *module && names.contains(&&*class.name));
    match with_module {
        true => Rc::from(format!("{module}.{}", class.name)),
        false => class.name.clone(),
    }
}
