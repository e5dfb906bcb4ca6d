//! `typing`: annotations are accepted and ignored. Special forms can be subscripted
//! (`Optional[int]`), combined (`int | None`) and printed; `Generic` and `Protocol` are
//! classes a program may derive from.

use std::any::Any;
use std::rc::Rc;

use crate::runtime::PResult;
use crate::runtime::builtins::{add_function, add_method, arity, receiver};
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;

/// A special form or type variable: `typing.Optional`, `T = TypeVar("T")`.
pub struct TypingForm {
    pub repr: Rc<str>,
    class: Rc<Class>,
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
    add_method(&form_class, "__call__", form_call);
    let mut namespace = Namespace::new();
    for name in FORMS {
        let form = TypingForm {
            repr: Rc::from(format!("typing.{name}")),
            class: form_class.clone(),
        };
        namespace.insert(Rc::from(*name), Value::Native(Rc::new(form)));
    }
    for name in ["Generic", "Protocol"] {
        let class = builtin_class(
            name,
            "typing",
            vec![vm.types.object.clone()],
            Layout::Object,
        );
        add_method(&class, "__class_getitem__", class_getitem);
        namespace.insert(Rc::from(name), Value::Class(class));
    }
    namespace.insert(Rc::from("TYPE_CHECKING"), Value::Bool(false));
    vm.extensions.insert("typing.form", Box::new(form_class));
    add_function(&mut namespace, "TypeVar", type_var);
    add_function(&mut namespace, "NewType", new_type);
    add_function(&mut namespace, "cast", cast);
    for name in ["overload", "final", "no_type_check", "runtime_checkable"] {
        add_function(&mut namespace, name, identity);
    }
    namespace
}

fn form_getitem(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__getitem__")?;
    Ok(me)
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

fn new_form(vm: &mut Vm, repr: String) -> Value {
    let class = vm
        .extensions
        .get("typing.form")
        .and_then(|c| c.downcast_ref::<Rc<Class>>())
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    Value::Native(Rc::new(TypingForm {
        repr: Rc::from(repr),
        class,
    }))
}

fn type_var(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Some(Value::Str(name)) = args.positional.first() else {
        return Err(vm.type_error("TypeVar() missing required argument 'name'"));
    };
    let name = name.as_str().to_string();
    Ok(new_form(vm, format!("~{name}")))
}

fn new_type(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "NewType", &args, 2, 2)?;
    // A NewType is callable and returns its argument; the underlying type does that for
    // the values teaching code passes.
    Ok(args.positional[1].clone())
}

fn cast(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "cast", &args, 2, 2)?;
    Ok(args.positional[1].clone())
}

fn identity(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    arity(vm, "decorator", &args, 1, 1)?;
    Ok(args.positional[0].clone())
}
