//! The report's lines about duties: each verdict with its reasons, source and checked date; the
//! PPC clock; the bodies recommended outside the law; and publication with its hold (3-4 (4)).

use super::{task_status, Line};
use crate::core::incident::Incident;
use crate::core::obligations::{clock, clock_report, duties, recommendations, Clock, Facts};
use crate::core::playbook::SharedTask;
use crate::core::time::CivilDate;

/// 公表の実施状況: the task, and a decision to hold it back (manual 3-4 (4)) with its reason and day.
pub(super) fn publication_status(incident: &Incident) -> String {
    let task = task_status(incident, SharedTask::Publication.key());
    let Some(hold) = &incident.publication_hold else {
        return task;
    };
    let day = hold
        .decided_on
        .map_or("日付未入力".to_owned(), |d| d.to_string());
    let reason = match hold.reason.trim() {
        "" => "理由未記入".to_owned(),
        r => r.to_owned(),
    };
    let held = format!("公表を控える判断（{day}、マニュアル 3-4 (4)）: {reason}");
    [task, held]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

pub(super) fn duty_lines(incident: &Incident, today: CivilDate) -> Vec<Line> {
    let mut lines: Vec<Line> = duties(incident)
        .into_iter()
        .map(|d| {
            let reasons: Vec<String> = d.reasons.iter().map(|r| r.ja()).collect();
            let done = incident
                .duty_done_at(d.kind.key())
                .map(|at| format!(" [実施済み {}]", at.jst_minute()))
                .unwrap_or_default();
            let citation = d.kind.citation();
            Line {
                label: citation.title.ja.to_owned(),
                value: format!(
                    "{}: {}{done}（{}、{}確認）",
                    d.verdict.ja(),
                    reasons.join("、"),
                    citation.source.ja,
                    citation.verified_on
                ),
                missing: false,
                task: None,
            }
        })
        .collect();
    match clock(incident, today) {
        Clock::NotApplicable => {}
        Clock::NeedsKnownDate => lines.push(Line {
            label: format!(
                "期限（{}）",
                clock_report(&Facts::of(incident))
                    .map_or("個人情報保護委員会", |r| r.name().ja)
            ),
            value: "事故を知った日が未入力のため計算できません".into(),
            missing: true,
            task: None,
        }),
        Clock::Running(deadlines) => {
            for d in deadlines {
                let state = if d.done {
                    "提出済み".to_owned()
                } else if d.days_left < 0 {
                    format!("{}日超過", -d.days_left)
                } else {
                    format!("あと{}日", d.days_left)
                };
                let target = d.target.map(|t| format!("目安 {t}、")).unwrap_or_default();
                lines.push(Line {
                    label: format!("期限 {}", d.title().ja),
                    value: format!("{target}期限 {}（{state}）{}", d.due, d.basis.ja),
                    missing: false,
                    task: None,
                });
            }
        }
    }
    for r in recommendations(&Facts::of(incident)) {
        lines.push(Line {
            label: format!("推奨（法的義務ではない） {}", r.body.title().ja),
            value: format!("{}（{}）", r.why.ja, r.body.source().ja),
            missing: false,
            task: None,
        });
    }
    lines
}
