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
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for root in roots {
        collect_finalizable(&root, &mut seen, &mut found);
    }
    for object in found {
        if let Value::Instance(instance) = &object {
            // Finalized once: freeing it later does not call `__del__` again.
            instance.finalized.set(true);
        }
        vm.finalize(&object);
    }
}

/// Walks `value` and what it contains, depth first, collecting what has a finalizer.
fn collect_finalizable(value: &Value, seen: &mut HashSet<usize>, found: &mut Vec<Value>) {
    let Some(address) = value.address() else {
        return;
    };
    if !seen.insert(address) {
        return;
    }
    let inner: Vec<Value> = match value {
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
    };
    for item in &inner {
        collect_finalizable(item, seen, found);
    }
}
