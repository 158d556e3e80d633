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

const NOW: Timestamp = Timestamp(1_795_612_440_000); // 2026-11-25 22:14 JST

fn settings() -> Settings {
    Settings {
        section: "総務部 情報企画課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
        secretariat_email: "it-saiteki@example.lg.jp".into(),
    }
}

fn at(minutes: i64) -> Timestamp {
    Timestamp(NOW.0 - 600 * 60_000 + minutes * 60_000)
}

/// Every question answered, every task done, a timeline with a correction.
fn full() -> Incident {
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

fn empty() -> Incident {
    let mut i = Incident::new(
        "abc123".into(),
        &[IncidentKind::Malware, IncidentKind::UnauthorizedAccess],
        at(0),
    );
    i.apply(Change::SetKnownOn(None), at(1));
    i
}

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden"); // ok: test
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} missing: run with UPDATE_GOLDEN=1"));
    assert!(expected == actual, "{name} differs from its golden file; if intended, run UPDATE_GOLDEN=1 cargo test --test report");
}

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
        let json = record::encode_export(&incident, &r.made_with, Some(&record::Sender::of(&s)));
        golden(
            &format!("{name}.eml"),
            &eml::draft(
                &s,
                &r,
                &json,
                &names::file_name(&incident, "json"),
                &incident.id,
                NOW,
            ),
        );
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
    assert!(text.contains("本人への対応の実施状況: 実施済み"));
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

#[test]
fn eml_reads_back_with_a_real_mime_parser() {
    let incident = full();
    let s = settings();
    let r = report::build(&incident, &s, NOW);
    let body = report::text(&r);
    let json = record::encode(&incident);
    let mail = eml::draft(
        &s,
        &r,
        &json,
        &names::file_name(&incident, "json"),
        &incident.id,
        NOW,
    );
    assert!(mail.contains("X-Unsent: 1\r\n"));
    assert!(mail.contains(&format!("X-Mailer: incident-navi {}\r\n", r.made_with)));
    let parsed = MessageParser::default()
        .parse(mail.as_bytes())
        .expect("parses"); // ok: test
    assert_eq!(parsed.subject(), Some(r.subject.as_str()));
    assert_eq!(
        parsed
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some("it-saiteki@example.lg.jp")
    );
    assert_eq!(
        parsed.body_text(0).map(|b| b.replace("\r\n", "\n")),
        Some(body)
    );
    let attachment = parsed.attachment(0).expect("the JSON is attached"); // ok: test
    assert_eq!(
        attachment.attachment_name(),
        Some(names::file_name(&incident, "json").as_str())
    );
    let attached = std::str::from_utf8(attachment.contents()).expect("utf-8"); // ok: test
    assert_eq!(record::decode(attached), Ok(incident));
}

#[test]
fn file_names_are_safe() {
    let i = full();
    assert_eq!(
        names::file_name(&i, "eml"),
        "incident-20261125-loss-theft-a4f0zq.eml"
    );
    assert_eq!(
        names::file_name(&empty(), "txt"),
        "incident-20261125-malware-abc123.txt",
        "no 知った日 yet: the day it was recorded"
    );
}

/// A small deterministic generator (no dependency): xorshift.
struct Gen(u64);
impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
    fn text(&mut self) -> String {
        let pieces = [
            "紛失", "USB", "😀", "<b>", "\"q\"", "\\", "\n", "\r\n", " ", "ｶﾅ", "\u{0}", "𠮷", "'",
            "&amp;",
        ];
        (0..self.next() % 12).map(|_| *self.pick(&pieces)).collect()
    }
}

#[test]
fn json_round_trips_over_generated_incidents() {
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    for n in 0..300 {
        let kinds: Vec<IncidentKind> = (0..1 + g.next() % 3)
            .map(|_| *g.pick(&IncidentKind::ALL))
            .collect();
        let mut i = Incident::new(
            format!("gen-{n}"),
            &kinds,
            Timestamp((g.next() % 2_000_000_000_000) as i64),
        );
        for step in 0..(g.next() % 40) {
            let at = Timestamp(i.updated_at.0 + step as i64 * 1000);
            let questions = questions_for(&i.kinds);
            let tasks = tasks_for(&i.kinds);
            let change = match g.next() % 8 {
                0 => Change::SetTitle(g.text()),
                1 => Change::EditAnswer(g.pick(&questions).id.into(), g.text()),
                2 => Change::SetTaskDone(g.pick(&tasks).item, g.next().is_multiple_of(2)),
                3 => Change::SetTaskNote(g.pick(&tasks).item.task_key().into(), g.text()),
                4 => Change::AddEntry { at, text: g.text() },
                5 => Change::SetKnownOn(Some(CivilDate::from_days_since_epoch(
                    (g.next() % 30_000) as i64,
                ))),
                6 => Change::SetOnly(g.pick(&questions).id.into(), "yes".into()),
                _ => Change::SetKind(*g.pick(&IncidentKind::ALL), g.next().is_multiple_of(2)),
            };
            i.apply(change, at);
        }
        let json = record::encode(&i);
        assert_eq!(
            record::decode(&json).as_ref(),
            Ok(&i),
            "incident {n}: {json}"
        );
    }
}

/// Each group of unanswered questions counts its own questions and links to its first one.
#[test]
fn gaps_group_questions_by_what_they_are_for() {
    use incident_navi::core::playbook::questions::QuestionGroup;
    let e = empty();
    let gaps = completeness::gaps(&e, &Settings::default());
    let asked: Vec<_> = questions_for(&e.kinds)
        .into_iter()
        .filter(|q| q.is_asked(&e))
        .collect();
    for (label, group) in [
        ("事実関係の未回答", QuestionGroup::Facts),
        ("報告義務の判断に使う質問の未回答", QuestionGroup::Legal),
        ("被害の重要度の未回答", QuestionGroup::Severity),
    ] {
        let gap = gaps
            .iter()
            .find(|g| g.label.ja == label)
            .unwrap_or_else(|| panic!("no gap {label}"));
        let of_group: Vec<_> = asked.iter().filter(|q| q.group == group).collect();
        assert_eq!(gap.count, of_group.len(), "{label}");
        assert_eq!(gap.target, Field::Question(of_group[0]), "{label}");
    }
    let reporter = gaps
        .iter()
        .find(|g| g.label.ja.starts_with("外部からの通報者"))
        .map(|g| g.target);
    let first_reporter = asked.iter().find(|q| q.group == QuestionGroup::Reporter);
    assert_eq!(reporter, first_reporter.map(|q| Field::Question(q)));
}

/// Found while typing the manual's identities (issue 14): the PPC form's 原因 took the sixth fact
/// question by position, which for 3-4 (six questions) is "how it came to light". Each type now
/// names its "why" and "how found" questions.
#[test]
fn the_cause_is_the_why_question_for_every_type() {
    for kind in IncidentKind::ALL {
        let g = kind.guide();
        let mut i = Incident::new("cause-1".into(), &[kind], at(0));
        i.apply(
            Change::EditAnswer(g.cause.id.into(), "原因の答え".into()),
            at(1),
        );
        i.apply(
            Change::EditAnswer(g.discovery.id.into(), "発覚の答え".into()),
            at(1),
        );
        let text = report::text(&report::build(&i, &settings(), NOW));
        assert!(text.contains("原因: 原因の答え"), "{kind:?}");
        assert!(text.contains("概要: 発覚の答え"), "{kind:?}");
        assert!(g.cause.text.ja.contains("なぜ"), "{kind:?}");
        assert!(g.discovery.text.ja.contains("発覚"), "{kind:?}");
        assert!(g.facts.iter().any(|q| q.id == g.cause.id));
        assert!(g.facts.iter().any(|q| q.id == g.discovery.id));
    }
}

/// The PPC form's "二次被害" line follows its task: nothing yet, a note only, or done.
#[test]
fn ppc_form_reads_the_state_of_its_tasks() {
    use incident_navi::core::playbook::SharedTask;
    let key = SharedTask::SecondaryDamage.key();
    let mut i = Incident::new("task-state".into(), &[IncidentKind::LossOrTheft], at(0));
    let item = tasks_for(&i.kinds)
        .into_iter()
        .find(|m| m.item.task_key() == key)
        .map(|m| m.item)
        .expect("3-1 checks for secondary damage"); // ok: test
    let line = |i: &Incident| {
        report::text(&report::build(i, &settings(), NOW))
            .lines()
            .find(|l| l.starts_with("二次被害又はそのおそれの有無及びその内容: "))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    assert!(line(&i).ends_with(": 未確認"), "{}", line(&i));
    i.apply(Change::SetTaskNote(key.into(), "   ".into()), at(1));
    assert!(line(&i).ends_with(": 未確認"), "a blank note is nothing");
    i.apply(
        Change::SetTaskNote(key.into(), "オークションを確認中".into()),
        at(2),
    );
    assert!(
        line(&i).ends_with(": 未実施（オークションを確認中）"),
        "{}",
        line(&i)
    );
    i.apply(Change::SetTaskDone(item, true), at(3));
    assert!(line(&i).contains(": 実施済み "), "{}", line(&i));
    assert!(
        line(&i).ends_with("（オークションを確認中）"),
        "{}",
        line(&i)
    );
    i.apply(Change::SetTaskNote(key.into(), String::new()), at(4));
    assert!(!line(&i).contains("（"), "{}", line(&i));
}

/// A duty marked done is a duty record, not a task: the report shows it beside its verdict, with
/// the time; unticking takes it away; both are logged.
#[test]
fn a_duty_marked_done_is_recorded_apart_from_the_tasks_and_reported() {
    use incident_navi::core::obligations::DutyKind;
    let key = DutyKind::Police.key();
    let mut i = Incident::new("duty-done".into(), &[IncidentKind::LossOrTheft], at(0));
    let line = |i: &Incident| {
        report::text(&report::build(i, &settings(), NOW))
            .lines()
            .find(|l| l.starts_with("警察への届出・相談: "))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    assert!(!line(&i).is_empty(), "the police duty has a line");
    assert!(!line(&i).contains("[実施済み"), "{}", line(&i));
    assert!(i.apply(Change::SetDutyDone(key, "警察への届出・相談", true), at(5)));
    assert_eq!(i.duty_done_at(key), Some(at(5)));
    assert!(i.tasks.is_empty(), "not a task");
    let done = format!(" [実施済み {}]", at(5).jst_minute());
    assert!(line(&i).contains(&done), "{}", line(&i));
    assert_eq!(
        i.timeline.last().map(|e| e.text.as_str()),
        Some("完了: 警察への届出・相談")
    );
    assert!(
        !i.apply(Change::SetDutyDone(key, "警察への届出・相談", true), at(6)),
        "ticking again changes nothing"
    );
    assert_eq!(i.duty_done_at(key), Some(at(5)), "and keeps the first time");
    assert!(i.apply(Change::SetDutyDone(key, "警察への届出・相談", false), at(7)));
    assert_eq!(i.duty_done_at(key), None);
    assert!(!line(&i).contains("[実施済み"), "{}", line(&i));
    assert_eq!(
        i.timeline.last().map(|e| e.text.as_str()),
        Some("未完了に戻す: 警察への届出・相談")
    );
}

/// Issue 13: two reports of one section on one day had the same subject. The subject carries the
/// title (cut to 30 characters) and the short id that the file names carry too.
#[test]
fn the_subject_tells_two_reports_of_one_day_apart() {
    let mut a = Incident::new("mhx3k2a-4f0zq".into(), &[IncidentKind::LossOrTheft], at(0));
    a.known_on = CivilDate::parse("2026-11-25");
    let mut b = a.clone();
    b.id = "mhx3k2a-9b1xy".into();
    let s = settings();
    assert_ne!(names::subject(&a, &s), names::subject(&b, &s));
    assert!(
        names::subject(&a, &s).ends_with("2026-11-25 [a4f0zq]"),
        "no title, no double space"
    );
    assert_eq!(names::short_id(&a), "a4f0zq");
    assert_eq!(
        names::short_id(&Incident {
            id: "ab".into(),
            ..a.clone()
        }),
        "ab"
    );
    a.title = format!("{}\nBcc: x@example.jp", "長".repeat(40));
    let subject = names::subject(&a, &s);
    assert!(
        subject.contains(&format!(
            " {} [a4f0zq]",
            "長".repeat(names::SUBJECT_TITLE_CHARS)
        )),
        "{subject}"
    );
    assert!(
        !subject.contains('\n') && !subject.contains("Bcc"),
        "{subject}"
    );
    assert!(names::file_name(&a, "json").ends_with("-a4f0zq.json"));
}
