//! The worst shapes for each reader, at full size: a reader's time must grow with its input,
//! not with its square (a hostile file of a few megabytes must not hang the tab).

use super::readers::{mails, records};
use incident_navi::core::backup;
use incident_navi::core::intake::files::take_text;
use incident_navi::core::intake::mime;
use incident_navi::core::obligations::count::parse;
use incident_navi::core::record;
use incident_navi::core::register::{block, stored, Register};
use incident_navi::core::time::Timestamp;
use std::time::{Duration, Instant};

fn time(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

/// `read(make(n))` and `read(make(8 n))`: linear time makes the second about 8 times the
/// first; a square, 64 times. Fails above 32 times (plus 50 ms for noise at small sizes); each
/// time is the better of two runs, so a busy machine does not fail it.
fn grows_linearly(what: &str, n: usize, make: impl Fn(usize) -> String, read: impl Fn(&str)) {
    let (small, large) = (make(n), make(8 * n));
    read(&small); // warm up
    let t1 = time(|| read(&small)).min(time(|| read(&small)));
    let t8 = time(|| read(&large)).min(time(|| read(&large)));
    eprintln!(
        "worst {what}: {} bytes {t1:?}, {} bytes {t8:?}",
        small.len(),
        large.len()
    );
    assert!(
        t8 < t1 * 32 + Duration::from_millis(50),
        "{what}: 8 times the input took {:.0} times as long ({t1:?} → {t8:?})",
        t8.as_secs_f64() / t1.as_secs_f64().max(1e-9)
    );
}

/// A record whose answers (or tasks) come in reverse order: each read into a sorted map.
fn record_with_keys(n: usize) -> String {
    let answers: Vec<String> = (0..n).rev().map(|i| format!("\"q{i:07}\":{{}}")).collect();
    let full = String::from_utf8_lossy(&records()[3]).into_owned();
    full.replacen(
        "\"answers\":{",
        &format!("\"answers\":{{{},", answers.join(",")),
        1,
    )
}

#[test]
fn a_record_with_many_keys_in_reverse_order() {
    assert!(
        record_with_keys(2).contains("q0000001"),
        "the answers were put in"
    );
    grows_linearly("record, keys in reverse", 4000, record_with_keys, |t| {
        let _ = record::decode(t);
    });
    grows_linearly("backup, keys in reverse", 4000, record_with_keys, |t| {
        let _ = backup::decode(t);
    });
}

#[test]
fn a_record_with_a_long_timeline() {
    let make = |n: usize| {
        let entries: Vec<String> = (0..n)
            .map(|i| format!("{{\"seq\":{},\"at\":{},\"recorded_at\":0,\"source\":\"Manual\",\"text\":\"x\",\"corrects\":{}}}", i + 1, n - i, i))
            .collect();
        let head =
            String::from_utf8_lossy(include_bytes!("../fixtures/records/v3-stored/head.json"))
                .into_owned();
        format!("{head}\u{0}[{}]", entries.join(","))
    };
    grows_linearly("stored timeline", 4000, make, |t| {
        if let Some((head, timeline)) = t.split_once('\u{0}') {
            let _ = record::decode_stored(head, Some(timeline));
        }
    });
}

#[test]
fn a_mail_header_with_many_parameters() {
    let make = |n: usize| {
        let params: String = (0..n)
            .rev()
            .map(|i| format!("; name*{i}*=%41; p{i}=v"))
            .collect();
        format!("Content-Type: application/json{params}\r\nContent-Disposition: attachment{params}\r\n\r\n{{}}")
    };
    let parts = mime::leaf_parts(make(100_000).as_bytes()).expect("a mail"); // the part is still read
    assert_eq!(
        (parts.len(), parts[0].mime_type.as_str()),
        (1, "application/json")
    );
    grows_linearly("mail, many parameters", 2000, make, |t| {
        let _ = mime::leaf_parts(t.as_bytes());
    });
}

#[test]
fn a_mail_of_many_parts_and_lines() {
    let make = |n: usize| {
        let part = "--b\r\nContent-Type: multipart/mixed\r\n\r\nx\r\n";
        format!(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n{}--b--\r\n",
            part.repeat(n)
        )
    };
    grows_linearly("mail, many parts", 20_000, make, |t| {
        let _ = mime::leaf_parts(t.as_bytes());
    });
    let folded = |n: usize| {
        format!(
            "Subject: a\r\n{}\r\n\r\nbody",
            " =?UTF-8?B?44GC?= =?x\r\n".repeat(n)
        )
    };
    grows_linearly("mail, folded header", 20_000, folded, |t| {
        let _ = mime::header(t.as_bytes(), "subject");
    });
    let mail = String::from_utf8_lossy(&mails()[1]).into_owned();
    grows_linearly(
        "mail, fixture repeated",
        4,
        |n| mail.repeat(n),
        |t| {
            let _ = mime::leaf_parts(t.as_bytes());
        },
    );
}

#[test]
fn pasted_text_of_many_blocks_and_lines() {
    let begin = |n: usize| "-----BEGIN INCIDENT-NAVI REPORT-----\nAAAA\n".repeat(n);
    grows_linearly("pasted text, many begins", 20_000, begin, |t| {
        let _ = block::find_all(t);
        let _ = take_text(&mut Register::default(), t, Timestamp(0));
    });
    let long = |n: usize| {
        format!(
            "-----BEGIN INCIDENT-NAVI REPORT-----\n{}\n",
            "A".repeat(n * 100)
        )
    };
    grows_linearly("pasted text, one long line", 20_000, long, |t| {
        let _ = block::find_all(t);
    });
}

#[test]
fn a_register_file_of_many_rows() {
    let make = |n: usize| {
        let rows: Vec<String> = (0..n)
            .rev()
            .map(|i| format!("{{\"versions\":[],\"progress\":{{\"notes\":\"{i}\"}}}}"))
            .collect();
        format!("{{\"register\":1,\"rows\":[{}]}}", rows.join(","))
    };
    grows_linearly("register file, many rows", 2000, make, |t| {
        if let Ok(rows) = stored::decode(t) {
            Register::default().merge(rows);
        }
    });
}

#[test]
fn a_count_of_many_numbers() {
    let make = |n: usize| "1万2千3百人以上、約".repeat(n);
    // 8 times the text took 17 times as long in the reader of issue 22 (584 ms → 9.8 s
    // unoptimised at 54 → 432 kB): each word looked for its number, and for a number after it,
    // from the start. Found by halving and by the last number's place, 8 times the text takes
    // about 3 times as long (74 → 240 ms unoptimised at 13.5 → 108 kB). An answer is at most
    // 20,000 characters.
    grows_linearly("count, many numbers", 500, make, |t| {
        let _ = parse(t);
    });
    let digits = |n: usize| "9".repeat(n * 10);
    grows_linearly("count, one long number", 2000, digits, |t| {
        let _ = parse(t);
    });
}

/// The slowest case fuzzing met in the count reader (issue 22's): numbers among tens of
/// thousands of opening brackets, 4 s unoptimised on a busy machine. Linear (about 12 µs a
/// character unoptimised), and an answer is at most 20,000 characters: slow, not a hang.
#[test]
fn a_count_with_thousands_of_opening_brackets() {
    let make = |n: usize| {
        let brackets = "(".repeat(n);
        format!("1\u{fffd}\u{18}L\u{fffd}\u{fffd},23{brackets}5千人{brackets}4名\u{fffd}")
    };
    grows_linearly("count, opening brackets", 1000, make, |t| {
        let _ = parse(t);
    });
}
