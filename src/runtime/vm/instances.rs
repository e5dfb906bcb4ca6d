//! Attributes of instances of Python classes, as CPython's `PyObject_GenericGetAttr` and
//! `PyObject_GenericSetAttr` do them: data descriptors (`property`, objects with `__set__` or
//! `__delete__`) before the instance's `__dict__`, other descriptors (`__get__`) after; the
//! class's own `__getattribute__`, `__getattr__`, `__setattr__` and `__delattr__` hooks;
//! `__slots__`; and `__dict__` and `__class__` themselves.

use std::rc::Rc;

use super::super::builtins::descriptors::Property;
use super::super::value::{Class, Instance, Layout, Value};
use super::super::{Flow, PResult};
use super::Vm;

impl Vm {
    /// `obj.name`: the class's `__getattribute__` if it defines one, else the generic lookup;
    /// then `__getattr__` when that found nothing or raised AttributeError. `None` when there
    /// is no such attribute.
    pub(crate) fn instance_getattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        name: &str,
        key: Option<&Rc<str>>,
    ) -> PResult<Option<Value>> {
        let class = instance.class();
        // The common case, one cache lookup: see `class_lookup_plain`. A miss takes the full
        // path below (for `__getattr__` and the error).
        if let Some(key) = key {
            let lookup = self.class_lookup_plain(&class, key);
            if lookup.get_plain {
                let class_attr = lookup.value.clone();
                let hash = lookup.hash;
                if let Some(value) = instance.dict.borrow().get_str_hashed(name, hash) {
                    return Ok(Some(value.clone()));
                }
                if let Some(attr) = class_attr {
                    return Ok(Some(self.bind_class_attribute(
                        attr,
                        object.clone(),
                        &class,
                    )));
                }
            }
        }
        let found = match self.static_lookup(&class, "__getattribute__") {
            Some(hook @ Value::Function(_)) => {
                let bound = self.bind(hook, object.clone());
                self.call(&bound, vec![Value::str(name)]).map(Some)
            }
            _ => self.generic_getattr(object, instance, &class, name, key),
        };
        let missing = match &found {
            Ok(None) => true,
            Err(Flow::Exception(error)) => self.is_exception(error, "AttributeError"),
            _ => false,
        };
        if missing && let Some(getattr) = self.static_lookup(&class, "__getattr__") {
            let bound = self.bind_class_attribute(getattr, object.clone(), &class);
            return self.call(&bound, vec![Value::str(name)]).map(Some);
        }
        found
    }

    /// `object.__getattribute__(obj, name)`.
    pub(crate) fn generic_getattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        class: &Rc<Class>,
        name: &str,
        key: Option<&Rc<str>>,
    ) -> PResult<Option<Value>> {
        let class_attr = self.class_lookup(class, name, key);
        if let Some(attr) = &class_attr {
            if let Some(property) = attr.native::<Property>() {
                let getter = property.fget.clone();
                if getter.is_none() {
                    return Err(self.error(
                        "AttributeError",
                        format!("property '{name}' of '{}' object has no getter", class.name),
                    ));
                }
                return self.call(&getter, vec![object.clone()]).map(Some);
            }
            if self.is_data_descriptor(attr)
                && let Some(get) = self.descriptor_hook(attr, "__get__")
            {
                let owner = Value::Class(class.clone());
                return self.call(&get, vec![object.clone(), owner]).map(Some);
            }
        }
        if class.layout == Layout::Exception
            && let Some(value) = self.exception_attribute(object, name)
        {
            return Ok(Some(value));
        }
        match name {
            "__class__" => return Ok(Some(Value::Class(class.clone()))),
            "__dict__" if class.slots.is_none() => {
                return Ok(Some(Value::Dict(instance.dict.clone())));
            }
            _ => {}
        }
        if let Some(value) = instance.get_attr(name) {
            return Ok(Some(value));
        }
        match class_attr {
            Some(attr @ Value::Instance(_)) => match self.descriptor_hook(&attr, "__get__") {
                Some(get) => {
                    let owner = Value::Class(class.clone());
                    self.call(&get, vec![object.clone(), owner]).map(Some)
                }
                None => Ok(Some(attr)),
            },
            Some(attr) => Ok(Some(self.bind_class_attribute(attr, object.clone(), class))),
            None => Ok(None),
        }
    }

    /// A descriptor's method (`__get__`, `__set__`, `__delete__`) bound to it, when the
    /// descriptor is an instance of a Python class that has one.
    pub(crate) fn descriptor_hook(&mut self, attr: &Value, name: &'static str) -> Option<Value> {
        let Value::Instance(descriptor) = attr else {
            return None;
        };
        let class = descriptor.class();
        let method = self.static_lookup(&class, name)?;
        Some(self.bind_class_attribute(method, attr.clone(), &class))
    }

    /// A descriptor that takes precedence over the instance's `__dict__`.
    fn is_data_descriptor(&mut self, attr: &Value) -> bool {
        let Value::Instance(descriptor) = attr else {
            return false;
        };
        let class = descriptor.class();
        self.static_lookup(&class, "__set__").is_some()
            || self.static_lookup(&class, "__delete__").is_some()
    }

    /// `obj.name = value` for a name of the program's code (see `getattr_named`).
    pub(crate) fn instance_setattr_named(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        key: &Rc<str>,
        value: Value,
    ) -> PResult<()> {
        let class = instance.class();
        // The common case, one cache lookup: see `class_lookup_plain`.
        let lookup = self.class_lookup_plain(&class, key);
        if lookup.set_plain {
            let hash = lookup.hash;
            instance.dict.borrow_mut().set_str_hashed(key, hash, value);
            return Ok(());
        }
        self.instance_setattr(object, instance, key, value)
    }

    /// `obj.name = value`: the class's `__setattr__` if it defines one, else the generic way.
    pub(crate) fn instance_setattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        name: &str,
        value: Value,
    ) -> PResult<()> {
        let class = instance.class();
        if let Some(hook @ Value::Function(_)) = self.static_lookup(&class, "__setattr__") {
            let bound = self.bind(hook, object.clone());
            self.call(&bound, vec![Value::str(name), value])?;
            return Ok(());
        }
        self.generic_setattr(object, instance, name, value)
    }

    /// `object.__setattr__(obj, name, value)`.
    pub(crate) fn generic_setattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        name: &str,
        value: Value,
    ) -> PResult<()> {
        let class = instance.class();
        if let Some(attr) = class.lookup(name) {
            if let Some(property) = attr.native::<Property>() {
                let setter = property.fset.clone();
                if setter.is_none() {
                    return Err(self.error(
                        "AttributeError",
                        format!("property '{name}' of '{}' object has no setter", class.name),
                    ));
                }
                self.call(&setter, vec![object.clone(), value])?;
                return Ok(());
            }
            if let Some(set) = self.descriptor_hook(&attr, "__set__") {
                self.call(&set, vec![object.clone(), value])?;
                return Ok(());
            }
        }
        match name {
            "__class__" => return self.assign_class(instance, &class, value),
            "__dict__" if class.slots.is_none() => {
                let Value::Dict(table) = &value else {
                    let type_name = self.type_name(&value);
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{type_name}'"
                    )));
                };
                // The instance keeps its dict object; it takes the new contents.
                let contents = table.borrow().clone();
                *instance.dict.borrow_mut() = contents;
                return Ok(());
            }
            _ => {}
        }
        if class.layout == Layout::Exception
            && name == "__traceback__"
            && crate::runtime::builtins::traceback_object::entries_of(&value).is_none()
        {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        if class.layout == Layout::Exception && self.set_exception_attribute(object, name, &value) {
            return Ok(());
        }
        if let Some(slots) = &class.slots
            && !slots.iter().any(|slot| slot.as_ref() == name)
        {
            return Err(self.error(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", class.name),
            ));
        }
        instance.set_attr(name, value);
        Ok(())
    }

    /// `obj.__class__ = cls`, allowed between classes whose instances are alike.
    fn assign_class(
        &mut self,
        instance: &Rc<Instance>,
        class: &Rc<Class>,
        value: Value,
    ) -> PResult<()> {
        let Value::Class(new) = &value else {
            let type_name = self.type_name(&value);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{type_name}' object"
            )));
        };
        if new.layout != Layout::Object || class.layout != Layout::Object {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if new.slots != class.slots {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name, class.name
            )));
        }
        *instance.class.borrow_mut() = new.clone();
        Ok(())
    }

    /// `del obj.name`: the class's `__delattr__` if it defines one, else the generic way.
    pub(crate) fn instance_delattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        name: &str,
    ) -> PResult<()> {
        let class = instance.class();
        if let Some(hook @ Value::Function(_)) = self.static_lookup(&class, "__delattr__") {
            let bound = self.bind(hook, object.clone());
            self.call(&bound, vec![Value::str(name)])?;
            return Ok(());
        }
        self.generic_delattr(object, instance, name)
    }

    /// `object.__delattr__(obj, name)`.
    pub(crate) fn generic_delattr(
        &mut self,
        object: &Value,
        instance: &Rc<Instance>,
        name: &str,
    ) -> PResult<()> {
        let class = instance.class();
        if let Some(attr) = class.lookup(name) {
            if let Some(property) = attr.native::<Property>() {
                let deleter = property.fdel.clone();
                if deleter.is_none() {
                    return Err(self.error(
                        "AttributeError",
                        format!(
                            "property '{name}' of '{}' object has no deleter",
                            class.name
                        ),
                    ));
                }
                self.call(&deleter, vec![object.clone()])?;
                return Ok(());
            }
            if let Some(delete) = self.descriptor_hook(&attr, "__delete__") {
                self.call(&delete, vec![object.clone()])?;
                return Ok(());
            }
        }
        if instance.remove_attr(name) {
            Ok(())
        } else {
            Err(self.attribute_error(object, name))
        }
    }
}
