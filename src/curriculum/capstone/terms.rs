//! A run's errors in the learner's terms: the line numbers of their own solution (not of the
//! composed program, whose world comes first), their own calls rather than asyncio's
//! internals, and none of the world's frames.

/// Where the learner's solution is in the composed program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Solution<'a> {
    /// The composed program.
    pub program: &'a str,
    /// Its first line that is the solution's (1-based).
    pub first: u32,
    /// The number of lines the solution has.
    pub lines: u32,
}

impl Solution<'_> {
    /// The line of the solution that is line `line` of the program, if it is the solution's.
    pub fn own(&self, line: u32) -> Option<u32> {
        line.checked_sub(self.first)
            .map(|offset| offset + 1)
            .filter(|&own| own <= self.lines)
    }

    /// The text of the solution's own line `own`, without its indentation and comment.
    pub fn code(&self, own: u32) -> Option<&str> {
        let line = self.program.lines().nth((self.first + own - 2) as usize)?;
        let code = match line.find("  #") {
            Some(comment) => &line[..comment],
            None => line,
        };
        Some(code.trim())
    }

    /// What the code at the solution's line `own` waits in: the expression after its
    /// `await` (`queue.join()`), or the line itself (`async with sem:`).
    pub fn call(&self, own: u32) -> Option<String> {
        let code = self.code(own)?;
        let call = match code.find("await ") {
            Some(at) => &code[at + "await ".len()..],
            None => code,
        };
        Some(shortened(call.trim_end_matches(':').trim()))
    }
}

/// A call cut to a length that reads in a sentence.
fn shortened(call: &str) -> String {
    const MOST: usize = 60;
    match call.char_indices().nth(MOST) {
        Some((at, _)) => format!("{}…", &call[..at]),
        None => call.to_string(),
    }
}

/// A task that waits forever in a deadlocked run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wait {
    /// `Task-1 (main)`: the task's name and its coroutine's.
    pub task: String,
    /// The learner's call it waits in (`queue.join()`), at a line of their solution; none
    /// when it waits inside the world's code.
    pub call: Option<(String, u32)>,
}

impl Wait {
    /// `Task-1 (main) waits in `queue.join()` at line 22 of your solution`.
    pub fn sentence(&self) -> String {
        match &self.call {
            Some((call, line)) => format!(
                "{} waits in `{call}` at line {line} of your solution",
                self.task
            ),
            None => format!("{} waits inside the world's code", self.task),
        }
    }
}

/// The runtime's line for one waiting task in a deadlock report:
/// `  worker-0 (worker) waits on a future made by Queue.get() at line 122`.
fn waiting_task(line: &str) -> Option<(&str, u32)> {
    let line = line.strip_prefix("  ")?;
    let (task, rest) = line.split_once(" waits on ")?;
    let number = rest.rsplit_once(" at line ")?.1.parse().ok()?;
    Some((task, number))
}

/// The tasks a deadlocked run left waiting, from the report the runtime wrote on stderr.
pub fn waits(stderr: &str, solution: &Solution) -> Vec<Wait> {
    stderr
        .lines()
        .filter_map(waiting_task)
        .map(|(task, line)| Wait {
            task: task.to_string(),
            call: solution
                .own(line)
                .and_then(|own| Some((solution.call(own)?, own))),
        })
        .collect()
}

/// `File "main.py", line 164, in main`: the line a frame is at, if it is the program's.
fn frame_line(line: &str) -> Option<(u32, &str)> {
    let rest = line.strip_prefix("  File \"main.py\", line ")?;
    let (number, function) = rest.split_once(", in ")?;
    Some((number.parse().ok()?, function))
}

/// Whether a line of stderr starts a frame of a traceback (any file's).
fn is_frame(line: &str) -> bool {
    line.starts_with("  File \"")
}

/// What the run wrote on stderr, in the learner's terms: traceback frames of their solution
/// at its own lines (`File "your solution", line 3, in worker`), the world's and the
/// library's frames left out (with the source lines under them), the deadlock report naming
/// the learner's calls, and a limit's `at line N` as a line of theirs.
pub fn stderr(stderr: &str, solution: &Solution) -> String {
    let mut text = String::with_capacity(stderr.len());
    // Inside a traceback frame: whether it is shown. Its source and caret lines (indented
    // four spaces) go with it, as Python wrote them or not at all.
    let mut frame: Option<bool> = None;
    for line in stderr.lines() {
        if is_frame(line) {
            let own = frame_line(line)
                .and_then(|(number, function)| Some((solution.own(number)?, function)));
            frame = Some(own.is_some());
            if let Some((own, function)) = own {
                text.push_str(&format!(
                    "  File \"your solution\", line {own}, in {function}\n"
                ));
            }
            continue;
        }
        if let Some(shown) = frame
            && line.starts_with("    ")
        {
            if shown {
                text.push_str(line);
                text.push('\n');
            }
            continue;
        }
        frame = None;
        if let Some((task, number)) = waiting_task(line) {
            let wait = Wait {
                task: task.to_string(),
                call: solution
                    .own(number)
                    .and_then(|own| Some((solution.call(own)?, own))),
            };
            text.push_str(&format!("  {}\n", wait.sentence().replace('`', "")));
            continue;
        }
        text.push_str(&message(line, solution));
        text.push('\n');
    }
    text
}

/// A message with its `at line N` (a line of the program) said as a line of the solution,
/// or as the world's code.
pub fn message(message: &str, solution: &Solution) -> String {
    const AT: &str = "at line ";
    let Some(at) = message.find(AT) else {
        return message.to_string();
    };
    let digits = &message[at + AT.len()..];
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    let Ok(number) = digits[..end].parse::<u32>() else {
        return message.to_string();
    };
    let said = match solution.own(number) {
        Some(own) => format!("at line {own} of your solution"),
        None => "in the world's code".to_string(),
    };
    format!("{}{said}{}", &message[..at], &digits[end..])
}

/// The solution's own line where the last traceback on stderr left it: its innermost frame
/// that is the learner's.
pub fn last_own_frame(stderr: &str, solution: &Solution) -> Option<u32> {
    let traceback = stderr.rsplit("Traceback (most recent call last):").next()?;
    traceback
        .lines()
        .filter_map(frame_line)
        .filter_map(|(number, _)| solution.own(number))
        .next_back()
}
