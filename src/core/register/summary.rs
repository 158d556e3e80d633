//! What the register keeps of one version of a report: its columns, not the whole record (a
//! thousand incidents of full records would not fit in the browser's storage), and what changed
//! from the version before, in words.

use crate::core::incident::{Incident, Status};
use crate::core::obligations::{clock, duties, Clock, DeadlineKind, DutyKind, Verdict};
use crate::core::playbook::questions::PERSONS;
use crate::core::playbook::IncidentKind;
use crate::core::record::Sender;
use crate::core::report::settings::Settings;
use crate::core::time::{CivilDate, Timestamp};
use serde::{Deserialize, Serialize};

/// One PPC report's dates, as the clerk's record set them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// 速報 or 確報.
    pub kind: DeadlineKind,
    /// The day to aim for (速報: day 3 after 知った日), if the guidance gives one.
    pub target: Option<CivilDate>,
    /// The last day.
    pub due: CivilDate,
    /// Whether the clerk marked it sent.
    pub sent: bool,
}

/// The register's columns for one version of one incident. Also what the text block of a
/// report carries ([`super::block`]), so it comes from outside: [`Summary::checked`] cuts it to
/// size before it is kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The incident's id (the row's key).
    pub id: String,
    /// 件名.
    pub title: String,
    /// Who sent it; `None` when the file does not say (the first release): shown as 不明.
    pub sender: Option<Sender>,
    /// The tool that wrote it.
    pub made_with: Option<String>,
    /// 種類.
    pub kinds: Vec<IncidentKind>,
    /// 知った日.
    pub known_on: Option<CivilDate>,
    /// 本人の数, as the clerk wrote it.
    pub persons: String,
    /// Each duty's verdict, in the panel's order.
    pub verdicts: Vec<(DutyKind, Verdict)>,
    /// The PPC clock: `None` when no report is needed, `Some(empty)` while 知った日 is missing.
    pub deadlines: Option<Vec<Due>>,
    /// 対応中 / 完了.
    pub status: Status,
    /// The record's revision and when it last changed: which version is newer.
    pub revision: u64,
    /// When the clerk last changed it.
    pub updated_at: Timestamp,
    /// A drill's report (issue 26): the register lists it apart and counts it as an exercise,
    /// never among real incidents. Absent (false) in real reports and older registers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drill: bool,
}

impl Summary {
    /// The columns of `incident` as sent by `sender` with `made_with`.
    pub fn of(incident: &Incident, sender: Option<Sender>, made_with: Option<String>) -> Summary {
        // The due dates do not depend on the day they are computed; days left are counted when
        // shown.
        let deadlines = match clock(incident, CivilDate::of(incident.updated_at)) {
            Clock::NotApplicable => None,
            Clock::NeedsKnownDate => Some(Vec::new()),
            Clock::Running(list) => Some(
                list.into_iter()
                    .map(|d| Due {
                        kind: d.kind,
                        target: d.target,
                        due: d.due,
                        sent: d.done,
                    })
                    .collect(),
            ),
        };
        Summary {
            id: incident.id.clone(),
            title: incident.title.clone(),
            sender,
            made_with,
            kinds: incident.kinds.clone(),
            known_on: incident.known_on,
            persons: incident
                .answer(&PERSONS)
                .map(|a| a.text.trim().to_owned())
                .unwrap_or_default(),
            verdicts: duties(incident)
                .into_iter()
                .map(|d| (d.kind, d.verdict))
                .collect(),
            deadlines,
            status: incident.status,
            revision: incident.revision,
            updated_at: incident.updated_at,
            drill: incident.drill.is_some(),
        }
    }

    /// A summary read from outside (a report's text block), cut to size like a record: a valid
    /// id (it becomes a storage key), texts within their limits, the sender cleaned like the
    /// settings; `Err` names what was wrong.
    pub fn checked(self) -> Result<Summary, String> {
        if !crate::core::record::is_valid_id(&self.id) {
            return Err("id".into());
        }
        if self.kinds.is_empty() || self.kinds.len() > IncidentKind::ALL.len() {
            return Err("kinds".into());
        }
        let cut = |s: String, n: usize| -> String {
            s.chars().filter(|c| !c.is_control()).take(n).collect()
        };
        Ok(Summary {
            title: cut(self.title, crate::core::incident::MAX_TEXT_CHARS),
            persons: cut(self.persons, 200),
            made_with: self.made_with.map(|m| cut(m, 60)),
            sender: self.sender.map(|s| {
                Sender::of(&Settings {
                    section: s.section,
                    reporter: s.reporter,
                    contact: s.contact,
                    secretariat_email: String::new(),
                })
            }),
            verdicts: self
                .verdicts
                .into_iter()
                .take(DutyKind::ALL.len())
                .collect(),
            deadlines: self.deadlines.map(|d| d.into_iter().take(2).collect()),
            ..self
        })
    }

    /// The next due date not yet sent, if the clock runs: what the register sorts by.
    pub fn next_due(&self) -> Option<CivilDate> {
        self.deadlines
            .iter()
            .flatten()
            .filter(|d| !d.sent)
            .map(|d| d.due)
            .min()
    }

    /// Whether a report is past its due date and not sent, on `today`. The due day itself is
    /// not overdue.
    pub fn overdue(&self, today: CivilDate) -> bool {
        self.next_due().is_some_and(|due| due < today)
    }

    /// What changed from `before` to this version, in words, for the register's "changes" column.
    pub fn changes_since(&self, before: &Summary) -> Vec<String> {
        let mut out = Vec::new();
        let mut note = |changed: bool, what: &str| {
            if changed {
                out.push(what.to_owned());
            }
        };
        note(self.title != before.title, "件名");
        note(self.sender != before.sender, "報告者");
        note(self.kinds != before.kinds, "種類");
        note(self.known_on != before.known_on, "知った日");
        note(self.persons != before.persons, "本人の数");
        note(self.status != before.status, "状況");
        for (kind, verdict) in &self.verdicts {
            let was = before
                .verdicts
                .iter()
                .find(|(k, _)| k == kind)
                .map(|(_, v)| *v);
            if was != Some(*verdict) {
                out.push(format!(
                    "{}: {}→{}",
                    kind.citation().title.ja,
                    was.map_or("なし", Verdict::ja),
                    verdict.ja()
                ));
            }
        }
        let sent = |s: &Summary, kind: DeadlineKind| {
            s.deadlines
                .iter()
                .flatten()
                .any(|d| d.kind == kind && d.sent)
        };
        for kind in DeadlineKind::ALL {
            if sent(self, kind) && !sent(before, kind) {
                out.push(format!("{}を提出済みに", kind.title().ja));
            }
        }
        out
    }
}
