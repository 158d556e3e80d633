//! Records set aside (damaged, or from a newer version) stay listed until the user discards
//! them (issue 24): downloading marks them, discarding asks first and removes them only once
//! storage no longer holds them.

use super::stored;
use incident_navi::core::state::{Action, AppState, Quarantined, Unreadable};
use incident_navi::core::text::Lang;

fn damaged(id: &str) -> Quarantined {
    Quarantined {
        key: format!("incident-navi/v1/incident/{id}"),
        kept_as: Some(format!("incident-navi/v1/quarantine/{id}@1")),
        why: Unreadable::Damaged,
        reason: "not an incident record".into(),
        title: None,
        downloaded: false,
    }
}

fn newer(id: &str) -> Quarantined {
    Quarantined {
        kept_as: None,
        why: Unreadable::NewerVersion(9),
        ..damaged(id)
    }
}

#[test]
fn a_download_marks_records_set_aside_and_they_stay_listed() {
    let mut state = AppState::loaded(
        vec![stored("a")],
        vec![damaged("x"), damaged("y"), newer("z")],
        Lang::Ja,
    );
    state.reduce(Action::SetAsideDownloaded(vec![
        "incident-navi/v1/quarantine/x@1".into(),
    ]));
    let downloaded: Vec<bool> = state.quarantined.iter().map(|q| q.downloaded).collect();
    assert_eq!(
        downloaded,
        vec![true, false, false],
        "only the one downloaded is marked"
    );
    assert_eq!(
        state.quarantined.len(),
        3,
        "a download removes nothing from the list"
    );
    // A newer version's record is downloaded from its own key.
    state.reduce(Action::SetAsideDownloaded(vec![
        "incident-navi/v1/incident/z".into(),
    ]));
    assert!(state.quarantined[2].downloaded);
    assert!(!state.quarantined[1].downloaded);
}

#[test]
fn a_discard_is_asked_first_and_taken_back_or_done() {
    let mut state = AppState::loaded(vec![], vec![damaged("x"), newer("z")], Lang::En);
    let x = "incident-navi/v1/quarantine/x@1".to_owned();
    state.reduce(Action::AskDiscard(Some(x.clone())));
    assert_eq!(state.discard_asked.as_deref(), Some(x.as_str()));
    assert_eq!(state.quarantined.len(), 2, "asking removes nothing");
    state.reduce(Action::AskDiscard(None));
    assert_eq!(state.discard_asked, None);
    assert_eq!(state.quarantined.len(), 2, "taking it back removes nothing");

    state.reduce(Action::AskDiscard(Some(x.clone())));
    state.reduce(Action::SetAsideDiscarded(x));
    assert_eq!(state.discard_asked, None, "the question is answered");
    assert_eq!(
        state.quarantined,
        vec![newer("z")],
        "only the discarded one leaves"
    );
    // The newer version's record, discarded from its own key.
    state.reduce(Action::SetAsideDiscarded(
        "incident-navi/v1/incident/z".into(),
    ));
    assert!(state.quarantined.is_empty());
}

#[test]
fn a_discard_of_another_record_leaves_the_question_about_this_one() {
    let mut state = AppState::loaded(vec![], vec![damaged("x"), damaged("y")], Lang::Ja);
    state.reduce(Action::AskDiscard(Some(
        "incident-navi/v1/quarantine/x@1".into(),
    )));
    // Another tab (or an earlier click) discarded y: x's question stays open.
    state.reduce(Action::SetAsideDiscarded(
        "incident-navi/v1/quarantine/y@1".into(),
    ));
    assert_eq!(
        state.discard_asked.as_deref(),
        Some("incident-navi/v1/quarantine/x@1")
    );
    assert_eq!(state.quarantined, vec![damaged("x")]);
}

#[test]
fn going_elsewhere_or_dismissing_a_message_never_hides_records_set_aside() {
    let listed = vec![damaged("x"), newer("z")];
    let mut state = AppState::loaded(vec![stored("a")], listed.clone(), Lang::Ja);
    state.reduce(Action::DismissNotice);
    state.reduce(Action::Navigate(
        incident_navi::core::state::Screen::Incident("a".into()),
    ));
    state.reduce(Action::Navigate(incident_navi::core::state::Screen::Home));
    state.reduce(Action::AskDiscard(None));
    assert_eq!(state.quarantined, listed);
}
