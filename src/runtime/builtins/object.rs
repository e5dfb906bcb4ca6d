//! `object` and `type`: the defaults every class inherits, and classes as objects.

use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Class, Instance, Layout, Value};
use super::super::vm::Vm;
use super::super::vm::types::linearize;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    add_method(&object, "__new__", object_new);
    add_method(&object, "__init__", object_init);
    add_method(&object, "__eq__", object_eq);
    add_method(&object, "__ne__", object_ne);
    add_method(&object, "__hash__", object_hash);
    add_method(&object, "__repr__", object_repr);
    add_method(&object, "__str__", object_str);
    add_method(&object, "__format__", object_format);
    add_method(&object, "__setattr__", object_setattr);
    add_method(&object, "__getattribute__", object_getattribute);
    add_method(&object, "__delattr__", object_delattr);
    add_method(&object, "__init_subclass__", object_init_subclass);
    add_method(&object, "__dir__", object_dir);

    let type_ = vm.types.type_.clone();
    add_method(&type_, "__new__", type_new);
    add_method(&type_, "__init__", type_init);
    add_method(&type_, "__call__", type_call);
    add_method(&type_, "__setattr__", type_setattr);
    add_method(&type_, "mro", type_mro);
    add_method(&type_, "__subclasses__", type_subclasses);
    add_method(&type_, "__instancecheck__", type_instancecheck);
    add_method(&type_, "__subclasscheck__", type_subclasscheck);

    // `type(None)()` and friends give the singleton.
    add_method(&vm.types.none.clone(), "__new__", singleton_new);
    add_method(&vm.types.ellipsis.clone(), "__new__", singleton_new);
    add_method(&vm.types.not_implemented.clone(), "__new__", singleton_new);
}

/// `NoneType.__new__(cls)`, `ellipsis.__new__(cls)`, `NotImplementedType.__new__(cls)`.
fn singleton_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Some(Value::Class(class)) = args.positional.first() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    if args.positional.len() > 1 || !args.keywords.is_empty() {
        return Err(vm.type_error(format!("{} takes no arguments", class.name)));
    }
    Ok(if Rc::ptr_eq(class, &vm.types.ellipsis) {
        Value::Ellipsis
    } else if Rc::ptr_eq(class, &vm.types.not_implemented) {
        Value::NotImplemented
    } else {
        Value::None
    })
}

/// `object.__new__(cls)`: a plain instance.
fn object_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Some(Value::Class(class)) = args.positional.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if class.abstract_builtin || class.layout == Layout::Builtin {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class.name, class.name
        )));
    }
    refuse_abstract(vm, class)?;
    let instance = Instance::new(class.clone());
    if let Some(data) = &instance.exception {
        data.borrow_mut().args = args.positional[1..].to_vec();
    }
    Ok(Value::Instance(Rc::new(instance)))
}

/// CPython's error for instantiating a class whose `__abstractmethods__` (set by
/// `abc.ABCMeta`) is not empty.
pub fn refuse_abstract(vm: &mut Vm, class: &Rc<Class>) -> PResult<()> {
    let Some(abstracts) = class.lookup("__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = Vec::new();
    for name in vm.collect(&abstracts)? {
        names.push(vm.str(&name)?.as_str().to_string());
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{plural} {}",
        class.name,
        quoted.join(", ")
    )))
}

fn object_init(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    // Excess arguments are rejected by `instantiate`, which knows whether `__new__` or
    // `__init__` was overridden.
    Ok(Value::None)
}

fn object_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__eq__")?;
    const EQ: Signature<1, 0> = Signature::new(
        "object.__eq__",
        Convention::Slot,
        [Param::positional_only("other")],
        [],
    );
    let Bound {
        required: [other], ..
    } = EQ.bind(vm, args)?;
    Ok(if me.is(&other) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__ne__")?;
    const NE: Signature<1, 0> = Signature::new(
        "object.__ne__",
        Convention::Slot,
        [Param::positional_only("other")],
        [],
    );
    let Bound {
        required: [other], ..
    } = NE.bind(vm, args)?;
    // `!=` is the inverse of whatever `__eq__` says.
    match vm.call_special(&me, "__eq__", vec![other])? {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(result) => Ok(Value::Bool(!vm.truthy(&result)?)),
    }
}

fn object_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "object.__hash__")?;
    let address = me.address().unwrap_or(0);
    Ok(Value::Int(
        (address.rotate_right(4) as i64) & ((1 << 61) - 1),
    ))
}

fn object_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "object.__repr__")?;
    let class = vm.class_of(&me);
    let module = match class.dict.borrow().get("__module__") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => class.module.to_string(),
    };
    let prefix = if module == "builtins" {
        String::new()
    } else {
        format!("{module}.")
    };
    Ok(Value::str(format!(
        "<{prefix}{} object at {}>",
        class.qualname,
        super::super::vm::address(&me)
    )))
}

fn object_str(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "object.__str__")?;
    Ok(Value::str(vm.repr(&me)?))
}

fn object_format(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__format__")?;
    const FORMAT: Signature<1, 0> = Signature::new(
        "object.__format__",
        Convention::Fixed,
        [Param::positional_only("format_spec")],
        [],
    );
    let Bound {
        required: [format_spec],
        ..
    } = FORMAT.bind(vm, args)?;
    let spec = super::expect_str(vm, &format_spec, "format_spec")?;
    if !spec.as_str().is_empty() {
        let name = vm.type_name(&me);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {name}.__format__"
        )));
    }
    Ok(Value::str(vm.str(&me)?))
}

fn object_setattr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__setattr__")?;
    const SETATTR: Signature<2, 0> = Signature::new(
        "object.__setattr__",
        Convention::SlotUnpacked,
        [
            Param::positional_only("name"),
            Param::positional_only("value"),
        ],
        [],
    );
    let Bound {
        required: [name, value],
        ..
    } = SETATTR.bind(vm, args)?;
    let name = super::expect_str(vm, &name, "attribute name")?;
    match &me {
        // The generic way, not the class's own `__setattr__` (which is calling us).
        Value::Instance(instance) => vm.generic_setattr(&me, instance, name.as_str(), value)?,
        other => vm.setattr(other, name.as_str(), value)?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__getattribute__")?;
    const GETATTRIBUTE: Signature<1, 0> = Signature::new(
        "object.__getattribute__",
        Convention::Slot,
        [Param::positional_only("name")],
        [],
    );
    let Bound {
        required: [name], ..
    } = GETATTRIBUTE.bind(vm, args)?;
    let name = super::expect_str(vm, &name, "attribute name")?;
    match &me {
        // Without the class's own `__getattribute__` and `__getattr__`.
        Value::Instance(instance) => {
            let class = instance.class();
            match vm.generic_getattr(&me, instance, &class, name.as_str(), None)? {
                Some(value) => Ok(value),
                None => Err(vm.attribute_error(&me, name.as_str())),
            }
        }
        other => vm.getattr(other, name.as_str()),
    }
}

fn object_delattr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "object.__delattr__")?;
    const DELATTR: Signature<1, 0> = Signature::new(
        "object.__delattr__",
        Convention::Slot,
        [Param::positional_only("name")],
        [],
    );
    let Bound {
        required: [name], ..
    } = DELATTR.bind(vm, args)?;
    let name = super::expect_str(vm, &name, "attribute name")?;
    match &me {
        Value::Instance(instance) => vm.generic_delattr(&me, instance, name.as_str())?,
        other => vm.delattr(other, name.as_str())?,
    }
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "object.__dir__")?;
    let mut names: Vec<String> = Vec::new();
    if let Value::Instance(instance) = &me {
        names.extend(
            instance
                .dict
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(str::to_string)),
        );
    }
    let class = match &me {
        Value::Class(class) => class.clone(),
        other => vm.class_of(other),
    };
    for c in class.linearization() {
        names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// `type.__init__`: the class is made by `__new__`; a metaclass's `__init__` may call this.
fn type_init(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    Ok(Value::None)
}

/// `type.__setattr__(cls, name, value)`: sets a class attribute (a metaclass's own
/// `__setattr__` calls this).
fn type_setattr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "type.__setattr__")?;
    let [name, value]: [Value; 2] = match args.positional.try_into() {
        Ok(pair) if args.keywords.is_empty() => pair,
        _ => return Err(vm.type_error("expected 2 arguments")),
    };
    let name = super::expect_str(vm, &name, "attribute name")?;
    match &me {
        Value::Class(class) => vm.set_class_attribute(class, name.as_str(), value),
        other => vm.setattr(other, name.as_str(), value)?,
    }
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: makes an instance (a metaclass's `__call__` calls this through
/// `super()`).
fn type_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "type.__call__")?;
    let Value::Class(class) = &me else {
        let kind = vm.type_name(&me);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{kind}'"
        )));
    };
    vm.instantiate(class, args)
}

/// `type(x)` gives the class; `type(name, bases, dict)` makes one.
fn type_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let keywords = std::mem::take(&mut args.keywords);
    let positional = &args.positional;
    if positional.len() != 4 && !keywords.is_empty() {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    match positional.len() {
        2 => Ok(Value::Class(vm.class_of(&positional[1]))),
        4 => {
            let name = super::expect_str(vm, &positional[1], "type.__new__() argument 1")?;
            let bases = match &positional[2] {
                Value::Tuple(items) => items.to_vec(),
                _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple")),
            };
            let Value::Dict(namespace) = &positional[3] else {
                return Err(vm.type_error("type.__new__() argument 3 must be dict"));
            };
            let mut dict = super::super::value::Namespace::default();
            for entry in namespace.borrow().iter() {
                if let Value::Str(key) = &entry.key {
                    dict.insert(Rc::from(key.as_str()), entry.value.clone());
                }
            }
            let order: Vec<Rc<str>> = namespace
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(Rc::from))
                .collect();
            // `type.__new__(Meta, ...)` from a metaclass makes an instance of `Meta`.
            let requested = match &positional[0] {
                Value::Class(meta) if !Rc::ptr_eq(meta, &vm.types.type_) => Some(meta.clone()),
                _ => None,
            };
            let qualname = match &dict.remove("__qualname__") {
                Some(Value::Str(q)) => q.as_str().to_string(),
                _ => name.as_str().to_string(),
            };
            let module = match dict.get("__module__") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => "__main__".to_string(),
            };
            let class = new_class_of(
                vm,
                requested,
                name.as_str(),
                &qualname,
                bases,
                dict,
                &module,
            )?;
            vm.invalidate_class_caches();
            call_set_names(vm, &class, &order)?;
            init_subclass(
                vm,
                &class,
                Args {
                    positional: Vec::new(),
                    keywords,
                },
            )?;
            Ok(Value::Class(class))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// A new class: checks the bases, computes the MRO and the instance layout.
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    dict: super::super::value::Namespace,
    module: &str,
) -> PResult<Rc<Class>> {
    new_class_of(vm, None, name, qualname, bases, dict, module)
}

/// A new class whose metaclass is `requested` (or `type`) unless a base's is more derived.
pub fn new_class_of(
    vm: &mut Vm,
    requested: Option<Rc<Class>>,
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    dict: super::super::value::Namespace,
    module: &str,
) -> PResult<Rc<Class>> {
    // `__init_subclass__` and `__class_getitem__` are implicit classmethods (`type.__new__`).
    let mut dict = dict;
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(func @ Value::Function(_)) = dict.get(name).cloned() {
            let method = super::descriptors::ClassMethod { func };
            dict.insert(Rc::from(name), Value::Native(Rc::new(method)));
        }
    }
    let mut classes = Vec::with_capacity(bases.len());
    for base in &bases {
        match base {
            Value::Class(class) => {
                if class.abstract_builtin || is_final(vm, class) {
                    return Err(vm.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        class.name
                    )));
                }
                classes.push(class.clone());
            }
            // `class Pairs(list[tuple])`: the alias stands for its class (its
            // `__mro_entries__`).
            Value::Native(_)
                if let Some(alias) = base.native::<super::generic_alias::GenericAlias>()
                    && let Value::Class(class) = &alias.origin =>
            {
                classes.push(class.clone());
            }
            other => {
                let kind = vm.type_name(other);
                return Err(vm.type_error(format!("bases must be types, not {kind}")));
            }
        }
    }
    for (index, class) in classes.iter().enumerate() {
        if classes[..index].iter().any(|c| Rc::ptr_eq(c, class)) {
            return Err(vm.type_error(format!("duplicate base class {}", class.name)));
        }
    }
    let explicit = if classes.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        classes.clone()
    };
    let mro = match linearize(&explicit) {
        Ok(mro) => mro,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(|c| c.name.to_string()).collect();
            // CPython's message has this line break.
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    // The layout comes from the most derived builtin base (exceptions, or a builtin type).
    let mut layout = Layout::Object;
    for class in &mro {
        match class.layout {
            Layout::Exception => {
                layout = Layout::Exception;
                break;
            }
            // A metaclass: its instances are classes, which `type.__new__` makes.
            Layout::Builtin if Rc::ptr_eq(class, &vm.types.type_) => break,
            // Instances wrap the builtin's value (`Instance::with_base`), made by its
            // `__new__`.
            Layout::Builtin
                if [
                    &vm.types.dict,
                    &vm.types.list,
                    &vm.types.tuple,
                    &vm.types.str,
                    &vm.types.int,
                    &vm.types.float,
                    &vm.types.complex,
                    &vm.types.set,
                    &vm.types.frozenset,
                ]
                .iter()
                .any(|builtin| Rc::ptr_eq(class, builtin)) =>
            {
                break;
            }
            Layout::Builtin if class.name.as_ref() != "object" => {
                return Err(vm.error(
                    "NotImplementedError",
                    format!(
                        "subclassing the builtin type '{}' is not supported by Looplab yet",
                        class.name
                    ),
                ));
            }
            Layout::Native => {
                layout = Layout::Native;
                break;
            }
            _ => {}
        }
    }
    let mut dict = dict;
    if !dict.contains_key("__module__") {
        dict.insert(Rc::from("__module__"), Value::str(module));
    }
    let defines_eq = dict.contains_key("__eq__");
    if defines_eq && !dict.contains_key("__hash__") {
        // Defining __eq__ without __hash__ makes instances unhashable.
        dict.insert(Rc::from("__hash__"), Value::None);
    }
    if dict.contains_key("__del__") {
        crate::runtime::warnings::note_del_defined();
    }
    let slots = instance_slots(vm, &dict, &mro, layout);
    let metaclass = winning_metaclass(vm, requested, &classes)?;
    Ok(Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        module: Rc::from(module),
        bases: explicit,
        mro,
        dict: std::cell::RefCell::new(dict),
        layout,
        abstract_builtin: false,
        slots,
        metaclass,
        init_cache: Default::default(),
    }))
}

/// The metaclass of a new class: the most derived of the requested one and its bases'
/// (`None` for `type`), or CPython's "metaclass conflict" error.
pub fn winning_metaclass(
    vm: &mut Vm,
    requested: Option<Rc<Class>>,
    bases: &[Rc<Class>],
) -> PResult<Option<Rc<Class>>> {
    let type_ = vm.types.type_.clone();
    let mut winner = requested.unwrap_or_else(|| type_.clone());
    for base in bases {
        let candidate = base.metaclass.clone().unwrap_or_else(|| type_.clone());
        if winner.is_subclass_of(&candidate) {
            continue;
        }
        if candidate.is_subclass_of(&winner) {
            winner = candidate;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok((!Rc::ptr_eq(&winner, &type_)).then_some(winner))
}

/// Calls the parent's `__init_subclass__` for a new class, with the class statement's
/// keywords.
pub fn init_subclass(vm: &mut Vm, class: &Rc<Class>, args: Args) -> PResult<()> {
    // The first class after this one in the MRO that defines the hook (`object`'s does
    // nothing).
    let hook = class
        .mro
        .iter()
        .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
    let hook = match &hook {
        Some(hook) => match hook.native::<super::descriptors::ClassMethod>() {
            Some(method) => Some(method.func.clone()),
            None => Some(hook.clone()),
        },
        None => None,
    };
    if let Some(hook @ Value::Function(_)) = hook {
        let bound = vm.bind(hook, Value::Class(class.clone()));
        vm.call_with(&bound, args)?;
    }
    Ok(())
}

/// Calls `__set_name__(class, name)` of the descriptors in a new class's namespace, in the
/// order `order` first names them (the class body's `co_names`: its namespace does not keep
/// the definition order CPython follows here); names not in `order` come last.
pub fn call_set_names(vm: &mut Vm, class: &Rc<Class>, order: &[Rc<str>]) -> PResult<()> {
    let mut hooked: Vec<(usize, Rc<str>, Value, Value)> = Vec::new();
    let entries: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, value) in entries {
        if let Some(hook) = vm.descriptor_hook(&value, "__set_name__") {
            let position = order.iter().position(|n| *n == name).unwrap_or(usize::MAX);
            hooked.push((position, name, value, hook));
        }
    }
    hooked.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    for (_, name, _, hook) in hooked {
        let owner = Value::Class(class.clone());
        vm.call(&hook, vec![owner, Value::str(name.to_string())])?;
    }
    Ok(())
}

/// The attributes instances of a new class may have, when it and every base but `object`
/// declare `__slots__` (without `"__dict__"`): instances then have no `__dict__`.
fn instance_slots(
    vm: &Vm,
    dict: &super::super::value::Namespace,
    mro: &[Rc<Class>],
    layout: Layout,
) -> Option<Vec<Rc<str>>> {
    if layout != Layout::Object {
        return None;
    }
    let mut names: Vec<Rc<str>> = match dict.get("__slots__")? {
        Value::Str(name) => vec![Rc::from(name.as_str())],
        Value::Tuple(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(Rc::from))
            .collect(),
        Value::List(items) => items
            .borrow()
            .iter()
            .filter_map(|v| v.as_str().map(Rc::from))
            .collect(),
        _ => return None,
    };
    for base in mro {
        if Rc::ptr_eq(base, &vm.types.object) {
            continue;
        }
        names.extend(base.slots.as_ref()?.iter().cloned());
    }
    if names.iter().any(|n| n.as_ref() == "__dict__") {
        return None;
    }
    Some(names)
}

fn is_final(vm: &Vm, class: &Rc<Class>) -> bool {
    let finals = [
        &vm.types.bool,
        &vm.types.range,
        &vm.types.slice,
        &vm.types.none,
        &vm.types.function,
    ];
    finals.iter().any(|f| Rc::ptr_eq(f, class))
}

fn type_mro(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "type.mro")?;
    let Value::Class(class) = &me else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    Ok(Value::list(
        class
            .linearization()
            .map(|c| Value::Class(c.clone()))
            .collect(),
    ))
}

fn type_subclasses(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    // Subclasses are not tracked; nothing the lessons rely on.
    Ok(Value::list(Vec::new()))
}

fn type_instancecheck(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "type.__instancecheck__")?;
    let Value::Class(class) = &me else {
        return Ok(Value::Bool(false));
    };
    let value = args.positional.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.isinstance(&value, class)))
}

fn type_subclasscheck(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "type.__subclasscheck__")?;
    let (Value::Class(class), Some(Value::Class(other))) = (&me, args.positional.first()) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(other.is_subclass_of(class)))
}
