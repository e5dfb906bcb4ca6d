//! `random`: CPython's Mersenne Twister ([`pycore::random`]) behind the module's
//! functions and the `Random` class. Unseeded, the module starts from `seed(0)` rather than
//! the operating system's entropy, so every run of a program is reproducible.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::PResult;
use crate::runtime::builtins::signature::{Bound, Convention, Param, Signature};
use crate::runtime::builtins::{add_method, receiver, take_class};
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
    let mut namespace = Namespace::default();
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

/// A method's bound `self` as the generator it must be.
fn random_object(vm: &mut Vm, me: &Value, method: &str) -> PResult<Rc<RandomObject>> {
    match me.native_rc::<RandomObject>() {
        Some(object) => Ok(object),
        None => Err(vm.type_error(format!("descriptor '{method}' requires a 'Random' object"))),
    }
}

/// An optional float parameter's value, or its default.
fn float_or(vm: &mut Vm, value: Option<Value>, default: f64) -> PResult<f64> {
    match value {
        Some(value) => float_arg(vm, &value),
        None => Ok(default),
    }
}

/// The signature of `Random.NAME(self, ...)`, a method written in Python in CPython.
const fn method<const R: usize, const O: usize>(
    name: &'static str,
    required: [Param; R],
    optional: [Param; O],
) -> Signature<R, O> {
    Signature::new(name, Convention::python(), required, optional)
}

fn random_new(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let mut args = args;
    let class = take_class(vm, &mut args, "_random.Random")?;
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
    const SEED: Signature<1, 2> = method(
        "Random.seed",
        [Param::new("self")],
        [Param::new("a"), Param::new("version")],
    );
    let Bound {
        required: [me],
        optional: [a, _version],
        ..
    } = SEED.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "seed")?;
    // Version 2, the default, is the only one Python 3 programs use.
    let value = a.unwrap_or(Value::None);
    seed_with(vm, &object, &value)?;
    Ok(Value::None)
}

/// `getstate()`: `(3, (624 words..., index), gauss_next)`, as CPython's `Random` returns.
fn getstate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GETSTATE: Signature<1, 0> = method("Random.getstate", [Param::new("self")], []);
    let Bound { required: [me], .. } = GETSTATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "getstate")?;
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
    const SETSTATE: Signature<2, 0> = method(
        "Random.setstate",
        [Param::new("self"), Param::new("state")],
        [],
    );
    let Bound {
        required: [me, state],
        ..
    } = SETSTATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "setstate")?;
    let state = vm.collect(&state)?;
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
    const UNIFORM: Signature<3, 0> = method(
        "Random.uniform",
        [Param::new("self"), Param::new("a"), Param::new("b")],
        [],
    );
    let Bound {
        required: [me, a, b],
        ..
    } = UNIFORM.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "uniform")?;
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
    const RANDINT: Signature<3, 0> = method(
        "Random.randint",
        [Param::new("self"), Param::new("a"), Param::new("b")],
        [],
    );
    let Bound {
        required: [me, a, b],
        ..
    } = RANDINT.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "randint")?;
    let (a, b) = (int_value(vm, &a)?, int_value(vm, &b)?);
    let result = object.state.borrow_mut().randint_big(&a, &b);
    match result {
        Ok(n) => Ok(from_int(pycore::int::PyInt::from_bigint(n))),
        Err(error) => Err(vm.raise_core(error)),
    }
}

fn randrange(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const RANDRANGE: Signature<2, 2> = method(
        "Random.randrange",
        [Param::new("self"), Param::new("start")],
        [Param::new("stop"), Param::new("step")],
    );
    let Bound {
        required: [me, start],
        optional: [stop, step],
        ..
    } = RANDRANGE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "randrange")?;
    let start = int_value(vm, &start)?;
    let stop = match stop {
        Some(v) if !v.is_none() => Some(int_value(vm, &v)?),
        _ => None,
    };
    let step = match step {
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
    const CHOICE: Signature<2, 0> =
        method("Random.choice", [Param::new("self"), Param::new("seq")], []);
    let Bound {
        required: [me, population],
        ..
    } = CHOICE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "choice")?;
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
    const CHOICES: Signature<2, 3> = method(
        "Random.choices",
        [Param::new("self"), Param::new("population")],
        [
            Param::new("weights"),
            Param::keyword_only("cum_weights"),
            Param::keyword_only("k"),
        ],
    );
    let Bound {
        required: [me, population],
        optional: [weights, cum_weights, k],
        ..
    } = CHOICES.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "choices")?;
    let items = sequence_items(vm, &population, "choices")?;
    let weights = match weights {
        Some(w) if !w.is_none() => {
            let mut values = Vec::new();
            for item in vm.collect(&w)? {
                values.push(float_arg(vm, &item)?);
            }
            Some(values)
        }
        _ => None,
    };
    let cum_weights = match cum_weights {
        Some(w) if !w.is_none() => {
            let mut values = Vec::new();
            for item in vm.collect(&w)? {
                values.push(float_arg(vm, &item)?);
            }
            Some(values)
        }
        _ => None,
    };
    let k = match k {
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
    const SHUFFLE: Signature<2, 0> =
        method("Random.shuffle", [Param::new("self"), Param::new("x")], []);
    let Bound {
        required: [me, target],
        ..
    } = SHUFFLE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "shuffle")?;
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
    const SAMPLE: Signature<3, 1> = method(
        "Random.sample",
        [
            Param::new("self"),
            Param::new("population"),
            Param::new("k"),
        ],
        [Param::keyword_only("counts")],
    );
    let Bound {
        required: [me, population, k],
        optional: [counts],
        ..
    } = SAMPLE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "sample")?;
    let k = crate::runtime::builtins::expect_int(vm, &k, "k")?;
    let items = sequence_items(vm, &population, "sample")?;
    let counts = match counts {
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
    const GAUSS: Signature<1, 2> = method(
        "Random.gauss",
        [Param::new("self")],
        [Param::new("mu"), Param::new("sigma")],
    );
    let Bound {
        required: [me],
        optional: [mu, sigma],
        ..
    } = GAUSS.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "gauss")?;
    let mu = float_or(vm, mu, 0.0)?;
    let sigma = float_or(vm, sigma, 1.0)?;
    let x = object.state.borrow_mut().gauss(mu, sigma);
    Ok(Value::Float(x))
}

fn normalvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const NORMALVARIATE: Signature<1, 2> = method(
        "Random.normalvariate",
        [Param::new("self")],
        [Param::new("mu"), Param::new("sigma")],
    );
    let Bound {
        required: [me],
        optional: [mu, sigma],
        ..
    } = NORMALVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "normalvariate")?;
    let mu = float_or(vm, mu, 0.0)?;
    let sigma = float_or(vm, sigma, 1.0)?;
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
    const LOGNORMVARIATE: Signature<3, 0> = method(
        "Random.lognormvariate",
        [Param::new("self"), Param::new("mu"), Param::new("sigma")],
        [],
    );
    let Bound {
        required: [me, mu, sigma],
        ..
    } = LOGNORMVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "lognormvariate")?;
    let (mu, sigma) = (float_arg(vm, &mu)?, float_arg(vm, &sigma)?);
    let result = object.state.borrow_mut().lognormvariate(mu, sigma);
    float_result(vm, result)
}

fn expovariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const EXPOVARIATE: Signature<1, 1> = method(
        "Random.expovariate",
        [Param::new("self")],
        [Param::new("lambd")],
    );
    let Bound {
        required: [me],
        optional: [lambd],
        ..
    } = EXPOVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "expovariate")?;
    let lambd = float_or(vm, lambd, 1.0)?;
    let result = object.state.borrow_mut().expovariate(lambd);
    float_result(vm, result)
}

fn triangular(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const TRIANGULAR: Signature<1, 3> = method(
        "Random.triangular",
        [Param::new("self")],
        [Param::new("low"), Param::new("high"), Param::new("mode")],
    );
    let Bound {
        required: [me],
        optional: [low, high, mode],
        ..
    } = TRIANGULAR.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "triangular")?;
    let low = float_or(vm, low, 0.0)?;
    let high = float_or(vm, high, 1.0)?;
    let mode = match mode {
        Some(m) if !m.is_none() => Some(float_arg(vm, &m)?),
        _ => None,
    };
    let x = object.state.borrow_mut().triangular(low, high, mode);
    Ok(Value::Float(x))
}

fn betavariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const BETAVARIATE: Signature<3, 0> = method(
        "Random.betavariate",
        [Param::new("self"), Param::new("alpha"), Param::new("beta")],
        [],
    );
    let Bound {
        required: [me, alpha, beta],
        ..
    } = BETAVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "betavariate")?;
    let (alpha, beta) = (float_arg(vm, &alpha)?, float_arg(vm, &beta)?);
    let result = object.state.borrow_mut().betavariate(alpha, beta);
    float_result(vm, result)
}

fn gammavariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GAMMAVARIATE: Signature<3, 0> = method(
        "Random.gammavariate",
        [Param::new("self"), Param::new("alpha"), Param::new("beta")],
        [],
    );
    let Bound {
        required: [me, alpha, beta],
        ..
    } = GAMMAVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "gammavariate")?;
    let (alpha, beta) = (float_arg(vm, &alpha)?, float_arg(vm, &beta)?);
    let result = object.state.borrow_mut().gammavariate(alpha, beta);
    float_result(vm, result)
}

fn paretovariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const PARETOVARIATE: Signature<2, 0> = method(
        "Random.paretovariate",
        [Param::new("self"), Param::new("alpha")],
        [],
    );
    let Bound {
        required: [me, alpha],
        ..
    } = PARETOVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "paretovariate")?;
    let alpha = float_arg(vm, &alpha)?;
    let result = object.state.borrow_mut().paretovariate(alpha);
    float_result(vm, result)
}

fn weibullvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const WEIBULLVARIATE: Signature<3, 0> = method(
        "Random.weibullvariate",
        [Param::new("self"), Param::new("alpha"), Param::new("beta")],
        [],
    );
    let Bound {
        required: [me, alpha, beta],
        ..
    } = WEIBULLVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "weibullvariate")?;
    let (alpha, beta) = (float_arg(vm, &alpha)?, float_arg(vm, &beta)?);
    let result = object.state.borrow_mut().weibullvariate(alpha, beta);
    float_result(vm, result)
}

fn vonmisesvariate(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const VONMISESVARIATE: Signature<3, 0> = method(
        "Random.vonmisesvariate",
        [Param::new("self"), Param::new("mu"), Param::new("kappa")],
        [],
    );
    let Bound {
        required: [me, mu, kappa],
        ..
    } = VONMISESVARIATE.bind_method(vm, this, args)?;
    let object = random_object(vm, &me, "vonmisesvariate")?;
    let (mu, kappa) = (float_arg(vm, &mu)?, float_arg(vm, &kappa)?);
    let result = object.state.borrow_mut().vonmisesvariate(mu, kappa);
    float_result(vm, result)
}

fn getrandbits(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const GETRANDBITS: Signature<1, 0> = Signature::new(
        "Random.getrandbits",
        Convention::Fixed,
        [Param::positional_only("k")],
        [],
    );
    let (object, args) = generator(vm, this, args, "getrandbits")?;
    let Bound { required: [k], .. } = GETRANDBITS.bind(vm, args)?;
    let k = crate::runtime::builtins::expect_int(vm, &k, "k")?;
    let result = object.state.borrow_mut().getrandbits_checked(k);
    match result {
        Ok(bits) => Ok(from_int(pycore::int::PyInt::from_bigint(BigInt::from(
            bits,
        )))),
        Err(error) => Err(vm.raise_core(error)),
    }
}
