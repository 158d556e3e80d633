//! The debrief (振り返り, issue 26): what the manual expects for the drill's types, compared with
//! what the participant did and when, on the drill's clock.

use super::Scenario;
use crate::core::incident::Incident;
use crate::core::text::Lang;
use crate::core::time::Timestamp;

/// The debrief of one drill.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Debrief {}

impl Debrief {
    /// The debrief of `incident` (a drill of `scenario`) at real time `now`.
    pub fn of(incident: &Incident, scenario: &Scenario, now: Timestamp) -> Debrief {
        let _ = (incident, scenario, now);
        Debrief {}
    }

    /// As plain text, for the report and the file the secretariat collects.
    pub fn to_text(&self, lang: Lang) -> String {
        let _ = lang;
        String::new()
    }

    /// As escaped HTML, for the screen and the A4 print.
    pub fn to_html(&self, lang: Lang) -> String {
        let _ = lang;
        String::new()
    }
}
