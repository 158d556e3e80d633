//! Sending the report: the reporter's settings ([`settings`]), what is still missing
//! ([`gaps`]), the four ways to send it ([`sending`]), and the printed report ([`print`]).
//!
//! Typing anywhere in the incident changes the report, and building it grows with the timeline.
//! So the report is built when the user acts (copy, save, mail, print), fresh; the preview and
//! the mail link are rebuilt once the user pauses ([`REBUILD_AFTER_MS`]), not on each keystroke.

mod documents;
mod gaps;
mod print;
mod sending;
mod settings;

pub use documents::Documents;
pub use print::PrintReport;

use crate::core::incident::Incident;
use crate::core::report::completeness::ReporterField;
use crate::core::report::settings::Settings;
use crate::core::text::{Lang, Text};
use crate::ui::app::use_app;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::dom;
use sending::Built;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the preview and the mail link follow it.
pub const REBUILD_AFTER_MS: i32 = 250;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub incident: Rc<Incident>,
    pub lang: Lang,
}

#[function_component(Export)]
pub fn export(props: &ExportProps) -> Html {
    let app = use_app();
    let lang = props.lang;
    let settings = &app.settings;
    let message = use_state(|| None::<Text>);
    let want_email = use_state(|| false);
    let built = {
        let (incident, settings) = (props.incident.clone(), settings.clone());
        use_state(move || Rc::new(Built::of(&incident, &settings)))
    };
    {
        let built = built.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(
            (props.incident.clone(), settings.clone()),
            move |(incident, settings): &(Rc<Incident>, Settings)| {
                // The first render built it already; later changes wait for a pause.
                let pending = (!std::mem::replace(&mut *first.borrow_mut(), false))
                    .then(|| {
                        let (incident, settings) = (incident.clone(), settings.clone());
                        dom::after(REBUILD_AFTER_MS, move || {
                            built.set(Rc::new(Built::of(&incident, &settings)))
                        })
                    })
                    .flatten();
                move || drop(pending)
            },
        );
    }
    let need_email = {
        let want_email = want_email.clone();
        Callback::from(move |()| {
            want_email.set(true);
            dom::jump_to(page_ids::reporter(ReporterField::SecretariatEmail));
        })
    };
    let email_ok = Settings::is_valid_email(&settings.secretariat_email);
    html! {
        <section class="card export" id="export" aria-labelledby="export-title">
            <h2 id="export-title">{ s::EXPORT_TITLE.get(lang) }</h2>
            { settings::form(&app, lang, *want_email && !email_ok) }
            { gaps::list(&props.incident, settings, lang) }
            { sending::actions(&props.incident, settings, &built, lang, &message, &need_email) }
        </section>
    }
}
