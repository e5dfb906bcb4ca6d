//! `math` (being written).

use crate::runtime::value::Namespace;
use crate::runtime::vm::Vm;

pub fn install(_vm: &mut Vm) -> Namespace {
    Namespace::new()
}
