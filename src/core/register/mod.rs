//! The secretariat's register (issue 13): one row per incident, however many versions of its
//! report arrive (速報, updates, 確報), with the secretariat's own progress beside it. Pure: what
//! arrives is taken in by [`Register::take`], which says what it did with each report.
//!
//! Reports are read from files elsewhere (`record::decode_received`, `intake::mime`); this module
//! decides which version is newer and keeps the register's columns ([`Summary`]).

pub mod block;
pub mod csv;
pub mod desk;
pub mod print;
pub mod stored;
mod summary;
pub mod table;
mod view;

pub use summary::{Due, Summary};
pub use view::{DueStanding, Filter, Order, RowStatus};

use crate::core::record::Received;
use crate::core::sorted::SortedMap;
use crate::core::time::{CivilDate, Timestamp};
use serde::{Deserialize, Serialize};

/// The secretariat's own progress on an incident: what it filed and when (its fields, not the
/// clerk's).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// 速報提出日: the day the secretariat filed the PPC's preliminary report.
    pub preliminary_filed_on: Option<CivilDate>,
    /// 確報提出日.
    pub final_filed_on: Option<CivilDate>,
    /// 総務省報告日.
    pub mic_reported_on: Option<CivilDate>,
    /// 公表日.
    pub published_on: Option<CivilDate>,
    /// The secretariat's notes.
    pub notes: String,
}

/// One version of a report, as received.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// When the secretariat took it in.
    pub received_at: Timestamp,
    /// Its columns.
    pub summary: Summary,
    /// What changed from the version before it, in words (empty for the first). Not stored:
    /// worked out again as the versions are taken back in.
    #[serde(skip)]
    pub changes: Vec<String>,
}

/// One incident in the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Every version received, oldest first by the clerk's own order (revision); the last is
    /// the latest.
    pub versions: Vec<Version>,
    /// The secretariat's progress.
    #[serde(default)]
    pub progress: Progress,
}

impl Row {
    /// The latest version (a row always has one).
    pub fn latest(&self) -> Option<&Version> {
        self.versions.last()
    }

    /// Whether the row is a drill's (issue 26): its latest report says so. A drill's row is kept
    /// in the drill list, never among the real rows, their CSV, deadlines or yearly figures.
    pub fn is_drill(&self) -> bool {
        self.latest().is_some_and(|v| v.summary.drill)
    }

    /// 受付日時: when the first version of the report arrived.
    pub fn first_received(&self) -> Option<Timestamp> {
        self.versions.iter().map(|v| v.received_at).min()
    }
}

/// What happened to one report taken in: each file or paste gets its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Taken {
    /// A new incident: a new row.
    New,
    /// A newer version of an incident in the register: it becomes the latest.
    Newer,
    /// The same as a version already in the register: nothing changed.
    Same,
    /// An older version than the latest, not seen before: kept in the row's history, the latest
    /// unchanged.
    Older,
}

/// Every incident reported to the secretariat, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Register {
    /// The rows, by incident id.
    pub rows: SortedMap<Row>,
}

impl Register {
    /// Takes one received report in at `at`, and says what it did.
    pub fn take(&mut self, received: Received, at: Timestamp) -> Taken {
        let summary = Summary::of(&received.incident, received.sender, received.made_with);
        self.take_summary(summary, at)
    }

    /// Takes one report's columns in (from a report's text block, [`block::find_all`]).
    pub fn take_summary(&mut self, summary: Summary, at: Timestamp) -> Taken {
        let Some(row) = self.rows.get_mut(&summary.id) else {
            let id = summary.id.clone();
            let version = Version {
                received_at: at,
                summary,
                changes: Vec::new(),
            };
            self.rows.insert(
                id,
                Row {
                    versions: vec![version],
                    progress: Progress::default(),
                },
            );
            return Taken::New;
        };
        let order = |s: &Summary| (s.revision, s.updated_at);
        // The same revision is the same report again (every change makes a new revision).
        if row
            .versions
            .iter()
            .any(|v| order(&v.summary) == order(&summary))
        {
            return Taken::Same;
        }
        // Where it goes in the clerk's order; what changed is against the version before it.
        let at_index = row
            .versions
            .partition_point(|v| order(&v.summary) < order(&summary));
        let changes = match at_index.checked_sub(1).and_then(|i| row.versions.get(i)) {
            Some(before) => summary.changes_since(&before.summary),
            None => Vec::new(),
        };
        let latest = at_index == row.versions.len();
        row.versions.insert(
            at_index,
            Version {
                received_at: at,
                summary,
                changes,
            },
        );
        // The version after an inserted older one now changes from it.
        if let Some(next) = row.versions.get(at_index + 1).map(|v| v.summary.clone()) {
            let changes = next.changes_since(&row.versions[at_index].summary);
            row.versions[at_index + 1].changes = changes;
        }
        if latest {
            Taken::Newer
        } else {
            Taken::Older
        }
    }

    /// The real rows (never a drill's), the next due date of a report not yet done first
    /// (overdue ones on top; done: sent by the section or filed by the secretariat), then the
    /// rest by when they arrived, newest first.
    pub fn by_next_deadline(&self) -> Vec<(&String, &Row)> {
        let mut rows: Vec<(&String, &Row)> =
            self.rows.iter().filter(|(_, r)| !r.is_drill()).collect();
        let key = |row: &Row| {
            (
                row.next_due().is_none(),
                row.next_due(),
                std::cmp::Reverse(row.first_received()),
            )
        };
        crate::core::sorted::sort_stable_by(&mut rows, |a, b| key(a.1).cmp(&key(b.1)));
        rows
    }

    /// How many real incidents the register holds (drills never count).
    pub fn real_len(&self) -> usize {
        self.rows.values().filter(|r| !r.is_drill()).count()
    }

    /// The drill list (issue 26): the drills' reports, apart from the real rows, the newest
    /// first.
    pub fn drills(&self) -> Vec<(&String, &Row)> {
        let mut rows: Vec<(&String, &Row)> =
            self.rows.iter().filter(|(_, r)| r.is_drill()).collect();
        crate::core::sorted::sort_stable_by(&mut rows, |a, b| {
            b.1.first_received().cmp(&a.1.first_received())
        });
        rows
    }
}
