//! Taking files into the secretariat's register (issue 13): a drop of good and bad files, each
//! with its own result, and bad files changing nothing.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::intake::files::{take_files, Outcome, Refusal, MAX_FILE_BYTES};
use incident_navi::core::register::{Register, Taken};
use incident_navi::core::time::Timestamp;

const DRAFT: &[u8] = include_bytes!("fixtures/mail/tool-draft.eml");
const THUNDERBIRD: &[u8] = include_bytes!("fixtures/mail/thunderbird-lf.eml");
const JSON: &[u8] = include_bytes!("fixtures/mail/expected.json");
const OUTLOOK: &[u8] = include_bytes!("fixtures/mail/outlook-nested.eml");
const TITLE: &str = "USBメモリ紛失（通勤電車）";

fn file(name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    (name.to_owned(), bytes.to_vec())
}

#[test]
fn a_drop_of_good_and_bad_files_gives_one_line_each() {
    let json = String::from_utf8_lossy(JSON).into_owned();
    let newer = json.replacen(r#"{"schema":3,"#, r#"{"schema":99,"#, 1);
    let old_schema = json.replacen(r#"{"schema":3,"#, r#"{"schema":0,"#, 1);
    let with_bom = format!("\u{feff}{json}");
    let no_attachment = "From: a@example.jp\r\nSubject: hi\r\n\r\nno report here\r\n";
    let broken_attachment = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/json\r\nContent-Disposition: attachment; filename=\"r.json\"\r\n\r\n{broken\r\n--b--\r\n";
    let msg = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let files = vec![
        file("報告.eml", DRAFT),
        file("saved.eml", THUNDERBIRD),
        file("incident.json", JSON),
        file("bom.json", with_bom.as_bytes()),
        file("report.msg", &msg),
        file("newer.json", newer.as_bytes()),
        file("old.json", old_schema.as_bytes()),
        file("damaged.json", b"{broken"),
        file("plain.eml", no_attachment.as_bytes()),
        file("bad-attachment.eml", broken_attachment.as_bytes()),
        file("notes.txt", b"just text"),
        file("outlook.eml", OUTLOOK),
        file("report.txt", JSON),
        file("list.json", b"[1, 2]"),
    ];
    let mut register = Register::default();
    let out = take_files(&mut register, &files, Timestamp(1));
    assert_eq!(out.len(), files.len(), "one line per file");
    assert_eq!(out[0], Outcome::Taken(Taken::New, TITLE.into()));
    for same in &out[1..4] {
        assert_eq!(*same, Outcome::Taken(Taken::Same, TITLE.into()));
    }
    assert_eq!(out[4], Outcome::Refused(Refusal::OutlookMsg));
    assert_eq!(out[5], Outcome::Refused(Refusal::NewerVersion(99)));
    assert!(matches!(&out[6], Outcome::Refused(Refusal::NotAReport(w)) if w == "schema 0"));
    assert!(matches!(out[7], Outcome::Refused(Refusal::NotAReport(_))));
    assert_eq!(out[8], Outcome::Refused(Refusal::NoReportInMail));
    assert!(
        matches!(out[9], Outcome::Refused(Refusal::NotAReport(_))),
        "{:?}",
        out[9]
    );
    assert_eq!(out[10], Outcome::Refused(Refusal::NoReportInMail));
    // Outlook attaches it as application/octet-stream: the .json name is enough.
    assert_eq!(out[11], Outcome::Taken(Taken::Same, TITLE.into()));
    // A report saved under another name is still read by what it holds; a .json that is not a
    // report is refused as one, not as a mail.
    assert_eq!(out[12], Outcome::Taken(Taken::Same, TITLE.into()));
    assert!(
        matches!(out[13], Outcome::Refused(Refusal::NotAReport(_))),
        "{:?}",
        out[13]
    );
    assert_eq!(register.rows.len(), 1);
    assert_eq!(
        MAX_FILE_BYTES,
        16 * 1024 * 1024,
        "the limit the screen will state"
    );
}

#[test]
fn refused_files_change_nothing_in_the_register() {
    let mut register = Register::default();
    take_files(&mut register, &[file("a.eml", DRAFT)], Timestamp(1));
    let before = register.clone();
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    let out = take_files(
        &mut register,
        &[
            file("huge.json", &huge),
            file("x.json", b"{\"schema\":3,\"incident\":{}}"),
            file("y.eml", b""),
        ],
        Timestamp(2),
    );
    assert_eq!(
        out[0],
        Outcome::Refused(Refusal::TooLarge(MAX_FILE_BYTES + 1))
    );
    assert!(
        out.iter().all(|o| matches!(o, Outcome::Refused(_))),
        "{out:?}"
    );
    assert_eq!(register, before);
    // Exactly the limit is read (and refused only for what it is).
    let at_limit = vec![b' '; MAX_FILE_BYTES];
    let out = take_files(&mut register, &[file("big.eml", &at_limit)], Timestamp(3));
    assert_eq!(out, [Outcome::Refused(Refusal::NoReportInMail)]);
}

mod pasted {
    use incident_navi::core::incident::Incident;
    use incident_navi::core::intake::files::{take_text, Outcome, Refusal};
    use incident_navi::core::playbook::IncidentKind;
    use incident_navi::core::register::block::{self, BlockError};
    use incident_navi::core::register::{Register, Taken};
    use incident_navi::core::report::{self, settings::Settings};
    use incident_navi::core::time::Timestamp;

    fn report_text(id: &str, title: &str) -> (String, report::Report) {
        let mut i = Incident::new(id.into(), &[IncidentKind::LossOrTheft], Timestamp(1));
        i.title = title.into();
        let settings = Settings {
            section: "総務課".into(),
            reporter: "岐阜 太郎".into(),
            contact: "内線1".into(),
            secretariat_email: String::new(),
        };
        let r = report::build(&i, &settings, Timestamp(2)).with_build("abc1234");
        (report::text(&r), r)
    }

    #[test]
    fn the_text_block_round_trips_through_mail_programs() {
        let (text, r) = report_text("paste-1", "USB紛失");
        assert_eq!(block::find_all(&text), vec![Ok(r.summary.clone())]);
        assert_eq!(r.summary.made_with.as_deref(), Some("0.1.0 (abc1234)"));
        assert!(
            text.is_ascii()
                || text
                    .lines()
                    .skip_while(|l| !l.starts_with("-----BEGIN"))
                    .all(str::is_ascii)
        );
        // Quoted in a reply, with CRLF and indentation: still read.
        let quoted: String = text.lines().map(|l| format!(">  {l}\r\n")).collect();
        assert_eq!(block::find_all(&quoted), vec![Ok(r.summary.clone())]);
        // Two mails pasted at once: two reports.
        let (second, r2) = report_text("paste-2", "誤送信");
        let both = format!("{text}\n----- 転送 -----\n{second}");
        assert_eq!(block::find_all(&both), vec![Ok(r.summary), Ok(r2.summary)]);
        assert_eq!(
            block::crc32(b"123456789"),
            0xCBF4_3926,
            "the standard check value"
        );
    }

    #[test]
    fn damaged_or_cut_blocks_are_refused_and_change_nothing() {
        let (text, _) = report_text("paste-3", "USB紛失");
        // One character changed in the middle of the block.
        let at = text.find("-----BEGIN").unwrap_or_default() + 60;
        let mut damaged = text.clone();
        let c = if &damaged[at..=at] == "A" { "B" } else { "A" };
        damaged.replace_range(at..=at, c);
        assert_eq!(block::find_all(&damaged), vec![Err(BlockError::Damaged)]);
        // Cut before its end.
        let cut = &text[..text.find("-----END").unwrap_or_default()];
        assert_eq!(block::find_all(cut), vec![Err(BlockError::Cut)]);
        let mut register = Register::default();
        assert_eq!(
            take_text(&mut register, &damaged, Timestamp(1)),
            [Outcome::Refused(Refusal::BlockDamaged)]
        );
        assert_eq!(
            take_text(&mut register, cut, Timestamp(1)),
            [Outcome::Refused(Refusal::BlockCut)]
        );
        assert_eq!(
            take_text(&mut register, "お疲れさまです。報告します。", Timestamp(1)),
            [Outcome::Refused(Refusal::NoBlockInText)]
        );
        assert!(register.rows.is_empty());
        // A good paste is taken, once.
        assert_eq!(
            take_text(&mut register, &text, Timestamp(2)),
            [Outcome::Taken(Taken::New, "USB紛失".into())]
        );
        assert_eq!(
            take_text(&mut register, &text, Timestamp(3)),
            [Outcome::Taken(Taken::Same, "USB紛失".into())]
        );
    }

    #[test]
    fn a_hostile_block_is_cut_to_size_or_refused() {
        let (_, r) = report_text("paste-4", "x");
        let mut hostile = r.summary.clone();
        let max = incident_navi::core::incident::MAX_TEXT_CHARS;
        hostile.title = format!("\r\n{}", "x".repeat(max + 5));
        hostile.persons = "9".repeat(1000);
        hostile.sender = Some(incident_navi::core::record::Sender {
            section: format!("総務課\r\nBcc: x{}", "あ".repeat(300)),
            reporter: String::new(),
            contact: String::new(),
        });
        let verdicts = hostile.verdicts.clone();
        hostile.verdicts = [verdicts.clone(), verdicts.clone()].concat();
        let deadlines = hostile.deadlines.clone().unwrap_or_default();
        let due = incident_navi::core::register::Due {
            kind: incident_navi::core::obligations::DeadlineKind::Final,
            target: None,
            due: incident_navi::core::time::CivilDate::from_days_since_epoch(20_818),
            sent: false,
        };
        hostile.deadlines = Some([deadlines, vec![due.clone(), due.clone(), due]].concat());
        let text = block::encode(&hostile);
        let mut register = Register::default();
        let out = take_text(&mut register, &text, Timestamp(1));
        assert!(
            matches!(out[0], Outcome::Taken(Taken::New, _)),
            "{:?}",
            out[0]
        );
        let kept = register.rows["paste-4"].versions[0].summary.clone();
        assert_eq!(kept.title.chars().count(), max);
        assert!(!kept.title.contains(['\r', '\n']));
        assert_eq!(kept.persons.chars().count(), 200);
        let section = kept
            .sender
            .as_ref()
            .map(|s| s.section.clone())
            .unwrap_or_default();
        assert!(
            section.starts_with("総務課Bcc: x") && section.chars().count() == 200,
            "{section}"
        );
        assert_eq!(kept.verdicts, verdicts, "no more verdicts than duties");
        assert!(kept.deadlines.as_ref().is_some_and(|d| d.len() <= 2));
        // A block larger than any report's is not read at all.
        let mut huge = kept.clone();
        huge.title = "長".repeat(max);
        let out = take_text(&mut register, &block::encode(&huge), Timestamp(2));
        assert_eq!(out, [Outcome::Refused(Refusal::BlockCut)]);
        // The tool's name is cut too; no types, or more than there are, is not a report.
        let mut named = kept.clone();
        named.made_with = Some("y".repeat(100));
        named.revision += 1;
        take_text(&mut register, &block::encode(&named), Timestamp(3));
        let latest = register.rows["paste-4"].latest().map(|v| v.summary.clone());
        assert_eq!(latest.and_then(|s| s.made_with).map(|m| m.len()), Some(60));
        for kinds in [vec![], vec![r.summary.kinds[0]; 7]] {
            let mut odd = r.summary.clone();
            odd.kinds = kinds;
            let out = take_text(&mut register, &block::encode(&odd), Timestamp(4));
            assert_eq!(out, [Outcome::Refused(Refusal::NotAReport("kinds".into()))]);
        }
        let mut six = r.summary.clone();
        six.id = "paste-6".into();
        six.kinds = incident_navi::core::playbook::IncidentKind::ALL.to_vec();
        let out = take_text(&mut register, &block::encode(&six), Timestamp(5));
        assert!(
            matches!(out[0], Outcome::Taken(Taken::New, _)),
            "all six types are fine"
        );
        // An id that could not be a storage key is refused.
        let mut bad = r.summary;
        bad.id = "../../etc".into();
        let out = take_text(&mut register, &block::encode(&bad), Timestamp(2));
        assert_eq!(out, [Outcome::Refused(Refusal::NotAReport("id".into()))]);
        assert_eq!(register.rows.len(), 2);
    }
}
