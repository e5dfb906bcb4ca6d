//! Tracebacks printed as CPython 3.12 prints them: the chain of causes and contexts, each
//! frame's source line with carets under the failing expression (`~~~^^^` anchors for
//! operators and subscripts), repeated frames collapsed, and exception groups drawn in
//! boxes. Frames of Looplab's own library code are left out: they are not the learner's.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::exceptions::TbEntry;
use super::value::Value;
use super::vm::{Vm, exception_data};
use crate::python::ast::{ExprKind, StmtKind};
use crate::python::source::SourceFile;

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
const RECURSIVE_CUTOFF: usize = 3;
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Indentation and margins of nested exception groups (`traceback._ExceptionPrintContext`).
struct Context {
    seen: HashSet<usize>,
    depth: usize,
    need_close: bool,
    /// The exception (by address) whose stack also had frames of asyncio's own Python code,
    /// which Looplab does not show: its report still opens with the traceback header.
    through_library: Option<usize>,
}

impl Context {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// The whole report of an uncaught exception: `Traceback (most recent call last):` ...
    pub fn format_exception(&mut self, exception: &Value) -> String {
        self.format_exception_in(exception, None)
    }

    /// [`Vm::format_exception`] for an exception that left through asyncio's own Python code
    /// (a loop callback, run by `Handle._run`): CPython's traceback has that frame, so the
    /// report opens with `Traceback (most recent call last):` even when none of the
    /// program's frames are in it.
    pub fn format_exception_through_library(&mut self, exception: &Value) -> String {
        self.format_exception_in(exception, exception.address())
    }

    fn format_exception_in(&mut self, exception: &Value, through_library: Option<usize>) -> String {
        let mut context = Context {
            seen: HashSet::new(),
            depth: 0,
            need_close: false,
            through_library,
        };
        let mut out = String::new();
        self.format_chain(exception, &mut context, &mut out);
        out
    }

    fn format_chain(&mut self, exception: &Value, context: &mut Context, out: &mut String) {
        // Walk causes and contexts back to the first exception, then print forwards.
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut current = Some(exception.clone());
        while let Some(exc) = current {
            if let Some(address) = exc.address()
                && !context.seen.insert(address)
            {
                break;
            }
            let (message, next) = match exception_data(&exc) {
                Some(data) => {
                    let data = data.borrow();
                    if let Some(cause) = &data.cause {
                        (Some(CAUSE), Some(cause.clone()))
                    } else if let (Some(ctx), false) = (&data.context, data.suppress_context) {
                        (Some(CONTEXT), Some(ctx.clone()))
                    } else {
                        (None, None)
                    }
                }
                None => (None, None),
            };
            let next = next.filter(|n| n.address().is_none_or(|a| !context.seen.contains(&a)));
            chain.push((if next.is_some() { message } else { None }, exc));
            current = next;
        }
        // Each exception is preceded by the sentence linking it to the one printed before.
        for (message, exc) in chain.into_iter().rev() {
            if let Some(message) = message {
                context.emit(out, message, '|');
            }
            self.format_one(&exc, context, out);
        }
    }

    /// One exception: its stack and its line, or a group with its members.
    fn format_one(&mut self, exception: &Value, context: &mut Context, out: &mut String) {
        let stack = self.format_stack(exception);
        let only = self.format_exception_only(exception);
        let has_frames = !stack.is_empty()
            || (context.through_library.is_some()
                && context.through_library == exception.address());
        if !self.is_group(exception) {
            if has_frames {
                context.emit(out, "Traceback (most recent call last):\n", '|');
                context.emit(out, &stack, '|');
            }
            context.emit(out, &only, '|');
            return;
        }
        if context.depth > MAX_GROUP_DEPTH {
            context.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let top_level = context.depth == 0;
        if top_level {
            context.depth += 1;
        }
        if has_frames {
            context.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if top_level { '+' } else { '|' },
            );
            context.emit(out, &stack, '|');
        }
        context.emit(out, &only, '|');
        let members = self.group_members(exception);
        let shown = if members.len() <= MAX_GROUP_WIDTH {
            members.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        context.need_close = false;
        for index in 0..shown {
            let last = index + 1 == shown;
            if last {
                context.need_close = true;
            }
            let truncated = index >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (index + 1).to_string()
            };
            let _ = writeln!(
                out,
                "{}{}+---------------- {title} ----------------",
                context.indent(),
                if index == 0 { "+-" } else { "  " }
            );
            context.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                context.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            } else {
                self.format_chain(&members[index], context, out);
            }
            if last && context.need_close {
                let _ = writeln!(
                    out,
                    "{}+------------------------------------",
                    context.indent()
                );
                context.need_close = false;
            }
            context.depth -= 1;
        }
        if top_level {
            context.depth = 0;
        }
    }

    /// What CPython's default `sys.unraisablehook` prints for an exception nothing can catch
    /// (raised by `__del__`, or by a generator closed when it was freed): the object it came
    /// from, the exception's frames and its line. Unlike an uncaught exception's report, no
    /// chained exceptions and no notes, and the `: ` even when the message is empty.
    pub fn format_unraisable(&mut self, exception: &Value, origin: &str) -> String {
        let mut out = format!("Exception ignored in: {origin}\n");
        let stack = self.format_stack(exception);
        if !stack.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&stack);
        }
        let name = self.exception_type_name(exception);
        let text = self.exception_text(exception);
        out.push_str(&format!("{name}: {text}\n"));
        out
    }

    /// The exception's class as a traceback names it: `ValueError`, `mymodule.MyError`
    /// (the module left out for builtins and `__main__`).
    fn exception_type_name(&mut self, exception: &Value) -> String {
        let class = self.class_of(exception);
        let module = match class.dict.borrow().get("__module__") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => class.module.to_string(),
        };
        if module == "__main__" || module == "builtins" {
            class.qualname.to_string()
        } else {
            format!("{module}.{}", class.qualname)
        }
    }

    fn exception_text(&mut self, exception: &Value) -> String {
        match self.str(exception) {
            Ok(text) => text,
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// `ValueError: message` (and any notes).
    pub fn format_exception_only(&mut self, exception: &Value) -> String {
        let name = self.exception_type_name(exception);
        let text = self.exception_text(exception);
        let mut out = if text.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {text}\n")
        };
        if let Some(data) = exception_data(exception) {
            let notes = data.borrow().notes.clone();
            for note in notes {
                match self.str(&note) {
                    Ok(note) => {
                        out.push_str(&note);
                        out.push('\n');
                    }
                    Err(_) => out.push_str("<note str() failed>\n"),
                }
            }
        }
        out
    }

    /// The frames an exception passed through, outermost first, as `File ..., line ...`
    /// blocks.
    fn format_stack(&mut self, exception: &Value) -> String {
        let Some(data) = exception_data(exception) else {
            return String::new();
        };
        let entries: Vec<TbEntry> = data.borrow().traceback.iter().rev().cloned().collect();
        format_entries(entries)
    }
}

/// Traceback entries, outermost first, as `File ..., line ...` blocks (library frames left
/// out, repeats collapsed).
pub fn format_entries(entries: Vec<TbEntry>) -> String {
    {
        let entries = merge_inlined_comprehensions(entries);
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        for entry in &entries {
            let Some(source) = entry.module.source.clone() else {
                continue;
            };
            if is_library(&source) {
                continue;
            }
            let span = entry.span();
            let line = source.line_of(span.start);
            let name = entry
                .name
                .clone()
                .unwrap_or_else(|| entry.code.name.to_string());
            let key = (source.name().to_string(), line, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= RECURSIVE_CUTOFF {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeats);
                repeats = 0;
                last = Some(key);
            }
            let _ = writeln!(out, "  File \"{}\", line {line}, in {name}", source.name());
            if source.name() != EXEC_FILE {
                out.push_str(&source_lines(&source, span));
            }
        }
        flush_repeats(&mut out, repeats);
        out
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= RECURSIVE_CUTOFF {
        let count = repeats - RECURSIVE_CUTOFF + 1;
        let plural = if count > 1 { "s" } else { "" };
        let _ = writeln!(out, "  [Previous line repeated {count} more time{plural}]");
    }
}

/// Sources of Looplab's own library modules are named `<asyncio>`, `<contextlib>`, ...; code
/// that `exec` and `eval` compiled is the program's (see [`EXEC_FILE`]).
pub fn is_library(source: &SourceFile) -> bool {
    source.name().starts_with('<') && source.name() != EXEC_FILE
}

/// The file of code `exec` and `eval` compiled (as `dataclasses` and `namedtuple` make their
/// methods): CPython's tracebacks show its frames, with no source line to quote.
pub const EXEC_FILE: &str = "<string>";

/// CPython 3.12 runs list, set and dict comprehensions inline: an exception inside one is
/// reported at the enclosing function's frame. Here they are separate frames, so the
/// comprehension's entry takes the place (and the name) of the frame that ran it.
fn merge_inlined_comprehensions(entries: Vec<TbEntry>) -> Vec<TbEntry> {
    let mut merged: Vec<TbEntry> = Vec::with_capacity(entries.len());
    for entry in entries {
        if entry.code.is_comprehension
            && let Some(runner) = merged.pop()
        {
            let name = runner
                .name
                .clone()
                .unwrap_or_else(|| runner.code.name.to_string());
            merged.push(TbEntry {
                name: Some(name),
                ..entry
            });
            continue;
        }
        merged.push(entry);
    }
    merged
}

/// The source line of a frame and its caret line, as `tb_displayline` prints them.
fn source_lines(source: &SourceFile, span: crate::python::source::Span) -> String {
    let start = source.line_column(span.start);
    let end = source.line_column(span.end.max(span.start));
    let original = source.line_text(start.line);
    let stripped = original.trim_start_matches([' ', '\t', '\u{c}']);
    if stripped.trim().is_empty() {
        return String::new();
    }
    let indent_chars = original.chars().count() - stripped.chars().count();
    let shown = stripped.trim_end();
    let mut out = format!("    {shown}\n");
    let start_offset = start.column as usize;
    let mut end_offset = if end.line == start.line {
        end.column as usize
    } else {
        0
    };
    let mut left_anchor: Option<usize> = None;
    let mut right_anchor: Option<usize> = None;
    let mut primary = '^';
    let mut secondary = '^';
    if end.line == start.line {
        if let Some((left, right)) = anchors(original, start_offset, end_offset) {
            left_anchor = Some(left);
            right_anchor = Some(right);
            primary = '~';
            secondary = '^';
        }
    } else {
        // A multi-line expression: highlight to the end of its first line.
        end_offset = original.trim_end().chars().count();
    }
    let stripped_len = original.chars().count() - indent_chars;
    let has_secondary = left_anchor.is_some() || right_anchor.is_some();
    if end_offset.saturating_sub(start_offset) == stripped_len && !has_secondary {
        return out;
    }
    if end_offset <= start_offset {
        return out;
    }
    out.push_str("    ");
    let left = left_anchor.unwrap_or(0);
    let right = right_anchor.unwrap_or(0);
    for position in indent_chars + 1..=end_offset {
        let c = if position <= start_offset {
            ' '
        } else if has_secondary && left < position && position <= right {
            secondary
        } else {
            primary
        };
        out.push(c);
    }
    out.push('\n');
    out
}

/// Anchors inside the failing expression (character offsets in the line): the operator of
/// a binary operation, or the brackets of a subscript.
fn anchors(line: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = line.chars().collect();
    if start >= end || end > chars.len() {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let file = SourceFile::new("<segment>", &segment);
    let parsed = crate::python::parser::parse(&file).ok()?;
    if parsed.module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(expr) = &parsed.module.body[0].kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let mut anchor = None;
            let mut i = left.span.end as usize;
            let limit = right.span.start as usize;
            while i < limit {
                let c = bytes[i];
                if c.is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < limit && !bytes[i + 1].is_ascii_whitespace() {
                    right_anchor += 1;
                }
                anchor = Some((i, right_anchor));
                if i + 1 < limit && c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchor?
        }
        ExprKind::Subscript { value, slice, .. } => {
            let length = bytes.len();
            let mut left = value.span.end as usize;
            let mut right = slice.span.end as usize + 1;
            while left < length && bytes[left] != b'[' {
                left += 1;
            }
            while right < length && bytes[right] != b']' {
                right += 1;
            }
            if right < length {
                right += 1;
            }
            (left, right)
        }
        _ => return None,
    };
    // Byte offsets in the segment to character offsets in the line.
    let to_chars = |byte: usize| segment[..byte.min(segment.len())].chars().count() + start;
    Some((to_chars(left), to_chars(right)))
}
