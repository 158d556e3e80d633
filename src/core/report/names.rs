//! The mail subject and the export file names, and the report's text as the clerk gets it
//! ([`Sendable`]: shown, copied, mailed and saved as one).

use super::settings::Settings;
use super::Report;
use crate::core::drill::DRILL_MARK;
use crate::core::incident::Incident;
use crate::core::time::CivilDate;

/// `【情報セキュリティ事故報告】{所属} {種別} {発覚日}` (issue 5), on one line whatever was typed.
pub fn subject(incident: &Incident, settings: &Settings) -> String {
    let kinds: Vec<&str> = incident.kinds.iter().map(|k| k.guide().title.ja).collect();
    let known = incident
        .known_on
        .map(|d| d.to_string())
        .unwrap_or_else(|| "発覚日未確認".into());
    let section = if settings.section.trim().is_empty() {
        "所属未記入"
    } else {
        settings.section.trim()
    };
    // The title and the short id tell two reports of one section on one day apart (issue 13);
    // the title is cut so the subject stays readable in a mail list.
    let title: String = incident
        .title
        .trim()
        .trim_start_matches(DRILL_MARK)
        .trim()
        .chars()
        .take(SUBJECT_TITLE_CHARS)
        .collect();
    let title = if title.is_empty() {
        String::new()
    } else {
        format!(" {title}")
    };
    let drill = if incident.drill.is_some() {
        DRILL_MARK
    } else {
        ""
    };
    let raw = format!(
        "{drill}【情報セキュリティ事故報告】{section} {} {known}{title} [{}]",
        kinds.join("・"),
        short_id(incident)
    );
    raw.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `incident-{YYYYMMDD}-{type}-{short id}.{ext}` (知った日, else the day it was recorded): ASCII only, so it is safe on Windows and in mail.
/// A drill's is `【訓練】drill-{YYYYMMDD}-…` (issue 26): marked, and still `drill-…` where a
/// mail program keeps only the ASCII (the .eml's attachment).
pub fn file_name(incident: &Incident, ext: &str) -> String {
    // 知った日 when it is known; until then the day the record was made ("00000000" looked like
    // a broken file to the people who received it).
    let date = incident
        .known_on
        .unwrap_or_else(|| CivilDate::of(incident.created_at))
        .compact();
    let kind = incident
        .kinds
        .first()
        .map(|k| k.slug())
        .unwrap_or("incident");
    let (mark, what) = if incident.drill.is_some() {
        (DRILL_MARK, "drill")
    } else {
        ("", "incident")
    };
    format!("{mark}{what}-{date}-{kind}-{}.{ext}", short_id(incident))
}

/// The title as lists and exports show it: a drill's begins with 【訓練】 (issue 26), whatever
/// the participant made of it; a real incident's is as typed.
pub fn marked_title(incident: &Incident) -> String {
    let title = incident.title.trim();
    match incident.drill {
        Some(_) if !title.starts_with(DRILL_MARK) => format!("{DRILL_MARK}{title}"),
        _ => title.to_owned(),
    }
}

/// How much of the title the subject carries.
pub const SUBJECT_TITLE_CHARS: usize = 30;

/// The last six letters and digits of the incident's id: short enough for a subject and a file
/// name, enough to tell one section's incidents apart (the full id is in the attached record).
pub fn short_id(incident: &Incident) -> String {
    let tail: Vec<char> = incident
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    tail[tail.len().saturating_sub(6)..].iter().collect()
}

/// Above this length a mailto: URL is not reliably passed to the mail program (Windows and Outlook
/// cut long ones off), so the body is left out and the user pastes it.
pub const MAX_MAILTO_CHARS: usize = 1_800;

/// Percent-encoding of everything but unreserved characters, as `encodeURIComponent` does.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A mailto: link with the subject and, when it fits, the body. Returns the URL and whether the
/// body is in it.
pub fn mailto(to: &str, subject: &str, body: &str) -> (String, bool) {
    let to = if Settings::is_valid_email(to) { to } else { "" };
    let head = format!("mailto:{to}?subject={}", percent_encode(subject));
    let full = format!(
        "{head}&body={}",
        percent_encode(&body.replace('\n', "\r\n"))
    );
    if full.len() <= MAX_MAILTO_CHARS {
        (full, true)
    } else {
        (head, false)
    }
}

/// The report's text as the clerk gets it, made once from one [`Report`]: the text shown under
/// 「報告の本文を確認」 is the text the copy button copies, the mail link carries and the .txt
/// file holds (issue 23: the .txt was built again at the click, at another moment, so it was not
/// the text on screen). A screen keeps one and shows it; an action that must be fresh makes a new
/// one and shows that, so what is sent is always what is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sendable {
    /// The mail subject.
    pub subject: String,
    /// The text: the preview, the copy, the mail's body and the .txt file.
    pub body: String,
    /// The mailto: link to `to`, with the body when it fits.
    pub mailto: String,
    /// Whether the mail link carries the body (it does not when the text is too long for one).
    pub with_body: bool,
    /// The .txt file's name.
    pub txt_name: String,
}

impl Sendable {
    /// The text of `report` (of `incident`), to be mailed to `to`.
    pub fn of(report: &Report, incident: &Incident, to: &str) -> Sendable {
        let body = super::text(report);
        let (mailto, with_body) = mailto(to, &report.subject, &body);
        Sendable {
            subject: report.subject.clone(),
            body,
            mailto,
            with_body,
            txt_name: file_name(incident, "txt"),
        }
    }

    /// The text shown under 「報告の本文を確認」.
    pub fn preview(&self) -> &str {
        &self.body
    }

    /// The .txt file: its name and its text, which is the preview's.
    pub fn txt(&self) -> (&str, &str) {
        (&self.txt_name, &self.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_and_falls_back_when_long() {
        let (url, with_body) = mailto("a@b.jp", "件名 &?", "本文\n2行目");
        assert!(with_body);
        assert_eq!(url, "mailto:a@b.jp?subject=%E4%BB%B6%E5%90%8D%20%26%3F&body=%E6%9C%AC%E6%96%87%0D%0A2%E8%A1%8C%E7%9B%AE");
        let (url, with_body) = mailto("a@b.jp", "s", &"あ".repeat(1000));
        assert!(!with_body && url == "mailto:a@b.jp?subject=s");
        assert!(mailto("x\r\nBcc: y@z.jp", "s", "b")
            .0
            .starts_with("mailto:?"));
    }
}
