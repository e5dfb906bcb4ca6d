//! Running a child process with a time limit, its output captured through files (pipes
//! would need a reader thread each to avoid filling up).

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

pub struct Finished {
    /// The exit status; `None` if the process was killed at the time limit or by a signal.
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `command` to its end or `limit`, whichever comes first; `scratch` names two files
/// (`scratch.stdout`, `scratch.stderr`) that hold its output meanwhile.
pub fn run(mut command: Command, limit: Duration, scratch: &Path) -> Result<Finished, String> {
    let out_path = scratch.with_extension("stdout");
    let err_path = scratch.with_extension("stderr");
    let out = fs::File::create(&out_path).map_err(|e| format!("{}: {e}", out_path.display()))?;
    let err = fs::File::create(&err_path).map_err(|e| format!("{}: {e}", err_path.display()))?;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break status.code(),
            None if start.elapsed() > limit => {
                // The child may have exited just now; either way it is gone after this.
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => thread::sleep(Duration::from_millis(3)),
        }
    };
    let read = |path: &Path| {
        let bytes = fs::read(path).unwrap_or_default();
        let _ = fs::remove_file(path);
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(Finished {
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    })
}
