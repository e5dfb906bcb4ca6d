//! What the editor's own keys do to the text, as pure functions: Tab indents, Shift+Tab
//! dedents, Enter keeps the line's indentation (one level more after a `:`). Each key gives an
//! [`Edit`] (replace one stretch of the text, then select), which the editor hands to the
//! browser as one insertion, so that the browser's undo takes it back in one step.
//!
//! Offsets are byte offsets into the text; the textarea counts in UTF-16 code units, which
//! [`utf16_to_byte`] and [`byte_to_utf16`] translate.

use std::ops::Range;

/// One level of indentation, as Python programs write it.
pub const INDENT: &str = "    ";

/// The keys the editor gives a meaning of its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EditKey {
    /// Indent: four spaces at the caret, or every selected line.
    Tab,
    /// Dedent the current or the selected lines, by up to four spaces.
    ShiftTab,
    /// A new line, indented as the current one (one level more after a `:`).
    Enter,
}

/// Replace `replace` of the text with `insert`, then select `select` (in the new text).
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub replace: Range<usize>,
    pub insert: String,
    pub select: Range<usize>,
}

impl Edit {
    /// The text after the edit.
    pub fn apply(&self, text: &str) -> String {
        let mut edited = text.to_string();
        edited.replace_range(self.replace.clone(), &self.insert);
        edited
    }
}

/// What `key` does to `text` with `selection` (start and end, in order): None if nothing
/// (Shift+Tab on lines without indentation).
pub fn edit(text: &str, selection: Range<usize>, key: EditKey) -> Option<Edit> {
    let selection = selection.start.min(text.len())..selection.end.min(text.len());
    match key {
        EditKey::Tab if text[selection.clone()].contains('\n') => indent_lines(text, selection),
        EditKey::Tab => Some(Edit {
            replace: selection.clone(),
            insert: INDENT.to_string(),
            select: caret(selection.start + INDENT.len()),
        }),
        EditKey::ShiftTab => dedent_lines(text, selection),
        EditKey::Enter => Some(new_line(text, selection)),
    }
}

fn caret(at: usize) -> Range<usize> {
    at..at
}

/// The start of the line `at` is in.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |newline| newline + 1)
}

/// The end of the line `at` is in (before its newline).
fn line_end(text: &str, at: usize) -> usize {
    text[at..]
        .find('\n')
        .map_or(text.len(), |offset| at + offset)
}

/// The whole lines a selection touches. A selection that ends at the very start of a line
/// (as selecting whole lines with Shift+↓ does) leaves that line out.
fn lines_touched(text: &str, selection: &Range<usize>) -> Range<usize> {
    let last =
        if selection.end > selection.start && line_start(text, selection.end) == selection.end {
            selection.end - 1
        } else {
            selection.end
        };
    line_start(text, selection.start)..line_end(text, last)
}

/// Four spaces before every selected line that has anything on it.
fn indent_lines(text: &str, selection: Range<usize>) -> Option<Edit> {
    let block = lines_touched(text, &selection);
    let mut insert = String::new();
    let mut indented = 0;
    let mut first_indented = false;
    for (index, line) in text[block.clone()].split('\n').enumerate() {
        if index > 0 {
            insert.push('\n');
        }
        if !line.is_empty() {
            insert.push_str(INDENT);
            indented += 1;
            first_indented |= index == 0;
        }
        insert.push_str(line);
    }
    // The selection moves with its text; a start at the very beginning of its line stays
    // there, so whole selected lines stay whole.
    let start = match first_indented && selection.start > block.start {
        true => selection.start + INDENT.len(),
        false => selection.start,
    };
    let end = selection.end + indented * INDENT.len();
    Some(Edit {
        replace: block,
        insert,
        select: start..end,
    })
}

/// Up to four spaces (or one tab) off the start of each touched line.
fn dedent_lines(text: &str, selection: Range<usize>) -> Option<Edit> {
    let block = lines_touched(text, &selection);
    let mut insert = String::new();
    let (mut start, mut end) = (selection.start, selection.end);
    let mut line_at = block.start;
    for (index, line) in text[block.clone()].split('\n').enumerate() {
        if index > 0 {
            insert.push('\n');
        }
        let removed = match line.starts_with('\t') {
            true => 1,
            false => line.len() - line.trim_start_matches(' ').len(),
        }
        .min(INDENT.len());
        insert.push_str(&line[removed..]);
        // The selection's ends lose what went before them.
        let lost_before = |at: usize| at.saturating_sub(line_at).min(removed);
        if index == 0 {
            start -= lost_before(selection.start);
        }
        end -= lost_before(selection.end);
        line_at += line.len() + 1;
    }
    if insert == text[block.clone()] {
        return None;
    }
    Some(Edit {
        replace: block,
        insert,
        select: start..end,
    })
}

/// A newline in place of the selection, then the current line's indentation, one level more
/// if what comes before the caret ends in a `:` (a comment after it aside).
fn new_line(text: &str, selection: Range<usize>) -> Edit {
    let before = &text[line_start(text, selection.start)..selection.start];
    let indentation = &before[..before.len() - before.trim_start().len()];
    let mut insert = format!("\n{indentation}");
    if without_comment(before).trim_end().ends_with(':') {
        insert.push_str(INDENT);
    }
    Edit {
        select: caret(selection.start + insert.len()),
        replace: selection,
        insert,
    }
}

/// A line of Python without its comment: up to the first `#` outside a string.
fn without_comment(line: &str) -> &str {
    let mut quote = None;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(open) if c == open => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' => return &line[..at],
            None => {}
        }
    }
    line
}

/// The byte offset of the UTF-16 offset `offset` (as a textarea counts) in `text`.
pub fn utf16_to_byte(text: &str, offset: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= offset {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset (as a textarea counts) of the byte offset `offset` in `text`.
pub fn byte_to_utf16(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].encode_utf16().count()
}
