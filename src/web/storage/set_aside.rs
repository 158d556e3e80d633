//! Records set aside stay listed (issue 24): every start lists the records an earlier start
//! moved aside (under [`QUARANTINE_PREFIX`]) beside those it sets aside itself, each marked if
//! the user downloaded it, until the user discards it. Discarding is the only way one goes.

use super::{
    classify, id_of_key, incident_key, timeline_key, timelines, Backend, StorageError, Store,
    INCIDENT_PREFIX, QUARANTINE_PREFIX,
};
use crate::core::record::{self, RecordError};
use crate::core::state::{Quarantined, Unreadable};

/// The raw keys of the records set aside that the user has downloaded (a JSON list).
pub const SET_ASIDE_DOWNLOADED_KEY: &str = "incident-navi/v1/set-aside-downloaded";

/// The incident id in a key `incident-navi/v1/quarantine/{id}@{ms}`.
fn id_of_aside(key: &str) -> &str {
    let rest = key.strip_prefix(QUARANTINE_PREFIX).unwrap_or_default();
    rest.rsplit_once('@').map_or(rest, |(id, _)| id)
}

impl<B: Backend> Store<B> {
    /// The records an earlier start moved aside, among `keys`, read again to be listed.
    pub(super) fn set_aside_earlier(&self, keys: &[String]) -> Vec<Quarantined> {
        keys.iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .filter_map(|aside| {
                let text = self.backend.get(aside).ok().flatten()?;
                let problem = match record::decode_stored(&text, None) {
                    Err(e) => e,
                    // The head reads; its timeline, or its key, did not.
                    Ok(_) => RecordError::Invalid("set aside at an earlier start".into()),
                };
                Some(Quarantined {
                    key: incident_key(id_of_aside(aside)),
                    kept_as: Some(aside.clone()),
                    why: match problem {
                        RecordError::TooLarge(bytes) => Unreadable::TooLarge(bytes),
                        _ => Unreadable::Damaged,
                    },
                    reason: problem.to_string(),
                    title: record::peek_title(&text),
                    downloaded: false,
                })
            })
            .collect()
    }

    fn downloaded_keys(&self) -> Vec<String> {
        let text = self.backend.get(SET_ASIDE_DOWNLOADED_KEY).ok().flatten();
        text.and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Marks each of `records` the user has downloaded.
    pub(super) fn mark_downloaded(&self, records: &mut [Quarantined]) {
        let downloaded = self.downloaded_keys();
        for q in records {
            q.downloaded = downloaded.iter().any(|k| k == q.raw_key());
        }
    }

    /// Remembers that the records under `keys` (raw keys) were downloaded.
    pub fn set_aside_downloaded(&self, keys: &[String]) -> Result<(), StorageError> {
        let mut list = self.downloaded_keys();
        for key in keys {
            if !list.contains(key) {
                list.push(key.clone());
            }
        }
        self.write_downloaded(&list)
    }

    fn write_downloaded(&self, list: &[String]) -> Result<(), StorageError> {
        let text = serde_json::to_string(list).unwrap_or_default();
        self.backend
            .set(SET_ASIDE_DOWNLOADED_KEY, &text)
            .map_err(classify)
    }

    /// Removes a record set aside for good (the user confirmed): its raw text, and its
    /// timeline when no other record of that id is left. Only a key where records are set
    /// aside (or, for one not moved, its own incident key) is ever removed.
    pub fn discard_set_aside(&self, record: &Quarantined) -> Result<(), StorageError> {
        let key = record.raw_key();
        if key.starts_with(INCIDENT_PREFIX) {
            // A newer version's record, or a damaged one that could not be moved: in place.
            self.remove_incident(id_of_key(key).unwrap_or_default())?;
        } else if key.starts_with(QUARANTINE_PREFIX) {
            self.backend.remove(key).map_err(classify)?;
            let id = id_of_aside(key);
            let keys = self.backend.keys().map_err(classify)?;
            let still_held = keys.iter().any(|k| {
                *k == incident_key(id) || (k.starts_with(QUARANTINE_PREFIX) && id_of_aside(k) == id)
            });
            if !id.is_empty() && !still_held {
                timelines::remove(id);
                self.backend.remove(&timeline_key(id)).map_err(classify)?;
            }
        } else {
            return Err(StorageError::Other("not a record set aside".into()));
        }
        let mut list = self.downloaded_keys();
        if list.iter().any(|k| k == key) {
            list.retain(|k| k != key);
            self.write_downloaded(&list)?;
        }
        Ok(())
    }
}
