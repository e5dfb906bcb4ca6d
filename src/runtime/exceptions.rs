//! Exceptions: the data every exception instance carries, and CPython 3.12's hierarchy of
//! builtin exception classes.

use std::cell::RefCell;
use std::rc::Rc;

use super::Flow;
use super::frame::Frame;
use super::value::{Module, PyCell, Value};
use crate::python::bytecode::CodeObject;
use crate::python::source::Span;

/// One line of a traceback: a frame the exception passed through, at the instruction that
/// raised or called onwards.
#[derive(Clone)]
pub struct TbEntry {
    pub module: Rc<Module>,
    pub code: Rc<CodeObject>,
    pub instruction: usize,
    /// The function name to show, when it is not the code's own (an inlined comprehension
    /// reports its enclosing function).
    pub name: Option<String>,
    /// The frame, as CPython's traceback holds its frame object: what the frame's locals
    /// were when it ended stays alive as long as the exception is (see [`FrameObject`]).
    pub frame: Option<Rc<FrameObject>>,
}

impl TbEntry {
    /// The entry of `frame` at the instruction it is executing.
    pub fn at(frame: &mut Frame) -> TbEntry {
        TbEntry {
            module: frame.module.clone(),
            code: frame.code.clone(),
            instruction: frame.current,
            name: None,
            frame: Some(frame.object()),
        }
    }

    /// Where in the source the instruction the entry is at comes from.
    pub fn span(&self) -> Span {
        self.code
            .spans
            .get(self.instruction)
            .copied()
            .unwrap_or(self.code.span)
    }

    /// The source line of the instruction the entry is at; `None` for code without source.
    pub fn line(&self) -> Option<u32> {
        let source = self.module.source.as_ref()?;
        Some(source.line_of(self.span().start))
    }
}

/// A frame as something other than the running code holds it: CPython's frame object, which
/// a traceback holds for each frame the exception passed. While the frame runs, its locals
/// are the frame's own; when it ends while still held, the object takes them over (so a task
/// held in a local of a coroutine that failed, or whose `await` was cancelled, lives on), and
/// holds its caller's frame object in turn (`f_back`), which takes over that frame's locals
/// when it ends: all of them are freed when the last traceback holding them goes.
#[derive(Default)]
pub struct FrameObject {
    locals: RefCell<Vec<Value>>,
    cells: RefCell<Vec<Rc<PyCell>>>,
    back: RefCell<Option<Rc<FrameObject>>>,
}

impl FrameObject {
    /// Keeps what the ended frame held: its locals and cells, and its caller's frame.
    pub fn take_over(
        &self,
        locals: Vec<Value>,
        cells: Vec<Rc<PyCell>>,
        back: Option<Rc<FrameObject>>,
    ) {
        *self.locals.borrow_mut() = locals;
        *self.cells.borrow_mut() = cells;
        *self.back.borrow_mut() = back;
    }
}

/// What an exception instance carries besides its attributes.
#[derive(Clone, Default)]
pub struct ExceptionData {
    pub args: Vec<Value>,
    /// Innermost first: an entry is added each time the exception leaves a frame.
    pub traceback: Vec<TbEntry>,
    /// The locals of a library function Looplab runs natively where CPython runs Python
    /// code (`asyncio.run`), when the exception left it: CPython's traceback keeps that
    /// function's frame, and so these, alive as long as it keeps the traceback.
    pub native_frame_locals: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
    /// For a group made by `split()`/`derive()`: the identity of the group it came from
    /// (transitively), so that `except*` can tell a re-raise from a new raise.
    pub origin: Option<usize>,
    /// `errno`, `strerror`, `filename`, `filename2` of an `OSError` built from 2 to 5
    /// arguments; `None` otherwise (the attributes then read as `None`).
    pub os_error: Option<Box<OsErrorFields>>,
    /// `encoding`, `object`, `start`, `end` and `reason` of a `UnicodeEncodeError`, once its
    /// `__init__` set them; `None` otherwise.
    pub unicode_error: Option<Box<UnicodeErrorFields>>,
}

impl ExceptionData {
    /// `__traceback__ = None`: the frames, and what they keep alive, are let go.
    pub fn clear_traceback(&mut self) {
        self.traceback.clear();
        self.native_frame_locals.clear();
    }
}

/// `error` as a native standing in for a library function that CPython writes in Python
/// raises it: the exception keeps `locals` alive, as that function's frame in its
/// traceback would (a coroutine passed to `asyncio.run` in a running loop is freed, and
/// warns, when the handler that caught the error ends).
pub fn keeping_frame_locals(error: Flow, locals: Vec<Value>) -> Flow {
    if let Flow::Exception(Value::Instance(instance)) = &error
        && let Some(data) = &instance.exception
    {
        data.borrow_mut().native_frame_locals.extend(locals);
    }
    error
}

/// The attributes `OSError(errno, strerror[, filename[, winerror[, filename2]]])` sets.
#[derive(Clone)]
pub struct OsErrorFields {
    pub errno: Value,
    pub strerror: Value,
    pub filename: Value,
    pub filename2: Value,
}

/// The attributes `UnicodeEncodeError(encoding, object, start, end, reason)` sets. They are
/// kept apart from `args`, as in CPython: setting `start` changes the message, not `args`.
#[derive(Clone)]
pub struct UnicodeErrorFields {
    pub encoding: Value,
    pub object: Value,
    pub start: Value,
    pub end: Value,
    pub reason: Value,
}

impl UnicodeErrorFields {
    /// The field an attribute name reads.
    pub fn field(&self, name: &str) -> Option<&Value> {
        Some(match name {
            "encoding" => &self.encoding,
            "object" => &self.object,
            "start" => &self.start,
            "end" => &self.end,
            "reason" => &self.reason,
            _ => return None,
        })
    }

    /// The field an attribute name writes.
    pub fn field_mut(&mut self, name: &str) -> Option<&mut Value> {
        Some(match name {
            "encoding" => &mut self.encoding,
            "object" => &mut self.object,
            "start" => &mut self.start,
            "end" => &mut self.end,
            "reason" => &mut self.reason,
            _ => return None,
        })
    }
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering), as
/// `OSError(errno, strerror)` does.
pub fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError", // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
        10 => "ChildProcessError",           // ECHILD
        32 | 108 => "BrokenPipeError",       // EPIPE, ESHUTDOWN
        103 => "ConnectionAbortedError",     // ECONNABORTED
        111 => "ConnectionRefusedError",     // ECONNREFUSED
        104 => "ConnectionResetError",       // ECONNRESET
        17 => "FileExistsError",             // EEXIST
        2 => "FileNotFoundError",            // ENOENT
        21 => "IsADirectoryError",           // EISDIR
        20 => "NotADirectoryError",          // ENOTDIR
        4 => "InterruptedError",             // EINTR
        1 | 13 => "PermissionError",         // EPERM, EACCES
        3 => "ProcessLookupError",           // ESRCH
        110 => "TimeoutError",               // ETIMEDOUT
        _ => return None,
    })
}

/// The builtin exception classes, each with its base, in an order where bases come first.
pub const BUILTIN_EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
pub const EXCEPTION_GROUP_BASES: [&str; 2] = ["BaseExceptionGroup", "Exception"];
