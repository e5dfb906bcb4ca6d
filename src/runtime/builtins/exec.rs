//! `exec` and `eval`: Python source compiled and run at run time (`dataclasses` and
//! `namedtuple` make their methods this way, as CPython's do). The code runs in a module
//! namespace: the caller's globals, or a copy of the dict given (written back afterwards),
//! with the caller's locals visible when called from a function.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Module, Namespace, Value};
use super::super::vm::Vm;
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
        let kind = vm.type_name(&source);
        return Err(vm.type_error(format!(
            "{function}() arg 1 must be a string, bytes or code object, not {kind}"
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
                format!("{function}() globals must be a dict, not {kind}")
            } else {
                format!("locals must be a mapping, not {kind}")
            };
            return Err(vm.type_error(message));
        }
    }
    let body = if function == "eval" {
        // An expression: its value is stored, on the expression's own line.
        format!("{RESULT} = ({}\n)", text.as_str().trim_start())
    } else {
        text.as_str().to_string()
    };
    let file = Rc::new(SourceFile::new("<string>", &body));
    let program = match crate::python::compile(&file) {
        Ok(program) => program,
        Err(error) => {
            let message = format!("{} (<string>, line {})", error.message, error.line);
            return Err(vm.error(error.kind.name(), message));
        }
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
        (_, None) => Rc::new(RefCell::new(Namespace::new())),
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

fn in_function(vm: &Vm) -> bool {
    vm.frames
        .last()
        .is_some_and(|frame| frame.function.is_some() || frame.locals.is_some())
}

fn dict_namespace(dict: &super::super::dict::DictTable) -> Namespace {
    let mut namespace = Namespace::new();
    for entry in dict.iter() {
        if let Some(key) = entry.key.as_str() {
            namespace.insert(Rc::from(key), entry.value.clone());
        }
    }
    namespace
}
