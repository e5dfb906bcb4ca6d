//! What CPython does with a program's objects at exit, before it frees them: its last
//! garbage collection finds them all unreachable and calls every finalizer first (PEP 442),
//! while the module's globals are all still there, so `__del__` methods and generators'
//! `finally` blocks that read globals work. Then the objects are freed.

use std::collections::HashSet;
use std::rc::Rc;

use super::value::{GenKind, GenState, Module, Value};
use super::vm::Vm;

/// Finalizes what the module's globals reach (instances with `__del__`, suspended
/// generators), in the order they are found from the globals taken in the order the module's
/// code first names them (`names`): for a simple program, the order the objects were made
/// in, as the collector's lists keep them.
pub fn finalize_globals(vm: &mut Vm, module: &Rc<Module>, names: &[Rc<str>]) {
    let roots: Vec<Value> = {
        let globals = module.dict.borrow();
        let mut named: HashSet<&str> = HashSet::new();
        let mut roots: Vec<Value> = Vec::with_capacity(globals.len());
        for name in names {
            if named.insert(name)
                && let Some(value) = globals.get(name)
            {
                roots.push(value.clone());
            }
        }
        roots.extend(
            globals
                .iter()
                .filter(|(name, _)| !named.contains(&***name))
                .map(|(_, value)| value.clone()),
        );
        roots
    };
    let found = collect_finalizable(roots);
    for object in found {
        if let Value::Instance(instance) = &object {
            // Finalized once: freeing it later does not call `__del__` again.
            instance.finalized.set(true);
        }
        vm.finalize(&object);
    }
}

/// Walks the roots and what they contain, depth first and in order, collecting what has a
/// finalizer. The walk keeps its own stack: a structure nested 100,000 deep is walked
/// without a native frame per level.
fn collect_finalizable(roots: Vec<Value>) -> Vec<Value> {
    let mut found = Vec::new();
    let mut seen: HashSet<usize> = HashSet::new();
    let mut to_visit: Vec<Value> = roots;
    to_visit.reverse();
    while let Some(value) = to_visit.pop() {
        let Some(address) = value.address() else {
            continue;
        };
        if !seen.insert(address) {
            continue;
        }
        let inner = finalizable_and_contents(&value, &mut found);
        // Reversed, so that the first item is visited next, as a recursive walk would.
        to_visit.extend(inner.into_iter().rev());
    }
    found
}

/// Notes `value` in `found` if it has a finalizer, and returns what it contains.
fn finalizable_and_contents(value: &Value, found: &mut Vec<Value>) -> Vec<Value> {
    match value {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        Value::Dict(dict) => dict
            .borrow()
            .items()
            .into_iter()
            .flat_map(|(key, value)| [key, value])
            .collect(),
        Value::Set(set) => set.table.borrow().iter().cloned().collect(),
        Value::Instance(instance) => {
            let has_del = super::warnings::del_defined()
                && !instance.finalized.get()
                && instance.class().lookup("__del__").is_some();
            if has_del {
                found.push(value.clone());
            }
            instance
                .dict
                .borrow()
                .items()
                .into_iter()
                .map(|(_, value)| value)
                .collect()
        }
        Value::Generator(generator)
            if generator.kind == GenKind::Generator
                && generator.state.get() == GenState::Suspended =>
        {
            found.push(value.clone());
            Vec::new()
        }
        _ => Vec::new(),
    }
}
