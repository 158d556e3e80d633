//! The PPC report clock: counted from the day the prefecture learned of the incident (知った日),
//! which is the day any staff member of any section learned of it (PPC Q&A for public bodies
//! 7-3-4-1), never silently today.

use super::facts::{Facts, Tri};
use super::{rules, DutyKind, Verdict};
use crate::core::incident::Incident;
use crate::core::text::{t, Text};
use crate::core::time::CivilDate;
use serde::{Deserialize, Serialize};

/// The day counts of one track, as data: the secretariat changes them here without touching rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    /// The day the preliminary report should go (the guidance's 3 days).
    pub preliminary_target: i64,
    /// The outer limit for the preliminary report (the guidance's 5 days).
    pub preliminary: i64,
    /// The final report.
    pub final_report: i64,
    /// The final report when an improper purpose may be involved (Rule 43 (3)).
    pub final_improper: i64,
}

/// APPI Enforcement Rules Art. 44 (mirroring Art. 8; not verified verbatim): 速報 promptly (day 3
/// the target, day 5 the outer limit), 確報 within 30 days, 60 for an improper purpose.
pub const DAYS: Days = Days {
    preliminary_target: 3,
    preliminary: 5,
    final_report: 30,
    final_improper: 60,
};

/// The My Number rule, Art. 3: taken to follow the same pattern (not verified verbatim).
pub const MY_NUMBER_DAYS: Days = DAYS;

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeadlineKind {
    /// 速報.
    Preliminary,
    /// 確報.
    Final,
}

impl DeadlineKind {
    /// Both reports, 速報 first.
    pub const ALL: [DeadlineKind; 2] = [DeadlineKind::Preliminary, DeadlineKind::Final];

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

/// Which report a clock counts for: the clock never runs for a report the panel calls 不要.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// The PPC report under APPI Art. 68(1) only (the My Number report is not required).
    Ppc,
    /// The My Number report under 番号法29条の4 only (the APPI report is not required).
    MyNumber,
    /// Both reports (each required or possibly required).
    Both,
}

impl Report {
    /// The report's name, as the panel's duties call it.
    pub fn name(self) -> Text {
        match self {
            Report::Ppc => t("個人情報保護委員会への報告", "the PPC report"),
            Report::MyNumber => t(
                "特定個人情報（マイナンバー）の漏えい等の報告",
                "the My Number report",
            ),
            Report::Both => t(
                "個人情報保護委員会への報告と特定個人情報（マイナンバー）の報告",
                "the PPC report and the My Number report",
            ),
        }
    }
}

/// Which reports the clock counts for, or `None` when both are 不要.
pub fn clock_report(facts: &Facts) -> Option<Report> {
    let ppc = rules::evaluate(DutyKind::PpcReport, facts).verdict != Verdict::NotRequired;
    let my_number = rules::evaluate(DutyKind::MyNumber, facts).verdict != Verdict::NotRequired;
    match (ppc, my_number) {
        (true, true) => Some(Report::Both),
        (true, false) => Some(Report::Ppc),
        (false, true) => Some(Report::MyNumber),
        (false, false) => None,
    }
}

/// A due date and how it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// Which report.
    pub kind: DeadlineKind,
    /// For which duty's report.
    pub report: Report,
    /// The day to aim for, where the guidance gives one before the last day (速報: day 3).
    pub target: Option<CivilDate>,
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
    /// The report's name with its duty: "速報（特定個人情報（マイナンバー）の報告）".
    pub fn title(&self) -> Text {
        use DeadlineKind::{Final, Preliminary};
        match (self.kind, self.report) {
            (Preliminary, Report::Ppc) => t(
                "速報（個人情報保護委員会への報告）",
                "Preliminary report (PPC report)",
            ),
            (Final, Report::Ppc) => t(
                "確報（個人情報保護委員会への報告）",
                "Final report (PPC report)",
            ),
            (Preliminary, Report::MyNumber) => t(
                "速報（特定個人情報（マイナンバー）の報告）",
                "Preliminary report (My Number report)",
            ),
            (Final, Report::MyNumber) => t(
                "確報（特定個人情報（マイナンバー）の報告）",
                "Final report (My Number report)",
            ),
            (Preliminary, Report::Both) => t(
                "速報（個人情報保護委員会・マイナンバーの報告）",
                "Preliminary report (PPC and My Number reports)",
            ),
            (Final, Report::Both) => t(
                "確報（個人情報保護委員会・マイナンバーの報告）",
                "Final report (PPC and My Number reports)",
            ),
        }
    }

    /// Past due and not sent. The due day itself is not overdue.
    pub fn overdue(&self) -> bool {
        !self.done && self.days_left < 0
    }
}

/// Where the clock stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clock {
    /// No report to the PPC is needed, on the answers given.
    NotApplicable,
    /// A report may be needed, but 知った日 is not set: nothing can be counted yet.
    NeedsKnownDate,
    /// The deadlines, 速報 first.
    Running(Vec<Deadline>),
}

impl Clock {
    /// The deadlines, if running.
    pub fn deadlines(&self) -> &[Deadline] {
        match self {
            Clock::Running(d) => d,
            Clock::NotApplicable | Clock::NeedsKnownDate => &[],
        }
    }
}

/// The PPC clock of `incident` as of `today`. It runs when the PPC report or the My Number report
/// is required or may be.
pub fn clock(incident: &Incident, today: CivilDate) -> Clock {
    let facts = Facts::of(incident);
    let Some(report) = clock_report(&facts) else {
        return Clock::NotApplicable;
    };
    let Some(known) = incident.known_on else {
        return Clock::NeedsKnownDate;
    };
    // Only the My Number track applies: its own (configurable) day counts.
    let days = if report == Report::MyNumber {
        MY_NUMBER_DAYS
    } else {
        DAYS
    };
    let (final_days, final_basis) = match facts.improper_purpose() {
        Tri::Yes => (
            days.final_improper,
            t(
                "知った日から60日以内（不正の目的によるおそれ）",
                "within 60 days of learning of it (improper purpose)",
            ),
        ),
        Tri::No => (
            days.final_report,
            t("知った日から30日以内", "within 30 days of learning of it"),
        ),
        Tri::Unknown => (
            days.final_report,
            t(
                "知った日から30日以内（不正の目的によるおそれがあれば60日）",
                "within 30 days of learning of it (60 if an improper purpose is involved)",
            ),
        ),
    };
    let make = |kind: DeadlineKind, target: Option<i64>, days: i64, basis: Text| {
        let due = known.add_days(days);
        Deadline {
            kind,
            report,
            target: target.map(|d| known.add_days(d)),
            due,
            days_left: due.days_since_epoch() - today.days_since_epoch(),
            done: incident.duty_done_at(kind.key()).is_some(),
            basis,
        }
    };
    Clock::Running(vec![
        make(
            DeadlineKind::Preliminary,
            Some(days.preliminary_target),
            days.preliminary,
            t(
                "速やかに（目安は知った日から3日、遅くとも5日）",
                "promptly (aim for day 3 from learning of it; day 5 at the latest)",
            ),
        ),
        make(DeadlineKind::Final, None, final_days, final_basis),
    ])
}
