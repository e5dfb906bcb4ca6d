//! `weakref.ref`: a reference that does not keep its object alive (instances, functions,
//! classes, generators and native objects such as tasks). Callbacks are not supported yet.

use std::any::Any;
use std::rc::{Rc, Weak};

use crate::runtime::PResult;
use crate::runtime::builtins::{add_method, receiver, take_class};
use crate::runtime::value::{
    Args, Class, Function, Generator, Instance, Layout, Namespace, NativeObject, Value,
};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;

enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Generator(Weak<Generator>),
    Native(Weak<dyn NativeObject>),
}

pub struct Ref {
    target: Target,
    class: Rc<Class>,
}

impl NativeObject for Ref {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Ref {
    fn get(&self) -> Option<Value> {
        Some(match &self.target {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
            Target::Native(w) => Value::Native(w.upgrade()?),
        })
    }
}

pub fn install(vm: &mut Vm) -> Namespace {
    let class = builtin_class(
        "ReferenceType",
        "weakref",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&class, "__new__", ref_new);
    add_method(&class, "__call__", ref_call);
    add_method(&class, "__repr__", ref_repr);
    add_method(&class, "__eq__", ref_eq);
    add_method(&class, "__hash__", ref_hash);
    let mut namespace = Namespace::new();
    namespace.insert(Rc::from("ref"), Value::Class(class.clone()));
    namespace.insert(Rc::from("ReferenceType"), Value::Class(class));
    namespace
}

fn ref_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = take_class(vm, &mut args, "weakref.ReferenceType")?;
    let mut positional = args.positional.into_iter();
    let (Some(object), callback) = (positional.next(), positional.next()) else {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    };
    if callback.is_some_and(|c| !c.is_none()) {
        return Err(vm.error(
            "NotImplementedError",
            "weakref callbacks are not supported by Looplab yet",
        ));
    }
    let target = match &object {
        Value::Instance(o) => Target::Instance(Rc::downgrade(o)),
        Value::Function(o) => Target::Function(Rc::downgrade(o)),
        Value::Class(o) => Target::Class(Rc::downgrade(o)),
        Value::Generator(o) => Target::Generator(Rc::downgrade(o)),
        Value::Native(o) => Target::Native(Rc::downgrade(o)),
        other => {
            let name = vm.type_name(other);
            return Err(vm.type_error(format!("cannot create weak reference to '{name}' object")));
        }
    };
    Ok(Value::Native(Rc::new(Ref { target, class })))
}

fn this_ref(vm: &mut Vm, this: Option<&Value>, args: Args, name: &str) -> PResult<(Rc<Ref>, Args)> {
    let (me, args) = receiver(vm, this, args, name)?;
    match me.native_rc::<Ref>() {
        Some(r) => Ok((r, args)),
        None => Err(vm.type_error(format!("{name} needs a weakref"))),
    }
}

fn ref_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (r, _) = this_ref(vm, this, args, "weakref.__call__")?;
    Ok(r.get().unwrap_or(Value::None))
}

fn ref_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (r, _) = this_ref(vm, this, args, "weakref.__repr__")?;
    let me = Rc::as_ptr(&r) as *const () as usize;
    Ok(Value::str(match r.get() {
        Some(object) => {
            let name = vm.type_name(&object);
            let at = object.address().unwrap_or(0);
            format!("<weakref at {me:#x}; to '{name}' at {at:#x}>")
        }
        None => format!("<weakref at {me:#x}; dead>"),
    }))
}

fn ref_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (r, args) = this_ref(vm, this, args, "weakref.__eq__")?;
    let Some(other) = args.positional.first().and_then(|o| o.native_rc::<Ref>()) else {
        return Ok(Value::NotImplemented);
    };
    match (r.get(), other.get()) {
        (Some(a), Some(b)) => Ok(Value::Bool(vm.eq(&a, &b)?)),
        _ => Ok(Value::Bool(Rc::ptr_eq(&r, &other))),
    }
}

fn ref_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (r, _) = this_ref(vm, this, args, "weakref.__hash__")?;
    match r.get() {
        Some(object) => Ok(Value::Int(vm.hash(&object)?)),
        None => Err(vm.type_error("weak object has gone away")),
    }
}
