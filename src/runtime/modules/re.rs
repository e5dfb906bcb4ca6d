//! `re`: the engine is [`pyre`] (CPython's syntax and `sre` semantics); `re.py` builds the
//! module's Pattern and Match objects on the three natives here. A match's work counts as
//! the program's instructions, so a runaway pattern is stopped like a runaway loop.

use std::any::Any;
use std::rc::Rc;

use crate::runtime::builtins::add_function;
use crate::runtime::ops::to_int;
use crate::runtime::value::{Args, Class, Layout, Namespace, NativeObject, PyStr, Value};
use crate::runtime::vm::Vm;
use crate::runtime::vm::types::builtin_class;
use crate::runtime::{Flow, PResult};
use pycore::strings as s;
use pyre::{Mode, Regex, Unicode};

struct Program {
    regex: Regex,
    class: Rc<Class>,
}

impl NativeObject for Program {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const UNICODE: Unicode = Unicode {
    digit: s::char_isdecimal,
    alnum: s::char_isalnum,
    space: s::char_isspace,
    lower: |c| single(s::lower(c.encode_utf8(&mut [0; 4])), c),
    upper: |c| single(s::upper(c.encode_utf8(&mut [0; 4])), c),
    named: crate::python::unicode_names::lookup,
};

fn single(text: String, c: char) -> char {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// The class of compiled programs, made once per VM.
fn program_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(class) = vm
        .extensions
        .get("re._Program")
        .and_then(|c| c.downcast_ref::<Rc<Class>>())
    {
        return class.clone();
    }
    let class = builtin_class(
        "_Program",
        "re",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    vm.extensions.insert("re._Program", Box::new(class.clone()));
    class
}

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    add_function(&mut namespace, "_compile", compile);
    add_function(&mut namespace, "_exec", exec);
    add_function(&mut namespace, "_scan", scan);
    namespace
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PResult<i64> {
    match args
        .positional
        .get(i)
        .and_then(to_int)
        .and_then(|n| n.to_i64())
    {
        Some(n) => Ok(n),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// `_compile(pattern, flags)`: `(program, flags, groups, {name: index})`, or
/// `(exception name, message, position)` for `re.py` to raise.
fn compile(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let Some(pattern) = args.positional.first().and_then(Value::as_str) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let flags = int_arg(vm, &args, 1)?;
    match pyre::compile(pattern, flags as u32, UNICODE) {
        Ok(regex) => {
            let names = regex
                .names
                .iter()
                .map(|(n, g)| Value::tuple(vec![Value::str(n.as_str()), Value::Int(*g as i64)]))
                .collect();
            let (flags, groups) = (regex.flags as i64, regex.groups as i64);
            let class = program_class(vm);
            Ok(Value::tuple(vec![
                Value::Native(Rc::new(Program { regex, class })),
                Value::Int(flags),
                Value::Int(groups),
                Value::list(names),
            ]))
        }
        Err(e) => Ok(Value::tuple(vec![
            Value::str(e.kind),
            Value::str(e.msg),
            e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
        ])),
    }
}

struct Job {
    program: Rc<Program>,
    chars: Rc<[char]>,
    pos: usize,
    end: usize,
}

/// The characters of the subject, kept for the next call on the same string (a lexer calls
/// `pattern.match(text, pos)` once per token).
fn subject_chars(vm: &mut Vm, text: &Rc<PyStr>) -> Rc<[char]> {
    type Last = (Rc<PyStr>, Rc<[char]>);
    if let Some((last, chars)) = vm
        .extensions
        .get("re.subject")
        .and_then(|l| l.downcast_ref::<Last>())
        && Rc::ptr_eq(last, text)
    {
        return chars.clone();
    }
    let chars: Rc<[char]> = text.as_str().chars().collect();
    let last: Last = (text.clone(), chars.clone());
    vm.extensions.insert("re.subject", Box::new(last));
    chars
}

/// The program, the subject's characters and `pos`/`endpos` clamped as CPython does.
fn job(vm: &mut Vm, args: &Args) -> PResult<Job> {
    let program = args
        .positional
        .first()
        .and_then(Value::native_rc::<Program>);
    let (Some(program), Some(Value::Str(text))) = (program, args.positional.get(1)) else {
        return Err(vm.type_error("expected string or bytes-like object"));
    };
    let chars = subject_chars(vm, text);
    let n = chars.len() as i64;
    let clamp = |v: i64| v.clamp(0, n) as usize;
    let pos = clamp(int_arg(vm, args, 2)?);
    let end = clamp(int_arg(vm, args, 3)?);
    Ok(Job {
        program,
        chars,
        pos,
        end,
    })
}

/// Runs one match, its work counted as the program's instructions.
fn run(
    vm: &mut Vm,
    job: &Job,
    pos: usize,
    mode: Mode,
    reject_empty: bool,
) -> PResult<Option<Value>> {
    let mut failure = None;
    let mut tick = |n: u64| {
        vm.steps += n;
        match vm.check_budget() {
            Ok(()) => true,
            Err(Flow::Abort(why)) => {
                let why =
                    format!("{why} (a regular expression's matching steps count as instructions)");
                failure = Some(Flow::Abort(why));
                false
            }
            Err(e) => {
                failure = Some(e);
                false
            }
        }
    };
    let result = job
        .program
        .regex
        .exec(&job.chars, pos, job.end, mode, reject_empty, &mut tick);
    if let Some(e) = failure {
        return Err(e);
    }
    let Ok(Some(m)) = result else { return Ok(None) };
    let mut flat = Vec::with_capacity(2 * m.spans.len() + 1);
    for (a, b) in m.spans {
        let v = |x: usize| Value::Int(if x == usize::MAX { -1 } else { x as i64 });
        flat.push(v(a));
        flat.push(v(b));
    }
    flat.push(if m.lastindex == 0 {
        Value::None
    } else {
        Value::Int(m.lastindex as i64)
    });
    Ok(Some(Value::tuple(flat)))
}

/// `_exec(program, string, pos, endpos, mode)`: mode 0 match, 1 fullmatch, 2 search. The
/// answer is `None` or `(start0, end0, start1, end1, ..., lastindex)`, -1 for unmatched groups.
fn exec(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let job = job(vm, &args)?;
    let mode = match int_arg(vm, &args, 4)? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    Ok(run(vm, &job, job.pos, mode, false)?.unwrap_or(Value::None))
}

/// `_scan(program, string, pos, endpos, count)`: the successive matches that `finditer`,
/// `sub` and `split` see (at most `count`, 0 for all), stepping past empty matches as CPython.
fn scan(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    let job = job(vm, &args)?;
    let count = int_arg(vm, &args, 4)?;
    let mut found = Vec::new();
    let (mut pos, mut reject) = (job.pos, false);
    while pos <= job.end && (count <= 0 || (found.len() as i64) < count) {
        let Some(m) = run(vm, &job, pos, Mode::Search, reject)? else {
            break;
        };
        let Value::Tuple(t) = &m else { unreachable!() };
        let (Value::Int(a), Value::Int(b)) = (&t[0], &t[1]) else {
            unreachable!()
        };
        (pos, reject) = (*b as usize, a == b);
        found.push(m);
    }
    Ok(Value::list(found))
}
