//! A drill outside its own screen (issue 26): how its record is written and read (a version the
//! previous build refuses, the flag an outside reader sees), and every export marked 【訓練】.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test may stop loudly"
)]

use incident_navi::core::drill::{builtin, DrillRun};
use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::time::Timestamp;

mod exports;
mod storage;

pub(crate) const T0: Timestamp = Timestamp(1_795_000_000_000);

/// A real incident: a lost USB memory with a title.
pub(crate) fn real(id: &str) -> Incident {
    let mut i = Incident::new(id.into(), &[IncidentKind::LossOrTheft], T0);
    i.apply(Change::SetTitle("USBメモリの紛失".into()), T0);
    i
}

/// A drill of the built-in 3-5 scenario at 60x, titled as the start screen titles it.
pub(crate) fn drill(id: &str) -> Incident {
    let text = builtin::TEXTS
        .iter()
        .find(|t| t.contains("type: 3-5"))
        .expect("the 3-5 scenario");
    let mut i = Incident::new(id.into(), &[IncidentKind::Malware], T0);
    i.apply(Change::SetTitle("【訓練】ウイルス感染".into()), T0);
    i.drill = Some(Box::new(DrillRun::new((*text).to_owned(), 60, T0)));
    i
}
