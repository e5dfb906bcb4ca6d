//! printf-style formatting: `"%s has %d items" % (name, count)`.

use super::super::PResult;
use super::super::value::Value;
use super::super::vm::Vm;

/// `format % values`.
pub fn percent_format(vm: &mut Vm, format: &str, values: &Value) -> PResult<Value> {
    let _ = (format, values);
    Err(vm.error(
        "NotImplementedError",
        "printf-style formatting is not supported by Looplab yet",
    ))
}
