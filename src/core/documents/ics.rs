//! The PPC deadlines as a calendar file (RFC 5545) for Outlook: 速報's target (day 3) and limit
//! (day 5) and 確報 (30 or 60 days), counted from 知った日 by the clock
//! (`obligations::deadlines`), as all-day events titled with the incident, each with one reminder
//! at 9:00 on the working day before. Working days skip weekends and the year-end closure
//! (12月29日〜1月3日, 行政機関の休日に関する法律 1条); national holidays are not known to the tool.
//! Lines end in CRLF and are folded at 75 octets without splitting a character.

use crate::core::incident::Incident;
use crate::core::obligations::{clock, Clock, Deadline, DeadlineKind};
use crate::core::time::{CivilDate, Timestamp};

/// Whether `d` is a day the prefecture's offices are open: not Saturday or Sunday, not 12/29-1/3.
pub fn is_working_day(d: CivilDate) -> bool {
    // 1970-01-01 was a Thursday: 0 = Monday.
    let weekday = (d.days_since_epoch() + 3).rem_euclid(7);
    let closed = (d.month == 12 && d.day >= 29) || (d.month == 1 && d.day <= 3);
    weekday < 5 && !closed
}

/// The last working day before `d`.
pub fn working_day_before(d: CivilDate) -> CivilDate {
    let mut day = d.add_days(-1);
    while !is_working_day(day) {
        day = day.add_days(-1);
    }
    day
}

/// One all-day event of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across downloads, so a calendar that imports the file again updates the event.
    pub uid: String,
    /// The day.
    pub on: CivilDate,
    /// The title.
    pub summary: String,
    /// The text under it.
    pub description: String,
    /// The reminder's day (9:00), unless the report is marked sent.
    pub alarm_on: Option<CivilDate>,
}

/// The events of the file: none unless the clock runs (知った日 known, a report maybe required).
pub fn events(incident: &Incident, today: CivilDate) -> Vec<Event> {
    let Clock::Running(deadlines) = clock(incident, today) else {
        return Vec::new();
    };
    let name = match incident.title.trim() {
        "" => incident
            .kinds
            .iter()
            .map(|k| k.guide().title.ja)
            .collect::<Vec<_>>()
            .join("・"),
        title => title.to_owned(),
    };
    let known = incident.known_on.map(|d| d.to_string()).unwrap_or_default();
    let mut out = Vec::new();
    // A drill's events say so first (issue 26): a calendar shows the start of a summary.
    let drill = if incident.drill.is_some() {
        crate::core::drill::DRILL_MARK
    } else {
        ""
    };
    let mut push = |d: &Deadline, what: &str, slug: &str, on: CivilDate| {
        let sent = if d.done { "【提出済み】" } else { "" };
        out.push(Event {
            uid: format!("{}-{slug}@incident-navi", incident.id),
            on,
            summary: format!("{drill}{sent}{what}（個人情報保護委員会）: {name}"),
            description: format!(
                "{}\n知った日: {known}\n記録番号: {}",
                d.basis.ja, incident.id
            ),
            alarm_on: (!d.done).then(|| working_day_before(on)),
        });
    };
    for d in &deadlines {
        match d.kind {
            DeadlineKind::Preliminary => {
                if let Some(target) = d.target {
                    push(d, "速報の目安", "preliminary-target", target);
                }
                push(d, "速報の期限", "preliminary", d.due);
            }
            DeadlineKind::Final => push(d, "確報の期限", "final", d.due),
        }
    }
    out
}

/// The calendar file, or `None` when the clock does not run. `now` stamps it (DTSTAMP, and the
/// SEQUENCE that lets a calendar take a new download as the newer version of the same events).
pub fn calendar(incident: &Incident, now: Timestamp, made_with: &str) -> Option<String> {
    let events = events(incident, CivilDate::of(now));
    if events.is_empty() {
        return None;
    }
    let stamp = utc_stamp(now);
    let sequence = now.0.div_euclid(60_000).max(0);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//incident-navi//{}//JA", escape(made_with)),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for e in &events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&e.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("SEQUENCE:{sequence}"),
            format!("DTSTART;VALUE=DATE:{}", e.on.compact()),
            format!("DTEND;VALUE=DATE:{}", e.on.add_days(1).compact()),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!(
                "DESCRIPTION:{}",
                escape(&format!(
                    "{}\n（情報セキュリティ事故 対応ナビ {made_with} で作成）",
                    e.description
                ))
            ),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        if let Some(alarm) = e.alarm_on {
            lines.extend([
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("DESCRIPTION:{}", escape(&e.summary)),
                format!("TRIGGER:{}", trigger(e.on, alarm)),
                "END:VALARM".to_owned(),
            ]);
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    Some(lines.iter().map(|l| fold(l)).collect())
}

/// The reminder at 9:00 on `alarm`, before the all-day event on `on` (which starts at 0:00).
fn trigger(on: CivilDate, alarm: CivilDate) -> String {
    let hours_before = (on.days_since_epoch() - alarm.days_since_epoch()) * 24 - 9;
    match (hours_before / 24, hours_before % 24) {
        (0, h) => format!("-PT{h}H"),
        (d, 0) => format!("-P{d}D"),
        (d, h) => format!("-P{d}DT{h}H"),
    }
}

/// `20261125T131400Z`.
fn utc_stamp(ts: Timestamp) -> String {
    let day = CivilDate::from_days_since_epoch(ts.0.div_euclid(86_400_000));
    let secs = ts.0.rem_euclid(86_400_000) / 1000;
    format!(
        "{}T{:02}{:02}{:02}Z",
        day.compact(),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 3.1): at most 75 octets a line, continuation lines led by a
/// space, never inside a UTF-8 character; each line ends in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap_or(CivilDate {
            year: 1,
            month: 1,
            day: 1,
        })
    }

    #[test]
    fn working_days_skip_weekends_and_the_year_end() {
        assert_eq!(working_day_before(day("2026-11-30")), day("2026-11-27")); // Mon → Fri
        assert_eq!(working_day_before(day("2026-11-26")), day("2026-11-25"));
        assert_eq!(working_day_before(day("2027-01-04")), day("2026-12-28"));
        assert_eq!(working_day_before(day("2026-12-31")), day("2026-12-28"));
        assert!(!is_working_day(day("2027-01-02")) && is_working_day(day("2027-01-04")));
    }

    #[test]
    fn triggers_and_folds() {
        assert_eq!(trigger(day("2026-11-26"), day("2026-11-25")), "-PT15H");
        assert_eq!(trigger(day("2026-11-30"), day("2026-11-27")), "-P2DT15H");
        let long = format!("SUMMARY:{}", "あ".repeat(40));
        let folded = fold(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(utc_stamp(Timestamp(1_795_612_440_000)), "20261125T131400Z");
    }
}
