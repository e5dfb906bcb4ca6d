//! The instructions of the `match` statement (CPython 3.12's `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and `GET_LEN`).

use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Class, Instance, Value};
use super::Vm;

/// The collections.abc classes whose subclasses a sequence or mapping pattern matches
/// (CPython marks them with `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`).
const SEQUENCE_ABCS: [&str; 2] = ["Sequence", "MutableSequence"];
const MAPPING_ABCS: [&str; 2] = ["Mapping", "MutableMapping"];

fn has_abc(class: &Rc<Class>, names: &[&str]) -> bool {
    class.linearization().any(|c| {
        names.contains(&&*c.name) && matches!(&*c.module, "collections.abc" | "_collections_abc")
    })
}

impl Vm {
    /// Whether a sequence pattern may match `subject`: lists, tuples, ranges, `deque`s and
    /// `collections.abc.Sequence`s, but never `str`, `bytes` or `bytearray`.
    pub(crate) fn matches_sequence(&self, subject: &Value) -> bool {
        match subject {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(instance) => {
                if let Some(base) = Instance::builtin_base(subject) {
                    return matches!(base, Value::List(_) | Value::Tuple(_));
                }
                let class = instance.class();
                has_abc(&class, &SEQUENCE_ABCS)
                    || class
                        .linearization()
                        .any(|c| &*c.name == "deque" && &*c.module == "collections")
            }
            _ => false,
        }
    }

    /// Whether a mapping pattern may match `subject`: dicts and `collections.abc.Mapping`s.
    pub(crate) fn matches_mapping(&self, subject: &Value) -> bool {
        match subject {
            Value::Dict(_) => true,
            Value::Instance(instance) => {
                matches!(Instance::builtin_base(subject), Some(Value::Dict(_)))
                    || has_abc(&instance.class(), &MAPPING_ABCS)
            }
            _ => false,
        }
    }

    /// The values of `keys` in the mapping `subject` (through its `get`, so a `defaultdict`
    /// makes no entry), or `None` if one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PResult<Value> {
        let keys = match keys {
            Value::Tuple(keys) => keys.to_vec(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = self.getattr(subject, "get")?;
        let missing = Value::Instance(Rc::new(Instance::new(self.types.object.clone())));
        let mut seen: Vec<Value> = Vec::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            for other in &seen {
                if self.eq(other, &key)? {
                    let repr = self.repr(&key)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({repr})"))
                    );
                }
            }
            let value = self.call(&get, vec![key.clone(), missing.clone()])?;
            if value.is(&missing) {
                return Ok(Value::None);
            }
            seen.push(key);
            values.push(value);
        }
        Ok(Value::tuple(values))
    }

    /// The attributes a class pattern `cls(p1, ..., name=q, ...)` matches against, in order
    /// (positional ones named by `cls.__match_args__`), or `None` when `subject` is not an
    /// instance of `cls` or lacks one of them.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        nargs: usize,
    ) -> PResult<Value> {
        let Value::Class(class) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        let is_instance = self.class_of(subject).is_subclass_of(class)
            || super::super::builtins::functions::metaclass_check(
                self,
                class,
                "__instancecheck__",
                subject,
            )?;
        if !is_instance {
            return Ok(Value::None);
        }
        let keywords: Vec<Value> = match names {
            Value::Tuple(names) => names.to_vec(),
            _ => Vec::new(),
        };
        let mut seen: Vec<Rc<str>> = Vec::new();
        let mut attributes = Vec::with_capacity(nargs + keywords.len());
        if nargs > 0 {
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            let positional: Vec<Value> = match &match_args {
                Some(Value::Tuple(items)) => items.to_vec(),
                Some(other) => {
                    let kind = self.type_name(other);
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {kind})",
                        class.name
                    )));
                }
                None if self_matching(self, class) => {
                    if nargs > 1 {
                        return Err(self.type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({nargs} given)",
                            class.name
                        )));
                    }
                    attributes.push(subject.clone());
                    Vec::new()
                }
                None => Vec::new(),
            };
            if attributes.is_empty() {
                if nargs > positional.len() {
                    let allowed = positional.len();
                    return Err(self.type_error(format!(
                        "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                        class.name,
                        if allowed == 1 { "" } else { "s" }
                    )));
                }
                for name in &positional[..nargs] {
                    let Value::Str(name) = name else {
                        let kind = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {kind})"
                        )));
                    };
                    let name: Rc<str> = Rc::from(name.as_str());
                    match self.match_attribute(subject, &name, &mut seen, class)? {
                        Some(value) => attributes.push(value),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in keywords {
            let Value::Str(name) = &name else { continue };
            let name: Rc<str> = Rc::from(name.as_str());
            match self.match_attribute(subject, &name, &mut seen, class)? {
                Some(value) => attributes.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attributes))
    }

    /// `getattr(subject, name)` for a class pattern: `None` if it has no such attribute.
    fn match_attribute(
        &mut self,
        subject: &Value,
        name: &Rc<str>,
        seen: &mut Vec<Rc<str>>,
        class: &Rc<Class>,
    ) -> PResult<Option<Value>> {
        if seen.contains(name) {
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                class.name
            )));
        }
        seen.push(name.clone());
        match self.getattr(subject, name) {
            Ok(value) => Ok(Some(value)),
            Err(flow) if self.flow_is(&flow, "AttributeError") => Ok(None),
            Err(flow) => Err(flow),
        }
    }
}

/// The builtin types whose instances a single positional sub-pattern matches whole
/// (`case int(n):`).
fn self_matching(vm: &Vm, class: &Rc<Class>) -> bool {
    let types = &vm.types;
    [
        &types.bool,
        &types.int,
        &types.float,
        &types.str,
        &types.tuple,
        &types.list,
        &types.dict,
        &types.set,
        &types.frozenset,
    ]
    .iter()
    .any(|builtin| class.is_subclass_of(builtin))
        || class
            .linearization()
            .any(|c| matches!(&*c.name, "bytes" | "bytearray") && &*c.module == "builtins")
}
