//! Starting a drill (issue 26): the reducer makes a new incident of the scenario's types, titled
//! and carrying its `DrillRun`, and opens it; a clash of ids or no types makes nothing.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::drill::{DrillChange, DrillRun};
use incident_navi::core::incident::Change;
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::state::{Action, AppState, Screen};
use incident_navi::core::time::Timestamp;

const T0: Timestamp = Timestamp(1_795_000_000_000);

fn start(state: &mut AppState, id: &str, kinds: Vec<IncidentKind>) {
    state.reduce(Action::StartDrill {
        id: id.into(),
        kinds,
        title: "【訓練】ウイルス感染".into(),
        drill: Box::new(DrillRun::new("scenario: x".into(), 60, T0)),
        at: T0,
    });
}

#[test]
fn a_drill_starts_as_a_new_incident_that_plays_its_scenario_and_opens() {
    let mut state = AppState {
        screen: Screen::DrillStart,
        ..AppState::default()
    };
    start(&mut state, "d-1", vec![IncidentKind::Malware]);
    assert_eq!(state.screen, Screen::Incident("d-1".into()));
    let drill = &state.incidents["d-1"];
    assert_eq!(drill.title, "【訓練】ウイルス感染");
    assert_eq!(drill.kinds, vec![IncidentKind::Malware]);
    let run = drill.drill.as_deref().unwrap();
    assert_eq!((run.speed, run.started_at, run.ended_at), (60, T0, None));
    assert_eq!(run.scenario, "scenario: x");
    assert!(state.has_unsaved("d-1"), "it is saved like any record");
}

#[test]
fn a_drill_with_an_id_in_use_or_no_types_makes_nothing() {
    let mut state = AppState::default();
    start(&mut state, "d-1", vec![IncidentKind::Malware]);
    let before = state.incidents["d-1"].clone();
    state.reduce(Action::Navigate(Screen::Home));
    start(&mut state, "d-1", vec![IncidentKind::LossOrTheft]);
    assert_eq!(state.incidents["d-1"], before);
    assert_eq!(state.screen, Screen::Home);
    start(&mut state, "d-2", vec![]);
    assert!(!state.incidents.contains_key("d-2"));
    assert_eq!(state.screen, Screen::Home);
}

#[test]
fn a_drill_is_ended_through_an_edit_and_a_real_incident_ignores_drill_changes() {
    let mut state = AppState::default();
    start(&mut state, "d-1", vec![IncidentKind::Malware]);
    let later = Timestamp(T0.0 + 60_000);
    state.reduce(Action::Edit {
        id: "d-1".into(),
        change: Change::Drill(DrillChange::End),
        at: later,
    });
    assert_eq!(
        state.incidents["d-1"].drill.as_ref().unwrap().ended_at,
        Some(later)
    );
    state.reduce(Action::Create {
        id: "r-1".into(),
        kinds: vec![IncidentKind::Malware],
        at: T0,
    });
    let real = state.incidents["r-1"].clone();
    state.reduce(Action::Edit {
        id: "r-1".into(),
        change: Change::Drill(DrillChange::End),
        at: later,
    });
    assert_eq!(state.incidents["r-1"], real);
    assert!(real.drill.is_none());
}
