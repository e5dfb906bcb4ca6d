//! `mappingproxy`: the read-only mapping a class's `__dict__` gives.

use std::any::Any;
use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Class, NativeObject, Value};
use super::super::vm::Vm;
use super::{add_method, receiver};

/// A read-only view of `mapping` (a dict: the class namespace when it was asked for).
pub struct MappingProxy {
    pub mapping: Value,
}

impl NativeObject for MappingProxy {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.mappingproxy.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm) {
    let class = vm.types.mappingproxy.clone();
    add_method(&class, "__getitem__", |vm, this, args| {
        forward(vm, this, args, "__getitem__")
    });
    add_method(&class, "__contains__", |vm, this, args| {
        forward(vm, this, args, "__contains__")
    });
    add_method(&class, "__iter__", |vm, this, args| {
        forward(vm, this, args, "__iter__")
    });
    add_method(&class, "__len__", |vm, this, args| {
        forward(vm, this, args, "__len__")
    });
    add_method(&class, "__eq__", |vm, this, args| {
        forward(vm, this, args, "__eq__")
    });
    add_method(&class, "__ne__", |vm, this, args| {
        forward(vm, this, args, "__ne__")
    });
    add_method(&class, "__or__", |vm, this, args| {
        forward(vm, this, args, "__or__")
    });
    add_method(&class, "__reversed__", |vm, this, args| {
        forward(vm, this, args, "__reversed__")
    });
    add_method(&class, "keys", |vm, this, args| {
        forward(vm, this, args, "keys")
    });
    add_method(&class, "values", |vm, this, args| {
        forward(vm, this, args, "values")
    });
    add_method(&class, "items", |vm, this, args| {
        forward(vm, this, args, "items")
    });
    add_method(&class, "get", |vm, this, args| {
        forward(vm, this, args, "get")
    });
    add_method(&class, "copy", |vm, this, args| {
        forward(vm, this, args, "copy")
    });
    add_method(&class, "__repr__", proxy_repr);
    add_method(&class, "__str__", |vm, this, args| {
        forward(vm, this, args, "__str__")
    });
    add_method(&class, "__new__", proxy_new);
}

/// `types.MappingProxyType(mapping)`.
fn proxy_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    super::take_class(vm, &mut args, "mappingproxy")?;
    let [mapping] = <[Value; 1]>::try_from(args.positional)
        .map_err(|_| vm.type_error("mappingproxy() takes exactly one argument"))?;
    let is_mapping = !matches!(mapping, Value::List(_) | Value::Tuple(_))
        && vm.getattr_opt(&mapping, "keys")?.is_some()
        && vm.getattr_opt(&mapping, "__getitem__")?.is_some();
    if !is_mapping {
        let name = vm.type_name(&mapping);
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {name}"
        )));
    }
    Ok(Value::Native(Rc::new(MappingProxy { mapping })))
}

/// The proxy's `name` method: the mapping's, called with the same arguments.
fn forward(vm: &mut Vm, this: Option<&Value>, args: Args, name: &str) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, name)?;
    let Some(proxy) = me.native::<MappingProxy>() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            vm.type_name(&me)
        )));
    };
    let mapping = proxy.mapping.clone();
    let method = vm.getattr(&mapping, name)?;
    vm.call_with(&method, args)
}

fn proxy_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    let Some(proxy) = me.native::<MappingProxy>() else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'mappingproxy' object"));
    };
    let mapping = proxy.mapping.clone();
    let shown = vm.repr(&mapping)?;
    Ok(Value::str(format!("mappingproxy({shown})")))
}
