//! Every rule at its edges, as a clerk answers: counts as typed (約1万人, 100人以上, 不明), each
//! protection option, each contradiction, the My Number cases, 30/60 days, the day-3 target, and
//! dates across month and year ends.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::obligations::{
    clock, contradictions, duties, recommendations, Clock, DeadlineKind, DutyKind, Facts,
    OtherBody, ReasonKind, Report, Verdict,
};
use incident_navi::core::playbook::IncidentKind::{self, *};
use incident_navi::core::time::{CivilDate, Timestamp};

use Verdict::{MayBeRequired as May, NotRequired as Not, Required as Req};

/// (question id, answer) pairs.
pub(crate) type Answers = Vec<(&'static str, &'static str)>;

pub(crate) fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).expect("test date") // ok: test
}

/// An incident of `kinds` with the answers given as (question, value): the text for counts, a
/// choice id for everything else.
pub(crate) fn incident(kinds: &[IncidentKind], answers: &[(&str, &str)]) -> Incident {
    let mut i = Incident::new("t".into(), kinds, Timestamp(0));
    for (q, v) in answers {
        let change = match *q {
            "law.persons" | "3.2.info.d" | "law.mynumber-persons" => {
                Change::EditAnswer((*q).into(), (*v).into())
            }
            "3.2.info.e" | "3.3.severity.1" => Change::SetChoice((*q).into(), (*v).into(), true),
            _ => Change::SetOnly((*q).into(), (*v).into()),
        };
        i.apply(change, Timestamp(1));
    }
    i
}

pub(crate) fn verdict(i: &Incident, kind: DutyKind) -> Verdict {
    duties(i)
        .into_iter()
        .find(|d| d.kind == kind)
        .map(|d| d.verdict)
        .expect("every duty is evaluated") // ok: test
}

/// Personal data, no protection, and "no" to every case of Rule 43 but the number of persons.
pub(crate) const BASE: [(&str, &str); 6] = [
    ("3.3.severity.1", "class-1"),
    ("law.protection", "plain"),
    ("law.sensitive", "no"),
    ("law.financial", "no"),
    ("law.improper", "no"),
    ("law.ordinance", "no"),
];

pub(crate) fn base_with(extra: &[(&'static str, &'static str)]) -> Answers {
    let mut a: Answers = BASE.to_vec();
    a.retain(|(q, _)| !extra.iter().any(|(e, _)| e == q));
    a.extend_from_slice(extra);
    a
}

mod clock;
mod duties;
mod reasons;
mod table;
mod table_issue22;
