//! The secretariat's register (issue 13): versions merged into one row per incident, the PPC
//! clock of each, the order by next deadline, CSV for Excel, and the same report taken in from
//! every mail layout.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::intake::mime;
use incident_navi::core::obligations::{DeadlineKind, DutyKind, Verdict};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::record::{self, Received};
use incident_navi::core::register::{csv, Filter, Order, Register, Taken};

#[path = "common/register.rs"]
mod helpers;
use helpers::{at, date, reportable, sent};

#[test]
fn versions_of_one_incident_make_one_row() {
    let mut register = Register::default();
    let first = reportable("inc-1");
    assert_eq!(register.take(sent(&first, "総務課"), at(10)), Taken::New);
    assert_eq!(register.take(sent(&first, "総務課"), at(11)), Taken::Same);
    // The clerk sets 知った日 and sends the 速報: a newer version.
    let mut second = first.clone();
    second.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(20));
    second.apply(
        Change::SetDutyDone(DeadlineKind::Preliminary.key(), "速報", true),
        at(21),
    );
    assert_eq!(register.take(sent(&second, "総務課"), at(30)), Taken::Newer);
    // Then a 確報 version, and last of all the first version again, from a forwarded mail.
    let mut third = second.clone();
    third.apply(Change::SetTitle("メール誤送信（確報）".into()), at(40));
    assert_eq!(register.take(sent(&third, "総務課"), at(50)), Taken::Newer);
    assert_eq!(register.take(sent(&first, "総務課"), at(60)), Taken::Same);
    assert_eq!(register.rows.len(), 1);
    let row = &register.rows["inc-1"];
    assert_eq!(row.versions.len(), 3);
    assert_eq!(
        row.first_received(),
        Some(at(10)),
        "受付日時 is the first arrival"
    );
    let latest = row.latest().map(|v| &v.summary);
    assert_eq!(
        latest.map(|s| s.title.as_str()),
        Some("メール誤送信（確報）")
    );
    assert!(row.versions[0].changes.is_empty());
    assert_eq!(
        row.versions[1].changes,
        ["知った日", "速報（個人情報保護委員会）を提出済みに"]
    );
    assert_eq!(row.versions[2].changes, ["件名"]);
}

#[test]
fn an_older_version_arriving_late_never_replaces_the_latest() {
    let mut register = Register::default();
    let first = reportable("inc-2");
    let mut second = first.clone();
    second.apply(Change::SetTitle("改題".into()), at(5));
    let mut third = second.clone();
    third.apply(
        Change::EditAnswer("law.persons".into(), "約1万人".into()),
        at(6),
    );
    assert_eq!(register.take(sent(&first, "a"), at(10)), Taken::New);
    assert_eq!(register.take(sent(&third, "a"), at(11)), Taken::Newer);
    // The middle version arrives last: kept in the history, in its place.
    assert_eq!(register.take(sent(&second, "a"), at(12)), Taken::Older);
    let row = &register.rows["inc-2"];
    let revisions: Vec<u64> = row.versions.iter().map(|v| v.summary.revision).collect();
    assert_eq!(revisions, [first.revision, second.revision, third.revision]);
    assert_eq!(
        row.latest().map(|v| v.summary.persons.as_str()),
        Some("約1万人")
    );
    // What changed is recomputed around it.
    assert_eq!(row.versions[1].changes, ["件名"]);
    assert_eq!(row.versions[2].changes, ["本人の数"]);
}

#[test]
fn the_clock_and_the_verdicts_of_a_row() {
    let mut i = reportable("inc-3");
    let s = |i: &Incident| incident_navi::core::register::Summary::of(i, None, None);
    // No 知った日: the clock waits for it; nothing is overdue, nothing due.
    assert_eq!(s(&i).deadlines, Some(vec![]));
    assert_eq!(s(&i).next_due(), None);
    assert_eq!(
        s(&i)
            .verdicts
            .iter()
            .find(|(k, _)| *k == DutyKind::PpcReport),
        Some(&(DutyKind::PpcReport, Verdict::Required))
    );
    i.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(2));
    let summary = s(&i);
    let due = summary.next_due();
    assert_eq!(due, Some(date("2026-11-25")), "速報: five days");
    assert!(
        !summary.overdue(date("2026-11-25")),
        "the due day itself is not overdue"
    );
    assert!(summary.overdue(date("2026-11-26")));
    // Sent: the next due date is the 確報's.
    i.apply(
        Change::SetDutyDone(DeadlineKind::Preliminary.key(), "速報", true),
        at(3),
    );
    assert_eq!(s(&i).next_due(), Some(date("2026-12-20")), "確報: 30 days");
    // Fifty persons, no My Number, nothing else of Rule 43: no report, no clock at all.
    let mut few = reportable("inc-4");
    few.apply(
        Change::EditAnswer("law.persons".into(), "50人".into()),
        at(4),
    );
    few.apply(Change::SetOnly("law.mynumber".into(), "no".into()), at(4));
    few.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(4));
    assert_eq!(s(&few).deadlines, None);
    assert_eq!(s(&few).next_due(), None);
    assert!(!s(&few).overdue(date("2027-01-01")));
    // Unanswered: the report may be needed, so the clock waits for 知った日.
    let unknown = Incident::new("inc-5".into(), &[IncidentKind::Malware], at(0));
    assert_eq!(s(&unknown).deadlines, Some(vec![]));
}

#[test]
fn the_register_sorts_by_next_deadline_overdue_first() {
    let mut register = Register::default();
    let mut soon = reportable("soon");
    soon.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(2));
    let mut later = reportable("later");
    later.apply(Change::SetKnownOn(Some(date("2026-11-24"))), at(2));
    let waiting = reportable("waiting"); // no 知った日
    let quiet = Incident::new("quiet".into(), &[IncidentKind::Malware], at(0));
    for (n, i) in [&later, &waiting, &quiet, &soon].into_iter().enumerate() {
        register.take(sent(i, "課"), at(n as i64));
    }
    let order: Vec<&str> = register
        .by_next_deadline()
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(&order[..2], ["soon", "later"]);
    // Rows without a running clock follow, the latest arrival first.
    assert_eq!(&order[2..], ["quiet", "waiting"]);
}

#[test]
fn csv_for_excel() {
    assert_eq!(csv::cell("普通"), "普通");
    assert_eq!(csv::cell("a,b"), "\"a,b\"");
    assert_eq!(csv::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv::cell("two\nlines"), "\"two\nlines\"");
    // A cell that would start a formula in Excel is neutralised.
    for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        let c = csv::cell(hostile);
        assert!(
            c.starts_with('\'') || c.starts_with("\"'"),
            "{hostile:?} → {c:?}"
        );
    }
    assert_eq!(csv::cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    let file = csv::file(&[
        vec!["件名".into(), "本人の数".into()],
        vec!["誤送信, 2件".into(), "=300".into()],
    ]);
    assert_eq!(file, "\u{feff}件名,本人の数\r\n\"誤送信, 2件\",'=300\r\n");
}

/// The same report sent through every mail layout is one incident, taken once.
#[test]
fn the_same_report_by_every_route_is_one_row() {
    let mails: [&[u8]; 5] = [
        include_bytes!("fixtures/mail/tool-draft.eml"),
        include_bytes!("fixtures/mail/thunderbird-lf.eml"),
        include_bytes!("fixtures/mail/outlook-nested.eml"),
        include_bytes!("fixtures/mail/forwarded.eml"),
        include_bytes!("fixtures/mail/qp-continued-name.eml"),
    ];
    let mut register = Register::default();
    let mut results = Vec::new();
    for (n, mail) in mails.iter().enumerate() {
        let parts = mime::leaf_parts(mail).unwrap_or_default();
        let json = parts
            .iter()
            .find(|p| p.filename.as_deref().is_some_and(|f| f.ends_with(".json")))
            .map(|p| String::from_utf8_lossy(&p.body).into_owned())
            .unwrap_or_default();
        let received = record::decode_received(&json).expect("a report"); // ok: test
        results.push(register.take(received, at(n as i64)));
    }
    assert_eq!(
        results,
        [
            Taken::New,
            Taken::Same,
            Taken::Same,
            Taken::Same,
            Taken::Same
        ]
    );
    // These mails came from a build before the sender was written: 不明, and still taken in.
    let row = register.rows.values().next().expect("one row"); // ok: test
    assert_eq!(row.latest().map(|v| v.summary.sender.clone()), Some(None));
    assert_eq!(
        row.latest().map(|v| v.summary.title.as_str()),
        Some("USBメモリ紛失（通勤電車）")
    );
}

#[test]
fn the_table_has_every_column_and_says_unknown_plainly() {
    use incident_navi::core::register::table;
    let mut register = Register::default();
    let mut i = reportable("tbl-1");
    i.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(2));
    register.take(sent(&i, "総務課"), at(3));
    let mut old = reportable("tbl-2");
    old.title = "=HYPERLINK(\"x\")".into();
    register.take(
        Received {
            incident: old,
            sender: None,
            made_with: None,
        },
        at(4),
    );
    if let Some(row) = register.rows.get_mut("tbl-1") {
        row.progress.preliminary_filed_on = Some(date("2026-11-22"));
        row.progress.notes = "電話で確認".into();
    }
    let rows = table::rows(&register, date("2026-11-27"));
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0], table::COLUMNS);
    assert!(rows.iter().all(|r| r.len() == table::COLUMNS.len()));
    let col = |r: &Vec<String>, name: &str| {
        r[table::COLUMNS.iter().position(|c| *c == name).unwrap_or(0)].clone()
    };
    let first = &rows[1];
    assert_eq!(col(first, "件名"), "メール誤送信");
    assert_eq!(col(first, "所属"), "総務課");
    assert_eq!(col(first, "種類"), "誤送信・Webでの誤公開");
    assert_eq!(col(first, "個人情報保護委員会への報告"), "必要");
    assert_eq!(col(first, "速報期限"), "2026-11-25");
    // The secretariat filed the 速報 (progress above): the days left are the 確報's (12-20).
    assert_eq!(col(first, "残り日数"), "あと23日");
    let on = |day: &str| table::rows(&register, date(day));
    assert_eq!(col(&on("2026-12-20")[1], "残り日数"), "今日が期限");
    assert_eq!(col(&on("2026-12-17")[1], "残り日数"), "あと3日");
    assert_eq!(col(&on("2026-12-22")[1], "残り日数"), "2日超過");
    // Each duty's column holds that duty's verdict.
    let latest = &register.rows["tbl-1"].versions[0].summary;
    for (kind, name) in [
        (DutyKind::PpcReport, "個人情報保護委員会への報告"),
        (DutyKind::NoticeToPersons, "本人への通知"),
        (DutyKind::MyNumber, "マイナンバー"),
        (DutyKind::Police, "警察"),
        (DutyKind::MicReport, "総務省"),
        (DutyKind::Publication, "公表"),
    ] {
        let verdict = latest
            .verdicts
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, v)| v.ja());
        assert_eq!(Some(col(first, name).as_str()), verdict, "{name}");
    }
    let distinct: std::collections::BTreeSet<_> = latest.verdicts.iter().map(|(_, v)| *v).collect();
    assert!(
        distinct.len() > 1,
        "the verdicts differ, so a wrong column would show"
    );
    assert_eq!(col(first, "速報提出日"), "2026-11-22");
    assert_eq!(col(first, "メモ"), "電話で確認");
    assert_eq!(
        col(first, "版"),
        format!("第{}版（1件目の受信）", i.revision)
    );
    let second = &rows[2];
    assert_eq!(col(second, "所属"), "不明");
    assert_eq!(col(second, "速報期限"), "知った日が未入力");
    assert_eq!(col(second, "残り日数"), "");
    // Through the CSV, the hostile title cannot become a formula.
    let file = csv::file(&rows);
    assert!(file.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{file}");
}

#[test]
fn the_year_in_numbers() {
    use incident_navi::core::register::table;
    let mut register = Register::default();
    let mut a = reportable("y-1");
    a.apply(Change::SetKnownOn(Some(date("2026-04-03"))), at(2));
    let mut b = reportable("y-2");
    b.apply(Change::SetKind(IncidentKind::Malware, true), at(2));
    b.apply(Change::SetKnownOn(Some(date("2026-04-20"))), at(2));
    let mut c = reportable("y-3");
    c.apply(Change::SetKnownOn(Some(date("2025-12-31"))), at(2));
    register.take(sent(&a, "総務課"), at(3));
    register.take(sent(&b, "税務課"), at(3));
    register.take(sent(&c, "総務課"), at(3));
    let mut d = reportable("y-5");
    d.apply(Change::SetKnownOn(Some(date("2026-06-01"))), at(2));
    register.take(sent(&d, "総務課"), at(3));
    register.take(
        Received {
            incident: reportable("y-4"), // no 知った日: counted by when it arrived (2026-11)
            sender: None,
            made_with: None,
        },
        at(3),
    );
    let y = table::year_summary(&register, 2026);
    assert_eq!(y.total, 4);
    assert_eq!(y.by_month[3], 2, "April");
    assert_eq!(y.by_month[5], 1, "June");
    assert_eq!(y.by_month[10], 1, "November, by arrival");
    assert_eq!(y.by_month.iter().sum::<usize>(), 4);
    let kind = |title: &str| y.by_kind.iter().find(|(t, _)| *t == title).map(|(_, n)| *n);
    assert_eq!(kind("誤送信・Webでの誤公開"), Some(4));
    assert_eq!(
        kind("不正プログラム（ウイルス、スパイウェア等）"),
        Some(1),
        "two types count in both"
    );
    assert_eq!(
        y.by_section,
        [
            ("総務課".to_owned(), 2),
            ("不明".to_owned(), 1),
            ("税務課".to_owned(), 1)
        ]
    );
    assert_eq!(table::year_summary(&register, 2025).total, 1);
}

#[test]
fn the_printed_register_is_escaped_and_carries_the_year() {
    use incident_navi::core::register::print;
    let mut hostile = reportable("a");
    hostile.apply(Change::SetKnownOn(Some(date("2026-11-20"))), at(2));
    hostile.apply(Change::SetTitle("<script>x</script>".into()), at(5));
    let mut register = Register::default();
    register.take(sent(&hostile, "総務課"), at(10));
    let quiet = Incident::new("b".into(), &[IncidentKind::Malware], at(0));
    register.take(sent(&quiet, "<b>課</b>"), at(11));
    let today = date("2026-11-26");
    let rows: Vec<_> = register
        .select(&Filter::default(), Order::NextDeadline, today)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let html = print::html(&register, &rows, today);
    assert!(html.starts_with("<section class=\"report register-print\">"));
    assert!(html.contains("2026-11-26 現在　2件"));
    assert!(html.contains("<th>受付日時</th>") && html.contains("<th>メモ</th>"));
    assert!(
        !html.contains("<th>連絡先</th>"),
        "the CSV has every column; the page what fits"
    );
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;") && !html.contains("<script>"));
    assert!(html.contains("&lt;b&gt;課&lt;/b&gt; 1件"));
    assert!(html.contains("2026年の集計（2件）"));
    assert!(html.contains("11月 2件"));
    assert!(html.contains("1日超過"), "the overdue 速報");
    assert_eq!(html.matches("<tr><td>").count(), 2, "two rows of data");
}
