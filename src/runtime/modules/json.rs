//! `json`, following CPython 3.12's `json` package and its `_json` accelerator: the encoder
//! writes exactly what `json.dumps` writes (float reprs, escapes, separators, indentation), the
//! decoder is a port of the C scanner, so values, positions and error messages agree.
//!
//! `JSONEncoder` and `JSONDecoder` are classes Python code can subclass (overriding
//! `default`, or passing `cls=` to `dumps`/`loads`); `iterencode` yields the whole document as
//! one chunk where CPython yields many small ones (their concatenation is the same).

use std::collections::HashSet;
use std::rc::Rc;

use crate::runtime::builtins::signature::{Bound, Convention, Keywords, Param, Signature};
use crate::runtime::builtins::{add_function, add_method, sort_values};
use crate::runtime::core_error::OrRaise;
use crate::runtime::ops::{from_int, to_int};
use crate::runtime::value::{Args, Class, Layout, Namespace, Value};
use crate::runtime::vm::types::builtin_class;
use crate::runtime::vm::{Vm, exception_data};
use crate::runtime::{Flow, PResult};
use pycore::format::{float_repr, parse_float};
use pycore::int::PyInt;
use pycore::json::encode_string;

/// Nesting that CPython's C encoder and scanner accept before "maximum recursion depth
/// exceeded" (its C recursion limit, less what the calling code has used).
const C_NESTING_LIMIT: usize = 1497;
/// Python frames between a `dumps` call and the first container when the pure-Python encoder
/// runs (`dumps`, `encode`, `_iterencode`): each container then adds one generator frame.
const PYTHON_ENCODER_FRAMES: usize = 3;

/// What the natives need to find again: the `JSONDecodeError` class, to raise it.
struct JsonState {
    decode_error: Rc<Class>,
}

pub fn install(vm: &mut Vm) -> Namespace {
    let decode_error = builtin_class(
        "JSONDecodeError",
        "json.decoder",
        vec![vm.types.exception("ValueError")],
        Layout::Exception,
    );
    add_method(&decode_error, "__init__", decode_error_init);

    let object = vm.types.object.clone();
    let encoder = builtin_class(
        "JSONEncoder",
        "json.encoder",
        vec![object.clone()],
        Layout::Object,
    );
    add_method(&encoder, "__init__", encoder_init);
    add_method(&encoder, "default", encoder_default);
    add_method(&encoder, "encode", encoder_encode);
    add_method(&encoder, "iterencode", encoder_iterencode);
    {
        let mut dict = encoder.dict.borrow_mut();
        dict.insert(Rc::from("item_separator"), Value::str(", "));
        dict.insert(Rc::from("key_separator"), Value::str(": "));
    }

    let decoder = builtin_class("JSONDecoder", "json.decoder", vec![object], Layout::Object);
    add_method(&decoder, "__init__", decoder_init);
    add_method(&decoder, "decode", decoder_decode);
    add_method(&decoder, "raw_decode", decoder_raw_decode);

    vm.extensions.insert(
        "json",
        Box::new(JsonState {
            decode_error: decode_error.clone(),
        }),
    );

    let mut namespace = Namespace::default();
    add_function(&mut namespace, "dumps", dumps);
    add_function(&mut namespace, "dump", dump);
    add_function(&mut namespace, "loads", loads);
    add_function(&mut namespace, "load", load);
    namespace.insert(Rc::from("JSONDecodeError"), Value::Class(decode_error));
    namespace.insert(Rc::from("JSONEncoder"), Value::Class(encoder));
    namespace.insert(Rc::from("JSONDecoder"), Value::Class(decoder));
    namespace
}

fn decode_error_class(vm: &Vm) -> Rc<Class> {
    vm.extensions
        .get("json")
        .and_then(|state| state.downcast_ref::<JsonState>())
        .expect("the json module installs its state")
        .decode_error
        .clone()
}

// ----- arguments of the Python-level functions -----------------------------------------------

/// `dumps` and `loads` pass keywords outside their signature (`**kw`) on to the class.
const PASSES_KEYWORDS_ON: Convention = Convention::Python {
    extra_positional: false,
    extra_keywords: true,
};

/// The keyword-only parameters of `dumps` and `dump`.
const DUMPS_OPTIONS: [Param; 9] = [
    Param::keyword_only("skipkeys"),
    Param::keyword_only("ensure_ascii"),
    Param::keyword_only("check_circular"),
    Param::keyword_only("allow_nan"),
    Param::keyword_only("cls"),
    Param::keyword_only("indent"),
    Param::keyword_only("separators"),
    Param::keyword_only("default"),
    Param::keyword_only("sort_keys"),
];
const DUMPS: Signature<1, 9> = Signature::new(
    "dumps",
    PASSES_KEYWORDS_ON,
    [Param::new("obj")],
    DUMPS_OPTIONS,
);
const DUMP: Signature<2, 9> = Signature::new(
    "dump",
    PASSES_KEYWORDS_ON,
    [Param::new("obj"), Param::new("fp")],
    DUMPS_OPTIONS,
);
const ENCODER_INIT: Signature<1, 8> = Signature::new(
    "JSONEncoder.__init__",
    Convention::python(),
    [Param::new("self")],
    [
        Param::keyword_only("skipkeys"),
        Param::keyword_only("ensure_ascii"),
        Param::keyword_only("check_circular"),
        Param::keyword_only("allow_nan"),
        Param::keyword_only("sort_keys"),
        Param::keyword_only("indent"),
        Param::keyword_only("separators"),
        Param::keyword_only("default"),
    ],
);
const ENCODER_DEFAULT: Signature<2, 0> = Signature::new(
    "JSONEncoder.default",
    Convention::python(),
    [Param::new("self"), Param::new("o")],
    [],
);
const ENCODER_ENCODE: Signature<2, 0> = Signature::new(
    "JSONEncoder.encode",
    Convention::python(),
    [Param::new("self"), Param::new("o")],
    [],
);
const ENCODER_ITERENCODE: Signature<2, 1> = Signature::new(
    "JSONEncoder.iterencode",
    Convention::python(),
    [Param::new("self"), Param::new("o")],
    [Param::new("_one_shot")],
);

/// The keyword-only parameters of `loads` and `load`.
const LOADS_OPTIONS: [Param; 6] = [
    Param::keyword_only("cls"),
    Param::keyword_only("object_hook"),
    Param::keyword_only("parse_float"),
    Param::keyword_only("parse_int"),
    Param::keyword_only("parse_constant"),
    Param::keyword_only("object_pairs_hook"),
];
const LOADS: Signature<1, 6> = Signature::new(
    "loads",
    PASSES_KEYWORDS_ON,
    [Param::new("s")],
    LOADS_OPTIONS,
);
const LOAD: Signature<1, 6> = Signature::new(
    "load",
    PASSES_KEYWORDS_ON,
    [Param::new("fp")],
    LOADS_OPTIONS,
);
const DECODER_INIT: Signature<1, 6> = Signature::new(
    "JSONDecoder.__init__",
    Convention::python(),
    [Param::new("self")],
    [
        Param::keyword_only("object_hook"),
        Param::keyword_only("parse_float"),
        Param::keyword_only("parse_int"),
        Param::keyword_only("parse_constant"),
        Param::keyword_only("strict"),
        Param::keyword_only("object_pairs_hook"),
    ],
);
const DECODER_DECODE: Signature<2, 1> = Signature::new(
    "JSONDecoder.decode",
    Convention::python(),
    [Param::new("self"), Param::new("s")],
    [Param::new("_w")],
);
const DECODER_RAW_DECODE: Signature<2, 1> = Signature::new(
    "JSONDecoder.raw_decode",
    Convention::python(),
    [Param::new("self"), Param::new("s")],
    [Param::new("idx")],
);
const DECODE_ERROR_INIT: Signature<4, 0> = Signature::new(
    "JSONDecodeError.__init__",
    Convention::python(),
    [
        Param::new("self"),
        Param::new("msg"),
        Param::new("doc"),
        Param::new("pos"),
    ],
    [],
);

/// Checks keywords that `dumps` or `loads` pass on (`**kw`) to `JSONEncoder(...)` or
/// `JSONDecoder(...)`, as that class's `__init__` would: they bind to nothing there either.
fn check_passed_on<const O: usize>(
    vm: &mut Vm,
    init: &Signature<1, O>,
    keywords: Keywords,
) -> PResult<Bound<1, O>> {
    // `None` stands for the instance that CPython would be making.
    init.bind(
        vm,
        Args {
            positional: vec![Value::None],
            keywords,
        },
    )
}

/// `value or default` as the encoder's options read it.
fn truthy_or(vm: &mut Vm, value: &Option<Value>, default: bool) -> PResult<bool> {
    match value {
        Some(value) => vm.truthy(value),
        None => Ok(default),
    }
}

// ----- encoding ---------------------------------------------------------------------------------

/// What an encoder was configured with (`JSONEncoder`'s attributes).
struct EncoderOptions {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    /// The text of one indentation level (`None`: everything on one line).
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    /// The `default` hook; `None` raises "not JSON serializable".
    default: Option<Value>,
}

/// `JSONEncoder.__init__`'s keyword arguments as given (`None`: left out).
struct EncoderArguments {
    skipkeys: Option<Value>,
    ensure_ascii: Option<Value>,
    check_circular: Option<Value>,
    allow_nan: Option<Value>,
    sort_keys: Option<Value>,
    indent: Option<Value>,
    separators: Option<Value>,
    default: Option<Value>,
}

impl EncoderArguments {
    /// The keywords `dumps` passes to `cls(...)`, with `dumps`' defaults, in its order.
    fn into_keywords(self) -> Keywords {
        let false_ = || Value::Bool(false);
        let true_ = || Value::Bool(true);
        [
            ("skipkeys", self.skipkeys.unwrap_or_else(false_)),
            ("ensure_ascii", self.ensure_ascii.unwrap_or_else(true_)),
            ("check_circular", self.check_circular.unwrap_or_else(true_)),
            ("allow_nan", self.allow_nan.unwrap_or_else(true_)),
            ("indent", self.indent.unwrap_or(Value::None)),
            ("separators", self.separators.unwrap_or(Value::None)),
            ("default", self.default.unwrap_or(Value::None)),
            ("sort_keys", self.sort_keys.unwrap_or_else(false_)),
        ]
        .into_iter()
        .map(|(name, value)| (Rc::from(name), value))
        .collect()
    }
}

/// `json.dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
/// separators, default, sort_keys, **kw)`.
fn dumps(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [obj],
        optional,
        extra_keywords,
        ..
    } = DUMPS.bind(vm, args)?;
    dumps_with(vm, &obj, optional, extra_keywords)
}

/// Encodes with `dumps`' keyword-only arguments: through `cls` when one is given, else
/// directly with the options a `JSONEncoder` would have.
fn dumps_with(
    vm: &mut Vm,
    obj: &Value,
    options: [Option<Value>; 9],
    extra_keywords: Keywords,
) -> PResult<Value> {
    let [
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        cls,
        indent,
        separators,
        default,
        sort_keys,
    ] = options;
    let arguments = EncoderArguments {
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        sort_keys,
        indent,
        separators,
        default,
    };
    if let Some(cls) = cls.filter(|cls| !cls.is_none()) {
        let mut keywords = arguments.into_keywords();
        keywords.extend(extra_keywords);
        let encoder = vm.call_with(
            &cls,
            Args {
                positional: Vec::new(),
                keywords,
            },
        )?;
        let encode = vm.getattr(&encoder, "encode")?;
        return vm.call(&encode, vec![obj.clone()]);
    }
    check_passed_on(vm, &ENCODER_INIT, extra_keywords)?;
    let options = encoder_options_from(vm, arguments)?;
    encode_top(vm, &options, obj)
}

/// The options from `JSONEncoder.__init__`'s arguments.
fn encoder_options_from(vm: &mut Vm, arguments: EncoderArguments) -> PResult<EncoderOptions> {
    let skipkeys = truthy_or(vm, &arguments.skipkeys, false)?;
    let ensure_ascii = truthy_or(vm, &arguments.ensure_ascii, true)?;
    let check_circular = truthy_or(vm, &arguments.check_circular, true)?;
    let allow_nan = truthy_or(vm, &arguments.allow_nan, true)?;
    let sort_keys = truthy_or(vm, &arguments.sort_keys, false)?;
    let indent = arguments.indent.unwrap_or(Value::None);
    let (item_separator, key_separator) = match &arguments.separators {
        Some(separators) if !separators.is_none() => {
            let pair = vm.unpack(separators, 2)?;
            (pair[0].clone(), pair[1].clone())
        }
        _ if !indent.is_none() => (Value::str(","), Value::str(": ")),
        _ => (Value::str(", "), Value::str(": ")),
    };
    let default = arguments.default.filter(|d| !d.is_none());
    finish_options(
        vm,
        EncoderValues {
            skipkeys,
            ensure_ascii,
            check_circular,
            allow_nan,
            sort_keys,
            indent,
            item_separator,
            key_separator,
            default,
        },
    )
}

/// Options as Python values, before the checks the encoder makes on them.
struct EncoderValues {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Value,
    item_separator: Value,
    key_separator: Value,
    default: Option<Value>,
}

fn finish_options(vm: &mut Vm, values: EncoderValues) -> PResult<EncoderOptions> {
    let indent = match &values.indent {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        // What the pure-Python encoder does with a non-str indent: `' ' * indent`.
        other => {
            let count = match to_int(other) {
                Some(count) => Some(count),
                None if vm.special_method(other, "__index__").is_some() => {
                    let index = vm.index(other)?;
                    Some(PyInt::Small(index))
                }
                None => None,
            };
            let Some(count) = count else {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{name}'"
                )));
            };
            let Some(count) = count.to_i64() else {
                return Err(vm.error(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ));
            };
            // CPython would try to allocate the string and fail.
            if count > 1 << 28 {
                return Err(Flow::Exception(
                    vm.exception_with_message("MemoryError", ""),
                ));
            }
            Some(" ".repeat(count.max(0) as usize))
        }
    };
    // The C encoder checks its separators' types, in this order.
    let separator = |vm: &mut Vm, value: &Value, position: usize| match value {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "make_encoder() argument {position} must be str, not {name}"
            )))
        }
    };
    let key_separator = separator(vm, &values.key_separator, 5)?;
    let item_separator = separator(vm, &values.item_separator, 6)?;
    Ok(EncoderOptions {
        skipkeys: values.skipkeys,
        ensure_ascii: values.ensure_ascii,
        check_circular: values.check_circular,
        allow_nan: values.allow_nan,
        sort_keys: values.sort_keys,
        indent,
        item_separator,
        key_separator,
        default: values.default,
    })
}

/// `JSONEncoder.encode(o)`.
fn encode_top(vm: &mut Vm, options: &EncoderOptions, obj: &Value) -> PResult<Value> {
    let frames = vm.frames.len();
    let nesting_limit = if options.indent.is_some() {
        vm.limits
            .recursion
            .saturating_sub(frames + PYTHON_ENCODER_FRAMES)
    } else {
        C_NESTING_LIMIT
    };
    let mut encoder = Encoder {
        options,
        out: String::new(),
        markers: HashSet::new(),
        depth: 0,
        nesting_limit,
    };
    encoder.encode(vm, obj, 0)?;
    Ok(Value::str(encoder.out))
}

struct Encoder<'a> {
    options: &'a EncoderOptions,
    out: String,
    /// The containers being encoded (by address), to detect cycles.
    markers: HashSet<usize>,
    /// Containers (and `default` results) being encoded, one inside the other.
    depth: usize,
    nesting_limit: usize,
}

impl Encoder<'_> {
    fn encode(&mut self, vm: &mut Vm, value: &Value, level: usize) -> PResult<()> {
        match value {
            Value::Str(s) => {
                encode_string(&mut self.out, s.as_str(), self.options.ensure_ascii);
                Ok(())
            }
            Value::None => {
                self.out.push_str("null");
                Ok(())
            }
            Value::Bool(b) => {
                self.out.push_str(if *b { "true" } else { "false" });
                Ok(())
            }
            Value::Int(_) | Value::BigInt(_) if let Some(int) = to_int(value) => {
                let text = int_text(vm, &int)?;
                self.out.push_str(&text);
                Ok(())
            }
            Value::Float(x) => {
                let text = self.float_text(vm, *x)?;
                self.out.push_str(&text);
                Ok(())
            }
            Value::List(items) => {
                let items = items.borrow().clone();
                self.nested(vm, value, |me, vm| me.encode_list(vm, &items, level))
            }
            Value::Tuple(items) => {
                let items = items.to_vec();
                self.nested(vm, value, |me, vm| me.encode_list(vm, &items, level))
            }
            Value::Dict(table) => {
                let items = table.borrow().items();
                self.nested(vm, value, |me, vm| me.encode_dict(vm, items, level))
            }
            // A subclass of dict, list or tuple encodes as its value (`Counter`, a named
            // tuple).
            Value::Instance(instance) if let Some(base) = &instance.base => {
                let base = base.clone();
                self.encode(vm, &base, level)
            }
            other => {
                let marker = self.mark(vm, other)?;
                let replacement = match &self.options.default {
                    Some(default) => {
                        // Entering Python code from the C encoder counts against the same C
                        // recursion limit, so at the limit CPython fails there, without the
                        // encoder's suffix.
                        if self.depth + 1 >= self.nesting_limit
                            && !matches!(default, Value::Builtin(_))
                        {
                            return Err(
                                vm.error("RecursionError", "maximum recursion depth exceeded")
                            );
                        }
                        vm.call(default, vec![other.clone()])?
                    }
                    None => return Err(not_serializable(vm, other)),
                };
                self.deeper(vm, |me, vm| me.encode(vm, &replacement, level))?;
                if let Some(address) = marker {
                    self.markers.remove(&address);
                }
                Ok(())
            }
        }
    }

    /// Runs `body` for a container: checks the nesting (empty containers count, as in CPython)
    /// and, for non-empty ones, cycles.
    fn nested(
        &mut self,
        vm: &mut Vm,
        container: &Value,
        body: impl FnOnce(&mut Self, &mut Vm) -> PResult<()>,
    ) -> PResult<()> {
        let empty = match container {
            Value::List(items) => items.borrow().is_empty(),
            Value::Tuple(items) => items.is_empty(),
            Value::Dict(table) => table.borrow().is_empty(),
            _ => false,
        };
        self.deeper(vm, |me, vm| {
            if empty {
                me.out.push_str(if matches!(container, Value::Dict(_)) {
                    "{}"
                } else {
                    "[]"
                });
                return Ok(());
            }
            let marker = me.mark(vm, container)?;
            body(me, vm)?;
            if let Some(address) = marker {
                me.markers.remove(&address);
            }
            Ok(())
        })
    }

    /// Records that `value` is being encoded, failing if it already is (a cycle).
    fn mark(&mut self, vm: &mut Vm, value: &Value) -> PResult<Option<usize>> {
        if !self.options.check_circular {
            return Ok(None);
        }
        match value.address() {
            Some(address) if !self.markers.insert(address) => {
                Err(vm.value_error("Circular reference detected"))
            }
            address => Ok(address),
        }
    }

    /// One level deeper (a container, or what `default` returned), within CPython's limit.
    fn deeper(
        &mut self,
        vm: &mut Vm,
        body: impl FnOnce(&mut Self, &mut Vm) -> PResult<()>,
    ) -> PResult<()> {
        if self.depth >= self.nesting_limit {
            let message = if self.options.indent.is_some() {
                "maximum recursion depth exceeded"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            };
            return Err(vm.error("RecursionError", message));
        }
        self.depth += 1;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || body(self, vm));
        self.depth -= 1;
        result
    }

    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.options.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn encode_list(&mut self, vm: &mut Vm, items: &[Value], level: usize) -> PResult<()> {
        self.out.push('[');
        let inner = level + 1;
        self.newline(inner);
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                self.out.push_str(&self.options.item_separator);
                self.newline(inner);
            }
            self.encode(vm, item, inner)?;
        }
        self.newline(level);
        self.out.push(']');
        Ok(())
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        items: Vec<(Value, Value)>,
        level: usize,
    ) -> PResult<()> {
        let items = if self.options.sort_keys {
            // CPython sorts the (key, value) pairs, so keys of mixed types fail as they do there.
            let pairs = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            sort_values(vm, pairs, None, false)?
                .into_iter()
                .map(|pair| match &pair {
                    Value::Tuple(pair) => (pair[0].clone(), pair[1].clone()),
                    _ => unreachable!("pairs are tuples"),
                })
                .collect()
        } else {
            items
        };
        self.out.push('{');
        let inner = level + 1;
        self.newline(inner);
        let mut first = true;
        for (key, value) in items {
            let key_text = match &key {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(x) => self.float_text(vm, *x)?,
                Value::Bool(true) => "true".to_string(),
                Value::Bool(false) => "false".to_string(),
                Value::None => "null".to_string(),
                Value::Int(_) | Value::BigInt(_) if let Some(int) = to_int(&key) => {
                    int_text(vm, &int)?
                }
                _ if self.options.skipkeys => continue,
                other => {
                    let name = vm.type_name(other);
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {name}"
                    )));
                }
            };
            if first {
                first = false;
            } else {
                self.out.push_str(&self.options.item_separator);
                self.newline(inner);
            }
            encode_string(&mut self.out, &key_text, self.options.ensure_ascii);
            self.out.push_str(&self.options.key_separator);
            self.encode(vm, &value, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }

    fn float_text(&self, vm: &mut Vm, x: f64) -> PResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.options.allow_nan {
            return Err(vm.value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                float_repr(x)
            )));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }
}

fn int_text(vm: &mut Vm, int: &PyInt) -> PResult<String> {
    int.to_str().or_raise(vm)
}

fn not_serializable(vm: &mut Vm, value: &Value) -> Flow {
    let name = vm.type_name(value);
    vm.type_error(format!("Object of type {name} is not JSON serializable"))
}

/// `json.dump(obj, fp, ...)`: `dumps`, written to `fp`.
fn dump(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [obj, fp],
        optional,
        extra_keywords,
        ..
    } = DUMP.bind(vm, args)?;
    let text = dumps_with(vm, &obj, optional, extra_keywords)?;
    let write = vm.getattr(&fp, "write")?;
    vm.call(&write, vec![text])?;
    Ok(Value::None)
}

// ----- JSONEncoder ----------------------------------------------------------------------------

fn encoder_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me],
        optional:
            [
                skipkeys,
                ensure_ascii,
                check_circular,
                allow_nan,
                sort_keys,
                indent,
                separators,
                default,
            ],
        ..
    } = ENCODER_INIT.bind_method(vm, this, args)?;
    for (name, value, default) in [
        ("skipkeys", skipkeys, false),
        ("ensure_ascii", ensure_ascii, true),
        ("check_circular", check_circular, true),
        ("allow_nan", allow_nan, true),
        ("sort_keys", sort_keys, false),
    ] {
        vm.setattr(&me, name, value.unwrap_or(Value::Bool(default)))?;
    }
    let indent = indent.unwrap_or(Value::None);
    vm.setattr(&me, "indent", indent.clone())?;
    let separators = separators.unwrap_or(Value::None);
    if !separators.is_none() {
        let pair = vm.unpack(&separators, 2)?;
        vm.setattr(&me, "item_separator", pair[0].clone())?;
        vm.setattr(&me, "key_separator", pair[1].clone())?;
    } else if !indent.is_none() {
        vm.setattr(&me, "item_separator", Value::str(","))?;
    }
    if let Some(default) = default.filter(|default| !default.is_none()) {
        vm.setattr(&me, "default", default)?;
    }
    Ok(Value::None)
}

fn encoder_default(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [_, o], ..
    } = ENCODER_DEFAULT.bind_method(vm, this, args)?;
    Err(not_serializable(vm, &o))
}

/// The options a `JSONEncoder` instance holds in its attributes.
fn options_of(vm: &mut Vm, encoder: &Value) -> PResult<EncoderOptions> {
    let mut flags = [false; 5];
    for (flag, name) in flags.iter_mut().zip([
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "sort_keys",
    ]) {
        let value = vm.getattr(encoder, name)?;
        *flag = vm.truthy(&value)?;
    }
    let indent = vm.getattr(encoder, "indent")?;
    let item_separator = vm.getattr(encoder, "item_separator")?;
    let key_separator = vm.getattr(encoder, "key_separator")?;
    let default = vm.getattr(encoder, "default")?;
    finish_options(
        vm,
        EncoderValues {
            skipkeys: flags[0],
            ensure_ascii: flags[1],
            check_circular: flags[2],
            allow_nan: flags[3],
            sort_keys: flags[4],
            indent,
            item_separator,
            key_separator,
            default: Some(default),
        },
    )
}

fn encoder_encode(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, obj],
        ..
    } = ENCODER_ENCODE.bind_method(vm, this, args)?;
    let options = options_of(vm, &me)?;
    encode_top(vm, &options, &obj)
}

fn encoder_iterencode(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    // `_one_shot` only chooses between CPython's two encoders, which write the same text.
    let Bound {
        required: [me, obj],
        ..
    } = ENCODER_ITERENCODE.bind_method(vm, this, args)?;
    let options = options_of(vm, &me)?;
    let text = encode_top(vm, &options, &obj)?;
    vm.iter(&Value::list(vec![text]))
}

// ----- decoding ---------------------------------------------------------------------------------

/// What a decoder was configured with (`JSONDecoder`'s attributes); `None` hooks mean the
/// builtin behaviour.
struct DecoderOptions {
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    strict: bool,
}

/// `json.loads(s, *, cls, object_hook, parse_float, parse_int, parse_constant,
/// object_pairs_hook, **kw)`.
fn loads(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [s],
        optional,
        extra_keywords,
        ..
    } = LOADS.bind(vm, args)?;
    loads_with(vm, &s, optional, extra_keywords)
}

fn loads_with(
    vm: &mut Vm,
    s: &Value,
    options: [Option<Value>; 6],
    extra_keywords: Keywords,
) -> PResult<Value> {
    // Bytes are decoded as UTF-8 first (json.loads detects UTF-16 and -32 too, which
    // Looplab's codecs lack).
    let decoded;
    let s = match crate::runtime::builtins::bytes::bytes_like(s) {
        Some(data) => {
            let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&data);
            decoded = Value::str(crate::runtime::builtins::bytes::decode(
                vm,
                data,
                "utf-8",
                "surrogatepass",
            )?);
            &decoded
        }
        None => s,
    };
    let Value::Str(text) = s else {
        let name = vm.type_name(s);
        return Err(vm.type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {name}"
        )));
    };
    if text.as_str().starts_with('\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            s,
            0,
        ));
    }
    let [cls, hooks @ ..] = options;
    // Only the hooks given are passed on, as CPython's `loads` does.
    let mut keywords = extra_keywords;
    for (param, value) in LOADS_OPTIONS[1..].iter().zip(hooks) {
        if let Some(value) = value.filter(|value| !value.is_none()) {
            keywords.push((Rc::from(param.name), value));
        }
    }
    if let Some(cls) = cls.filter(|cls| !cls.is_none()) {
        let decoder = vm.call_with(
            &cls,
            Args {
                positional: Vec::new(),
                keywords,
            },
        )?;
        let decode = vm.getattr(&decoder, "decode")?;
        return vm.call(&decode, vec![s.clone()]);
    }
    let Bound { optional, .. } = check_passed_on(vm, &DECODER_INIT, keywords)?;
    let options = decoder_options_from(vm, optional)?;
    decode_document(vm, &options, s)
}

/// The options from `JSONDecoder.__init__`'s keyword arguments.
fn decoder_options_from(vm: &mut Vm, values: [Option<Value>; 6]) -> PResult<DecoderOptions> {
    let [
        object_hook,
        parse_float,
        parse_int,
        parse_constant,
        strict,
        object_pairs_hook,
    ] = values;
    let hook = |value: Option<Value>| value.filter(|v| !v.is_none());
    Ok(DecoderOptions {
        parse_float: parser(vm, parse_float)?,
        parse_int: parser(vm, parse_int)?,
        parse_constant: parser(vm, parse_constant)?,
        object_hook: hook(object_hook),
        strict: truthy_or(vm, &strict, true)?,
        object_pairs_hook: hook(object_pairs_hook),
    })
}

/// `json.load(fp, ...)`: `loads(fp.read(), ...)`.
fn load(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [fp],
        optional,
        extra_keywords,
        ..
    } = LOAD.bind(vm, args)?;
    let read = vm.getattr(&fp, "read")?;
    let s = vm.call(&read, Vec::new())?;
    loads_with(vm, &s, optional, extra_keywords)
}

/// `JSONDecoder.decode(s)`: one value, with only whitespace around it.
fn decode_document(vm: &mut Vm, options: &DecoderOptions, s: &Value) -> PResult<Value> {
    let Value::Str(text) = s else {
        let name = vm.type_name(s);
        return Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{name}'"
        )));
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        doc: s,
        options,
        depth: 0,
    };
    let start = scanner.skip_whitespace(0);
    let (value, end) = scanner.top(vm, start)?;
    let end = scanner.skip_whitespace(end);
    if end != chars.len() {
        return Err(decode_error(vm, "Extra data", s, end));
    }
    Ok(value)
}

/// Why scanning stopped: no value starts at this index (CPython's `StopIteration`, which the
/// caller reports as "Expecting value"), or an exception.
enum Stop {
    NoValue(usize),
    Raise(Flow),
}

impl From<Flow> for Stop {
    fn from(flow: Flow) -> Stop {
        Stop::Raise(flow)
    }
}

type Scan<T> = Result<T, Stop>;

/// A port of `_json.c`'s scanner, over the document's code points.
struct Scanner<'a> {
    chars: &'a [char],
    doc: &'a Value,
    options: &'a DecoderOptions,
    depth: usize,
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner<'_> {
    fn skip_whitespace(&self, mut index: usize) -> usize {
        while index < self.chars.len() && is_whitespace(self.chars[index]) {
            index += 1;
        }
        index
    }

    fn at(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    fn error(&self, vm: &mut Vm, message: &str, position: usize) -> Stop {
        Stop::Raise(decode_error(vm, message, self.doc, position))
    }

    /// `scan_once` from the outside: a value at `index` and the index after it.
    fn top(&mut self, vm: &mut Vm, index: usize) -> PResult<(Value, usize)> {
        match self.scan(vm, index) {
            Ok(found) => Ok(found),
            Err(Stop::NoValue(position)) => {
                Err(decode_error(vm, "Expecting value", self.doc, position))
            }
            Err(Stop::Raise(flow)) => Err(flow),
        }
    }

    fn scan(&mut self, vm: &mut Vm, index: usize) -> Scan<(Value, usize)> {
        let Some(c) = self.at(index) else {
            return Err(Stop::NoValue(index));
        };
        let matches = |word: &str| {
            word.chars()
                .enumerate()
                .all(|(i, w)| self.at(index + i) == Some(w))
        };
        match c {
            '"' => {
                let (text, end) = self.scan_string(vm, index + 1)?;
                return Ok((Value::str(text), end));
            }
            '{' | '[' => {
                if self.depth >= C_NESTING_LIMIT {
                    let what = if c == '{' { "object" } else { "array" };
                    return Err(Stop::Raise(vm.error(
                        "RecursionError",
                        format!(
                            "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                        ),
                    )));
                }
                self.depth += 1;
                let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                    if c == '{' {
                        self.scan_object(vm, index + 1)
                    } else {
                        self.scan_array(vm, index + 1)
                    }
                });
                self.depth -= 1;
                return result;
            }
            'n' if matches("null") => return Ok((Value::None, index + 4)),
            't' if matches("true") => return Ok((Value::Bool(true), index + 4)),
            'f' if matches("false") => return Ok((Value::Bool(false), index + 5)),
            'N' if matches("NaN") => return self.constant(vm, "NaN", index),
            'I' if matches("Infinity") => return self.constant(vm, "Infinity", index),
            '-' if matches("-Infinity") => return self.constant(vm, "-Infinity", index),
            _ => {}
        }
        self.scan_number(vm, index)
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, index: usize) -> Scan<(Value, usize)> {
        let end = index + name.chars().count();
        let value = match &self.options.parse_constant {
            Some(parse) => vm.call(parse, vec![Value::str(name)])?,
            None => Value::Float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((value, end))
    }

    fn is_digit(&self, index: usize) -> bool {
        self.at(index).is_some_and(|c| c.is_ascii_digit())
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    fn scan_number(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let len = self.chars.len();
        let mut index = start;
        if self.at(index) == Some('-') {
            index += 1;
            if index >= len {
                return Err(Stop::NoValue(start));
            }
        }
        match self.at(index) {
            Some('1'..='9') => {
                index += 1;
                while self.is_digit(index) {
                    index += 1;
                }
            }
            Some('0') => index += 1,
            _ => return Err(Stop::NoValue(start)),
        }
        let mut is_float = false;
        if index + 1 < len && self.at(index) == Some('.') && self.is_digit(index + 1) {
            is_float = true;
            index += 2;
            while self.is_digit(index) {
                index += 1;
            }
        }
        if index + 1 < len && matches!(self.at(index), Some('e' | 'E')) {
            let exponent_start = index;
            index += 1;
            if index + 1 < len && matches!(self.at(index), Some('-' | '+')) {
                index += 1;
            }
            while self.is_digit(index) {
                index += 1;
            }
            if self.is_digit(index - 1) {
                is_float = true;
            } else {
                index = exponent_start;
            }
        }
        let text: String = self.chars[start..index].iter().collect();
        let custom = if is_float {
            &self.options.parse_float
        } else {
            &self.options.parse_int
        };
        let value = match custom {
            Some(parse) => vm.call(parse, vec![Value::str(text)])?,
            // The scanner took only a number's characters, which always parse.
            None if is_float => match parse_float(&text) {
                Some(x) => Value::Float(x),
                None => {
                    let message = format!("could not convert string to float: '{text}'");
                    return Err(Stop::Raise(vm.value_error(message)));
                }
            },
            None => match PyInt::parse(&text, 10) {
                Ok(int) => from_int(int),
                Err(error) => return Err(Stop::Raise(vm.raise_core(error))),
            },
        };
        Ok((value, index))
    }

    /// `scanstring_unicode`: the string whose opening quote is just before `end`; returns its
    /// text and the index after the closing quote.
    fn scan_string(&mut self, vm: &mut Vm, mut end: usize) -> Scan<(String, usize)> {
        let begin = end - 1;
        let len = self.chars.len();
        let mut text = String::new();
        loop {
            let mut next = end;
            let mut c = '\0';
            while next < len {
                c = self.chars[next];
                if c == '"' || c == '\\' {
                    break;
                }
                if (c as u32) <= 0x1f && self.options.strict {
                    return Err(self.error(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len || (c != '"' && c != '\\') {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            text.extend(&self.chars[end..next]);
            next += 1;
            if c == '"' {
                return Ok((text, next));
            }
            if next == len {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            let escape = self.chars[next];
            if escape != 'u' {
                end = next + 1;
                let decoded = match escape {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", end - 2)),
                };
                text.push(decoded);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(self.error(vm, "Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut code) = self.hex4(next) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", end - 5));
            };
            // A high surrogate followed by an escaped low one is one astral character.
            if (0xd800..=0xdbff).contains(&code)
                && end + 6 < len
                && self.chars[end] == '\\'
                && self.chars[end + 1] == 'u'
            {
                let Some(low) = self.hex4(end + 2) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..=0xdfff).contains(&low) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    end += 6;
                }
            }
            // A lone surrogate stays one, as in CPython; four hex digits always make a char.
            text.push(pycore::surrogates::to_char(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }

    fn hex4(&self, start: usize) -> Option<u32> {
        let mut code = 0u32;
        for index in start..start + 4 {
            code = code * 16 + self.at(index)?.to_digit(16)?;
        }
        Some(code)
    }

    fn scan_array(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let len = self.chars.len();
        let mut items = Vec::new();
        let mut index = self.skip_whitespace(start);
        if self.at(index) != Some(']') {
            loop {
                let (value, next) = self.scan(vm, index)?;
                items.push(value);
                index = self.skip_whitespace(next);
                if self.at(index) == Some(']') {
                    break;
                }
                if self.at(index) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", index));
                }
                index = self.skip_whitespace(index + 1);
            }
        }
        if index >= len {
            return Err(self.error(vm, "Expecting value", len.saturating_sub(1)));
        }
        Ok((Value::list(items), index + 1))
    }

    fn scan_object(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut index = self.skip_whitespace(start);
        if self.at(index) != Some('}') {
            loop {
                if self.at(index) != Some('"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        index,
                    ));
                }
                let (key, next) = self.scan_string(vm, index + 1)?;
                index = self.skip_whitespace(next);
                if self.at(index) != Some(':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", index));
                }
                index = self.skip_whitespace(index + 1);
                let (value, next) = self.scan(vm, index)?;
                pairs.push((Value::str(key), value));
                index = self.skip_whitespace(next);
                if self.at(index) == Some('}') {
                    break;
                }
                if self.at(index) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", index));
                }
                index = self.skip_whitespace(index + 1);
            }
        }
        let end = index + 1;
        if let Some(hook) = &self.options.object_pairs_hook {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            );
            return Ok((vm.call(hook, vec![list])?, end));
        }
        let dict = vm.new_dict();
        for (key, value) in pairs {
            vm.dict_set(&dict, key, value)?;
        }
        match &self.options.object_hook {
            Some(hook) => Ok((vm.call(hook, vec![dict])?, end)),
            None => Ok((dict, end)),
        }
    }
}

// ----- JSONDecoder ------------------------------------------------------------------------------

fn decoder_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me],
        optional,
        ..
    } = DECODER_INIT.bind_method(vm, this, args)?;
    for (param, value) in DECODER_INIT.optional.iter().zip(optional) {
        let value = match (param.name, value) {
            ("strict", None) => Value::Bool(true),
            (_, Some(value)) => value,
            (_, None) => Value::None,
        };
        vm.setattr(&me, param.name, value)?;
    }
    Ok(Value::None)
}

/// `parse_float or float`: a parser given, or `None` (a false value) for the builtin one.
fn parser(vm: &mut Vm, value: Option<Value>) -> PResult<Option<Value>> {
    match value {
        Some(value) if vm.truthy(&value)? => Ok(Some(value)),
        _ => Ok(None),
    }
}

/// The options a `JSONDecoder` instance holds in its attributes.
fn decoder_options_of(vm: &mut Vm, decoder: &Value) -> PResult<DecoderOptions> {
    let mut values: [Option<Value>; 6] = Default::default();
    for (value, param) in values.iter_mut().zip(&DECODER_INIT.optional) {
        *value = Some(vm.getattr(decoder, param.name)?);
    }
    decoder_options_from(vm, values)
}

fn decoder_decode(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    // `_w` is the whitespace matcher of CPython's pure-Python decoder; the scanner here has
    // its own.
    let Bound {
        required: [me, s], ..
    } = DECODER_DECODE.bind_method(vm, this, args)?;
    let options = decoder_options_of(vm, &me)?;
    decode_document(vm, &options, &s)
}

fn decoder_raw_decode(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, s],
        optional: [index],
        ..
    } = DECODER_RAW_DECODE.bind_method(vm, this, args)?;
    let index = match &index {
        Some(index) => crate::runtime::builtins::expect_int(vm, index, "idx")?,
        None => 0,
    };
    let options = decoder_options_of(vm, &me)?;
    let Value::Str(text) = &s else {
        let name = vm.type_name(&s);
        return Err(vm.type_error(format!("first argument must be a string, not {name}")));
    };
    if index < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let chars: Vec<char> = text.as_str().chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        doc: &s,
        options: &options,
        depth: 0,
    };
    let (value, end) = scanner.top(vm, index as usize)?;
    Ok(Value::tuple(vec![value, Value::Int(end as i64)]))
}

// ----- JSONDecodeError --------------------------------------------------------------------------

/// A `JSONDecodeError(msg, doc, pos)` ready to raise.
fn decode_error(vm: &mut Vm, message: &str, doc: &Value, position: usize) -> Flow {
    let class = decode_error_class(vm);
    let error = vm.new_exception(class, Vec::new());
    if let Err(flow) = fill_decode_error(
        vm,
        &error,
        Value::str(message),
        doc.clone(),
        Value::Int(position as i64),
    ) {
        return flow;
    }
    Flow::Exception(error)
}

/// What `JSONDecodeError.__init__` computes: the message with line and column, and the
/// attributes `msg`, `doc`, `pos`, `lineno`, `colno`.
fn fill_decode_error(
    vm: &mut Vm,
    error: &Value,
    message: Value,
    doc: Value,
    position: Value,
) -> PResult<()> {
    let Value::Str(text) = &doc else {
        let name = vm.type_name(&doc);
        return Err(vm.error(
            "AttributeError",
            format!("'{name}' object has no attribute 'count'"),
        ));
    };
    let Some(pos) = to_int(&position).and_then(|p| p.to_i64()) else {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    };
    // `doc[:pos]` as a slice reads it (negative positions count from the end).
    let length = text.char_len() as i64;
    let end = if pos < 0 {
        (length + pos).max(0)
    } else {
        pos.min(length)
    };
    let before: Vec<char> = text.as_str().chars().take(end as usize).collect();
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(newline) => pos - newline as i64,
        None => pos + 1,
    };
    let message_text = vm.str(&message)?;
    let full = format!("{message_text}: line {lineno} column {colno} (char {pos})");
    if let Some(data) = exception_data(error) {
        data.borrow_mut().args = vec![Value::str(full)];
    }
    vm.setattr(error, "msg", message)?;
    vm.setattr(error, "doc", doc)?;
    vm.setattr(error, "pos", position)?;
    vm.setattr(error, "lineno", Value::Int(lineno as i64))?;
    vm.setattr(error, "colno", Value::Int(colno))?;
    Ok(())
}

fn decode_error_init(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let Bound {
        required: [me, message, doc, position],
        ..
    } = DECODE_ERROR_INIT.bind_method(vm, this, args)?;
    fill_decode_error(vm, &me, message, doc, position)?;
    Ok(Value::None)
}
