//! Sending the report: the reporter's settings, what is still missing (each a link to its field),
//! and the four forms: email text (copy, or a mailto: link), an .eml draft, JSON, and print/PDF.

use crate::core::incident::Incident;
use crate::core::record;
use crate::core::report::completeness::gaps;
use crate::core::report::settings::Settings;
use crate::core::report::{self, eml, names};
use crate::core::state::Action;
use crate::core::text::{t, Lang, Text};
use crate::ui::app::use_app;
use crate::web::{clock, dom, files};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

const TITLE: Text = t("報告書を作る・送る", "Make and send the report");
const SETTINGS: Text = t(
    "報告者（このブラウザに保存され、次回から自動で入ります）",
    "Reporter (kept in this browser for next time)",
);
const SECTION: Text = t("所属", "Section");
const REPORTER: Text = t("報告者の氏名", "Your name");
const CONTACT: Text = t("連絡先（電話・内線）", "Phone or extension");
const EMAIL: Text = t(
    "事務局（IT最適化係）のメールアドレス",
    "Secretariat (IT Optimisation Unit) email address",
);
const EMAIL_HINT: Text = t(
    "メールで送るときに使います。庁内の連絡先一覧で確認して入力してください。",
    "Used when sending by mail. Check it in the office directory.",
);
const EMAIL_NEEDED: Text = t(
    "メールで送るには、事務局のメールアドレスを入力してください。",
    "Enter the secretariat's email address to send by mail.",
);
const GAPS: Text = t("まだ確認できていない項目（このままでも「速報」として送れます。未確認の項目は「未確認」と書かれます）", "Not confirmed yet (you can still send it as a preliminary report; gaps are marked \"not confirmed\")");
const COMPLETE: Text = t("すべての項目が記入済みです。", "Everything is filled in.");
const COPY: Text = t("本文をコピー", "Copy the text");
const COPIED: Text = t(
    "本文をコピーしました。メールに貼り付けてください。",
    "Copied. Paste it into a mail.",
);
const COPY_FAILED: Text = t(
    "自動でコピーできませんでした。下の本文を選択してあります。Ctrl+C でコピーしてください。",
    "Could not copy automatically. The text below is selected: press Ctrl+C.",
);
const MAILTO: Text = t("メールソフトで開く", "Open in the mail program");
const TOO_LONG: Text = t("本文が長いため、メールソフトには件名だけを渡します。「本文をコピー」で本文を貼り付けてください。", "The text is too long to hand to the mail program: only the subject is passed. Use \"Copy the text\" and paste it.");
const EML: Text = t("メールの下書きを保存（.eml）", "Save a mail draft (.eml)");
const EML_HINT: Text = t("Outlook や Thunderbird で開くと、宛先・件名・本文・添付（JSON）が入った送信前のメールになります。", "Opens in Outlook or Thunderbird as a ready-to-send mail with recipient, subject, text and the JSON attached.");
const TXT: Text = t("テキストを保存（.txt）", "Save as text (.txt)");
const JSON: Text = t(
    "データを保存（.json、このツールで読み込めます）",
    "Save the data (.json, readable by this tool)",
);
const PRINT: Text = t("印刷・PDFで保存", "Print or save as PDF");
const PREVIEW: Text = t("報告の本文を確認", "Check the report text");
const PREVIEW_LABEL: Text = t("報告の本文", "Report text");

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub incident: Incident,
    pub lang: Lang,
}

fn settings_field(
    id: &'static str,
    label: Text,
    value: &str,
    lang: Lang,
    on_input: Callback<InputEvent>,
    hint: Option<(Text, bool)>,
) -> Html {
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

#[function_component(Export)]
pub fn export(props: &ExportProps) -> Html {
    let app = use_app();
    let lang = props.lang;
    let incident = &props.incident;
    let settings = app.settings.clone();
    let message = use_state(|| None::<Text>);
    let want_email = use_state(|| false);
    let report = report::build(incident, &settings, clock::now());
    let body = report::text(&report);
    // The printable report goes into the page before print() is called, so the dialog shows it.
    let on_print = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| files::print_html(&report::html(&report)))
    };
    let (mailto, with_body) = names::mailto(&settings.secretariat_email, &report.subject, &body);
    let email_ok = Settings::is_valid_email(&settings.secretariat_email);

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
    let need_email = {
        let want_email = want_email.clone();
        move || {
            want_email.set(true);
            dom::focus("#settings-email");
        }
    };
    let copy = {
        let (body, message) = (body.clone(), message.clone());
        Callback::from(move |_| {
            let (body, message) = (body.clone(), message.clone());
            yew::platform::spawn_local(async move {
                match files::copy_text(&body).await {
                    Ok(()) => message.set(Some(COPIED)),
                    Err(_) => {
                        if let Some(area) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("report-text"))
                        {
                            if let Some(parent) = area.parent_element() {
                                let _ = parent.set_attribute("open", "");
                            }
                            let area: HtmlTextAreaElement =
                                wasm_bindgen::JsCast::unchecked_into(area);
                            let _ = area.focus();
                            area.select();
                        }
                        message.set(Some(COPY_FAILED));
                    }
                }
            });
        })
    };
    let open_mail = {
        let (need_email, message) = (need_email.clone(), message.clone());
        Callback::from(move |e: MouseEvent| {
            if !email_ok {
                e.prevent_default();
                need_email();
            } else if !with_body {
                message.set(Some(TOO_LONG));
            }
        })
    };
    let save = |ext: &'static str| {
        let (incident, settings, body, subject, need_email) = (
            incident.clone(),
            settings.clone(),
            body.clone(),
            report.subject.clone(),
            need_email.clone(),
        );
        Callback::from(move |_| {
            let name = names::file_name(&incident, ext);
            let json = record::encode(&incident);
            let _ = match ext {
                "eml" if !Settings::is_valid_email(&settings.secretariat_email) => {
                    need_email();
                    Ok(())
                }
                "eml" => files::save_text(
                    &eml::draft(
                        &settings,
                        &subject,
                        &body,
                        &json,
                        &names::file_name(&incident, "json"),
                        &incident.id,
                        clock::now(),
                    ),
                    "message/rfc822",
                    &name,
                ),
                "json" => files::save_text(&json, "application/json", &name),
                _ => files::save_text(&body, "text/plain;charset=utf-8", &name),
            };
        })
    };
    let gap_list = gaps(incident, &settings);
    html! {
        <section class="card export" id="export" aria-labelledby="export-title">
            <h2 id="export-title">{ TITLE.get(lang) }</h2>
            <fieldset class="questions">
                <legend>{ SETTINGS.get(lang) }</legend>
                { settings_field("settings-section", SECTION, &settings.section, lang, set(|s, v| s.section = v), None) }
                { settings_field("settings-reporter", REPORTER, &settings.reporter, lang, set(|s, v| s.reporter = v), None) }
                { settings_field("settings-contact", CONTACT, &settings.contact, lang, set(|s, v| s.contact = v), None) }
                { settings_field("settings-email", EMAIL, &settings.secretariat_email, lang, set(|s, v| s.secretariat_email = v),
                    Some(if *want_email && !email_ok { (EMAIL_NEEDED, true) } else { (EMAIL_HINT, false) })) }
            </fieldset>
            if gap_list.is_empty() {
                <p class="complete">{ COMPLETE.get(lang) }</p>
            } else {
                <div class="gaps">
                    <h3>{ GAPS.get(lang) }</h3>
                    <ul>{ for gap_list.iter().map(|g| {
                        let target = g.target.clone();
                        let jump = Callback::from(move |e: MouseEvent| { e.prevent_default(); dom::jump_to(&target); });
                        let count = if g.count > 1 { lang.bracket(&g.count.to_string()) } else { String::new() };
                        html! { <li><a href={format!("#{}", g.target)} onclick={jump}>{ format!("{}{count}", g.label.get(lang)) }</a></li> }
                    }) }</ul>
                </div>
            }
            <div class="export-actions">
                <button type="button" class="button button-primary" id="copy-report" onclick={copy}>{ COPY.get(lang) }</button>
                <a class="button" id="mailto" href={mailto} onclick={open_mail}>{ MAILTO.get(lang) }</a>
                <button type="button" class="button" id="save-eml" onclick={save("eml")} aria-describedby="eml-hint">{ EML.get(lang) }</button>
                <button type="button" class="button button-secondary" id="save-txt" onclick={save("txt")}>{ TXT.get(lang) }</button>
                <button type="button" class="button button-secondary" id="save-json" onclick={save("json")}>{ JSON.get(lang) }</button>
                <button type="button" class="button button-secondary" id="print" onclick={on_print}>{ PRINT.get(lang) }</button>
            </div>
            <p class="hint" id="eml-hint">{ EML_HINT.get(lang) }</p>
            <p class="export-message" role="status" aria-live="polite">{ message.map(|m| m.get(lang)).unwrap_or_default() }</p>
            <details class="preview">
                <summary>{ PREVIEW.get(lang) }</summary>
                <label class="visually-hidden" for="report-text">{ PREVIEW_LABEL.get(lang) }</label>
                <textarea id="report-text" readonly=true rows="16" value={body} />
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub id: String,
}

/// The report laid out for A4, for Ctrl+P and the browser's own print menu: built in the
/// browser's `beforeprint` event, synchronously, and taken out at `afterprint`. Built only then,
/// so typing does not rebuild a large hidden document on every keystroke. Renders nothing itself.
#[function_component(PrintReport)]
pub fn print_report(props: &PrintReportProps) -> Html {
    let app = use_app();
    // The listeners outlive this render: they read the latest state through this cell.
    let latest = use_mut_ref(|| app.clone());
    *latest.borrow_mut() = app.clone();
    use_effect_with(props.id.clone(), move |id: &String| {
        let window = web_sys::window();
        let id = id.clone();
        let before = window.as_ref().map(|w| {
            gloo_events::EventListener::new(w, "beforeprint", move |_| {
                let app = latest.borrow();
                if let Some(incident) = app.incidents.get(&id) {
                    files::show_for_print(&report::html(&report::build(
                        incident,
                        &app.settings,
                        clock::now(),
                    )));
                }
            })
        });
        let after = window
            .as_ref()
            .map(|w| gloo_events::EventListener::new(w, "afterprint", |_| files::clear_print()));
        move || {
            drop((before, after));
            files::clear_print();
        }
    });
    html! {}
}
