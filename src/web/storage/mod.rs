//! The only code that touches localStorage (this module, `prefs.rs` and `other_tabs.rs`). Keys
//! are namespaced and versioned (`incident-navi/v1/…`); each incident is its own record, so one
//! corrupt record cannot take the others down. Every call is fallible: storage may be full, disabled, or refused on file://.
//!
//! [`Store`] works over any [`Backend`], so tests can stand in a storage that fails.

use crate::core::incident::{Incident, Timeline};
use crate::core::record::{self, RecordError};
use crate::core::state::{Quarantined, SaveProblem, Unreadable};
use wasm_bindgen::{JsCast, JsValue};

mod other_tabs;
mod prefs;
mod register;
mod set_aside;
pub mod timelines;

pub use other_tabs::{
    on_external_change, on_register_saved, on_take_over_request, request_take_over, ExternalChange,
};
pub use register::{RegisterLoad, REGISTER_KEY, VIEW_KEY};
pub use set_aside::SET_ASIDE_DOWNLOADED_KEY;

/// Incident records: `incident-navi/v1/incident/{id}`.
pub const INCIDENT_PREFIX: &str = "incident-navi/v1/incident/";
/// Incident timelines, apart from the rest so a keystroke does not rewrite them (see
/// `core::record` "stored"): `incident-navi/v1/timeline/{id}`.
pub const TIMELINE_PREFIX: &str = "incident-navi/v1/timeline/";
/// Unreadable records, moved aside raw: `incident-navi/v1/quarantine/{id}@{ms}`.
pub const QUARANTINE_PREFIX: &str = "incident-navi/v1/quarantine/";
/// The chosen UI language.
pub const LANG_KEY: &str = "incident-navi/v1/lang";
/// The reporter's settings.
pub const SETTINGS_KEY: &str = "incident-navi/v1/settings";
/// Set once the user has read where drafts live.
pub const STORAGE_NOTICE_KEY: &str = "incident-navi/v1/storage-notice-read";
/// A tab that wants to edit an incident writes here; the tab editing it hears the storage event,
/// stops, saves, and lets go of the lock (see `web::locks`).
pub const TAKE_OVER_PREFIX: &str = "incident-navi/v1/take-over/";
/// When a backup was last downloaded (milliseconds since the epoch).
pub const LAST_BACKUP_KEY: &str = "incident-navi/v1/last-backup";

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage: disabled, privacy mode, or refused for this file:// page.
    Unavailable,
    /// QuotaExceededError: the browser's storage for this page is full.
    Full,
    /// Anything else, with the browser's message.
    Other(String),
}

impl From<StorageError> for SaveProblem {
    fn from(e: StorageError) -> SaveProblem {
        match e {
            StorageError::Unavailable => SaveProblem::Unavailable,
            StorageError::Full => SaveProblem::Full,
            StorageError::Other(m) => SaveProblem::Other(m),
        }
    }
}

/// Turns what the browser threw into a [`StorageError`].
pub fn classify(err: JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other(format!("{err:?}")),
    }
}

/// A key-value storage with the shape of the Web Storage API.
pub trait Backend {
    /// The value at `key`.
    fn get(&self, key: &str) -> Result<Option<String>, JsValue>;
    /// Stores `value` at `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), JsValue>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, JsValue>;
}

impl Backend for web_sys::Storage {
    fn get(&self, key: &str) -> Result<Option<String>, JsValue> {
        self.get_item(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue> {
        self.set_item(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), JsValue> {
        self.remove_item(key)
    }
    fn keys(&self) -> Result<Vec<String>, JsValue> {
        Ok((0..self.length()?)
            .filter_map(|i| self.key(i).ok().flatten())
            .collect())
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Storage holds another revision than the one this tab last saw: another tab saved it.
    Conflict(Box<Incident>),
    /// Storage failed.
    Storage(StorageError),
}

/// What a start reads: the incidents, the records set aside, and the incidents waiting for
/// their timelines (see [`Store::load_heads`]).
pub struct Heads {
    /// Every readable incident (a waiting one with an empty timeline for now).
    pub incidents: Vec<Incident>,
    /// Records that could not be read, each moved aside.
    pub quarantined: Vec<Quarantined>,
    /// The ids of the incidents whose timeline is still to be read.
    pub waiting: Vec<String>,
}

/// The app's records in a [`Backend`].
pub struct Store<B: Backend> {
    backend: B,
}

/// The browser's localStorage, if it can be had.
pub fn local() -> Result<Store<web_sys::Storage>, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    let storage = window
        .local_storage()
        .map_err(classify)?
        .ok_or(StorageError::Unavailable)?;
    Ok(Store::new(storage))
}

fn incident_key(id: &str) -> String {
    format!("{INCIDENT_PREFIX}{id}")
}

fn timeline_key(id: &str) -> String {
    format!("{TIMELINE_PREFIX}{id}")
}

thread_local! {
    /// For each incident, the timeline this tab last wrote: a save whose timeline is that very
    /// list (not merely an equal one) skips rewriting it. Holding the list keeps it alive, so a
    /// new list can never be mistaken for it.
    static WRITTEN_TIMELINES: std::cell::RefCell<crate::core::sorted::SortedMap<Timeline>> =
        Default::default();
}

fn timeline_written(incident: &Incident) -> bool {
    WRITTEN_TIMELINES.with(|w| {
        w.borrow()
            .get(&incident.id)
            .is_some_and(|t| t.is_same_list(&incident.timeline))
    })
}

/// The incident id a storage key names, if it is an incident key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(INCIDENT_PREFIX)
}

impl<B: Backend> Store<B> {
    /// A store over `backend`.
    pub fn new(backend: B) -> Store<B> {
        Store { backend }
    }

    /// The backend it works over (tests look at what was written).
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Every readable incident, whole (tests; the app starts with [`Store::load_heads`]).
    pub fn load_incidents(
        &self,
        now_ms: i64,
    ) -> Result<(Vec<Incident>, Vec<Quarantined>), StorageError> {
        self.load_heads(now_ms)
            .map(|h| (h.incidents, h.quarantined))
    }

    /// Every readable incident. Unreadable records are moved aside raw (under
    /// [`QUARANTINE_PREFIX`]) so they stop failing every load but are never lost; each is
    /// reported, and so is every record an earlier start moved aside (`set_aside.rs`).
    /// An incident whose timeline is in IndexedDB, not read yet, comes with an empty one and its
    /// id in the third list: it waits for [`Store::load_waiting`].
    pub fn load_heads(&self, now_ms: i64) -> Result<Heads, StorageError> {
        let keys = self.backend.keys().map_err(classify)?;
        let (mut incidents, mut quarantined, mut waiting) = (Vec::new(), Vec::new(), Vec::new());
        for key in keys.iter().filter(|k| k.starts_with(INCIDENT_PREFIX)) {
            let Some(text) = self.backend.get(key).map_err(classify)? else {
                continue;
            };
            let id = id_of_key(key).unwrap_or_default().to_owned();
            let timeline = match self.timeline_text(&id) {
                Ok(timeline) => timeline,
                Err(()) if record::timeline_apart(&text) => {
                    waiting.push(id);
                    None
                }
                Err(()) => None,
            };
            match self.read_or_set_aside(key.clone(), &text, timeline.as_deref(), now_ms) {
                Ok(incident) => incidents.push(incident),
                Err(record) => {
                    waiting.retain(|w| Some(w.as_str()) != id_of_key(&record.key));
                    quarantined.push(record)
                }
            }
        }
        quarantined.extend(self.set_aside_earlier(&keys));
        self.mark_downloaded(&mut quarantined);
        if !waiting.is_empty() {
            WRITTEN_TIMELINES.with(|w| {
                let mut w = w.borrow_mut();
                for incident in incidents.iter().filter(|i| waiting.contains(&i.id)) {
                    // The empty stand-in counts as written: a save before the timeline arrives
                    // (there should be none) writes the head alone.
                    w.insert(incident.id.clone(), incident.timeline.clone());
                }
            });
        }
        Ok(Heads {
            incidents,
            quarantined,
            waiting,
        })
    }

    /// The incidents `ids` whole, now that their timelines have been read, or set aside if
    /// unreadable. An id whose head is gone is left out.
    pub fn load_waiting(&self, ids: &[String], now_ms: i64) -> (Vec<Incident>, Vec<Quarantined>) {
        let (mut incidents, mut quarantined) = (Vec::new(), Vec::new());
        for id in ids {
            let key = incident_key(id);
            let Some(text) = self.backend.get(&key).ok().flatten() else {
                continue;
            };
            let Ok(timeline) = self.timeline_text(id) else {
                continue;
            };
            match self.read_or_set_aside(key, &text, timeline.as_deref(), now_ms) {
                Ok(incident) => incidents.push(incident),
                Err(record) => quarantined.push(record),
            }
        }
        // As read from storage: a save that does not change them writes the head alone.
        WRITTEN_TIMELINES.with(|w| {
            let mut w = w.borrow_mut();
            for incident in &incidents {
                w.insert(incident.id.clone(), incident.timeline.clone());
            }
        });
        (incidents, quarantined)
    }

    /// The incident a stored head and timeline make, or, when they cannot be read, the report
    /// of its record moved aside (a newer tool's is left where it is, for that tool).
    fn read_or_set_aside(
        &self,
        key: String,
        text: &str,
        timeline: Option<&str>,
        now_ms: i64,
    ) -> Result<Incident, Quarantined> {
        let problem = match record::decode_stored(text, timeline) {
            Ok(incident) if id_of_key(&key) == Some(incident.id.as_str()) => return Ok(incident),
            Ok(_) => RecordError::Invalid("key and id differ".into()),
            Err(e) => e,
        };
        let title = record::peek_title(text);
        if let RecordError::UnknownSchema(version) = problem {
            if version > record::STORED_SCHEMA {
                return Err(Quarantined {
                    key,
                    kept_as: None,
                    why: Unreadable::NewerVersion(version),
                    reason: problem.to_string(),
                    title,
                    downloaded: false,
                });
            }
        }
        let aside = format!(
            "{QUARANTINE_PREFIX}{}@{now_ms}",
            id_of_key(&key).unwrap_or_default()
        );
        // Copy first, remove second: if either fails the raw text is still somewhere.
        let kept_as = match self.backend.set(&aside, text) {
            Ok(()) => self.backend.remove(&key).ok().map(|()| aside),
            Err(_) => None,
        };
        let why = match problem {
            RecordError::TooLarge(bytes) => Unreadable::TooLarge(bytes),
            _ => Unreadable::Damaged,
        };
        Err(Quarantined {
            key,
            kept_as,
            why,
            reason: problem.to_string(),
            title,
            downloaded: false,
        })
    }

    /// The raw text of unreadable records, wherever each one is now (moved aside, or still under
    /// its own key when moving it failed), and of their timelines, with why it was not opened;
    /// for download.
    pub fn unreadable_raw(&self, records: &[Quarantined]) -> Vec<(String, String, String)> {
        let raw = |key: &str| self.backend.get(key).ok().flatten();
        let mut out = Vec::new();
        for q in records {
            let key = q.raw_key();
            if !(key.starts_with(QUARANTINE_PREFIX) || key.starts_with(INCIDENT_PREFIX)) {
                continue;
            }
            if let Some(text) = raw(key) {
                out.push((key.to_owned(), q.reason.clone(), text));
            }
            let id = id_of_key(&q.key).unwrap_or_default();
            if let Some(text) = self
                .timeline_text(id)
                .ok()
                .flatten()
                .filter(|_| !id.is_empty())
            {
                out.push((timeline_key(id), q.reason.clone(), text.to_string()));
            }
        }
        out
    }

    /// The incident as storage holds it now, if readable.
    pub fn stored(&self, id: &str) -> Result<Option<Incident>, StorageError> {
        let head = self.backend.get(&incident_key(id)).map_err(classify)?;
        self.read(id, head)
    }

    /// `None` also while its timeline is not known yet (IndexedDB not read).
    fn read(&self, id: &str, head: Option<String>) -> Result<Option<Incident>, StorageError> {
        let Some(head) = head else { return Ok(None) };
        let Ok(timeline) = self.timeline_text(id) else {
            return Ok(None);
        };
        Ok(record::decode_stored(&head, timeline.as_deref()).ok())
    }

    /// Writes `incident` if storage still holds `synced` (the revision this tab last saw; `None`
    /// for an incident never saved). Otherwise another tab wrote it: nothing is overwritten.
    ///
    /// The cost does not grow with the timeline: the check reads the stored head's revision
    /// only (the whole record only when it differs), and the timeline is written only when it
    /// changed, before the head (see `core::record` "stored").
    pub fn save_checked(&self, incident: &Incident, synced: Option<u64>) -> Result<(), SaveError> {
        let id = &incident.id;
        let head = self
            .backend
            .get(&incident_key(id))
            .map_err(|e| SaveError::Storage(classify(e)))?;
        // The head this tab last wrote (or saw) names the revision it synced: nothing to check.
        let as_synced = head
            .as_deref()
            .and_then(record::stored_revision)
            .is_some_and(|r| Some(r) == synced);
        if head.is_some() && !as_synced {
            if let Some(theirs) = self.read(id, head).map_err(SaveError::Storage)? {
                if Some(theirs.revision) != synced && theirs != *incident {
                    return Err(SaveError::Conflict(Box::new(theirs)));
                }
            }
        }
        let storage_error = |e| SaveError::Storage(classify(e));
        if !timeline_written(incident) {
            let text = record::encode_stored_timeline(incident);
            self.backend
                .set(&timeline_key(id), &text)
                .map_err(storage_error)?;
            timelines::written(id, &text);
            WRITTEN_TIMELINES
                .with(|w| w.borrow_mut().insert(id.clone(), incident.timeline.clone()));
        }
        self.backend
            .set(&incident_key(id), &record::encode_stored_head(incident))
            .map_err(storage_error)
    }

    /// Removes an incident for good: its head first (a timeline without a head is never read).
    pub fn remove_incident(&self, id: &str) -> Result<(), StorageError> {
        self.backend.remove(&incident_key(id)).map_err(classify)?;
        WRITTEN_TIMELINES.with(|w| w.borrow_mut().remove(id));
        timelines::remove(id);
        self.backend.remove(&timeline_key(id)).map_err(classify)
    }
}
