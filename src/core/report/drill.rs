//! A drill's report (issue 26): its debrief (`core::drill::debrief`) as the last section.

use super::{line, Section};
use crate::core::drill::debrief::Debrief;
use crate::core::incident::Incident;
use crate::core::text::Lang;
use crate::core::time::Timestamp;

/// The heading of a drill's debrief in its report (issue 26).
pub const DEBRIEF_HEADING: &str = "訓練の振り返り";

/// A drill's debrief (`drill::debrief`), as the report's last section; none for a real
/// incident. A scenario that no longer reads is said so, not left out silently.
pub(super) fn section(incident: &Incident, now: Timestamp) -> Option<Section> {
    let run = incident.drill.as_deref()?;
    let value = match run.scenario() {
        Ok(scenario) => Debrief::of(incident, &scenario, now).to_text(Lang::Ja),
        Err(_) => "シナリオを読めないため、振り返りを作れません。".to_owned(),
    };
    Some(Section {
        title: DEBRIEF_HEADING,
        lines: vec![line("振り返り", value)],
    })
}
