//! Drills (訓練, issue 26): the real tool played against a scripted exercise. A drill is an
//! ordinary incident record that carries a [`DrillRun`]: the scenario it plays, the drill's clock,
//! what the participant found out and did about each inject. Everything that shows or exports a
//! record marks a drill 【訓練】, and no count of real incidents includes one.
//!
//! The scenarios are data in a plain text format the secretariat can write ([`scenario`]); the
//! built-in ones (one per type, 3-1 … 3-6, each on the manual's own 事例) are that format too
//! ([`builtin`]), so one parser serves both. The debrief ([`debrief`]) compares the record with
//! what the manual expects for its types.

pub mod builtin;
pub mod clock;
pub mod debrief;
pub mod scenario;

pub use clock::DrillClock;
pub use scenario::{Fact, Inject, OrderRule, Scenario, ScenarioError, Words};

use crate::core::playbook::question;
use crate::core::sorted::SortedMap;
use crate::core::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The mark put before a drill's title, subject and file names, and on its banner.
pub const DRILL_MARK: &str = "【訓練】";

/// A drill played in an incident record (issue 26). Its presence is what makes a record a drill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillRun {
    /// The scenario's text, whole (a built-in one or the secretariat's file), so the record
    /// explains itself wherever it goes (the debrief reads it again).
    pub scenario: String,
    /// When the drill began, in real time.
    pub started_at: Timestamp,
    /// Drill seconds per real second: 1 = real time, 24 = a day in an hour.
    pub speed: u32,
    /// Questions (by id) whose scripted fact the participant has found out.
    #[serde(default)]
    pub revealed: Vec<String>,
    /// What the participant did about each inject, by the inject's id.
    #[serde(default)]
    pub responses: SortedMap<String>,
    /// When the participant ended the drill (real time); `None` while it runs.
    #[serde(default)]
    pub ended_at: Option<Timestamp>,
}

/// A change to a drill's own part of its record, through `Change::Drill`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DrillChange {
    /// The participant opened a question: its scripted fact is found out (logged once).
    Reveal(String),
    /// What the participant did about an inject (by its id), as typed (not logged).
    Respond(String, String),
    /// The participant ended the drill (logged).
    End,
}

impl DrillRun {
    /// Applies `change` at real time `at`: whether anything changed, and what to log.
    pub fn apply(&mut self, change: DrillChange, at: Timestamp) -> (bool, Option<String>) {
        match change {
            DrillChange::Reveal(qid) => {
                if self.revealed.contains(&qid) {
                    return (false, None);
                }
                let label = question(&qid)
                    .map_or(qid.as_str(), |q| q.text.ja)
                    .to_owned();
                self.revealed.push(qid);
                (true, Some(format!("{DRILL_MARK}調査: {label}")))
            }
            DrillChange::Respond(inject, text) => {
                let text: String = text
                    .chars()
                    .take(crate::core::incident::MAX_TEXT_CHARS)
                    .collect();
                let slot = self.responses.entry(inject).or_default();
                let changed = *slot != text;
                *slot = text;
                (changed, None)
            }
            DrillChange::End => {
                if self.ended_at.is_some() {
                    return (false, None);
                }
                self.ended_at = Some(at);
                (true, Some(format!("{DRILL_MARK}訓練を終了しました")))
            }
        }
    }

    /// A drill of `scenario` (its text) starting at `at` (real time) at `speed`.
    pub fn new(scenario: String, speed: u32, at: Timestamp) -> DrillRun {
        DrillRun {
            scenario,
            started_at: at,
            speed: speed.max(1),
            revealed: Vec::new(),
            responses: SortedMap::new(),
            ended_at: None,
        }
    }

    /// The drill's clock: real time to drill time.
    pub fn clock(&self) -> DrillClock {
        DrillClock {
            started_at: self.started_at,
            speed: self.speed.max(1),
        }
    }

    /// The scenario read again from the record's text.
    pub fn scenario(&self) -> Result<Scenario, ScenarioError> {
        Scenario::parse(&self.scenario)
    }
}
