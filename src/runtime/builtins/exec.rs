//! `exec` and `eval`: Python source compiled and run at run time (`dataclasses` and
//! `namedtuple` make their methods this way, as CPython's do). The code runs in a module
//! namespace: the caller's globals, or a copy of the dict given (written back afterwards),
//! with the caller's locals visible when called from a function.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::value::{Args, Module, Namespace, Value};
use super::super::vm::Vm;
use super::super::{Flow, PResult};
use super::signature::{Bound, Convention, Param, Signature};
use crate::python::source::SourceFile;

/// The name `eval` stores its expression's value under while it runs.
const RESULT: &str = "__looplab_eval_result__";

pub fn install(namespace: &mut Namespace) {
    super::add_function(namespace, "exec", exec);
    super::add_function(namespace, "eval", eval);
}

fn exec(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    run(vm, args, "exec")?;
    Ok(Value::None)
}

fn eval(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    run(vm, args, "eval")
}

fn run(vm: &mut Vm, args: Args, function: &'static str) -> PResult<Value> {
    let signature: Signature<1, 2> = Signature::new(
        function,
        Convention::Unpack,
        [Param::positional_only("source")],
        [
            Param::positional_only("globals"),
            Param::positional_only("locals"),
        ],
    );
    let Bound {
        required: [source],
        optional: [globals, locals],
        ..
    } = signature.bind(vm, args)?;
    let Value::Str(text) = &source else {
        return Err(vm.type_error(format!(
            "{function}() arg 1 must be a string, bytes or code object"
        )));
    };
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    for (value, what) in [(&globals, "globals"), (&locals, "locals")] {
        if let Some(value) = value
            && !matches!(value, Value::Dict(_))
        {
            let kind = vm.type_name(value);
            let message = if what == "globals" {
                "globals must be a dict".to_string()
            } else {
                format!("locals must be a mapping or None, not {kind}")
            };
            return Err(vm.type_error(message));
        }
    }
    let body = if function == "eval" {
        // An expression: its value is stored, on the expression's own line (the closing
        // parenthesis goes on a line of its own only after a comment).
        let expression = text.as_str().trim();
        let close = if expression.contains('#') { "\n)" } else { ")" };
        format!("{RESULT} = ({expression}{close}")
    } else {
        text.as_str().to_string()
    };
    let file = Rc::new(SourceFile::new(crate::runtime::traceback::EXEC_FILE, &body));
    let program = match crate::python::compile(&file) {
        Ok(program) => program,
        Err(error) => return Err(syntax_error(vm, &error, function == "eval")),
    };
    let caller = vm.frames.last().map(|frame| frame.module.clone());
    let namespace = match (&globals, &caller) {
        (Some(Value::Dict(dict)), _) => Rc::new(RefCell::new(dict_namespace(&dict.borrow()))),
        (_, Some(module)) if locals.is_none() && !in_function(vm) => module.dict.clone(),
        (_, Some(module)) => {
            let mut namespace = module.dict.borrow().clone();
            if let Value::Dict(snapshot) = &super::functions::caller_locals(vm)? {
                namespace.extend(dict_namespace(&snapshot.borrow()));
            }
            Rc::new(RefCell::new(namespace))
        }
        (_, None) => Rc::new(RefCell::new(Namespace::default())),
    };
    if let Some(Value::Dict(dict)) = &locals {
        let names = dict_namespace(&dict.borrow());
        namespace.borrow_mut().extend(names);
    }
    let module = Rc::new(Module {
        name: Rc::from("__main__"),
        dict: namespace.clone(),
        source: Some(file),
    });
    vm.run_library(&module, program.code)?;
    let result = namespace.borrow_mut().remove(RESULT);
    // What the code defined goes back where CPython would have put it.
    if let Some(Value::Dict(target)) = locals.as_ref().or(globals.as_ref()) {
        let items: Vec<(Rc<str>, Value)> = namespace
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let target = Value::Dict(target.clone());
        for (key, value) in items {
            vm.dict_set(&target, Value::str(key.to_string()), value)?;
        }
    }
    Ok(result.unwrap_or(Value::None))
}

/// The `SyntaxError` (or `IndentationError`) for code that does not compile, with the
/// attributes CPython's has (`msg`, `filename`, `lineno`, `offset`, `text`, ...).
fn syntax_error(vm: &mut Vm, error: &crate::python::error::CompileError, eval: bool) -> Flow {
    // In `eval`, offsets count from the expression, not from the assignment around it.
    let shift = if eval && error.line == 1 {
        RESULT.len() as i32 + 4
    } else {
        0
    };
    let offset = Value::Int(i64::from((error.offset - shift).max(1)));
    let end_offset = Value::Int(i64::from((error.end_offset - shift).max(0)));
    let text = match &error.text {
        Some(line) if shift > 0 => {
            let line = line.trim_end_matches('\n');
            let line = line.strip_prefix(&format!("{RESULT} = (")).unwrap_or(line);
            Value::str(line.strip_suffix(')').unwrap_or(line))
        }
        Some(line) => Value::str(line.clone()),
        None => Value::None,
    };
    let details = Value::tuple(vec![
        Value::str("<string>"),
        Value::Int(i64::from(error.line)),
        offset.clone(),
        text.clone(),
        Value::Int(i64::from(error.end_line)),
        end_offset.clone(),
    ]);
    let message = Value::str(error.message.clone());
    let class = vm.types.exception(error.kind.name());
    let exception = vm.new_exception(class, vec![message.clone(), details]);
    if let Value::Instance(instance) = &exception {
        for (name, value) in [
            ("msg", message),
            ("filename", Value::str("<string>")),
            ("lineno", Value::Int(i64::from(error.line))),
            ("offset", offset),
            ("text", text),
            ("end_lineno", Value::Int(i64::from(error.end_line))),
            ("end_offset", end_offset),
            ("print_file_and_line", Value::None),
        ] {
            instance.set_attr(name, value);
        }
    }
    Flow::Exception(exception)
}

fn in_function(vm: &Vm) -> bool {
    vm.frames
        .last()
        .is_some_and(|frame| frame.function.is_some() || frame.locals.is_some())
}

fn dict_namespace(dict: &super::super::dict::DictTable) -> Namespace {
    let mut namespace = Namespace::default();
    for entry in dict.iter() {
        if let Some(key) = entry.key.as_str() {
            namespace.insert(Rc::from(key), entry.value.clone());
        }
    }
    namespace
}
