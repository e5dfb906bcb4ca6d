//! Arithmetic and comparison on plain ints and floats, done in the interpreter's loop before
//! the general operator machinery (`ops::binary`, which looks for subclasses, dunders and big
//! ints): CPython 3.12 specialises the same cases (`BINARY_OP_ADD_INT`, `COMPARE_OP_FLOAT`).
//! Each function answers `None` whenever the general path could do anything else (an
//! overflow past `i64`, a division by zero, a bool, which is an int subclass with its own
//! `repr`), so results and errors are the general path's by construction.

use crate::python::ast::BinaryOp;
use crate::python::bytecode::Comparison as CompareOp;
use crate::runtime::value::Value;

/// Ints up to 2**53 convert to floats exactly: a mixed operation on them is the float one.
const EXACT_IN_FLOAT: i64 = 1 << 53;

fn exact_float(value: i64) -> Option<f64> {
    (-EXACT_IN_FLOAT..=EXACT_IN_FLOAT)
        .contains(&value)
        .then_some(value as f64)
}

/// `left op right` for two ints or floats, if nothing but plain arithmetic can happen.
#[inline(always)]
pub fn binary(op: BinaryOp, left: &Value, right: &Value) -> Option<Value> {
    match (left, right) {
        (Value::Int(a), Value::Int(b)) => int_binary(op, *a, *b),
        (Value::Float(a), Value::Float(b)) => float_binary(op, *a, *b),
        (Value::Int(a), Value::Float(b)) => float_binary(op, exact_float(*a)?, *b),
        (Value::Float(a), Value::Int(b)) => float_binary(op, *a, exact_float(*b)?),
        _ => None,
    }
}

#[inline(always)]
fn int_binary(op: BinaryOp, a: i64, b: i64) -> Option<Value> {
    let result = match op {
        BinaryOp::Add => a.checked_add(b)?,
        BinaryOp::Sub => a.checked_sub(b)?,
        BinaryOp::Mult => a.checked_mul(b)?,
        // Python rounds the quotient down and gives the remainder the divisor's sign.
        BinaryOp::FloorDiv if b != 0 => {
            let quotient = a.checked_div(b)?;
            match a % b != 0 && (a < 0) != (b < 0) {
                true => quotient - 1,
                false => quotient,
            }
        }
        BinaryOp::Mod if b != 0 => {
            let remainder = a.checked_rem(b)?;
            match remainder != 0 && (remainder < 0) != (b < 0) {
                true => remainder + b,
                false => remainder,
            }
        }
        BinaryOp::Div if b != 0 => {
            // Both exact in a float: the float quotient is the correctly rounded one, as
            // CPython's `int / int` gives.
            return Some(Value::Float(exact_float(a)? / exact_float(b)?));
        }
        BinaryOp::BitAnd => a & b,
        BinaryOp::BitOr => a | b,
        BinaryOp::BitXor => a ^ b,
        _ => return None,
    };
    Some(Value::Int(result))
}

#[inline(always)]
fn float_binary(op: BinaryOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mult => a * b,
        BinaryOp::Div if b != 0.0 => a / b,
        _ => return None,
    }))
}

/// `left op right` for two ints or two floats compared by value (`None`: the general path).
#[inline(always)]
pub fn compare_numbers(op: CompareOp, left: &Value, right: &Value) -> Option<bool> {
    let ordering = match (left, right) {
        (Value::Int(a), Value::Int(b)) => a.partial_cmp(b),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        _ => return None,
    };
    // A NaN is unordered: every comparison but `!=` is false, as in Python.
    Some(match op {
        CompareOp::Eq => ordering == Some(std::cmp::Ordering::Equal),
        CompareOp::NotEq => ordering != Some(std::cmp::Ordering::Equal),
        CompareOp::Lt => ordering == Some(std::cmp::Ordering::Less),
        CompareOp::LtE => matches!(
            ordering,
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        ),
        CompareOp::Gt => ordering == Some(std::cmp::Ordering::Greater),
        CompareOp::GtE => matches!(
            ordering,
            Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compare(op: CompareOp, left: &Value, right: &Value) -> Option<Value> {
        compare_numbers(op, left, right).map(Value::Bool)
    }

    /// What a fast result is, in words (`Value` has no equality of its own).
    fn shown(value: Option<Value>) -> String {
        match value {
            None => "general path".to_string(),
            Some(Value::Int(i)) => format!("int {i}"),
            Some(Value::Float(f)) => format!("float {f}"),
            Some(Value::Bool(b)) => format!("bool {b}"),
            Some(_) => "something else".to_string(),
        }
    }

    #[test]
    fn floor_division_and_modulo_round_as_python_does() {
        for (a, b, quotient, remainder) in [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, 3, 2, 0),
            (-6, 3, -2, 0),
        ] {
            assert_eq!(
                shown(int_binary(BinaryOp::FloorDiv, a, b)),
                format!("int {quotient}")
            );
            assert_eq!(
                shown(int_binary(BinaryOp::Mod, a, b)),
                format!("int {remainder}")
            );
        }
        assert_eq!(shown(int_binary(BinaryOp::Div, 1, 4)), "float 0.25");
    }

    #[test]
    fn anything_the_general_path_must_decide_is_left_to_it() {
        for value in [
            int_binary(BinaryOp::Add, i64::MAX, 1),
            int_binary(BinaryOp::Mult, i64::MIN, -1),
            int_binary(BinaryOp::FloorDiv, i64::MIN, -1),
            int_binary(BinaryOp::FloorDiv, 1, 0),
            int_binary(BinaryOp::Mod, 1, 0),
            int_binary(BinaryOp::Div, 1, 0),
            int_binary(BinaryOp::Div, 1 << 60, 3),
            int_binary(BinaryOp::Pow, 2, 3),
            float_binary(BinaryOp::Div, 1.0, 0.0),
            float_binary(BinaryOp::Div, 1.0, -0.0),
            binary(BinaryOp::Add, &Value::Bool(true), &Value::Int(1)),
            binary(BinaryOp::Add, &Value::Int(1 << 60), &Value::Float(0.5)),
            compare(CompareOp::Lt, &Value::Int(1), &Value::Float(2.0)),
        ] {
            assert_eq!(shown(value), "general path");
        }
    }

    #[test]
    fn nan_is_unordered() {
        let nan = Value::Float(f64::NAN);
        for op in [
            CompareOp::Eq,
            CompareOp::Lt,
            CompareOp::LtE,
            CompareOp::Gt,
            CompareOp::GtE,
        ] {
            assert_eq!(shown(compare(op, &nan, &nan)), "bool false");
        }
        assert_eq!(shown(compare(CompareOp::NotEq, &nan, &nan)), "bool true");
    }
}
