//! The root component: owns the reducer, provides it as context, and runs the one effect that
//! persists changes (and reports back with actions). Also listens for other tabs' saves.

use crate::core::state::{Action, AppState, SaveStatus, Screen};
use crate::web::storage::{self, ExternalChange, SaveError};
use crate::web::{clock, dom};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.reduce(action);
        Rc::new(next)
    }
}

/// The handle every component uses to read the state and dispatch actions.
pub type AppHandle = UseReducerHandle<AppState>;

/// The app state from context. [`App`] always provides it.
#[hook]
pub fn use_app() -> AppHandle {
    #[allow(
        clippy::expect_used,
        reason = "App always provides the context: a programming invariant"
    )]
    let handle = use_context::<AppHandle>().expect("App provides the AppHandle context"); // ok: programming invariant
    handle
}

/// The state as storage left it: every readable incident; unreadable records moved aside and
/// reported; a failure to reach storage at all reported as a save problem.
pub fn initial_state() -> AppState {
    let store = match storage::local() {
        Ok(store) => store,
        Err(e) => {
            return AppState {
                save: SaveStatus::Failed(e.into()),
                ..AppState::default()
            }
        }
    };
    let lang = store.load_lang().unwrap_or_default();
    let settings = store.load_settings();
    let last_backup = store.load_last_backup();
    let screen = if store.register_view_chosen() {
        Screen::Register
    } else {
        Screen::Home
    };
    match store.load_heads(clock::now().0) {
        Ok(heads) => {
            let timelines_pending = heads
                .incidents
                .iter()
                .filter(|i| heads.waiting.contains(&i.id))
                .map(|i| (i.id.clone(), i.timeline.clone()))
                .collect();
            AppState {
                settings,
                last_backup,
                screen,
                timelines_pending,
                ..AppState::loaded(heads.incidents, heads.quarantined, lang)
            }
        }
        Err(e) => AppState {
            save: SaveStatus::Failed(e.into()),
            settings,
            ..AppState::loaded(Vec::new(), Vec::new(), lang)
        },
    }
}

/// Writes what changed, removes what was purged, and tells the reducer how it went.
fn persist(state: &AppHandle) {
    let store = match storage::local() {
        Ok(store) => store,
        Err(e) => {
            if state.unsaved().next().is_some() {
                state.dispatch(Action::SaveFailed(e.into()));
            }
            return;
        }
    };
    for id in &state.to_purge {
        match store.remove_incident(id) {
            Ok(()) => state.dispatch(Action::Purged(id.clone())),
            Err(e) => state.dispatch(Action::SaveFailed(e.into())),
        }
    }
    for incident in state.unsaved() {
        match store.save_checked(incident, state.synced.get(&incident.id).copied()) {
            Ok(()) => state.dispatch(Action::Saved {
                id: incident.id.clone(),
                revision: incident.revision,
                at: clock::now(),
            }),
            Err(SaveError::Conflict(theirs)) => state.dispatch(Action::ChangedElsewhere(*theirs)),
            Err(SaveError::Storage(e)) => {
                // Nothing is marked saved, so the next change tries again.
                state.dispatch(Action::SaveFailed(e.into()));
                return;
            }
        }
    }
    storage::timelines::move_over();
}

/// After the first screen: reads the timelines kept in IndexedDB and hands the incidents that
/// waited for theirs to the reducer, whole.
fn read_timelines(dispatcher: UseReducerDispatcher<AppState>, waiting: Vec<String>) {
    yew::platform::spawn_local(async move {
        let reading = storage::timelines::read().await;
        if waiting.is_empty() {
            return;
        }
        match (reading, storage::local()) {
            (storage::timelines::Reading::Done, Ok(store)) => {
                let (incidents, quarantined) = store.load_waiting(&waiting, clock::now().0);
                dispatcher.dispatch(Action::TimelinesRead {
                    incidents,
                    quarantined,
                });
            }
            _ => dispatcher.dispatch(Action::TimelinesUnreadable),
        }
    });
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A starting state instead of storage's (component tests).
    #[prop_or_default]
    pub initial: Option<AppState>,
}

/// How often saving is tried again while it fails.
const RETRY_MS: i32 = 4000;

/// The root component.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial.unwrap_or_else(initial_state));
    // What persisting depends on: every revision, and what is to be removed.
    let pending: (Vec<(String, u64)>, Vec<String>, usize, u32) = (
        state
            .unsaved()
            .map(|i| (i.id.clone(), i.revision))
            .collect(),
        state.to_purge.to_vec(),
        state.conflicts.len(),
        state.save_retries,
    );
    {
        let state = state.clone();
        use_effect_with(pending, move |(unsaved, purge, _, _)| {
            if !unsaved.is_empty() || !purge.is_empty() {
                persist(&state);
            }
        });
    }
    // While saving fails, try again every few seconds and whenever the window gets focus, so
    // saving resumes by itself once there is room (the banner then goes away).
    let failing = matches!(state.save, SaveStatus::Failed(_)) && state.unsaved().next().is_some();
    {
        let dispatcher = state.dispatcher();
        use_effect_with(failing, move |failing| {
            let retry = failing.then(|| {
                dom::every(RETRY_MS, {
                    let dispatcher = dispatcher.clone();
                    move || dispatcher.dispatch(Action::RetrySave)
                })
            });
            let on_focus = failing
                .then(|| dom::on_window("focus", move || dispatcher.dispatch(Action::RetrySave)));
            move || drop((retry, on_focus))
        });
    }
    // Closing the tab while something is not saved asks first.
    use_effect_with(state.has_anything_unsaved(), |unsaved| {
        let guard = unsaved.then(dom::ask_before_leaving);
        move || drop(guard)
    });
    {
        let (dispatcher, waiting) = (
            state.dispatcher(),
            state.timelines_pending.keys().cloned().collect(),
        );
        use_effect_with((), move |_| read_timelines(dispatcher, waiting));
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::on_external_change(move |change| {
                dispatcher.dispatch(match change {
                    ExternalChange::Saved(incident) => Action::ChangedElsewhere(*incident),
                    ExternalChange::Removed(id) => Action::RemovedElsewhere(id),
                })
            });
            move || drop(listener)
        });
    }
    {
        let dispatcher = state.dispatcher();
        let first = use_mut_ref(|| true);
        use_effect_with(state.settings.clone(), move |settings| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Err(e) = storage::local().and_then(|s| s.save_settings(settings)) {
                    dispatcher.dispatch(Action::SaveFailed(e.into()));
                }
            }
        });
    }
    use_effect_with(state.lang, |lang| {
        dom::set_document_lang(lang.tag());
        if let Ok(store) = storage::local() {
            store.save_lang(*lang);
        }
    });
    let first_screen = use_mut_ref(|| true);
    use_effect_with(state.screen.clone(), move |screen| {
        if !std::mem::replace(&mut *first_screen.borrow_mut(), false) {
            dom::focus("main h1");
            // The secretariat's browser opens on the register next time; a section's on its own.
            if let Ok(store) = storage::local() {
                store.choose_register_view(*screen == Screen::Register);
            }
        }
    });
    html! {
        <ContextProvider<AppHandle> context={state}>
            <super::layout::Layout />
        </ContextProvider<AppHandle>>
    }
}
