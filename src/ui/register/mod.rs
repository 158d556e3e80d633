//! The secretariat's register (issue 13): take reports in, see every incident's PPC clock, record
//! the secretariat's progress, and get the register out (CSV, print, backup). Its state is its
//! own reducer (`core::register::desk`), saved under its own key whenever the register changes.

mod drills;
mod intake;
mod out;
mod rows;
mod table;

use crate::core::register::desk::{Desk, DeskAction};
use crate::core::register::Register;
use crate::ui::app::use_app;
use crate::ui::context;
use crate::ui::context::RegisterLoad;
use crate::ui::strings as s;
use crate::web::{dom, files};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Desk {
    type Action = DeskAction;

    fn reduce(self: Rc<Self>, action: DeskAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.reduce(action);
        Rc::new(next)
    }
}

/// How the stored register was found when the screen opened, and whether saving fails.
#[derive(Clone, PartialEq)]
enum Problem {
    /// The stored register could not be read; its text is kept aside under this key.
    MovedAside(String),
    /// Saving failed (storage full or unavailable).
    SaveFailed,
}

fn load() -> (Register, Option<Problem>) {
    match context::load_register() {
        Ok(RegisterLoad::Read(register)) => (register, None),
        Ok(RegisterLoad::MovedAside(key, _)) => {
            (Register::default(), Some(Problem::MovedAside(key)))
        }
        Err(_) => (Register::default(), Some(Problem::SaveFailed)),
    }
}

/// The screen.
#[function_component(RegisterScreen)]
pub fn register_screen() -> Html {
    let lang = use_app().lang;
    let loaded = use_memo((), |_| load());
    let desk = use_reducer({
        let loaded = loaded.clone();
        move || Desk::over(loaded.0.clone())
    });
    let problem = use_state(|| loaded.1.clone());
    // One effect persists: whenever the register changes.
    {
        let (desk, problem) = (desk.clone(), problem.clone());
        use_effect_with(desk.revision, move |revision| {
            if *revision > 0 {
                match context::save_register(&desk.register) {
                    Err(_) => problem.set(Some(Problem::SaveFailed)),
                    Ok(stored) => {
                        if matches!(*problem, Some(Problem::SaveFailed)) {
                            problem.set(None);
                        }
                        // Another tab had saved what this one lacked: show it too.
                        if stored != desk.register {
                            desk.dispatch(DeskAction::OtherTab(
                                stored.rows.values().cloned().collect(),
                            ));
                        }
                    }
                }
            }
        });
    }
    // Another tab of the secretariat saved: take in what it has.
    {
        let dispatcher = desk.dispatcher();
        use_effect_with((), move |_| {
            let listener = context::on_register_saved(move |rows| {
                dispatcher.dispatch(DeskAction::OtherTab(rows))
            });
            move || drop(listener)
        });
    }
    // Unsaved changes while saving fails: closing the tab asks first.
    let unsaved = matches!(*problem, Some(Problem::SaveFailed)) && desk.revision > 0;
    use_effect_with(unsaved, |unsaved| {
        let guard = unsaved.then(dom::ask_before_leaving);
        move || drop(guard)
    });
    // Ctrl+P and the browser's print menu print the register, as the print button does.
    let latest = use_mut_ref(|| desk.clone());
    *latest.borrow_mut() = desk.clone();
    use_effect_with((), move |_| {
        let guard = files::on_print(move || Some(out::printable(&latest.borrow())));
        move || drop(guard)
    });
    let download_aside = {
        let problem = problem.clone();
        Callback::from(move |_| {
            if let Some(Problem::MovedAside(key)) = &*problem {
                let text = context::register_aside(key);
                let _ = files::save_text(
                    &text.unwrap_or_default(),
                    "application/json",
                    "register-unreadable.json",
                );
            }
        })
    };
    html! {
        <div class="register">
            <h1 tabindex="-1">{ s::REGISTER_TITLE.get(lang) }</h1>
            <p class="lead">{ s::REGISTER_LEAD.get(lang) }</p>
            if let Some(p) = &*problem {
                <div class="banner banner-error" role="alert" id="register-problem">
                    if let Problem::MovedAside(_) = p {
                        <p>{ s::REGISTER_MOVED_ASIDE.get(lang) }</p>
                        <button type="button" class="button" onclick={download_aside}>{ s::DOWNLOAD_ASIDE.get(lang) }</button>
                    } else {
                        <p>{ s::REGISTER_SAVE_FAILED.get(lang) }</p>
                    }
                </div>
            }
            <intake::Intake desk={desk.clone()} />
            <table::RegisterTable desk={desk.clone()} />
            { drills::list(&desk.register, lang) }
            <out::Out desk={desk} />
        </div>
    }
}
