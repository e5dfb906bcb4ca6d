//! `weakref.ref`: a reference that does not keep its object alive (instances, functions,
//! classes, generators and native objects such as tasks). A callback on a reference to an
//! instance is called, with the reference, when the instance is freed (after its `__del__`,
//! as in CPython), at the VM's next instruction boundary.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
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
    callback: Option<Value>,
}

thread_local! {
    /// The references with a callback to each living instance, by the instance's address.
    static WATCHED: RefCell<HashMap<usize, Vec<Weak<Ref>>>> = RefCell::default();
    /// Whether any reference with a callback was ever made (freeing an instance asks no
    /// more until one was).
    static ANY_WATCHED: Cell<bool> = const { Cell::new(false) };
}

/// Called as the instance at `address` is freed: queues the callbacks of the references to
/// it that are still alive, newest first (as CPython calls them), for the VM to call.
pub fn instance_freed(address: usize) {
    if !ANY_WATCHED.with(Cell::get) {
        return;
    }
    let Some(references) = WATCHED
        .try_with(|watched| watched.borrow_mut().remove(&address))
        .ok()
        .flatten()
    else {
        return;
    };
    for reference in references.iter().rev().filter_map(Weak::upgrade) {
        if let Some(callback) = reference.callback.clone() {
            let reference: Rc<dyn NativeObject> = reference;
            crate::runtime::warnings::finalize_later(Value::Native(Rc::new(PendingCallback {
                callback,
                reference: Value::Native(reference),
            })));
        }
    }
}

/// An instance whose `__del__` keeps it for later moved from `old` to `new`: its references
/// follow it.
pub fn instance_moved(old: usize, new: usize) {
    if !ANY_WATCHED.with(Cell::get) {
        return;
    }
    let _ = WATCHED.try_with(|watched| {
        let mut watched = watched.borrow_mut();
        if let Some(references) = watched.remove(&old) {
            watched.insert(new, references);
        }
    });
}

/// A weak reference's callback, due because its object was freed.
pub struct PendingCallback {
    pub callback: Value,
    pub reference: Value,
}

impl NativeObject for PendingCallback {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.object.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
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
    let mut namespace = Namespace::default();
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
    let callback = callback.filter(|c| !c.is_none());
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
    if callback.is_some() && !matches!(object, Value::Instance(_)) {
        let name = vm.type_name(&object);
        return Err(vm.error(
            "NotImplementedError",
            format!("weakref callbacks on '{name}' objects are not supported by Looplab yet (only on instances of classes)"),
        ));
    }
    let watched_address = match (&object, &callback) {
        (Value::Instance(instance), Some(_)) => Some(Rc::as_ptr(instance) as usize),
        _ => None,
    };
    let reference = Rc::new(Ref {
        target,
        class,
        callback,
    });
    if let Some(address) = watched_address {
        ANY_WATCHED.with(|flag| flag.set(true));
        WATCHED.with_borrow_mut(|watched| {
            watched
                .entry(address)
                .or_default()
                .push(Rc::downgrade(&reference));
        });
    }
    Ok(Value::Native(reference))
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
