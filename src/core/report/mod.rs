//! The report the secretariat receives. Built once as [`Section`]s under the manual's headings, then
//! rendered as email text ([`text`]), printable HTML ([`html`]) and an .eml draft ([`eml`]); the
//! JSON export is the stored record itself (`core::record`). The report is in Japanese: the
//! secretariat reads it as is. Gaps are marked 未確認, never left out.

pub mod completeness;
mod drill;
mod duties;
pub mod eml;
pub mod names;
mod render;
pub mod settings;

pub use drill::DEBRIEF_HEADING;
pub use render::{escape, html, text, DRILL_NOTE};

use crate::core::about;
use crate::core::incident::{Incident, Status};
use crate::core::obligations::count::{self, CountAnswer};
use crate::core::playbook::questions::{
    AnswerKind, Question, QuestionGroup, INFO_WHAT, MANAGEMENT_PROBLEMS, PERSONS, PERSONS_RESPONSE,
    PREVENTION_MEASURES, SECONDARY_DAMAGE,
};
use crate::core::playbook::{questions_for, tasks_for, Phase, SharedTask, TypeGuide};
use crate::core::record::Sender;
use crate::core::register::Summary;
use crate::core::time::{CivilDate, Timestamp};
use settings::Settings;

/// What stands where an answer is missing.
pub const UNCONFIRMED: &str = "未確認";

/// One line of a section: a label and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// What the line is about ("事故を知った日", "[済 11/25 10:42]").
    pub label: String,
    /// The content.
    pub value: String,
    /// Whether the value is missing (rendered 未確認 and highlighted).
    pub missing: bool,
    /// For a task of the manual's flow: whether it is done (its label says so in words).
    pub task: Option<TaskMark>,
}

/// Whether a task in the report is done, and when (manual 2: record what was done and when).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskMark {
    /// Done at this time: "[済 2026-11-25 10:42]".
    Done(Timestamp),
    /// Not done yet: "[未]".
    Open,
}

impl TaskMark {
    /// The mark as the report writes it.
    pub fn label(self) -> String {
        match self {
            TaskMark::Done(at) => format!("[済 {}]", at.jst_minute()),
            TaskMark::Open => "[未]".to_owned(),
        }
    }
}

/// A section of the report under one of the manual's headings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub title: &'static str,
    /// Its lines.
    pub lines: Vec<Line>,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The mail subject: `【情報セキュリティ事故報告】{所属} {種別} {発覚日}`.
    pub subject: String,
    /// Whether gaps remain (then it is sent as 速報, a preliminary report).
    pub preliminary: bool,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The tool's version and build ([`crate::core::about::made_with`]), written at the end.
    pub made_with: String,
    /// The register's columns, written at the end of the text as a block the secretariat's
    /// register reads when the report arrives without its attachment (issue 13).
    pub summary: Summary,
}

impl Report {
    /// The same report, naming the build it was made with (the edge knows it; the core does not).
    pub fn with_build(self, build: &str) -> Report {
        let made_with = about::made_with(build);
        Report {
            summary: Summary {
                made_with: Some(made_with.clone()),
                ..self.summary
            },
            made_with,
            ..self
        }
    }
}

fn line(label: impl Into<String>, value: impl Into<String>) -> Line {
    let value = value.into();
    let missing = value.trim().is_empty();
    Line {
        label: label.into(),
        value: if missing { UNCONFIRMED.into() } else { value },
        missing,
        task: None,
    }
}

/// The answer to `q` as report text; empty when unanswered.
pub fn answer_text(incident: &Incident, q: &Question) -> String {
    let Some(answer) = incident.answer(q) else {
        return String::new();
    };
    if q.answer == AnswerKind::Count {
        return count_text(&answer.text);
    }
    let chosen: Vec<&str> = q
        .answer
        .options()
        .iter()
        .filter(|o| answer.choices.iter().any(|c| c == o.id))
        .map(|o| o.text.ja)
        .collect();
    [chosen.join("、"), answer.text.trim().to_owned()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A typed count with the number the tool understood: "約1万人（= 10,000人（約））".
fn count_text(typed: &str) -> String {
    let typed = typed.trim();
    match count::parse(typed) {
        CountAnswer::Empty => String::new(),
        CountAnswer::Count(c) => format!("{typed} → {}", c.describe_ja()),
        CountAnswer::Unknown => format!("{typed}（不明）"),
        CountAnswer::Unreadable => format!("{typed}（数として読めず）"),
    }
}

fn kinds_text(incident: &Incident) -> String {
    incident
        .kinds
        .iter()
        .map(|k| format!("{} {}", k.guide().section, k.guide().title.ja))
        .collect::<Vec<_>>()
        .join("、")
}

fn task_lines(incident: &Incident, phases: &[Phase]) -> Vec<Line> {
    tasks_for(&incident.kinds)
        .into_iter()
        .filter(|m| m.item.kind.is_task() && phases.contains(&m.item.phase))
        .map(|m| {
            let record = incident.tasks.get(m.item.task_key());
            let mark = record
                .and_then(|r| r.done_at)
                .map_or(TaskMark::Open, TaskMark::Done);
            let note = record.map(|r| r.note.trim()).filter(|n| !n.is_empty());
            let value = match note {
                Some(note) => format!("{}（メモ: {note}）", m.item.text.ja),
                None => m.item.text.ja.to_owned(),
            };
            Line {
                label: mark.label(),
                value,
                missing: false,
                task: Some(mark),
            }
        })
        .collect()
}

fn question_lines(incident: &Incident, filter: impl Fn(&Question) -> bool) -> Vec<Line> {
    questions_for(&incident.kinds)
        .into_iter()
        .filter(|q| filter(q) && q.is_asked(incident))
        .map(|q| line(q.text.ja, answer_text(incident, q)))
        .collect()
}

pub(super) fn task_status(incident: &Incident, key: &str) -> String {
    match incident.tasks.get(key) {
        Some(r) if r.done_at.is_some() => {
            let note = if r.note.trim().is_empty() {
                String::new()
            } else {
                format!("（{}）", r.note.trim())
            };
            format!(
                "実施済み {}{note}",
                r.done_at.map(|t| t.jst_minute()).unwrap_or_default()
            )
        }
        Some(r) if !r.note.trim().is_empty() => format!("未実施（{}）", r.note.trim()),
        _ => String::new(),
    }
}

/// The parts that are known, joined: "a / b"; empty when none is.
fn joined(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The nine items of the PPC report form (legal-obligations.md), filled from the answers: the
/// report's section of them, and the documents' item-by-item copy (`core::documents`).
pub fn ppc_items(incident: &Incident) -> Vec<Line> {
    // The first type's wording of the question; every type asks it (tests/invariants.rs).
    let fact = |pick: fn(&TypeGuide) -> &'static Question| {
        incident
            .kinds
            .first()
            .map(|k| answer_text(incident, pick(k.guide())))
            .unwrap_or_default()
    };
    let prevention = task_lines(incident, &[Phase::Prevention])
        .into_iter()
        .filter(|l| matches!(l.task, Some(TaskMark::Done(_))))
        .map(|l| l.value);
    vec![
        line(
            "概要",
            [names::marked_title(incident), fact(|g| g.discovery)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" / "),
        ),
        line(
            "漏えい等が発生し又は発生したおそれがある保有個人情報の項目",
            answer_text(incident, &INFO_WHAT),
        ),
        line("本人の数", answer_text(incident, &PERSONS)),
        line("原因", fact(|g| g.cause)),
        line(
            "二次被害又はそのおそれの有無及びその内容",
            joined([
                answer_text(incident, &SECONDARY_DAMAGE),
                task_status(incident, SharedTask::SecondaryDamage.key()),
            ]),
        ),
        line(
            "本人への対応の実施状況",
            joined([
                answer_text(incident, &PERSONS_RESPONSE),
                task_status(incident, SharedTask::NotifyPersons.key()),
            ]),
        ),
        line("公表の実施状況", duties::publication_status(incident)),
        line(
            "再発防止のための措置",
            joined(std::iter::once(answer_text(incident, &PREVENTION_MEASURES)).chain(prevention)),
        ),
        line(
            "その他参考となる事項",
            answer_text(incident, &MANAGEMENT_PROBLEMS),
        ),
    ]
}

/// Builds the report of `incident` by `settings`, as of `now`.
pub fn build(incident: &Incident, settings: &Settings, now: Timestamp) -> Report {
    let gaps = completeness::gaps(incident, settings);
    let known = incident.known_on.map(|d| d.to_string()).unwrap_or_default();
    let (done, all) = incident.progress();
    let status = match incident.status {
        Status::Open => "対応中",
        Status::Closed => "完了",
    };
    let is_fact = |q: &Question| matches!(q.group, QuestionGroup::Facts | QuestionGroup::Reporter);
    let mut facts = question_lines(incident, is_fact);
    facts.push(Line {
        label: "―― 報告義務の判断に使う質問".into(),
        value: String::new(),
        missing: false,
        task: None,
    });
    facts.extend(question_lines(incident, |q| {
        q.group == QuestionGroup::Legal
    }));
    let response = |phase: Phase| {
        question_lines(incident, move |q| {
            q.group == QuestionGroup::Response && q.phase == phase
        })
    };
    let mut investigation = task_lines(incident, &[Phase::Investigation]);
    investigation.extend(question_lines(incident, |q| {
        q.group == QuestionGroup::Severity
    }));
    investigation.extend(response(Phase::Investigation));
    let mut notification = task_lines(incident, &[Phase::NotificationAndPublication]);
    notification.extend(response(Phase::NotificationAndPublication));
    notification.extend(duties::duty_lines(incident, CivilDate::of(now)));
    let mut recovery = task_lines(
        incident,
        &[Phase::ContainmentAndRecovery, Phase::Prevention],
    );
    recovery.extend(response(Phase::Prevention));
    let timeline = incident
        .timeline_in_order()
        .into_iter()
        .map(|e| {
            let mut value = e.text.clone();
            if let Some(of) = e.corrects {
                value = format!("（#{of} の訂正）{value}");
            }
            if incident.is_corrected(e.seq) {
                value = format!("{value}（訂正済み）");
            }
            Line {
                label: format!("{} #{}", e.at.jst_minute(), e.seq),
                value,
                missing: false,
                task: None,
            }
        })
        .collect();
    let mut open: Vec<Line> = gaps
        .iter()
        .map(|g| Line {
            label: "未確認".into(),
            value: g.label.ja.to_owned(),
            missing: true,
            task: None,
        })
        .collect();
    open.extend(
        task_lines(incident, &Phase::ALL)
            .into_iter()
            .filter(|l| l.task == Some(TaskMark::Open)),
    );
    Report {
        summary: Summary::of(
            incident,
            Some(Sender::of(settings)),
            Some(about::made_with("")),
        ),
        subject: names::subject(incident, settings),
        preliminary: !gaps.is_empty(),
        sections: vec![
            Section {
                title: "報告者",
                lines: vec![
                    line("所属", settings.section.clone()),
                    line("報告者", settings.reporter.clone()),
                    line("連絡先", settings.contact.clone()),
                    line("作成日時", now.jst_minute()),
                ],
            },
            Section {
                title: "概要",
                lines: vec![
                    line("件名", incident.title.clone()),
                    line("種別", kinds_text(incident)),
                    line("事故を知った日", known),
                    line("状況", format!("{status}（タスク {done}/{all} 完了）")),
                    line("記録番号", incident.id.clone()),
                ],
            },
            Section {
                title: "事実関係",
                lines: facts,
            },
            Section {
                title: "初動対応",
                lines: task_lines(
                    incident,
                    &[Phase::DiscoveryAndReport, Phase::InitialResponse],
                ),
            },
            Section {
                title: "調査・被害の重要度",
                lines: investigation,
            },
            Section {
                title: "通知・報告・公表",
                lines: notification,
            },
            Section {
                title: "抑制措置と復旧",
                lines: recovery,
            },
            Section {
                title: "個人情報保護委員会への報告事項（報告フォームの9項目）",
                lines: ppc_items(incident),
            },
            Section {
                title: "タイムライン",
                lines: timeline,
            },
            Section {
                title: "未完了の事項",
                lines: open,
            },
        ]
        .into_iter()
        .chain(drill::section(incident, now))
        .collect(),
        made_with: about::made_with(""),
    }
}
