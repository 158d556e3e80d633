//! Issue 24: records set aside (damaged, or from a newer version) are read back at every start,
//! from where an earlier start moved them, until the user discards them; a download is
//! remembered; a discard removes that record's keys and nothing else.

use super::{incident, local_storage};
use incident_navi::core::record;
use incident_navi::core::state::Unreadable;
use incident_navi::web::storage::{self, SET_ASIDE_DOWNLOADED_KEY};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn records_set_aside_are_read_back_at_every_start_until_discarded() {
    let s = local_storage();
    s.clear().expect("clear"); // ok: test
    let store = storage::local().expect("localStorage"); // ok: test
    let good = incident("good-1");
    store.save_checked(&good, None).expect("save"); // ok: test
    let bad_key = format!("{}bad-1", storage::INCIDENT_PREFIX);
    s.set_item(&bad_key, "{\"schema\":1,\"incident\":{\"id\":")
        .expect("set"); // ok: test
    let bad_timeline = format!("{}bad-1", storage::TIMELINE_PREFIX);
    s.set_item(&bad_timeline, "[]").expect("set"); // ok: test
    let newer_key = format!("{}newer-1", storage::INCIDENT_PREFIX);
    let newer = record::encode(&incident("newer-1")).replace(
        &format!("\"schema\":{}", record::SCHEMA_VERSION),
        "\"schema\":9",
    );
    s.set_item(&newer_key, &newer).expect("set"); // ok: test

    // The first start moves the damaged record aside; the next two still list both.
    let aside = format!("{}bad-1@42", storage::QUARANTINE_PREFIX);
    store.load_incidents(42).expect("load"); // ok: test
    for now in [43, 44] {
        let (incidents, listed) = store.load_incidents(now).expect("load"); // ok: test
        assert_eq!(incidents, vec![good.clone()], "start {now}");
        assert_eq!(listed.len(), 2, "start {now}: {listed:?}");
        let damaged = listed
            .iter()
            .find(|q| q.why == Unreadable::Damaged)
            .expect("the damaged record is listed again"); // ok: test
        assert_eq!(
            (damaged.key.as_str(), damaged.raw_key(), damaged.downloaded),
            (bad_key.as_str(), aside.as_str(), false)
        );
        let raw = store.unreadable_raw(std::slice::from_ref(damaged));
        assert!(raw
            .iter()
            .any(|(k, _, text)| *k == aside && text == "{\"schema\":1,\"incident\":{\"id\":"));
        assert!(listed
            .iter()
            .any(|q| q.why == Unreadable::NewerVersion(9) && q.raw_key() == newer_key));
    }

    // A download is remembered at the next start; it is still listed.
    store
        .set_aside_downloaded(std::slice::from_ref(&aside))
        .expect("remember"); // ok: test
    let (_, listed) = store.load_incidents(45).expect("load"); // ok: test
    let marks: Vec<(bool, bool)> = listed
        .iter()
        .map(|q| (q.why == Unreadable::Damaged, q.downloaded))
        .collect();
    assert!(
        marks.contains(&(true, true)) && marks.contains(&(false, false)),
        "{marks:?}"
    );

    // Discarding the damaged one removes its raw text, its timeline, and its mark: nothing else.
    let damaged = listed
        .iter()
        .find(|q| q.why == Unreadable::Damaged)
        .cloned()
        .expect("listed"); // ok: test
    store.discard_set_aside(&damaged).expect("discard"); // ok: test
    assert_eq!(s.get_item(&aside).ok().flatten(), None);
    assert_eq!(s.get_item(&bad_timeline).ok().flatten(), None);
    assert_eq!(
        s.get_item(SET_ASIDE_DOWNLOADED_KEY)
            .ok()
            .flatten()
            .as_deref(),
        Some("[]")
    );
    let (incidents, listed) = store.load_incidents(46).expect("load"); // ok: test
    assert_eq!(incidents, vec![good.clone()]);
    assert_eq!(listed.len(), 1);

    // A newer version's record is discarded from its own key, when the user says so.
    store.discard_set_aside(&listed[0]).expect("discard"); // ok: test
    assert_eq!(s.get_item(&newer_key).ok().flatten(), None);
    let (incidents, listed) = store.load_incidents(47).expect("load"); // ok: test
    assert_eq!((incidents, listed.len()), (vec![good], 0));
    s.clear().expect("clear"); // ok: test
}

#[wasm_bindgen_test]
fn a_discard_never_removes_a_key_that_is_not_a_record_set_aside() {
    let s = local_storage();
    s.clear().expect("clear"); // ok: test
    let store = storage::local().expect("localStorage"); // ok: test
    s.set_item(storage::LANG_KEY, "ja").expect("set"); // ok: test
    let (_, mut listed) = {
        s.set_item(&format!("{}x", storage::INCIDENT_PREFIX), "{")
            .expect("set"); // ok: test
        store.load_incidents(1).expect("load") // ok: test
    };
    let mut foreign = listed.remove(0);
    foreign.kept_as = Some(storage::LANG_KEY.into());
    assert!(store.discard_set_aside(&foreign).is_err());
    assert_eq!(
        s.get_item(storage::LANG_KEY).ok().flatten().as_deref(),
        Some("ja")
    );
    s.clear().expect("clear"); // ok: test
}
