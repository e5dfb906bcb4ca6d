//! What a mismatch leaves on disk: its folder holds the program, both sides' outputs, a
//! short diff, and once reduced the reduced program with its own diff.

use std::fs;
use std::io;
use std::path::Path;

use difftest::compare::Outcome;

use crate::campaign::still_mismatches;
use crate::reduce::reduce;
use crate::sides::Sides;
use crate::verdict::Mismatch;

pub fn save(folder: &Path, program: &str, mismatch: &Mismatch) -> io::Result<()> {
    fs::create_dir_all(folder)?;
    fs::write(folder.join("program.py"), program)?;
    write_outcome(folder, "cpython", &mismatch.cpython)?;
    write_outcome(folder, "looplab", &mismatch.looplab)?;
    fs::write(folder.join("diff.txt"), diff_text(mismatch))
}

fn write_outcome(folder: &Path, side: &str, outcome: &Outcome) -> io::Result<()> {
    fs::write(folder.join(format!("{side}.out")), &outcome.stdout)?;
    fs::write(folder.join(format!("{side}.err")), &outcome.stderr)?;
    fs::write(
        folder.join(format!("{side}.status")),
        format!("{}\n", outcome.status),
    )?;
    if let Some(trace) = &outcome.trace {
        fs::write(folder.join(format!("{side}.trace.jsonl")), trace)?;
    }
    Ok(())
}

/// The signature, then each differing aspect with both sides' first differing line.
pub fn diff_text(mismatch: &Mismatch) -> String {
    let mut text = format!("signature: {}\n", mismatch.signature);
    for difference in &mismatch.differences {
        text.push_str("  ");
        text.push_str(&difference.describe());
        text.push('\n');
    }
    text
}

/// Reduces `program` while it keeps `signature`; writes `reduced.py`, `reduced-diff.txt`
/// and both sides' full outputs for it (`reduced-cpython.*`, `reduced-looplab.*`).
pub fn reduce_and_save(
    sides: &Sides,
    folder: &Path,
    program: &str,
    signature: &str,
) -> Option<String> {
    let candidate = folder.join("candidate.py");
    let reduced = reduce(program, |text| {
        still_mismatches(sides, &candidate, text, signature).is_some()
    });
    let mismatch = still_mismatches(sides, &candidate, &reduced, signature);
    let _ = fs::remove_file(&candidate);
    let mismatch = mismatch?;
    let saved = fs::write(folder.join("reduced.py"), &reduced)
        .and_then(|()| fs::write(folder.join("reduced-diff.txt"), diff_text(&mismatch)))
        .and_then(|()| write_outcome(folder, "reduced-cpython", &mismatch.cpython))
        .and_then(|()| write_outcome(folder, "reduced-looplab", &mismatch.looplab));
    if let Err(e) = saved {
        eprintln!(
            "difftest: cannot save the reduction in {}: {e}",
            folder.display()
        );
    }
    Some(reduced)
}
