//! The frame around every screen: skip link, header with the contact bar and language switch, the
//! screen, the save status (an aria-live region), and the footer.

use super::app::use_app;
use super::banners::banners;
use super::contact::contact_bar;
use super::context::Intents;
use super::strings as s;
use super::{
    home::home, incident::IncidentScreen, new_incident::NewIncident, register::RegisterScreen,
};
use crate::core::state::{Action, Notice, SaveStatus, Screen};
use crate::core::text::Lang;
use crate::web::files;
use yew::prelude::*;

#[function_component(Layout)]
pub fn layout() -> Html {
    let app = use_app();
    let lang = app.lang;
    let copy_failed = use_state(|| false);
    let switch_lang = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::SetLang(if app.lang == Lang::Ja {
                Lang::En
            } else {
                Lang::Ja
            }))
        })
    };
    let go_home = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            app.dispatch(Action::Navigate(Screen::Home));
        })
    };
    let save_copy = {
        let copy_failed = copy_failed.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            copy_failed.set(files::download().is_err());
        })
    };
    let screen = match &app.screen {
        Screen::Home => home(&app),
        Screen::NewIncident => html! { <NewIncident /> },
        // Its timeline is read after the first screen: a moment's wait (or, if it cannot be
        // read, the banner says so), never a screen to type into without it.
        Screen::Incident(id) if app.timelines_pending.contains_key(id) => {
            match app.timelines_unreadable {
                false => {
                    html! { <h1 tabindex="-1" aria-busy="true">{ s::TIMELINE_WAIT.get(lang) }</h1> }
                }
                true => html! {<>
                    <h1 tabindex="-1">{ s::RECORD_CANNOT_OPEN.get(lang) }</h1>
                    <button type="button" class="button" onclick={go_home.clone()}>{ s::HOME.get(lang) }</button>
                </>},
            }
        }
        Screen::Incident(id) => html! { <IncidentScreen id={id.clone()} /> },
        Screen::Register => html! { <RegisterScreen /> },
        Screen::DrillStart => html! { <super::drill::DrillStart /> },
    };
    let on_register = app.screen == Screen::Register;
    // The switch between the sections' view and the secretariat's, plainly labelled; the
    // choice is remembered (see `App`).
    let switch_view = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Navigate(if on_register {
                Screen::Home
            } else {
                Screen::Register
            }))
        })
    };
    let saved = match &app.save {
        SaveStatus::Saved(at) => format!("{} {}", s::SAVED_AT.get(lang), at.jst_clock()),
        _ => String::new(),
    };
    let notice = app.notice.map(|n| match n {
        Notice::Deleted => s::DELETED.get(lang).to_owned(),
        Notice::UpdatedElsewhere => s::UPDATED_ELSEWHERE.get(lang).to_owned(),
        Notice::Restored(c) => {
            let parts = [
                (s::ADDED, c.added),
                (s::BROUGHT_BACK, c.brought_back),
                (s::REPLACED, c.replaced),
                (s::KEPT, c.kept),
                (s::DRILLS_RESTORED, c.drills),
            ];
            let said: Vec<String> = parts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(label, n)| label.get(lang).replace("{}", &n.to_string()))
                .collect();
            let said = if said.is_empty() {
                s::NOTHING_IN_FILE.get(lang).to_owned()
            } else {
                said.join(s::LIST_SEP.get(lang))
            };
            format!("{}: {said}", s::RESTORED.get(lang))
        }
    });
    let undo = {
        let app = app.clone();
        Callback::from(move |_| app.undo_delete())
    };
    let can_undo = app.notice == Some(Notice::Deleted) && app.undo_delete.is_some();
    html! {
        <>
            <a class="skip-link" href="#main">{ s::SKIP_TO_MAIN.get(lang) }</a>
            <header class="site-header">
                <div class="site-header-inner">
                    <a class="brand" href="#" onclick={go_home}>{ s::APP_NAME.get(lang) }</a>
                    if on_register {
                        <button type="button" class="button view-switch" id="view-switch" onclick={switch_view.clone()}>{ s::TO_CLERK.get(lang) }</button>
                    }
                    <button type="button" class="button lang-switch" onclick={switch_lang}
                        lang={if lang == Lang::Ja { "en" } else { "ja" }} aria-label={s::SWITCH_LANG_LABEL.get(lang)}>
                        { s::SWITCH_LANG.get(lang) }
                    </button>
                </div>
                { contact_bar(lang) }
            </header>
            <main id="main" tabindex="-1">
                { banners(&app) }
                { screen }
            </main>
            <div class="status-bar">
                // A drill's screen puts its strip here (【訓練】, its clock, a new inject: issue 26).
                <div id="drill-strip-host" class="drill-strip-host"></div>
                <p class="save-status" role="status" aria-live="polite" id="save-status">
                    <span class="notice">{ notice.unwrap_or_default() }</span>{" "}<span>{ saved }</span>
                </p>
                if can_undo {
                    <button type="button" class="button button-small" id="undo-delete" onclick={undo}>{ s::UNDO.get(lang) }</button>
                }
            </div>
            if let Screen::Incident(id) = &app.screen {
                if !app.timelines_pending.contains_key(id) {
                    <super::incident::export::PrintReport id={id.clone()} />
                }
            }
            <footer class="site-footer">
                <p><a href="#" class="save-copy" onclick={save_copy}>{ s::SAVE_COPY.get(lang) }</a></p>
                // The secretariat's way in, out of the sections' way: in the footer, not beside the
                // contact a stressed clerk is looking for (the choice is remembered).
                if !on_register {
                    <p><button type="button" class="button button-small" id="view-switch" onclick={switch_view}>{ s::TO_REGISTER.get(lang) }</button></p>
                }
                if *copy_failed {
                    <p role="alert">{ s::SAVE_COPY_FAILED.get(lang) }</p>
                }
                <p class="credit">{ s::MANUAL_CREDIT.get(lang) }</p>
                <p class="credit" id="made-with">{ format!("{} {}", s::VERSION_LABEL.get(lang), super::context::made_with()) }</p>
                <details class="credit licences" id="licences">
                    <summary>{ s::LICENCES.get(lang) }</summary>
                    <pre lang="en">{ s::THIRD_PARTY }</pre>
                </details>
            </footer>
        </>
    }
}
