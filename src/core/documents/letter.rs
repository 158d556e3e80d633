//! 本人への通知（お詫びとお知らせ）: the letter to the persons whose information leaked (manual 2
//! 通知・公表・報告等 「漏洩した個人情報の本人への謝罪と通知」, 3-x (4); APPI Art. 68(2)). What
//! happened, which information, when it was known, what the prefecture has done, what to watch
//! for, whom to call: each from the record, or 【未確認: …】.

use super::{
    answer, done_actions, indented, issuer, made_with_note, or_unconfirmed, reiwa, type_answer,
    unconfirmed,
};
use crate::core::incident::Incident;
use crate::core::obligations::DutyKind;
use crate::core::playbook::questions::{
    INFO_WHAT, PERSONS_RESPONSE, PREVENTION_MEASURES, SECONDARY_DAMAGE,
};
use crate::core::report::settings::Settings;
use crate::core::time::CivilDate;

/// The letter as of `today`, naming the tool `made_with`.
pub fn draft(
    incident: &Incident,
    settings: &Settings,
    today: CivilDate,
    made_with: &str,
) -> String {
    let issuer = issuer(settings);
    let known = incident
        .known_on
        .map_or_else(|| unconfirmed("県が事案を知った日"), reiwa::date);
    let what = [
        incident.title.trim().to_owned(),
        type_answer(incident, |g| g.discovery),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join("\n");
    let mut done = vec![answer(incident, &PERSONS_RESPONSE)];
    done.extend(done_actions(incident, &[DutyKind::NoticeToPersons]));
    let done = or_unconfirmed(
        done.into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        "県が行った対応",
    );
    let contact = or_unconfirmed(settings.contact.clone(), "連絡先");
    let sections = [
        ("何があったか", or_unconfirmed(what, "事案の概要")),
        (
            "対象となる情報",
            or_unconfirmed(answer(incident, &INFO_WHAT), "対象となる情報"),
        ),
        ("県が事案を知った日", known),
        ("県が行った対応", done),
        (
            "ご注意いただきたいこと",
            format!(
                "{}\n身に覚えのない電話、郵便物、電子メールなどがありましたら、応じずに、下記の問い合わせ先までご連絡ください。",
                or_unconfirmed(answer(incident, &SECONDARY_DAMAGE), "予想される二次被害の内容")
            ),
        ),
        (
            "再発防止の取組",
            or_unconfirmed(answer(incident, &PREVENTION_MEASURES), "再発防止策"),
        ),
    ];
    let lead = [
        reiwa::date(today),
        String::new(),
        "【宛名】 様".to_owned(),
        String::new(),
        issuer.clone(),
        String::new(),
        "個人情報の取扱いに関するお詫びとお知らせ".to_owned(),
        String::new(),
        "　日頃から県政にご理解とご協力をいただき、ありがとうございます。".to_owned(),
        format!("　このたび、{issuer}において、あなたの個人情報を含む情報の漏えい等（漏えいのおそれを含みます。）が判明しました。"),
        "　皆様に多大なご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。".to_owned(),
        "　経緯と県の対応、ご注意いただきたいことを、次のとおりお知らせします。".to_owned(),
        String::new(),
        String::new(),
    ];
    let mut out = super::drill_note(incident);
    out.push_str(&lead.join("\n"));
    for (n, (heading, body)) in sections.iter().enumerate() {
        out.push_str(&format!("{}　{heading}\n{}\n\n", n + 1, indented(body)));
    }
    let close = [
        "　今後、このようなことのないよう、個人情報の管理を徹底し、再発防止に努めてまいります。"
            .to_owned(),
        "　重ねて深くお詫び申し上げます。".to_owned(),
        String::new(),
        "【お問い合わせ先】".to_owned(),
        format!("　{issuer}"),
        format!("　連絡先: {contact}"),
        String::new(),
        made_with_note(made_with),
    ];
    out.push_str(&close.join("\n"));
    out
}
