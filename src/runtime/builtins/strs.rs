//! `str`: the constructor and methods.

use super::super::PResult;
use super::super::value::{Args, Value};
use super::super::vm::Vm;
use super::add_method;

pub fn install(vm: &mut Vm) {
    let str_ = vm.types.str.clone();
    add_method(&str_, "__new__", str_new);
}

/// `str(object='')`.
fn str_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    args.positional.remove(0);
    super::only_keywords(vm, "str", &args, &["object"])?;
    let value = super::arg(&mut args, 0, "object");
    match value {
        None => Ok(Value::str("")),
        Some(value) => Ok(Value::str(vm.str(&value)?)),
    }
}
