//! What is still missing before the report is complete. Each gap names the field that fills it, so
//! the UI can link to it. Export is allowed anyway, as a preliminary report (速報).

use super::settings::Settings;
use crate::core::incident::Incident;
use crate::core::playbook::questions::{Question, QuestionGroup};
use crate::core::playbook::{questions_for, tasks_for, Item};
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
    /// The field that fills it (the UI turns it into a link to the element).
    pub target: Field,
}

/// A field of the incident screen, named by what it is: the UI knows its page id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// One of the reporter's settings.
    Reporter(ReporterField),
    /// The day the prefecture learned of it (知った日).
    KnownOn,
    /// The answer to a question.
    Question(&'static Question),
    /// Whether a task is done.
    Task(&'static Item),
}

/// The reporter's settings a report needs (manual 2: who reports, and how to reach them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReporterField {
    /// 所属.
    Section,
    /// 氏名.
    Name,
    /// 連絡先.
    Contact,
    /// The secretariat's mail address (needed to send by mail, not for the report).
    SecretariatEmail,
}

/// Every gap, in the order of the report.
pub fn gaps(incident: &Incident, settings: &Settings) -> Vec<Gap> {
    let mut out = Vec::new();
    let mut single = |missing: bool, label: Text, target: Field| {
        if missing {
            out.push(Gap {
                label,
                count: 1,
                target,
            });
        }
    };
    single(
        settings.section.trim().is_empty(),
        t("報告者の所属", "Your section"),
        Field::Reporter(ReporterField::Section),
    );
    single(
        settings.reporter.trim().is_empty(),
        t("報告者の氏名", "Your name"),
        Field::Reporter(ReporterField::Name),
    );
    single(
        settings.contact.trim().is_empty(),
        t("報告者の連絡先", "Your phone or extension"),
        Field::Reporter(ReporterField::Contact),
    );
    single(
        incident.known_on.is_none(),
        t("事故を知った日", "The day it became known"),
        Field::KnownOn,
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
                target: Field::Question(first),
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
            target: Field::Task(first.item),
        });
    }
    out
}
