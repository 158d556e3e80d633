//! The report renderers: golden files for a full and an empty incident, hostile text, the .eml read
//! back by a real MIME parser, and JSON round trips over many generated incidents.
//! `UPDATE_GOLDEN=1 cargo test --test report` rewrites the golden files after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident, Status};
use incident_navi::core::playbook::{questions_for, tasks_for, IncidentKind};
use incident_navi::core::record;
use incident_navi::core::report::completeness::{Field, ReporterField};
use incident_navi::core::report::{self, completeness, eml, names, settings::Settings};
use incident_navi::core::time::{CivilDate, Timestamp};
use mail_parser::{MessageParser, MimeHeaders};

pub(crate) const NOW: Timestamp = Timestamp(1_795_612_440_000); // 2026-11-25 22:14 JST

pub(crate) fn settings() -> Settings {
    Settings {
        section: "総務部 情報企画課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
        secretariat_email: "it-saiteki@example.lg.jp".into(),
    }
}

pub(crate) fn at(minutes: i64) -> Timestamp {
    Timestamp(NOW.0 - 600 * 60_000 + minutes * 60_000)
}

/// Every question answered, every task done, a timeline with a correction.
pub(crate) fn full() -> Incident {
    let mut i = Incident::new("mhx3k2a-4f0zq".into(), &[IncidentKind::LossOrTheft], at(0));
    i.apply(Change::SetTitle("USBメモリ紛失（通勤電車）".into()), at(1));
    i.apply(Change::SetKnownOn(CivilDate::parse("2026-11-25")), at(1));
    for q in questions_for(&i.kinds) {
        let change = match q.id {
            "law.persons" => Change::EditAnswer(q.id.into(), "約250人".into()),
            "3.2.info.e" => Change::SetChoice(q.id.into(), "plain".into(), true),
            "3.3.severity.1" => Change::SetChoice(q.id.into(), "class-1".into(), true),
            "3.3.severity.3" => Change::SetChoice(q.id.into(), "citizens".into(), true),
            "law.protection" => Change::SetOnly(q.id.into(), "password-file".into()),
            "law.improper-confirmed" => Change::SetOnly(q.id.into(), "yes".into()),
            _ if !q.answer.options().is_empty() => Change::SetOnly(q.id.into(), "no".into()),
            _ => Change::EditAnswer(q.id.into(), format!("{}への回答", q.text.ja)),
        };
        i.apply(change, at(2));
    }
    for (n, m) in tasks_for(&i.kinds)
        .into_iter()
        .filter(|m| m.item.kind.is_task())
        .enumerate()
    {
        i.apply(Change::SetTaskDone(m.item, true), at(10 + n as i64));
    }
    i.apply(
        Change::SetTaskNote("notify-persons".into(), "250人に郵送で通知".into()),
        at(60),
    );
    i.apply(
        Change::AddEntry {
            at: at(5),
            text: "IT最適化係に電話".into(),
        },
        at(61),
    );
    i.apply(
        Change::CorrectEntry {
            seq: i.timeline.last().map(|e| e.seq).unwrap_or(1),
            text: "IT最適化係に電話（山田さん）".into(),
        },
        at(62),
    );
    i.apply(
        Change::SetPublicationHold(CivilDate::parse("2026-11-25")),
        at(63),
    );
    i.apply(
        Change::SetHoldReason("所属長判断。拡散状況を見て12月に再検討".into()),
        at(63),
    );
    i.apply(Change::SetStatus(Status::Closed), at(64));
    i
}

pub(crate) fn empty() -> Incident {
    let mut i = Incident::new(
        "abc123".into(),
        &[IncidentKind::Malware, IncidentKind::UnauthorizedAccess],
        at(0),
    );
    i.apply(Change::SetKnownOn(None), at(1));
    i
}

/// The .eml draft as the export screen makes it: the record with its sender attached.
pub(crate) fn draft_mail(incident: &Incident, s: &Settings, r: &report::Report) -> String {
    let json = record::encode_export(incident, &r.made_with, Some(&record::Sender::of(s)));
    eml::draft(
        s,
        r,
        &json,
        &names::file_name(incident, "json"),
        &incident.id,
        NOW,
    )
}

pub(crate) fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden"); // ok: test
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} missing: run with UPDATE_GOLDEN=1"));
    assert!(expected == actual, "{name} differs from its golden file; if intended, run UPDATE_GOLDEN=1 cargo test --test report");
}

mod content;
mod documents;
mod files;

#[test]
fn golden_full_and_empty() {
    for (name, incident, s) in [
        ("full", full(), settings()),
        ("empty", empty(), Settings::default()),
    ] {
        // A fixed build id: the golden files name the tool that wrote them.
        let r = report::build(&incident, &s, NOW).with_build("test123");
        golden(&format!("{name}.txt"), &report::text(&r));
        golden(&format!("{name}.html"), &report::html(&r));
        golden(&format!("{name}.eml"), &draft_mail(&incident, &s, &r));
    }
}

#[test]
fn full_report_is_final_and_empty_one_is_preliminary_with_gaps_marked() {
    let r = report::build(&full(), &settings(), NOW);
    assert!(
        !r.preliminary,
        "{:?}",
        completeness::gaps(&full(), &settings())
    );
    assert_eq!(
        r.subject,
        "【情報セキュリティ事故報告】総務部 情報企画課 紛失・盗難 2026-11-25 USBメモリ紛失（通勤電車） [a4f0zq]"
    );
    let text = report::text(&r);
    for heading in [
        "■ 概要",
        "■ 事実関係",
        "■ 初動対応",
        "■ 調査・被害の重要度",
        "■ 通知・報告・公表",
        "■ 抑制措置と復旧",
        "■ タイムライン",
        "■ 未完了の事項",
        "■ 個人情報保護委員会への報告事項",
    ] {
        assert!(text.contains(heading), "{heading}");
    }
    assert!(text.contains("本人の数: 約250人"));
    // What was done for the persons, in words, then the manual's task as ticked (issue 25).
    assert!(text.contains(
        "本人への対応の実施状況: 本人への対応の内容（いつ、誰に、どのように通知・謝罪したか）への回答 / 実施済み"
    ));
    let e = empty();
    let r = report::build(&e, &Settings::default(), NOW);
    assert!(r.preliminary);
    let text = report::text(&r);
    assert!(text.starts_with("情報セキュリティ事故報告（速報）"));
    assert!(text.contains("事故を知った日: 未確認"));
    assert!(text.contains("【情報セキュリティ事故報告】所属未記入 不正プログラム（ウイルス、スパイウェア等）・不正アクセス 発覚日未確認"));
    let gaps = completeness::gaps(&e, &Settings::default());
    assert!(gaps.iter().any(|g| g.target == Field::KnownOn));
    assert!(gaps
        .iter()
        .any(|g| g.target == Field::Reporter(ReporterField::Section)));
    assert!(gaps
        .iter()
        .any(|g| g.label.ja == "未完了のタスク" && g.count > 20));
}

#[test]
fn hostile_text_stays_text() {
    let mut i = empty();
    let hostile = "<script>alert(1)</script>\r\nBcc: evil@example.com\r\n\r\n本文😀 \u{202e}";
    i.apply(Change::SetTitle(hostile.into()), at(1));
    i.apply(
        Change::EditAnswer("3.2.info.a".into(), "x".repeat(20_000)),
        at(2),
    );
    let s = Settings {
        section: "課\r\nBcc: evil@example.com".into(),
        ..Settings::default()
    }
    .cleaned();
    let r = report::build(&i, &s, NOW);
    let html = report::html(&r);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    assert!(!r.subject.contains('\n') && !r.subject.contains('\r'));
    let mut hostile_build = r.clone();
    hostile_build.made_with = "0.1.0\r\nX-Injected: 1".into();
    let mail = eml::draft(
        &s,
        &hostile_build,
        &record::encode(&i),
        &names::file_name(&i, "json"),
        &i.id,
        NOW,
    );
    let headers = &mail[..mail.find("\r\n\r\n").expect("headers end")]; // ok: test
    assert!(!headers.to_lowercase().contains("bcc"), "{headers}");
    assert!(!headers.contains("\r\nX-Injected"), "{headers}");
    let parsed = MessageParser::default()
        .parse(mail.as_bytes())
        .expect("parses"); // ok: test
    assert!(parsed
        .subject()
        .is_some_and(|s| s.contains("所属") || s.contains("課")));
    assert!(parsed
        .body_text(0)
        .is_some_and(|b| b.contains("本文😀") && b.contains(&"x".repeat(20_000))));
}
