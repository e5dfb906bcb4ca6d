//! The world a capstone's program runs in: its `WORLD = {...}` line, written from a [`World`]
//! of the capstone's file so that one program runs in each of them.

use serde_json::Value;

use crate::curriculum::model::{WORLD_LINE_START, World};

/// A JSON value as the Python literal that makes it (`true` is `True`, `null` is `None`).
pub fn python_literal(value: &Value) -> String {
    match value {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        // serde_json writes a float with its point (3.0), as Python's repr does.
        Value::Number(number) => number.to_string(),
        // A JSON string's escapes (\n, \", \\, \uXXXX) read the same in Python.
        Value::String(text) => Value::String(text.clone()).to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(python_literal).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(map) => {
            let items: Vec<String> = map
                .iter()
                .map(|(key, value)| {
                    format!(
                        "{}: {}",
                        python_literal(&key.clone().into()),
                        python_literal(value)
                    )
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}

/// The line that puts the program in `world`: its name first, then its settings.
pub fn world_line(world: &World) -> String {
    let mut items = vec![format!(
        "\"name\": {}",
        python_literal(&world.name.clone().into())
    )];
    items.extend(world.settings.iter().map(|(key, value)| {
        format!(
            "{}: {}",
            python_literal(&key.clone().into()),
            python_literal(value)
        )
    }));
    format!("{WORLD_LINE_START}{{{}}}", items.join(", "))
}

/// The world's code with its `WORLD = ` line (the first) put in `world`; the same code when
/// it has no such line. Only that line changes: every other line keeps its number.
pub fn put_in(world_code: &str, world: &World) -> String {
    let mut done = false;
    let mut text = String::with_capacity(world_code.len());
    for line in world_code.split_inclusive('\n') {
        if !done && line.starts_with(WORLD_LINE_START) {
            done = true;
            text.push_str(&world_line(world));
            text.push('\n');
        } else {
            text.push_str(line);
        }
    }
    text
}

/// How a world is named in a result: `'slow-and-flaky' (seed 7)`.
pub fn named(world: &World) -> String {
    match world.settings.get("seed") {
        Some(seed) => format!("'{}' (seed {seed})", world.name),
        None => format!("'{}'", world.name),
    }
}
