//! The reporter's settings (所属, name, contact, the secretariat's address): kept in the browser
//! and filled in for every report.

use crate::core::report::completeness::ReporterField;
use crate::core::report::settings::Settings;
use crate::core::state::Action;
use crate::core::text::{Lang, Text};
use crate::ui::app::AppHandle;
use crate::ui::page_ids;
use crate::ui::strings as s;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn field(
    which: ReporterField,
    label: Text,
    value: &str,
    lang: Lang,
    on_input: Callback<InputEvent>,
    hint: Option<(Text, bool)>,
) -> Html {
    let id = page_ids::reporter(which);
    let hint_id = format!("{id}-hint");
    let invalid = hint.is_some_and(|(_, bad)| bad);
    html! {
        <div class="field">
            <label for={id}>{ label.get(lang) }</label>
            if let Some((hint, bad)) = hint {
                <p class={classes!("hint", bad.then_some("field-error"))} id={hint_id.clone()}>{ hint.get(lang) }</p>
            }
            <input type="text" id={id} value={value.to_owned()} maxlength="200" oninput={on_input}
                aria-describedby={hint.map(|_| hint_id)} aria-invalid={invalid.then_some("true")} />
        </div>
    }
}

/// The form; `email_missing` when the user tried to send by mail without the address.
pub(super) fn form(app: &AppHandle, lang: Lang, email_missing: bool) -> Html {
    let settings = &app.settings;
    let set = |f: fn(&mut Settings, String)| {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = app.settings.clone();
            f(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            );
            app.dispatch(Action::SetSettings(next));
        })
    };
    let email_hint = if email_missing {
        (s::SECRETARIAT_EMAIL_NEEDED, true)
    } else {
        (s::SECRETARIAT_EMAIL_HINT, false)
    };
    html! {
        <fieldset class="questions">
            <legend>{ s::REPORTER_SETTINGS.get(lang) }</legend>
            { field(ReporterField::Section, s::REPORTER_SECTION, &settings.section, lang, set(|s, v| s.section = v), None) }
            { field(ReporterField::Name, s::REPORTER_NAME, &settings.reporter, lang, set(|s, v| s.reporter = v), None) }
            { field(ReporterField::Contact, s::REPORTER_CONTACT, &settings.contact, lang, set(|s, v| s.contact = v), None) }
            { field(ReporterField::SecretariatEmail, s::SECRETARIAT_EMAIL, &settings.secretariat_email, lang, set(|s, v| s.secretariat_email = v), Some(email_hint)) }
        </fieldset>
    }
}
