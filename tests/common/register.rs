//! Helpers of the register's tests (`register.rs`, `register_desk.rs`): a clock, a day, a
//! report that needs the PPC, and a report as received from a section.
#![allow(dead_code, reason = "each test crate uses its own part of it")]

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::record::{Received, Sender};
use incident_navi::core::time::{CivilDate, Timestamp};

pub fn at(minutes: i64) -> Timestamp {
    Timestamp(1_795_000_000_000 + minutes * 60_000)
}

pub fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).unwrap_or_else(|| panic!("date {s}")) // ok: test
}

/// A misdelivery of 300 persons' plain personal data: the PPC report is required.
pub fn reportable(id: &str) -> Incident {
    let mut i = Incident::new(id.into(), &[IncidentKind::MisdeliveryOrWebExposure], at(0));
    i.apply(Change::SetTitle("メール誤送信".into()), at(1));
    i.apply(
        Change::SetChoice("3.3.severity.1".into(), "class-1".into(), true),
        at(1),
    );
    for (q, v) in [
        ("law.protection", "plain"),
        ("law.sensitive", "no"),
        ("law.financial", "no"),
        ("law.improper", "no"),
        ("law.ordinance", "no"),
    ] {
        i.apply(Change::SetOnly(q.into(), v.into()), at(1));
    }
    i.apply(
        Change::EditAnswer("law.persons".into(), "300人".into()),
        at(1),
    );
    i
}

pub fn sent(incident: &Incident, section: &str) -> Received {
    Received {
        incident: incident.clone(),
        sender: Some(Sender {
            section: section.into(),
            reporter: "岐阜 太郎".into(),
            contact: "内線2255".into(),
        }),
        made_with: Some("0.1.0 (abc1234)".into()),
    }
}
