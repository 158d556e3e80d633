//! Timelines read after the first screen: how the incidents that waited for theirs take them
//! (see [`AppState::timelines_pending`]).

use super::{AppState, Quarantined};
use crate::core::incident::Incident;
use std::rc::Rc;

impl AppState {
    /// Each waiting incident takes the timeline storage holds for it. Its head is this tab's,
    /// unless another tab saved the incident meanwhile: then that copy arrives as another tab's
    /// save does. Records that could not be read leave the list and are reported; an incident
    /// still waiting after this has no record any more (removed in another tab).
    pub(super) fn timelines_read(
        &mut self,
        incoming: Vec<Incident>,
        quarantined: Vec<Quarantined>,
    ) {
        for theirs in incoming {
            let id = theirs.id.clone();
            if self.timelines_pending.remove(&id).is_none() {
                continue; // not waiting (any more): what this tab holds is newer
            }
            if let Some(ours) = self.incidents.get_mut(&id) {
                // Nothing could change it while it waited, so storage's timeline is its own.
                Rc::make_mut(ours).timeline = theirs.timeline.clone();
            }
            if self.synced.get(&id) != Some(&theirs.revision) {
                self.changed_elsewhere(theirs);
            }
        }
        for record in quarantined {
            if let Some(id) = record.key.rsplit('/').next() {
                self.timelines_pending.remove(id);
                self.incidents.remove(id);
                self.synced.remove(id);
            }
            self.quarantined.push(record);
        }
        let gone: Vec<String> = self.timelines_pending.keys().cloned().collect();
        for id in gone {
            self.timelines_pending.remove(&id);
            self.incidents.remove(&id);
            self.synced.remove(&id);
        }
    }
}
