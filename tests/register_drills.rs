//! The register and drills (issue 26): a drill's report, by any route (its .json, its .eml, its
//! pasted text), goes into the drill list, never among the real rows, their CSV, their
//! deadlines or the year's figures, which count exercises apart; a register holding a drill is
//! written with a version the previous build refuses; older register files still read.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::drill::{builtin, DrillRun};
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::intake::files::{take_files, take_text, Outcome};
use incident_navi::core::record::{self, Sender};
use incident_navi::core::register::stored::{self, REGISTER_DRILL_SCHEMA, REGISTER_SCHEMA};
use incident_navi::core::register::{
    block, print, table, Filter, Order, Register, RowStatus, Taken,
};
use incident_navi::core::report::{self, eml, names, settings::Settings};

#[path = "common/register.rs"]
mod helpers;
use helpers::{at, date, reportable, sent};

/// A drill whose answers need the PPC, with 知った日 long past: its 速報 would be overdue.
fn drill(id: &str) -> Incident {
    let mut i = reportable(id);
    i.apply(Change::SetTitle("【訓練】メール誤送信".into()), at(1));
    i.apply(Change::SetKnownOn(Some(date("2026-01-05"))), at(1));
    i.drill = Some(Box::new(DrillRun::new(
        builtin::TEXTS[1].to_owned(),
        60,
        at(0),
    )));
    i
}

fn settings() -> Settings {
    Settings {
        section: "総務課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
        secretariat_email: "jimukyoku@example.jp".into(),
    }
}

/// The three routes a report arrives by: its .json, its .eml draft, its text pasted.
fn routes(incident: &Incident) -> (Vec<u8>, Vec<u8>, String) {
    let json = record::encode_export(incident, "0.1.0 (x)", Some(&Sender::of(&settings())));
    let report = report::build(incident, &settings(), at(10));
    let name = names::file_name(incident, "json");
    let mail = eml::draft(&settings(), &report, &json, &name, "seed", at(10));
    (json.into_bytes(), mail.into_bytes(), report::text(&report))
}

fn register_with_a_drill_and_a_real_one() -> Register {
    let mut register = Register::default();
    let mut real = reportable("real-1");
    real.apply(Change::SetKnownOn(Some(date("2026-01-06"))), at(1));
    register.take(sent(&real, "総務課"), at(2));
    register.take(sent(&drill("drill-1"), "総務課"), at(3));
    register
}

#[test]
fn a_drills_report_by_every_route_is_one_row_in_the_drill_list() {
    let d = drill("drill-1");
    let (json, mail, text) = routes(&d);
    let mut register = Register::default();
    let files = [
        ("drill.json".to_owned(), json),
        ("drill.eml".to_owned(), mail),
    ];
    let outcomes = take_files(&mut register, &files, at(20));
    let pasted = take_text(&mut register, &text, at(21));
    let title = "【訓練】メール誤送信".to_owned();
    assert_eq!(
        outcomes,
        vec![
            Outcome::Taken(Taken::New, title.clone()),
            Outcome::Taken(Taken::Same, title.clone())
        ]
    );
    assert_eq!(pasted, vec![Outcome::Taken(Taken::Same, title)]);
    let drills = register.drills();
    assert_eq!(drills.len(), 1);
    assert!(drills[0].1.is_drill());
    assert_eq!(register.real_len(), 0);
    assert!(register.by_next_deadline().is_empty());
    assert!(register
        .select(&Filter::default(), Order::Received, date("2026-12-01"))
        .is_empty());
}

#[test]
fn the_pasted_text_of_a_drill_reads_as_a_drill_and_an_older_register_finds_no_block_in_it() {
    let (_, _, text) = routes(&drill("drill-1"));
    assert!(text.contains("-----BEGIN INCIDENT-NAVI DRILL REPORT-----"));
    // What the previous build looks for: not there, so it says "no block" and takes nothing.
    assert!(!text
        .lines()
        .any(|l| l.trim() == "-----BEGIN INCIDENT-NAVI REPORT-----"));
    let found = block::find_all(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].as_ref().unwrap().drill);
    // A real report's block is as before, without the flag.
    let (_, _, real) = routes(&reportable("real-1"));
    assert!(real.contains("-----BEGIN INCIDENT-NAVI REPORT-----"));
    assert!(!block::find_all(&real)[0].as_ref().unwrap().drill);
}

#[test]
fn a_drill_is_never_in_the_real_rows_their_csv_deadlines_or_counts() {
    let register = register_with_a_drill_and_a_real_one();
    let today = date("2026-03-01");
    let real: Vec<&String> = register
        .by_next_deadline()
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(real, vec!["real-1"]);
    assert_eq!(register.real_len(), 1);
    let csv_rows = table::rows(&register, today);
    assert_eq!(csv_rows.len(), 2, "the header and the one real row");
    assert!(!csv_rows.iter().flatten().any(|c| c.contains("訓練")));
    let overdue = Filter {
        status: Some(RowStatus::Overdue),
        ..Filter::default()
    };
    let late: Vec<&String> = register
        .select(&overdue, Order::NextDeadline, today)
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(
        late,
        vec!["real-1"],
        "the drill's overdue 速報 is not a real one"
    );
    assert!(register.rows["drill-1"].status(today) == RowStatus::Overdue);
    let html = print::html(&register, &[&register.rows["real-1"]], today);
    assert!(!html.contains("【訓練】"));
}

#[test]
fn the_year_counts_exercises_apart() {
    let register = register_with_a_drill_and_a_real_one();
    let year = table::year_summary(&register, 2026);
    assert_eq!(year.total, 1);
    assert_eq!(year.exercises, 1);
    assert_eq!(year.by_month.iter().sum::<usize>(), 1);
    assert_eq!(year.by_section, vec![("総務課".to_owned(), 1)]);
    let html = print::html(&register, &[], date("2026-03-01"));
    assert!(html.contains("<th>訓練</th><td>1件"), "{html}");
    assert_eq!(table::year_summary(&register, 2025).exercises, 0);
}

#[test]
fn a_register_with_a_drill_is_written_so_the_previous_build_refuses_it_and_old_files_still_read() {
    let mut real_only = Register::default();
    real_only.take(sent(&reportable("real-1"), "総務課"), at(2));
    let old = stored::encode(&real_only);
    assert!(old.starts_with(&format!("{{\"register\":{REGISTER_SCHEMA},")));
    assert!(
        !old.contains("drill"),
        "a register without drills is as before"
    );
    let rows = stored::decode(&old).unwrap();
    assert!(!rows[0].is_drill());

    let with_drill = register_with_a_drill_and_a_real_one();
    let text = stored::encode(&with_drill);
    assert!(text.starts_with(&format!("{{\"register\":{REGISTER_DRILL_SCHEMA},")));
    // The previous build refused any register file above version 1.
    let written: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(written["register"].as_u64().unwrap() > 1);
    let mut back = Register::default();
    back.merge(stored::decode(&text).unwrap());
    assert_eq!(back.drills().len(), 1);
    assert_eq!(back.real_len(), 1);
}
