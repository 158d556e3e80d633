//! The incident's timeline (manual 3-x: a record of what was done and when): entries written by
//! the tool and by the user, and corrections that keep what they correct.

use super::Incident;
use crate::core::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Where a timeline entry came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntrySource {
    /// Written by the tool when a task was ticked or an answer saved.
    Auto,
    /// Written by the user ("10:42 called IT最適化係").
    Manual,
}

/// One line of the incident's timeline (manual 3-x: a record of what was done and when).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// Sequence number, unique within the incident.
    pub seq: u32,
    /// When it happened (the user may set it for manual entries).
    pub at: Timestamp,
    /// When it was written down.
    pub recorded_at: Timestamp,
    /// Who wrote it.
    pub source: EntrySource,
    /// What happened.
    pub text: String,
    /// The entry this one corrects; the corrected entry stays in the record.
    #[serde(default)]
    pub corrects: Option<u32>,
}

impl Incident {
    pub(super) fn log(&mut self, at: Timestamp, text: String) {
        self.push_entry(at, at, EntrySource::Auto, text, None);
    }

    pub(super) fn push_entry(
        &mut self,
        at: Timestamp,
        recorded_at: Timestamp,
        source: EntrySource,
        text: String,
        corrects: Option<u32>,
    ) {
        let seq = self
            .timeline
            .iter()
            .map(|e| e.seq)
            .max()
            .map_or(1, |s| s + 1);
        self.timeline.push(TimelineEntry {
            seq,
            at,
            recorded_at,
            source,
            text,
            corrects,
        });
    }

    /// The timeline in the order things happened, corrections after what they correct.
    pub fn timeline_in_order(&self) -> Vec<&TimelineEntry> {
        let mut entries: Vec<&TimelineEntry> = self.timeline.iter().collect();
        entries.sort_by_key(|e| (e.at, e.seq));
        entries
    }

    /// Whether an entry has been corrected by a later one.
    pub fn is_corrected(&self, seq: u32) -> bool {
        self.timeline.iter().any(|e| e.corrects == Some(seq))
    }
}
