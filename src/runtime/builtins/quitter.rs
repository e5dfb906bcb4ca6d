//! `exit` and `quit`, which CPython's `site` module adds to the builtins as instances of
//! `_sitebuiltins.Quitter`: the repr tells how to leave the interactive prompt, and calling
//! one raises `SystemExit(code)`.

use std::any::Any;
use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Class, Layout, NativeObject, Value};
use super::super::vm::Vm;
use super::super::vm::types::builtin_class;
use super::signature::{Bound, Convention, Param, Signature};
use super::{add_method, receiver};

/// `exit` or `quit`.
struct Quitter {
    name: &'static str,
    class: Rc<Class>,
}

impl NativeObject for Quitter {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `exit` and `quit` objects, by name.
pub fn install(vm: &mut Vm) -> [(&'static str, Value); 2] {
    let class = builtin_class(
        "Quitter",
        "_sitebuiltins",
        vec![vm.types.object.clone()],
        Layout::Builtin,
    );
    add_method(&class, "__repr__", quitter_repr);
    add_method(&class, "__call__", quitter_call);
    ["exit", "quit"].map(|name| {
        let quitter = Quitter {
            name,
            class: class.clone(),
        };
        (name, Value::Native(Rc::new(quitter)))
    })
}

fn quitter_repr(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let (me, _) = receiver(vm, this, args, "__repr__")?;
    let name = me
        .native::<Quitter>()
        .map_or("exit", |quitter| quitter.name);
    Ok(Value::str(format!(
        "Use {name}() or Ctrl-D (i.e. EOF) to exit"
    )))
}

/// `exit(code=None)`: raises `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    const CALL: Signature<0, 1> = Signature::new(
        "Quitter.__call__",
        Convention::python(),
        [],
        [Param::new("code")],
    );
    let (_, args) = receiver(vm, this, args, "__call__")?;
    let Bound {
        optional: [code], ..
    } = CALL.bind(vm, args)?;
    Err(system_exit(vm, code.unwrap_or(Value::None))?)
}

/// `SystemExit(code)`, ready to raise (`exit(code)`, `sys.exit(code)`).
pub fn system_exit(vm: &mut Vm, code: Value) -> PResult<super::super::Flow> {
    let class = vm.types.exception("SystemExit");
    let exception = vm.call(&Value::Class(class), vec![code])?;
    Ok(super::super::Flow::Exception(exception))
}
