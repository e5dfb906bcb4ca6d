//! The editor's keys as text edits (pure: the browser only applies them), and which keys the
//! page's shortcuts leave to the focused control.

use looplab::ui::components::code_keys::{Edit, EditKey, byte_to_utf16, edit, utf16_to_byte};
use looplab::ui::components::keys::belongs_to_focused;

/// The text and selection after `key`, with the selection written into the text as `[` and
/// `]` (or `|` for a caret), in and out: `"if a:|"` is "if a:" with the caret at its end.
fn press(marked: &str, key: EditKey) -> Option<String> {
    let (text, selection) = unmark(marked);
    let Edit {
        replace,
        insert,
        select,
    } = edit(&text, selection, key)?;
    let mut edited = text.clone();
    edited.replace_range(replace, &insert);
    Some(mark(&edited, select))
}

fn unmark(marked: &str) -> (String, std::ops::Range<usize>) {
    if let Some(at) = marked.find('|') {
        return (marked.replacen('|', "", 1), at..at);
    }
    let start = marked.find('[').expect("a caret or a selection");
    let end = marked.find(']').expect("a selection's end") - 1;
    (marked.replacen('[', "", 1).replacen(']', "", 1), start..end)
}

fn mark(text: &str, selection: std::ops::Range<usize>) -> String {
    if selection.is_empty() {
        return format!("{}|{}", &text[..selection.start], &text[selection.start..]);
    }
    format!(
        "{}[{}]{}",
        &text[..selection.start],
        &text[selection.clone()],
        &text[selection.end..]
    )
}

#[test]
fn tab_puts_four_spaces_at_the_caret_or_in_place_of_a_selection_in_a_line() {
    assert_eq!(press("if a:\n|b", EditKey::Tab).unwrap(), "if a:\n    |b");
    assert_eq!(press("x = [old]", EditKey::Tab).unwrap(), "x =     |");
}

#[test]
fn tab_indents_every_selected_line_and_keeps_them_selected() {
    assert_eq!(
        press("a\n[b\n\nc]\nd", EditKey::Tab).unwrap(),
        "a\n[    b\n\n    c]\nd",
        "an empty line stays empty"
    );
    assert_eq!(
        press("a\nb[b\ncc]c", EditKey::Tab).unwrap(),
        "a\n    b[b\n    cc]c"
    );
    // Whole lines selected (the end at the start of the next line): that next line stays.
    assert_eq!(
        press("[a\nb\n]c", EditKey::Tab).unwrap(),
        "[    a\n    b\n]c"
    );
}

#[test]
fn shift_tab_takes_up_to_four_spaces_off_the_current_or_selected_lines() {
    assert_eq!(press("      x|", EditKey::ShiftTab).unwrap(), "  x|");
    assert_eq!(press("  x|", EditKey::ShiftTab).unwrap(), "x|");
    assert_eq!(press("\tx|", EditKey::ShiftTab).unwrap(), "x|");
    assert_eq!(press("  | x", EditKey::ShiftTab).unwrap(), "|x");
    assert_eq!(press("x|", EditKey::ShiftTab), None, "nothing to take off");
    assert_eq!(
        press("if a:\n    [b\n  c\nd]", EditKey::ShiftTab).unwrap(),
        "if a:\n[b\nc\nd]"
    );
    assert_eq!(
        press("        b[b\n        c]c", EditKey::ShiftTab).unwrap(),
        "    b[b\n    c]c"
    );
}

#[test]
fn enter_keeps_the_indentation_and_adds_a_level_after_a_colon() {
    assert_eq!(
        press("    x = 1|", EditKey::Enter).unwrap(),
        "    x = 1\n    |"
    );
    assert_eq!(
        press("async def main():|", EditKey::Enter).unwrap(),
        "async def main():\n    |"
    );
    assert_eq!(
        press("    for n in range(3):  # each|", EditKey::Enter).unwrap(),
        "    for n in range(3):  # each\n        |"
    );
    // A colon in a string or in a comment opens no block.
    assert_eq!(
        press("print(\"a:\")|", EditKey::Enter).unwrap(),
        "print(\"a:\")\n|"
    );
    assert_eq!(
        press("x = 1  # see:|", EditKey::Enter).unwrap(),
        "x = 1  # see:\n|"
    );
    assert_eq!(
        press("s = '#':|", EditKey::Enter).unwrap(),
        "s = '#':\n    |"
    );
    // A selection is replaced; what follows the caret moves to the new line.
    assert_eq!(
        press("  if a:[ junk]b", EditKey::Enter).unwrap(),
        "  if a:\n      |b"
    );
}

#[test]
fn offsets_translate_between_the_textareas_utf16_and_bytes() {
    let text = "é世😀x";
    // é: 2 bytes, 1 unit; 世: 3 bytes, 1 unit; 😀: 4 bytes, 2 units.
    assert_eq!(utf16_to_byte(text, 0), 0);
    assert_eq!(utf16_to_byte(text, 1), 2);
    assert_eq!(utf16_to_byte(text, 2), 5);
    assert_eq!(utf16_to_byte(text, 4), 9);
    assert_eq!(utf16_to_byte(text, 5), 10);
    for (units, bytes) in [(0, 0), (1, 2), (2, 5), (4, 9), (5, 10)] {
        assert_eq!(byte_to_utf16(text, bytes), units);
    }
    let indented = edit(text, 9..9, EditKey::Tab).unwrap();
    assert_eq!(indented.apply(text), "é世😀    x");
}

#[test]
fn space_and_enter_press_the_focused_control_and_fields_keep_every_key() {
    for tag in ["BUTTON", "A", "SUMMARY"] {
        assert!(belongs_to_focused(" ", tag, None, false), "Space on {tag}");
        assert!(
            belongs_to_focused("Enter", tag, None, false),
            "Enter on {tag}"
        );
        assert!(
            !belongs_to_focused("ArrowRight", tag, None, false),
            "→ on {tag} steps"
        );
    }
    assert!(belongs_to_focused(" ", "DIV", Some("button"), false));
    assert!(belongs_to_focused(" ", "DIV", Some("checkbox"), false));
    for tag in ["INPUT", "TEXTAREA", "SELECT"] {
        assert!(
            belongs_to_focused("ArrowLeft", tag, None, false),
            "← in {tag}"
        );
    }
    assert!(
        belongs_to_focused("Home", "DIV", None, true),
        "editable content"
    );
    assert!(
        !belongs_to_focused(" ", "BODY", None, false),
        "Space on the page plays"
    );
    assert!(!belongs_to_focused(" ", "DIV", None, false));
}
