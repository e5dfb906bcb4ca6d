//! The builtin classes: `object`, `type`, `int`, `str`, ..., and the exception hierarchy.
//! Their methods are added by the builtins modules when the VM starts.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::super::exceptions::{BUILTIN_EXCEPTIONS, EXCEPTION_GROUP_BASES};
use super::super::value::{Class, DictPart, Iter, Layout, Namespace, Value};

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub iterator: Rc<Class>,
    /// The classes `type()` reports for builtin iterators (`list_iterator`, ...), all
    /// subclasses of `iterator` (which has their methods).
    pub iterator_kinds: HashMap<&'static str, Rc<Class>>,
    pub property: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// `list[int]` and `int | None` (`types.GenericAlias`, `types.UnionType`).
    pub generic_alias: Rc<Class>,
    pub union_type: Rc<Class>,
    /// A class's `__dict__`.
    pub mappingproxy: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    exceptions: HashMap<&'static str, Rc<Class>>,
}

/// The names of builtin iterator classes, as CPython 3.12 calls them.
const ITERATOR_KINDS: [&str; 16] = [
    "map",
    "filter",
    "zip",
    "enumerate",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "callable_iterator",
];

/// Which of [`ITERATOR_KINDS`] an iterator is (`None`: the plain `iterator`).
fn iterator_kind(state: &Iter) -> Option<&'static str> {
    Some(match state {
        Iter::Map { .. } => "map",
        Iter::Filter { .. } => "filter",
        Iter::Zip { .. } => "zip",
        Iter::Enumerate { .. } => "enumerate",
        Iter::Seq {
            items: Value::List(_),
            ..
        }
        | Iter::DequeSnapshot { .. } => "list_iterator",
        Iter::Seq {
            items: Value::Tuple(_),
            ..
        } => "tuple_iterator",
        Iter::Str { text, .. } if text.as_str().is_ascii() => "str_ascii_iterator",
        Iter::Str { .. } => "str_iterator",
        Iter::Range { .. } => "range_iterator",
        Iter::DictKeys { what, .. } => match what {
            DictPart::Keys => "dict_keyiterator",
            DictPart::Values => "dict_valueiterator",
            DictPart::Items => "dict_itemiterator",
        },
        Iter::SetItems { .. } => "set_iterator",
        Iter::Reversed {
            items: Value::List(_),
            ..
        } => "list_reverseiterator",
        Iter::Reversed { .. } => "reversed",
        Iter::Callable { .. } => "callable_iterator",
        _ => return None,
    })
}

/// A builtin class with the given bases.
pub fn builtin_class(name: &str, module: &str, bases: Vec<Rc<Class>>, layout: Layout) -> Rc<Class> {
    let mro = linearize(&bases).unwrap_or_else(|_| bases.clone());
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro,
        dict: RefCell::new(Namespace::default()),
        layout,
        abstract_builtin: false,
        slots: None,
        metaclass: None,
        init_cache: Default::default(),
    })
}

/// C3 linearization of the bases' MROs (the MRO after the class itself), or, when the bases
/// admit no consistent order, the heads of the sequences left to merge (without repeats,
/// which CPython's error message names).
pub fn linearize(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut sequences: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|base| base.linearization().cloned().collect())
        .collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().find_map(|seq| {
            let head = &seq[0];
            let in_tail = sequences
                .iter()
                .any(|other| other[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for seq in &sequences {
                if !heads.iter().any(|c| Rc::ptr_eq(c, &seq[0])) {
                    heads.push(seq[0].clone());
                }
            }
            return Err(heads);
        };
        for seq in &mut sequences {
            if Rc::ptr_eq(&seq[0], &candidate) {
                seq.remove(0);
            }
        }
        result.push(candidate);
    }
}

impl Types {
    pub fn new() -> Types {
        let object = Rc::new(Class {
            name: Rc::from("object"),
            qualname: Rc::from("object"),
            module: Rc::from("builtins"),
            bases: Vec::new(),
            mro: Vec::new(),
            dict: RefCell::new(Namespace::default()),
            layout: Layout::Object,
            abstract_builtin: false,
            // `object()` has no `__dict__`: nothing can be set on it.
            slots: Some(Vec::new()),
            metaclass: None,
            init_cache: Default::default(),
        });
        let simple =
            |name: &str| builtin_class(name, "builtins", vec![object.clone()], Layout::Builtin);
        let int = simple("int");
        let bool_ = builtin_class("bool", "builtins", vec![int.clone()], Layout::Builtin);
        let hidden = |name: &str| {
            let class = simple(name);
            let mut class = Rc::try_unwrap(class).ok().expect("fresh class");
            class.abstract_builtin = true;
            Rc::new(class)
        };

        let mut exceptions: HashMap<&'static str, Rc<Class>> = HashMap::new();
        for (name, base) in BUILTIN_EXCEPTIONS {
            let base = if *base == "object" {
                object.clone()
            } else {
                exceptions[base].clone()
            };
            exceptions.insert(
                name,
                builtin_class(name, "builtins", vec![base], Layout::Exception),
            );
        }
        let group_bases = EXCEPTION_GROUP_BASES
            .iter()
            .map(|b| exceptions[b].clone())
            .collect();
        exceptions.insert(
            "ExceptionGroup",
            builtin_class("ExceptionGroup", "builtins", group_bases, Layout::Exception),
        );

        let iterator = hidden("iterator");
        let mut iterator_kinds = HashMap::new();
        for name in ITERATOR_KINDS {
            let mut class = Rc::try_unwrap(builtin_class(
                name,
                "builtins",
                vec![iterator.clone()],
                Layout::Builtin,
            ))
            .ok()
            .expect("fresh class");
            class.abstract_builtin = true;
            iterator_kinds.insert(name, Rc::new(class));
        }

        Types {
            type_: simple("type"),
            none: simple("NoneType"),
            not_implemented: simple("NotImplementedType"),
            ellipsis: simple("ellipsis"),
            bool: bool_,
            int,
            float: simple("float"),
            complex: simple("complex"),
            str: simple("str"),
            tuple: simple("tuple"),
            list: simple("list"),
            dict: simple("dict"),
            set: simple("set"),
            frozenset: simple("frozenset"),
            range: simple("range"),
            slice: simple("slice"),
            function: hidden("function"),
            builtin_function: hidden("builtin_function_or_method"),
            method: hidden("method"),
            module: hidden("module"),
            cell: hidden("cell"),
            generator: hidden("generator"),
            coroutine: hidden("coroutine"),
            async_generator: hidden("async_generator"),
            iterator,
            iterator_kinds,
            property: simple("property"),
            classmethod: simple("classmethod"),
            staticmethod: simple("staticmethod"),
            super_: simple("super"),
            generic_alias: builtin_class(
                "GenericAlias",
                "types",
                vec![object.clone()],
                Layout::Builtin,
            ),
            union_type: builtin_class("UnionType", "types", vec![object.clone()], Layout::Builtin),
            mappingproxy: hidden("mappingproxy"),
            bytes: simple("bytes"),
            bytearray: simple("bytearray"),
            exceptions,
            object,
        }
    }

    /// A builtin exception class by name (`"ValueError"`).
    pub fn exception(&self, name: &str) -> Rc<Class> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} is a builtin exception"))
    }

    /// Every builtin exception class, for the `builtins` namespace.
    pub fn exceptions(&self) -> impl Iterator<Item = (&&'static str, &Rc<Class>)> {
        self.exceptions.iter()
    }

    /// The builtin classes exposed as names in `builtins`.
    pub fn named(&self) -> Vec<(&'static str, Rc<Class>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("bool", self.bool.clone()),
            ("int", self.int.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("bytes", self.bytes.clone()),
            ("bytearray", self.bytearray.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("classmethod", self.classmethod.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("super", self.super_.clone()),
        ]
    }

    /// The class of a value (`type(value)`).
    pub fn class_of(&self, value: &Value, vm: &super::Vm) -> Rc<Class> {
        match value {
            Value::None => self.none.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
            Value::Bool(_) => self.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(set) => {
                if set.frozen {
                    self.frozenset.clone()
                } else {
                    self.set.clone()
                }
            }
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::BoundMethod(_) => self.method.clone(),
            Value::Class(class) => class
                .metaclass
                .clone()
                .unwrap_or_else(|| self.type_.clone()),
            Value::Instance(instance) => instance.class(),
            Value::Module(_) => self.module.clone(),
            Value::Cell(_) => self.cell.clone(),
            Value::Generator(generator) => match generator.kind {
                super::super::value::GenKind::Generator => self.generator.clone(),
                super::super::value::GenKind::Coroutine => self.coroutine.clone(),
                super::super::value::GenKind::AsyncGenerator => self.async_generator.clone(),
            },
            Value::Iterator(state) => {
                let kind = state.try_borrow().ok().and_then(|s| iterator_kind(&s));
                match kind {
                    Some(kind) => self.iterator_kinds[kind].clone(),
                    None => self.iterator.clone(),
                }
            }
            Value::Native(native) => native.class(vm),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
