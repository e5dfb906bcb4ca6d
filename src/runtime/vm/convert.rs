//! Conversions every value supports: truth, `repr`, `str`, `format`, `hash`, equality and
//! `len`, following CPython's rules for builtin types and special methods for the rest.

use super::super::builtins::complex::{self, Complex};
use super::super::builtins::descriptors::Property;
use super::super::core_error::OrRaise;
use super::super::ops::{self, to_int};
use super::super::value::{GenKind, Layout, Value, scalar_base};
use super::super::{Flow, PResult};
use super::Vm;
use crate::python::bytecode::Comparison;
use pycore::format;
use pycore::set_table::{NONE_HASH, tuple_hash};
use pycore::strings;

impl Vm {
    /// `bool(value)`.
    pub fn truthy(&mut self, value: &Value) -> PResult<bool> {
        Ok(match value {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Tuple(items) => !items.is_empty(),
            Value::List(items) => !items.borrow().is_empty(),
            Value::Dict(dict) => !dict.borrow().is_empty(),
            Value::Set(set) => !set.table.borrow().is_empty(),
            Value::Range(range) => !range.is_empty(),
            Value::Native(native) if let Some(z) = native.as_any().downcast_ref::<Complex>() => {
                z.re != 0.0 || z.im != 0.0
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Some(result) = self.call_special(value, "__bool__", Vec::new())? {
                    return match result {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let name = self.type_name(&other);
                            Err(self.type_error(format!(
                                "__bool__ should return bool, returned {name}"
                            )))
                        }
                    };
                }
                if let Some(length) = self.call_special(value, "__len__", Vec::new())? {
                    return Ok(self.length_result(&length)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    fn length_result(&mut self, length: &Value) -> PResult<usize> {
        match to_int(length).and_then(|i| i.to_i64()) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None => {
                let name = self.type_name(length);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// `len(value)`.
    pub fn len(&mut self, value: &Value) -> PResult<usize> {
        Ok(match value {
            Value::Str(s) => s.char_len(),
            Value::Tuple(items) => items.len(),
            Value::List(items) => items.borrow().len(),
            Value::Dict(dict) => dict.borrow().len(),
            Value::Set(set) => set.table.borrow().len(),
            Value::Range(range) => range.len(),
            _ => match self.call_special(value, "__len__", Vec::new())? {
                Some(length) => self.length_result(&length)?,
                None => {
                    let name = self.type_name_in_errors(value);
                    return Err(self.type_error(format!("object of type '{name}' has no len()")));
                }
            },
        })
    }

    /// `str(value)`.
    pub fn str(&mut self, value: &Value) -> PResult<String> {
        match value {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(instance) => {
                if let Some(method) = instance.class().lookup("__str__")
                    && !matches!(method, Value::Builtin(_))
                {
                    let bound = self.bind(method, value.clone());
                    let result = self.call(&bound, Vec::new())?;
                    return self.expect_str(result, "__str__");
                }
                // A subclass of str, int or float: `str.__str__` gives the string inside;
                // int and float have no `__str__`, so `object.__str__` gives the repr.
                if scalar_base(value).is_some() {
                    let object_str = self.types.object.dict.borrow().get("__str__").cloned();
                    let method = instance.class().lookup("__str__");
                    if method.is_none()
                        || object_str.is_some_and(|o| method.is_some_and(|m| m.is(&o)))
                    {
                        return self.repr(value);
                    }
                    let result = self
                        .call_special(value, "__str__", Vec::new())?
                        .unwrap_or(Value::None);
                    return self.expect_str(result, "__str__");
                }
                if instance.class().layout == Layout::Exception {
                    return self.exception_str(value);
                }
                self.repr(value)
            }
            _ => self.repr(value),
        }
    }

    fn expect_str(&mut self, result: Value, method: &str) -> PResult<String> {
        match &result {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => {
                let name = self.type_name(other);
                Err(self.type_error(format!("{method} returned non-string (type {name})")))
            }
        }
    }

    /// `repr(value)`.
    pub fn repr(&mut self, value: &Value) -> PResult<String> {
        self.native_recursion(
            super::recursion::REPR_LIMIT,
            " while getting the repr of an object",
            |vm| vm.repr_one_level(value),
        )
    }

    /// `repr(value)`, for what it contains calling [`Vm::repr`] (which counts the nesting).
    fn repr_one_level(&mut self, value: &Value) -> PResult<String> {
        Ok(match value {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(_) => {
                let int = to_int(value).expect("an int");
                int.to_str().or_raise(self)?
            }
            Value::Float(x) => format::float_repr(*x),
            Value::Str(s) => strings::repr_str(s.as_str()),
            Value::Tuple(items) => {
                if items.len() == 1 {
                    format!("({},)", self.repr(&items[0])?)
                } else {
                    format!("({})", self.join_reprs(value, items)?)
                }
            }
            Value::List(items) => {
                let items = items.borrow().clone();
                format!("[{}]", self.join_reprs(value, &items)?)
            }
            Value::Dict(dict) => {
                if !self.enter_repr(value) {
                    return Ok("{...}".into());
                }
                let items = dict.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                for (key, val) in &items {
                    let key = self.repr(key);
                    let val = self.repr(val);
                    match (key, val) {
                        (Ok(key), Ok(val)) => parts.push(format!("{key}: {val}")),
                        (Err(e), _) | (_, Err(e)) => {
                            self.leave_repr(value);
                            return Err(e);
                        }
                    }
                }
                self.leave_repr(value);
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(set) => {
                let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
                let name = if set.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = self.join_reprs(value, &items)?;
                if set.frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Value::Range(range) => {
                if range.step == 1 {
                    format!("range({}, {})", range.start, range.stop)
                } else {
                    format!("range({}, {}, {})", range.start, range.stop, range.step)
                }
            }
            Value::Slice(parts) => {
                let [start, stop, step] = &**parts;
                format!(
                    "slice({}, {}, {})",
                    self.repr(start)?,
                    self.repr(stop)?,
                    self.repr(step)?
                )
            }
            Value::Function(function) => {
                format!(
                    "<function {} at {}>",
                    function.qualname.borrow(),
                    address(value)
                )
            }
            Value::Builtin(builtin) => match &builtin.this {
                Some(this) if !matches!(this, Value::Module(_)) => {
                    let type_name = self.type_name(this);
                    format!(
                        "<built-in method {} of {type_name} object at {}>",
                        builtin.name,
                        address(this)
                    )
                }
                _ => format!("<built-in function {}>", builtin.name),
            },
            Value::BoundMethod(method) => {
                let name = match &method.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self.repr(other)?,
                };
                format!(
                    "<bound method {name} of {}>",
                    self.repr(&method.this.clone())?
                )
            }
            Value::Class(class)
                if let Some(meta) = &class.metaclass
                    && let Some(method @ Value::Function(_)) = meta.lookup("__repr__") =>
            {
                let bound = self.bind(method, value.clone());
                let text = self.call(&bound, Vec::new())?;
                match &text {
                    Value::Str(text) => text.as_str().to_string(),
                    other => {
                        let kind = self.type_name(other);
                        return Err(
                            self.type_error(format!("__repr__ returned non-string (type {kind})"))
                        );
                    }
                }
            }
            Value::Class(class) => {
                if &*class.module == "builtins" {
                    format!("<class '{}'>", class.qualname)
                } else {
                    format!("<class '{}.{}'>", class.module, class.qualname)
                }
            }
            Value::Module(module) => format!("<module '{}'>", module.name),
            Value::Cell(_) => format!("<cell at {}>", address(value)),
            Value::Generator(generator) => {
                let kind = match generator.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!(
                    "<{kind} object {} at {}>",
                    generator.qualname,
                    address(value)
                )
            }
            Value::Iterator(_) => {
                let name = self.type_name(value);
                format!("<{name} object at {}>", address(value))
            }
            Value::Instance(instance) => {
                if let Some(method) = instance.class().lookup("__repr__")
                    && !matches!(method, Value::Builtin(_))
                {
                    let bound = self.bind(method, value.clone());
                    let result = self.call(&bound, Vec::new())?;
                    return self.expect_str(result, "__repr__");
                }
                if let Some(base) = &instance.base {
                    let base = base.clone();
                    let text = self.repr(&base)?;
                    // A set subclass's repr names its class: `Tags({'a'})`.
                    if let Value::Set(set) = &base {
                        let inner = text
                            .strip_prefix(if set.frozen { "frozenset(" } else { "set(" })
                            .and_then(|rest| rest.strip_suffix(')'))
                            .unwrap_or(&text);
                        return Ok(format!("{}({inner})", instance.class().name));
                    }
                    return Ok(text);
                }
                if instance.class().layout == Layout::Exception {
                    return self.exception_repr(value);
                }
                let class = &instance.class();
                let module = match class.dict.borrow().get("__module__") {
                    Some(Value::Str(m)) => m.as_str().to_string(),
                    _ => class.module.to_string(),
                };
                format!("<{module}.{} object at {}>", class.qualname, address(value))
            }
            Value::Native(native) if let Some(z) = native.as_any().downcast_ref::<Complex>() => {
                complex::repr((z.re, z.im))
            }
            Value::Native(_) => {
                if let Some(result) = self.call_special(value, "__repr__", Vec::new())? {
                    return self.expect_str(result, "__repr__");
                }
                let class = self.class_of(value);
                format!(
                    "<{}.{} object at {}>",
                    class.module,
                    class.qualname,
                    address(value)
                )
            }
        })
    }

    fn join_reprs(&mut self, container: &Value, items: &[Value]) -> PResult<String> {
        if !self.enter_repr(container) {
            return Ok("...".into());
        }
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            match self.repr(item) {
                Ok(text) => parts.push(text),
                Err(error) => {
                    self.leave_repr(container);
                    return Err(error);
                }
            }
        }
        self.leave_repr(container);
        Ok(parts.join(", "))
    }

    /// Guards against infinite recursion in `repr` of self-containing containers.
    fn enter_repr(&mut self, container: &Value) -> bool {
        let Some(address) = container.address() else {
            return true;
        };
        if self.repr_stack.contains(&address) {
            return false;
        }
        self.repr_stack.push(address);
        true
    }

    fn leave_repr(&mut self, container: &Value) {
        if let Some(address) = container.address() {
            self.repr_stack.retain(|&a| a != address);
        }
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: &Value, spec: &str) -> PResult<String> {
        let result = match value {
            Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.to_string()),
            // An empty spec is `str()`: the common f-string case skips the spec machinery.
            Value::Int(i) if spec.is_empty() => Ok(itoa::Buffer::new().format(*i).to_owned()),
            Value::Str(s) if spec.is_empty() => Ok(s.as_str().to_string()),
            // The specs f-strings mostly write (`>6`, `02d`, `<4`), without the full parser.
            Value::Int(i) if let Some(text) = format::quick_int(*i, spec) => Ok(text),
            Value::Str(s) if let Some(text) = format::quick_str(s.as_str(), spec) => Ok(text),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let int = to_int(value).expect("an int");
                let digits = int.abs().to_str().or_raise(self)?;
                format::format_int(int.is_negative(), &digits, spec)
            }
            Value::Float(x) => format::format_float(*x, spec),
            Value::Str(s) => format::format_str(s.as_str(), spec),
            Value::Native(native) if let Some(z) = native.as_any().downcast_ref::<Complex>() => {
                format::format_complex(z.re, z.im, spec)
            }
            Value::Instance(instance)
                if let Some(base) = scalar_base(value)
                    && instance
                        .class()
                        .lookup("__format__")
                        .is_some_and(|m| matches!(m, Value::Builtin(_))) =>
            {
                // An empty spec is `str(value)`, which the subclass may define.
                if spec.is_empty() {
                    return self.str(value);
                }
                return self.format(&base.clone(), spec);
            }
            Value::Instance(instance)
                if instance
                    .class()
                    .lookup("__format__")
                    .is_some_and(|m| !matches!(m, Value::Builtin(_))) =>
            {
                let result = self
                    .call_special(value, "__format__", vec![Value::str(spec)])?
                    .unwrap_or(Value::None);
                return match &result {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => {
                        let name = self.type_name(other);
                        Err(self.type_error(format!("__format__ must return a str, not {name}")))
                    }
                };
            }
            other => {
                if spec.is_empty() {
                    return self.str(other);
                }
                let name = self.type_name(other);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {name}.__format__"
                )));
            }
        };
        result.or_raise(self)
    }

    /// `hash(value)`.
    pub fn hash(&mut self, value: &Value) -> PResult<i64> {
        Ok(match value {
            Value::None => NONE_HASH,
            Value::Bool(b) => *b as i64,
            Value::Int(_) | Value::BigInt(_) => to_int(value).expect("an int").hash(),
            Value::Float(x) => pycore::int::hash_float(*x),
            Value::Str(s) => s.hash(),
            Value::Tuple(items) => {
                // CPython hashes nested tuples with no recursion limit: so here, but on a
                // fresh stack segment when the current one runs low.
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                        self.hash(item)
                    })?);
                }
                tuple_hash(&hashes)
            }
            // From the hashes the table stores, as CPython's frozenset_hash does.
            Value::Set(set) if set.frozen => set.table.borrow().frozenset_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                let name = self.type_name(value);
                return Err(self.type_error(format!("unhashable type: '{name}'")));
            }
            Value::Instance(instance) => {
                let class = instance.class();
                match class.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", class.name)));
                    }
                    Some(method @ Value::Function(_)) => {
                        let bound = self.bind(method, value.clone());
                        let result = self.call(&bound, Vec::new())?;
                        match to_int(&result) {
                            Some(int) => {
                                let h = int.hash();
                                if h == -1 { -2 } else { h }
                            }
                            None => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                );
                            }
                        }
                    }
                    // A tuple subclass hashes as its tuple.
                    _ if let Some(base @ Value::Tuple(_)) = &instance.base => self.hash(base)?,
                    _ if let Some(base @ Value::Set(set)) = &instance.base
                        && set.frozen =>
                    {
                        self.hash(base)?
                    }
                    // So does a subclass of str, int or float.
                    Some(Value::Builtin(_)) if let Some(base) = scalar_base(value) => {
                        self.hash(&base.clone())?
                    }
                    _ => {
                        // A class that defines __eq__ without __hash__ is unhashable.
                        let defines_eq = class
                            .linearization()
                            .take_while(|c| c.layout != Layout::Builtin && &*c.name != "object")
                            .any(|c| {
                                c.dict.borrow().contains_key("__eq__")
                                    && !c.dict.borrow().contains_key("__hash__")
                            });
                        if defines_eq {
                            return Err(
                                self.type_error(format!("unhashable type: '{}'", class.name))
                            );
                        }
                        identity_hash(value)
                    }
                }
            }
            Value::Native(native) if let Some(z) = native.as_any().downcast_ref::<Complex>() => {
                complex::hash((z.re, z.im))
            }
            // bytes hash by contents; bytearray is unhashable.
            Value::Native(_) if super::super::builtins::bytes::is_bytes_like(value) => {
                let hashable =
                    !matches!(self.class_of(value).lookup("__hash__"), Some(Value::None));
                let hash = if hashable {
                    self.call_special(value, "__hash__", Vec::new())?
                } else {
                    None
                };
                match hash {
                    Some(Value::Int(hash)) => hash,
                    _ => {
                        let name = self.type_name(value);
                        return Err(self.type_error(format!("unhashable type: '{name}'")));
                    }
                }
            }
            other => identity_hash(other),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PResult<bool> {
        if let Some(equal) = super::super::dict::native_eq(a, b)
            && (!matches!(a, Value::Instance(_) | Value::Native(_)) || equal)
        {
            return Ok(equal);
        }
        if a.is(b) {
            return Ok(true);
        }
        let result = ops::compare(self, Comparison::Eq, a, b)?;
        self.truthy(&result)
    }

    /// A property descriptor's getter result, or the value itself.
    pub fn resolve_property(&mut self, this: &Value, attribute: Value) -> PResult<Value> {
        if let Some(property) = attribute.native::<Property>() {
            let getter = property.fget.clone();
            return self.call(&getter, vec![this.clone()]);
        }
        Ok(attribute)
    }

    /// An index for sequences: an int, or an object with `__index__`.
    pub fn index(&mut self, value: &Value) -> PResult<i64> {
        if let Some(int) = to_int(value) {
            return int.to_i64().ok_or_else(|| {
                self.error("IndexError", "cannot fit 'int' into an index-sized integer")
            });
        }
        if let Some(result) = self.call_special(value, "__index__", Vec::new())?
            && let Some(int) = to_int(&result).and_then(|i| i.to_i64())
        {
            return Ok(int);
        }
        let name = self.type_name(value);
        Err(self.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )))
    }

    pub fn flow_is(&self, flow: &Flow, name: &str) -> bool {
        matches!(flow, Flow::Exception(e) if self.is_exception(e, name))
    }
}

/// A stand-in for an object's address in reprs (`0x7f...`), from its identity.
pub fn address(value: &Value) -> String {
    format!("{:#x}", value.address().unwrap_or(0))
}

fn identity_hash(value: &Value) -> i64 {
    let address = value.address().unwrap_or(0);
    // CPython rotates the pointer by 4 bits.
    (address.rotate_right(4) as i64) & ((1 << 61) - 1)
}
