//! Reporting duties that came after the manual (Ver. 1.5 predates the 2023 APPI amendment that put
//! local governments under the national law), and the manual's own: PPC report, notice to the
//! persons concerned, the My Number track, police, the MIC report, publication.
//!
//! Each duty is a pure function from the incident's answers to a [`Duty`]: a verdict, the reasons
//! (the answers that triggered it), the citation and the date the rule was last checked. "Unknown"
//! counts as "may apply" and says so. Facts: shared/notes/legal-obligations.md.

mod deadlines;
mod facts;
mod rules;

pub use deadlines::{deadlines, Deadline, DeadlineKind, DAYS};
pub use facts::{Facts, Tri};
pub use rules::{Citation, CITATIONS, LAST_VERIFIED};

use crate::core::incident::Incident;
use crate::core::text::Text;

/// Whether a duty applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// The answers given make it a duty.
    Required,
    /// Some answer is unknown (or the decision is the organisation's): it may be a duty.
    MayBeRequired,
    /// The answers given rule it out.
    NotRequired,
}

/// The duties the panel lists, in the order they usually fall due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DutyKind {
    /// 個人情報保護委員会への報告 (APPI Art. 68(1), Rules Art. 43-44).
    PpcReport,
    /// 本人への通知 (APPI Art. 68(2)).
    NoticeToPersons,
    /// 特定個人情報の漏えい等: the separate My Number track (番号法29条の4).
    MyNumber,
    /// 警察への届出・相談 (manual 2, 3-1 (2), 3-3 (4), 3-6 (1)).
    Police,
    /// 総務省への報告, filed by 情報企画課 (manual 2, 3-1 (4)).
    MicReport,
    /// 公表 (manual 2, 3-x (4); 3-4 (4) may hold it back).
    Publication,
}

impl DutyKind {
    /// Every duty, in panel order.
    pub const ALL: [DutyKind; 6] = [
        DutyKind::PpcReport,
        DutyKind::NoticeToPersons,
        DutyKind::MyNumber,
        DutyKind::Police,
        DutyKind::MicReport,
        DutyKind::Publication,
    ];

    /// The key under which the incident records the duty as done.
    pub fn key(self) -> &'static str {
        match self {
            DutyKind::PpcReport => "duty.ppc-report",
            DutyKind::NoticeToPersons => "duty.notice-to-persons",
            DutyKind::MyNumber => "duty.my-number",
            DutyKind::Police => "duty.police",
            DutyKind::MicReport => "duty.mic-report",
            DutyKind::Publication => "duty.publication",
        }
    }

    /// The duty's citation.
    pub fn citation(self) -> &'static Citation {
        &CITATIONS[self as usize]
    }
}

/// One duty, evaluated for one incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// Which duty.
    pub kind: DutyKind,
    /// Whether it applies.
    pub verdict: Verdict,
    /// Why: the answers (or their absence) that decided it, in plain words.
    pub reasons: Vec<Text>,
}

/// Every duty for `incident`, evaluated from its answers and types.
pub fn duties(incident: &Incident) -> Vec<Duty> {
    let facts = Facts::of(incident);
    DutyKind::ALL
        .iter()
        .map(|&kind| rules::evaluate(kind, &facts))
        .collect()
}
