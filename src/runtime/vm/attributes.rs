//! Attribute access: `obj.name`, assignment and deletion, with descriptors (methods,
//! properties, class and static methods) and CPython's error messages.

use std::rc::Rc;

use super::super::builtins::descriptors::{ClassMethod, Property, StaticMethod, Super};
use super::super::value::{Args, Class, GenKind, Value};
use super::super::{Flow, PResult};
use super::Vm;

impl Vm {
    pub fn getattr(&mut self, object: &Value, name: &str) -> PResult<Value> {
        match self.getattr_opt(object, name)? {
            Some(value) => Ok(value),
            None => Err(self.attribute_error(object, name)),
        }
    }

    /// `obj.name` for a name of the program's code: class lookups are cached by the name's
    /// identity (the cache keeps the name alive, so its address stays unique).
    pub fn getattr_named(&mut self, object: &Value, name: &Rc<str>) -> PResult<Value> {
        match self.getattr_impl(object, name, Some(name))? {
            Some(value) => Ok(value),
            None => Err(self.attribute_error(object, name)),
        }
    }

    /// `getattr(obj, name, None)`: `None` when there is no such attribute.
    pub fn getattr_opt(&mut self, object: &Value, name: &str) -> PResult<Option<Value>> {
        self.getattr_impl(object, name, None)
    }

    /// A class attribute along the MRO, through the cache when the name is cacheable.
    pub(crate) fn class_lookup(
        &mut self,
        class: &Rc<Class>,
        name: &str,
        key: Option<&Rc<str>>,
    ) -> Option<Value> {
        match key {
            Some(key) => self.class_lookup_plain(class, key).value.clone(),
            None => class.lookup(name),
        }
    }

    /// A class attribute along the MRO through the cache, with what it implies for
    /// instances of `class` (the entry is dropped by `invalidate_class_caches` whenever any
    /// class is made or changed, so the facts cannot go stale):
    ///
    /// - `get_plain`: reading `key` on an instance is its own attribute, else the class
    ///   attribute bound, exactly as `generic_getattr` gives it. True when the class has no
    ///   Python `__getattribute__`, is not an exception class, the name is not `__class__`
    ///   or `__dict__`, and the class attribute (if any) is no descriptor that needs more
    ///   than binding (a property, class or static method, or an instance that may have
    ///   `__get__`/`__set__`: all `Native` or `Instance` values).
    /// - `set_plain`: assigning `key` on an instance just sets it in the instance's dict, as
    ///   `generic_setattr` would. The same conditions, with no Python `__setattr__` in place
    ///   of `__getattribute__`, and no `__slots__`.
    pub(crate) fn class_lookup_plain(
        &mut self,
        class: &Rc<Class>,
        key: &Rc<str>,
    ) -> &super::NamedLookup {
        let cache_key = (
            Rc::as_ptr(class) as *const () as usize,
            Rc::as_ptr(key) as *const () as usize,
        );
        if !self.attr_cache.contains_key(&cache_key) {
            let value = class.lookup(key);
            let common = !matches!(value, Some(Value::Native(_) | Value::Instance(_)))
                && !matches!(&**key, "__class__" | "__dict__")
                && class.layout != super::super::value::Layout::Exception;
            let get_plain = common
                && !matches!(
                    self.static_lookup(class, "__getattribute__"),
                    Some(Value::Function(_))
                );
            let set_plain = common
                && class.slots.is_none()
                && !matches!(
                    self.static_lookup(class, "__setattr__"),
                    Some(Value::Function(_))
                );
            if self.attr_cache.len() > 100_000 {
                self.attr_cache.clear();
            }
            let entry = super::NamedLookup {
                _alive: (key.clone(), class.clone()),
                value,
                get_plain,
                set_plain,
                hash: super::super::value::str_hash(key),
            };
            self.attr_cache.insert(cache_key, entry);
        }
        &self.attr_cache[&cache_key]
    }

    /// Forgets cached class lookups: a class was made or changed.
    pub fn invalidate_class_caches(&mut self) {
        self.class_epoch += 1;
        self.attr_cache.clear();
        self.static_cache.clear();
    }

    fn getattr_impl(
        &mut self,
        object: &Value,
        name: &str,
        key: Option<&Rc<str>>,
    ) -> PResult<Option<Value>> {
        match object {
            Value::Instance(instance) => self.instance_getattr(object, instance, name, key),
            Value::Class(class) => self.class_getattr(class, name),
            Value::Module(module) => Ok(match name {
                "__dict__" => {
                    let dict = self.new_dict();
                    let items: Vec<(Rc<str>, Value)> = module
                        .dict
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    for (key, value) in items {
                        self.dict_set(&dict, Value::str(key.to_string()), value)?;
                    }
                    Some(dict)
                }
                _ => module.dict.borrow().get(name).cloned(),
            }),
            Value::Function(function) => Ok(match name {
                "__name__" => Some(Value::str(function.name.borrow().to_string())),
                "__qualname__" => Some(Value::str(function.qualname.borrow().to_string())),
                "__module__" => Some(Value::str(function.module.name.to_string())),
                "__defaults__" => Some(if function.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(function.defaults.clone())
                }),
                "__closure__" => Some(if function.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(function.closure.iter().cloned().map(Value::Cell).collect())
                }),
                "__kwdefaults__" => Some(if function.kw_defaults.is_empty() {
                    Value::None
                } else {
                    let pairs = function
                        .kw_defaults
                        .iter()
                        .map(|(k, v)| (Value::str(k.to_string()), v.clone()))
                        .collect();
                    self.dict_from_pairs(pairs)?
                }),
                "__class__" => Some(Value::Class(self.types.function.clone())),
                "__annotations__" => {
                    let annotations = function.annotations.borrow().clone();
                    let dict = self.new_dict();
                    if let Some(Value::Tuple(pairs)) = &annotations {
                        for pair in pairs.chunks(2) {
                            self.dict_set(&dict, pair[0].clone(), pair[1].clone())?;
                        }
                    }
                    Some(dict)
                }
                _ => match function.dict.borrow().get(name) {
                    Some(value) => Some(value.clone()),
                    None if name == "__type_params__" => Some(Value::tuple(Vec::new())),
                    None => self
                        .types
                        .function
                        .lookup(name)
                        .map(|a| self.bind(a, object.clone())),
                },
            }),
            Value::BoundMethod(method) => Ok(match name {
                "__self__" => Some(method.this.clone()),
                "__func__" => Some(method.func.clone()),
                "__class__" => Some(Value::Class(self.types.method.clone())),
                _ => return self.getattr_opt(&method.func.clone(), name),
            }),
            Value::Builtin(builtin) => Ok(match name {
                "__name__" => Some(Value::str(builtin.name.to_string())),
                "__qualname__" => Some(Value::str(builtin.qualname.to_string())),
                "__self__" => Some(builtin.this.clone().unwrap_or(Value::None)),
                "__class__" => Some(Value::Class(self.types.builtin_function.clone())),
                "__doc__" => Some(Value::None),
                _ => None,
            }),
            Value::Generator(generator) => {
                let running = generator.state.get() == super::super::value::GenState::Running;
                let prefix = match generator.kind {
                    GenKind::Generator => "gi",
                    GenKind::Coroutine => "cr",
                    GenKind::AsyncGenerator => "ag",
                };
                match name {
                    "__name__" => return Ok(Some(Value::str(generator.name.to_string()))),
                    "__qualname__" => return Ok(Some(Value::str(generator.qualname.to_string()))),
                    _ if name == format!("{prefix}_running") => {
                        return Ok(Some(Value::Bool(running)));
                    }
                    _ => {}
                }
                let class = self.class_of(object);
                Ok(class.lookup(name).map(|a| self.bind(a, object.clone())))
            }
            Value::Native(_) => {
                if let Some(sup) = object.native::<Super>() {
                    let (start, this) = (sup.class.clone(), sup.this.clone());
                    return self.super_getattr(&start, &this, name);
                }
                if name == "__class__" {
                    return Ok(Some(Value::Class(self.class_of(object))));
                }
                let class = self.class_of(object);
                if let Value::Native(native) = object
                    && let Some(dict) = native.instance_dict()
                    && let Some(value) = dict.borrow().get(name)
                {
                    return Ok(Some(value.clone()));
                }
                match class.lookup(name) {
                    Some(attr) => {
                        if let Some(property) = attr.native::<Property>() {
                            let getter = property.fget.clone();
                            return self.call(&getter, vec![object.clone()]).map(Some);
                        }
                        Ok(Some(self.bind_class_attribute(
                            attr,
                            object.clone(),
                            &class,
                        )))
                    }
                    None => Ok(None),
                }
            }
            Value::Slice(parts) => Ok(match name {
                "start" => Some(parts[0].clone()),
                "stop" => Some(parts[1].clone()),
                "step" => Some(parts[2].clone()),
                _ => self.builtin_attribute(object, name),
            }),
            Value::Range(range) => Ok(match name {
                "start" => Some(Value::Int(range.start)),
                "stop" => Some(Value::Int(range.stop)),
                "step" => Some(Value::Int(range.step)),
                _ => self.builtin_attribute(object, name),
            }),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                if matches!(name, "real" | "numerator") =>
            {
                Ok(Some(match object {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                }))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if name == "denominator" => {
                Ok(Some(Value::Int(1)))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
                if name == "imag" =>
            {
                Ok(Some(match object {
                    Value::Float(_) => Value::Float(0.0),
                    _ => Value::Int(0),
                }))
            }
            Value::Float(x) if name == "real" => Ok(Some(Value::Float(*x))),
            Value::Cell(cell) if name == "cell_contents" => match cell.value.borrow().clone() {
                Some(value) => Ok(Some(value)),
                None => Err(self.error("ValueError", "Cell is empty")),
            },
            _ => Ok(self.builtin_attribute(object, name)),
        }
    }

    /// An attribute of a builtin value: a method of its type, bound to it.
    fn builtin_attribute(&mut self, object: &Value, name: &str) -> Option<Value> {
        let class = self.class_of(object);
        if name == "__class__" {
            return Some(Value::Class(class));
        }
        class
            .lookup(name)
            .map(|attr| self.bind_class_attribute(attr, object.clone(), &class))
    }

    /// What `instance.name` gives for an attribute found on the class.
    pub(crate) fn bind_class_attribute(
        &mut self,
        attr: Value,
        this: Value,
        class: &Rc<Class>,
    ) -> Value {
        if let Some(method) = attr.native::<ClassMethod>() {
            return self.bind(method.func.clone(), Value::Class(class.clone()));
        }
        if let Some(method) = attr.native::<StaticMethod>() {
            return method.func.clone();
        }
        match attr {
            Value::Function(_) | Value::Builtin(_) => self.bind(attr, this),
            other => other,
        }
    }

    fn class_getattr(&mut self, class: &Rc<Class>, name: &str) -> PResult<Option<Value>> {
        match name {
            "__name__" => return Ok(Some(Value::str(class.name.to_string()))),
            "__qualname__" => return Ok(Some(Value::str(class.qualname.to_string()))),
            "__bases__" => {
                let bases = if class.bases.is_empty() && class.name.as_ref() != "object" {
                    vec![Value::Class(self.types.object.clone())]
                } else {
                    class
                        .bases
                        .iter()
                        .map(|b| Value::Class(b.clone()))
                        .collect()
                };
                return Ok(Some(Value::tuple(bases)));
            }
            "__mro__" => {
                return Ok(Some(Value::tuple(
                    class
                        .linearization()
                        .map(|c| Value::Class(c.clone()))
                        .collect(),
                )));
            }
            "__class__" => return Ok(Some(Value::Class(self.types.type_.clone()))),
            "__dict__" => {
                let dict = self.new_dict();
                let items: Vec<(Rc<str>, Value)> = class
                    .dict
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                for (key, value) in items {
                    self.dict_set(&dict, Value::str(key.to_string()), value)?;
                }
                let proxy = super::super::builtins::mappingproxy::MappingProxy { mapping: dict };
                return Ok(Some(Value::Native(Rc::new(proxy))));
            }
            _ => {}
        }
        if name == "__module__" && !class.dict.borrow().contains_key("__module__") {
            return Ok(Some(Value::str(class.module.to_string())));
        }
        if name == "__doc__" && !class.dict.borrow().contains_key("__doc__") {
            return Ok(Some(Value::None));
        }
        // A class's own type parameters (PEP 695), never inherited.
        if name == "__type_params__" {
            let own = class.dict.borrow().get(name).cloned();
            return Ok(Some(own.unwrap_or_else(|| Value::tuple(Vec::new()))));
        }
        // A metaclass's data descriptors (a property of `EnumType`) come before the class's
        // own attributes, as on any instance.
        if let Some(meta) = class.metaclass.clone()
            && let Some(attr) = meta.lookup(name)
            && (attr.native::<Property>().is_some()
                || self.descriptor_hook(&attr, "__set__").is_some())
        {
            return self.metaclass_attribute(class, meta, attr).map(Some);
        }
        match class.lookup(name) {
            Some(attr) => {
                if let Some(method) = attr.native::<ClassMethod>() {
                    return Ok(Some(
                        self.bind(method.func.clone(), Value::Class(class.clone())),
                    ));
                }
                // A descriptor read through the class: `__get__(None, cls)`.
                if let Some(get) = self.descriptor_hook(&attr, "__get__") {
                    let owner = Value::Class(class.clone());
                    return self.call(&get, vec![Value::None, owner]).map(Some);
                }
                if let Some(method) = attr.native::<StaticMethod>() {
                    return Ok(Some(method.func.clone()));
                }
                Ok(Some(attr))
            }
            None => {
                let meta = self.class_of(&Value::Class(class.clone()));
                match meta.lookup(name) {
                    Some(attr) => self.metaclass_attribute(class, meta, attr).map(Some),
                    None => Ok(None),
                }
            }
        }
    }

    /// An attribute a class gets from its metaclass: a method bound to the class, a
    /// property's value, a descriptor's `__get__(cls, meta)`.
    fn metaclass_attribute(
        &mut self,
        class: &Rc<Class>,
        meta: Rc<Class>,
        attr: Value,
    ) -> PResult<Value> {
        let this = Value::Class(class.clone());
        if let Some(property) = attr.native::<Property>() {
            let getter = property.fget.clone();
            return self.call(&getter, vec![this]);
        }
        if let Some(method) = attr.native::<ClassMethod>() {
            return Ok(self.bind(method.func.clone(), Value::Class(meta)));
        }
        if let Some(method) = attr.native::<StaticMethod>() {
            return Ok(method.func.clone());
        }
        if let Some(get) = self.descriptor_hook(&attr, "__get__") {
            return self.call(&get, vec![this, Value::Class(meta)]);
        }
        Ok(self.bind(attr, this))
    }

    /// `super().name`: the attribute after `start` in the MRO of `this`'s class.
    fn super_getattr(
        &mut self,
        start: &Rc<Class>,
        this: &Value,
        name: &str,
    ) -> PResult<Option<Value>> {
        // In a classmethod `this` is a class whose MRO holds `start`; in a metaclass's method
        // it is a class that is an instance of `start`.
        let class = match this {
            Value::Class(class) if class.is_subclass_of(start) => class.clone(),
            other => self.class_of(other),
        };
        let binds =
            !matches!(this, Value::Class(c) if Rc::ptr_eq(c, &class) || c.is_subclass_of(&class));
        let mut after = false;
        for candidate in class.linearization() {
            if after && let Some(attr) = candidate.dict.borrow().get(name).cloned() {
                if let Some(method) = attr.native::<ClassMethod>() {
                    return Ok(Some(
                        self.bind(method.func.clone(), Value::Class(class.clone())),
                    ));
                }
                if let Some(method) = attr.native::<StaticMethod>() {
                    return Ok(Some(method.func.clone()));
                }
                if let Some(property) = attr.native::<Property>() {
                    let getter = property.fget.clone();
                    return self.call(&getter, vec![this.clone()]).map(Some);
                }
                return Ok(Some(if binds {
                    self.bind(attr, this.clone())
                } else {
                    attr
                }));
            }
            if Rc::ptr_eq(candidate, start) {
                after = true;
            }
        }
        Ok(None)
    }

    pub(crate) fn attribute_error(&mut self, object: &Value, name: &str) -> Flow {
        let message = match object {
            Value::Class(class) => {
                format!("type object '{}' has no attribute '{name}'", class.name)
            }
            Value::Module(module) => format!("module '{}' has no attribute '{name}'", module.name),
            other => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name_in_errors(other)
            ),
        };
        let error = self.error("AttributeError", message);
        if let Flow::Exception(Value::Instance(instance)) = &error {
            instance.set_attr("name", Value::str(name));
            instance.set_attr("obj", object.clone());
        }
        error
    }

    pub fn hasattr(&mut self, object: &Value, name: &str) -> PResult<bool> {
        match self.getattr_opt(object, name) {
            Ok(value) => Ok(value.is_some()),
            Err(Flow::Exception(e)) if self.is_exception(&e, "AttributeError") => Ok(false),
            Err(error) => Err(error),
        }
    }

    /// `cls.name = value` without a metaclass's `__setattr__` (`type.__setattr__`).
    pub fn set_class_attribute(&mut self, class: &Rc<Class>, name: &str, value: Value) {
        if name == "__del__" {
            super::super::warnings::note_del_defined();
        }
        class.dict.borrow_mut().insert(Rc::from(name), value);
        self.invalidate_class_caches();
    }

    pub fn setattr(&mut self, object: &Value, name: &str, value: Value) -> PResult<()> {
        match object {
            Value::Instance(instance) => self.instance_setattr(object, instance, name, value),
            Value::Class(class)
                if let Some(meta) = &class.metaclass
                    && let Some(hook @ Value::Function(_)) = meta.lookup("__setattr__") =>
            {
                let bound = self.bind(hook, object.clone());
                self.call(&bound, vec![Value::str(name), value])?;
                Ok(())
            }
            Value::Class(class) => {
                self.set_class_attribute(class, name, value);
                Ok(())
            }
            Value::Native(native) if native.instance_dict_to_write().is_some() => {
                let class = self.class_of(object);
                if let Some(attr) = class.lookup(name)
                    && let Some(property) = attr.native::<Property>()
                {
                    let setter = property.fset.clone();
                    self.call(&setter, vec![object.clone(), value])?;
                    return Ok(());
                }
                native
                    .instance_dict_to_write()
                    .expect("checked")
                    .borrow_mut()
                    .insert(Rc::from(name), value);
                Ok(())
            }
            Value::Module(module) => {
                module.dict.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Function(function) => {
                match name {
                    "__name__" => {
                        *function.name.borrow_mut() = Rc::from(self.str(&value)?.as_str())
                    }
                    "__qualname__" => {
                        *function.qualname.borrow_mut() = Rc::from(self.str(&value)?.as_str())
                    }
                    _ => {
                        function.dict.borrow_mut().insert(Rc::from(name), value);
                    }
                }
                Ok(())
            }
            other => {
                let type_name = self.type_name(other);
                let exists = self.class_of(other).lookup(name).is_some();
                let complex_part = matches!(name, "real" | "imag")
                    && other
                        .native::<super::super::builtins::complex::Complex>()
                        .is_some();
                let message = if complex_part {
                    // A member descriptor of complex.
                    "readonly attribute".to_string()
                } else if exists {
                    format!("'{type_name}' object attribute '{name}' is read-only")
                } else {
                    format!("'{type_name}' object has no attribute '{name}'")
                };
                Err(self.error("AttributeError", message))
            }
        }
    }

    pub fn delattr(&mut self, object: &Value, name: &str) -> PResult<()> {
        let removed = match object {
            Value::Instance(instance) => return self.instance_delattr(object, instance, name),
            Value::Class(class) => {
                let removed = class.dict.borrow_mut().remove(name).is_some();
                self.invalidate_class_caches();
                removed
            }
            Value::Module(module) => module.dict.borrow_mut().remove(name).is_some(),
            Value::Function(function) => function.dict.borrow_mut().remove(name).is_some(),
            // A future's or a task's own attribute (`del fut.note`).
            Value::Native(native) => native
                .instance_dict()
                .is_some_and(|dict| dict.borrow_mut().remove(name).is_some()),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error(object, name))
        }
    }

    /// The method `name` of a value's class, bound to it (for protocols: `__len__`, ...),
    /// without looking at the instance's own attributes (as CPython does for dunders).
    pub fn special_method(&mut self, object: &Value, name: &'static str) -> Option<Value> {
        let class = self.class_of(object);
        let attr = self.static_lookup(&class, name)?;
        Some(self.bind_class_attribute(attr, object.clone(), &class))
    }

    /// A class attribute by a name known at compile time, cached by the name's (static,
    /// hence unique) address.
    pub(crate) fn static_lookup(&mut self, class: &Rc<Class>, name: &'static str) -> Option<Value> {
        let cache_key = (
            Rc::as_ptr(class) as *const () as usize,
            name.as_ptr() as usize,
            name.len(),
        );
        if let Some((_, value)) = self.static_cache.get(&cache_key) {
            return value.clone();
        }
        let value = class.lookup(name);
        self.static_cache
            .insert(cache_key, (class.clone(), value.clone()));
        value
    }

    /// Calls the special method `name` if the value's class has one. Native methods are
    /// called with the object directly, without making a bound method.
    pub fn call_special(
        &mut self,
        object: &Value,
        name: &'static str,
        args: Vec<Value>,
    ) -> PResult<Option<Value>> {
        let class = self.class_of(object);
        let Some(attr) = self.static_lookup(&class, name) else {
            return Ok(None);
        };
        if let Value::Builtin(builtin) = &attr
            && builtin.this.is_none()
        {
            return builtin
                .invoke(self, Some(object), Args::new(args))
                .map(Some);
        }
        let method = self.bind_class_attribute(attr, object.clone(), &class);
        self.call_with(&method, Args::new(args)).map(Some)
    }
}
