//! The drafts list's three lists, in the order the user sees them.

use super::AppState;
use crate::core::incident::Incident;
use crate::core::sorted::sort_stable_by;
use std::rc::Rc;

impl AppState {
    /// Incidents in the main list (not archived, not deleted), most recently changed first.
    pub fn recent(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| !i.archived && i.deleted_at.is_none())
    }

    /// Archived incidents, most recently changed first.
    pub fn archived(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.archived && i.deleted_at.is_none())
    }

    /// Deleted incidents that can still be brought back.
    pub fn deleted(&self) -> Vec<&Rc<Incident>> {
        self.listed(|i| i.deleted_at.is_some())
    }

    fn listed(&self, keep: impl Fn(&Incident) -> bool) -> Vec<&Rc<Incident>> {
        let mut list: Vec<&Rc<Incident>> = self.incidents.values().filter(|i| keep(i)).collect();
        recent_first(&mut list);
        list
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
