//! Assembly: labels to instruction indices, the stack depth at every instruction, and the
//! exception table (from the `SetupHandler` / `PopBlock` markers, as CPython's
//! `label_exception_targets` does).
//!
//! The depth analysis doubles as a check of the code generator: two paths reaching an
//! instruction with different stack depths is a compiler bug, reported as an error rather
//! than left for the VM to trip over.

use std::rc::Rc;

use super::{CResult, Label, Op, Unit};
use crate::python::bytecode::{CodeObject, ExceptionHandler, Instr, name_hash};
use crate::python::error::{CompileError, ErrorKind};
use crate::python::source::SourceFile;

/// An active handler: where to go and the stack depth to cut to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Handler {
    target: usize,
    depth: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    depth: u32,
    handlers: Rc<Vec<Handler>>,
}

pub(super) fn assemble(unit: Unit, source: &SourceFile) -> CResult<CodeObject> {
    let internal = |what: String| {
        CompileError::without_location(
            ErrorKind::SyntaxError,
            format!("internal compiler error in {}: {what}", unit.qualname),
        )
    };
    let target_of = |label: Label| -> Result<usize, CompileError> {
        unit.labels
            .get(label.0 as usize)
            .copied()
            .flatten()
            .ok_or_else(|| internal(format!("label {} is not bound", label.0)))
    };
    let ops = &unit.ops;

    // Flow analysis: the stack depth and active handlers at each op.
    let mut states: Vec<Option<State>> = vec![None; ops.len() + 1];
    let mut work = vec![(
        0usize,
        State {
            depth: 0,
            handlers: Rc::new(Vec::new()),
        },
    )];
    let mut max_depth = 0u32;
    while let Some((index, state)) = work.pop() {
        if index >= ops.len() {
            continue;
        }
        match &states[index] {
            Some(seen) if seen.depth == state.depth => continue,
            Some(seen) => {
                return Err(internal(format!(
                    "op {index} ({:?}) reached with stack depths {} and {}",
                    ops[index].0, seen.depth, state.depth
                )));
            }
            None => {}
        }
        states[index] = Some(state.clone());
        max_depth = max_depth.max(state.depth);
        match ops[index].0 {
            Op::SetupHandler(label) | Op::SetupWith(label) => {
                let lower = matches!(ops[index].0, Op::SetupWith(_)) as u32;
                let depth = state.depth.checked_sub(lower).ok_or_else(|| {
                    internal(format!("with-handler at op {index} on an empty stack"))
                })?;
                let target = target_of(label)?;
                // The handler runs with the handlers that were active before this one.
                work.push((
                    target,
                    State {
                        depth: depth + 1,
                        handlers: state.handlers.clone(),
                    },
                ));
                let mut handlers = (*state.handlers).clone();
                handlers.push(Handler { target, depth });
                work.push((
                    index + 1,
                    State {
                        depth: state.depth,
                        handlers: Rc::new(handlers),
                    },
                ));
            }
            Op::PopBlock => {
                let mut handlers = (*state.handlers).clone();
                if handlers.pop().is_none() {
                    return Err(internal(format!(
                        "PopBlock at op {index} without a handler"
                    )));
                }
                work.push((
                    index + 1,
                    State {
                        depth: state.depth,
                        handlers: Rc::new(handlers),
                    },
                ));
            }
            Op::Real(instr) => {
                let (fall, jump) = instr.stack_effect();
                let apply = |effect: i32| -> Result<u32, CompileError> {
                    let depth = state.depth as i32 + effect;
                    if depth < 0 {
                        return Err(internal(format!(
                            "stack underflow at op {index} ({instr:?})"
                        )));
                    }
                    Ok(depth as u32)
                };
                if let (Some(label), Some(effect)) = (instr.jump_target(), jump) {
                    work.push((
                        target_of(Label(label))?,
                        State {
                            depth: apply(effect)?,
                            handlers: state.handlers.clone(),
                        },
                    ));
                }
                if !instr.is_terminal() {
                    work.push((
                        index + 1,
                        State {
                            depth: apply(fall)?,
                            handlers: state.handlers.clone(),
                        },
                    ));
                }
                // Values pushed briefly past the final depth (a call's arguments) count too.
                max_depth = max_depth.max(state.depth + fall.max(0) as u32);
            }
        }
    }

    // Drop the markers: each op's index among the real instructions.
    let mut new_index = Vec::with_capacity(ops.len() + 1);
    let mut count = 0u32;
    for (op, _) in ops {
        new_index.push(count);
        if matches!(op, Op::Real(_)) {
            count += 1;
        }
    }
    new_index.push(count);

    let mut instructions = Vec::with_capacity(count as usize);
    let mut spans = Vec::with_capacity(count as usize);
    let mut artificial = Vec::with_capacity(count as usize);
    let mut artificial_ops = unit.artificial.iter().peekable();
    let mut handler_at: Vec<Option<Handler>> = Vec::with_capacity(count as usize);
    for (index, (op, span)) in ops.iter().enumerate() {
        let marked = artificial_ops.next_if_eq(&&index).is_some();
        let Op::Real(instr) = op else { continue };
        artificial.push(marked);
        let instr = match instr.jump_target() {
            Some(label) => retarget(*instr, new_index[target_of(Label(label))?]),
            None => *instr,
        };
        instructions.push(instr);
        spans.push(*span);
        let handler = states[index]
            .as_ref()
            .and_then(|state| state.handlers.last().copied())
            .map(|h| Handler {
                target: new_index[h.target] as usize,
                depth: h.depth,
            });
        handler_at.push(handler);
    }

    let mut exception_table: Vec<ExceptionHandler> = Vec::new();
    for (index, handler) in handler_at.iter().enumerate() {
        let Some(handler) = handler else { continue };
        match exception_table.last_mut() {
            Some(last)
                if last.end == index as u32
                    && last.target == handler.target as u32
                    && last.depth == handler.depth =>
            {
                last.end += 1;
            }
            _ => exception_table.push(ExceptionHandler {
                start: index as u32,
                end: index as u32 + 1,
                target: handler.target as u32,
                depth: handler.depth,
            }),
        }
    }

    let without_line =
        super::locations::propagate(&instructions, &mut spans, &artificial, &exception_table);

    let cell_parameters = unit
        .cellvars
        .iter()
        .enumerate()
        .filter_map(|(cell, name)| {
            unit.varname_index
                .get(name)
                .filter(|&&v| {
                    v < unit.argcount
                        + unit.kwonlyargcount
                        + unit.varargs as u32
                        + unit.varkeywords as u32
                })
                .map(|&v| (cell as u32, v))
        })
        .collect();
    let _ = source;
    Ok(CodeObject {
        kind: unit.kind,
        name: unit.name,
        qualname: unit.qualname,
        span: unit.span,
        instructions,
        spans,
        without_line,
        constants: unit.constants,
        name_hashes: unit
            .names
            .iter()
            .map(|name| name_hash(name.as_bytes()))
            .collect(),
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        cell_parameters,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        varargs: unit.varargs,
        varkeywords: unit.varkeywords,
        exception_table,
        max_stack: max_depth + 1,
        is_comprehension: unit.is_comprehension,
        docstring: unit.docstring,
    })
}

fn retarget(instr: Instr, target: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(target),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(target),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(target),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
        Instr::ForIter(_) => Instr::ForIter(target),
        other => other,
    }
}
