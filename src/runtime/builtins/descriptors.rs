//! Descriptors: `property`, `classmethod`, `staticmethod`, and `super`.

use std::any::Any;
use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Class, NativeFn, NativeObject, Value};
use super::super::vm::Vm;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};
use crate::python::bytecode::CodeKind;

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

impl NativeObject for Property {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.property.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Puts in `class` a read-only property `name` whose value `getter` gives (a native
/// class's attribute computed from the object, as `partial.func` or `traceback.tb_next`).
pub fn add_read_only_property(class: &Class, name: &str, getter: NativeFn) {
    let property = Property {
        fget: super::native(name, &format!("{}.{name}", class.name), getter),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    class
        .dict
        .borrow_mut()
        .insert(Rc::from(name), Value::Native(Rc::new(property)));
}

pub struct ClassMethod {
    pub func: Value,
}

impl NativeObject for ClassMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.classmethod.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct StaticMethod {
    pub func: Value,
}

impl NativeObject for StaticMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.staticmethod.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `super()`: attribute lookup that starts after `class` in the MRO of `this`.
pub struct Super {
    pub class: Rc<Class>,
    pub this: Value,
}

impl NativeObject for Super {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types.super_.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm) {
    let property = vm.types.property.clone();
    add_method(&property, "__new__", property_new);
    add_method(&property, "getter", property_getter);
    add_method(&property, "setter", property_setter);
    add_method(&property, "deleter", property_deleter);
    add_method(&property, "__get__", property_get);
    add_getter(&property, "fget", |vm, _, args| {
        Ok(the_property(vm, &args)?.fget.clone())
    });
    add_getter(&property, "fset", |vm, _, args| {
        Ok(the_property(vm, &args)?.fset.clone())
    });
    add_getter(&property, "fdel", |vm, _, args| {
        Ok(the_property(vm, &args)?.fdel.clone())
    });
    add_getter(&property, "__doc__", property_doc);
    add_getter(&property, "__isabstractmethod__", property_is_abstract);
    let classmethod = vm.types.classmethod.clone();
    add_method(&classmethod, "__new__", classmethod_new);
    add_getter(&classmethod, "__func__", wrapped_function);
    add_getter(&classmethod, "__wrapped__", wrapped_function);
    let staticmethod = vm.types.staticmethod.clone();
    add_method(&staticmethod, "__new__", staticmethod_new);
    add_getter(&staticmethod, "__func__", wrapped_function);
    add_getter(&staticmethod, "__wrapped__", wrapped_function);
    let super_ = vm.types.super_.clone();
    add_method(&super_, "__new__", super_new);
    add_method(&super_, "__repr__", super_repr);
}

/// A read-only attribute of a builtin type's instances (CPython's getset descriptors): a
/// `property` whose getter is the native `get`, called with the instance.
fn add_getter(class: &Rc<Class>, name: &str, get: NativeFn) {
    let qualname = format!("{}.{name}", class.name);
    class.dict.borrow_mut().insert(
        Rc::from(name),
        Value::Native(Rc::new(Property {
            fget: super::native(name, &qualname, get),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
}

/// The instance a getter was called with.
fn getter_arg(vm: &mut Vm, args: &Args) -> PResult<Value> {
    args.positional
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("getter needs an instance"))
}

fn the_property(vm: &mut Vm, args: &Args) -> PResult<Rc<Property>> {
    let me = getter_arg(vm, args)?;
    me.native_rc::<Property>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'property' object"))
}

/// `property.__isabstractmethod__`: whether any of its functions is abstract (`abc`).
fn property_is_abstract(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let property = the_property(vm, &args)?;
    for function in [&property.fget, &property.fset, &property.fdel] {
        if !function.is_none()
            && let Some(flag) = vm.getattr_opt(function, "__isabstractmethod__")?
            && vm.truthy(&flag)?
        {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `property.__doc__`: the one given, else the getter's.
fn property_doc(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let property = the_property(vm, &args)?;
    if !property.doc.is_none() || property.fget.is_none() {
        return Ok(property.doc.clone());
    }
    Ok(vm
        .getattr_opt(&property.fget, "__doc__")?
        .unwrap_or(Value::None))
}

/// `classmethod.__func__`, `staticmethod.__func__` (and `__wrapped__`).
fn wrapped_function(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let me = getter_arg(vm, &args)?;
    if let Some(method) = me.native::<ClassMethod>() {
        return Ok(method.func.clone());
    }
    if let Some(method) = me.native::<StaticMethod>() {
        return Ok(method.func.clone());
    }
    Err(vm.type_error("descriptor requires a 'classmethod' or 'staticmethod' object"))
}

fn property_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    const PROPERTY: Signature<0, 4> = Signature::new(
        "property",
        Convention::Clinic,
        [],
        [
            Param::new("fget"),
            Param::new("fset"),
            Param::new("fdel"),
            Param::new("doc"),
        ],
    );
    super::take_class(vm, &mut args, "property")?;
    let Bound {
        optional: [fget, fset, fdel, doc],
        ..
    } = PROPERTY.bind(vm, args)?;
    let or_none = |value: Option<Value>| value.unwrap_or(Value::None);
    Ok(Value::Native(Rc::new(Property {
        fget: or_none(fget),
        fset: or_none(fset),
        fdel: or_none(fdel),
        doc: or_none(doc),
    })))
}

/// `property.getter`, `.setter` and `.deleter` (`METH_O`), `which` naming the accessor.
const ACCESSORS: [Signature<1, 0>; 3] = [
    accessor("property.getter"),
    accessor("property.setter"),
    accessor("property.deleter"),
];

const fn accessor(name: &'static str) -> Signature<1, 0> {
    Signature::new(
        name,
        Convention::Fixed,
        [Param::positional_only("function")],
        [],
    )
}

fn with_accessor(vm: &mut Vm, this: Option<&Value>, args: Args, which: usize) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, ACCESSORS[which].name)?;
    let Bound {
        required: [func], ..
    } = ACCESSORS[which].bind(vm, args)?;
    let Some(old) = me.native::<Property>() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
    parts[which] = func;
    let [fget, fset, fdel] = parts;
    Ok(Value::Native(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc: old.doc.clone(),
    })))
}

fn property_getter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    with_accessor(vm, this, args, 0)
}

fn property_setter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    with_accessor(vm, this, args, 1)
}

fn property_deleter(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    with_accessor(vm, this, args, 2)
}

fn property_get(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "property.__get__")?;
    let Some(property) = me.native::<Property>() else {
        return Ok(Value::None);
    };
    let instance = args.positional.first().cloned().unwrap_or(Value::None);
    if instance.is_none() {
        return Ok(me.clone());
    }
    let getter = property.fget.clone();
    vm.call(&getter, vec![instance])
}

fn classmethod_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    const CLASSMETHOD: Signature<1, 0> = Signature::new(
        "classmethod",
        Convention::Unpack,
        [Param::positional_only("function")],
        [],
    );
    super::take_class(vm, &mut args, "classmethod")?;
    let Bound {
        required: [func], ..
    } = CLASSMETHOD.bind(vm, args)?;
    Ok(Value::Native(Rc::new(ClassMethod { func })))
}

fn staticmethod_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    const STATICMETHOD: Signature<1, 0> = Signature::new(
        "staticmethod",
        Convention::Unpack,
        [Param::positional_only("function")],
        [],
    );
    super::take_class(vm, &mut args, "staticmethod")?;
    let Bound {
        required: [func], ..
    } = STATICMETHOD.bind(vm, args)?;
    Ok(Value::Native(Rc::new(StaticMethod { func })))
}

/// `super()` with no arguments reads the calling method's `__class__` cell and first
/// argument; `super(C, obj)` names both.
fn super_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    super::take_class(vm, &mut args, "super")?;
    let (class, this) = match args.positional.len() {
        0 => zero_argument_super(vm)?,
        2 => {
            let Value::Class(class) = &args.positional[0] else {
                let name = vm.type_name(&args.positional[0]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {name}")));
            };
            (class.clone(), args.positional[1].clone())
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    // A class is a subtype of `class` (in a classmethod) or an instance of it (in a
    // metaclass's method).
    let fits = match &this {
        Value::Class(c) => c.is_subclass_of(&class) || vm.class_of(&this).is_subclass_of(&class),
        other => vm.class_of(other).is_subclass_of(&class),
    };
    if !fits {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Native(Rc::new(Super { class, this })))
}

fn zero_argument_super(vm: &mut Vm) -> PResult<(Rc<Class>, Value)> {
    // List, set and dict comprehensions run inline in CPython 3.12 (PEP 709), so `super()`
    // in one is the enclosing function's: its caller's frame, here.
    let mut depth = vm.frames.len();
    while depth > 1 {
        let code = &vm.frames[depth - 1].code;
        if !(code.is_comprehension && code.kind == CodeKind::Function) {
            break;
        }
        depth -= 1;
    }
    let Some(frame) = depth.checked_sub(1).and_then(|top| vm.frames.get(top)) else {
        return Err(vm.error("RuntimeError", "super(): no current frame"));
    };
    let code = frame.code.clone();
    if code.argcount == 0 && !code.varargs {
        return Err(vm.error("RuntimeError", "super(): no arguments"));
    }
    // The first argument, even if it was moved into a cell.
    let first = match frame.fast.first().cloned().flatten() {
        Some(value) => value,
        None => {
            let cell = code
                .cell_parameters
                .iter()
                .find(|(_, parameter)| *parameter == 0)
                .map(|(cell, _)| *cell);
            match cell
                .and_then(|c| frame.cells.get(c as usize))
                .and_then(|c| c.value.borrow().clone())
            {
                Some(value) => value,
                None => return Err(vm.error("RuntimeError", "super(): arg[0] deleted")),
            }
        }
    };
    let position = code.freevars.iter().position(|name| &**name == "__class__");
    let class = position
        .and_then(|index| frame.cells.get(code.cellvars.len() + index))
        .and_then(|cell| cell.value.borrow().clone());
    match &class {
        Some(Value::Class(class)) => Ok((class.clone(), first)),
        Some(_) => Err(vm.error("RuntimeError", "super(): __class__ is not a type")),
        None => Err(vm.error("RuntimeError", "super(): __class__ cell not found")),
    }
}

fn super_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "super.__repr__")?;
    let Some(sup) = me.native::<Super>() else {
        return Ok(Value::str("<super>"));
    };
    let class_name = sup.class.name.clone();
    let this_class = vm.type_name(&sup.this);
    Ok(Value::str(format!(
        "<super: <class '{class_name}'>, <{this_class} object>>"
    )))
}
