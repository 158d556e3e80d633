//! What is still missing before the report is complete. Each gap names the field that fills it, so
//! the UI can link to it. Export is allowed anyway, as a preliminary report (速報).

use super::settings::Settings;
use crate::core::incident::Incident;
use crate::core::playbook::questions::{AnswerKind, Question, QuestionGroup};
use crate::core::playbook::{questions_for, tasks_for};
use crate::core::text::{t, Text};

/// Picks the questions of one group of gaps.
type QuestionFilter = fn(&Question) -> bool;

/// A missing piece.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// What is missing, in plain words.
    pub label: Text,
    /// How many (for grouped gaps such as unanswered questions), or 1.
    pub count: usize,
    /// The DOM id of the field to go to.
    pub target: String,
}

/// The DOM id of the control that answers `q` (as the incident screen renders it).
pub fn question_target(q: &Question) -> String {
    let base = format!("q-{}", q.id.replace('.', "-"));
    match q.answer {
        AnswerKind::OneOf(options) => {
            format!("{base}-{}", options.first().map_or("yes", |o| o.id))
        }
        AnswerKind::Text | AnswerKind::Count | AnswerKind::Choices(_) => format!("{base}-text"),
    }
}

/// The DOM id of an item's done checkbox.
pub fn task_target(item_id: &str) -> String {
    format!("item-{}-done", item_id.replace('.', "-"))
}

/// Every gap, in the order of the report.
pub fn gaps(incident: &Incident, settings: &Settings) -> Vec<Gap> {
    let mut out = Vec::new();
    let mut single = |missing: bool, label: Text, target: &str| {
        if missing {
            out.push(Gap {
                label,
                count: 1,
                target: target.to_owned(),
            });
        }
    };
    single(
        settings.section.trim().is_empty(),
        t("報告者の所属", "Your section"),
        "settings-section",
    );
    single(
        settings.reporter.trim().is_empty(),
        t("報告者の氏名", "Your name"),
        "settings-reporter",
    );
    single(
        settings.contact.trim().is_empty(),
        t("報告者の連絡先", "Your phone or extension"),
        "settings-contact",
    );
    single(
        incident.known_on.is_none(),
        t("事故を知った日", "The day it became known"),
        "incident-known-on",
    );
    let questions = questions_for(&incident.kinds);
    let unanswered = |q: &&&'static Question| {
        q.is_asked(incident) && incident.answer(q).is_none_or(|a| a.is_empty())
    };
    let groups: [(Text, QuestionFilter); 4] = [
        (
            t(
                "外部からの通報者の連絡先（自己発見なら「なし」と記入）",
                "Contact of whoever reported it from outside (write \"none\" if found internally)",
            ),
            |q| q.group == QuestionGroup::Reporter,
        ),
        (
            t("事実関係の未回答", "Unanswered fact-finding questions"),
            |q| q.group == QuestionGroup::Facts,
        ),
        (
            t(
                "報告義務の判断に使う質問の未回答",
                "Unanswered questions that decide the reporting duties",
            ),
            |q| q.group == QuestionGroup::Legal,
        ),
        (
            t("被害の重要度の未回答", "Unanswered severity questions"),
            |q| q.group == QuestionGroup::Severity,
        ),
    ];
    for (label, belongs) in groups {
        let missing: Vec<_> = questions
            .iter()
            .filter(|q| belongs(q))
            .filter(unanswered)
            .collect();
        if let Some(first) = missing.first() {
            out.push(Gap {
                label,
                count: missing.len(),
                target: question_target(first),
            });
        }
    }
    let open: Vec<_> = tasks_for(&incident.kinds)
        .into_iter()
        .filter(|m| m.item.kind.is_task() && !incident.is_done(m.item))
        .collect();
    if let Some(first) = open.first() {
        out.push(Gap {
            label: t("未完了のタスク", "Tasks not done yet"),
            count: open.len(),
            target: task_target(first.item.id),
        });
    }
    out
}
