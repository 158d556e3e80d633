//! The report's files: the .eml through a real MIME parser, file names, subjects, JSON round trips.

use super::*;

#[test]
fn eml_reads_back_with_a_real_mime_parser() {
    let incident = full();
    let s = settings();
    let r = report::build(&incident, &s, NOW);
    let body = report::text(&r);
    let mail = draft_mail(&incident, &s, &r);
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

/// Issue 23: the .txt is the text shown under 「報告の本文を確認」 — one `Sendable`, made from one
/// report, gives the preview, the file (named as the other files), the copy and the mail's body.
/// Two builds are not one: a report built a minute later differs (its 作成日時), which is why the
/// screen saves the text it shows, not a second build.
#[test]
fn the_txt_file_is_the_preview_text_of_one_report() {
    let incident = full();
    let s = settings();
    let r = report::build(&incident, &s, NOW);
    let sendable = names::Sendable::of(&r, &incident, &s.secretariat_email);
    let (name, text) = sendable.txt();
    assert_eq!(text, sendable.preview());
    assert_eq!(sendable.preview(), report::text(&r));
    assert_eq!(name, names::file_name(&incident, "txt"));
    assert_eq!(sendable.subject, r.subject);
    let body = format!(
        "&body={}",
        names::percent_encode(&text.replace('\n', "\r\n"))
    );
    if sendable.with_body {
        assert!(
            sendable.mailto.ends_with(&body),
            "the mail carries the same text"
        );
    } else {
        assert!(
            !sendable.mailto.contains("&body="),
            "too long for a link: no body at all"
        );
    }
    let later = report::build(&incident, &s, Timestamp(NOW.0 + 60_000));
    let again = names::Sendable::of(&later, &incident, &s.secretariat_email);
    assert_ne!(
        again.preview(),
        sendable.preview(),
        "a second build is another text"
    );
    assert_eq!(
        again
            .preview()
            .replace("作成日時: 2026-11-25 22:15", "作成日時: 2026-11-25 22:14"),
        sendable.preview(),
        "and differs by its 作成日時 alone"
    );
}
