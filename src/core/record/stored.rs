//! The stored form of an incident in the browser (schema 4): two records, so that the cost of a
//! save does not grow with the timeline.
//!
//! - The head, `{"schema":4,"revision":N,"incident":{…}}`: everything but the timeline, written
//!   on every change. Its revision comes first, so the two-tab check reads it without parsing the
//!   rest ([`stored_revision`]).
//! - The timeline, a JSON array under a key of its own, written only when it changed.
//!
//! The edge writes the timeline first and the head second, so a failure between the two leaves
//! a timeline that is ahead of its head (entries the head does not know of yet), never behind.
//! Files (export, backup) keep the whole incident in one record ([`super::encode`]).

use super::{checked, drill_kept, schema_of, RecordError, MAX_RECORD_BYTES};
use crate::core::incident::{Incident, Timeline, TimelineEntry};
use serde::{Deserialize, Serialize};

/// The schema version of a stored head. Versions 1 and 2 (a stored record with its timeline
/// inside, as the first releases wrote) and 3 (duties marked done kept among the tasks) are still
/// read; the next save writes version 4, whose incident is file schema 3's.
pub const STORED_SCHEMA: u32 = 4;

/// The schema version of a stored head that holds a drill (issue 26): one above
/// [`STORED_SCHEMA`], so the previous build leaves it alone as a newer version's record (never
/// lists an exercise among real incidents); its shape is version 4's. Real records keep 4.
pub const STORED_DRILL_SCHEMA: u32 = 5;

#[derive(Serialize)]
struct HeadOut<'a> {
    schema: u32,
    revision: u64,
    incident: &'a Incident,
}

#[derive(Deserialize)]
struct HeadIn {
    revision: u64,
    incident: Incident,
}

/// The head record of `incident`: all of it but its timeline.
pub fn encode_stored_head(incident: &Incident) -> String {
    let head = Incident {
        timeline: Timeline::default(),
        ..incident.clone()
    };
    // Plain data with string keys cannot fail to serialise; an empty text would fail on read.
    serde_json::to_string(&HeadOut {
        schema: if incident.drill.is_some() {
            STORED_DRILL_SCHEMA
        } else {
            STORED_SCHEMA
        },
        revision: incident.revision,
        incident: &head,
    })
    .unwrap_or_default()
}

/// The timeline record of `incident`.
pub fn encode_stored_timeline(incident: &Incident) -> String {
    serde_json::to_string(&*incident.timeline).unwrap_or_default()
}

/// The revision a stored head names, read from its first bytes; `None` for an older record (the
/// caller then reads it whole) or anything else.
pub fn stored_revision(head: &str) -> Option<u64> {
    let rest = head
        .strip_prefix(r#"{"schema":4,"revision":"#)
        .or_else(|| head.strip_prefix(r#"{"schema":5,"revision":"#))?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..digits].parse().ok()
}

/// Whether a stored head keeps its timeline in a record of its own (schema 3 on), so that
/// reading it whole needs that record; older heads carry their timeline inside.
pub fn timeline_apart(head: &str) -> bool {
    matches!(schema_of(head), Ok(3 | STORED_SCHEMA | STORED_DRILL_SCHEMA))
}

/// Reads a stored incident from its head and its timeline record (`None` when there is none).
/// Older records carry their timeline inside and are read as files are ([`super::decode`]).
pub fn decode_stored(head: &str, timeline: Option<&str>) -> Result<Incident, RecordError> {
    let schema = schema_of(head)?;
    match schema {
        1 | 2 => super::decode(head),
        3 | STORED_SCHEMA | STORED_DRILL_SCHEMA => {
            let stored = serde_json::from_str::<HeadIn>(head)
                .map_err(|e| RecordError::Invalid(e.to_string()))?;
            if stored.revision != stored.incident.revision {
                return Err(RecordError::Invalid("revision".into()));
            }
            let entries = match timeline {
                Some(text) if text.len() > MAX_RECORD_BYTES => {
                    return Err(RecordError::TooLarge(text.len()))
                }
                Some(text) => serde_json::from_str::<Vec<TimelineEntry>>(text)
                    .map_err(|e| RecordError::Invalid(format!("timeline: {e}")))?,
                None => Vec::new(),
            };
            let incident = drill_kept(stored.incident, schema == STORED_DRILL_SCHEMA)?;
            checked(Incident {
                timeline: entries.into(),
                ..incident
            })
        }
        other => Err(RecordError::UnknownSchema(other)),
    }
}
