//! The documents a section writes after its first report (issue 25), drafted from the record:
//! the letter to the persons ([`letter`]: 本人への通知と謝罪, manual 2 通知・公表・報告等 and 3-x (4)),
//! the press release ([`press`]: 公表, manual 2 and 3-x (4), the prefecture's headings), the PPC
//! form item by item ([`ppc_items`], [`my_number_items`]), and the deadlines as a calendar file
//! ([`ics`]). Each is a pure function of the incident, the reporter's settings and a date; what
//! the record does not hold is written 【未確認: …】, never made up. The drafts are in Japanese
//! (their readers are), dated in 令和 ([`reiwa`]), and name the tool's version.

pub mod ics;
pub mod letter;
pub mod press;
pub mod reiwa;

use crate::core::drill::DRILL_MARK;
use crate::core::incident::Incident;
use crate::core::obligations::{duty, DeadlineKind, DutyKind, Verdict};
use crate::core::playbook::questions::{AnswerKind, Question};
use crate::core::playbook::TypeGuide;
use crate::core::report::settings::Settings;
use crate::core::report::{self, Line};
use crate::core::time::CivilDate;

/// "【未確認: 発覚の経緯】": what a draft writes where the record holds nothing.
pub fn unconfirmed(what: &str) -> String {
    format!("【未確認: {what}】")
}

/// `value`, or [`unconfirmed`] `what` when it is empty.
fn or_unconfirmed(value: String, what: &str) -> String {
    if value.trim().is_empty() {
        unconfirmed(what)
    } else {
        value.trim().to_owned()
    }
}

/// The answer as the user wrote it (a count as typed, "約250人", not as the tool read it).
fn answer(incident: &Incident, q: &Question) -> String {
    match q.answer {
        AnswerKind::Count => incident
            .answer(q)
            .map(|a| a.text.trim().to_owned())
            .unwrap_or_default(),
        _ => report::answer_text(incident, q),
    }
}

/// A type's own question (its cause, how it came to light), in the first type's wording; every
/// type asks it.
fn type_answer(incident: &Incident, pick: fn(&TypeGuide) -> &'static Question) -> String {
    incident
        .kinds
        .first()
        .map(|k| answer(incident, pick(k.guide())))
        .unwrap_or_default()
}

/// The issuing section: "岐阜県 総務部 情報企画課" (the manual is the prefecture's).
fn issuer(settings: &Settings) -> String {
    let section = settings.section.trim();
    if section.is_empty() {
        format!("岐阜県 {}", unconfirmed("所属"))
    } else if section.starts_with("岐阜県") {
        section.to_owned()
    } else {
        format!("岐阜県 {section}")
    }
}

/// The last line of every draft: which tool drafted it (taken out before sending).
fn made_with_note(made_with: &str) -> String {
    format!("（この下書きは 情報セキュリティ事故 対応ナビ {made_with} で作成しました。送付・発表の前にこの行を削除してください。）\n")
}

/// The first line of a drill's draft (issue 26): it says, before anything else, that this is an
/// exercise; empty for a real incident.
pub fn drill_note(incident: &Incident) -> String {
    if incident.drill.is_some() {
        format!("{DRILL_MARK}この文書は訓練で作成したものです。実際の事故ではありません。\n\n")
    } else {
        String::new()
    }
}

/// Indents every line of a multi-line answer under its heading.
fn indented(text: &str) -> String {
    text.lines()
        .map(|l| format!("　{}", l.trim_end()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What the record shows as done among the duties and the PPC's reports, each with its day
/// ("警察への届出・相談: 令和8年11月25日に実施"). `except`: the duties the draft tells of itself.
fn done_actions(incident: &Incident, except: &[DutyKind]) -> Vec<String> {
    let reports = [
        (
            DeadlineKind::Preliminary,
            "個人情報保護委員会への報告（速報）",
        ),
        (DeadlineKind::Final, "個人情報保護委員会への報告（確報）"),
    ]
    .map(|(kind, title)| (kind.key(), title));
    let duties = DutyKind::ALL
        .into_iter()
        .filter(|k| *k != DutyKind::PpcReport && !except.contains(k))
        .map(|k| (k.key(), k.citation().title.ja));
    reports
        .into_iter()
        .chain(duties)
        .filter_map(|(key, title)| {
            let at = incident.duty_done_at(key)?;
            Some(format!("{title}: {}に実施", reiwa::date(CivilDate::of(at))))
        })
        .collect()
}

/// The nine items of the PPC form, one per field of its online form (the report's own section).
pub fn ppc_items(incident: &Incident) -> Vec<Line> {
    report::ppc_items(incident)
}

/// The My Number report's items, when that track applies (番号法29条の4; the PPC rule on
/// 特定個人情報 lists the same items, with 特定個人情報 for the kinds of data: not verified
/// verbatim). `None` when the answers prove it is not required.
pub fn my_number_items(incident: &Incident) -> Option<Vec<Line>> {
    if duty(incident, DutyKind::MyNumber).verdict == Verdict::NotRequired {
        return None;
    }
    let mut items = report::ppc_items(incident);
    if let Some(kinds) = items.get_mut(1) {
        kinds.label = "漏えい等が発生し又は発生したおそれがある特定個人情報の項目".into();
    }
    Some(items)
}
