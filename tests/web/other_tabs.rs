//! Other tabs, in the browser: the revision-checked write, the storage event, late events.

use super::*;

#[wasm_bindgen_test]
fn a_write_never_overwrites_a_newer_save_from_another_tab() {
    local_storage().clear().expect("clear"); // ok: test
    let store = storage::local().expect("localStorage"); // ok: test
    let base = incident("two-tabs");
    store.save_checked(&base, None).expect("first save"); // ok: test
    let mut other_tab = base.clone();
    other_tab.apply(
        Change::SetTitle("other tab".into()),
        Timestamp(1_795_000_001_000),
    );
    store
        .save_checked(&other_tab, Some(base.revision))
        .expect("other tab saves"); // ok: test
    let mut this_tab = base.clone();
    this_tab.apply(
        Change::SetTitle("this tab".into()),
        Timestamp(1_795_000_002_000),
    );
    assert_eq!(
        store.save_checked(&this_tab, Some(base.revision)),
        Err(SaveError::Conflict(Box::new(other_tab.clone())))
    );
    assert_eq!(store.stored("two-tabs").ok().flatten(), Some(other_tab));
    local_storage().clear().expect("clear"); // ok: test
}

#[wasm_bindgen_test]
async fn another_tabs_save_shows_up_through_the_storage_event() {
    local_storage().clear().expect("clear"); // ok: test
    let mine = incident("ev-1");
    let root = mount(AppState::loaded(vec![mine.clone()], vec![], Lang::Ja)).await;
    settle().await; // effects (the listener) run after the first render
    let mut theirs = mine.clone();
    theirs.apply(
        Change::SetTitle("別のタブで付けた件名".into()),
        Timestamp(1_795_000_003_000),
    );
    other_tab_saved(&theirs);
    let list =
        until(|| Some(text_of(&root, ".drafts")).filter(|t| t.contains("別のタブで付けた件名")))
            .await
            .unwrap_or_else(|| text_of(&root, ".drafts"));
    assert!(list.contains("別のタブで付けた件名"), "{list}");
    assert!(text_of(&root, "#save-status").contains("別のタブでの変更を反映しました"));
}

#[wasm_bindgen_test]
fn storage_listener_decodes_other_tabs_records() {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let _guard = storage::on_external_change(move |c| sink.borrow_mut().push(c));
    let theirs = incident("ev-2");
    other_tab_saved(&theirs);
    assert_eq!(
        *seen.borrow(),
        vec![storage::ExternalChange::Saved(Box::new(theirs))]
    );
}

/// Found in Firefox: the event of the old editor's last save can arrive after the tab that took
/// over has saved past it. The listener reports what storage holds now, not the event's
/// (out-of-date) value, so the late echo reads as this tab's own save.
#[wasm_bindgen_test]
fn a_late_storage_event_reports_what_storage_holds_now() {
    local_storage().clear().expect("clear"); // ok: test
    let store = storage::local().expect("localStorage"); // ok: test
    let old_save = incident("ev-3");
    let mut newer = old_save.clone();
    newer.apply(
        Change::SetTitle("引き継いだタブの入力".into()),
        Timestamp(1_795_000_009_000),
    );
    store.save_checked(&newer, None).expect("save"); // ok: test
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let _guard = storage::on_external_change(move |c| sink.borrow_mut().push(c));
    storage_event("ev-3", &record::encode_stored_head(&old_save));
    assert_eq!(
        *seen.borrow(),
        vec![storage::ExternalChange::Saved(Box::new(newer))]
    );
    local_storage().clear().expect("clear"); // ok: test
}
