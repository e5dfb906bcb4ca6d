//! Where a program opened in the playground came from: a lesson, a capstone, or a question of
//! the interview bank (the playground's bar says so: `pages::playground::came_from_bar`). It
//! travels in the address's query (`#/run/021_gather?lesson=await-vs-gather`), so editing the
//! program keeps it, a reload keeps it, and a shared link carries it; the pages that link to
//! the playground make it here, apart from the playground, which imports none of them.

use super::query;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameFrom {
    /// The lesson with this id.
    Lesson(String),
    /// The capstone with this id (the learner's solution in its world).
    Capstone(String),
    /// A question's "show me": the question's id, and the bank's query (its filters and open
    /// answers) to go back to.
    Question { id: String, bank: String },
}

impl CameFrom {
    /// Where the query of the playground's address says the program came from, if it says.
    pub fn from_query(text: &str) -> Option<CameFrom> {
        let pairs = query::parse(text);
        let named = |key| query::value(&pairs, key).filter(|id| !id.is_empty());
        if let Some(id) = named("lesson") {
            Some(CameFrom::Lesson(id.to_string()))
        } else if let Some(id) = named("capstone") {
            Some(CameFrom::Capstone(id.to_string()))
        } else {
            named("question").map(|id| CameFrom::Question {
                id: id.to_string(),
                bank: query::value(&pairs, "bank").unwrap_or_default().to_string(),
            })
        }
    }

    /// The query that says it, for a link into the playground.
    pub fn to_query(&self) -> String {
        match self {
            CameFrom::Lesson(id) => query::encode(&[("lesson", id)]),
            CameFrom::Capstone(id) => query::encode(&[("capstone", id)]),
            CameFrom::Question { id, bank } => query::encode(&[("question", id), ("bank", bank)]),
        }
    }
}
