//! The drafts list's lists, in the order the user sees them: real incidents (recent, archived,
//! deleted) and, apart, the drills (issue 26), which no list or count of real incidents includes.

use super::{AppState, Screen};
use crate::core::incident::Incident;
use crate::core::sorted::sort_stable_by;
use std::rc::Rc;

impl AppState {
    /// Real incidents in the main list (not archived, not deleted), most recently changed first.
    pub fn recent(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.drill.is_none() && !i.archived && i.deleted_at.is_none())
    }

    /// Archived real incidents, most recently changed first.
    pub fn archived(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.drill.is_none() && i.archived && i.deleted_at.is_none())
    }

    /// Deleted real incidents that can still be brought back.
    pub fn deleted(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.drill.is_none() && i.deleted_at.is_some())
    }

    /// Every drill (issue 26), archived or deleted ones too, most recently changed first: the
    /// list 「訓練」, apart from the real incidents.
    pub fn drills(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.drill.is_some())
    }

    /// How many real incidents there are (drills never count), deleted ones left out.
    pub fn real_count(&self) -> usize {
        self.incidents
            .values()
            .filter(|i| i.drill.is_none() && i.deleted_at.is_none())
            .count()
    }

    fn listed(&self, keep: impl Fn(&Incident) -> bool) -> Vec<&Rc<Incident>> {
        let mut list: Vec<&Rc<Incident>> = self.incidents.values().filter(|i| keep(i)).collect();
        recent_first(&mut list);
        list
    }

    /// Every drill removed for good, as [`super::Action::Purge`] removes one deleted record
    /// (storage is told through `to_purge`); a drill on screen goes back home. A record without a
    /// drill is never removed here.
    pub(super) fn purge_drills(&mut self) {
        let ids: Vec<String> = self
            .incidents
            .values()
            .filter(|i| i.drill.is_some())
            .map(|i| i.id.clone())
            .collect();
        for id in ids {
            self.incidents.remove(&id);
            self.conflicts.remove(&id);
            self.timelines_pending.remove(&id);
            if !self.to_purge.contains(&id) {
                self.to_purge.push(id.clone());
            }
            if self.undo_delete.as_ref() == Some(&id) {
                self.undo_delete = None;
            }
            if self.screen == Screen::Incident(id) {
                self.screen = Screen::Home;
            }
        }
    }
}

/// Most recently changed first, then by id. Apart from `listed`, which is generic over its
/// filter: a sort inside it would be built once per filter.
fn recent_first(list: &mut [&Rc<Incident>]) {
    sort_stable_by(list, |a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.id.cmp(&b.id))
    });
}
