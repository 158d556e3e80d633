//! Other tabs: their saves and removals (the window's `storage` event), and the request to take an
//! incident over (see `web::locks`).

use super::{classify, id_of_key, local, StorageError, TAKE_OVER_PREFIX, TIMELINE_PREFIX};
use crate::core::incident::Incident;
use wasm_bindgen::JsCast;

/// What another tab did to a record (from the window's `storage` event).
#[derive(Clone, Debug, PartialEq)]
pub enum ExternalChange {
    /// It saved this incident (boxed: an incident is large beside an id).
    Saved(Box<Incident>),
    /// It removed this incident.
    Removed(String),
}

/// Asks the tab editing incident `id` to hand it over (a fresh value, so the event always fires).
pub fn request_take_over(id: &str, nonce: &str) -> Result<(), StorageError> {
    let store = local()?;
    store
        .backend
        .set(&format!("{TAKE_OVER_PREFIX}{id}"), nonce)
        .map_err(classify)
}

/// Hears other tabs' writes to localStorage (the window's `storage` event) until the listener
/// is dropped; `on_write` gets the key and the new value (`None` when removed).
fn on_storage_write(
    on_write: impl Fn(String, Option<String>) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "storage",
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                if let Some(key) = event.key() {
                    on_write(key, event.new_value());
                }
            }
        },
    ))
}

/// Calls `callback` when another tab asks to take incident `id` over.
pub fn on_take_over_request(
    id: &str,
    callback: impl Fn() + 'static,
) -> Option<gloo_events::EventListener> {
    let wanted = format!("{TAKE_OVER_PREFIX}{id}");
    on_storage_write(move |key, value| {
        if key == wanted && value.is_some() {
            callback();
        }
    })
}

/// Calls `callback` with the register's rows as storage holds them when another tab saved it
/// (read at that moment, not from the event: a later save may already have followed).
pub fn on_register_saved(
    callback: impl Fn(Vec<crate::core::register::Row>) + 'static,
) -> Option<gloo_events::EventListener> {
    on_storage_write(move |key, _| {
        if key == super::REGISTER_KEY {
            if let Some(rows) = local().ok().and_then(|s| s.stored_register_rows()) {
                callback(rows);
            }
        }
    })
}

/// Listens for other tabs' writes; the listener stops when the returned guard is dropped.
pub fn on_external_change(
    callback: impl Fn(ExternalChange) + 'static,
) -> Option<gloo_events::EventListener> {
    on_storage_write(move |key, new_value| {
        // A timeline is written before its head, and its copy in localStorage may be gone (moved
        // to IndexedDB, which has no event) by the time the head's event reads it: remembered.
        if let (Some(id), Some(text)) = (key.strip_prefix(TIMELINE_PREFIX), &new_value) {
            super::timelines::know(id, text);
            return;
        }
        let Some(id) = id_of_key(&key) else { return };
        match new_value {
            Some(_) => {
                // What storage holds now, not the event's value: an event can arrive after
                // later saves (this tab's own among them), and its value is then out of date.
                // Garbage from elsewhere is ignored here; the next load quarantines it.
                let read = local().ok().and_then(|s| s.stored(id).ok().flatten());
                if let Some(incident) = read.filter(|i| i.id == id) {
                    callback(ExternalChange::Saved(Box::new(incident)));
                }
            }
            None => callback(ExternalChange::Removed(id.to_owned())),
        }
    })
}
