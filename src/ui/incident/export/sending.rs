//! The four ways to send the report: copy the text (or a mailto: link), an .eml draft, the JSON,
//! and print/PDF; and the preview of the text. Each action builds the report fresh, so it is
//! never a keystroke behind.

use crate::core::incident::Incident;
use crate::core::record;
use crate::core::report::settings::Settings;
use crate::core::report::{self, eml, names};
use crate::core::text::{Lang, Text};
use crate::ui::context;
use crate::ui::strings as s;
use crate::web::files;
use std::rc::Rc;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

/// The report text as of one moment ([`names::Sendable`]): shown in the preview, copied,
/// mailed and saved as .txt.
#[derive(PartialEq)]
pub(super) struct Built(names::Sendable);

impl std::ops::Deref for Built {
    type Target = names::Sendable;
    fn deref(&self) -> &names::Sendable {
        &self.0
    }
}

/// The report as of now, naming this build.
fn fresh_report(incident: &Incident, settings: &Settings) -> report::Report {
    report::build(incident, settings, context::now()).with_build(&context::build())
}

impl Built {
    /// The text of the report as of now.
    pub(super) fn of(incident: &Incident, settings: &Settings) -> Built {
        Built(names::Sendable::of(
            &fresh_report(incident, settings),
            incident,
            &settings.secretariat_email,
        ))
    }
}

/// Saves the .eml or the .json (`ext`), built now. The .txt is the preview's text: see `actions`.
fn save(incident: &Incident, settings: &Settings, ext: &str, need_email: &Callback<()>) {
    let name = names::file_name(incident, ext);
    let made_with = context::made_with();
    let json = record::encode_export(incident, &made_with, Some(&record::Sender::of(settings)));
    let _ = match ext {
        "eml" if !Settings::is_valid_email(&settings.secretariat_email) => {
            need_email.emit(());
            Ok(())
        }
        "eml" => files::save_text(
            &eml::draft(
                settings,
                &fresh_report(incident, settings),
                &json,
                &names::file_name(incident, "json"),
                &incident.id,
                context::now(),
            ),
            "message/rfc822",
            &name,
        ),
        _ => files::save_text(&json, "application/json", &name),
    };
}

pub(super) fn actions(
    incident: &Rc<Incident>,
    settings: &Settings,
    built: &UseStateHandle<Rc<Built>>,
    lang: Lang,
    message: &UseStateHandle<Option<Text>>,
    need_email: &Callback<()>,
) -> Html {
    let email_ok = Settings::is_valid_email(&settings.secretariat_email);
    let fresh = {
        let (incident, settings, built) = (incident.clone(), settings.clone(), built.clone());
        move || {
            let now = Rc::new(Built::of(&incident, &settings));
            built.set(now.clone());
            now
        }
    };
    let copy = {
        let (fresh, message) = (fresh.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let (body, message) = (fresh().body.clone(), message.clone());
            yew::platform::spawn_local(async move {
                match files::copy_text(&body).await {
                    Ok(()) => message.set(Some(s::REPORT_COPIED)),
                    Err(_) => {
                        files::select_for_copying("report-text");
                        message.set(Some(s::REPORT_COPY_FAILED));
                    }
                }
            });
        })
    };
    let open_mail = {
        let (fresh, message, need_email) = (fresh.clone(), message.clone(), need_email.clone());
        Callback::from(move |e: MouseEvent| {
            if !email_ok {
                e.prevent_default();
                need_email.emit(());
                return;
            }
            // The link follows the text once typing pauses; at the click it must be exact. The
            // browser reads href after this handler, so the fresh link is the one opened.
            let now = fresh();
            e.target_unchecked_into::<HtmlAnchorElement>()
                .set_href(&now.mailto);
            if !now.with_body {
                message.set(Some(s::MAIL_TOO_LONG));
            }
        })
    };
    let save_as = |ext: &'static str| {
        let (incident, settings, need_email) =
            (incident.clone(), settings.clone(), need_email.clone());
        Callback::from(move |_: MouseEvent| save(&incident, &settings, ext, &need_email))
    };
    // The file is the text the preview shows: one build, made now, shown and saved (before,
    // the file was a second build, a moment later than the text on screen).
    let save_txt = {
        let fresh = fresh.clone();
        Callback::from(move |_: MouseEvent| {
            let now = fresh();
            let (name, text) = now.txt();
            let _ = files::save_text(text, "text/plain;charset=utf-8", name);
        })
    };
    let print = {
        let (incident, settings) = (incident.clone(), settings.clone());
        // The printable report goes into the page before print() is called, so the dialog shows it.
        Callback::from(move |_: MouseEvent| {
            files::print_html(&report::html(&fresh_report(&incident, &settings)))
        })
    };
    html! {
        <>
            <div class="export-actions">
                <button type="button" class="button button-primary" id="copy-report" onclick={copy}>{ s::COPY_REPORT.get(lang) }</button>
                <a class="button" id="mailto" href={built.mailto.clone()} onclick={open_mail}>{ s::OPEN_MAIL.get(lang) }</a>
                <button type="button" class="button" id="save-eml" onclick={save_as("eml")} aria-describedby="eml-hint">{ s::SAVE_EML.get(lang) }</button>
                <button type="button" class="button button-secondary" id="save-txt" onclick={save_txt}>{ s::SAVE_TXT.get(lang) }</button>
                <button type="button" class="button button-secondary" id="save-json" onclick={save_as("json")}>{ s::SAVE_JSON.get(lang) }</button>
                <button type="button" class="button button-secondary" id="print" onclick={print}>{ s::PRINT_REPORT.get(lang) }</button>
            </div>
            <p class="hint" id="eml-hint">{ s::SAVE_EML_HINT.get(lang) }</p>
            <p class="export-message" id="report-message" role="status" aria-live="polite">{ message.map(|m| m.get(lang)).unwrap_or_default() }</p>
            <details class="preview">
                <summary>{ s::REPORT_PREVIEW.get(lang) }</summary>
                <label class="visually-hidden" for="report-text">{ s::REPORT_PREVIEW_LABEL.get(lang) }</label>
                <textarea id="report-text" readonly=true rows="16" value={built.preview().to_owned()} />
            </details>
        </>
    }
}
