//! The register as the secretariat looks at it (issue 13): where each incident stands with the
//! PPC, and the register narrowed and ordered on screen.

use super::{Register, Row};
use crate::core::obligations::DeadlineKind;
use crate::core::playbook::IncidentKind;
use crate::core::time::CivilDate;

/// Where an incident stands with the PPC's reports, for the secretariat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    /// A report is past its due date and neither sent nor filed.
    Overdue,
    /// A report is still to be filed, within its time.
    Due,
    /// The PPC must be reported to, and 知った日 is not in the report: no due date can be set.
    NeedsKnownDate,
    /// Every PPC report is filed (or marked sent by the section).
    Filed,
    /// No PPC report is needed, as the report's answers stand.
    NotNeeded,
}

impl RowStatus {
    /// Every status, in the order of the filter's list.
    pub const ALL: [RowStatus; 5] = [
        RowStatus::Overdue,
        RowStatus::Due,
        RowStatus::NeedsKnownDate,
        RowStatus::Filed,
        RowStatus::NotNeeded,
    ];
}

impl Row {
    /// Whether the PPC report of `kind` is done: the section marked it sent, or the secretariat
    /// wrote the day it filed it.
    pub fn filed(&self, kind: DeadlineKind) -> bool {
        let by_secretariat = match kind {
            DeadlineKind::Preliminary => self.progress.preliminary_filed_on.is_some(),
            DeadlineKind::Final => self.progress.final_filed_on.is_some(),
        };
        let by_section = self.latest().is_some_and(|v| {
            v.summary
                .deadlines
                .iter()
                .flatten()
                .any(|d| d.kind == kind && d.sent)
        });
        by_secretariat || by_section
    }

    /// The next due date of a PPC report not yet done: what the register sorts by.
    pub fn next_due(&self) -> Option<CivilDate> {
        self.latest()?
            .summary
            .deadlines
            .iter()
            .flatten()
            .filter(|d| !self.filed(d.kind))
            .map(|d| d.due)
            .min()
    }

    /// Days from `today` to the next due date (0 on the day, negative when overdue).
    pub fn days_left(&self, today: CivilDate) -> Option<i64> {
        self.next_due()
            .map(|d| d.days_since_epoch() - today.days_since_epoch())
    }

    /// Where the incident stands on `today`. The due day itself is not overdue.
    pub fn status(&self, today: CivilDate) -> RowStatus {
        let deadlines = self.latest().and_then(|v| v.summary.deadlines.as_ref());
        match (deadlines, self.next_due()) {
            (None, _) => RowStatus::NotNeeded,
            (Some(list), _) if list.is_empty() => RowStatus::NeedsKnownDate,
            (Some(_), Some(due)) if due < today => RowStatus::Overdue,
            (Some(_), Some(_)) => RowStatus::Due,
            (Some(_), None) => RowStatus::Filed,
        }
    }

    /// Each PPC report's due date on `today`, 速報 then 確報, each with its own days left or
    /// over while it is neither sent nor filed: an overdue 速報 says by how much, and the 確報
    /// beside it how long remains (manual 2 通知・公表・報告等; the clock of
    /// `obligations::deadlines`). Empty when no report is needed or 知った日 is missing.
    pub fn dues(&self, today: CivilDate) -> Vec<DueStanding> {
        let Some(list) = self.latest().and_then(|v| v.summary.deadlines.as_ref()) else {
            return Vec::new();
        };
        list.iter()
            .map(|d| DueStanding {
                kind: d.kind,
                due: d.due,
                days_left: (!self.filed(d.kind))
                    .then(|| d.due.days_since_epoch() - today.days_since_epoch()),
            })
            .collect()
    }

    /// 知った日 as the latest version has it.
    pub fn known_on(&self) -> Option<CivilDate> {
        self.latest().and_then(|v| v.summary.known_on)
    }

    /// 所属 of the latest version; empty when the report does not say.
    pub fn section(&self) -> &str {
        self.latest()
            .and_then(|v| v.summary.sender.as_ref())
            .map_or("", |s| s.section.trim())
    }
}

/// One PPC report of a row as it stands on a day ([`Row::dues`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueStanding {
    /// 速報 or 確報.
    pub kind: DeadlineKind,
    /// Its due date.
    pub due: CivilDate,
    /// Days from the day to `due` (0 on the day, negative when overdue); `None` once it is sent
    /// or filed.
    pub days_left: Option<i64>,
}

/// How the register is ordered on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// The next due date first (overdue on top), then the rest, newest first.
    #[default]
    NextDeadline,
    /// The newest report first.
    Received,
    /// By section, then by next due date.
    Section,
    /// By 知った日, the earliest first (the order the secretariat reconciles with its mail), then
    /// by next due date; rows without 知った日 last.
    KnownDate,
}

/// What the register is narrowed to on screen; `None` and empty mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only incidents of this type.
    pub kind: Option<IncidentKind>,
    /// Only this section's incidents.
    pub section: String,
    /// Only incidents that stand so.
    pub status: Option<RowStatus>,
}

impl Filter {
    /// Whether `row` is shown.
    pub fn admits(&self, row: &Row, today: CivilDate) -> bool {
        let kinds = row.latest().map(|v| v.summary.kinds.as_slice());
        self.kind
            .is_none_or(|k| kinds.is_some_and(|ks| ks.contains(&k)))
            && (self.section.is_empty() || row.section() == self.section)
            && self.status.is_none_or(|s| row.status(today) == s)
    }
}

impl Register {
    /// The real rows `filter` admits (never a drill's), in `order`, as of `today`.
    pub fn select(&self, filter: &Filter, order: Order, today: CivilDate) -> Vec<(&String, &Row)> {
        let mut rows: Vec<(&String, &Row)> = match order {
            Order::NextDeadline | Order::Section | Order::KnownDate => self.by_next_deadline(),
            Order::Received => self.rows.iter().collect(),
        };
        rows.retain(|(_, row)| !row.is_drill() && filter.admits(row, today));
        match order {
            Order::NextDeadline => {}
            Order::Received => crate::core::sorted::sort_stable_by(&mut rows, |a, b| {
                b.1.first_received().cmp(&a.1.first_received())
            }),
            Order::Section => crate::core::sorted::sort_stable_by(&mut rows, |a, b| {
                a.1.section().cmp(b.1.section())
            }),
            // `None` sorts first; the rows without 知った日 go last.
            Order::KnownDate => crate::core::sorted::sort_stable_by(&mut rows, |a, b| {
                (a.1.known_on().is_none(), a.1.known_on())
                    .cmp(&(b.1.known_on().is_none(), b.1.known_on()))
            }),
        }
        rows
    }

    /// Every section that has reported, in order, for the filter's list.
    pub fn sections(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for row in self.rows.values().filter(|r| !r.is_drill()) {
            let s = row.section();
            if !s.is_empty() && !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
        }
        crate::core::sorted::sort_stable_by(&mut out, |a, b| a.cmp(b));
        out
    }
}
