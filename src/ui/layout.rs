//! The frame around every screen: skip link, header with the contact bar and language switch, the
//! screen, the save status (an aria-live region), and the footer.

use super::app::use_app;
use super::contact::ContactBar;
use super::strings as s;
use super::{home::Home, incident::IncidentScreen, new_incident::NewIncident};
use crate::core::state::{Action, SaveProblem, SaveStatus, Screen};
use crate::core::text::Lang;
use crate::web::offline_copy;
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
            copy_failed.set(offline_copy::download().is_err());
        })
    };
    let screen = match &app.screen {
        Screen::Home => html! { <Home /> },
        Screen::NewIncident => html! { <NewIncident /> },
        Screen::Incident(id) => html! { <IncidentScreen id={id.clone()} /> },
    };
    let (status, failure) = match &app.save {
        SaveStatus::Idle => (String::new(), None),
        SaveStatus::Saved(at) => (
            format!("{} {}", s::SAVED_AT.get(lang), at.jst_clock()),
            None,
        ),
        SaveStatus::Failed(problem) => {
            let text = match problem {
                SaveProblem::Full => s::SAVE_FAILED_FULL.get(lang).to_owned(),
                SaveProblem::Unavailable => s::SAVE_FAILED_UNAVAILABLE.get(lang).to_owned(),
                SaveProblem::Other(m) => format!("{} {m}", s::SAVE_FAILED_OTHER.get(lang)),
            };
            (String::new(), Some(text))
        }
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ s::SKIP_TO_MAIN.get(lang) }</a>
            <header class="site-header">
                <div class="site-header-inner">
                    <a class="brand" href="#" onclick={go_home}>{ s::APP_NAME.get(lang) }</a>
                    <button type="button" class="button lang-switch" onclick={switch_lang}
                        lang={if lang == Lang::Ja { "en" } else { "ja" }} aria-label={s::SWITCH_LANG_LABEL.get(lang)}>
                        { s::SWITCH_LANG.get(lang) }
                    </button>
                </div>
                <ContactBar />
            </header>
            <main id="main" tabindex="-1">
                if let Some(text) = failure {
                    <div class="banner banner-error" role="alert">{ text }</div>
                }
                if !app.load_problems.is_empty() {
                    <div class="banner banner-warning" role="alert">
                        <p>{ s::LOAD_PROBLEMS.get(lang) }</p>
                        <ul class="load-problems">{ for app.load_problems.iter().map(|p| html! { <li><code>{ p }</code></li> }) }</ul>
                    </div>
                }
                { screen }
            </main>
            <div class="save-status" role="status" aria-live="polite" id="save-status">{ status }</div>
            <footer class="site-footer">
                <p><a href="#" class="save-copy" onclick={save_copy}>{ s::SAVE_COPY.get(lang) }</a></p>
                if *copy_failed {
                    <p role="alert">{ s::SAVE_COPY_FAILED.get(lang) }</p>
                }
                <p class="credit">{ s::MANUAL_CREDIT.get(lang) }</p>
            </footer>
        </>
    }
}
