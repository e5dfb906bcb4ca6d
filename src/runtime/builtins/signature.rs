//! How a native function takes its arguments, declared once per native as a [`Signature`],
//! and [`Signature::bind`], which matches a call's arguments to it and raises the `TypeError`
//! CPython 3.12 raises for the same mismatch.
//!
//! CPython words these errors differently depending on how the C function receives its
//! arguments (`METH_O`, a tuple unpacked with `PyArg_UnpackTuple`, an Argument Clinic parser)
//! or, for functions of its Python library, the interpreter's own binding of a Python
//! function; a signature names which of these its native copies, in [`Convention`].
//!
//! A signature lists its required parameters and its optional ones apart, and `bind` returns
//! them as two arrays of those lengths, so that a native names its arguments by destructuring:
//!
//! ```ignore
//! const LOADS: Signature<1, 1> = Signature::new("loads", Convention::python(), [Param::new("s")], [Param::keyword_only("cls")]);
//! let Bound { required: [s], optional: [cls], .. } = LOADS.bind(vm, args)?;
//! ```

use std::rc::Rc;

use crate::runtime::PResult;
use crate::runtime::value::{Args, Value};
use crate::runtime::vm::Vm;

/// Keyword arguments a signature passes on rather than binds (a Python function's `**kw`).
pub type Keywords = Vec<(Rc<str>, Value)>;

/// How CPython receives the arguments of the function a signature describes, which decides
/// the wording of its errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convention {
    /// `METH_NOARGS` or `METH_O`: no argument or exactly one, positionally
    /// (`len() takes exactly one argument (2 given)`).
    Fixed,
    /// A positional-only tuple checked by `PyArg_UnpackTuple` or `_PyArg_CheckPositional`
    /// (`pow expected 2 arguments, got 1`).
    Unpack,
    /// A special method's slot wrapper (`deque.__getitem__`), taking exactly its required
    /// arguments (`expected 1 argument, got 0`).
    Slot,
    /// A slot wrapper that unpacks its arguments under an empty name (`__setattr__`,
    /// `__pow__`): CPython's count message then starts with a space (` expected 2
    /// arguments, got 1`).
    SlotUnpacked,
    /// `PyArg_ParseTuple`, under a method's `METH_VARARGS` keyword check
    /// (`str.find() takes no keyword arguments`). A format that names the function
    /// (`"O|OO:find"`) counts under the bare name (`find() takes at least 1 argument (0
    /// given)`); one that does not (`"O"`, `BaseExceptionGroup.derive`) under `function`
    /// (`function takes exactly 1 argument (0 given)`).
    ParsedTuple { named: bool },
    /// Like `Unpack`, with any number of positional arguments past the parameters: those go
    /// to [`Bound::rest`] (`math.gcd(*integers)`).
    Variadic,
    /// An Argument Clinic parser (`isclose() missing required argument 'b' (pos 2)`).
    Clinic,
    /// A function written in Python (`dumps() missing 1 required positional argument:
    /// 'obj'`). With `extra_positional`, positional arguments past the positional
    /// parameters are collected in [`Bound::rest`] as `*args` would collect them; with
    /// `extra_keywords`, keywords outside the signature are collected as `**kw` would collect
    /// them. Otherwise both are errors.
    Python {
        extra_positional: bool,
        extra_keywords: bool,
    },
}

impl Convention {
    /// A Python function without `**kw`.
    pub const fn python() -> Convention {
        Convention::Python {
            extra_positional: false,
            extra_keywords: false,
        }
    }
}

/// How a parameter may be passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PositionalOnly,
    PositionalOrKeyword,
    KeywordOnly,
}

/// One parameter of a signature.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    pub kind: Kind,
}

impl Param {
    /// A positional-or-keyword parameter.
    pub const fn new(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::PositionalOrKeyword,
        }
    }

    pub const fn positional_only(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::PositionalOnly,
        }
    }

    pub const fn keyword_only(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::KeywordOnly,
        }
    }

    const fn is_positional(&self) -> bool {
        !matches!(self.kind, Kind::KeywordOnly)
    }
}

/// A native's parameters: `R` required ones, then `O` optional ones, in the order of the
/// function's Python signature (positional parameters before keyword-only ones).
#[derive(Clone, Copy, Debug)]
pub struct Signature<const R: usize, const O: usize> {
    /// The name CPython's messages use: the qualified name (`math.sqrt`, `list.append`,
    /// `JSONEncoder.encode`); the conventions that print the bare name take its last part.
    pub name: &'static str,
    pub convention: Convention,
    pub required: [Param; R],
    pub optional: [Param; O],
}

/// A call's positional arguments and its keywords apart, for the natives CPython checks in
/// two steps with two signatures (`sorted` counts its positional arguments, then `list.sort`
/// takes the keywords; `min`, `zip` and `print` parse their keywords on their own).
pub fn keywords_apart(args: Args) -> (Args, Args) {
    let keywords = Args {
        positional: Vec::new(),
        keywords: args.keywords,
    };
    (Args::new(args.positional), keywords)
}

/// The bare name (`sqrt` for `math.sqrt`), which some conventions print.
fn bare(name: &str) -> &str {
    match name.rfind('.') {
        Some(dot) => &name[dot + 1..],
        None => name,
    }
}

/// The keywords of a function that takes none (`METH_NOARGS`, `METH_O`, a tuple unpacked).
fn reject_keywords(name: &str, args: &Args) -> Result<(), String> {
    if args.keywords.is_empty() {
        return Ok(());
    }
    Err(format!("{name}() takes no keyword arguments"))
}

/// `METH_NOARGS`'s and `METH_O`'s count check: `count` is 0 or 1.
fn count_fixed(name: &str, given: usize, count: usize) -> Result<(), String> {
    match count {
        _ if given == count => Ok(()),
        0 => Err(format!("{name}() takes no arguments ({given} given)")),
        _ => Err(format!(
            "{name}() takes exactly one argument ({given} given)"
        )),
    }
}

/// `PyArg_ParseTuple`'s count check for `subject`: `find()` when the format names the
/// function, `function` when it does not.
fn count_parsed(subject: &str, given: usize, min: usize, max: usize) -> Result<(), String> {
    if (min..=max).contains(&given) {
        return Ok(());
    }
    let (how, bound) = match given < min {
        _ if min == max => ("exactly", min),
        true => ("at least", min),
        false => ("at most", max),
    };
    let plural = if bound == 1 { "" } else { "s" };
    Err(format!(
        "{subject} takes {how} {bound} argument{plural} ({given} given)"
    ))
}

/// A slot wrapper's `check_num_args`: no keywords and exactly `count` arguments.
fn check_slot(name: &str, args: &Args, count: usize) -> Result<(), String> {
    reject_wrapper_keywords(name, args)?;
    let given = args.positional.len();
    if given == count {
        return Ok(());
    }
    let plural = if count == 1 { "" } else { "s" };
    Err(format!("expected {count} argument{plural}, got {given}"))
}

/// A slot wrapper's keywords: it takes none.
fn reject_wrapper_keywords(name: &str, args: &Args) -> Result<(), String> {
    if args.keywords.is_empty() {
        return Ok(());
    }
    Err(format!(
        "wrapper {}() takes no keyword arguments",
        bare(name)
    ))
}

/// `PyArg_UnpackTuple`'s count check: `min..=max` arguments of a function called `name`.
fn count_unpacked(name: &str, given: usize, min: usize, max: usize) -> Result<(), String> {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if given < min {
        let at_least = if min == max { "" } else { "at least " };
        return Err(format!(
            "{name} expected {at_least}{min} argument{}, got {given}",
            plural(min)
        ));
    }
    if given > max {
        let at_most = if min == max { "" } else { "at most " };
        return Err(format!(
            "{name} expected {at_most}{max} argument{}, got {given}",
            plural(max)
        ));
    }
    Ok(())
}

/// The arguments of one call, bound to a signature.
pub struct Bound<const R: usize, const O: usize> {
    /// The required parameters' values, in declaration order.
    pub required: [Value; R],
    /// The optional parameters' values, `None` where the call left one out.
    pub optional: [Option<Value>; O],
    /// Positional arguments past the parameters, for the `Variadic` convention and a Python
    /// function's `*args` (empty otherwise).
    pub rest: Vec<Value>,
    /// Keywords outside the signature, for a `Python { extra_keywords: true }` convention
    /// (empty otherwise).
    pub extra_keywords: Keywords,
}

impl<const R: usize, const O: usize> Signature<R, O> {
    /// A signature, checked when the constant holding it is compiled: a mistake in the
    /// declaration is a build error, not a panic in a learner's run.
    pub const fn new(
        name: &'static str,
        convention: Convention,
        required: [Param; R],
        optional: [Param; O],
    ) -> Self {
        let mut index = 0;
        while index < R {
            assert!(
                required[index].is_positional(),
                "required keyword-only parameters are not supported"
            );
            index += 1;
        }
        let mut keyword_only_seen = false;
        let mut index = 0;
        while index < O {
            let positional = optional[index].is_positional();
            assert!(
                !(positional && keyword_only_seen),
                "positional parameters come before keyword-only ones"
            );
            keyword_only_seen = !positional;
            index += 1;
        }
        match convention {
            Convention::Fixed
            | Convention::Unpack
            | Convention::ParsedTuple { .. }
            | Convention::Variadic
            | Convention::Slot
            | Convention::SlotUnpacked => {
                let mut index = 0;
                while index < O {
                    assert!(
                        matches!(optional[index].kind, Kind::PositionalOnly),
                        "these conventions take positional-only parameters"
                    );
                    index += 1;
                }
                let mut index = 0;
                while index < R {
                    assert!(
                        matches!(required[index].kind, Kind::PositionalOnly),
                        "these conventions take positional-only parameters"
                    );
                    index += 1;
                }
            }
            Convention::Clinic | Convention::Python { .. } => {}
        }
        if let Convention::Slot = convention {
            assert!(O == 0, "a slot wrapper takes a fixed number of arguments");
        }
        if let Convention::Fixed = convention {
            assert!(
                O == 0 && R <= 1,
                "METH_NOARGS and METH_O take no argument or exactly one"
            );
        }
        Signature {
            name,
            convention,
            required,
            optional,
        }
    }

    /// The same parameters under another name, for natives that serve several functions
    /// alike (`int.__add__`, `int.__sub__`, ...).
    pub const fn renamed(self, name: &'static str) -> Self {
        Signature { name, ..self }
    }

    /// Binds `args`, or raises CPython's `TypeError` for the mismatch.
    pub fn bind(&self, vm: &mut Vm, args: Args) -> PResult<Bound<R, O>> {
        self.match_arguments(args)
            .map_err(|message| vm.type_error(message))
    }

    /// Binds `args` for a native whose name is only known when it runs (a method shared by
    /// several types, named after the receiver's): CPython's messages then use `name`.
    pub fn bind_named(&self, vm: &mut Vm, args: Args, name: &str) -> PResult<Bound<R, O>> {
        self.match_named(name, args)
            .map_err(|message| vm.type_error(message))
    }

    /// Binds a method's receiver and arguments: the receiver is the first parameter (`self`),
    /// as in a Python method, so an unbound call without one reads as CPython's does.
    pub fn bind_method(
        &self,
        vm: &mut Vm,
        this: Option<&Value>,
        mut args: Args,
    ) -> PResult<Bound<R, O>> {
        if let Some(this) = this {
            if R > 0 && self.fits_with_rest(&args, 1) {
                return Ok(self.bind_with_rest(Some(this), args));
            }
            args.positional.insert(0, this.clone());
        }
        self.bind(vm, args)
    }

    /// Binds the arguments of a method that several types share, or of a type named only when
    /// it runs (`dict_keys.__len__`, `dict_items.__len__`): the signature's name is the
    /// method's alone, and the qualified name CPython's messages use is formatted only when the
    /// call does not bind.
    pub fn bind_member(&self, vm: &mut Vm, args: Args, type_name: &str) -> PResult<Bound<R, O>> {
        if self.fits(&args) {
            return Ok(self.bind_fitting(args));
        }
        let name = format!("{type_name}.{}", self.name);
        self.bind_named(vm, args, &name)
    }

    /// Whether the call passes no keywords and as many positional arguments as the signature
    /// takes positionally: every convention binds such a call, in order, without a check that
    /// could fail.
    fn fits(&self, args: &Args) -> bool {
        let positional_optional = self.optional.iter().filter(|p| p.is_positional()).count();
        args.keywords.is_empty() && (R..=R + positional_optional).contains(&args.positional.len())
    }

    /// Whether a call of a function taking `*args` after positional parameters only (its
    /// optional ones keyword-only: `loop.call_later(delay, callback, *args, context=None)`,
    /// which every `asyncio.sleep()` calls) passes no keywords and at least those parameters
    /// (`receiver` of them given apart, as a method's `self`): they bind in order and the
    /// others are the rest, with no check that could fail.
    fn fits_with_rest(&self, args: &Args, receiver: usize) -> bool {
        matches!(
            self.convention,
            Convention::Python {
                extra_positional: true,
                ..
            }
        ) && args.keywords.is_empty()
            && args.positional.len() + receiver >= R
            && self.required.iter().all(Param::is_positional)
            && !self.optional.iter().any(Param::is_positional)
    }

    /// The binding of a call that [`fits_with_rest`](Self::fits_with_rest), as the general
    /// matching would make it, without its lists of slots: the parameters are taken from the
    /// front of the arguments, which are left as the rest (no list made for it, nor one to
    /// put the receiver in front).
    fn bind_with_rest(&self, receiver: Option<&Value>, mut args: Args) -> Bound<R, O> {
        let mut receiver = receiver.cloned();
        let taken = R - receiver.is_some() as usize;
        let mut values = args.positional.drain(..taken);
        // `fits_with_rest` counted at least `R` values; the fallback is never taken.
        let required = std::array::from_fn(|_| {
            receiver
                .take()
                .or_else(|| values.next())
                .unwrap_or(Value::None)
        });
        drop(values);
        // The rest is kept by what it is given to (a timer's callback keeps its arguments
        // until it runs): no room left over in it, as the general matching's own list.
        let mut rest = args.positional;
        rest.shrink_to_fit();
        Bound {
            required,
            optional: std::array::from_fn(|_| None),
            rest,
            extra_keywords: Keywords::new(),
        }
    }

    /// The binding of a call that [`fits`](Self::fits), straight into the arrays: the common
    /// call of a hot method (`list.append(x)`) allocates nothing here.
    fn bind_fitting(&self, args: Args) -> Bound<R, O> {
        let mut values = args.positional.into_iter();
        // `fits` counted at least `R` values; the fallback is never taken.
        let required = std::array::from_fn(|_| values.next().unwrap_or(Value::None));
        let optional = std::array::from_fn(|_| values.next());
        Bound {
            required,
            optional,
            rest: Vec::new(),
            extra_keywords: Keywords::new(),
        }
    }

    /// The binding, or the message of the `TypeError` CPython raises.
    fn match_arguments(&self, args: Args) -> Result<Bound<R, O>, String> {
        self.match_named(self.name, args)
    }

    /// The binding, or the `TypeError` message, for the function called `name`. The matching
    /// itself is not generic (see [`Shape`]): only the final split into arrays depends on the
    /// parameter counts, so the web build carries one copy of the matching, not one per count.
    fn match_named(&self, name: &str, args: Args) -> Result<Bound<R, O>, String> {
        if self.fits(&args) {
            return Ok(self.bind_fitting(args));
        }
        if self.fits_with_rest(&args, 0) {
            return Ok(self.bind_with_rest(None, args));
        }
        let shape = Shape {
            convention: self.convention,
            required: &self.required,
            optional: &self.optional,
        };
        let Matched {
            mut slots,
            rest,
            extra,
        } = shape.match_named(name, args)?;
        let optional: Vec<Option<Value>> = slots.split_off(R.min(slots.len()));
        let required: Vec<Value> = slots.into_iter().flatten().collect();
        let (Ok(required), Ok(optional)) = (required.try_into(), optional.try_into()) else {
            // Every convention's checks make sure of this before; a signature that let a
            // required value through missing says so rather than panicking.
            return Err(format!(
                "{}() was called with arguments it cannot bind",
                self.name
            ));
        };
        Ok(Bound {
            required,
            optional,
            rest,
            extra_keywords: extra,
        })
    }
}

/// A signature seen through slices: what matching arguments needs, with no parameter counts in
/// its type.
struct Shape<'a> {
    convention: Convention,
    required: &'a [Param],
    optional: &'a [Param],
}

/// The arguments matched to the parameters: a value or nothing for each, in declaration order,
/// the extra positional arguments and the extra keywords.
struct Matched {
    slots: Vec<Option<Value>>,
    rest: Vec<Value>,
    extra: Keywords,
}

impl Shape<'_> {
    /// The binding, or the `TypeError` message, for the function called `name`.
    fn match_named(&self, name: &str, args: Args) -> Result<Matched, String> {
        match self.convention {
            Convention::Fixed => self.match_fixed(name, &args)?,
            Convention::Unpack => {
                self.match_unpack(name, &args, self.required.len() + self.optional.len())?
            }
            Convention::ParsedTuple { named } => {
                reject_keywords(name, &args)?;
                let subject = match named {
                    true => format!("{}()", bare(name)),
                    false => "function".to_string(),
                };
                count_parsed(
                    &subject,
                    args.positional.len(),
                    self.required.len(),
                    self.required.len() + self.optional.len(),
                )?;
            }
            Convention::Variadic => self.match_unpack(name, &args, usize::MAX)?,
            Convention::Slot => self.match_slot(name, &args)?,
            Convention::SlotUnpacked => {
                reject_wrapper_keywords(name, &args)?;
                count_unpacked(
                    "",
                    args.positional.len(),
                    self.required.len(),
                    self.required.len() + self.optional.len(),
                )?;
            }
            Convention::Clinic => self.match_clinic(name, &args)?,
            Convention::Python {
                extra_positional,
                extra_keywords,
            } => {
                return self.match_python(name, args, extra_positional, extra_keywords);
            }
        }
        // The checks above leave every keyword naming a parameter not also given
        // positionally, and more positional arguments than parameters only when variadic.
        let mut positional = args.positional;
        let rest =
            positional.split_off((self.required.len() + self.optional.len()).min(positional.len()));
        let mut slots: Vec<Option<Value>> = positional.into_iter().map(Some).collect();
        let mut keywords = args.keywords;
        for param in self.parameters().skip(slots.len()) {
            let index = keywords.iter().position(|(key, _)| &**key == param.name);
            slots.push(index.map(|index| keywords.remove(index).1));
        }
        Ok(Matched {
            slots,
            rest,
            extra: Keywords::new(),
        })
    }

    fn parameters(&self) -> impl Iterator<Item = &Param> {
        self.required.iter().chain(self.optional)
    }

    fn positional_count(&self) -> usize {
        self.parameters().filter(|p| p.is_positional()).count()
    }

    /// `METH_NOARGS` and `METH_O`.
    fn match_fixed(&self, name: &str, args: &Args) -> Result<(), String> {
        reject_keywords(name, args)?;
        count_fixed(name, args.positional.len(), self.required.len())
    }

    /// A slot wrapper's `check_num_args`.
    fn match_slot(&self, name: &str, args: &Args) -> Result<(), String> {
        check_slot(name, args, self.required.len())
    }

    /// `PyArg_UnpackTuple` and `_PyArg_CheckPositional`, taking at most `max` arguments.
    fn match_unpack(&self, name: &str, args: &Args, max: usize) -> Result<(), String> {
        reject_keywords(name, args)?;
        count_unpacked(bare(name), args.positional.len(), self.required.len(), max)
    }

    /// Argument Clinic's `_PyArg_UnpackKeywords`: the same checks in the same order, so that
    /// the same message wins when a call is wrong in several ways.
    fn match_clinic(&self, name: &str, args: &Args) -> Result<(), String> {
        let name = bare(name);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let given = args.positional.len();
        let max_args = self.required.len() + self.optional.len();
        let max_positional = self.positional_count();
        let positional_only = self
            .parameters()
            .filter(|p| p.kind == Kind::PositionalOnly)
            .count();
        let total = given + args.keywords.len();
        if total > max_args {
            let keyword = if given == 0 { "keyword " } else { "" };
            return Err(format!(
                "{name}() takes at most {max_args} {keyword}argument{} ({total} given)",
                plural(max_args)
            ));
        }
        if given > max_positional {
            if max_positional == 0 {
                return Err(format!("{name}() takes no positional arguments"));
            }
            let how = if self.required.len() < max_positional {
                "at most"
            } else {
                "exactly"
            };
            return Err(format!(
                "{name}() takes {how} {max_positional} positional argument{} ({given} given)",
                plural(max_positional)
            ));
        }
        let min_positional_only = self.required.len().min(positional_only);
        if given < min_positional_only {
            let how = if min_positional_only < max_positional {
                "at least"
            } else {
                "exactly"
            };
            return Err(format!(
                "{name}() takes {how} {min_positional_only} positional argument{} ({given} given)",
                plural(min_positional_only)
            ));
        }
        let is_given = |param: &Param| args.keywords.iter().any(|(key, _)| &**key == param.name);
        for (index, param) in self
            .parameters()
            .enumerate()
            .skip(given.max(positional_only))
        {
            if index < self.required.len() && !is_given(param) {
                return Err(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    param.name,
                    index + 1
                ));
            }
        }
        let bindable = |param: &&Param| param.kind != Kind::PositionalOnly;
        let by_keyword = self
            .parameters()
            .skip(given)
            .filter(bindable)
            .filter(|param| is_given(param))
            .count();
        if by_keyword == args.keywords.len() {
            return Ok(());
        }
        for (index, param) in self.parameters().enumerate().take(given) {
            if bindable(&param) && is_given(param) {
                return Err(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    param.name,
                    index + 1
                ));
            }
        }
        let names: Vec<&str> = self
            .parameters()
            .filter(bindable)
            .map(|param| param.name)
            .collect();
        let unknown = args
            .keywords
            .iter()
            .find(|(key, _)| !names.contains(&&**key))
            .map_or("", |(key, _)| &**key);
        Err(format!(
            "'{unknown}' is an invalid keyword argument for {name}()"
        ))
    }

    /// The binding of a Python function's arguments, in the order CPython's
    /// `initialize_locals` checks them.
    fn match_python(
        &self,
        name: &str,
        mut args: Args,
        extra_positional: bool,
        extra_keywords: bool,
    ) -> Result<Matched, String> {
        let parameters: Vec<&Param> = self.parameters().collect();
        let max_positional = self.positional_count();
        let rest = match extra_positional {
            true => args
                .positional
                .split_off(max_positional.min(args.positional.len())),
            false => Vec::new(),
        };
        let given = args.positional.len();
        let mut slots: Vec<Option<Value>> = vec![None; parameters.len()];
        let positional_slots = slots.iter_mut().take(max_positional);
        for (slot, value) in positional_slots.zip(args.positional) {
            *slot = Some(value);
        }
        // A positional-only parameter's name among the keywords is reported for them all,
        // at the first keyword that binds to nothing.
        let positional_only_passed: Vec<String> = parameters
            .iter()
            .filter(|param| param.kind == Kind::PositionalOnly)
            .filter(|param| args.keywords.iter().any(|(key, _)| &**key == param.name))
            .map(|param| format!("'{}'", param.name))
            .collect();
        let mut extra = Keywords::new();
        for (key, value) in args.keywords {
            let found = parameters
                .iter()
                .position(|param| param.name == &*key && param.kind != Kind::PositionalOnly);
            match found {
                Some(index) if slots[index].is_some() => {
                    return Err(format!("{name}() got multiple values for argument '{key}'"));
                }
                Some(index) => slots[index] = Some(value),
                None if extra_keywords => extra.push((key, value)),
                None if !positional_only_passed.is_empty() => {
                    return Err(format!(
                        "{name}() got some positional-only arguments passed as keyword \
                         arguments: {}",
                        positional_only_passed.join(", ")
                    ));
                }
                None => {
                    return Err(format!(
                        "{name}() got an unexpected keyword argument '{key}'"
                    ));
                }
            }
        }
        if given > max_positional {
            let required = self.required.len();
            let takes = if required < max_positional {
                format!("from {required} to {max_positional} positional arguments")
            } else if max_positional == 1 {
                "1 positional argument".to_string()
            } else {
                format!("{max_positional} positional arguments")
            };
            let keyword_only_given = parameters
                .iter()
                .zip(&slots)
                .filter(|(param, slot)| param.kind == Kind::KeywordOnly && slot.is_some())
                .count();
            let were = if keyword_only_given > 0 {
                let plural = |n: usize| if n == 1 { "" } else { "s" };
                format!(
                    "positional argument{} (and {keyword_only_given} keyword-only argument{}) were",
                    plural(given),
                    plural(keyword_only_given)
                )
            } else if given == 1 {
                "was".to_string()
            } else {
                "were".to_string()
            };
            return Err(format!("{name}() takes {takes} but {given} {were} given"));
        }
        let missing: Vec<String> = parameters[..self.required.len()]
            .iter()
            .zip(&slots)
            .filter(|(_, slot)| slot.is_none())
            .map(|(param, _)| format!("'{}'", param.name))
            .collect();
        if !missing.is_empty() {
            let list = match missing.as_slice() {
                [one] => one.clone(),
                [first, second] => format!("{first} and {second}"),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
                [] => String::new(),
            };
            let plural = if missing.len() == 1 { "" } else { "s" };
            return Err(format!(
                "{name}() missing {} required positional argument{plural}: {list}",
                missing.len()
            ));
        }
        Ok(Matched { slots, rest, extra })
    }
}

#[cfg(test)]
mod tests {
    //! Every expected message is CPython 3.12.1's, for the function named in the test.
    use super::*;

    /// The error of binding `positional` ints and the `keywords` to `signature` (`None` when
    /// the call binds).
    fn error<const R: usize, const O: usize>(
        signature: &Signature<R, O>,
        positional: usize,
        keywords: &[&str],
    ) -> Option<String> {
        let args = Args {
            positional: (0..positional as i64).map(Value::Int).collect(),
            keywords: keywords
                .iter()
                .map(|key| (Rc::from(*key), Value::None))
                .collect(),
        };
        signature.match_arguments(args).err()
    }

    fn message(text: &str) -> Option<String> {
        Some(text.to_string())
    }

    const LIST_COPY: Signature<0, 0> = Signature::new("list.copy", Convention::Fixed, [], []);
    const SQRT: Signature<1, 0> = Signature::new(
        "math.sqrt",
        Convention::Fixed,
        [Param::positional_only("x")],
        [],
    );

    #[test]
    fn fixed_conventions_count_arguments_as_meth_noargs_and_meth_o() {
        assert_eq!(
            error(&LIST_COPY, 1, &[]),
            message("list.copy() takes no arguments (1 given)")
        );
        assert_eq!(
            error(&LIST_COPY, 0, &["x"]),
            message("list.copy() takes no keyword arguments")
        );
        assert_eq!(
            error(&SQRT, 2, &[]),
            message("math.sqrt() takes exactly one argument (2 given)")
        );
        assert_eq!(
            error(&SQRT, 0, &[]),
            message("math.sqrt() takes exactly one argument (0 given)")
        );
        assert_eq!(
            error(&SQRT, 1, &["x"]),
            message("math.sqrt() takes no keyword arguments")
        );
        assert_eq!(error(&SQRT, 1, &[]), None);
    }

    const FROM_BYTES: Signature<1, 2> = Signature::new(
        "int.from_bytes",
        Convention::Clinic,
        [Param::new("bytes")],
        [Param::new("byteorder"), Param::keyword_only("signed")],
    );

    /// A call that passes only positional arguments, as many as fit, binds them in order and
    /// leaves the rest, keyword-only parameters included, unset.
    #[test]
    fn fitting_positional_arguments_bind_in_order() {
        let args = Args::new(vec![Value::Int(7), Value::Int(8)]);
        let bound = FROM_BYTES.match_arguments(args).ok();
        assert!(matches!(
            bound,
            Some(Bound {
                required: [Value::Int(7)],
                optional: [Some(Value::Int(8)), None],
                ..
            })
        ));
        let args = Args::new(vec![Value::Int(7)]);
        let bound = FROM_BYTES.match_arguments(args).ok();
        assert!(matches!(
            bound,
            Some(Bound {
                required: [Value::Int(7)],
                optional: [None, None],
                ..
            })
        ));
        assert_eq!(
            error(&FROM_BYTES, 3, &[]),
            message("from_bytes() takes at most 2 positional arguments (3 given)")
        );
    }

    const DERIVE: Signature<1, 0> = Signature::new(
        "BaseExceptionGroup.derive",
        Convention::ParsedTuple { named: false },
        [Param::positional_only("excs")],
        [],
    );

    #[test]
    fn tuples_parsed_by_an_unnamed_format_speak_of_function() {
        assert_eq!(
            error(&DERIVE, 0, &[]),
            message("function takes exactly 1 argument (0 given)")
        );
        assert_eq!(
            error(&DERIVE, 2, &[]),
            message("function takes exactly 1 argument (2 given)")
        );
        assert_eq!(
            error(&DERIVE, 1, &["x"]),
            message("BaseExceptionGroup.derive() takes no keyword arguments")
        );
        assert_eq!(
            error(&DERIVE, 0, &["excs"]),
            message("BaseExceptionGroup.derive() takes no keyword arguments")
        );
        assert_eq!(error(&DERIVE, 1, &[]), None);
    }

    const POW: Signature<2, 0> = Signature::new(
        "math.pow",
        Convention::Unpack,
        [Param::positional_only("x"), Param::positional_only("y")],
        [],
    );
    const LOG: Signature<1, 1> = Signature::new(
        "math.log",
        Convention::Unpack,
        [Param::positional_only("x")],
        [Param::positional_only("base")],
    );

    #[test]
    fn unpacked_tuples_name_the_bare_function() {
        assert_eq!(
            error(&POW, 1, &[]),
            message("pow expected 2 arguments, got 1")
        );
        assert_eq!(
            error(&POW, 3, &[]),
            message("pow expected 2 arguments, got 3")
        );
        assert_eq!(
            error(&LOG, 0, &[]),
            message("log expected at least 1 argument, got 0")
        );
        assert_eq!(
            error(&LOG, 3, &[]),
            message("log expected at most 2 arguments, got 3")
        );
        assert_eq!(
            error(&LOG, 1, &["base"]),
            message("math.log() takes no keyword arguments")
        );
        assert_eq!(error(&LOG, 2, &[]), None);
    }

    const DEQUE_GETITEM: Signature<1, 0> = Signature::new(
        "deque.__getitem__",
        Convention::Slot,
        [Param::positional_only("key")],
        [],
    );

    #[test]
    fn slot_wrappers_count_without_a_name() {
        assert_eq!(
            error(&DEQUE_GETITEM, 0, &[]),
            message("expected 1 argument, got 0")
        );
        assert_eq!(
            error(&DEQUE_GETITEM, 1, &["x"]),
            message("wrapper __getitem__() takes no keyword arguments")
        );
        assert_eq!(error(&DEQUE_GETITEM, 1, &[]), None);
    }

    const OBJECT_SETATTR: Signature<2, 0> = Signature::new(
        "object.__setattr__",
        Convention::SlotUnpacked,
        [
            Param::positional_only("name"),
            Param::positional_only("value"),
        ],
        [],
    );

    #[test]
    fn unpacking_slot_wrappers_count_under_an_empty_name() {
        assert_eq!(
            error(&OBJECT_SETATTR, 1, &[]),
            message(" expected 2 arguments, got 1")
        );
        assert_eq!(
            error(&OBJECT_SETATTR, 2, &["x"]),
            message("wrapper __setattr__() takes no keyword arguments")
        );
    }

    /// The error of binding `positional` ints and the `keywords` to `signature` under a name
    /// known when it runs, as `bind_named` and `bind_member` bind.
    fn error_named<const R: usize, const O: usize>(
        signature: &Signature<R, O>,
        name: &str,
        positional: usize,
        keywords: &[&str],
    ) -> Option<String> {
        let args = Args {
            positional: (0..positional as i64).map(Value::Int).collect(),
            keywords: keywords
                .iter()
                .map(|key| (Rc::from(*key), Value::None))
                .collect(),
        };
        signature.match_named(name, args).err()
    }

    const FIND: Signature<1, 2> = Signature::new(
        "find",
        Convention::ParsedTuple { named: true },
        [Param::positional_only("sub")],
        [
            Param::positional_only("start"),
            Param::positional_only("end"),
        ],
    );
    const SETITEM: Signature<2, 0> = Signature::new(
        "__setitem__",
        Convention::SlotUnpacked,
        [
            Param::positional_only("key"),
            Param::positional_only("value"),
        ],
        [],
    );
    const LEN: Signature<0, 0> = Signature::new("__len__", Convention::Slot, [], []);
    const POP: Signature<0, 1> = Signature::new(
        "pop",
        Convention::Unpack,
        [],
        [Param::positional_only("index")],
    );

    #[test]
    fn checks_under_names_known_at_run_time_word_as_their_conventions() {
        assert_eq!(
            error_named(&FIND, "str.find", 0, &[]),
            message("find() takes at least 1 argument (0 given)")
        );
        assert_eq!(
            error_named(&FIND, "str.find", 4, &[]),
            message("find() takes at most 3 arguments (4 given)")
        );
        assert_eq!(
            error_named(&FIND, "str.find", 1, &["start"]),
            message("str.find() takes no keyword arguments")
        );
        assert_eq!(
            error_named(&SQRT, "list.append", 0, &[]),
            message("list.append() takes exactly one argument (0 given)")
        );
        assert_eq!(
            error_named(&LIST_COPY, "dict.copy", 1, &[]),
            message("dict.copy() takes no arguments (1 given)")
        );
        assert_eq!(
            error_named(&POP, "list.pop", 2, &[]),
            message("pop expected at most 1 argument, got 2")
        );
        assert_eq!(
            error_named(&POP, "list.pop", 0, &["index"]),
            message("list.pop() takes no keyword arguments")
        );
        assert_eq!(
            error_named(&SETITEM, "dict.__setitem__", 1, &[]),
            message(" expected 2 arguments, got 1")
        );
        assert_eq!(
            error_named(&LEN, "dict_keys.__len__", 1, &[]),
            message("expected 0 arguments, got 1")
        );
        assert_eq!(
            error_named(&LEN, "dict_keys.__len__", 0, &["x"]),
            message("wrapper __len__() takes no keyword arguments")
        );
    }

    /// A call with `*args` and no keywords binds through the shortcut as the general
    /// matching binds it; a call it does not fit is matched, and refused, the general way.
    #[test]
    fn extra_positional_arguments_bind_in_order_past_the_parameters() {
        let ints = |n: i64| (0..n).map(Value::Int).collect::<Vec<_>>();
        let ints_of = |values: &[Value]| {
            values
                .iter()
                .map(|value| match value {
                    Value::Int(n) => *n,
                    _ => -1,
                })
                .collect::<Vec<_>>()
        };
        for given in 3..7 {
            let args = Args::new(ints(given));
            assert!(CALL_LATER.fits_with_rest(&args, 0));
            let Ok(quick) = CALL_LATER.match_arguments(Args::new(ints(given))) else {
                panic!("{given} arguments bind");
            };
            let shape = Shape {
                convention: CALL_LATER.convention,
                required: &CALL_LATER.required,
                optional: &CALL_LATER.optional,
            };
            let Ok(general) = shape.match_named("BaseEventLoop.call_later", args) else {
                panic!("{given} arguments match");
            };
            let slots: Vec<Value> = general.slots.into_iter().flatten().collect();
            assert_eq!(ints_of(&quick.required), ints_of(&slots[..3]));
            assert_eq!(slots.len(), 3, "context is left unset");
            assert!(quick.optional.iter().all(Option::is_none));
            assert_eq!(ints_of(&quick.rest), ints_of(&general.rest));
            // A method's receiver given apart binds as if it came first.
            let after_receiver = Args::new(ints(given - 1));
            assert!(CALL_LATER.fits_with_rest(&after_receiver, 1));
            let method = CALL_LATER.bind_with_rest(Some(&Value::Int(-7)), after_receiver);
            let mut front = vec![Value::Int(-7)];
            front.extend(ints(given - 1));
            let Ok(general) = shape.match_named("BaseEventLoop.call_later", Args::new(front))
            else {
                panic!("{given} arguments match");
            };
            let slots: Vec<Value> = general.slots.into_iter().flatten().collect();
            assert_eq!(ints_of(&method.required), ints_of(&slots));
            assert_eq!(ints_of(&method.rest), ints_of(&general.rest));
        }
        // Too few, or with a keyword: the general matching's (`python_star_args_...` checks
        // its messages).
        assert!(!CALL_LATER.fits_with_rest(&Args::new(ints(2)), 0));
        let mut keyword = Args::new(ints(4));
        keyword.keywords.push((Rc::from("context"), Value::None));
        assert!(!CALL_LATER.fits_with_rest(&keyword, 0));
    }

    const GCD: Signature<0, 0> = Signature::new("math.gcd", Convention::Variadic, [], []);
    const MIN: Signature<1, 0> = Signature::new(
        "min",
        Convention::Variadic,
        [Param::positional_only("iterable")],
        [],
    );

    #[test]
    fn variadic_functions_check_only_their_minimum() {
        assert_eq!(error(&GCD, 5, &[]), None);
        assert_eq!(
            error(&GCD, 1, &["x"]),
            message("math.gcd() takes no keyword arguments")
        );
        assert_eq!(
            error(&MIN, 0, &[]),
            message("min expected at least 1 argument, got 0")
        );
        let Ok(Bound { required, rest, .. }) =
            MIN.match_arguments(Args::new(vec![Value::Int(1), Value::Int(2), Value::Int(3)]))
        else {
            panic!("min(1, 2, 3) binds");
        };
        assert!(matches!(required, [Value::Int(1)]));
        assert!(matches!(rest.as_slice(), [Value::Int(2), Value::Int(3)]));
    }

    const ISCLOSE: Signature<2, 2> = Signature::new(
        "math.isclose",
        Convention::Clinic,
        [Param::new("a"), Param::new("b")],
        [
            Param::keyword_only("rel_tol"),
            Param::keyword_only("abs_tol"),
        ],
    );
    const SUM: Signature<1, 1> = Signature::new(
        "sum",
        Convention::Clinic,
        [Param::positional_only("iterable")],
        [Param::new("start")],
    );
    const LIST_SORT: Signature<0, 2> = Signature::new(
        "list.sort",
        Convention::Clinic,
        [],
        [Param::keyword_only("key"), Param::keyword_only("reverse")],
    );

    #[test]
    fn clinic_checks_in_argument_clinics_order() {
        assert_eq!(
            error(&ISCLOSE, 1, &[]),
            message("isclose() missing required argument 'b' (pos 2)")
        );
        assert_eq!(
            error(&ISCLOSE, 0, &["a"]),
            message("isclose() missing required argument 'b' (pos 2)")
        );
        assert_eq!(
            error(&ISCLOSE, 3, &[]),
            message("isclose() takes exactly 2 positional arguments (3 given)")
        );
        assert_eq!(
            error(&ISCLOSE, 2, &["rel_tol", "abs_tol", "x"]),
            message("isclose() takes at most 4 arguments (5 given)")
        );
        assert_eq!(
            error(&ISCLOSE, 0, &["rel_tol", "abs_tol", "x", "a", "b"]),
            message("isclose() takes at most 4 keyword arguments (5 given)")
        );
        assert_eq!(
            error(&ISCLOSE, 2, &["x"]),
            message("'x' is an invalid keyword argument for isclose()")
        );
        assert_eq!(
            error(&ISCLOSE, 1, &["b", "a"]),
            message("argument for isclose() given by name ('a') and position (1)")
        );
        assert_eq!(error(&ISCLOSE, 1, &["b", "abs_tol"]), None);
        assert_eq!(
            error(&SUM, 0, &[]),
            message("sum() takes at least 1 positional argument (0 given)")
        );
        assert_eq!(
            error(&SUM, 0, &["iterable"]),
            message("sum() takes at least 1 positional argument (0 given)")
        );
        assert_eq!(
            error(&SUM, 3, &[]),
            message("sum() takes at most 2 arguments (3 given)")
        );
        assert_eq!(error(&SUM, 1, &["start"]), None);
        assert_eq!(
            error(&LIST_SORT, 1, &[]),
            message("sort() takes no positional arguments")
        );
        assert_eq!(
            error(&LIST_SORT, 0, &["foo"]),
            message("'foo' is an invalid keyword argument for sort()")
        );
    }

    const DUMPS: Signature<1, 2> = Signature::new(
        "dumps",
        Convention::Python {
            extra_positional: false,
            extra_keywords: true,
        },
        [Param::new("obj")],
        [Param::keyword_only("skipkeys"), Param::keyword_only("cls")],
    );
    /// `def g(a, b=1, *, d=2)`
    const G: Signature<1, 2> = Signature::new(
        "g",
        Convention::python(),
        [Param::new("a")],
        [Param::new("b"), Param::keyword_only("d")],
    );
    /// `def f(a, /, b=1)`
    const F: Signature<1, 1> = Signature::new(
        "f",
        Convention::python(),
        [Param::positional_only("a")],
        [Param::new("b")],
    );
    /// `def three(a, b, c)`
    const THREE: Signature<3, 0> = Signature::new(
        "three",
        Convention::python(),
        [Param::new("a"), Param::new("b"), Param::new("c")],
        [],
    );

    #[test]
    fn python_functions_bind_as_the_interpreter_does() {
        assert_eq!(
            error(&DUMPS, 0, &[]),
            message("dumps() missing 1 required positional argument: 'obj'")
        );
        assert_eq!(
            error(&DUMPS, 2, &[]),
            message("dumps() takes 1 positional argument but 2 were given")
        );
        assert_eq!(
            error(&DUMPS, 1, &["obj"]),
            message("dumps() got multiple values for argument 'obj'")
        );
        assert_eq!(
            error(&DUMPS, 2, &["skipkeys"]),
            message(
                "dumps() takes 1 positional argument but 2 positional arguments (and 1 \
                 keyword-only argument) were given"
            )
        );
        assert_eq!(error(&DUMPS, 1, &["cls", "indent"]), None);
        assert_eq!(
            error(&G, 3, &[]),
            message("g() takes from 1 to 2 positional arguments but 3 were given")
        );
        assert_eq!(
            error(&G, 1, &["x"]),
            message("g() got an unexpected keyword argument 'x'")
        );
        assert_eq!(
            error(&G, 0, &["d"]),
            message("g() missing 1 required positional argument: 'a'")
        );
        assert_eq!(
            error(&F, 0, &["a"]),
            message("f() got some positional-only arguments passed as keyword arguments: 'a'")
        );
        assert_eq!(
            error(&F, 1, &["a"]),
            message("f() got some positional-only arguments passed as keyword arguments: 'a'")
        );
        assert_eq!(
            error(&THREE, 0, &[]),
            message("three() missing 3 required positional arguments: 'a', 'b', and 'c'")
        );
        assert_eq!(
            error(&THREE, 1, &[]),
            message("three() missing 2 required positional arguments: 'b' and 'c'")
        );
    }

    /// `BaseEventLoop.call_later(self, delay, callback, *args, context=None)`
    const CALL_LATER: Signature<3, 1> = Signature::new(
        "BaseEventLoop.call_later",
        Convention::Python {
            extra_positional: true,
            extra_keywords: false,
        },
        [
            Param::new("self"),
            Param::new("delay"),
            Param::new("callback"),
        ],
        [Param::keyword_only("context")],
    );

    #[test]
    fn python_star_args_collect_extra_positional_arguments() {
        assert_eq!(
            error(&CALL_LATER, 2, &[]),
            message(
                "BaseEventLoop.call_later() missing 1 required positional argument: 'callback'"
            )
        );
        assert_eq!(
            error(&CALL_LATER, 5, &["foo"]),
            message("BaseEventLoop.call_later() got an unexpected keyword argument 'foo'")
        );
        assert_eq!(
            error(&CALL_LATER, 1, &["callback", "delay", "context"]),
            None
        );
        let Ok(Bound { rest, .. }) = CALL_LATER.match_arguments(Args::new(vec![
            Value::Int(0),
            Value::Int(1),
            Value::Int(2),
            Value::Int(3),
        ])) else {
            panic!("call_later(loop, 1, 2, 3) binds");
        };
        assert!(matches!(rest.as_slice(), [Value::Int(3)]));
    }

    #[test]
    fn bound_values_are_named_by_declaration_order() {
        let args = Args {
            positional: vec![Value::Int(1)],
            keywords: vec![
                (Rc::from("indent"), Value::Int(4)),
                (Rc::from("cls"), Value::Int(3)),
            ],
        };
        let Ok(Bound {
            required: [obj],
            optional: [skipkeys, cls],
            extra_keywords,
            ..
        }) = DUMPS.match_arguments(args)
        else {
            panic!("dumps(1, cls=3, indent=4) binds");
        };
        assert!(matches!(obj, Value::Int(1)));
        assert!(skipkeys.is_none());
        assert!(matches!(cls, Some(Value::Int(3))));
        assert_eq!(extra_keywords.len(), 1);
        assert_eq!(&*extra_keywords[0].0, "indent");
    }
}
