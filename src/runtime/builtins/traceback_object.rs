//! Traceback objects: what `exc.__traceback__` gives, and what assigning it (or
//! `with_traceback`) puts back. A traceback holds the frames the exception passed, and so
//! keeps alive what their locals held when they ended (see `FrameObject`): code that saves
//! an exception's traceback and restores it after a detour (as `contextlib`'s context
//! managers do around `athrow()`) lets the detour's frames go.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::super::PResult;
use super::super::exceptions::TbEntry;
use super::super::value::{Args, Class, Layout, NativeObject, Value};
use super::super::vm::Vm;
use super::super::vm::types::builtin_class;
use super::descriptors::add_read_only_property;
use super::receiver;

/// One link of a traceback: the frame of its last entry (the outermost: CPython adds each
/// frame in front as the exception leaves it), then `tb_next` for the ones inside.
pub struct Traceback {
    /// The entries, innermost first, as an exception keeps them.
    pub entries: Vec<TbEntry>,
}

thread_local! {
    static CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

/// The `traceback` class, made once per thread.
fn traceback_class(vm: &Vm) -> Rc<Class> {
    CLASS.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                let class = builtin_class(
                    "traceback",
                    "builtins",
                    vec![vm.types.object.clone()],
                    Layout::Builtin,
                );
                add_read_only_property(&class, "tb_lineno", tb_lineno);
                add_read_only_property(&class, "tb_next", tb_next);
                class
            })
            .clone()
    })
}

impl NativeObject for Traceback {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        traceback_class(vm)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `exc.__traceback__`: `None` for an exception never raised.
pub fn traceback_of(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        Value::None
    } else {
        Value::Native(Rc::new(Traceback {
            entries: entries.to_vec(),
        }))
    }
}

/// The entries a value assigned to `__traceback__` stands for: `None` clears them; `None`
/// is returned for anything else than a traceback or `None`.
pub fn entries_of(value: &Value) -> Option<Vec<TbEntry>> {
    match value {
        Value::None => Some(Vec::new()),
        other => other
            .native::<Traceback>()
            .map(|traceback| traceback.entries.clone()),
    }
}

fn this_traceback(
    vm: &mut Vm,
    this: Option<&Value>,
    args: Args,
    name: &str,
) -> PResult<Rc<[TbEntry]>> {
    let (me, _) = receiver(vm, this, args, name)?;
    match me.native::<Traceback>() {
        Some(traceback) => Ok(traceback.entries.clone().into()),
        None => Err(vm.type_error(format!("{name} needs a traceback"))),
    }
}

fn tb_lineno(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let entries = this_traceback(vm, this, args, "traceback.tb_lineno")?;
    let entry = entries.last().expect("a traceback has an entry");
    Ok(Value::Int(i64::from(entry.line().unwrap_or(0))))
}

fn tb_next(vm: &mut Vm, this: Option<&Value>, args: Args) -> PResult<Value> {
    let entries = this_traceback(vm, this, args, "traceback.tb_next")?;
    Ok(traceback_of(&entries[..entries.len() - 1]))
}
