//! Reporting duties that came after the manual (Ver. 1.5 predates the 2023 APPI amendment that put
//! local governments under the national law), and the manual's own: PPC report, notice to the
//! persons concerned, the My Number track, police, the MIC report, publication; and the bodies
//! that are recommended but not a legal duty (IPA, JPCERT/CC, J-LIS).
//!
//! Each duty is a pure function from the incident's answers to a [`Duty`]: a verdict, the reasons
//! (each naming the answer it read and the question that decides it), and its citation with the
//! date the rule was last checked. "Not required" only when the answers prove it: unknown,
//! unreadable or contradictory answers give "may be required". Facts:
//! shared/notes/legal-obligations.md, including its "Corrections and precisions" (2026-11-26).

mod citations;
pub mod count;
mod deadlines;
mod facts;
mod manual_duties;
mod my_number;
mod others;
mod rules;

pub use citations::{Citation, LAST_VERIFIED};
pub use deadlines::{
    clock, clock_report, Clock, Days, Deadline, DeadlineKind, Report, DAYS, MY_NUMBER_DAYS,
};
pub use facts::{contradictions, protection_note, Facts, Protection, Tri};
pub use others::{recommendations, OtherBody, Recommendation};

use crate::core::incident::Incident;
use crate::core::playbook::questions::Question;
use crate::core::text::Text;
use serde::{Deserialize, Serialize};

/// Whether a duty applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Verdict {
    /// The answers given make it a duty.
    Required,
    /// Some answer is unknown, unreadable or contradictory (or the decision is the organisation's):
    /// it may be a duty.
    MayBeRequired,
    /// The answers given rule it out.
    NotRequired,
}

impl Verdict {
    /// 必要 / 必要かもしれない / 不要, as the report and the register write it.
    pub fn ja(self) -> &'static str {
        match self {
            Verdict::Required => "必要",
            Verdict::MayBeRequired => "必要かもしれない",
            Verdict::NotRequired => "不要",
        }
    }
}

/// What a reason says about the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReasonKind {
    /// An answer that decides the verdict.
    Because,
    /// An answer still missing or unknown: answering it may change the verdict.
    Unknown,
    /// Two answers that cannot both be true: the verdict stays "may be required" until fixed.
    Contradiction,
    /// Context the user should know (an exception, who reports).
    Note,
}

/// The user's answer quoted in a reason, in each language's quotation style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// 「職員80名、住民40名」→ 80人＋40人＝120人
    pub ja: String,
    /// "80 staff and 40 residents" read as 80 + 40 = 120 people
    pub en: String,
}

impl Quote {
    /// What was typed, and the count read from it.
    pub fn count(typed: &str, read: &count::Count) -> Quote {
        Quote {
            ja: format!("「{typed}」→ {}", read.describe_ja()),
            en: format!("\"{typed}\" read as {}", read.describe_en()),
        }
    }

    /// What was typed, as it was.
    pub fn typed(typed: &str) -> Quote {
        Quote {
            ja: format!("「{typed}」"),
            en: format!("\"{typed}\""),
        }
    }

    /// The quote in `lang`.
    pub fn get(&self, lang: crate::core::text::Lang) -> &str {
        match lang {
            crate::core::text::Lang::Ja => &self.ja,
            crate::core::text::Lang::En => &self.en,
        }
    }
}

/// One reason behind a verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// What it is.
    pub kind: ReasonKind,
    /// The rule or fact, in plain words, naming its source ("規則43条4号").
    pub text: Text,
    /// The user's own answer as read, where it matters ("「約1万人」= 10,000人（約）").
    pub answer: Option<Quote>,
    /// The question that decides it, so the UI can link to it.
    pub question: Option<&'static Question>,
}

impl Reason {
    /// A reason of `kind` about `question`.
    pub fn new(kind: ReasonKind, text: Text, question: Option<&'static Question>) -> Reason {
        Reason {
            kind,
            text,
            answer: None,
            question,
        }
    }

    /// The same, quoting the user's answer as read.
    pub fn quoting(mut self, answer: Quote) -> Reason {
        self.answer = Some(answer);
        self
    }

    /// The reason as one Japanese line, for the report: "text: answer".
    pub fn ja(&self) -> String {
        match &self.answer {
            Some(a) => format!("{}: {}", self.text.ja, a.ja),
            None => self.text.ja.to_owned(),
        }
    }
}

/// The duties the panel lists, in the order they usually fall due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DutyKind {
    /// 個人情報保護委員会への報告 (APPI Art. 68(1), Rules Art. 43-44).
    PpcReport,
    /// 本人への通知 (APPI Art. 68(2); My Number Act Art. 29-4(2)).
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
        citations::of(self)
    }
}

/// The keys under which an incident records duties and the PPC's two reports as done
/// ([`Incident::duties`]). The first formats kept them among the tasks; reading those moves them.
pub fn duty_keys() -> impl Iterator<Item = &'static str> {
    DutyKind::ALL
        .into_iter()
        .map(DutyKind::key)
        .chain(DeadlineKind::ALL.into_iter().map(DeadlineKind::key))
}

/// One duty, evaluated for one incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// Which duty.
    pub kind: DutyKind,
    /// Whether it applies.
    pub verdict: Verdict,
    /// Why: the answers (or their absence) that decided it.
    pub reasons: Vec<Reason>,
}

/// Every duty for `incident`, evaluated from its answers and types.
pub fn duties(incident: &Incident) -> Vec<Duty> {
    let facts = Facts::of(incident);
    DutyKind::ALL
        .iter()
        .map(|&kind| rules::evaluate(kind, &facts))
        .collect()
}

/// One duty for `incident`.
pub fn duty(incident: &Incident, kind: DutyKind) -> Duty {
    rules::evaluate(kind, &Facts::of(incident))
}
