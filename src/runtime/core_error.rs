//! The one crossing from pycore's errors to Python exceptions: pycore names the exception
//! CPython raises and its message, the VM raises an instance of that class.

use super::vm::Vm;
use super::{Flow, PResult};

impl Vm {
    /// Raises what a pycore function reported.
    pub fn raise_core(&mut self, error: pycore::Error) -> Flow {
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
