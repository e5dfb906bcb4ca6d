//! The console's lines, found once per run: where each line's text lies in the stream it was
//! written to, who wrote it and when. The console at any moment is a prefix of them (its last
//! line perhaps not finished yet), so a page asks for how many there are and for the few it
//! draws, never for all of them at every step.

use std::ops::Range;
use std::rc::Rc;

use crate::runtime::trace::Stream;

/// A line of the console.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleLine {
    pub t: f64,
    pub printer: Printer,
    pub stream: Stream,
    pub text: String,
}

/// Who printed a console line.
#[derive(Debug, Clone, PartialEq)]
pub enum Printer {
    /// A task (by name), or the module's own code (`None`: shown as `main`).
    Task(Option<Rc<str>>),
    /// Output no recorded print accounts for (past the record's cut, or sent by a worker
    /// that crashed): which task printed it, and when, is not known.
    Unrecorded,
}

impl Printer {
    /// What the console shows for who printed.
    pub fn label(&self) -> &str {
        match self {
            Printer::Task(task) => task.as_deref().unwrap_or("main"),
            Printer::Unrecorded => "not recorded",
        }
    }
}

/// One write to the output: its stream, where its text ends in that stream, and who wrote
/// it when.
pub struct Write<'a> {
    pub stream: Stream,
    pub end: usize,
    pub t: f64,
    pub task: &'a Option<Rc<str>>,
}

/// Where a line lies: `stream[start..end]` (without its newline), begun by the write
/// `first_write`, which wrote up to `first_end`; a print with `end=""` leaves its line open
/// for the next write to the same stream: `later` has each such write and where the line
/// ended after it.
#[derive(Debug, Clone)]
struct LineSpan {
    t: f64,
    printer: Printer,
    stream: Stream,
    start: usize,
    first_write: usize,
    first_end: usize,
    later: Vec<(usize, usize)>,
}

impl LineSpan {
    /// Where the line ends once the writes before `shown` are shown (`None`: all of them).
    fn end(&self, shown: Option<usize>) -> usize {
        let shown = shown.unwrap_or(usize::MAX);
        self.later
            .iter()
            .rev()
            .find(|&&(write, _)| write < shown)
            .map_or(self.first_end, |&(_, end)| end)
    }
}

/// Every line of a run's console as shown at its end: those the recorded writes make, then
/// what no recorded write accounts for (as one more write, after them all, so that before
/// the end it is not shown: see [`ConsoleLines::len`] and [`LineSpan::end`]).
#[derive(Debug, Clone, Default)]
pub struct ConsoleLines {
    lines: Vec<LineSpan>,
}

/// The lines being cut from the writes, in order.
#[derive(Default)]
struct Cutter {
    lines: Vec<LineSpan>,
    /// The last line has no newline yet: the next text of its stream continues it.
    open: bool,
}

impl Cutter {
    /// Adds the text `stream_text[from..to]`, written by write `index`.
    fn add(
        &mut self,
        stream_text: &str,
        (from, to): (usize, usize),
        stream: Stream,
        index: usize,
        t: f64,
        printer: &Printer,
    ) {
        let Some(text) = stream_text.get(from.min(to)..to) else {
            return;
        };
        let mut at = from.min(to);
        for piece in text.split_inclusive('\n') {
            let continues = self.open && self.lines.last().is_some_and(|l| l.stream == stream);
            let ends_line = piece.ends_with('\n');
            let end = at + piece.len() - usize::from(ends_line);
            match self.lines.last_mut() {
                // Only a write's first piece can continue a line (its other pieces follow
                // a newline).
                Some(line) if continues => line.later.push((index, end)),
                _ => self.lines.push(LineSpan {
                    t,
                    printer: printer.clone(),
                    stream,
                    start: at,
                    first_write: index,
                    first_end: end,
                    later: Vec::new(),
                }),
            }
            self.open = !ends_line;
            at += piece.len();
        }
    }
}

impl ConsoleLines {
    /// Cuts `stdout` and `stderr` into lines at the `writes` (in order); at the end, the rest
    /// of stdout (past the last recorded write to it) is shown too, as not recorded, at
    /// `end_t`.
    pub fn new<'a>(
        stdout: &str,
        stderr: &str,
        writes: impl Iterator<Item = Write<'a>>,
        end_t: f64,
    ) -> ConsoleLines {
        let mut cutter = Cutter::default();
        let (mut out_written, mut err_written) = (0, 0);
        let mut count = 0;
        for (index, write) in writes.enumerate() {
            let (text, written) = match write.stream {
                Stream::Stdout => (stdout, &mut out_written),
                Stream::Stderr => (stderr, &mut err_written),
            };
            let from = *written;
            *written = write.end;
            let printer = Printer::Task(write.task.clone());
            cutter.add(
                text,
                (from, write.end),
                write.stream,
                index,
                write.t,
                &printer,
            );
            count = index + 1;
        }
        cutter.add(
            stdout,
            (out_written, stdout.len()),
            Stream::Stdout,
            count,
            end_t,
            &Printer::Unrecorded,
        );
        ConsoleLines {
            lines: cutter.lines,
        }
    }

    /// How many lines the console has once `shown` writes are shown (`None`: at the end).
    pub fn len(&self, shown: Option<usize>) -> usize {
        match shown {
            None => self.lines.len(),
            Some(shown) => self.lines.partition_point(|line| line.first_write < shown),
        }
    }

    /// The lines in `range` of the console once `shown` writes are shown (`None`: at the
    /// end), their text read from `stdout` and `stderr`. A line a later write continues has
    /// the text written so far.
    pub fn lines(
        &self,
        shown: Option<usize>,
        range: Range<usize>,
        (stdout, stderr): (&str, &str),
    ) -> Vec<ConsoleLine> {
        let spans = &self.lines[..self.len(shown)];
        let range = range.start.min(spans.len())..range.end.min(spans.len());
        spans[range]
            .iter()
            .map(|span| {
                let stream_text = match span.stream {
                    Stream::Stdout => stdout,
                    Stream::Stderr => stderr,
                };
                let end = span.end(shown);
                ConsoleLine {
                    t: span.t,
                    printer: span.printer.clone(),
                    stream: span.stream,
                    text: stream_text
                        .get(span.start..end)
                        .unwrap_or_default()
                        .to_string(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_past_the_record_shows_at_the_end_only_continuing_an_open_line() {
        // The record has one print, `a` with no newline; stdout went on past the record.
        let (stdout, task) = ("ab\nc\n", Some(Rc::from("Task-1")));
        let writes = [Write {
            stream: Stream::Stdout,
            end: 1,
            t: 0.5,
            task: &task,
        }];
        let lines = ConsoleLines::new(stdout, "", writes.into_iter(), 2.0);
        let texts = |shown| -> Vec<(String, String)> {
            lines
                .lines(shown, 0..10, (stdout, ""))
                .into_iter()
                .map(|line| (line.text, line.printer.label().to_string()))
                .collect()
        };
        let pair = |text: &str, who: &str| (text.to_string(), who.to_string());
        assert_eq!(lines.len(Some(0)), 0);
        assert_eq!(lines.len(Some(1)), 1);
        assert_eq!(texts(Some(1)), [pair("a", "Task-1")]);
        assert_eq!(lines.len(None), 2);
        assert_eq!(
            texts(None),
            [pair("ab", "Task-1"), pair("c", "not recorded")]
        );
    }
}
