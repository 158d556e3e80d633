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

/// The report text and what the mail link carries, as of one moment.
#[derive(PartialEq)]
pub(super) struct Built {
    subject: String,
    body: String,
    mailto: String,
    /// Whether the mail link carries the text (it does not when the text is too long for one).
    with_body: bool,
}

/// The report as of now, naming this build.
fn fresh_report(incident: &Incident, settings: &Settings) -> report::Report {
    report::build(incident, settings, context::now()).with_build(&context::build())
}

impl Built {
    pub(super) fn of(incident: &Incident, settings: &Settings) -> Built {
        let report = fresh_report(incident, settings);
        let body = report::text(&report);
        let (mailto, with_body) =
            names::mailto(&settings.secretariat_email, &report.subject, &body);
        Built {
            subject: report.subject,
            body,
            mailto,
            with_body,
        }
    }
}

/// Saves one of the files (`ext`: "eml", "json" or "txt"), built now.
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
        "json" => files::save_text(&json, "application/json", &name),
        _ => files::save_text(
            &Built::of(incident, settings).body,
            "text/plain;charset=utf-8",
            &name,
        ),
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
                <button type="button" class="button button-secondary" id="save-txt" onclick={save_as("txt")}>{ s::SAVE_TXT.get(lang) }</button>
                <button type="button" class="button button-secondary" id="save-json" onclick={save_as("json")}>{ s::SAVE_JSON.get(lang) }</button>
                <button type="button" class="button button-secondary" id="print" onclick={print}>{ s::PRINT_REPORT.get(lang) }</button>
            </div>
            <p class="hint" id="eml-hint">{ s::SAVE_EML_HINT.get(lang) }</p>
            <p class="export-message" role="status" aria-live="polite">{ message.map(|m| m.get(lang)).unwrap_or_default() }</p>
            <details class="preview">
                <summary>{ s::REPORT_PREVIEW.get(lang) }</summary>
                <label class="visually-hidden" for="report-text">{ s::REPORT_PREVIEW_LABEL.get(lang) }</label>
                <textarea id="report-text" readonly=true rows="16" value={built.body.clone()} />
            </details>
        </>
    }
}
