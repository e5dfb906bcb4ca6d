//! The interview drill's memory: for each question the learner rated, when to ask it again.
//! A small spaced-repetition scheme in the spirit of SM-2: "again" brings a question back in a
//! minute, "good" multiplies its interval by the card's ease, "easy" by more and raises the
//! ease. Times are milliseconds since the epoch, passed in (the page reads the clock), so
//! everything here is a pure function, tested natively.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{Level, Question};

pub const MINUTE_MS: f64 = 60_000.0;
pub const DAY_MS: f64 = 86_400_000.0;
/// A question asked again after this many days counts as learned.
pub const LEARNED_DAYS: f64 = 21.0;

/// What the learner says after seeing the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// Did not know it: ask again in a minute.
    Again,
    Good,
    Easy,
}

/// One question's schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// When to ask it again.
    pub due_ms: f64,
    pub interval_days: f64,
    pub ease: f64,
    /// Right answers in a row.
    pub streak: u32,
    /// Times rated "again".
    pub lapses: u32,
}

impl Card {
    const FIRST_EASE: f64 = 2.5;
    const LOWEST_EASE: f64 = 1.3;

    fn new() -> Card {
        Card {
            due_ms: 0.0,
            interval_days: 0.0,
            ease: Card::FIRST_EASE,
            streak: 0,
            lapses: 0,
        }
    }

    fn rated(&self, rating: Rating, now_ms: f64) -> Card {
        let mut card = self.clone();
        match rating {
            Rating::Again => {
                card.streak = 0;
                card.lapses += 1;
                card.ease = (card.ease - 0.2).max(Card::LOWEST_EASE);
                card.interval_days = 0.0;
                card.due_ms = now_ms + MINUTE_MS;
                return card;
            }
            Rating::Good => {
                card.interval_days = match card.streak {
                    0 => 1.0,
                    1 => 3.0,
                    _ => card.interval_days * card.ease,
                };
            }
            Rating::Easy => {
                card.interval_days = match card.streak {
                    0 => 4.0,
                    _ => (card.interval_days * card.ease * 1.3).max(4.0),
                };
                card.ease += 0.15;
            }
        }
        card.streak += 1;
        card.due_ms = now_ms + card.interval_days * DAY_MS;
        card
    }
}

/// The waits, in days, that `count` ratings of `rating` in a row give a question never asked:
/// "good" gives 1, 3, 7.5, ... (how the drill explains itself).
pub fn waits_in_a_row(rating: Rating, count: usize) -> Vec<f64> {
    std::iter::successors(Some(Card::new()), |card| Some(card.rated(rating, 0.0)))
        .skip(1)
        .take(count)
        .map(|card| card.interval_days)
        .collect()
}

/// How many ratings of `rating` in a row make a question never asked learned (None for
/// "again", which never does).
pub fn ratings_to_learn(rating: Rating) -> Option<usize> {
    // A bound, for a rating that never gets there.
    const MOST: usize = 100;
    waits_in_a_row(rating, MOST)
        .iter()
        .position(|&days| days >= LEARNED_DAYS)
        .map(|index| index + 1)
}

/// A wait in words, for a sentence: "now", "in 1 minute", "in 5 hours", "in 3 days".
pub fn wait_in_words(wait_ms: f64) -> String {
    let count = |n: f64, unit: &str| {
        let n = n.ceil().max(1.0);
        format!("in {n} {unit}{}", if n == 1.0 { "" } else { "s" })
    };
    match wait_ms {
        wait if wait <= 0.0 => "now".to_string(),
        wait if wait < 60.0 * MINUTE_MS => count(wait / MINUTE_MS, "minute"),
        wait if wait < DAY_MS => count(wait / (60.0 * MINUTE_MS), "hour"),
        wait => count(wait / DAY_MS, "day"),
    }
}

/// Everything the drill remembers: kept in localStorage as JSON, and what "export" downloads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// By question id.
    pub cards: BTreeMap<String, Card>,
}

/// How far the learner is with one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelProgress {
    pub level: Level,
    pub total: usize,
    /// Rated at least once.
    pub seen: usize,
    /// Scheduled at least [`LEARNED_DAYS`] ahead.
    pub learned: usize,
}

impl Progress {
    pub fn rate(&mut self, id: &str, rating: Rating, now_ms: f64) {
        let card = self.cards.get(id).cloned().unwrap_or_else(Card::new);
        self.cards
            .insert(id.to_string(), card.rated(rating, now_ms));
    }

    /// The questions to ask now, in order: those due (longest overdue first), then those never
    /// asked (in the bank's order).
    pub fn due<'q>(&self, questions: &[&'q Question], now_ms: f64) -> Vec<&'q Question> {
        let mut due: Vec<(&Question, f64)> = questions
            .iter()
            .filter_map(|q| self.cards.get(&q.id).map(|card| (*q, card.due_ms)))
            .filter(|(_, due_ms)| *due_ms <= now_ms)
            .collect();
        due.sort_by(|a, b| a.1.total_cmp(&b.1));
        let new = questions.iter().filter(|q| !self.cards.contains_key(&q.id));
        due.into_iter()
            .map(|(q, _)| q)
            .chain(new.copied())
            .collect()
    }

    /// When `id` would fall due if rated `rating` at `now_ms` (the rate buttons say it).
    pub fn due_if_rated(&self, id: &str, rating: Rating, now_ms: f64) -> f64 {
        let card = self.cards.get(id).cloned().unwrap_or_else(Card::new);
        card.rated(rating, now_ms).due_ms
    }

    /// When the next of `questions` falls due, if none is due now.
    pub fn next_due_ms(&self, questions: &[&Question]) -> Option<f64> {
        questions
            .iter()
            .filter_map(|q| self.cards.get(&q.id).map(|card| card.due_ms))
            .min_by(f64::total_cmp)
    }

    pub fn per_level(&self, questions: &[Question]) -> Vec<LevelProgress> {
        Level::ALL
            .iter()
            .map(|&level| {
                let at_level: Vec<&Question> =
                    questions.iter().filter(|q| q.level == level).collect();
                let cards: Vec<&Card> = at_level
                    .iter()
                    .filter_map(|q| self.cards.get(&q.id))
                    .collect();
                LevelProgress {
                    level,
                    total: at_level.len(),
                    seen: cards.len(),
                    learned: cards
                        .iter()
                        .filter(|c| c.interval_days >= LEARNED_DAYS)
                        .count(),
                }
            })
            .collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain data")
    }

    /// Progress read back; anything unreadable is a fresh start (never a crash).
    pub fn from_json(text: &str) -> Progress {
        serde_json::from_str(text).unwrap_or_default()
    }
}
