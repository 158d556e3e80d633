//! The incident's timeline (manual 3-x: a record of what was done and when): entries written by
//! the tool and by the user, and corrections that keep what they correct.

use super::Incident;
use crate::core::sorted::sort_stable_by;
use crate::core::time::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Deref;
use std::rc::Rc;

/// The entries of an incident's timeline, oldest first, shared between copies of the incident:
/// a keystroke in the title copies the incident, and must not copy 500 entries with it (nor make
/// them look changed: two copies with one list compare equal without reading it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline(Rc<Vec<TimelineEntry>>);

impl Timeline {
    /// Adds an entry at the end (copying the list only if another copy shares it).
    pub fn push(&mut self, entry: TimelineEntry) {
        Rc::make_mut(&mut self.0).push(entry);
    }

    /// Whether `other` is this very list (not only equal to it): storage uses it to skip writing
    /// a timeline that has not changed since it was written.
    pub fn is_same_list(&self, other: &Timeline) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Timeline {
    type Target = [TimelineEntry];
    fn deref(&self) -> &[TimelineEntry] {
        &self.0
    }
}

impl From<Vec<TimelineEntry>> for Timeline {
    fn from(entries: Vec<TimelineEntry>) -> Timeline {
        Timeline(Rc::new(entries))
    }
}

impl Serialize for Timeline {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.as_slice().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Timeline {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timeline, D::Error> {
        Vec::deserialize(deserializer).map(Timeline::from)
    }
}

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
        sort_stable_by(&mut entries, |a, b| (a.at, a.seq).cmp(&(b.at, b.seq)));
        entries
    }

    /// Whether an entry has been corrected by a later one.
    pub fn is_corrected(&self, seq: u32) -> bool {
        self.timeline.iter().any(|e| e.corrects == Some(seq))
    }
}
