//! The whole app's state and its reducer. Components dispatch [`Action`]s; [`AppState::reduce`] is
//! pure; one effect at the edge persists what changed. Nothing here touches the browser.

use crate::core::incident::{Change, Incident};
use crate::core::playbook::IncidentKind;
use crate::core::text::Lang;
use crate::core::time::Timestamp;
use std::collections::BTreeMap;

/// Which screen is shown. A screen enum instead of a router: the app lives at one file:// URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Emergency contact, first rules, the drafts list.
    #[default]
    Home,
    /// Choosing the type(s) of a new incident.
    NewIncident,
    /// One incident's task list, by id.
    Incident(String),
}

/// Why the last save did not reach storage, as the UI explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser's storage is full (QuotaExceededError).
    Full,
    /// Storage is switched off or refused (privacy mode, policy, some browsers on file://).
    Unavailable,
    /// Anything else the browser reported, with its message.
    Other(String),
}

/// The state of saving, shown in the status line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing saved yet in this visit.
    #[default]
    Idle,
    /// Everything is saved; the time of the last save.
    Saved(Timestamp),
    /// Saving failed: the data lives only in this tab until it works again.
    Failed(SaveProblem),
}

/// Everything the UI shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The screen shown.
    pub screen: Screen,
    /// The UI language.
    pub lang: Lang,
    /// Every incident, by id.
    pub incidents: BTreeMap<String, Incident>,
    /// The state of saving.
    pub save: SaveStatus,
    /// Stored records that could not be read, with what went wrong (shown, never dropped).
    pub load_problems: Vec<String>,
}

/// Something that happens to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show another screen.
    Navigate(Screen),
    /// Switch language.
    SetLang(Lang),
    /// Make a new incident and open it.
    Create {
        /// The new id (made by the edge).
        id: String,
        /// Its types.
        kinds: Vec<IncidentKind>,
        /// Now.
        at: Timestamp,
    },
    /// Change an incident.
    Edit {
        /// Which incident.
        id: String,
        /// What changes.
        change: Change,
        /// Now.
        at: Timestamp,
    },
    /// Storage answered the persisting effect.
    SaveResult(Result<Timestamp, SaveProblem>),
}

impl AppState {
    /// A state that starts from what storage held.
    pub fn loaded(incidents: Vec<Incident>, load_problems: Vec<String>, lang: Lang) -> AppState {
        let incidents = incidents.into_iter().map(|i| (i.id.clone(), i)).collect();
        AppState {
            incidents,
            load_problems,
            lang,
            ..AppState::default()
        }
    }

    /// The state after `action`.
    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Navigate(screen) => self.screen = screen,
            Action::SetLang(lang) => self.lang = lang,
            Action::Create { id, kinds, at } => {
                if kinds.is_empty() || self.incidents.contains_key(&id) {
                    return;
                }
                self.incidents
                    .insert(id.clone(), Incident::new(id.clone(), &kinds, at));
                self.screen = Screen::Incident(id);
            }
            Action::Edit { id, change, at } => {
                if let Some(incident) = self.incidents.get_mut(&id) {
                    incident.apply(change, at);
                }
            }
            Action::SaveResult(result) => {
                self.save = match result {
                    Ok(at) => SaveStatus::Saved(at),
                    Err(problem) => SaveStatus::Failed(problem),
                }
            }
        }
    }

    /// Incidents, most recently changed first (the drafts list).
    pub fn recent(&self) -> Vec<&Incident> {
        let mut list: Vec<&Incident> = self.incidents.values().collect();
        list.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        list
    }

    /// The incident on screen, if any.
    pub fn current(&self) -> Option<&Incident> {
        match &self.screen {
            Screen::Incident(id) => self.incidents.get(id),
            _ => None,
        }
    }
}
