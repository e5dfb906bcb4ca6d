//! Where a run's output goes: kept in memory for whoever shows it afterwards (the page, the
//! course's checks), or written out as the program prints it (the CLI), so that a crash or a
//! limit later in the run loses nothing, a reader of a pipe sees each line as it comes, and
//! output of any size is never held. Kept output can also be watched as it is printed (the
//! browser's worker forwards it to the page, which then loses none of it if the worker dies).

use std::io::Write;

/// The streams a run writes to as it goes.
pub struct Streams {
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
}

/// Hears each piece of stdout as the program prints it.
pub type StdoutWatcher = Box<dyn FnMut(&str)>;

/// What the program printed, or where it went.
#[derive(Default)]
pub struct Output {
    /// What was written to stdout, when it is kept.
    pub stdout: String,
    /// What was written to stderr, when it is kept.
    pub stderr: String,
    /// Bytes written to stdout so far, kept or not.
    stdout_len: usize,
    /// Bytes written to stderr so far (as written: lone surrogates escaped).
    stderr_len: usize,
    /// Where the output goes instead of being kept.
    streams: Option<Streams>,
    /// Who hears stdout as it is printed, besides its being kept.
    watcher: Option<StdoutWatcher>,
    /// Why stdout could not be written (the reader went away: `looplab run x.py | head`).
    closed: Option<String>,
    /// stdout is no longer kept: the record of the run it goes with was cut.
    dropping: bool,
}

impl Output {
    /// Output written to these streams as it comes, never kept.
    pub fn streamed(streams: Streams) -> Output {
        Output {
            streams: Some(streams),
            ..Output::default()
        }
    }

    /// Output kept, and each piece of stdout also handed to `watcher` as it is printed (all
    /// of it: the watcher still hears what is no longer kept once the record is cut).
    pub fn watched(watcher: StdoutWatcher) -> Output {
        Output {
            watcher: Some(watcher),
            ..Output::default()
        }
    }

    pub fn write_stdout(&mut self, text: &str) {
        self.stdout_len += text.len();
        if let Some(watcher) = &mut self.watcher {
            watcher(text);
        }
        let Some(streams) = &mut self.streams else {
            if !self.dropping {
                self.stdout.push_str(text);
            }
            return;
        };
        if self.closed.is_none()
            && let Err(error) = streams.stdout.write_all(text.as_bytes())
        {
            self.closed = Some(error.to_string());
        }
    }

    pub fn write_stderr(&mut self, text: &str) {
        // CPython's stderr writes lone surrogates as `\udXXX` (its `backslashreplace`).
        let replaced;
        let text = if pycore::surrogates::contains_surrogate(text) {
            replaced = pycore::surrogates::backslash_replace(text);
            replaced.as_str()
        } else {
            text
        };
        self.stderr_len += text.len();
        match &mut self.streams {
            // Nothing is left to tell a reader of stderr that it failed.
            Some(streams) => drop(streams.stderr.write_all(text.as_bytes())),
            None => self.stderr.push_str(text),
        }
    }

    /// Whether stdout is kept (not streamed, and not past the record's cut).
    pub fn keeps(&self) -> bool {
        self.streams.is_none() && !self.dropping
    }

    /// Keeps no more of stdout (streams are written as before).
    pub fn stop_keeping(&mut self) {
        self.dropping = true;
    }

    /// How many bytes the program has written to stdout.
    pub fn stdout_len(&self) -> usize {
        self.stdout_len
    }

    /// How many bytes the program has written to stderr.
    pub fn stderr_len(&self) -> usize {
        self.stderr_len
    }

    /// Why stdout can no longer be written, once it cannot: the run has nobody to print for.
    pub fn closed(&self) -> Option<&str> {
        self.closed.as_deref()
    }

    /// Writes out whatever the streams still buffer, and gives them back.
    pub fn finish_streams(&mut self) -> Option<Streams> {
        let mut streams = self.streams.take()?;
        let _ = streams.stdout.flush();
        let _ = streams.stderr.flush();
        Some(streams)
    }
}
