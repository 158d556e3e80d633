//! An .eml draft that Outlook and Thunderbird open ready to send (`X-Unsent: 1`): UTF-8, the subject
//! RFC 2047-encoded, multipart/mixed with the text body and the incident's JSON attached.

use super::settings::Settings;
use super::Report;
use crate::core::time::Timestamp;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 in lines of 76 characters (RFC 2045), CRLF-terminated.
fn base64_lines(bytes: &[u8]) -> String {
    let encoded = base64(bytes);
    encoded
        .as_bytes()
        .chunks(76)
        .map(|c| format!("{}\r\n", String::from_utf8_lossy(c)))
        .collect()
}

/// The subject as RFC 2047 encoded words, each at most 75 characters, split on character
/// boundaries and folded onto continuation lines. Control characters become spaces, so nothing
/// typed can add a header.
pub fn encode_subject(subject: &str) -> String {
    let clean: String = subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes of UTF-8 make 60 of base64: 72 in all.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in clean.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(chunk);
    }
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", base64(w.as_bytes())))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// RFC 5322 date in JST, e.g. `Wed, 25 Nov 2026 22:14:00 +0900`.
fn rfc5322_date(at: Timestamp) -> String {
    let local = at.0 + 9 * 3_600_000;
    let days = local.div_euclid(86_400_000);
    let secs = local.rem_euclid(86_400_000) / 1000;
    let date = crate::core::time::CivilDate::from_days_since_epoch(days);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(date.month - 1) as usize];
    format!(
        "{weekday}, {:02} {month} {} {:02}:{:02}:{:02} +0900",
        date.day,
        date.year,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The draft: the report's text as the text part, `json` attached as `json_name`, naming the tool
/// that made it (`X-Mailer`).
pub fn draft(
    settings: &Settings,
    report: &Report,
    json: &str,
    json_name: &str,
    boundary_seed: &str,
    at: Timestamp,
) -> String {
    let (subject, made_with) = (&report.subject, &report.made_with);
    let body = super::text(report);
    let boundary = format!(
        "=_incident-navi_{}",
        boundary_seed
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
    );
    let to = if Settings::is_valid_email(&settings.secretariat_email) {
        settings.secretariat_email.as_str()
    } else {
        ""
    };
    let safe_name: String = json_name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
        .collect();
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let mut out = String::new();
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str("X-Unsent: 1\r\n");
    out.push_str(&format!("To: {to}\r\n"));
    out.push_str(&format!("Subject: {}\r\n", encode_subject(subject)));
    out.push_str(&format!("Date: {}\r\n", rfc5322_date(at)));
    out.push_str(&format!(
        "X-Mailer: incident-navi {}\r\n",
        made_with.replace(['\r', '\n'], "")
    ));
    out.push_str(&format!(
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n"
    ));
    out.push_str("This is a multi-part message in MIME format.\r\n");
    out.push_str(&format!("--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
    out.push_str(&base64_lines(body.as_bytes()));
    out.push_str(&format!(
        "--{boundary}\r\nContent-Type: application/json; charset=UTF-8; name=\"{safe_name}\"\r\n"
    ));
    out.push_str(&format!("Content-Disposition: attachment; filename=\"{safe_name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
    out.push_str(&base64_lines(json.as_bytes()));
    out.push_str(&format!("--{boundary}--\r\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn subjects_are_encoded_words_no_longer_than_75() {
        let encoded = encode_subject(&"【情報セキュリティ事故報告】".repeat(5));
        for word in encoded.split("\r\n ") {
            assert!(
                word.len() <= 75 && word.starts_with("=?UTF-8?B?") && word.ends_with("?="),
                "{word}"
            );
        }
        assert!(!encode_subject("a\r\nBcc: x@y.z").contains('\n'));
    }

    #[test]
    fn dates_are_rfc5322_in_jst() {
        // 2026-11-25 13:14:00 UTC = 22:14 JST, a Wednesday.
        assert_eq!(
            rfc5322_date(Timestamp(1_795_612_440_000)),
            "Wed, 25 Nov 2026 22:14:00 +0900"
        );
    }
}
