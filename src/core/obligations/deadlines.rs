//! The PPC report clock: counted from the day the prefecture learned of the incident (知った日).

use super::facts::{Facts, Tri};
use super::{rules, DutyKind, Verdict};
use crate::core::incident::Incident;
use crate::core::text::{t, Text};
use crate::core::time::CivilDate;

/// The day counts, as data: the secretariat can change them here without touching the rules.
/// APPI Enforcement Rules Art. 44 (mirroring Art. 8): 速報 promptly (guidance reads 3-5 days),
/// 確報 within 30 days, 60 for an improper purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    /// The guidance's latest day for the preliminary report.
    pub preliminary: i64,
    /// The final report.
    pub final_report: i64,
    /// The final report when an improper purpose may be involved (Rule 43 (3)).
    pub final_improper: i64,
}

/// Today's day counts.
pub const DAYS: Days = Days {
    preliminary: 5,
    final_report: 30,
    final_improper: 60,
};

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// 速報.
    Preliminary,
    /// 確報.
    Final,
}

impl DeadlineKind {
    /// The key under which the incident records the report as sent.
    pub fn key(self) -> &'static str {
        match self {
            DeadlineKind::Preliminary => "duty.ppc-preliminary",
            DeadlineKind::Final => "duty.ppc-final",
        }
    }

    /// The report's name.
    pub fn title(self) -> Text {
        match self {
            DeadlineKind::Preliminary => {
                t("速報（個人情報保護委員会）", "Preliminary report (PPC)")
            }
            DeadlineKind::Final => t("確報（個人情報保護委員会）", "Final report (PPC)"),
        }
    }
}

/// A due date and how it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// Which report.
    pub kind: DeadlineKind,
    /// The last day.
    pub due: CivilDate,
    /// Days from today to the due date (negative when past).
    pub days_left: i64,
    /// Sent (ticked) already.
    pub done: bool,
    /// How the due date was reached.
    pub basis: Text,
}

impl Deadline {
    /// Past due and not sent.
    pub fn overdue(&self) -> bool {
        !self.done && self.days_left < 0
    }
}

/// The PPC deadlines of `incident` as of `today`: none when the report is not required, or when the
/// day it became known is not set.
pub fn deadlines(incident: &Incident, today: CivilDate) -> Vec<Deadline> {
    let facts = Facts::of(incident);
    if rules::evaluate(DutyKind::PpcReport, &facts).verdict == Verdict::NotRequired {
        return Vec::new();
    }
    let Some(known) = incident.known_on else {
        return Vec::new();
    };
    let (final_days, final_basis) = match facts.improper {
        Tri::Yes => (
            DAYS.final_improper,
            t(
                "知った日から60日以内（不正の目的によるおそれ）",
                "within 60 days of learning of it (improper purpose)",
            ),
        ),
        Tri::No => (
            DAYS.final_report,
            t("知った日から30日以内", "within 30 days of learning of it"),
        ),
        Tri::Unknown => (
            DAYS.final_report,
            t(
                "知った日から30日以内（不正の目的によるおそれがあれば60日）",
                "within 30 days of learning of it (60 if an improper purpose is involved)",
            ),
        ),
    };
    let make = |kind: DeadlineKind, days: i64, basis: Text| {
        let due = known.add_days(days);
        let done = incident
            .tasks
            .get(kind.key())
            .is_some_and(|r| r.done_at.is_some());
        Deadline {
            kind,
            due,
            days_left: due.days_since_epoch() - today.days_since_epoch(),
            done,
            basis,
        }
    };
    vec![
        make(
            DeadlineKind::Preliminary,
            DAYS.preliminary,
            t(
                "速やかに（ガイドラインの目安は知った日から3〜5日）",
                "promptly (the guidance reads 3-5 days from learning of it)",
            ),
        ),
        make(DeadlineKind::Final, final_days, final_basis),
    ]
}
