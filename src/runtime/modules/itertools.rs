//! `itertools`' two hottest iterators in Rust, `count` and `islice` (a loop over
//! `islice(count(), n)` runs several times faster than through Python frames); the rest is
//! Python (`itertools.py`), which also checks `islice`'s arguments before making one.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::ast::BinaryOp;
use crate::runtime::PResult;
use crate::runtime::builtins::{add_method, receiver, take_class};
use crate::runtime::ops::binary;
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;

/// `count(start, step)`: the next value and the step.
struct Count {
    state: RefCell<(Value, Value)>,
    class: Rc<Class>,
}

/// `islice` over an iterator: CPython's `islice_next` state (`stop` is -1 for none).
struct Islice {
    it: RefCell<Option<Value>>,
    counters: RefCell<(i64, i64)>,
    stop: i64,
    step: i64,
    class: Rc<Class>,
}

impl NativeObject for Count {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for Islice {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    let object = vm.types.object.clone();
    let count = builtin_class("count", "itertools", vec![object.clone()], Layout::Builtin);
    add_method(&count, "__new__", count_new);
    add_method(&count, "__iter__", same);
    add_method(&count, "__next__", count_next);
    add_method(&count, "__repr__", count_repr);
    add_method(&count, "__reduce__", count_reduce);
    namespace.insert(Rc::from("count"), Value::Class(count));
    let islice = builtin_class("islice", "itertools", vec![object], Layout::Builtin);
    add_method(&islice, "__new__", islice_new);
    add_method(&islice, "__iter__", same);
    add_method(&islice, "__next__", islice_next);
    namespace.insert(Rc::from("_islice"), Value::Class(islice));
    namespace
}

fn same(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    Ok(receiver(vm, this, args, "__iter__")?.0)
}

fn is_number(value: &Value) -> bool {
    matches!(
        value,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    )
}

fn count_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = take_class(vm, &mut args, "itertools.count")?;
    let mut values = [Value::Int(0), Value::Int(1)];
    if args.positional.len() > 2 {
        let given = args.positional.len();
        return Err(vm.type_error(format!("count() takes at most 2 arguments ({given} given)")));
    }
    for (slot, value) in args.positional.into_iter().enumerate() {
        values[slot] = value;
    }
    for (key, value) in args.keywords {
        match &*key {
            "start" => values[0] = value,
            "step" => values[1] = value,
            _ => {
                return Err(vm.type_error(format!(
                    "count() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    if !values.iter().all(is_number) {
        return Err(vm.type_error("a number is required"));
    }
    let [mut start, mut step] = values;
    // CPython's fast mode (step 1, start an int that fits) counts in plain ints.
    if matches!(step, Value::Int(1) | Value::Bool(true)) {
        step = Value::Int(1);
        if let Value::Bool(b) = start {
            start = Value::Int(b as i64);
        }
    }
    Ok(Value::Native(Rc::new(Count {
        state: RefCell::new((start, step)),
        class,
    })))
}

fn the<T: NativeObject>(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Rc<T>> {
    let (me, _) = receiver(vm, this, args, "__next__")?;
    match me.native_rc::<T>() {
        Some(object) => Ok(object),
        None => Err(vm.type_error("descriptor requires an itertools object")),
    }
}

fn count_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let count = the::<Count>(vm, this, args)?;
    let (current, step) = count.state.borrow().clone();
    let following = match (&current, &step) {
        (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
        _ => binary(vm, BinaryOp::Add, &current, &step, false)?,
    };
    count.state.borrow_mut().0 = following;
    Ok(current)
}

fn count_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let count = the::<Count>(vm, this, args)?;
    let (current, step) = count.state.borrow().clone();
    let start = vm.repr(&current)?;
    Ok(Value::str(if matches!(step, Value::Int(1)) {
        format!("count({start})")
    } else {
        let step = vm.repr(&step)?;
        format!("count({start}, {step})")
    }))
}

/// `(count, (current, step))`, for `copy` (CPython's count pickles so too).
fn count_reduce(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let count = the::<Count>(vm, this, args)?;
    let (current, step) = count.state.borrow().clone();
    let class = Value::Class(count.class.clone());
    Ok(Value::tuple(vec![class, Value::tuple(vec![current, step])]))
}

/// `_islice(iterator, start, stop, step)`, its arguments already checked by `islice()`.
fn islice_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let class = take_class(vm, &mut args, "itertools.islice")?;
    let int = |value: &Value| match value {
        Value::Int(n) => *n,
        Value::None => -1,
        _ => i64::MAX,
    };
    let [it, start, stop, step] = <[Value; 4]>::try_from(args.positional)
        .map_err(|_| vm.type_error("_islice() takes 4 arguments"))?;
    Ok(Value::Native(Rc::new(Islice {
        it: RefCell::new(Some(it)),
        counters: RefCell::new((0, int(&start))),
        stop: int(&stop),
        step: int(&step),
        class,
    })))
}

fn islice_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let islice = the::<Islice>(vm, this, args)?;
    let Some(it) = islice.it.borrow().clone() else {
        return Err(vm.error("StopIteration", ""));
    };
    let stop = islice.stop;
    let item = loop {
        let (count, next) = *islice.counters.borrow();
        if count < next {
            if vm.next(&it)?.is_none() {
                break None;
            }
            islice.counters.borrow_mut().0 += 1;
            continue;
        }
        if stop != -1 && count >= stop {
            break None;
        }
        break vm.next(&it)?;
    };
    let Some(item) = item else {
        *islice.it.borrow_mut() = None;
        return Err(vm.error("StopIteration", ""));
    };
    let mut counters = islice.counters.borrow_mut();
    counters.0 += 1;
    let old = counters.1;
    counters.1 = old.saturating_add(islice.step);
    if counters.1 < old || (stop != -1 && counters.1 > stop) {
        counters.1 = stop;
    }
    Ok(item)
}
