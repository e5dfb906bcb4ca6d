//! The one crossing from pycore's errors to Python exceptions: pycore names the exception
//! CPython raises and its message, the VM raises an instance of that class.

use super::vm::Vm;
use super::{Flow, PResult};

/// Looplab's cap on what formatting builds ([`pycore::format::MAX_OUTPUT_CHARS`]): a string
/// that long would take more memory than a browser tab can spare at once.
pub const LONGEST_FORMAT: &str =
    "a formatted string or padding of more than 134,217,728 characters";

impl Vm {
    /// Raises what a pycore function reported.
    pub fn raise_core(&mut self, error: pycore::Error) -> Flow {
        // pycore's bare MemoryErrors are its caps on what it builds: a formatted string
        // (LONGEST_FORMAT) or an int of 2**32 bits.
        if error.exception == "MemoryError" && error.message.is_empty() {
            return self.looplab_cap("a string or int too large to build");
        }
        self.error(error.exception, error.message)
    }
}

/// `pycore_call(...).or_raise(vm)?`: a pycore result as the VM's.
pub trait OrRaise<T> {
    fn or_raise(self, vm: &mut Vm) -> PResult<T>;
}

impl<T> OrRaise<T> for Result<T, pycore::Error> {
    fn or_raise(self, vm: &mut Vm) -> PResult<T> {
        self.map_err(|error| vm.raise_core(error))
    }
}
