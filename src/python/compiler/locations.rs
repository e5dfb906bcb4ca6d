//! Source locations for instructions that have none of their own: the clean-up CPython 3.12
//! marks `NO_LOCATION` (an `except` handler's `POP_EXCEPT` and `e = None; del e` on its way
//! out). CPython's assembler (`propagate_line_numbers`) gives such an instruction the
//! location of the instruction before it in its basic block, or, when it starts a block, the
//! location the block's only predecessor ends with. The difference shows: a coroutine freed
//! as a handler ends warns at the handler's last line, not at its `except` line.

use crate::python::bytecode::{ExceptionHandler, Instr};
use crate::python::source::Span;

/// Gives each instruction marked `artificial` the span CPython would propagate to it, and
/// returns those CPython leaves without a location (a block with several predecessors, as
/// after an `if`/`else`): they keep the span the compiler gave them.
pub(super) fn propagate(
    instructions: &[Instr],
    spans: &mut [Span],
    artificial: &[bool],
    exception_table: &[ExceptionHandler],
) -> Vec<u32> {
    let mut without_line = Vec::new();
    if !artificial.contains(&true) {
        return without_line;
    }
    let predecessors = predecessors(instructions, exception_table);
    for index in 0..instructions.len() {
        if !artificial[index] {
            continue;
        }
        let source = match index.checked_sub(1) {
            None => None,
            Some(previous) if !starts_block(instructions, &predecessors, index) => Some(previous),
            Some(previous) => match predecessors[index].as_slice() {
                [only] if *only == previous || *only < index => Some(*only),
                _ => None,
            },
        };
        match source {
            Some(source) if !without_line.contains(&(source as u32)) => {
                spans[index] = spans[source];
            }
            _ => without_line.push(index as u32),
        }
    }
    without_line
}

/// For each instruction, where control comes from besides the one before it running on:
/// the jumps to it, the one before it when that ends a block and falls through, and (as
/// CPython counts a handler's setup) the exception table's entries that lead to it.
fn predecessors(instructions: &[Instr], exception_table: &[ExceptionHandler]) -> Vec<Vec<usize>> {
    let mut predecessors = vec![Vec::new(); instructions.len()];
    for (index, instr) in instructions.iter().enumerate() {
        if let Some(target) = instr.jump_target() {
            predecessors[target as usize].push(index);
        }
        if !instr.is_terminal() && index + 1 < instructions.len() {
            predecessors[index + 1].push(index);
        }
    }
    for handler in exception_table {
        predecessors[handler.target as usize].push(handler.start as usize);
    }
    predecessors
}

/// Whether a basic block starts at `index`: the one before it jumps or ends the flow, or
/// something besides it leads here.
fn starts_block(instructions: &[Instr], predecessors: &[Vec<usize>], index: usize) -> bool {
    let previous = &instructions[index - 1];
    previous.jump_target().is_some()
        || previous.is_terminal()
        || predecessors[index].iter().any(|&p| p != index - 1)
}
