//! `list`, `tuple`, `range` and `slice`: constructors and methods.

use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Range, Value};
use super::super::vm::Vm;
use super::{add_method, receiver};

pub fn install(vm: &mut Vm) {
    let list = vm.types.list.clone();
    add_method(&list, "__new__", list_new);
    add_method(&list, "append", list_append);
    let tuple = vm.types.tuple.clone();
    add_method(&tuple, "__new__", tuple_new);
    let range = vm.types.range.clone();
    add_method(&range, "__new__", range_new);
}

fn list_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    args.positional.remove(0);
    super::no_keywords(vm, "list", &args)?;
    super::arity(vm, "list", &args, 0, 1)?;
    match args.positional.first() {
        Some(iterable) => Ok(Value::list(vm.collect(iterable)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

fn list_append(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "list.append")?;
    super::arity(vm, "append", &args, 1, 1)?;
    let Value::List(items) = me else {
        return Err(vm.type_error("descriptor 'append' requires a 'list' object"));
    };
    items.borrow_mut().push(args.positional[0].clone());
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    args.positional.remove(0);
    super::no_keywords(vm, "tuple", &args)?;
    super::arity(vm, "tuple", &args, 0, 1)?;
    match args.positional.first() {
        Some(Value::Tuple(items)) => Ok(Value::Tuple(items.clone())),
        Some(iterable) => Ok(Value::tuple(vm.collect(iterable)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

fn range_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    args.positional.remove(0);
    super::no_keywords(vm, "range", &args)?;
    let mut numbers = Vec::with_capacity(3);
    for value in &args.positional {
        numbers.push(super::expect_int(vm, value, "range")?);
    }
    let (start, stop, step) = match numbers.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            let given = numbers.len();
            return Err(vm.type_error(format!("range expected at most 3 arguments, got {given}")));
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}
