//! One test per reader: its inputs (fixtures and tokens) and what must hold of its answer.

use super::fuzz;
use super::inputs::{bytes, text, BLOCK_TOKENS, COUNT_TOKENS, JSON_TOKENS, MAIL_TOKENS};
use incident_navi::core::backup;
use incident_navi::core::intake::files::{take_files, take_text, Outcome};
use incident_navi::core::intake::mime;
use incident_navi::core::obligations::count::{parse, CountAnswer};
use incident_navi::core::record::{self, Sender};
use incident_navi::core::register::{block, stored, Register, Summary};
use incident_navi::core::sorted::SortedMap;
use incident_navi::core::time::Timestamp;
use proptest::prelude::*;

const AT: Timestamp = Timestamp(1_795_000_000_000);

pub fn v1_records() -> Vec<Vec<u8>> {
    vec![
        include_bytes!("../fixtures/records/v1/full.json").to_vec(),
        include_bytes!("../fixtures/records/v1/empty.json").to_vec(),
        include_bytes!("../fixtures/records/v1/deleted.json").to_vec(),
    ]
}

pub fn mails() -> Vec<Vec<u8>> {
    vec![
        include_bytes!("../fixtures/mail/forwarded.eml").to_vec(),
        include_bytes!("../fixtures/mail/outlook-nested.eml").to_vec(),
        include_bytes!("../fixtures/mail/qp-continued-name.eml").to_vec(),
        include_bytes!("../fixtures/mail/thunderbird-lf.eml").to_vec(),
        include_bytes!("../fixtures/mail/tool-draft.eml").to_vec(),
    ]
}

fn sender() -> Sender {
    Sender {
        section: "情報政策課".into(),
        reporter: "岐阜 太郎".into(),
        contact: "内線2255".into(),
    }
}

/// The first release's records, and the same incidents as this build exports them.
pub fn records() -> Vec<Vec<u8>> {
    let mut out = v1_records();
    for v1 in v1_records() {
        let incident = record::decode(&String::from_utf8_lossy(&v1)).expect("fixture");
        out.push(record::encode_export(&incident, "0.1.0 (fuzz)", Some(&sender())).into_bytes());
    }
    out.push(include_bytes!("../fixtures/mail/expected.json").to_vec());
    out
}

/// A backup of the fixtures' incidents, and the records alone.
fn backups() -> Vec<Vec<u8>> {
    let incidents: Vec<_> = v1_records()
        .iter()
        .map(|r| record::decode(&String::from_utf8_lossy(r)).expect("fixture"))
        .collect();
    let all: Vec<_> = incidents.iter().collect();
    let mut out = vec![backup::encode(&all, AT, "0.1.0 (fuzz)").into_bytes()];
    out.extend(records());
    out
}

fn register() -> Register {
    let mut register = Register::default();
    for r in records() {
        if let Ok(received) = record::decode_received(&String::from_utf8_lossy(&r)) {
            register.take(received, AT);
        }
    }
    register
}

/// Report texts ending with their blocks, one quoted as a reply quotes it.
fn blocks() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for r in records() {
        if let Ok(received) = record::decode_received(&String::from_utf8_lossy(&r)) {
            let summary = Summary::of(&received.incident, received.sender, received.made_with);
            let block = block::encode(&summary);
            out.push(format!("件名: 報告\n本文\n\n{block}").into_bytes());
            out.push(
                block
                    .lines()
                    .map(|l| format!("> {l}\r\n"))
                    .collect::<String>()
                    .into_bytes(),
            );
        }
    }
    out
}

#[test]
fn fuzz_record_file() {
    fuzz("record file", text(records(), JSON_TOKENS), |text| {
        let decoded = record::decode(text);
        let _ = record::peek_title(text).map(|t| assert!(t.chars().count() <= 200));
        if let Ok(received) = record::decode_received(text) {
            prop_assert_eq!(Ok(&received.incident), decoded.as_ref());
        }
        if let Ok(incident) = decoded {
            // What was read writes back and reads back the same (a record never changes by being
            // opened and saved), and is no larger than a few times what was read.
            let again = record::encode(&incident);
            prop_assert!(again.len() <= 4 * text.len() + 4096);
            prop_assert_eq!(record::decode(&again), Ok(incident));
        }
        Ok(())
    });
}

#[test]
fn fuzz_stored_record() {
    let heads = vec![
        include_bytes!("../fixtures/records/v3-stored/head.json").to_vec(),
        include_bytes!("../fixtures/records/v3-stored/timeline.json").to_vec(),
    ];
    let mut fixtures = heads.clone();
    fixtures.extend(v1_records());
    let with_timeline = proptest::option::of(text(heads, JSON_TOKENS));
    fuzz(
        "stored record",
        (text(fixtures, JSON_TOKENS), with_timeline),
        |(head, timeline)| {
            let revision = record::stored_revision(head);
            let _ = record::timeline_apart(head);
            if let Ok(incident) = record::decode_stored(head, timeline.as_deref()) {
                // The two-tab check trusts the revision read from the first bytes.
                if let Some(r) = revision {
                    prop_assert_eq!(r, incident.revision);
                }
                let head = record::encode_stored_head(&incident);
                let timeline = record::encode_stored_timeline(&incident);
                prop_assert_eq!(record::decode_stored(&head, Some(&timeline)), Ok(incident));
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_backup_file() {
    fuzz("backup file", text(backups(), JSON_TOKENS), |text| {
        if let Ok(incidents) = backup::decode(text) {
            prop_assert!(incidents.len() <= backup::MAX_INCIDENTS);
            let count = incidents.len();
            let plan = backup::plan_merge(&SortedMap::new(), incidents);
            prop_assert_eq!(
                plan.new.len(),
                count,
                "into an empty browser, everything is new"
            );
        }
        Ok(())
    });
}

#[test]
fn fuzz_mail() {
    fuzz("mail (.eml, MIME)", bytes(mails(), MAIL_TOKENS), |mail| {
        if let Ok(parts) = mime::leaf_parts(mail) {
            prop_assert!(parts.len() <= mime::MAX_PARTS);
            // Each level of nesting decodes at most what it holds.
            let out: usize = parts
                .iter()
                .map(|p| p.body.len() + p.filename.as_ref().map_or(0, |f| f.len()))
                .sum();
            prop_assert!(
                out <= 3 * (mime::MAX_DEPTH + 2) * (mail.len() + 1),
                "{} from {}",
                out,
                mail.len()
            );
        }
        for name in ["subject", "from", "content-type"] {
            if let Some(value) = mime::header(mail, name) {
                prop_assert!(value.len() <= 3 * mail.len() + 3);
            }
        }
        prop_assert!(mime::base64_decode(mail).len() <= mail.len() * 3 / 4 + 3);
        prop_assert!(mime::quoted_printable_decode(mail).len() <= 2 * mail.len() + 2);
        let text = String::from_utf8_lossy(mail);
        prop_assert!(mime::decode_words(&text).len() <= 3 * text.len() + 3);
        Ok(())
    });
}

#[test]
fn fuzz_files_dropped_on_the_register() {
    let mut fixtures = mails();
    fixtures.extend(records());
    let name =
        proptest::sample::select(&["report.eml", "report.json", "report.msg", "x.txt", ""][..]);
    let filed = register();
    fuzz(
        "dropped files",
        (bytes(fixtures, MAIL_TOKENS), name),
        |(file, name)| {
            let mut register = filed.clone();
            let before = register.clone();
            let outcomes = take_files(&mut register, &[(name.to_string(), file.clone())], AT);
            prop_assert_eq!(outcomes.len(), 1);
            if matches!(outcomes[0], Outcome::Refused(_)) {
                prop_assert_eq!(register, before, "a refused file changes nothing");
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_register_file() {
    let mut fixtures = vec![stored::encode(&register()).into_bytes()];
    fixtures.extend(records());
    let filed = register();
    fuzz("register file", text(fixtures, JSON_TOKENS), |text| {
        if let Ok(rows) = stored::decode(text) {
            let mut register = filed.clone();
            let merged = register.merge(rows);
            prop_assert!(merged.added + merged.updated <= register.rows.len() + merged.updated);
            // What the register then holds is written and read back whole.
            let again = stored::encode(&register);
            prop_assert!(stored::decode(&again).is_ok());
        }
        Ok(())
    });
}

#[test]
fn fuzz_text_block() {
    fuzz("text block", text(blocks(), BLOCK_TOKENS), |text| {
        let found = block::find_all(text);
        prop_assert!(found.len() <= text.lines().count() + 1);
        for summary in found.into_iter().flatten() {
            let _ = summary.checked();
        }
        Ok(())
    });
}

#[test]
fn fuzz_pasted_text() {
    let mut fixtures = blocks();
    fixtures.extend(mails());
    let filed = register();
    fuzz("pasted text", text(fixtures, BLOCK_TOKENS), |text| {
        let mut register = filed.clone();
        let before = register.clone();
        let outcomes = take_text(&mut register, text, AT);
        prop_assert!(!outcomes.is_empty() && outcomes.len() <= text.lines().count() + 1);
        if outcomes.iter().all(|o| matches!(o, Outcome::Refused(_))) {
            prop_assert_eq!(register, before, "refused text changes nothing");
        }
        Ok(())
    });
}

#[test]
fn fuzz_count_of_persons() {
    let fixtures = [
        "約1万人",
        "100人以上",
        "数十人",
        "不明",
        "令和6年度分 約300人",
        "1,234名",
        "１０００人程度",
        "3〜5千人",
        "more than 100",
        "1万2千人",
        "千人弱",
        "最大50人",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    // An answer is at most MAX_TEXT_CHARS characters (longer ones are refused on reading).
    let answers = text(fixtures, COUNT_TOKENS).prop_map(|t| {
        t.chars()
            .take(incident_navi::core::incident::MAX_TEXT_CHARS)
            .collect::<String>()
    });
    fuzz("count of persons", answers, |text| {
        if let CountAnswer::Count(count) = parse(text) {
            if let Some(high) = count.high {
                prop_assert!(count.low <= high, "{:?}", count);
            }
            // What is shown beside the field grows with what was typed, no faster.
            let typed = text.chars().count();
            prop_assert!(count.describe_ja().chars().count() <= 4 * typed + 120);
            prop_assert!(count.describe_en().chars().count() <= 8 * typed + 160);
            for threshold in [0, 1, 100, 1000, 5000, u64::MAX] {
                let _ = count.exceeds(threshold);
            }
        }
        Ok(())
    });
}
