//! The root component: owns the reducer, provides it as context, and runs the one effect that
//! persists changed incidents.

use crate::core::state::{Action, AppState, SaveStatus};
use crate::web::{clock, dom, storage};
use std::cell::RefCell;
use std::collections::BTreeMap;
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
    use_context::<AppHandle>().expect("App provides the AppHandle context") // ok: programming invariant
}

/// The state as storage left it: every readable incident, and a note of every record that was not.
pub fn initial_state() -> AppState {
    let lang = storage::load_lang().unwrap_or_default();
    match storage::load_incidents() {
        Ok((incidents, unreadable)) => {
            let problems = unreadable
                .into_iter()
                .map(|u| format!("{}: {}", u.key, u.error))
                .collect();
            AppState::loaded(incidents, problems, lang)
        }
        Err(e) => AppState {
            save: SaveStatus::Failed(e.into()),
            ..AppState::loaded(Vec::new(), Vec::new(), lang)
        },
    }
}

/// Revision of each incident as last written to storage.
type Persisted = Rc<RefCell<BTreeMap<String, u64>>>;

fn persist(state: &AppHandle, persisted: &Persisted) {
    let mut wrote = false;
    for incident in state.incidents.values() {
        if persisted.borrow().get(&incident.id) == Some(&incident.revision) {
            continue;
        }
        match storage::save_incident(incident) {
            Ok(()) => {
                persisted
                    .borrow_mut()
                    .insert(incident.id.clone(), incident.revision);
                wrote = true;
            }
            Err(e) => {
                // Nothing is marked persisted, so the next change tries again.
                state.dispatch(Action::SaveResult(Err(e.into())));
                return;
            }
        }
    }
    if wrote {
        state.dispatch(Action::SaveResult(Ok(clock::now())));
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A starting state instead of storage's (component tests).
    #[prop_or_default]
    pub initial: Option<AppState>,
}

/// The root component.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial.unwrap_or_else(initial_state));
    let persisted: Persisted = {
        let loaded: BTreeMap<String, u64> = state
            .incidents
            .values()
            .map(|i| (i.id.clone(), i.revision))
            .collect();
        use_mut_ref(move || loaded)
    };
    let revisions: Vec<(String, u64)> = state
        .incidents
        .values()
        .map(|i| (i.id.clone(), i.revision))
        .collect();
    {
        let state = state.clone();
        use_effect_with(revisions, move |_| persist(&state, &persisted));
    }
    use_effect_with(state.lang, |lang| {
        dom::set_document_lang(lang.tag());
        storage::save_lang(*lang);
    });
    let first_screen = use_mut_ref(|| true);
    use_effect_with(state.screen.clone(), move |_| {
        if !std::mem::replace(&mut *first_screen.borrow_mut(), false) {
            dom::focus("main h1");
        }
    });
    html! {
        <ContextProvider<AppHandle> context={state}>
            <super::layout::Layout />
        </ContextProvider<AppHandle>>
    }
}
