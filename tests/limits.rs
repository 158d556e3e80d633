//! Every size limit of stored records and backups at its edge: exactly at the limit is accepted,
//! one over is refused, each field on its own. Also the merge's tie-breaks and the error words
//! that go into the unreadable-data download. (Mutation testing found each of these unguarded.)
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::backup::{self, BackupError, MAX_BACKUP_BYTES, MAX_INCIDENTS};
use incident_navi::core::incident::{
    Answer, EntrySource, Incident, TaskRecord, TimelineEntry, MAX_TEXT_CHARS,
};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::record::{self, RecordError, MAX_RECORD_BYTES};
use incident_navi::core::sorted::SortedMap;
use incident_navi::core::time::Timestamp;
use std::rc::Rc;

fn incident(id: &str) -> Incident {
    Incident::new(
        id.into(),
        &[IncidentKind::Malware],
        Timestamp(1_795_000_000_000),
    )
}

fn round_trip(i: &Incident) -> Result<Incident, RecordError> {
    record::decode(&record::encode(i))
}

fn invalid(i: &Incident) -> bool {
    matches!(round_trip(i), Err(RecordError::Invalid(_)))
}

#[test]
fn each_field_at_its_limit_is_kept_and_one_more_is_refused() {
    let long = |n: usize| "あ".repeat(n);
    // Title.
    let mut i = incident("limits-1");
    i.title = long(MAX_TEXT_CHARS);
    assert!(round_trip(&i).is_ok(), "a title of exactly the limit");
    i.title = long(MAX_TEXT_CHARS + 1);
    assert!(invalid(&i));
    // A task's note, and a task's key.
    let mut i = incident("limits-2");
    i.tasks.insert(
        "k".repeat(100),
        TaskRecord {
            done_at: None,
            note: long(MAX_TEXT_CHARS),
        },
    );
    assert!(round_trip(&i).is_ok());
    let mut j = i.clone();
    j.tasks.insert("k".repeat(101), TaskRecord::default());
    assert!(invalid(&j), "a task key over 100 bytes");
    let mut j = i.clone();
    j.tasks.insert(
        "t".into(),
        TaskRecord {
            done_at: None,
            note: long(MAX_TEXT_CHARS + 1),
        },
    );
    assert!(invalid(&j), "a note over the limit");
    // A duty's record: the same limits as a task's.
    let mut i = incident("limits-5");
    i.duties.insert(
        "d".repeat(100),
        TaskRecord {
            done_at: Some(Timestamp(1)),
            note: long(MAX_TEXT_CHARS),
        },
    );
    assert!(
        round_trip(&i).is_ok(),
        "a duty key of 100 bytes, a note at the limit"
    );
    let mut j = i.clone();
    j.duties.insert("d".repeat(101), TaskRecord::default());
    assert!(invalid(&j), "a duty key over 100 bytes");
    let mut j = i.clone();
    j.duties.insert(
        "e".into(),
        TaskRecord {
            done_at: None,
            note: long(MAX_TEXT_CHARS + 1),
        },
    );
    assert!(invalid(&j), "a duty note over the limit");
    // An answer's key, text and number of choices.
    let mut i = incident("limits-3");
    let choices: Vec<String> = (0..50).map(|n| n.to_string()).collect();
    i.answers.insert(
        "q".repeat(100),
        Answer {
            text: long(MAX_TEXT_CHARS),
            choices: choices.clone(),
        },
    );
    assert!(round_trip(&i).is_ok());
    for bad in [
        ("q".repeat(101), Answer::default()),
        (
            "a".into(),
            Answer {
                text: long(MAX_TEXT_CHARS + 1),
                choices: vec![],
            },
        ),
        (
            "b".into(),
            Answer {
                text: String::new(),
                choices: (0..51).map(|n| n.to_string()).collect(),
            },
        ),
    ] {
        let mut j = i.clone();
        j.answers.insert(bad.0.clone(), bad.1);
        assert!(invalid(&j), "answer {:?}", &bad.0[..bad.0.len().min(10)]);
    }
    // A timeline entry.
    let entry = |text: String| TimelineEntry {
        seq: 1,
        at: Timestamp(0),
        recorded_at: Timestamp(0),
        source: EntrySource::Manual,
        text,
        corrects: None,
    };
    let mut i = incident("limits-4");
    i.timeline.push(entry(long(MAX_TEXT_CHARS)));
    assert!(round_trip(&i).is_ok());
    i.timeline.push(entry(long(MAX_TEXT_CHARS + 1)));
    assert!(invalid(&i));
}

#[test]
fn a_record_of_exactly_the_limit_is_read_and_one_byte_more_is_too_large() {
    // A big, valid record (three 20,000-character fields) is well under the limit and reads.
    let mut i = incident("limits-5");
    i.title = "あ".repeat(MAX_TEXT_CHARS);
    i.answers.insert(
        "a".into(),
        Answer {
            text: "い".repeat(MAX_TEXT_CHARS),
            choices: vec![],
        },
    );
    assert!(record::encode(&i).len() > 100_000);
    assert_eq!(round_trip(&i), Ok(i));
    let padded = |len: usize| {
        let head = r#"{"schema":2,"incident":""#;
        format!("{head}{}\"}}", "x".repeat(len - head.len() - 2))
    };
    let at_limit = padded(MAX_RECORD_BYTES);
    assert_eq!(at_limit.len(), MAX_RECORD_BYTES);
    assert!(!matches!(
        record::decode(&at_limit),
        Err(RecordError::TooLarge(_))
    ));
    let over = padded(MAX_RECORD_BYTES + 1);
    assert_eq!(
        record::decode(&over),
        Err(RecordError::TooLarge(MAX_RECORD_BYTES + 1))
    );
}

fn backup_of(records: &[String]) -> String {
    format!(
        r#"{{"format":"incident-navi-backup","version":1,"saved_at":0,"incidents":[{}]}}"#,
        records.join(",")
    )
}

#[test]
fn backup_limits_at_their_edges() {
    // The file.
    let file = |len: usize| " ".repeat(len);
    // Exactly the backup limit is read (and, being no backup, is too large for one incident).
    assert_eq!(
        backup::decode(&file(MAX_BACKUP_BYTES)),
        Err(BackupError::IncidentFileTooLarge(MAX_BACKUP_BYTES))
    );
    assert_eq!(
        backup::decode(&file(MAX_BACKUP_BYTES + 1)),
        Err(BackupError::TooLarge(MAX_BACKUP_BYTES + 1))
    );
    // The number of incidents.
    let records: Vec<String> = (0..MAX_INCIDENTS)
        .map(|n| record::encode(&incident(&format!("b-{n}"))))
        .collect();
    assert_eq!(
        backup::decode(&backup_of(&records)).map(|v| v.len()),
        Ok(MAX_INCIDENTS)
    );
    let mut one_more = records.clone();
    one_more.push(record::encode(&incident("b-extra")));
    assert_eq!(
        backup::decode(&backup_of(&one_more)),
        Err(BackupError::TooMany(MAX_INCIDENTS + 1))
    );
    // One incident inside a backup: exactly the record limit is not "too large"; one more is,
    // and the error names which incident.
    let good = record::encode(&incident("b-good"));
    let big = |len: usize| {
        let head = r#"{"schema":2,"incident":""#;
        format!("{head}{}\"}}", "x".repeat(len - head.len() - 2))
    };
    let at_limit = backup::decode(&backup_of(&[good.clone(), big(MAX_RECORD_BYTES)]));
    assert!(
        matches!(at_limit, Err(BackupError::BadIncident(2, e)) if !matches!(e, RecordError::TooLarge(_)))
    );
    let over = backup::decode(&backup_of(&[good, big(MAX_RECORD_BYTES + 1)]));
    assert_eq!(
        over,
        Err(BackupError::BadIncident(
            2,
            RecordError::TooLarge(MAX_RECORD_BYTES + 1)
        ))
    );
}

#[test]
fn merge_tie_breaks() {
    let stamp = |mut i: Incident, at: i64, revision: u64| {
        i.updated_at = Timestamp(at);
        i.revision = revision;
        i
    };
    let current = |i: &Incident| -> SortedMap<Rc<Incident>> {
        [(i.id.clone(), Rc::new(i.clone()))].into_iter().collect()
    };
    // Same time and revision in the file: not newer, kept.
    let ours = stamp(incident("m-1"), 10, 3);
    let mut same = ours.clone();
    same.title = "the file's words".into();
    let plan = backup::plan_merge(&current(&ours), vec![same]);
    assert_eq!((plan.kept, plan.newer_in_file.len()), (1, 0));
    // A deleted draft: the file's copy comes back when it is newer, ours when the times tie.
    let mut deleted = stamp(incident("m-2"), 10, 3);
    deleted.deleted_at = Some(Timestamp(10));
    deleted.title = "ours".into();
    let mut tie = stamp(incident("m-2"), 10, 3);
    tie.title = "file, same time".into();
    let plan = backup::plan_merge(&current(&deleted), vec![tie]);
    assert_eq!(
        plan.deleted_here
            .iter()
            .map(|i| i.title.as_str())
            .collect::<Vec<_>>(),
        ["ours"]
    );
    let mut newer = stamp(incident("m-2"), 11, 3);
    newer.title = "file, newer".into();
    let plan = backup::plan_merge(&current(&deleted), vec![newer]);
    assert_eq!(
        plan.deleted_here
            .iter()
            .map(|i| i.title.as_str())
            .collect::<Vec<_>>(),
        ["file, newer"]
    );
}

#[test]
fn error_words_for_the_download_name_the_problem() {
    assert_eq!(RecordError::TooLarge(5).to_string(), "too large (5 bytes)");
    assert_eq!(
        RecordError::UnknownSchema(3).to_string(),
        "unknown schema version 3"
    );
    assert!(RecordError::NotARecord("x".into())
        .to_string()
        .contains("not an incident record: x"));
    assert!(RecordError::Invalid("id".into())
        .to_string()
        .contains("invalid incident: id"));
    assert_eq!(
        BackupError::TooLarge(9).to_string(),
        "file too large (9 bytes)"
    );
    assert_eq!(
        BackupError::IncidentFileTooLarge(9).to_string(),
        "incident file too large (9 bytes)"
    );
    assert_eq!(
        BackupError::TooMany(2001).to_string(),
        "too many incidents (2001)"
    );
    assert!(BackupError::NotABackup
        .to_string()
        .contains("not an incident-navi backup"));
    assert_eq!(
        BackupError::BadIncident(2, RecordError::TooLarge(1)).to_string(),
        "incident 2: too large (1 bytes)"
    );
}

#[test]
fn a_v1_record_never_carries_a_hold_into_today_s_shape() {
    // Version 1 had no publication hold; a field by that name in a v1 record is not one.
    let v1 = include_str!("fixtures/records/v1/empty.json").replacen(
        r#""deleted_at":null"#,
        r#""deleted_at":null,"publication_hold":{"reason":"x"}"#,
        1,
    );
    assert!(v1.contains("publication_hold"));
    assert_eq!(record::decode(&v1).map(|i| i.publication_hold), Ok(None));
}

/// The screens state these limits in words ("上限は4 MB", "32 MB", "2,000件"): the constants must
/// say the same.
#[test]
fn the_limits_are_the_ones_the_screens_state() {
    assert_eq!(MAX_RECORD_BYTES, 4_194_304);
    assert_eq!(MAX_BACKUP_BYTES, 33_554_432);
    assert_eq!(MAX_INCIDENTS, 2_000);
    assert_eq!(MAX_TEXT_CHARS, 20_000);
}
