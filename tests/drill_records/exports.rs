//! Every export of a drill carries 【訓練】 (issue 26): the mail subject, the file names, the
//! report's text, HTML and .eml (a line at the top), the documents (letter, press release, PPC
//! items, the calendar's events), and its report carries the debrief; a real incident's carry
//! none of it.

use super::{drill, real, T0};
use incident_navi::core::documents::{self, ics, letter, press};
use incident_navi::core::drill::DRILL_MARK;
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::intake::mime;
use incident_navi::core::record;
use incident_navi::core::report::{self, eml, names, settings::Settings};
use incident_navi::core::time::{CivilDate, Timestamp};

fn settings() -> Settings {
    Settings {
        section: "情報企画課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
        secretariat_email: "jimukyoku@example.jp".into(),
    }
}

/// Answers that make the PPC report required, with 知った日: the clock runs (the .ics has events).
fn reportable(mut i: Incident) -> Incident {
    i.apply(Change::SetKnownOn(CivilDate::parse("2026-11-20")), T0);
    for (q, v) in [
        ("law.protection", "plain"),
        ("law.sensitive", "yes"),
        ("law.financial", "no"),
        ("law.improper", "no"),
        ("law.ordinance", "no"),
    ] {
        i.apply(Change::SetOnly(q.into(), v.into()), T0);
    }
    i
}

const NOW: Timestamp = Timestamp(T0.0 + 3_600_000);

#[test]
fn a_drills_subject_and_file_names_are_marked_and_a_real_ones_are_not() {
    let (d, r) = (drill("drill-abc123"), real("real-abc123"));
    let subject = names::subject(&d, &settings());
    assert!(
        subject.starts_with("【訓練】【情報セキュリティ事故報告】"),
        "{subject}"
    );
    assert_eq!(
        subject.matches(DRILL_MARK).count(),
        1,
        "the title's own mark is not doubled: {subject}"
    );
    assert!(!names::subject(&r, &settings()).contains(DRILL_MARK));
    for ext in ["txt", "json", "eml", "ics"] {
        let name = names::file_name(&d, ext);
        assert!(name.starts_with("【訓練】drill-"), "{name}");
        assert!(names::file_name(&r, ext).starts_with("incident-"));
    }
    assert_eq!(names::marked_title(&d), "【訓練】ウイルス感染");
    let mut renamed = d.clone();
    renamed.apply(Change::SetTitle("感染".into()), T0);
    assert_eq!(names::marked_title(&renamed), "【訓練】感染");
    assert_eq!(names::marked_title(&r), "USBメモリの紛失");
}

#[test]
fn a_drills_report_says_so_at_the_top_of_its_text_html_and_eml() {
    let report = report::build(&d(), &settings(), NOW);
    let text = report::text(&report);
    assert!(text.starts_with(report::DRILL_NOTE), "{text}");
    assert!(text.contains("件名: 【訓練】"));
    let html = report::html(&report);
    assert!(html.contains(&format!(
        "<p class=\"report-drill\">{}</p>",
        report::DRILL_NOTE
    )));
    let json = record::encode_export(&d(), "0.1.0 (x)", None);
    let draft = eml::draft(
        &settings(),
        &report,
        &json,
        &names::file_name(&d(), "json"),
        "s",
        NOW,
    );
    let parts = mime::leaf_parts(draft.as_bytes()).unwrap();
    let body = String::from_utf8_lossy(&parts[0].body);
    assert!(body.starts_with(report::DRILL_NOTE), "{body}");
    assert!(parts[1].filename.as_deref().unwrap().starts_with("drill-"));
    let real = report::text(&report::build(&real("r"), &settings(), NOW));
    assert!(!real.contains(DRILL_MARK) && !real.contains(report::DEBRIEF_HEADING));
}

fn d() -> Incident {
    drill("drill-abc123")
}

#[test]
fn a_drills_report_ends_with_its_debrief() {
    let report = report::build(&d(), &settings(), NOW);
    let last = report.sections.last().unwrap();
    assert_eq!(last.title, report::DEBRIEF_HEADING);
    assert!(!last.lines[0].value.trim().is_empty());
    let text = report::text(&report);
    assert!(text.contains(&format!("■ {}", report::DEBRIEF_HEADING)));
    assert!(report::html(&report).contains(&format!("<h2>{}</h2>", report::DEBRIEF_HEADING)));
    // A scenario that no longer reads: the section says so, it is not left out.
    let mut broken = d();
    if let Some(run) = broken.drill.as_mut() {
        run.scenario = "not a scenario".into();
    }
    let report = report::build(&broken, &settings(), NOW);
    let last = report.sections.last().unwrap();
    assert_eq!(last.title, report::DEBRIEF_HEADING);
    assert!(last.lines[0].value.contains("シナリオを読めない"));
}

#[test]
fn a_drills_documents_say_so_first_and_its_calendar_events_are_marked() {
    let (d, r) = (
        reportable(drill("drill-abc123")),
        reportable(real("real-abc123")),
    );
    let today = CivilDate::of(NOW);
    for text in [
        letter::draft(&d, &settings(), today, "0.1.0"),
        press::draft(&d, &settings(), today, "0.1.0"),
    ] {
        assert!(text.starts_with(DRILL_MARK), "{text}");
    }
    for text in [
        letter::draft(&r, &settings(), today, "0.1.0"),
        press::draft(&r, &settings(), today, "0.1.0"),
    ] {
        assert!(!text.contains(DRILL_MARK));
    }
    assert!(documents::ppc_items(&d)[0].value.starts_with(DRILL_MARK));
    assert!(!documents::ppc_items(&r)[0].value.contains(DRILL_MARK));
    let cal = ics::calendar(&d, NOW, "0.1.0").expect("the clock runs");
    let summaries: Vec<&str> = cal.lines().filter(|l| l.starts_with("SUMMARY:")).collect();
    assert!(!summaries.is_empty());
    assert!(
        summaries.iter().all(|s| s.starts_with("SUMMARY:【訓練】")),
        "{summaries:?}"
    );
    let real_cal = ics::calendar(&r, NOW, "0.1.0").expect("the clock runs");
    assert!(!real_cal.contains(DRILL_MARK));
}
