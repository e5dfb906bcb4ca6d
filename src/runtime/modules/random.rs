//! `random`: CPython's Mersenne Twister ([`pycore::random`]) behind the module's
//! functions and the `Random` class. Unseeded, the module starts from `seed(0)` rather than
//! the operating system's entropy, so every run of a program is reproducible.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::PResult;
use crate::runtime::builtins::{add_method, arg, only_keywords, receiver};
use crate::runtime::core_error::OrRaise;
use crate::runtime::ops::{from_int, to_int};
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;
use pycore::random::Random;

pub struct RandomObject {
    pub state: RefCell<Random>,
    class: Rc<Class>,
}

impl NativeObject for RandomObject {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const METHODS: &[(&str, crate::runtime::value::NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("uniform", uniform),
    ("randint", randint),
    ("randrange", randrange),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("triangular", triangular),
    ("betavariate", betavariate),
    ("gammavariate", gammavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("vonmisesvariate", vonmisesvariate),
    ("getrandbits", getrandbits),
    ("getstate", getstate),
    ("setstate", setstate),
];

pub fn install(vm: &mut Vm) -> Namespace {
    let class = builtin_class(
        "Random",
        "random",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&class, "__new__", random_new);
    for (name, func) in METHODS {
        add_method(&class, name, *func);
    }
    let instance = Value::Native(Rc::new(RandomObject {
        state: RefCell::new(Random::new()),
        class: class.clone(),
    }));
    let mut namespace = Namespace::new();
    for (name, _) in METHODS {
        let method = class.dict.borrow().get(*name).cloned().expect("just added");
        namespace.insert(Rc::from(*name), vm.bind(method, instance.clone()));
    }
    namespace.insert(Rc::from("Random"), Value::Class(class));
    namespace
}

fn generator(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    method: &str,
) -> PResult<(Rc<RandomObject>, Args)> {
    let (me, args) = receiver(vm, this, args, method)?;
    match me.native_rc::<RandomObject>() {
        Some(object) => Ok((object, args)),
        None => Err(vm.type_error(format!("descriptor '{method}' requires a 'Random' object"))),
    }
}

fn float_arg(vm: &mut Vm, value: &Value) -> PResult<f64> {
    crate::runtime::builtins::to_float_value(vm, value)
}

fn float_or(vm: &mut Vm, args: &mut Args, index: usize, name: &str, default: f64) -> PResult<f64> {
    match arg(args, index, name) {
        Some(value) => float_arg(vm, &value),
        None => Ok(default),
    }
}

fn required(
    vm: &mut Vm,
    args: &mut Args,
    index: usize,
    name: &str,
    method: &str,
) -> PResult<Value> {
    match arg(args, index, name) {
        Some(value) => Ok(value),
        None => Err(vm.type_error(format!(
            "Random.{method}() missing 1 required positional argument: '{name}'"
        ))),
    }
}

fn random_new(vm: &mut Vm, _this: Option<&Value>, mut args: Args) -> PResult<Value> {
    let Value::Class(class) = args.positional.remove(0) else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let object = Rc::new(RandomObject {
        state: RefCell::new(Random::new()),
        class,
    });
    if let Some(seed_value) = args.positional.first().cloned() {
        seed_with(vm, &object, &seed_value)?;
    }
    Ok(Value::Native(object))
}

fn seed_with(vm: &mut Vm, object: &RandomObject, value: &Value) -> PResult<()> {
    let mut state = object.state.borrow_mut();
    match value {
        Value::None => state.seed_none(),
        Value::Float(x) => state.seed_float(*x),
        Value::Str(s) => state.seed_str(s.as_str()),
        other => match to_int(other) {
            Some(int) => state.seed_int(&int.to_bigint()),
            None => {
                drop(state);
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "The only supported seed types are: None, int, float, str, bytes, and bytearray, not {name}"
                )));
            }
        },
    }
    Ok(())
}

fn seed(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "seed")?;
    only_keywords(vm, "seed", &args, &["a", "version"])?;
    let value = arg(&mut args, 0, "a").unwrap_or(Value::None);
    seed_with(vm, &object, &value)?;
    Ok(Value::None)
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, as CPython's `Random` returns.
fn getstate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, args) = generator(vm, this, args, "getstate")?;
    crate::runtime::builtins::arity(vm, "getstate", &args, 0, 0)?;
    let state = object.state.borrow();
    let words = state
        .getstate_ints()
        .into_iter()
        .map(|w| Value::Int(i64::from(w)))
        .collect();
    let gauss_next = state
        .getstate()
        .gauss_next
        .map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss_next,
    ]))
}

/// `setstate(state)` from what `getstate()` returned (version 3 only).
fn setstate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, args) = generator(vm, this, args, "setstate")?;
    crate::runtime::builtins::arity(vm, "setstate", &args, 1, 1)?;
    let state = vm.collect(&args.positional[0])?;
    let version = state.first().cloned().unwrap_or(Value::None);
    if !matches!(version, Value::Int(3)) {
        let shown = vm.str(&version)?;
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    if state.len() != 3 {
        return Err(vm.value_error(format!(
            "too many values to unpack (expected 3, got {})",
            state.len()
        )));
    }
    let gauss_next = match &state[2] {
        Value::None => None,
        other => Some(float_arg(vm, other)?),
    };
    let Value::Tuple(internal) = &state[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let mut words = Vec::with_capacity(internal.len());
    for item in internal.iter() {
        match to_int(item) {
            Some(int) => words.push(int.to_bigint()),
            None => {
                let name = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
        }
    }
    let result = object.state.borrow_mut().setstate_ints(&words, gauss_next);
    result.or_raise(vm)?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, _) = generator(vm, this, args, "random")?;
    let x = object.state.borrow_mut().random();
    Ok(Value::Float(x))
}

fn uniform(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "uniform")?;
    let a = required(vm, &mut args, 0, "a", "uniform")?;
    let b = required(vm, &mut args, 1, "b", "uniform")?;
    let (a, b) = (float_arg(vm, &a)?, float_arg(vm, &b)?);
    let x = object.state.borrow_mut().uniform(a, b);
    Ok(Value::Float(x))
}

fn int_value(vm: &mut Vm, value: &Value) -> PResult<BigInt> {
    match to_int(value) {
        Some(int) => Ok(int.to_bigint()),
        None => match value {
            Value::Float(x) if x.fract() == 0.0 && x.is_finite() => {
                let name = vm.type_name(value);
                Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
            _ => {
                let name = vm.type_name(value);
                Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        },
    }
}

fn randint(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "randint")?;
    let a = required(vm, &mut args, 0, "a", "randint")?;
    let b = required(vm, &mut args, 1, "b", "randint")?;
    let (a, b) = (int_value(vm, &a)?, int_value(vm, &b)?);
    let result = object.state.borrow_mut().randint_big(&a, &b);
    match result {
        Ok(n) => Ok(from_int(pycore::int::PyInt::from_bigint(n))),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn randrange(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "randrange")?;
    let start = required(vm, &mut args, 0, "start", "randrange")?;
    let start = int_value(vm, &start)?;
    let stop = match arg(&mut args, 1, "stop") {
        Some(v) if !v.is_none() => Some(int_value(vm, &v)?),
        _ => None,
    };
    let step = match arg(&mut args, 2, "step") {
        Some(v) => Some(int_value(vm, &v)?),
        None => None,
    };
    let result = object
        .state
        .borrow_mut()
        .randrange_big(&start, stop.as_ref(), step.as_ref());
    match result {
        Ok(n) => Ok(from_int(pycore::int::PyInt::from_bigint(n))),
        Err(error) => Err(vm.raise_core(error)),
    }
}

/// The items of a sequence argument (`choice`, `sample`, `shuffle` need sequences).
fn sequence_items(vm: &mut Vm, value: &Value, method: &str) -> PResult<Vec<Value>> {
    match value {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => vm.collect(value),
        Value::Set(_) | Value::Dict(_) if method == "sample" => {
            Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."))
        }
        other => {
            if vm.special_method(other, "__len__").is_some()
                && vm.special_method(other, "__getitem__").is_some()
            {
                let length = vm.len(other)?;
                let mut items = Vec::with_capacity(length);
                for index in 0..length {
                    items.push(vm.getitem(other, &Value::Int(index as i64))?);
                }
                return Ok(items);
            }
            let name = vm.type_name(other);
            Err(vm.type_error(format!("object of type '{name}' has no len()")))
        }
    }
}

fn choice(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "choice")?;
    let population = required(vm, &mut args, 0, "seq", "choice")?;
    let items = sequence_items(vm, &population, "choice")?;
    if items.is_empty() {
        return Err(vm.error("IndexError", "Cannot choose from an empty sequence"));
    }
    let index = object.state.borrow_mut().choice_index(items.len());
    match index {
        Ok(index) => Ok(items[index].clone()),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn choices(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "choices")?;
    only_keywords(
        vm,
        "choices",
        &args,
        &["population", "weights", "cum_weights", "k"],
    )?;
    let population = required(vm, &mut args, 0, "population", "choices")?;
    let items = sequence_items(vm, &population, "choices")?;
    let weights = match arg(&mut args, 1, "weights") {
        Some(w) if !w.is_none() => {
            let mut values = Vec::new();
            for item in vm.collect(&w)? {
                values.push(float_arg(vm, &item)?);
            }
            Some(values)
        }
        _ => None,
    };
    let cum_weights = match args.take_keyword("cum_weights") {
        Some(w) if !w.is_none() => {
            let mut values = Vec::new();
            for item in vm.collect(&w)? {
                values.push(float_arg(vm, &item)?);
            }
            Some(values)
        }
        _ => None,
    };
    let k = match args.take_keyword("k") {
        Some(k) => crate::runtime::builtins::expect_int(vm, &k, "k")?,
        None => 1,
    };
    let picks = object.state.borrow_mut().choices_indices(
        items.len(),
        weights.as_deref(),
        cum_weights.as_deref(),
        k,
    );
    match picks {
        Ok(picks) => Ok(Value::list(
            picks.into_iter().map(|i| items[i].clone()).collect(),
        )),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn shuffle(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "shuffle")?;
    let target = required(vm, &mut args, 0, "x", "shuffle")?;
    match &target {
        Value::List(items) => {
            let mut items = items.borrow_mut();
            object.state.borrow_mut().shuffle(&mut items[..]);
            Ok(Value::None)
        }
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!("'{name}' object does not support item assignment")))
        }
    }
}

fn sample(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "sample")?;
    only_keywords(vm, "sample", &args, &["population", "k", "counts"])?;
    let population = required(vm, &mut args, 0, "population", "sample")?;
    let k = required(vm, &mut args, 1, "k", "sample")?;
    let k = crate::runtime::builtins::expect_int(vm, &k, "k")?;
    let items = sequence_items(vm, &population, "sample")?;
    let counts = match args.take_keyword("counts") {
        Some(c) if !c.is_none() => {
            let mut values = Vec::new();
            for item in vm.collect(&c)? {
                values.push(crate::runtime::builtins::expect_int(vm, &item, "counts")?);
            }
            Some(values)
        }
        _ => None,
    };
    let picks = match &counts {
        Some(counts) => object
            .state
            .borrow_mut()
            .sample_counts_indices(items.len(), counts, k),
        None => object.state.borrow_mut().sample_indices(items.len(), k),
    };
    match picks {
        Ok(picks) => Ok(Value::list(
            picks.into_iter().map(|i| items[i].clone()).collect(),
        )),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn gauss(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "gauss")?;
    let mu = float_or(vm, &mut args, 0, "mu", 0.0)?;
    let sigma = float_or(vm, &mut args, 1, "sigma", 1.0)?;
    let x = object.state.borrow_mut().gauss(mu, sigma);
    Ok(Value::Float(x))
}

fn normalvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "normalvariate")?;
    let mu = float_or(vm, &mut args, 0, "mu", 0.0)?;
    let sigma = float_or(vm, &mut args, 1, "sigma", 1.0)?;
    let x = object.state.borrow_mut().normalvariate(mu, sigma);
    Ok(Value::Float(x))
}

fn float_result(vm: &mut Vm, result: Result<f64, pycore::Error>) -> PResult<Value> {
    match result {
        Ok(x) => Ok(Value::Float(x)),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn lognormvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "lognormvariate")?;
    let mu = required(vm, &mut args, 0, "mu", "lognormvariate")?;
    let sigma = required(vm, &mut args, 1, "sigma", "lognormvariate")?;
    let (mu, sigma) = (float_arg(vm, &mu)?, float_arg(vm, &sigma)?);
    let result = object.state.borrow_mut().lognormvariate(mu, sigma);
    float_result(vm, result)
}

fn expovariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "expovariate")?;
    let lambd = float_or(vm, &mut args, 0, "lambd", 1.0)?;
    let result = object.state.borrow_mut().expovariate(lambd);
    float_result(vm, result)
}

fn triangular(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "triangular")?;
    let low = float_or(vm, &mut args, 0, "low", 0.0)?;
    let high = float_or(vm, &mut args, 1, "high", 1.0)?;
    let mode = match arg(&mut args, 2, "mode") {
        Some(m) if !m.is_none() => Some(float_arg(vm, &m)?),
        _ => None,
    };
    let x = object.state.borrow_mut().triangular(low, high, mode);
    Ok(Value::Float(x))
}

fn two_floats(vm: &mut Vm, args: &mut Args, names: [&str; 2], method: &str) -> PResult<(f64, f64)> {
    let a = required(vm, args, 0, names[0], method)?;
    let b = required(vm, args, 1, names[1], method)?;
    Ok((float_arg(vm, &a)?, float_arg(vm, &b)?))
}

fn betavariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "betavariate")?;
    let (alpha, beta) = two_floats(vm, &mut args, ["alpha", "beta"], "betavariate")?;
    let result = object.state.borrow_mut().betavariate(alpha, beta);
    float_result(vm, result)
}

fn gammavariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "gammavariate")?;
    let (alpha, beta) = two_floats(vm, &mut args, ["alpha", "beta"], "gammavariate")?;
    let result = object.state.borrow_mut().gammavariate(alpha, beta);
    float_result(vm, result)
}

fn paretovariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "paretovariate")?;
    let alpha = required(vm, &mut args, 0, "alpha", "paretovariate")?;
    let alpha = float_arg(vm, &alpha)?;
    let result = object.state.borrow_mut().paretovariate(alpha);
    float_result(vm, result)
}

fn weibullvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "weibullvariate")?;
    let (alpha, beta) = two_floats(vm, &mut args, ["alpha", "beta"], "weibullvariate")?;
    let result = object.state.borrow_mut().weibullvariate(alpha, beta);
    float_result(vm, result)
}

fn vonmisesvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "vonmisesvariate")?;
    let (mu, kappa) = two_floats(vm, &mut args, ["mu", "kappa"], "vonmisesvariate")?;
    let result = object.state.borrow_mut().vonmisesvariate(mu, kappa);
    float_result(vm, result)
}

fn getrandbits(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (object, mut args) = generator(vm, this, args, "getrandbits")?;
    let k = required(vm, &mut args, 0, "k", "getrandbits")?;
    let k = crate::runtime::builtins::expect_int(vm, &k, "k")?;
    let result = object.state.borrow_mut().getrandbits_checked(k);
    match result {
        Ok(bits) => Ok(from_int(pycore::int::PyInt::from_bigint(BigInt::from(
            bits,
        )))),
        Err(error) => Err(vm.raise_core(error)),
    }
}
