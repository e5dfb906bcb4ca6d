//! The course and the interview drill: lessons and questions from `content/`, checked and
//! embedded by the build (see `build.rs` and [`load`]), and the grading of predict-the-output
//! checks against the simulation ([`check`]).

pub mod capstone;
pub mod check;
pub mod drill;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod step;

use std::sync::OnceLock;

pub use model::{
    Ask, Capstone, CapstoneCheck, Check, Curriculum, Lesson, Level, Link, Origin, Program,
    Question, StepQuestion, TryThis,
};

/// The curriculum the build checked, as JSON (without CPython's outputs).
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/curriculum.json"));
/// CPython's output of each program, by name: only native builds carry them (for
/// `looplab curriculum check`); in the web app [`Program::output`] is empty.
#[cfg(not(target_arch = "wasm32"))]
const OUTPUTS: &str = include_str!(concat!(env!("OUT_DIR"), "/program-outputs.json"));

/// The curriculum (decoded once, on first use).
pub fn curriculum() -> &'static Curriculum {
    static CURRICULUM: OnceLock<Curriculum> = OnceLock::new();
    CURRICULUM.get_or_init(|| {
        let curriculum: Curriculum =
            serde_json::from_str(EMBEDDED).expect("the build wrote the curriculum it had checked");
        #[cfg(not(target_arch = "wasm32"))]
        let curriculum = with_outputs(curriculum);
        curriculum
    })
}

/// The curriculum with CPython's output of each program put back.
#[cfg(not(target_arch = "wasm32"))]
fn with_outputs(mut curriculum: Curriculum) -> Curriculum {
    let mut outputs: std::collections::BTreeMap<String, String> =
        serde_json::from_str(OUTPUTS).expect("the build wrote the outputs");
    for program in &mut curriculum.programs {
        program.output = outputs.remove(&program.name).unwrap_or_default();
    }
    curriculum
}

impl Curriculum {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|lesson| lesson.id == id)
    }

    pub fn capstone(&self, id: &str) -> Option<&Capstone> {
        self.capstones.iter().find(|capstone| capstone.id == id)
    }

    pub fn program(&self, name: &str) -> Option<&Program> {
        self.programs.iter().find(|program| program.name == name)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// The program a link opens.
    pub fn linked_program(&self, link: &Link) -> Option<&Program> {
        match (&link.lesson, &link.program) {
            (Some(id), _) => self.program(&self.lesson(id)?.program),
            (None, Some(name)) => self.program(name),
            (None, None) => None,
        }
    }
}
