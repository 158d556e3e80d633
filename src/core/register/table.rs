//! The register as a table (issue 13): the columns of the CSV for Excel and of the printed
//! register, one row per incident, and the yearly summary for the committee's report.

use super::{Register, Row, Summary};
use crate::core::obligations::{DeadlineKind, DutyKind};
use crate::core::time::CivilDate;

/// The register's columns, in order.
pub const COLUMNS: [&str; 24] = [
    "受付日時",
    "所属",
    "報告者",
    "連絡先",
    "件名",
    "種類",
    "知った日",
    "本人の数",
    "個人情報保護委員会への報告",
    "本人への通知",
    "マイナンバー",
    "警察",
    "総務省",
    "公表",
    "速報期限",
    "確報期限",
    "残り日数",
    "速報提出日",
    "確報提出日",
    "総務省報告日",
    "公表日",
    "メモ",
    "版",
    "前の版からの変更",
];

fn date(d: Option<CivilDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn due(s: &Summary, kind: DeadlineKind) -> String {
    match &s.deadlines {
        None => "不要".into(),
        Some(list) if list.is_empty() => "知った日が未入力".into(),
        Some(list) => list
            .iter()
            .find(|d| d.kind == kind)
            .map(|d| {
                let sent = if d.sent { "（送付済み）" } else { "" };
                format!("{}{sent}", d.due)
            })
            .unwrap_or_default(),
    }
}

/// "あと3日" / "今日が期限" / "2日超過" for the next report not yet sent, as of `today`.
fn days_left(row: &Row, today: CivilDate) -> String {
    match row.days_left(today) {
        None => String::new(),
        Some(0) => "今日が期限".into(),
        Some(n) if n > 0 => format!("あと{n}日"),
        Some(n) => format!("{}日超過", -n),
    }
}

/// One row of the table, as of `today`.
pub fn row(row: &Row, today: CivilDate) -> Vec<String> {
    let Some(latest) = row.latest() else {
        return Vec::new();
    };
    let s = &latest.summary;
    let sender = |f: fn(&crate::core::record::Sender) -> &String| {
        s.sender
            .as_ref()
            .map_or("不明".to_owned(), |x| f(x).clone())
    };
    let verdict = |kind: DutyKind| {
        s.verdicts
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(String::new(), |(_, v)| v.ja().to_owned())
    };
    let p = &row.progress;
    vec![
        row.first_received()
            .map(|t| t.jst_minute())
            .unwrap_or_default(),
        sender(|x| &x.section),
        sender(|x| &x.reporter),
        sender(|x| &x.contact),
        s.title.clone(),
        s.kinds
            .iter()
            .map(|k| k.guide().title.ja)
            .collect::<Vec<_>>()
            .join("・"),
        date(s.known_on),
        s.persons.clone(),
        verdict(DutyKind::PpcReport),
        verdict(DutyKind::NoticeToPersons),
        verdict(DutyKind::MyNumber),
        verdict(DutyKind::Police),
        verdict(DutyKind::MicReport),
        verdict(DutyKind::Publication),
        due(s, DeadlineKind::Preliminary),
        due(s, DeadlineKind::Final),
        days_left(row, today),
        date(p.preliminary_filed_on),
        date(p.final_filed_on),
        date(p.mic_reported_on),
        date(p.published_on),
        p.notes.clone(),
        format!("第{}版（{}件目の受信）", s.revision, row.versions.len()),
        latest.changes.join("、"),
    ]
}

/// The whole register as rows for [`super::csv::file`]: the column names, then each incident
/// in the order given by [`Register::by_next_deadline`].
pub fn rows(register: &Register, today: CivilDate) -> Vec<Vec<String>> {
    let mut out = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect()];
    out.extend(
        register
            .by_next_deadline()
            .into_iter()
            .map(|(_, r)| row(r, today)),
    );
    out
}

/// The yearly summary for the committee: how many incidents of each type, in each month (by
/// 知った日, else by the first arrival) and from each section, for the incidents of `year`;
/// the year's drills counted apart ([`YearSummary::exercises`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearSummary {
    /// Incidents counted.
    pub total: usize,
    /// (type's title, count), in the manual's order; an incident of two types counts in both.
    pub by_kind: Vec<(&'static str, usize)>,
    /// Counts for January … December.
    pub by_month: [usize; 12],
    /// (section, count), most first (不明 for reports that do not say).
    pub by_section: Vec<(String, usize)>,
    /// Drills (訓練, issue 26) of the year, counted apart: in none of the figures above.
    pub exercises: usize,
}

/// The summary of `year` (a calendar year, JST).
pub fn year_summary(register: &Register, year: i32) -> YearSummary {
    use crate::core::playbook::IncidentKind;
    let mut out = YearSummary {
        by_kind: IncidentKind::ALL
            .iter()
            .map(|k| (k.guide().title.ja, 0))
            .collect(),
        ..YearSummary::default()
    };
    for (_, row) in register.rows.iter() {
        let Some(s) = row.latest().map(|v| &v.summary) else {
            continue;
        };
        let Some(day) = s
            .known_on
            .or_else(|| row.first_received().map(CivilDate::of))
        else {
            continue;
        };
        if day.year != year {
            continue;
        }
        if row.is_drill() {
            out.exercises += 1;
            continue;
        }
        out.total += 1;
        out.by_month[(day.month.clamp(1, 12) - 1) as usize] += 1;
        for (n, kind) in IncidentKind::ALL.iter().enumerate() {
            if s.kinds.contains(kind) {
                out.by_kind[n].1 += 1;
            }
        }
        let section = s
            .sender
            .as_ref()
            .map(|x| x.section.trim().to_owned())
            .filter(|x| !x.is_empty())
            .unwrap_or_else(|| "不明".to_owned());
        match out.by_section.iter_mut().find(|(name, _)| *name == section) {
            Some((_, n)) => *n += 1,
            None => out.by_section.push((section, 1)),
        }
    }
    crate::core::sorted::sort_stable_by(&mut out.by_section, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    out
}
