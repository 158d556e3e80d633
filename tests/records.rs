//! Stored records across versions: drafts written by the first release (schema 1, fixtures made
//! by that release's own code) still open, and a newer version's records are refused, not misread.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Status};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::record::{self, RecordError, MAX_RECORD_BYTES, SCHEMA_VERSION};
use incident_navi::core::time::{CivilDate, Timestamp};

const V1_FULL: &str = include_str!("fixtures/records/v1/full.json");
const V1_DELETED: &str = include_str!("fixtures/records/v1/deleted.json");
const V1_EMPTY: &str = include_str!("fixtures/records/v1/empty.json");

#[test]
fn records_of_the_first_release_still_open_whole() {
    assert!(V1_FULL.starts_with(r#"{"schema":1,"#));
    let full = record::decode(V1_FULL).expect("a v1 record opens"); // ok: test
    assert_eq!(full.id, "v1full-abc12");
    assert_eq!(full.title, "USBメモリ紛失（v1で作成）");
    assert_eq!(
        full.kinds,
        vec![IncidentKind::LossOrTheft, IncidentKind::P2pLeak]
    );
    assert_eq!(full.known_on, CivilDate::parse("2026-11-20"));
    assert_eq!(full.status, Status::Closed);
    assert_eq!(
        full.answers.get("law.persons").map(|a| a.text.as_str()),
        Some("約1万人")
    );
    assert_eq!(
        full.answers.get("3.2.info.e").map(|a| a.choices.clone()),
        Some(vec!["encrypted".to_owned()])
    );
    assert!(full.tasks.len() >= 12);
    assert_eq!(
        full.tasks.get("police-report").map(|t| t.note.as_str()),
        Some("受理番号 123")
    );
    // The first release kept a duty marked done among the tasks; it reads as a duty.
    assert_eq!(
        full.duty_done_at("duty.ppc-preliminary").map(|t| t.0),
        Some(1_795_000_360_000)
    );
    assert!(!full.tasks.contains_key("duty.ppc-preliminary"));
    assert!(full.timeline.iter().any(|e| e.text == "事務局に電話"));
    assert_eq!(full.publication_hold, None);
    let deleted = record::decode(V1_DELETED).expect("deleted v1 opens"); // ok: test
    assert!(deleted.deleted_at.is_some());
    let empty = record::decode(V1_EMPTY).expect("empty v1 opens"); // ok: test
    assert!(empty.answers.is_empty() && empty.known_on.is_some());
}

#[test]
fn a_migrated_record_is_written_as_today_s_version_and_reads_back_the_same() {
    let mut full = record::decode(V1_FULL).expect("v1"); // ok: test
    full.apply(
        Change::SetPublicationHold(CivilDate::parse("2026-11-21")),
        Timestamp(1_795_100_000_000),
    );
    full.apply(
        Change::SetHoldReason("拡散を避けるため".into()),
        Timestamp(1_795_100_000_000),
    );
    let text = record::encode(&full);
    assert!(text.starts_with(&format!(r#"{{"schema":{SCHEMA_VERSION},"#)));
    assert_eq!(SCHEMA_VERSION, 3);
    assert_eq!(record::decode(&text), Ok(full));
}

#[test]
fn a_newer_version_s_record_is_refused_and_named() {
    // 4 is a drill's file (issue 26): the next version past it is a newer tool's.
    let newer = V1_FULL.replacen(r#"{"schema":1,"#, r#"{"schema":5,"#, 1);
    assert_eq!(record::decode(&newer), Err(RecordError::UnknownSchema(5)));
    assert_eq!(
        record::peek_title(&newer).as_deref(),
        Some("USBメモリ紛失（v1で作成）")
    );
    assert_eq!(record::peek_title("{not json"), None);
    assert_eq!(
        record::peek_title(r#"{"schema":9,"incident":{"title":"  "}}"#),
        None
    );
    assert_eq!(
        record::peek_title(r#"{"schema":9,"incident":{"title":"a\u0007b"}}"#).as_deref(),
        Some("ab")
    );
}

/// The stored form (schema 4): a head and a timeline, read back as the incident whole; older
/// stored records (the timeline inside) still read; damage in either part is refused.
#[test]
fn the_stored_form_is_a_head_and_a_timeline() {
    let mut full = record::decode(V1_FULL).expect("v1"); // ok: test
    full.apply(Change::SetTitle("改".into()), Timestamp(1_795_000_000_000));
    let head = record::encode_stored_head(&full);
    let timeline = record::encode_stored_timeline(&full);
    assert!(
        !head.contains("事務局に電話"),
        "the head leaves the timeline out"
    );
    assert_eq!(record::stored_revision(&head), Some(full.revision));
    assert_eq!(
        record::decode_stored(&head, Some(&timeline)),
        Ok(full.clone())
    );
    let none = record::decode_stored(&head, None).expect("no timeline yet"); // ok: test
    assert!(none.timeline.is_empty());
    // A stored record of the first releases (file form, schema 1 or 2): the timeline inside, no
    // separate part. (No build stored the file form of schema 3, which is a stored head's number.)
    assert_eq!(
        record::decode_stored(V1_FULL, None),
        record::decode(V1_FULL)
    );
    assert!(record::decode_stored(V1_FULL, None).is_ok());
    assert_eq!(record::stored_revision(V1_FULL), None);
    // Only a head with its timeline apart waits for it (timelines in IndexedDB, issue 11).
    assert!(record::timeline_apart(&head));
    assert!(
        !record::timeline_apart(V1_FULL),
        "the first releases' carry theirs"
    );
    assert!(!record::timeline_apart("{broken"));
    assert!(matches!(
        record::decode_stored(&head, Some("[{broken")),
        Err(RecordError::Invalid(_))
    ));
    let lying = head.replacen(
        &format!(r#""revision":{}"#, full.revision),
        r#""revision":999999"#,
        1,
    );
    assert!(matches!(
        record::decode_stored(&lying, Some(&timeline)),
        Err(RecordError::Invalid(_))
    ));
    // 5 is a drill's head (issue 26): the next version past it is a newer tool's.
    let newer = head.replacen(r#""schema":4"#, r#""schema":6"#, 1);
    assert_eq!(
        record::decode_stored(&newer, Some(&timeline)),
        Err(RecordError::UnknownSchema(6))
    );
    // At the limit exactly, a timeline still reads; one byte more is refused.
    let at_limit = format!("[{}]", " ".repeat(MAX_RECORD_BYTES - 2));
    assert!(record::decode_stored(&head, Some(&at_limit)).is_ok());
    let huge = "x".repeat(MAX_RECORD_BYTES + 1);
    assert_eq!(
        record::decode_stored(&head, Some(&huge)),
        Err(RecordError::TooLarge(MAX_RECORD_BYTES + 1))
    );
    assert_eq!(
        record::stored_revision(r#"{"schema":4,"revision":12,"#),
        Some(12)
    );
    assert_eq!(record::stored_revision(r#"{"schema":4,"revision":"#), None);
    // An older head is read whole to learn its revision.
    assert_eq!(record::stored_revision(V3_HEAD), None);
}

const V3_HEAD: &str = include_str!("fixtures/records/v3-stored/head.json");
const V3_TIMELINE: &str = include_str!("fixtures/records/v3-stored/timeline.json");

/// Drafts as the previous build stored them (stored schema 3, written by that build's own code):
/// they open whole, with the duties marked done moved out of the tasks, and the next save
/// writes today's version.
#[test]
fn drafts_stored_by_the_previous_build_still_open() {
    assert!(V3_HEAD.starts_with(r#"{"schema":3,"revision":14,"#));
    let draft = record::decode_stored(V3_HEAD, Some(V3_TIMELINE)).expect("a v3 draft opens"); // ok: test
    assert_eq!(draft.title, "メール誤送信（v3で保存）");
    assert_eq!(draft.revision, 14);
    assert_eq!(draft.timeline.len(), 10);
    assert_eq!(
        draft.duty_done_at("duty.ppc-preliminary").map(|t| t.0),
        Some(1_795_705_270_325)
    );
    assert_eq!(
        draft.duty_done_at("duty.notice-to-persons").map(|t| t.0),
        Some(1_795_705_270_374)
    );
    assert_eq!(draft.duties.len(), 2);
    assert_eq!(
        draft.tasks.keys().collect::<Vec<_>>(),
        ["reporter-contact"],
        "only the manual's task stays a task"
    );
    assert_eq!(
        draft.answers.get("law.persons").map(|a| a.text.as_str()),
        Some("約120人")
    );
    let head = record::encode_stored_head(&draft);
    assert!(head.starts_with(r#"{"schema":4,"#));
    let again = record::decode_stored(&head, Some(&record::encode_stored_timeline(&draft)));
    assert_eq!(again, Ok(draft));
}

/// Issue 13: an exported report names who sent it and with which tool; the secretariat reads
/// both back, cleaned. Files of the first release name neither and are still taken in.
#[test]
fn a_report_names_its_sender_and_the_register_reads_it_back() {
    use incident_navi::core::report::settings::Settings;
    let full = record::decode(V1_FULL).expect("v1"); // ok: test
    let settings = Settings {
        section: "総務部 情報企画課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
        secretariat_email: "it@example.lg.jp".into(),
    };
    let sender = record::Sender::of(&settings);
    let text = record::encode_export(&full, "0.1.0 (abc1234)", Some(&sender));
    assert!(
        !text.contains("it@example.lg.jp"),
        "the receiver's address is not sent"
    );
    let received = record::decode_received(&text).expect("reads"); // ok: test
    assert_eq!(received.incident, full);
    assert_eq!(received.sender, Some(sender));
    assert_eq!(received.made_with.as_deref(), Some("0.1.0 (abc1234)"));
    // The first release's file: no sender, no tool.
    let old = record::decode_received(V1_FULL).expect("v1 reads"); // ok: test
    assert_eq!((old.sender, old.made_with), (None, None));
    // Hostile values are cut and cleaned; a sender of the wrong shape reads as unknown.
    let hostile = record::encode_export(
        &full,
        &format!("0.1.0\r\nX-Evil: 1{}", "x".repeat(100)),
        Some(&record::Sender {
            section: format!("総務部\r\n{}", "あ".repeat(300)),
            reporter: String::new(),
            contact: "\u{7}内線".into(),
        }),
    );
    let r = record::decode_received(&hostile).expect("reads"); // ok: test
    let s = r.sender.expect("a sender"); // ok: test
    assert_eq!(s.section.chars().count(), 200);
    assert!(s.section.starts_with("総務部あ"), "{}", &s.section[..20]);
    assert_eq!(s.contact, "内線");
    let made_with = r.made_with.unwrap_or_default();
    assert!(made_with.starts_with("0.1.0X-Evil: 1") && made_with.chars().count() == 60);
    let wrong = text.replacen(r#""sender":{"#, r#""sender":5,"ignored":{"#, 1);
    let r = record::decode_received(&wrong).expect("still taken in"); // ok: test
    assert_eq!(r.sender, None);
    assert_eq!(r.incident, full);
    assert!(record::decode_received("{broken").is_err());
}
