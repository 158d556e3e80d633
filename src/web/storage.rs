//! The only code that touches localStorage. Keys are namespaced and versioned
//! (`incident-navi/v1/…`); each incident is its own record, so one corrupt record cannot take the
//! others down. Every call is fallible: storage may be full, disabled, or refused on file://.

use crate::core::incident::Incident;
use crate::core::record::{self, RecordError};
use crate::core::state::SaveProblem;
use crate::core::text::Lang;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

/// Every key the app writes starts with this.
pub const NAMESPACE: &str = "incident-navi/v1/";
/// Incident records: `incident-navi/v1/incident/{id}`.
pub const INCIDENT_PREFIX: &str = "incident-navi/v1/incident/";
/// The chosen UI language.
pub const LANG_KEY: &str = "incident-navi/v1/lang";

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

fn classify(err: JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::Full,
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other(format!("{err:?}")),
    }
}

fn local_storage() -> Result<Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    window
        .local_storage()
        .map_err(classify)?
        .ok_or(StorageError::Unavailable)
}

/// A stored record that could not be read: its key and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The storage key.
    pub key: String,
    /// What was wrong with it.
    pub error: RecordError,
}

/// Every incident in storage, and every record that could not be read (left where it is).
pub fn load_incidents() -> Result<(Vec<Incident>, Vec<Unreadable>), StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(classify)?;
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(INCIDENT_PREFIX))
        .collect();
    let mut incidents = Vec::new();
    let mut unreadable = Vec::new();
    for key in keys {
        let Some(text) = storage.get_item(&key).map_err(classify)? else {
            continue;
        };
        match record::decode(&text) {
            Ok(incident) if key == incident_key(&incident.id) => incidents.push(incident),
            Ok(_) => unreadable.push(Unreadable {
                key,
                error: RecordError::Invalid("key and id differ".into()),
            }),
            Err(error) => unreadable.push(Unreadable { key, error }),
        }
    }
    Ok((incidents, unreadable))
}

fn incident_key(id: &str) -> String {
    format!("{INCIDENT_PREFIX}{id}")
}

/// Writes one incident.
pub fn save_incident(incident: &Incident) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&incident_key(&incident.id), &record::encode(incident))
        .map_err(classify)
}

/// The language chosen last time, if any.
pub fn load_lang() -> Option<Lang> {
    let value = local_storage().ok()?.get_item(LANG_KEY).ok()??;
    match value.as_str() {
        "en" => Some(Lang::En),
        "ja" => Some(Lang::Ja),
        _ => None,
    }
}

/// Remembers the language; failing to is harmless (the default is Japanese), so it is not reported.
pub fn save_lang(lang: Lang) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}
