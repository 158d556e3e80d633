//! Issue 11: an incident is stored as a head and a timeline, so that a keystroke in the title
//! does not rewrite 500 timeline entries; the guarantees of one record still hold.

use super::{incident, local_storage};
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::time::Timestamp;
use incident_navi::web::storage::{self, Backend};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

/// localStorage that records every key written, and can refuse writes to keys with a prefix.
struct Recording {
    written: RefCell<Vec<String>>,
    refuse: Option<&'static str>,
}

impl Backend for Recording {
    fn get(&self, key: &str) -> Result<Option<String>, JsValue> {
        local_storage().get_item(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue> {
        if self.refuse.is_some_and(|p| key.starts_with(p)) {
            return Err(JsValue::from_str("refused"));
        }
        self.written.borrow_mut().push(key.to_owned());
        local_storage().set_item(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), JsValue> {
        local_storage().remove_item(key)
    }
    fn keys(&self) -> Result<Vec<String>, JsValue> {
        Backend::keys(&local_storage())
    }
}

fn recording(refuse: Option<&'static str>) -> storage::Store<Recording> {
    storage::Store::new(Recording {
        written: RefCell::new(Vec::new()),
        refuse,
    })
}

fn with_entries(id: &str, n: i64) -> Incident {
    let mut i = incident(id);
    for k in 0..n {
        let at = Timestamp(1_795_000_000_000 + k);
        i.apply(
            Change::AddEntry {
                at,
                text: format!("記録 {k}"),
            },
            at,
        );
    }
    i
}

fn written(store: &storage::Store<Recording>) -> Vec<String> {
    store.backend().written.borrow_mut().drain(..).collect()
}

#[wasm_bindgen_test]
fn a_title_keystroke_writes_the_head_only_and_an_entry_writes_both_timeline_first() {
    local_storage().clear().expect("clear");
    let store = recording(None);
    let mut i = with_entries("parts-1", 200);
    store.save_checked(&i, None).expect("first save");
    let head = format!("{}parts-1", storage::INCIDENT_PREFIX);
    let timeline = format!("{}parts-1", storage::TIMELINE_PREFIX);
    assert_eq!(written(&store), vec![timeline.clone(), head.clone()]);

    let synced = i.revision;
    i.apply(
        Change::SetTitle("件名".into()),
        Timestamp(1_795_000_100_000),
    );
    store.save_checked(&i, Some(synced)).expect("title saved");
    assert_eq!(
        written(&store),
        vec![head.clone()],
        "the timeline is not rewritten"
    );

    let synced = i.revision;
    let at = Timestamp(1_795_000_200_000);
    i.apply(
        Change::AddEntry {
            at,
            text: "追加".into(),
        },
        at,
    );
    store.save_checked(&i, Some(synced)).expect("entry saved");
    assert_eq!(written(&store), vec![timeline, head]);

    let (loaded, quarantined) = store.load_incidents(1).expect("load");
    assert!(quarantined.is_empty(), "{quarantined:?}");
    assert_eq!(loaded, vec![i]);
    local_storage().clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_head_that_could_not_be_written_leaves_the_timeline_ahead_never_behind() {
    local_storage().clear().expect("clear");
    let mut i = with_entries("parts-2", 3);
    recording(None).save_checked(&i, None).expect("first save");
    let saved = i.clone();
    let at = Timestamp(1_795_000_300_000);
    i.apply(
        Change::AddEntry {
            at,
            text: "新しい記録".into(),
        },
        at,
    );
    let failing = recording(Some(storage::INCIDENT_PREFIX));
    assert!(failing.save_checked(&i, Some(saved.revision)).is_err());
    let (loaded, _) = recording(None).load_incidents(1).expect("load");
    assert_eq!(loaded.len(), 1);
    assert_eq!(
        loaded[0].revision, saved.revision,
        "the head is the last one written"
    );
    assert_eq!(loaded[0].timeline.len(), 4, "the new entry is not lost");
    local_storage().clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_record_of_the_first_releases_reads_and_is_rewritten_in_parts() {
    local_storage().clear().expect("clear");
    let i = with_entries("parts-3", 5);
    let key = format!("{}parts-3", storage::INCIDENT_PREFIX);
    // Version 2, as the first releases stored it: the timeline inside.
    let v2 = incident_navi::core::record::encode(&i).replacen(
        &format!(
            r#"{{"schema":{},"#,
            incident_navi::core::record::SCHEMA_VERSION
        ),
        r#"{"schema":2,"#,
        1,
    );
    assert!(v2.starts_with(r#"{"schema":2,"#));
    local_storage().set_item(&key, &v2).expect("set");
    let store = recording(None);
    let (loaded, _) = store.load_incidents(1).expect("load");
    assert_eq!(loaded, vec![i.clone()]);
    let mut next = i.clone();
    next.apply(Change::SetTitle("新".into()), Timestamp(1_795_000_400_000));
    store.save_checked(&next, Some(i.revision)).expect("save");
    let head = local_storage()
        .get_item(&key)
        .expect("get")
        .unwrap_or_default();
    assert!(head.starts_with(r#"{"schema":4,"revision":"#), "{head}");
    let (again, _) = store.load_incidents(2).expect("load");
    assert_eq!(again, vec![next]);
    local_storage().clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_head_whose_timeline_is_in_indexed_db_waits_for_it_and_is_never_read_half() {
    local_storage().clear().expect("clear");
    // As a start finds it once the timeline moved to IndexedDB: the head alone in localStorage
    // (an id this page has never written, so nothing is known of its timeline).
    let i = with_entries("parts-4", 3);
    let key = format!("{}parts-4", storage::INCIDENT_PREFIX);
    let head = incident_navi::core::record::encode_stored_head(&i);
    local_storage().set_item(&key, &head).expect("set");
    let store = recording(None);
    let heads = store.load_heads(1).expect("load");
    assert_eq!(heads.waiting, vec!["parts-4".to_owned()]);
    assert_eq!(heads.incidents.len(), 1);
    assert!(heads.incidents[0].timeline.is_empty(), "an empty stand-in");
    assert_eq!(
        store.stored("parts-4"),
        Ok(None),
        "another tab's save is not read without its timeline"
    );
    // A stand-in counts as written: a save that does not touch it writes the head alone.
    let mut waiting = heads.incidents[0].clone();
    waiting.apply(Change::SetTitle("新".into()), Timestamp(1_795_000_500_000));
    written(&store);
    store
        .save_checked(&waiting, Some(i.revision))
        .expect("save");
    assert_eq!(written(&store), vec![key.clone()]);
    // With its timeline still in localStorage (not moved yet), nothing waits.
    let timeline = incident_navi::core::record::encode_stored_timeline(&i);
    let timeline_key = format!("{}parts-4", storage::TIMELINE_PREFIX);
    local_storage()
        .set_item(&timeline_key, &timeline)
        .expect("set");
    let heads = store.load_heads(2).expect("load");
    assert!(heads.waiting.is_empty());
    assert_eq!(heads.incidents[0].timeline.len(), 3);
    local_storage().clear().expect("clear");
}
