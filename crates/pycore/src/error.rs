//! The one error type of this crate.

use std::fmt;

/// The exception CPython 3.12 raises, named by its class, with its exact message.
///
/// Every fallible function of this crate returns it; the VM raises an instance of the named
/// class with the message as its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The Python exception class name, e.g. "ValueError", "OverflowError" or "MemoryError".
    pub exception: &'static str,
    /// The message exactly as CPython 3.12 words it (empty for a bare `MemoryError`).
    pub message: String,
}

impl Error {
    pub(crate) fn new(exception: &'static str, message: impl Into<String>) -> Self {
        Error {
            exception,
            message: message.into(),
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        Error::new("ValueError", message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        Error::new("OverflowError", message)
    }

    pub(crate) fn zero_division(message: impl Into<String>) -> Self {
        Error::new("ZeroDivisionError", message)
    }

    /// A result too large to attempt to build: CPython would run out of memory.
    pub(crate) fn memory() -> Self {
        Error::new("MemoryError", "")
    }
}

impl fmt::Display for Error {
    /// Formats as a traceback's last line: `ValueError: empty range for randrange()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.exception)
        } else {
            write!(f, "{}: {}", self.exception, self.message)
        }
    }
}

impl std::error::Error for Error {}
