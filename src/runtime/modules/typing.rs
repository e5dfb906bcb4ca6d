//! `typing`: annotations are accepted and ignored. Special forms can be subscripted
//! (`Optional[int]`), combined (`int | None`) and printed; `Protocol` is a class a program
//! may derive from. `Generic`, the type parameters and `TypeAliasType` are in `typing.py`.

use std::any::Any;
use std::rc::Rc;

use crate::runtime::PResult;
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::builtins::{add_function, add_method, receiver};
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;

/// A special form or type variable: `typing.Optional`, `T = TypeVar("T")`.
pub struct TypingForm {
    pub repr: Rc<str>,
    class: Rc<Class>,
    /// The special form's name (`"Optional"`), for one that may be subscripted.
    name: Option<&'static str>,
    /// What a subscripted form was given (`Union[int, None]` keeps `int` and `NoneType`).
    args: Option<Vec<Value>>,
}

impl NativeObject for TypingForm {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const FORMS: &[&str] = &[
    "Any",
    "Optional",
    "Union",
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Callable",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "Iterator",
    "Iterable",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "Type",
    "Literal",
    "Final",
    "ClassVar",
    "Annotated",
    "NoReturn",
    "Never",
    "Self",
    "Deque",
    "DefaultDict",
    "Counter",
    "OrderedDict",
    "ContextManager",
    "AsyncContextManager",
    "Hashable",
    "Sized",
    "Collection",
    "Container",
    "TypeAlias",
];

pub fn install(vm: &mut Vm) -> Namespace {
    let form_class = builtin_class(
        "_SpecialForm",
        "typing",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&form_class, "__getitem__", form_getitem);
    add_method(&form_class, "__or__", form_getitem);
    add_method(&form_class, "__ror__", form_getitem);
    add_method(&form_class, "__repr__", form_repr);
    add_method(&form_class, "__eq__", form_eq);
    add_method(&form_class, "__hash__", form_hash);
    add_method(&form_class, "__call__", form_call);
    let mut namespace = Namespace::default();
    for name in FORMS {
        let form = TypingForm {
            repr: Rc::from(format!("typing.{name}")),
            class: form_class.clone(),
            name: Some(name),
            args: None,
        };
        namespace.insert(Rc::from(*name), Value::Native(Rc::new(form)));
    }
    let protocol = builtin_class(
        "Protocol",
        "typing",
        vec![vm.types.object.clone()],
        Layout::Object,
    );
    add_method(&protocol, "__class_getitem__", class_getitem);
    namespace.insert(Rc::from("Protocol"), Value::Class(protocol));
    namespace.insert(Rc::from("TYPE_CHECKING"), Value::Bool(false));
    vm.extensions.insert("typing.form", Box::new(form_class));
    add_function(&mut namespace, "NewType", new_type);
    add_function(&mut namespace, "cast", cast);
    add_function(&mut namespace, "overload", overload);
    add_function(&mut namespace, "final", final_);
    add_function(&mut namespace, "no_type_check", no_type_check);
    add_function(&mut namespace, "runtime_checkable", runtime_checkable);
    namespace
}

fn form_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__getitem__")?;
    let Some(form) = me.native::<TypingForm>() else {
        return Ok(me);
    };
    // Only a bare special form is subscripted into a new one (`Optional[int]`); anything
    // else (`T | None`, `List[int][str]`) stays as it is, as annotations are not checked.
    let (Some(name), None, Some(key)) = (form.name, &form.args, args.positional.first()) else {
        return Ok(me);
    };
    let class = form.class.clone();
    let mut items = match key {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    let none_type = Value::Class(vm.types.none.clone());
    let name = match name {
        "Optional" => {
            items.push(none_type.clone());
            "Union"
        }
        other => other,
    };
    if name == "Union" {
        // Members are flattened, `None` is `NoneType`, repeats go; one member is itself.
        let mut members: Vec<Value> = Vec::new();
        for item in items {
            let flat = match item.native::<TypingForm>() {
                Some(TypingForm {
                    name: Some("Union"),
                    args: Some(inner),
                    ..
                }) => inner.clone(),
                _ if item.is_none() => vec![none_type.clone()],
                _ => vec![item],
            };
            for member in flat {
                if !contains(vm, &members, &member)? {
                    members.push(member);
                }
            }
        }
        if members.len() == 1 {
            return Ok(members.remove(0));
        }
        items = members;
    }
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(type_repr(vm, item)?);
    }
    let optional = name == "Union" && items.len() == 2 && items[1].is(&none_type);
    let repr = if optional {
        format!("typing.Optional[{}]", parts[0])
    } else {
        format!("typing.{name}[{}]", parts.join(", "))
    };
    Ok(Value::Native(Rc::new(TypingForm {
        repr: Rc::from(repr),
        class,
        name: Some(name),
        args: Some(items),
    })))
}

/// Whether `items` holds a value equal to `item`.
fn contains(vm: &mut Vm, items: &[Value], item: &Value) -> PResult<bool> {
    for existing in items {
        if vm.eq(existing, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// How typing shows an argument (its `_type_repr`): classes by qualified name, without
/// `builtins.`; `...` as written; lists (`Callable[[int], str]`) item by item.
fn type_repr(vm: &mut Vm, item: &Value) -> PResult<String> {
    match item {
        Value::Ellipsis => Ok("...".to_string()),
        Value::Class(class) if class.module.as_ref() == "builtins" => {
            Ok(class.qualname.to_string())
        }
        Value::Class(class) => Ok(format!("{}.{}", class.module, class.qualname)),
        Value::List(items) => {
            let items = items.borrow().clone();
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(type_repr(vm, item)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        Value::Function(function) => Ok(function.name.borrow().to_string()),
        other => vm.repr(other),
    }
}

fn form_eq(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "__eq__")?;
    let (Some(a), Some(b)) = (
        me.native_rc::<TypingForm>(),
        args.positional
            .first()
            .and_then(|o| o.native_rc::<TypingForm>()),
    ) else {
        return Ok(Value::NotImplemented);
    };
    if Rc::ptr_eq(&a, &b) {
        return Ok(Value::Bool(true));
    }
    let (Some(name), Some(a_args), Some(b_args)) = (a.name, &a.args, &b.args) else {
        return Ok(Value::Bool(false));
    };
    if b.name != Some(name) || a_args.len() != b_args.len() {
        return Ok(Value::Bool(false));
    }
    // A union's members are a set; other forms' arguments are ordered.
    for (index, item) in a_args.iter().enumerate() {
        let same = if name == "Union" {
            contains(vm, b_args, item)?
        } else {
            vm.eq(item, &b_args[index])?
        };
        if !same {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn form_hash(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__hash__")?;
    let Some(form) = me.native::<TypingForm>() else {
        return Ok(Value::Int(0));
    };
    // Equal forms have the same name; that is enough for a hash.
    let name = form.name.unwrap_or("");
    Ok(Value::Int(
        crate::runtime::value::PyStr::new(name.to_string()).hash(),
    ))
}

fn form_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    match me.native::<TypingForm>() {
        Some(form) => Ok(Value::str(form.repr.to_string())),
        None => Ok(Value::str("typing")),
    }
}

fn form_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__call__")?;
    let shown = vm.repr(&me)?;
    Err(vm.type_error(format!("Cannot instantiate {shown}")))
}

fn class_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__class_getitem__")?;
    Ok(me)
}

/// `NewType(name, tp)`, a class whose `__init__` binds the arguments in CPython.
const NEW_TYPE: Signature<3, 0> = Signature::new(
    "NewType.__init__",
    Convention::python(),
    [Param::new("self"), Param::new("name"), Param::new("tp")],
    [],
);

fn new_type(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    // The instance CPython's `__init__` would be binding.
    let mut args = args;
    args.positional.insert(0, Value::None);
    let Bound {
        required: [_, _, tp],
        ..
    } = NEW_TYPE.bind(vm, args)?;
    // A NewType is callable and returns its argument; the underlying type does that for
    // the values teaching code passes.
    Ok(tp)
}

fn cast(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    const CAST: Signature<2, 0> = Signature::new(
        "cast",
        Convention::python(),
        [Param::new("typ"), Param::new("val")],
        [],
    );
    let Bound {
        required: [_, val], ..
    } = CAST.bind(vm, args)?;
    Ok(val)
}

/// The decorators that return what they decorate, each with its parameter's name.
macro_rules! identity_decorator {
    ($rust:ident, $name:literal, $parameter:literal) => {
        fn $rust(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
            const SIGNATURE: Signature<1, 0> =
                Signature::new($name, Convention::python(), [Param::new($parameter)], []);
            let Bound {
                required: [decorated],
                ..
            } = SIGNATURE.bind(vm, args)?;
            Ok(decorated)
        }
    };
}

identity_decorator!(overload, "overload", "func");
identity_decorator!(final_, "final", "f");
identity_decorator!(no_type_check, "no_type_check", "arg");
identity_decorator!(runtime_checkable, "runtime_checkable", "cls");
