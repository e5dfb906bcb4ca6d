//! What the visualizer shows of `gather()` and `TaskGroup`: who awaits them and their
//! children. The library calls `_grouped(group, kind, owner, children, opens)` when a gather
//! is made, when a TaskGroup is entered and when its `create_task` adds a child. Like the
//! primitives' hooks it does nothing unless the trace records machinery.

use std::rc::Rc;

use super::super::PResult;
use super::super::value::{Args, Value};
use super::super::vm::Vm;
use super::future::FutureObj;
use crate::runtime::trace::{GroupChange, GroupKind, LoopEvent};

/// `_grouped(group, kind, owner, children, opens)`: `kind` is `'gather'` or `'TaskGroup'`;
/// `owner` the task awaiting the group (None: the running task); `opens` whether the group
/// starts here (a TaskGroup object may be entered again after an earlier one at its address
/// is gone, so each opening gets a new number).
pub fn grouped(vm: &mut Vm, _this: Option<&Value>, args: Args) -> PResult<Value> {
    if !vm.trace.machinery {
        return Ok(Value::None);
    }
    let [group, kind, owner, children, opens] = match <[Value; 5]>::try_from(args.positional) {
        Ok(arguments) => arguments,
        Err(_) => return Ok(Value::None),
    };
    let address = group.address().unwrap_or(0);
    let opens = vm.truthy(&opens)?;
    let id = match vm.asyncio.group_ids.get(&address) {
        Some(&id) if !opens => id,
        _ => {
            vm.asyncio.group_counter += 1;
            let id = vm.asyncio.group_counter;
            vm.asyncio.group_ids.insert(address, id);
            id
        }
    };
    let kind = match &*vm.str(&kind)? {
        "gather" => GroupKind::Gather,
        _ => GroupKind::TaskGroup,
    };
    let owner = match owner.native::<FutureObj>() {
        Some(task) => Some(task.name()),
        None => vm.current_task_name(),
    };
    let children = vm.collect(&children)?.iter().map(child_name).collect();
    vm.record_machinery(LoopEvent::Group(Box::new(GroupChange {
        id,
        kind,
        owner,
        children,
        opens,
        // asyncio.run's clean-up gathers the leftover tasks outside any task.
        internal: vm.asyncio.cleaning_up,
    })));
    Ok(Value::None)
}

/// A child's name: its task's, or `future` for a plain future (or any other awaitable).
fn child_name(child: &Value) -> Rc<str> {
    match child.native::<FutureObj>() {
        Some(future) => future.name(),
        None => Rc::from("future"),
    }
}
