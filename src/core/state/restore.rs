//! Restoring a backup or an exported record into the drafts: what is new is added, a deleted
//! draft comes back, what is newer in the file waits for the user's word.

use super::{AppState, Notice, RestoreCounts};
use crate::core::backup::{self, MergePlan};
use crate::core::incident::Incident;
use std::rc::Rc;

impl AppState {
    /// A revision past both the file's and this browser's (and storage's), so the restored copy
    /// is saved over whatever storage holds.
    fn revision_past(&self, theirs: &Incident) -> u64 {
        let base = self.synced.get(&theirs.id).copied().unwrap_or(0);
        let ours = self.incidents.get(&theirs.id).map_or(0, |i| i.revision);
        theirs.revision.max(ours).max(base) + 1
    }

    /// A file was read: merge what is safe, ask about the rest.
    pub(super) fn restore(&mut self, incoming: Vec<Incident>) {
        let plan = backup::plan_merge(&self.incidents, incoming);
        let drills = |list: &[Incident]| list.iter().filter(|i| i.drill.is_some()).count();
        let (new_drills, back_drills) = (drills(&plan.new), drills(&plan.deleted_here));
        let mut counts = RestoreCounts {
            added: plan.new.len() - new_drills,
            brought_back: plan.deleted_here.len() - back_drills,
            drills: new_drills + back_drills,
            ..RestoreCounts::default()
        };
        for incident in plan.new {
            self.incidents
                .insert(incident.id.clone(), Rc::new(incident));
        }
        for back in plan.deleted_here {
            let revision = self.revision_past(&back);
            let restored = Incident {
                revision,
                deleted_at: None,
                ..back
            };
            if self.undo_delete.as_deref() == Some(restored.id.as_str()) {
                self.undo_delete = None;
            }
            self.incidents
                .insert(restored.id.clone(), Rc::new(restored));
        }
        if plan.newer_in_file.is_empty() {
            counts.kept = plan.kept;
        } else {
            self.pending_restore = Some(MergePlan {
                new: Vec::new(),
                deleted_here: Vec::new(),
                ..plan
            });
        }
        self.notice = Some(Notice::Restored(counts));
    }

    /// The user's answer about drafts that are newer in the file.
    pub(super) fn finish_restore(&mut self, replace: bool) {
        let Some(plan) = self.pending_restore.take() else {
            return;
        };
        let newer_drills = plan
            .newer_in_file
            .iter()
            .filter(|i| i.drill.is_some())
            .count();
        let (replaced, kept, replaced_drills) = if replace {
            (
                plan.newer_in_file.len() - newer_drills,
                plan.kept,
                newer_drills,
            )
        } else {
            (0, plan.kept + plan.newer_in_file.len(), 0)
        };
        if replace {
            for theirs in plan.newer_in_file {
                let revision = self.revision_past(&theirs);
                self.incidents
                    .insert(theirs.id.clone(), Rc::new(Incident { revision, ..theirs }));
            }
        }
        let before = match self.notice {
            Some(Notice::Restored(counts)) => counts,
            _ => RestoreCounts::default(),
        };
        self.notice = Some(Notice::Restored(RestoreCounts {
            replaced,
            kept,
            drills: before.drills + replaced_drills,
            ..before
        }));
    }
}
