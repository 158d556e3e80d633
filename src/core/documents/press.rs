//! 報道発表資料: the press release draft (manual 2 通知・公表・報告等 「記者発表」, 3-x (4) 公表),
//! under the headings the prefecture's releases use (legal-obligations.md): 事案発生所属,
//! 漏えいした情報, 判明した日時, 発覚の経緯, 対応状況, 原因, 再発防止策. Whether to publish, and a
//! decision to hold it back (3-4 (4)), are for the writer ([`decision`]), never in the release.

use super::{
    answer, done_actions, indented, issuer, made_with_note, or_unconfirmed, reiwa, type_answer,
    unconfirmed,
};
use crate::core::incident::{Incident, PublicationHold};
use crate::core::obligations::{duty, DutyKind, Verdict};
use crate::core::playbook::questions::{
    INFO_WHAT, INFO_WHOSE, PERSONS, PERSONS_RESPONSE, PREVENTION_MEASURES,
};
use crate::core::playbook::SharedTask;
use crate::core::report::settings::Settings;
use crate::core::time::{CivilDate, Timestamp};

/// What the writer of the release must see first: whether the tool reads publication as needed,
/// whether it is marked done, and any decision to hold it back (3-4 (4)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The publication duty's verdict (manual 2, 3-x (4)).
    pub verdict: Verdict,
    /// When publication was marked done (the duty or the manual's task), if it was.
    pub published_at: Option<Timestamp>,
    /// A decision to hold publication back, with its day and reason.
    pub hold: Option<PublicationHold>,
}

/// The publication decision of `incident`, for the writer.
pub fn decision(incident: &Incident) -> Decision {
    let task = incident
        .tasks
        .get(SharedTask::Publication.key())
        .and_then(|r| r.done_at);
    Decision {
        verdict: duty(incident, DutyKind::Publication).verdict,
        published_at: incident.duty_done_at(DutyKind::Publication.key()).or(task),
        hold: incident.publication_hold.clone(),
    }
}

/// The release as of `today`, naming the tool `made_with`.
pub fn draft(
    incident: &Incident,
    settings: &Settings,
    today: CivilDate,
    made_with: &str,
) -> String {
    let issuer = issuer(settings);
    let known = incident
        .known_on
        .map_or_else(|| unconfirmed("判明した日"), reiwa::date);
    let info = [
        or_unconfirmed(answer(incident, &INFO_WHAT), "漏えいした情報の項目"),
        format!(
            "対象: {}",
            or_unconfirmed(answer(incident, &INFO_WHOSE), "誰の情報か")
        ),
        format!(
            "人数: {}",
            or_unconfirmed(answer(incident, &PERSONS), "本人の数")
        ),
    ]
    .join("\n");
    let mut done = vec![answer(incident, &PERSONS_RESPONSE)];
    done.extend(done_actions(incident, &[DutyKind::Publication]));
    let done = done
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let sections = [
        ("事案発生所属", issuer.clone()),
        ("漏えいした情報", info),
        ("判明した日時", known),
        (
            "発覚の経緯",
            or_unconfirmed(type_answer(incident, |g| g.discovery), "発覚の経緯"),
        ),
        ("対応状況", or_unconfirmed(done, "対応状況")),
        (
            "原因",
            or_unconfirmed(type_answer(incident, |g| g.cause), "原因"),
        ),
        (
            "再発防止策",
            or_unconfirmed(answer(incident, &PREVENTION_MEASURES), "再発防止策"),
        ),
    ];
    let title = match incident.title.trim() {
        "" => "個人情報の漏えい等について".to_owned(),
        t => format!("個人情報の漏えい等について（{t}）"),
    };
    let lead = [
        "報道発表資料".to_owned(),
        reiwa::date(today),
        issuer.clone(),
        String::new(),
        title,
        String::new(),
        format!("　{issuer}において、個人情報の漏えい等（漏えいのおそれを含む。）が判明しました。"),
        "　関係者の皆様に多大なご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。"
            .to_owned(),
        String::new(),
        String::new(),
    ];
    let mut out = super::drill_note(incident);
    out.push_str(&lead.join("\n"));
    for (n, (heading, body)) in sections.iter().enumerate() {
        out.push_str(&format!("{}　{heading}\n{}\n\n", n + 1, indented(body)));
    }
    out.push_str(&format!(
        "【問い合わせ先】\n　{issuer}\n　担当: {}\n　連絡先: {}\n\n{}",
        or_unconfirmed(settings.reporter.clone(), "担当者"),
        or_unconfirmed(settings.contact.clone(), "連絡先"),
        made_with_note(made_with)
    ));
    out
}
