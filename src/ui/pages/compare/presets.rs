//! The pairs of programs the compare page offers. Each program is also in the CPython
//! conformance corpus (tests/programs/), so what the page prints is what CPython 3.12 prints.

use super::contrast::Measure;

/// One side of a pair.
pub struct Program {
    /// What the side is called above its editor and in the result sentence.
    pub title: &'static str,
    pub source: &'static str,
}

/// Two programs that differ in one idea, and the question that difference answers.
pub struct Preset {
    /// What the verdict measures on each side: what the pair is for.
    pub measure: Measure,
    /// The picker's label.
    pub name: &'static str,
    /// What to look for when the two run side by side.
    pub question: &'static str,
    pub left: Program,
    pub right: Program,
}

pub const PRESETS: [Preset; 3] = [
    Preset {
        name: "gather vs as_completed",
        // Both finish together: the point is when the first result can be used.
        measure: Measure::FirstPrint {
            marker: "got",
            what: "result",
        },
        question: "Both wait for the same three downloads. Which one shows a result first, \
                   and in what order do the results come?",
        left: Program {
            title: "gather",
            source: include_str!("../../../../tests/programs/083_compare_gather.py"),
        },
        right: Program {
            title: "as_completed",
            source: include_str!("../../../../tests/programs/084_compare_as_completed.py"),
        },
    },
    Preset {
        name: "asyncio.sleep vs time.sleep",
        // time.sleep never hands the loop back, so no request waits beside another.
        measure: Measure::MostAsleep,
        question: "Three requests each wait one second. Which side lets them wait together, \
                   and which one makes them queue behind each other?",
        left: Program {
            title: "asyncio.sleep",
            source: include_str!("../../../../tests/programs/085_compare_asyncio_sleep.py"),
        },
        right: Program {
            title: "time.sleep",
            source: include_str!("../../../../tests/programs/086_compare_time_sleep.py"),
        },
    },
    Preset {
        name: "no limit vs Semaphore(3)",
        // The limit is how many downloads are under way (asleep) at once.
        measure: Measure::MostAsleep,
        question: "Ten downloads, each one second long. How many run at once on each side, \
                   and what does the limit cost in time?",
        left: Program {
            title: "no limit",
            source: include_str!("../../../../tests/programs/087_compare_without_semaphore.py"),
        },
        right: Program {
            title: "Semaphore(3)",
            source: include_str!("../../../../tests/programs/088_compare_with_semaphore.py"),
        },
    },
];

/// The preset whose two programs are exactly these texts, if any.
pub fn matching(left: &str, right: &str) -> Option<usize> {
    PRESETS
        .iter()
        .position(|preset| preset.left.source == left && preset.right.source == right)
}
