//! The `builtins` module and the methods of the builtin types, installed into a new VM.
//!
//! Each submodule installs one family: functions (`print`, `len`, ...), `object` and `type`,
//! numbers, strings, sequences, mappings, sets, exceptions and generators. Natives declare
//! their parameters as a [`signature::Signature`], whose `bind` words every mismatch as
//! CPython does; the few helpers here serve natives that know their name only when they run.

pub(crate) mod bytes;
pub mod complex;
pub mod descriptors;
mod exceptions;
mod exec;
pub(crate) mod functions;
mod generators;
pub mod generic_alias;
pub mod mappingproxy;
mod mappings;
mod numbers;
pub mod object;
pub mod percent;
pub mod quitter;
mod sequences;
pub mod sets;
pub mod signature;
mod strs;
pub mod traceback_object;

use std::rc::Rc;

use super::PResult;
use super::value::{Args, Builtin, Class, FastNative, Namespace, NativeFn, Value};
use super::vm::Vm;

pub use functions::{is_callable, less_than, sort_values};
pub use generators::{AsyncGenAwaitable, CoroutineWrapper, close_generator};
pub use numbers::{to_float_value, to_int_value};
pub use strs::ascii_of;

/// Fills the builtins module and the builtin types' methods.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    descriptors::install(vm);
    numbers::install(vm);
    complex::install(vm);
    strs::install(vm);
    bytes::install(vm);
    sequences::install(vm);
    mappings::install(vm);
    mappingproxy::install(vm);
    sets::install(vm);
    exceptions::install(vm);
    generators::install(vm);
    generic_alias::install(vm);
    functions::install(vm);
    for class in [
        vm.types.str.clone(),
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ] {
        mark_value_methods(&class);
    }
    let quitters = quitter::install(vm);
    let named = vm.types.named();
    let mut dict = vm.builtins.dict.borrow_mut();
    for (name, class) in named {
        dict.insert(Rc::from(name), Value::Class(class));
    }
    for (name, class) in vm.types.exceptions() {
        dict.insert(Rc::from(&**name as &str), Value::Class(class.clone()));
    }
    for (name, quitter) in quitters {
        dict.insert(Rc::from(name), quitter);
    }
    exec::install(&mut dict);
    dict.insert(Rc::from("None"), Value::None);
    dict.insert(Rc::from("Ellipsis"), Value::Ellipsis);
    dict.insert(Rc::from("NotImplemented"), Value::NotImplemented);
    dict.insert(Rc::from("__name__"), Value::str("builtins"));
    dict.insert(Rc::from("__debug__"), Value::Bool(true));
}

/// A native function value.
pub fn native(name: &str, qualname: &str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        func,
        this: None,
        data: None,
        value_method: false,
        fast: None,
    }))
}

/// A native function that carries data (read back with [`builtin_data`]).
pub fn native_with(name: &str, func: NativeFn, this: Option<Value>, data: Option<Value>) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Rc::from(name),
        qualname: Rc::from(name),
        func,
        this,
        data,
        value_method: false,
        fast: None,
    }))
}

/// Marks the native methods of `str`, `int`, `float`, `set` or `frozenset` as working on the value inside a
/// subclass's instance ([`Builtin::invoke`]).
fn mark_value_methods(class: &Rc<Class>) {
    let mut dict = class.dict.borrow_mut();
    let names: Vec<Rc<str>> = dict.keys().cloned().collect();
    // `__new__` reads its argument through the argument's own methods (`str(x)` calls
    // `x.__str__`), which a subclass may override.
    for name in names.into_iter().filter(|name| &**name != "__new__") {
        if let Some(Value::Builtin(builtin)) = dict.get(&name) {
            let marked = Value::Builtin(Rc::new(Builtin {
                name: builtin.name.clone(),
                qualname: builtin.qualname.clone(),
                func: builtin.func,
                this: builtin.this.clone(),
                data: builtin.data.clone(),
                value_method: true,
                fast: builtin.fast,
            }));
            dict.insert(name, marked);
        }
    }
}

/// Adds a native method to a class.
pub fn add_method(class: &Rc<Class>, name: &str, func: NativeFn) {
    let qualname = format!("{}.{name}", class.name);
    class
        .dict
        .borrow_mut()
        .insert(Rc::from(name), native(name, &qualname, func));
}

/// Gives the native `name` of `namespace` (a class's or the builtins' dict) its quick form.
pub fn set_fast(namespace: &mut Namespace, name: &str, fast: FastNative) {
    let Some(Value::Builtin(builtin)) = namespace.get_mut(name) else {
        panic!("no native {name} to give a quick form to");
    };
    Rc::get_mut(builtin)
        .expect("a native is given its quick form before anything holds it")
        .fast = Some(fast);
}

/// Adds a native function to a namespace (a module's).
pub fn add_function(namespace: &mut Namespace, name: &str, func: NativeFn) {
    namespace.insert(Rc::from(name), native(name, name, func));
}

/// A method's receiver: the bound object, or the first argument of an unbound call
/// (`str.upper("x")`).
pub fn receiver(
    vm: &mut Vm,
    this: Option<&Value>,
    mut args: Args,
    method: &str,
) -> PResult<(Value, Args)> {
    match this {
        Some(this) => Ok((this.clone(), args)),
        None => {
            if args.positional.is_empty() {
                return Err(vm.type_error(format!("unbound method {method}() needs an argument")));
            }
            let first = args.positional.remove(0);
            Ok((first, args))
        }
    }
}

/// The class a native `__new__` is called with (`T.__new__(cls, ...)`), taken off the
/// arguments, with CPython's errors when there is none (`set.__new__()`) or it is not a class.
pub fn take_class(vm: &mut Vm, args: &mut Args, type_name: &str) -> PResult<Rc<Class>> {
    if args.positional.is_empty() {
        return Err(vm.type_error(format!("{type_name}.__new__(): not enough arguments")));
    }
    match &args.positional.remove(0) {
        Value::Class(class) => Ok(class.clone()),
        other => {
            let kind = vm.type_name(other);
            Err(vm.type_error(format!(
                "{type_name}.__new__(X): X is not a type object ({kind})"
            )))
        }
    }
}

/// A str argument, or a TypeError naming what was expected.
pub fn expect_str(vm: &mut Vm, value: &Value, what: &str) -> PResult<Rc<super::value::PyStr>> {
    match super::value::scalar_base(value).unwrap_or(value) {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("{what} must be str, not {name}")))
        }
    }
}

/// An int argument that fits in i64.
/// (`_what` names the argument; CPython's message does not.)
pub fn expect_int(vm: &mut Vm, value: &Value, _what: &str) -> PResult<i64> {
    match super::ops::to_int(value) {
        Some(int) => int.to_i64().ok_or_else(|| {
            vm.error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => match vm.call_special(value, "__index__", Vec::new())? {
            Some(result) => expect_int(vm, &result, _what),
            None => {
                let name = vm.type_name(value);
                Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        },
    }
}
