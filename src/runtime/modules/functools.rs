//! `functools`: `partial` in Rust (the executor looks through it to name jobs, as the
//! oracle does); `wraps`, `reduce`, `cache` and `lru_cache` in Python (`functools.py`).

use std::any::Any;
use std::rc::Rc;

use crate::runtime::PResult;
use crate::runtime::builtins::descriptors::add_read_only_property;
use crate::runtime::builtins::{add_method, receiver};
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeFn, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;

pub const LIBRARY: &str = include_str!("functools.py");

/// `functools.partial(func, *args, **keywords)`.
pub struct Partial {
    pub func: Value,
    pub args: Vec<Value>,
    pub keywords: Vec<(Rc<str>, Value)>,
    class: Rc<Class>,
}

impl NativeObject for Partial {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn forward_call(&self, args: Args) -> Result<(Value, Args), Args> {
        let mut positional = self.args.clone();
        positional.extend(args.positional);
        let mut keywords = self.keywords.clone();
        for (key, value) in args.keywords {
            keywords.retain(|(k, _)| *k != key);
            keywords.push((key, value));
        }
        Ok((
            self.func.clone(),
            Args {
                positional,
                keywords,
            },
        ))
    }
}

/// The function and positional arguments of a `partial`, if `value` is one.
pub fn partial_parts(value: &Value) -> Option<(Value, Vec<Value>)> {
    value
        .native::<Partial>()
        .map(|p| (p.func.clone(), p.args.clone()))
}

pub fn install(vm: &mut Vm) -> Namespace {
    let class = builtin_class(
        "partial",
        "functools",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&class, "__new__", partial_new);
    add_method(&class, "__call__", partial_call);
    add_method(&class, "__repr__", partial_repr);
    for (name, getter) in [
        ("func", partial_func as NativeFn),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ] {
        add_read_only_property(&class, name, getter);
    }
    let mut namespace = Namespace::default();
    namespace.insert(Rc::from("partial"), Value::Class(class));
    namespace
}

fn partial_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = crate::runtime::builtins::take_class(vm, &mut args, "functools.partial")?;
    if args.positional.is_empty() {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let func = args.positional.remove(0);
    if !crate::runtime::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    // A partial of a partial flattens, as CPython's does.
    let (func, mut positional, mut keywords) = match func.native::<Partial>() {
        Some(inner) => (
            inner.func.clone(),
            inner.args.clone(),
            inner.keywords.clone(),
        ),
        None => (func, Vec::new(), Vec::new()),
    };
    positional.extend(args.positional);
    for (key, value) in args.keywords {
        keywords.retain(|(k, _)| *k != key);
        keywords.push((key, value));
    }
    Ok(Value::Native(Rc::new(Partial {
        func,
        args: positional,
        keywords,
        class,
    })))
}

/// The partial a `func`/`args`/`keywords` getter reads.
fn the_partial(vm: &mut Vm, this: Option<&Value>, args: Args, name: &str) -> PResult<Rc<Partial>> {
    let (me, _) = receiver(vm, this, args, name)?;
    match me.native_rc::<Partial>() {
        Some(partial) => Ok(partial),
        None => {
            let kind = vm.type_name(&me);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'functools.partial' objects doesn't apply to a '{kind}' object"
            )))
        }
    }
}

fn partial_func(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let partial = the_partial(vm, this, args, "func")?;
    Ok(partial.func.clone())
}

fn partial_args(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let partial = the_partial(vm, this, args, "args")?;
    Ok(Value::tuple(partial.args.clone()))
}

fn partial_keywords(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let partial = the_partial(vm, this, args, "keywords")?;
    let pairs: Vec<(Value, Value)> = partial
        .keywords
        .iter()
        .map(|(k, v)| (Value::str(k.to_string()), v.clone()))
        .collect();
    vm.dict_from_pairs(pairs)
}

fn partial_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "partial.__call__")?;
    let Some(partial) = me.native::<Partial>() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'functools.partial' object"));
    };
    let mut positional = partial.args.clone();
    positional.extend(args.positional);
    let mut keywords = partial.keywords.clone();
    for (key, value) in args.keywords {
        keywords.retain(|(k, _)| *k != key);
        keywords.push((key, value));
    }
    let func = partial.func.clone();
    vm.call_with(
        &func,
        Args {
            positional,
            keywords,
        },
    )
}

fn partial_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "partial.__repr__")?;
    let Some(partial) = me.native::<Partial>() else {
        return Ok(Value::str("functools.partial()"));
    };
    let (func, positional, keywords) = (
        partial.func.clone(),
        partial.args.clone(),
        partial.keywords.clone(),
    );
    let mut parts = vec![vm.repr(&func)?];
    for value in &positional {
        parts.push(vm.repr(value)?);
    }
    for (key, value) in &keywords {
        parts.push(format!("{key}={}", vm.repr(value)?));
    }
    Ok(Value::str(format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}
