//! `__future__`: the feature names (their effect is the compiler's business).

use std::rc::Rc;

use crate::runtime::value::{Namespace, Value};
use crate::runtime::vm::Vm;

pub fn install(_vm: &mut Vm) -> Namespace {
    let mut namespace = Namespace::default();
    for feature in [
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ] {
        namespace.insert(
            Rc::from(feature),
            Value::str(format!("_Feature({feature})")),
        );
    }
    namespace
}
