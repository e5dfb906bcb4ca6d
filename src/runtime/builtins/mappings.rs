//! `dict`: the constructor, methods and views.

use super::super::PResult;
use super::super::value::{Args, Value};
use super::super::vm::Vm;
use super::add_method;

pub fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    add_method(&dict, "__new__", dict_new);
}

/// `dict(mapping_or_pairs=(), **keywords)`.
fn dict_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    args.positional.remove(0);
    super::arity(vm, "dict", &args, 0, 1)?;
    let dict = vm.new_dict();
    if let Some(source) = args.positional.first() {
        if matches!(source, Value::Dict(_)) || vm.special_method(source, "keys").is_some() {
            vm.dict_update(&dict, source, false)?;
        } else {
            for (index, item) in vm.collect(source)?.into_iter().enumerate() {
                let pair = vm.collect(&item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{index} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{index} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut pair = pair.into_iter();
                let (key, value) = (pair.next().expect("two"), pair.next().expect("two"));
                vm.dict_set(&dict, key, value)?;
            }
        }
    }
    for (key, value) in args.keywords {
        vm.dict_set(&dict, Value::str(key.to_string()), value)?;
    }
    Ok(dict)
}
