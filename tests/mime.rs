//! The mail reader of the secretariat's intake (issue 13): the report found in every layout the
//! mail can take (tests/fixtures/mail), cross-checked with a real MIME parser, and hostile mails.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::intake::mime::{self, MimeError, Part};
use incident_navi::core::record;
use mail_parser::{MessageParser, MimeHeaders};

const EXPECTED: &[u8] = include_bytes!("fixtures/mail/expected.json");
const NAME: &str = "incident-20261125-loss-theft-a4f0zq.json";
const SUBJECT: &str = "【情報セキュリティ事故報告】総務部 情報企画課 紛失・盗難 2026-11-25";

const MAILS: [(&str, &[u8]); 5] = [
    ("tool-draft", include_bytes!("fixtures/mail/tool-draft.eml")),
    (
        "thunderbird-lf",
        include_bytes!("fixtures/mail/thunderbird-lf.eml"),
    ),
    (
        "outlook-nested",
        include_bytes!("fixtures/mail/outlook-nested.eml"),
    ),
    ("forwarded", include_bytes!("fixtures/mail/forwarded.eml")),
    (
        "qp-continued-name",
        include_bytes!("fixtures/mail/qp-continued-name.eml"),
    ),
];

fn json_parts(parts: &[Part]) -> Vec<&Part> {
    parts
        .iter()
        .filter(|p| p.filename.as_deref().is_some_and(|f| f.ends_with(".json")))
        .collect()
}

#[test]
fn the_report_is_found_in_every_layout() {
    for (name, mail) in MAILS {
        let parts = mime::leaf_parts(mail).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let found = json_parts(&parts);
        assert_eq!(found.len(), 1, "{name}: {parts:?}");
        assert_eq!(found[0].filename.as_deref(), Some(NAME), "{name}");
        assert_eq!(
            found[0].body, EXPECTED,
            "{name}: the attachment decodes whole"
        );
        let text = String::from_utf8_lossy(&found[0].body);
        assert!(record::decode(&text).is_ok(), "{name}: a record");
        // The text part comes through too, decoded (the first text/plain part).
        let body = parts
            .iter()
            .find(|p| p.mime_type == "text/plain")
            .map(|p| String::from_utf8_lossy(&p.body).into_owned())
            .unwrap_or_default();
        assert!(
            ["情報セキュリティ事故報告", "転送します", "本文"]
                .iter()
                .any(|t| body.contains(t)),
            "{name}: {body}"
        );
    }
}

#[test]
fn agrees_with_a_real_mime_parser() {
    for (name, mail) in MAILS {
        let ours = mime::leaf_parts(mail).unwrap_or_default();
        let parsed = MessageParser::default()
            .parse(mail)
            .unwrap_or_else(|| panic!("{name}: mail-parser reads it"));
        // mail-parser keeps a forwarded message whole: look inside it as we do.
        let theirs: Vec<(Option<String>, Vec<u8>)> = parsed
            .attachments()
            .flat_map(|a| match a.message() {
                Some(inner) => inner
                    .attachments()
                    .map(|b| {
                        (
                            b.attachment_name().map(str::to_owned),
                            b.contents().to_vec(),
                        )
                    })
                    .collect::<Vec<_>>(),
                None => vec![(
                    a.attachment_name().map(str::to_owned),
                    a.contents().to_vec(),
                )],
            })
            .filter(|(n, _)| n.as_deref().is_some_and(|n| n.ends_with(".json")))
            .collect();
        let ours: Vec<(Option<String>, Vec<u8>)> = json_parts(&ours)
            .into_iter()
            .map(|p| (p.filename.clone(), p.body.clone()))
            .collect();
        assert_eq!(ours, theirs, "{name}");
    }
}

#[test]
fn headers_are_unfolded_and_decoded() {
    for (name, mail) in MAILS {
        if name == "forwarded" {
            assert_eq!(mime::header(mail, "Subject").as_deref(), Some("転送: 報告"));
            continue;
        }
        assert_eq!(
            mime::header(mail, "subject").as_deref(),
            Some(SUBJECT),
            "{name}"
        );
    }
    // A charset other than UTF-8 is left as it is, not garbled.
    let outlook = MAILS[2].1;
    assert_eq!(
        mime::header(outlook, "From").as_deref(),
        Some("=?iso-2022-jp?B?GyRCQW1MM0l0GyhC?= <soumu@example.lg.jp>")
    );
    assert_eq!(mime::header(outlook, "X-None"), None);
}

#[test]
fn encoded_words() {
    assert_eq!(
        mime::decode_words("=?UTF-8?B?44GC?= =?UTF-8?B?44GE?="),
        "あい"
    );
    assert_eq!(
        mime::decode_words("a =?utf-8?q?=E3=81=82_b?= c"),
        "a あ b c"
    );
    assert_eq!(mime::decode_words("=?UTF-8?X?abc?="), "=?UTF-8?X?abc?=");
    assert_eq!(mime::decode_words("=?broken"), "=?broken");
    assert_eq!(mime::decode_words("plain = text ?="), "plain = text ?=");
}

#[test]
fn transfer_encodings() {
    assert_eq!(mime::base64_decode(b"44GC\r\n44GE"), "あい".as_bytes());
    assert_eq!(mime::base64_decode(b"YQ=="), b"a");
    assert_eq!(mime::base64_decode(b"YWI="), b"ab");
    assert_eq!(mime::base64_decode(b"!!YWJj!!"), b"abc");
    assert_eq!(
        mime::quoted_printable_decode(b"a=3Db=\r\nc\r\nd=\ne"),
        b"a=bc\r\nde"
    );
    assert_eq!(mime::quoted_printable_decode(b"=ZZ=4"), b"=ZZ=4");
}

#[test]
fn hostile_or_broken_mails_give_errors_or_fewer_parts_never_a_panic() {
    assert_eq!(mime::leaf_parts(b""), Err(MimeError::NotAMail));
    assert_eq!(
        mime::leaf_parts(b"\r\nno headers"),
        Err(MimeError::NotAMail)
    );
    // Nested deeper than allowed.
    let mut deep = String::from("Content-Type: text/plain\r\n\r\nend");
    for n in 0..12 {
        deep = format!(
            "Content-Type: multipart/mixed; boundary=\"b{n}\"\r\n\r\n--b{n}\r\n{deep}\r\n--b{n}--\r\n"
        );
    }
    assert_eq!(
        mime::leaf_parts(deep.as_bytes()),
        Err(MimeError::TooComplex)
    );
    // Too many parts.
    let many = format!(
        "Content-Type: multipart/mixed; boundary=x\r\n\r\n{}--x--\r\n",
        "--x\r\n\r\npart\r\n".repeat(mime::MAX_PARTS + 1)
    );
    assert_eq!(
        mime::leaf_parts(many.as_bytes()),
        Err(MimeError::TooComplex)
    );
    // A truncated mail: no closing delimiter; the last part is kept as far as it goes.
    let truncated =
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nhalf a";
    let parts = mime::leaf_parts(truncated).unwrap_or_default();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].body, b"half a");
    // A multipart without a boundary has no parts; garbage bytes do not panic.
    assert_eq!(
        mime::leaf_parts(b"Content-Type: multipart/mixed\r\n\r\nbody"),
        Ok(vec![])
    );
    let garbage: Vec<u8> = (0..4096u32).map(|n| (n * 7919 % 251) as u8).collect();
    let _ = mime::leaf_parts(&garbage);
    // Default type and a plain body.
    assert_eq!(
        mime::leaf_parts(b"Subject: x\n\nhello"),
        Ok(vec![Part {
            mime_type: "text/plain".into(),
            filename: None,
            body: b"hello".to_vec()
        }])
    );
}

#[test]
fn parameters_in_their_odd_forms() {
    let mail = |cd: &str| {
        format!(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/json\r\nContent-Disposition: {cd}\r\n\r\n{{}}\r\n--b--\r\n"
        )
    };
    let name = |cd: &str| {
        mime::leaf_parts(mail(cd).as_bytes())
            .unwrap_or_default()
            .first()
            .and_then(|p| p.filename.clone())
    };
    // ';' inside quotes, and an escaped quote, do not end the value.
    assert_eq!(
        name(r#"attachment; filename="a;b.json"; size=3"#).as_deref(),
        Some("a;b.json")
    );
    assert_eq!(
        name(r#"attachment; filename="a\";b.json""#).as_deref(),
        Some("a\";b.json")
    );
    // A backslash escapes only inside quotes.
    assert_eq!(
        name(r"attachment; filename=a\; size=3").as_deref(),
        Some("a\\")
    );
    // A plain parameter is kept beside an extended one of another name.
    assert_eq!(
        name("attachment; x*=utf-8''%41; filename=\"r.json\"").as_deref(),
        Some("r.json")
    );
    // RFC 2231: percent-encoded UTF-8, and continuations put in their order.
    assert_eq!(
        name("attachment; filename*=utf-8''%E5%A0%B1%E5%91%8A.json").as_deref(),
        Some("報告.json")
    );
    assert_eq!(
        name("attachment; filename*1=b.json; filename*0=a").as_deref(),
        Some("ab.json")
    );
    assert_eq!(
        name("attachment; filename*1*=%41.json; filename*0*=utf-8''%E5%A0%B1").as_deref(),
        Some("報A.json")
    );
    // No disposition name: the type's name, RFC 2047-encoded as Outlook writes it.
    let typed = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream; name=\"=?UTF-8?B?5aCx5ZGKLmpzb24=?=\"\r\n\r\n{}\r\n--b--\r\n";
    assert_eq!(
        mime::leaf_parts(typed.as_bytes())
            .unwrap_or_default()
            .first()
            .and_then(|p| p.filename.clone())
            .as_deref(),
        Some("報告.json")
    );
}

#[test]
fn edges_of_the_decoders_and_the_nesting() {
    // Decoding stops at base64 padding; a space before an encoded word is kept.
    assert_eq!(mime::base64_decode(b"YQ==YWJj"), b"a");
    assert_eq!(mime::decode_words(" =?UTF-8?B?44GC?="), " あ");
    // Nested exactly as deep as allowed is read; one more is refused.
    let nested = |levels: usize| {
        let mut m = String::from("Content-Type: text/plain\r\n\r\nend");
        for n in 0..levels {
            m = format!(
                "Content-Type: multipart/mixed; boundary=\"b{n}\"\r\n\r\n--b{n}\r\n{m}\r\n--b{n}--\r\n"
            );
        }
        m
    };
    assert_eq!(
        mime::leaf_parts(nested(mime::MAX_DEPTH).as_bytes()).map(|p| p.len()),
        Ok(1)
    );
    assert_eq!(
        mime::leaf_parts(nested(mime::MAX_DEPTH + 1).as_bytes()),
        Err(MimeError::TooComplex)
    );
    // Forwarded messages count as nesting too.
    let mut forwarded = String::from("Subject: inner\r\n\r\nbody");
    for _ in 0..12 {
        forwarded = format!("Content-Type: message/rfc822\r\n\r\n{forwarded}");
    }
    assert_eq!(
        mime::leaf_parts(forwarded.as_bytes()),
        Err(MimeError::TooComplex)
    );
    // A part that is not quoted-printable keeps its '=' as they are.
    let eight_bit = b"Content-Transfer-Encoding: 8bit\r\n\r\na=3Db=\r\nc";
    assert_eq!(
        mime::leaf_parts(eight_bit).map(|p| p[0].body.clone()),
        Ok(b"a=3Db=\r\nc".to_vec())
    );
}
