//! The two implementations under comparison: CPython 3.12 through the oracle in
//! tests/oracle/ (as scripts/program-goldens runs it), and the `looplab` binary.
//!
//! Both run from the repository root with the program's path relative to it, so that
//! tracebacks name the same file on both sides.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use difftest::compare::Outcome;

use crate::process::{self, Finished};

/// Longer than any generated program needs under a virtual clock; a run that takes it is
/// hung.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Variables that would change CPython's output (warnings, debug mode, tracemalloc, hashing).
const SCRUBBED: &[&str] = &[
    "PYTHONWARNINGS",
    "PYTHONASYNCIODEBUG",
    "PYTHONDEVMODE",
    "PYTHONTRACEMALLOC",
    "PYTHONHASHSEED",
    "PYTHONPATH",
    "PYTHONSTARTUP",
    "PYTHONUNBUFFERED",
    "PYTHONOPTIMIZE",
];

pub struct Sides {
    pub root: PathBuf,
    python: PathBuf,
    looplab: PathBuf,
}

/// How running one side went wrong (as opposed to the program failing, which is an outcome).
pub enum SideError {
    /// The side ran past the time limit.
    Hung,
    /// The side could not run, or its harness crashed.
    Broken(String),
}

impl Sides {
    /// Finds CPython 3.12 (`$PYTHON312`, else `python3.12` with `PYENV_VERSION=3.12.1`) and
    /// Looplab (`$LOOPLAB`, else target/release/looplab).
    pub fn find() -> Result<Sides, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .canonicalize()
            .map_err(|e| format!("the repository root: {e}"))?;
        let python = match env::var_os("PYTHON312") {
            Some(python) => PathBuf::from(python),
            None => python312_executable()?,
        };
        let looplab = env::var_os("LOOPLAB")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/release/looplab"));
        if !looplab.exists() {
            return Err(format!(
                "no Looplab binary at {} (cargo build --release --locked, or set LOOPLAB)",
                looplab.display()
            ));
        }
        Ok(Sides {
            root,
            python,
            looplab,
        })
    }

    /// The program's path as both sides are given it: relative to the root when inside it.
    pub fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }

    /// CPython's outcome; with `trace`, its trace too (a second run, under atrace.py).
    pub fn cpython(&self, program: &Path, trace: bool) -> Result<Outcome, SideError> {
        let run = self.python_run("pyrun.py", program)?;
        let mut outcome = Outcome {
            stdout: self.without_root(&run.stdout),
            stderr: self.without_root(&run.stderr),
            status: run.status.ok_or(SideError::Hung)?,
            trace: None,
        };
        if trace {
            let traced = self.python_run("atrace.py", program)?;
            if traced.status != Some(0) {
                return Err(SideError::Broken(format!(
                    "atrace.py exited with {:?}: {}",
                    traced.status, traced.stderr
                )));
            }
            outcome.trace = Some(self.without_root(&traced.stdout));
        }
        Ok(outcome)
    }

    /// Looplab's outcome, with its trace.
    pub fn looplab(&self, program: &Path) -> Result<Outcome, SideError> {
        let trace_path = program.with_extension("looplab-trace.jsonl");
        let mut command = Command::new(&self.looplab);
        command
            .current_dir(&self.root)
            .arg("run")
            .arg(self.relative(program))
            .arg("--trace")
            .arg(&trace_path);
        let run = self.run(command, &program.with_extension("looplab"))?;
        let trace = std::fs::read_to_string(&trace_path).unwrap_or_default();
        let _ = std::fs::remove_file(&trace_path);
        Ok(Outcome {
            stdout: run.stdout,
            stderr: run.stderr,
            status: run.status.ok_or(SideError::Hung)?,
            trace: Some(trace),
        })
    }

    /// Whether Looplab's front end accepts the program (`looplab check`): cheaper than
    /// running a candidate that is not Python at all.
    pub fn compiles(&self, program: &Path) -> bool {
        let mut command = Command::new(&self.looplab);
        command
            .current_dir(&self.root)
            .arg("check")
            .arg(self.relative(program));
        self.run(command, &program.with_extension("check"))
            .is_ok_and(|run| run.status == Some(0))
    }

    fn python_run(&self, harness: &str, program: &Path) -> Result<Finished, SideError> {
        let mut command = Command::new(&self.python);
        command
            .current_dir(&self.root)
            .arg(Path::new("tests/oracle").join(harness))
            .arg(self.relative(program));
        for name in SCRUBBED {
            command.env_remove(name);
        }
        command
            .env("PYENV_VERSION", "3.12.1")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONIOENCODING", "utf-8")
            .env("LC_ALL", "C.UTF-8");
        self.run(command, &program.with_extension(harness))
    }

    fn run(&self, command: Command, scratch: &Path) -> Result<Finished, SideError> {
        process::run(command, TIME_LIMIT, scratch).map_err(SideError::Broken)
    }

    /// Output with the repository root (and its slash) removed, as the goldens have it.
    fn without_root(&self, text: &str) -> String {
        text.replace(&format!("{}/", self.root.display()), "")
    }
}

/// The absolute path of CPython 3.12, so that runs skip pyenv's shim.
fn python312_executable() -> Result<PathBuf, String> {
    let missing = |why: String| {
        format!(
            "difftest needs CPython 3.12 as python3.12 (pyenv: PYENV_VERSION=3.12.1) or $PYTHON312: {why}"
        )
    };
    let output = Command::new("python3.12")
        .env("PYENV_VERSION", "3.12.1")
        .args([
            "-c",
            "import sys; assert sys.version_info[:2] == (3, 12); print(sys.executable)",
        ])
        .output()
        .map_err(|e| missing(e.to_string()))?;
    if !output.status.success() {
        return Err(missing(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    Ok(PathBuf::from(
        String::from_utf8_lossy(&output.stdout).trim().to_string(),
    ))
}
