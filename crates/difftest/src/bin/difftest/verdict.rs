//! One program run on both sides and judged.

use std::path::Path;

use difftest::compare::{
    Aspect, Difference, Outcome, differ_only_in_shutdown_order, differences, signature,
};

use crate::sides::{SideError, Sides};

pub enum Verdict {
    Match,
    /// Equal up to `asyncio.run`'s cancelling of leftover tasks, which CPython does in the
    /// order of their memory addresses (`compare::differ_only_in_shutdown_order`).
    MatchUpToShutdownOrder,
    Mismatch(Box<Mismatch>),
    /// CPython could not give an answer (it hung, or the oracle broke): no verdict.
    NoOracle(String),
}

pub struct Mismatch {
    pub cpython: Outcome,
    pub looplab: Outcome,
    pub differences: Vec<Difference>,
    pub signature: String,
}

/// Runs `program` on both sides and compares. CPython's trace (a second CPython run) is only
/// recorded when everything before it matches, since the first difference decides the
/// signature.
pub fn judge(sides: &Sides, program: &Path) -> Verdict {
    let looplab = match sides.looplab(program) {
        Ok(outcome) => outcome,
        Err(error) => {
            return match sides.cpython(program, false) {
                Ok(cpython) => looplab_failed(cpython, error),
                Err(_) => Verdict::NoOracle("CPython and Looplab both failed to run".into()),
            };
        }
    };
    let mut cpython = match sides.cpython(program, false) {
        Ok(outcome) => outcome,
        Err(error) => return no_oracle(error),
    };
    let mut found = differences(&cpython, &looplab, false);
    if found.is_empty() {
        match sides.cpython(program, true) {
            Ok(traced) => cpython.trace = traced.trace,
            Err(error) => return no_oracle(error),
        }
        found = differences(&cpython, &looplab, true);
    }
    if found.is_empty() {
        return Verdict::Match;
    }
    if cpython.trace.is_none() && cpython.status == looplab.status {
        // The difference may only be in the order of the tasks cancelled at the end, which
        // only the trace shows.
        if let Ok(traced) = sides.cpython(program, true) {
            cpython.trace = traced.trace;
        }
    }
    if differ_only_in_shutdown_order(&cpython, &looplab) {
        return Verdict::MatchUpToShutdownOrder;
    }
    let signature = signature(&cpython, &looplab, &found);
    Verdict::Mismatch(Box::new(Mismatch {
        cpython,
        looplab,
        differences: found,
        signature,
    }))
}

/// Looplab hung or would not start where CPython answered: a mismatch of its own kind.
fn looplab_failed(cpython: Outcome, error: SideError) -> Verdict {
    let (signature, stderr) = match error {
        SideError::Hung => (
            "looplab-hung".to_string(),
            "<killed at the time limit>".to_string(),
        ),
        SideError::Broken(why) => ("looplab-broken".to_string(), why),
    };
    let looplab = Outcome {
        stderr,
        status: -1,
        ..Outcome::default()
    };
    let differences = vec![Difference {
        aspect: Aspect::Status,
        at: 0,
        cpython: cpython.status.to_string(),
        looplab: signature.clone(),
    }];
    Verdict::Mismatch(Box::new(Mismatch {
        cpython,
        looplab,
        differences,
        signature,
    }))
}

fn no_oracle(error: SideError) -> Verdict {
    Verdict::NoOracle(match error {
        SideError::Hung => "CPython ran past the time limit".to_string(),
        SideError::Broken(why) => why,
    })
}
