//! Taking files into the secretariat's register (issue 13): a drop of good and bad files, each
//! with its own result, and bad files changing nothing.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::intake::files::{take_files, Outcome, Refusal, MAX_FILE_BYTES};
use incident_navi::core::register::{Register, Taken};
use incident_navi::core::time::Timestamp;

const DRAFT: &[u8] = include_bytes!("fixtures/mail/tool-draft.eml");
const THUNDERBIRD: &[u8] = include_bytes!("fixtures/mail/thunderbird-lf.eml");
const JSON: &[u8] = include_bytes!("fixtures/mail/expected.json");
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
    assert_eq!(register.rows.len(), 1);
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
