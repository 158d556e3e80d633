//! Backup and restore of all drafts as one JSON file, and the plan for merging a restored file
//! into what the browser holds. Drafts live in one browser for one file location: moving the file or
//! clearing browser data loses them unless a backup exists (toolchain note on file:// storage).

use crate::core::incident::Incident;
use crate::core::record::{self, RecordError, MAX_RECORD_BYTES};
use crate::core::sorted::SortedMap;
use crate::core::time::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;
use std::rc::Rc;

/// Marks a file as ours.
pub const FORMAT: &str = "incident-navi-backup";
/// The largest backup accepted, in bytes.
pub const MAX_BACKUP_BYTES: usize = 32 * 1024 * 1024;
/// The most incidents one backup may hold.
pub const MAX_INCIDENTS: usize = 2_000;

#[derive(Serialize)]
struct BackupOut<'a> {
    format: &'static str,
    schema: u32,
    /// Which tool wrote it (`about::made_with`); readers ignore it.
    made_with: &'a str,
    exported_at: Timestamp,
    incidents: Vec<Box<RawValue>>,
}

#[derive(Deserialize)]
struct BackupIn {
    format: String,
    incidents: Vec<Box<RawValue>>,
}

/// Why a file could not be restored. Nothing is changed when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`].
    TooLarge(usize),
    /// Not a backup, and larger than one incident's file can be ([`MAX_RECORD_BYTES`]).
    IncidentFileTooLarge(usize),
    /// Not JSON, or JSON that is neither a backup nor an exported incident.
    NotABackup,
    /// More than [`MAX_INCIDENTS`] incidents.
    TooMany(usize),
    /// One of the incidents is unreadable (its position, from 1, and why).
    BadIncident(usize, RecordError),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::TooLarge(n) => write!(f, "file too large ({n} bytes)"),
            BackupError::IncidentFileTooLarge(n) => {
                write!(f, "incident file too large ({n} bytes)")
            }
            BackupError::NotABackup => write!(f, "not an incident-navi backup or incident file"),
            BackupError::TooMany(n) => write!(f, "too many incidents ({n})"),
            BackupError::BadIncident(i, e) => write!(f, "incident {i}: {e}"),
        }
    }
}

/// The backup file for `incidents`, written at `at`. Each incident is a full record (with its
/// schema version), so a backup restores through the same validation as storage.
pub fn encode(incidents: &[&Incident], at: Timestamp, made_with: &str) -> String {
    let records = incidents
        .iter()
        .filter_map(|i| RawValue::from_string(record::encode(i)).ok())
        .collect();
    let out = BackupOut {
        format: FORMAT,
        schema: record::SCHEMA_VERSION,
        made_with,
        exported_at: at,
        incidents: records,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads a backup file, or a single exported incident record. All or nothing: one bad incident
/// rejects the file, so a restore never half-happens.
pub fn decode(text: &str) -> Result<Vec<Incident>, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(text.len()));
    }
    if let Ok(backup) = serde_json::from_str::<BackupIn>(text) {
        if backup.format != FORMAT {
            return Err(BackupError::NotABackup);
        }
        if backup.incidents.len() > MAX_INCIDENTS {
            return Err(BackupError::TooMany(backup.incidents.len()));
        }
        return backup
            .incidents
            .iter()
            .enumerate()
            .map(|(n, value)| {
                let text = value.get();
                if text.len() > MAX_RECORD_BYTES {
                    return Err(BackupError::BadIncident(
                        n + 1,
                        RecordError::TooLarge(text.len()),
                    ));
                }
                record::decode(text).map_err(|e| BackupError::BadIncident(n + 1, e))
            })
            .collect();
    }
    match record::decode(text) {
        Ok(incident) => Ok(vec![incident]),
        // Not a backup and too large for one incident: say so about the file, with its limit
        // (it used to read "incident 1: too large" for any file between 4 and 32 MB).
        Err(RecordError::TooLarge(n)) => Err(BackupError::IncidentFileTooLarge(n)),
        Err(RecordError::NotARecord(_)) => Err(BackupError::NotABackup),
        Err(e) => Err(BackupError::BadIncident(1, e)),
    }
}

/// What restoring a file would do, incident by incident.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergePlan {
    /// Not in the browser: added.
    pub new: Vec<Incident>,
    /// Newer in the file than in the browser: replaced only if the user says so.
    pub newer_in_file: Vec<Incident>,
    /// The browser's copy is newer or the same: kept, the file's copy ignored.
    pub kept: usize,
    /// In the browser but deleted (in 削除した記録): brought back, as the newer of the two copies.
    pub deleted_here: Vec<Incident>,
}

/// Compares a restored file with the browser's drafts. "Newer" means changed later
/// (`updated_at`), then a higher revision.
pub fn plan_merge(current: &SortedMap<Rc<Incident>>, incoming: Vec<Incident>) -> MergePlan {
    let mut plan = MergePlan::default();
    for theirs in incoming {
        match current.get(&theirs.id) {
            None => plan.new.push(theirs),
            // Importing a deleted draft means "I want it back": never a silent "no change".
            Some(ours) if ours.deleted_at.is_some() && theirs.deleted_at.is_none() => {
                let newer =
                    if (theirs.updated_at, theirs.revision) > (ours.updated_at, ours.revision) {
                        theirs
                    } else {
                        Incident::clone(ours)
                    };
                plan.deleted_here.push(newer);
            }
            Some(ours)
                if (theirs.updated_at, theirs.revision) > (ours.updated_at, ours.revision) =>
            {
                plan.newer_in_file.push(theirs)
            }
            Some(_) => plan.kept += 1,
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::incident::Change;
    use crate::core::playbook::IncidentKind;

    fn incident(id: &str, at: i64) -> Incident {
        Incident::new(id.into(), &[IncidentKind::LossOrTheft], Timestamp(at))
    }

    #[test]
    fn round_trips_and_reads_a_single_record() {
        let (a, b) = (incident("a", 1), incident("b", 2));
        assert_eq!(
            decode(&encode(&[&a, &b], Timestamp(3), "0.1.0 (test)")),
            Ok(vec![a.clone(), b])
        );
        assert_eq!(decode(&record::encode(&a)), Ok(vec![a]));
    }

    #[test]
    fn rejects_whole_files_that_are_not_ours() {
        assert_eq!(decode("hello"), Err(BackupError::NotABackup));
        assert_eq!(
            decode(r#"{"format":"other","incidents":[]}"#),
            Err(BackupError::NotABackup)
        );
        let bad = encode(&[&incident("a", 1), &incident("b", 2)], Timestamp(3), "")
            .replacen("\"b\"", "\"B!\"", 1);
        assert!(matches!(decode(&bad), Err(BackupError::BadIncident(2, _))));
        let five_mb = format!(
            r#"{{"schema":2,"incident":"{}"}}"#,
            "x".repeat(5 * 1024 * 1024)
        );
        assert_eq!(
            decode(&five_mb),
            Err(BackupError::IncidentFileTooLarge(five_mb.len()))
        );
        assert!(matches!(
            decode(&" ".repeat(MAX_BACKUP_BYTES + 1)),
            Err(BackupError::TooLarge(_))
        ));
    }

    #[test]
    fn merge_never_overwrites_a_newer_draft_silently() {
        let mut ours = incident("same", 10);
        ours.apply(Change::SetTitle("ours, later".into()), Timestamp(50));
        let mut older = incident("older", 10);
        older.apply(Change::SetTitle("x".into()), Timestamp(20));
        let current: SortedMap<_> = [ours.clone(), older.clone()]
            .into_iter()
            .map(|i| (i.id.clone(), Rc::new(i)))
            .collect();
        let mut theirs_newer = older.clone();
        theirs_newer.apply(Change::SetTitle("file, later".into()), Timestamp(30));
        let plan = plan_merge(
            &current,
            vec![
                incident("same", 10),
                theirs_newer.clone(),
                incident("fresh", 5),
            ],
        );
        assert_eq!(
            plan.new.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            vec!["fresh"]
        );
        assert_eq!(plan.newer_in_file, vec![theirs_newer]);
        assert_eq!(plan.kept, 1);
    }
}
