//! Methods of `BaseException` and of exception groups.

use std::rc::Rc;

use super::super::PResult;
use super::super::exceptions::{OsErrorFields, UnicodeErrorFields, os_error_subclass};
use super::super::ops::to_int;
use super::super::value::{Args, Class, Value};
use super::super::vm::{SplitCondition, Vm, exception_data};
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};

pub fn install(vm: &mut Vm) {
    let base = vm.types.exception("BaseException");
    add_method(&base, "__new__", exception_new);
    add_method(&base, "__init__", exception_init);
    add_method(&base, "__str__", exception_str);
    add_method(&base, "__repr__", exception_repr);
    add_method(&base, "with_traceback", with_traceback);
    add_method(&base, "add_note", add_note);
    let os_error = vm.types.exception("OSError");
    add_method(&os_error, "__new__", os_error_new);
    add_method(&os_error, "__init__", os_error_init);
    let unicode_encode_error = vm.types.exception("UnicodeEncodeError");
    add_method(&unicode_encode_error, "__init__", |vm, this, args| {
        unicode_error_init(vm, this, args, "UnicodeEncodeError")
    });
    let unicode_decode_error = vm.types.exception("UnicodeDecodeError");
    add_method(&unicode_decode_error, "__init__", |vm, this, args| {
        unicode_error_init(vm, this, args, "UnicodeDecodeError")
    });
    let group = vm.types.exception("BaseExceptionGroup");
    add_method(&group, "__new__", group_new);
    add_method(&group, "__init__", group_init);
    add_method(&group, "split", group_split);
    add_method(&group, "subgroup", group_subgroup);
    add_method(&group, "derive", group_derive);
}

fn exception_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = super::take_class(vm, &mut args, "BaseException")?;
    Ok(vm.raw_exception(class, args.positional))
}

/// `OSError(errno, strerror, ...)`: `OSError` itself becomes the subclass for the errno
/// (`OSError(2, "x")` is a `FileNotFoundError`), as CPython maps it.
fn os_error_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let mut class = super::take_class(vm, &mut args, "OSError")?;
    if Rc::ptr_eq(&class, &vm.types.exception("OSError"))
        && (2..=5).contains(&args.positional.len())
        && let Value::Int(errno) = args.positional[0]
        && let Some(name) = os_error_subclass(errno)
    {
        class = vm.types.exception(name);
    }
    let exception = vm.raw_exception(class, Vec::new());
    set_os_error_args(&exception, args.positional);
    Ok(exception)
}

fn os_error_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "OSError.__init__")?;
    if !args.keywords.is_empty() {
        let name = vm.type_name(&me);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    set_os_error_args(&me, args.positional);
    Ok(Value::None)
}

/// From 2 to 5 arguments set `errno`, `strerror`, `filename` (and `filename2`), and `args`
/// keeps only the first two; otherwise the arguments are plain `args`.
fn set_os_error_args(exception: &Value, mut args: Vec<Value>) {
    let Some(data) = exception_data(exception) else {
        return;
    };
    let mut data = data.borrow_mut();
    if (2..=5).contains(&args.len()) {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
        data.os_error = Some(Box::new(OsErrorFields {
            errno: arg(0),
            strerror: arg(1),
            filename: arg(2),
            filename2: arg(4),
        }));
        args.truncate(2);
    } else {
        data.os_error = None;
    }
    data.args = args;
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` (a str object) and
/// `UnicodeDecodeError(...)` (a bytes-like one): exactly these five, checked as CPython's
/// argument parser checks them.
fn unicode_error_init(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    class_name: &str,
) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, &format!("{class_name}.__init__"))?;
    if !args.keywords.is_empty() {
        let name = vm.type_name(&me);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = args.positional.len();
    let Ok([encoding, object, start, end, reason]) =
        <[Value; 5]>::try_from(args.positional.clone())
    else {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({given} given)"
        )));
    };
    let decoding = class_name == "UnicodeDecodeError";
    if decoding && super::bytes::bytes_like(&object).is_none() {
        let name = vm.type_name(&object);
        return Err(vm.type_error(format!("argument 2 must be bytes-like object, not {name}")));
    }
    let texts: &[(i32, &Value)] = if decoding {
        &[(1, &encoding), (5, &reason)]
    } else {
        &[(1, &encoding), (2, &object), (5, &reason)]
    };
    for &(number, text) in texts {
        if !matches!(text, Value::Str(_)) {
            let name = vm.type_name(text);
            return Err(vm.type_error(format!("argument {number} must be str, not {name}")));
        }
    }
    let mut position = |value: Value| match to_int(&value).and_then(|int| int.to_i64()) {
        Some(int) => Ok(Value::Int(int)),
        None => {
            let name = vm.type_name(&value);
            Err(vm.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )))
        }
    };
    let (start, end) = (position(start)?, position(end)?);
    if let Some(data) = exception_data(&me) {
        let mut data = data.borrow_mut();
        data.args = args.positional;
        data.unicode_error = Some(Box::new(UnicodeErrorFields {
            encoding,
            object,
            start,
            end,
            reason,
        }));
    }
    Ok(Value::None)
}

fn exception_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, mut args) = receiver(vm, this, args, "BaseException.__init__")?;
    let import_error = vm.types.exception("ImportError");
    if vm.isinstance(&me, &import_error) {
        import_error_init(vm, &me, &mut args)?;
    }
    if !args.keywords.is_empty() {
        let name = vm.type_name(&me);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if let Some(data) = exception_data(&me) {
        data.borrow_mut().args = args.positional;
    }
    Ok(Value::None)
}

/// `ImportError(*args, name=None, path=None)`: `msg` is the one argument, if only one.
fn import_error_init(vm: &mut Vm, me: &Value, args: &mut Args) -> PResult<()> {
    let mut name = Value::None;
    let mut path = Value::None;
    for (keyword, value) in std::mem::take(&mut args.keywords) {
        match &*keyword {
            "name" => name = value,
            "path" => path = value,
            other => {
                let class = vm.type_name(me);
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {class}()"
                )));
            }
        }
    }
    let msg = match args.positional.as_slice() {
        [msg] => msg.clone(),
        _ => Value::None,
    };
    if let Value::Instance(instance) = me {
        instance.set_attr("msg", msg);
        instance.set_attr("name", name);
        instance.set_attr("path", path);
    }
    Ok(())
}

fn exception_str(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "BaseException.__str__")?;
    Ok(Value::str(vm.exception_str(&me)?))
}

fn exception_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "BaseException.__repr__")?;
    Ok(Value::str(vm.exception_repr(&me)?))
}

fn with_traceback(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "BaseException.with_traceback")?;
    let tb = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(entries) = super::traceback_object::entries_of(&tb) else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    };
    if let Some(data) = exception_data(&me) {
        let mut data = data.borrow_mut();
        data.clear_traceback();
        data.traceback = entries;
    }
    Ok(me)
}

fn add_note(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "BaseException.add_note")?;
    const ADD_NOTE: Signature<1, 0> = Signature::new(
        "BaseException.add_note",
        Convention::Fixed,
        [Param::positional_only("note")],
        [],
    );
    let Bound {
        required: [note], ..
    } = ADD_NOTE.bind(vm, args)?;
    if !matches!(note, Value::Str(_)) {
        let name = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{name}'")));
    }
    if let Some(data) = exception_data(&me) {
        data.borrow_mut().notes.push(note);
    }
    Ok(Value::None)
}

/// `BaseExceptionGroup(message, exceptions)`: checks the arguments and picks
/// `ExceptionGroup` when every member is an `Exception`.
fn group_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = super::take_class(vm, &mut args, "BaseExceptionGroup")?;
    let name = class.name.clone();
    if args.positional.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let message = args.positional[0].clone();
    if !matches!(message, Value::Str(_)) {
        let kind = vm.type_name(&message);
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {kind}"
        )));
    }
    let members = match &args.positional[1] {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if members.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base = vm.types.exception("BaseException");
    let exception = vm.types.exception("Exception");
    let mut all_exceptions = true;
    for (index, member) in members.iter().enumerate() {
        if !vm.isinstance(member, &base) {
            return Err(vm.value_error(format!(
                "Item {index} of second argument (exceptions) is not an exception"
            )));
        }
        all_exceptions &= vm.isinstance(member, &exception);
    }
    let base_group = vm.types.exception("BaseExceptionGroup");
    let class: Rc<Class> = if Rc::ptr_eq(&class, &base_group) {
        if all_exceptions {
            vm.types.exception("ExceptionGroup")
        } else {
            class
        }
    } else if class.is_subclass_of(&exception) && !all_exceptions {
        if &*name == "ExceptionGroup" {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    } else {
        class
    };
    // `args` keeps the sequence as given (a list stays a list, as `repr` shows); the
    // `exceptions` attribute is read from it as a tuple.
    let exceptions = args.positional[1].clone();
    Ok(vm.raw_exception(class, vec![message, exceptions]))
}

fn group_init(_vm: &mut Vm, _this: Option<&Value>, _args: Args) -> PResult<Value> {
    // `__new__` stored the message and members; a subclass's `__init__` may call this with
    // other arguments, which (as in CPython) leaves them unchanged.
    Ok(Value::None)
}

fn split_condition(vm: &mut Vm, condition: &Value) -> PResult<SplitCondition> {
    let base = vm.types.exception("BaseException");
    match condition {
        Value::Class(class) if class.is_subclass_of(&base) => {
            Ok(SplitCondition::Classes(vec![class.clone()]))
        }
        Value::Tuple(items) => {
            let mut classes = Vec::new();
            for item in items.iter() {
                match item {
                    Value::Class(class) if class.is_subclass_of(&base) => {
                        classes.push(class.clone())
                    }
                    _ => {
                        return Err(vm.type_error(
                            "expected a function, exception type or tuple of exception types",
                        ));
                    }
                }
            }
            Ok(SplitCondition::Classes(classes))
        }
        other if super::functions::is_callable(vm, other) => {
            Ok(SplitCondition::Predicate(other.clone()))
        }
        _ => Err(vm.type_error("expected a function, exception type or tuple of exception types")),
    }
}

fn group_split(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "BaseExceptionGroup.split")?;
    const SPLIT: Signature<1, 0> = Signature::new(
        "split",
        Convention::Unpack,
        [Param::positional_only("condition")],
        [],
    );
    let Bound {
        required: [condition],
        ..
    } = SPLIT.bind(vm, args)?;
    let condition = split_condition(vm, &condition)?;
    let (matched, rest) = vm.split_group(&me, &condition)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, args) = receiver(vm, this, args, "BaseExceptionGroup.subgroup")?;
    const SUBGROUP: Signature<1, 0> = Signature::new(
        "subgroup",
        Convention::Unpack,
        [Param::positional_only("condition")],
        [],
    );
    let Bound {
        required: [condition],
        ..
    } = SUBGROUP.bind(vm, args)?;
    let condition = split_condition(vm, &condition)?;
    let (matched, _) = vm.split_group(&me, &condition)?;
    Ok(matched.unwrap_or(Value::None))
}

fn group_derive(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const DERIVE: Signature<1, 0> = Signature::new(
        "BaseExceptionGroup.derive",
        Convention::ParsedTuple { named: false },
        [Param::positional_only("excs")],
        [],
    );
    let (me, args) = receiver(vm, this, args, "BaseExceptionGroup.derive")?;
    let Bound {
        required: [excs], ..
    } = DERIVE.bind(vm, args)?;
    let members = match &excs {
        sequence @ (Value::List(_) | Value::Tuple(_)) => sequence.clone(),
        other => Value::tuple(vm.collect(other)?),
    };
    let message = match &exception_data(&me).and_then(|d| d.borrow().args.first().cloned()) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    vm.new_group(message, members)
}
