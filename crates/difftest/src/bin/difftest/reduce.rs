//! The delta reducer: shrinks a Python program while a predicate (it still mismatches with
//! the same signature) holds, one statement at a time.
//!
//! A statement is a line and the lines indented under it. Each pass tries, from the last
//! statement to the first, to delete it (a block left empty gets `pass`) or to unwrap it
//! (replace a compound statement by its body, dedented); passes repeat until none shrinks
//! the program. Candidates that are not Python any more fail the predicate, so they are
//! never kept.

pub fn reduce(program: &str, mut still_fails: impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<String> = program
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(String::from)
        .collect();
    if !still_fails(&joined(&lines)) {
        // Blank lines and comments mattered (line numbers in a message): keep the original.
        lines = program.lines().map(String::from).collect();
    }
    loop {
        let mut shrunk = false;
        for index in (0..lines.len()).rev() {
            if index >= lines.len() {
                continue;
            }
            let candidates = [without(&lines, index), unwrapped(&lines, index)];
            for candidate in candidates.into_iter().flatten() {
                if still_fails(&joined(&candidate)) {
                    lines = candidate;
                    shrunk = true;
                    break;
                }
            }
        }
        if !shrunk {
            return joined(&lines);
        }
    }
}

fn joined(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The index just past the block that starts at `index`: its line and those under it.
fn block_end(lines: &[String], index: usize) -> usize {
    let depth = indent(&lines[index]);
    let mut end = index + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indent(&lines[end]) > depth) {
        end += 1;
    }
    end
}

/// The index just past the statement that starts at `index`: a `try`, `if`, `for` or
/// `while` takes its `except`, `elif`, `else` and `finally` clauses along.
fn statement_end(lines: &[String], index: usize) -> usize {
    let header = lines[index].trim_start();
    let has_clauses = ["try:", "if ", "for ", "async for ", "while "]
        .iter()
        .any(|word| header.starts_with(word));
    let mut end = block_end(lines, index);
    while has_clauses
        && end < lines.len()
        && indent(&lines[end]) == indent(&lines[index])
        && ["except", "elif ", "else:", "finally:"]
            .iter()
            .any(|word| lines[end].trim_start().starts_with(word))
    {
        end = block_end(lines, end);
    }
    end
}

/// The program without the statement at `index`; `None` if that changes nothing (the
/// statement is a lone `pass` that would come back).
fn without(lines: &[String], index: usize) -> Option<Vec<String>> {
    let end = statement_end(lines, index);
    let depth = indent(&lines[index]);
    let mut candidate: Vec<String> = lines[..index].to_vec();
    candidate.extend_from_slice(&lines[end..]);
    let opens_block = index > 0
        && lines[index - 1].trim_end().ends_with(':')
        && indent(&lines[index - 1]) < depth;
    let block_now_empty = candidate.get(index).is_none_or(|next| indent(next) < depth);
    if opens_block && block_now_empty {
        if lines[index].trim() == "pass" && end == index + 1 {
            return None;
        }
        candidate.insert(index, format!("{}pass", " ".repeat(depth)));
    }
    Some(candidate)
}

/// The program with the compound statement at `index` replaced by its first body; `None` for
/// simple statements and definitions (unwrapping a `def` is never Python).
fn unwrapped(lines: &[String], index: usize) -> Option<Vec<String>> {
    let header = lines[index].trim();
    let is_definition = ["def ", "async def ", "class "]
        .iter()
        .any(|word| header.starts_with(word));
    if !header.ends_with(':') || is_definition {
        return None;
    }
    // The body alone stays: an unwrapped `try` loses its handlers, an `if` its `else`.
    let body = lines.get(index + 1..block_end(lines, index))?;
    let end = statement_end(lines, index);
    let shift = indent(body.first()?) - indent(&lines[index]);
    let mut candidate: Vec<String> = lines[..index].to_vec();
    candidate.extend(body.iter().map(|line| {
        line.get(shift.min(indent(line))..)
            .unwrap_or("")
            .to_string()
    }));
    candidate.extend_from_slice(&lines[end..]);
    Some(candidate)
}

#[cfg(test)]
mod tests {
    use super::reduce;

    #[test]
    fn keeps_only_what_the_predicate_needs() {
        let program = "a = 1\nif a:\n    b = 2\n    boom()\n    c = 3\nd = 4\n";
        let reduced = reduce(program, |text| text.contains("boom()"));
        assert_eq!(reduced, "boom()\n");
    }

    #[test]
    fn an_emptied_block_gets_pass() {
        let program = "try:\n    x = 1\nexcept E:\n    y = 2\nboom()\n";
        // The predicate insists the try statement stays (as a check for valid Python would).
        let reduced = reduce(program, |text| {
            ["try:", "except E:", "boom()"]
                .iter()
                .all(|part| text.contains(part))
        });
        assert_eq!(reduced, "try:\n    pass\nexcept E:\n    pass\nboom()\n");
    }

    #[test]
    fn a_try_statement_goes_with_its_handlers() {
        let program = "try:\n    x = 1\nexcept E:\n    y = 2\nfinally:\n    z = 3\nboom()\n";
        assert_eq!(
            reduce(program, |text| text.contains("boom()")
                && !text.starts_with("except")),
            "boom()\n"
        );
    }

    #[test]
    fn a_program_that_does_not_fail_comes_back_whole() {
        let program = "a = 1\n\nb = 2\n";
        assert_eq!(reduce(program, |_| false), program);
    }
}
