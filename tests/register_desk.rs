//! The secretariat's screen, in the core (issue 13): where each incident stands with the PPC
//! (the secretariat's filing counts), the filters and orders, the register's own file (storage
//! and backup) and the reducer the screen dispatches to.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::intake::files::{Outcome, Refusal};
use incident_navi::core::obligations::DeadlineKind;
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::record;
use incident_navi::core::register::desk::{Desk, DeskAction, RestoreResult};
use incident_navi::core::register::stored::{self, Merged, RegisterFileError};
use incident_navi::core::register::{
    DueStanding, Filter, Order, Progress, Register, RowStatus, Taken,
};

#[path = "common/register.rs"]
mod helpers;
use helpers::{at, date, reportable as misdelivery, sent};

/// A report that needs the PPC, known on the day given (or not yet).
fn reportable(id: &str, known_on: Option<&str>) -> Incident {
    let mut i = misdelivery(id);
    if let Some(day) = known_on {
        i.apply(Change::SetKnownOn(Some(date(day))), at(2));
    }
    i
}

fn quiet(id: &str) -> Incident {
    let mut few = reportable(id, Some("2026-11-20"));
    few.apply(
        Change::EditAnswer("law.persons".into(), "50人".into()),
        at(3),
    );
    few.apply(Change::SetOnly("law.mynumber".into(), "no".into()), at(3));
    few
}

fn register_of(incidents: &[(&Incident, &str)]) -> Register {
    let mut register = Register::default();
    for (n, (i, section)) in incidents.iter().enumerate() {
        register.take(sent(i, section), at(10 + n as i64));
    }
    register
}

#[test]
fn the_secretariats_filing_moves_a_row_from_overdue_to_filed() {
    let mut register = register_of(&[(&reportable("a", Some("2026-11-20")), "課")]);
    let today = date("2026-11-26");
    let row = |r: &Register| r.rows.get("a").expect("row").clone();
    assert_eq!(
        row(&register).status(today),
        RowStatus::Overdue,
        "速報 due 2026-11-25"
    );
    assert_eq!(row(&register).days_left(today), Some(-1));
    assert_eq!(
        row(&register).status(date("2026-11-25")),
        RowStatus::Due,
        "the due day is not overdue"
    );
    assert_eq!(row(&register).days_left(date("2026-11-25")), Some(0));
    register
        .rows
        .get_mut("a")
        .expect("row")
        .progress
        .preliminary_filed_on = Some(date("2026-11-24"));
    assert_eq!(row(&register).status(today), RowStatus::Due);
    assert_eq!(
        row(&register).next_due(),
        Some(date("2026-12-20")),
        "the 確報 is next"
    );
    register
        .rows
        .get_mut("a")
        .expect("row")
        .progress
        .final_filed_on = Some(date("2026-12-01"));
    assert_eq!(row(&register).status(today), RowStatus::Filed);
    assert_eq!(row(&register).next_due(), None);
    // No 知った日: the report is needed and no date can be set; no PPC report: not needed.
    let other = register_of(&[(&reportable("b", None), "課"), (&quiet("c"), "課")]);
    assert_eq!(
        other.rows.get("b").expect("b").status(today),
        RowStatus::NeedsKnownDate
    );
    assert_eq!(
        other.rows.get("c").expect("c").status(today),
        RowStatus::NotNeeded
    );
}

#[test]
fn filters_and_orders() {
    let (old, new, done) = (
        reportable("old", Some("2026-11-01")),
        reportable("new", Some("2026-11-25")),
        quiet("done"),
    );
    let mut malware = Incident::new("mal".into(), &[IncidentKind::Malware], at(0));
    malware.apply(Change::SetKnownOn(Some(date("2026-11-24"))), at(1));
    let register = register_of(&[
        (&new, "B課"),
        (&done, "A課"),
        (&old, "C課"),
        (&malware, "A課"),
    ]);
    let today = date("2026-11-26");
    let ids = |filter: &Filter, order: Order| -> Vec<String> {
        register
            .select(filter, order, today)
            .into_iter()
            .map(|(id, _)| id.clone())
            .collect()
    };
    let all = Filter::default();
    assert_eq!(
        ids(&all, Order::NextDeadline)[..2],
        ["old".to_owned(), "mal".to_owned()]
    );
    assert_eq!(ids(&all, Order::Received), ["mal", "old", "done", "new"]);
    assert_eq!(
        ids(&all, Order::Section),
        ["mal", "done", "new", "old"],
        "A課 (by next deadline within), B課, C課"
    );
    let overdue = Filter {
        status: Some(RowStatus::Overdue),
        ..Filter::default()
    };
    assert_eq!(ids(&overdue, Order::NextDeadline), ["old"]);
    let a = Filter {
        section: "A課".into(),
        ..Filter::default()
    };
    assert_eq!(ids(&a, Order::Received), ["mal", "done"]);
    let kind = Filter {
        kind: Some(IncidentKind::Malware),
        ..Filter::default()
    };
    assert_eq!(ids(&kind, Order::NextDeadline), ["mal"]);
    let none = Filter {
        kind: Some(IncidentKind::Malware),
        status: Some(RowStatus::NotNeeded),
        ..Filter::default()
    };
    assert!(ids(&none, Order::NextDeadline).is_empty());
    assert_eq!(register.sections(), ["A課", "B課", "C課"]);
}

/// Issue 23: an overdue 速報 says by how much, and the 確報 beside it how long remains; a report
/// filed (or marked sent) has no days at all.
#[test]
fn each_report_of_a_row_has_its_own_days_left_or_over() {
    let mut register = register_of(&[(&reportable("a", Some("2026-11-20")), "課")]);
    let today = date("2026-11-28");
    let dues = |r: &Register| r.rows["a"].dues(today);
    assert_eq!(
        dues(&register),
        [
            DueStanding {
                kind: DeadlineKind::Preliminary,
                due: date("2026-11-25"),
                days_left: Some(-3),
            },
            DueStanding {
                kind: DeadlineKind::Final,
                due: date("2026-12-20"),
                days_left: Some(22),
            },
        ]
    );
    assert_eq!(register.rows["a"].status(today), RowStatus::Overdue);
    register
        .rows
        .get_mut("a")
        .expect("row")
        .progress
        .preliminary_filed_on = Some(date("2026-11-27"));
    let filed = dues(&register);
    assert_eq!(filed[0].days_left, None, "the 速報 is filed");
    assert_eq!(filed[1].days_left, Some(22));
    // A year's end: known 2026-12-28, the 速報 due in the new year; the day itself counts 0.
    let late = register_of(&[(&reportable("b", Some("2026-12-28")), "課")]);
    let on_due = late.rows["b"].dues(date("2027-01-02"));
    assert_eq!(on_due[0].due, date("2027-01-02"));
    assert_eq!(on_due[0].days_left, Some(0));
    assert_eq!(on_due[1].due, date("2027-01-27"));
    assert_eq!(on_due[1].days_left, Some(25));
    // No PPC report, or no 知った日: no dates to show.
    let other = register_of(&[(&reportable("c", None), "課"), (&quiet("d"), "課")]);
    assert!(other.rows["c"].dues(today).is_empty());
    assert!(other.rows["d"].dues(today).is_empty());
}

/// Issue 23: ordered by 知った日, the earliest first and the rows without it last, whatever the
/// deadlines or the order they arrived in.
#[test]
fn the_register_orders_by_the_day_known() {
    let early = reportable("early", Some("2026-11-01"));
    let register = register_of(&[
        (&reportable("late", Some("2026-11-25")), "A課"),
        (&reportable("unknown", None), "A課"),
        (&early, "B課"),
        (&quiet("middle"), "C課"),
    ]);
    let mut filed = register.clone();
    // The earliest's 速報 is filed: its next due date (its 確報) is now later than the others'.
    filed
        .rows
        .get_mut("early")
        .expect("row")
        .progress
        .preliminary_filed_on = Some(date("2026-11-03"));
    let today = date("2026-11-26");
    let ids = |r: &Register, order: Order| -> Vec<String> {
        r.select(&Filter::default(), order, today)
            .into_iter()
            .map(|(id, _)| id.clone())
            .collect()
    };
    let by_known = ["early", "middle", "late", "unknown"];
    assert_eq!(ids(&register, Order::KnownDate), by_known);
    assert_eq!(ids(&filed, Order::KnownDate), by_known);
    assert_ne!(ids(&filed, Order::NextDeadline), by_known);
    assert_ne!(ids(&register, Order::Received), by_known);
    let overdue = Filter {
        status: Some(RowStatus::Overdue),
        ..Filter::default()
    };
    assert_eq!(
        register
            .select(&overdue, Order::KnownDate, today)
            .into_iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        ["early"],
        "the filters still apply"
    );
}

#[test]
fn the_register_file_round_trips_and_a_restore_loses_nothing() {
    let mut register = register_of(&[
        (&reportable("a", Some("2026-11-20")), "課"),
        (&quiet("b"), "係"),
    ]);
    let mut newer = reportable("a", Some("2026-11-20"));
    newer.apply(Change::SetTitle("新しい件名".into()), at(20));
    register.take(sent(&newer, "課"), at(30));
    register.rows.get_mut("a").expect("a").progress = Progress {
        preliminary_filed_on: Some(date("2026-11-24")),
        notes: "電話済み".into(),
        ..Progress::default()
    };
    let text = stored::encode(&register);
    let mut read = Register::default();
    assert_eq!(
        read.merge(stored::decode(&text).expect("reads")),
        Merged {
            added: 2,
            updated: 0,
            refused: 0
        }
    );
    assert_eq!(
        read, register,
        "every version, its changes and the progress come back"
    );
    assert_eq!(read.rows.get("a").expect("a").versions.len(), 2);

    // A restore into a register with its own rows and progress: nothing here is lost.
    let mut here = register_of(&[
        (&reportable("c", None), "課"),
        (&reportable("a", Some("2026-11-20")), "課"),
    ]);
    here.rows.get_mut("a").expect("a").progress.notes = "こちらのメモ".into();
    let merged = here.merge(stored::decode(&text).expect("reads"));
    assert_eq!(
        merged,
        Merged {
            added: 1,
            updated: 1,
            refused: 0
        }
    );
    assert_eq!(here.rows.len(), 3);
    assert_eq!(
        here.rows.get("a").expect("a").progress.notes,
        "こちらのメモ",
        "progress here wins"
    );
    assert_eq!(
        here.rows.get("a").expect("a").versions.len(),
        2,
        "the newer version is added"
    );
    // The same again changes nothing.
    assert_eq!(
        here.merge(stored::decode(&text).expect("reads")),
        Merged::default()
    );

    // Refused: damaged, a newer format, a hostile id; refused versions are counted, not taken.
    assert!(matches!(
        stored::decode("{\"register\":1,\"rows\":[{"),
        Err(RegisterFileError::Damaged(_))
    ));
    // 2 is a register holding drills (issue 26): the next one past it is a newer tool's.
    assert_eq!(
        stored::decode("{\"register\":3,\"rows\":[]}"),
        Err(RegisterFileError::NewerVersion(3))
    );
    assert!(matches!(
        stored::decode("[]"),
        Err(RegisterFileError::Damaged(_))
    ));
    let hostile = text.replacen("\"id\":\"a\"", "\"id\":\"../../x\"", 1);
    let mut fresh = Register::default();
    let merged = fresh.merge(stored::decode(&hostile).expect("reads"));
    assert_eq!(merged.refused, 1);
    assert!(fresh.rows.keys().all(|k| record::is_valid_id(k)));
}

#[test]
fn the_desk_saves_only_when_the_register_changes() {
    let mut desk = Desk::over(Register::default());
    let json = record::encode_export(&reportable("a", Some("2026-11-20")), "0.1.0 (test)", None);
    desk.reduce(DeskAction::TakeFiles(
        vec![
            ("a.json".into(), json.clone().into_bytes()),
            (
                "b.msg".into(),
                vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
            ),
        ],
        at(5),
    ));
    assert_eq!(desk.revision, 1);
    assert_eq!(desk.intake.len(), 2);
    assert_eq!(desk.intake[0].source.as_deref(), Some("a.json"));
    assert!(matches!(
        desk.intake[0].outcome,
        Outcome::Taken(Taken::New, _)
    ));
    assert_eq!(
        desk.intake[1].outcome,
        Outcome::Refused(Refusal::OutlookMsg)
    );
    // The same file again, a filter, an unknown id, a bad restore: nothing to save.
    desk.reduce(DeskAction::TakeFiles(
        vec![("a.json".into(), json.into_bytes())],
        at(6),
    ));
    desk.reduce(DeskAction::SetFilter(Filter {
        section: "x".into(),
        ..Filter::default()
    }));
    desk.reduce(DeskAction::SetOrder(Order::Section));
    desk.reduce(DeskAction::SetProgress(
        "nobody".into(),
        Progress::default(),
    ));
    desk.reduce(DeskAction::Restore("not json".into()));
    assert_eq!(desk.revision, 1);
    assert!(matches!(desk.restore, Some(RestoreResult::Refused(_))));
    assert_eq!(desk.order, Order::Section);
    desk.reduce(DeskAction::TakeText("no block here".into(), at(7)));
    assert_eq!(
        desk.intake[0].outcome,
        Outcome::Refused(Refusal::NoBlockInText)
    );
    assert_eq!(desk.intake[0].source, None);
    assert_eq!(desk.revision, 1);
    // Progress is saved, its notes cut to the text limit.
    let long = "あ".repeat(30_000);
    desk.reduce(DeskAction::SetProgress(
        "a".into(),
        Progress {
            notes: long,
            ..Progress::default()
        },
    ));
    assert_eq!(desk.revision, 2);
    assert_eq!(
        desk.register
            .rows
            .get("a")
            .expect("a")
            .progress
            .notes
            .chars()
            .count(),
        20_000
    );
    // A restore that adds something is saved.
    let mut other = Register::default();
    other.take(sent(&quiet("b"), "係"), at(8));
    desk.reduce(DeskAction::Restore(stored::encode(&other)));
    assert_eq!(desk.revision, 3);
    assert_eq!(
        desk.restore,
        Some(RestoreResult::Merged(Merged {
            added: 1,
            updated: 0,
            refused: 0
        }))
    );
}

#[test]
fn another_tabs_register_is_taken_in_and_its_progress_is_the_later_edit() {
    let mut here = register_of(&[(&reportable("a", Some("2026-11-20")), "課")]);
    let mut there = register_of(&[
        (&reportable("a", Some("2026-11-20")), "課"),
        (&quiet("b"), "係"),
    ]);
    there.rows.get_mut("a").expect("a").progress.notes = "あちらで記入".into();
    let theirs = || stored::decode(&stored::encode(&there)).expect("reads");
    assert!(here.absorb(theirs()));
    assert_eq!(here.rows.len(), 2);
    assert_eq!(
        here.rows.get("a").expect("a").progress.notes,
        "あちらで記入"
    );
    assert!(!here.absorb(theirs()), "the same again changes nothing");
    // What only this tab has stays.
    let mut more = here.clone();
    more.take(sent(&reportable("c", None), "課"), at(40));
    assert!(!more.absorb(theirs()));
    assert!(more.rows.contains_key("c"));
    // Through the desk: the screen saves what it took in.
    let mut desk = Desk::over(Register::default());
    desk.reduce(DeskAction::OtherTab(theirs()));
    assert_eq!((desk.revision, desk.register.rows.len()), (1, 2));
    desk.reduce(DeskAction::OtherTab(theirs()));
    assert_eq!(desk.revision, 1);
}

#[test]
fn a_report_the_section_marked_sent_is_done_for_that_report_only() {
    let mut i = reportable("a", Some("2026-11-20"));
    i.apply(
        Change::SetDutyDone(
            incident_navi::core::obligations::DeadlineKind::Preliminary.key(),
            "速報",
            true,
        ),
        at(3),
    );
    let register = register_of(&[(&i, "課")]);
    let row = register.rows.get("a").expect("a");
    use incident_navi::core::obligations::DeadlineKind;
    assert!(row.filed(DeadlineKind::Preliminary));
    assert!(!row.filed(DeadlineKind::Final));
    assert_eq!(row.next_due(), Some(date("2026-12-20")));
    // The desk starts from the register it is given; the same progress again is no change.
    let mut desk = Desk::over(register.clone());
    assert_eq!(desk.register, register);
    let progress = Progress {
        notes: "メモ".into(),
        ..Progress::default()
    };
    desk.reduce(DeskAction::SetProgress("a".into(), progress.clone()));
    desk.reduce(DeskAction::SetProgress("a".into(), progress));
    assert_eq!(desk.revision, 1);
}
