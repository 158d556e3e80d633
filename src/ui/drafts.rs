//! The incidents on record: open, duplicate, close, archive, delete (with undo; permanent deletion
//! asks first), and backup/restore of everything. Also says, once, where drafts live.

use super::app::{use_app, AppHandle};
use super::context::{self, Intents};
use super::incident::obligations::days_text;
use super::strings as s;
use crate::core::backup::{self, MAX_BACKUP_BYTES};
use crate::core::drill::DRILL_MARK;
use crate::core::incident::{Change, Incident, Status};
use crate::core::obligations::clock as ppc_clock;
use crate::core::record::RecordError;
use crate::core::report::names;
use crate::core::state::{Action, Screen};
use crate::core::text::Lang;
use crate::web::files;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Why a picked file could not be restored.
#[derive(Clone, Debug, PartialEq)]
enum RestoreProblem {
    /// The browser could not read the file.
    Unreadable,
    /// The file was read, and is not something the tool can restore.
    File(backup::BackupError),
}

/// The problem in the user's language, with the limits as they are. Parser details stay out:
/// they are English and mean nothing to a clerk.
fn restore_problem_text(problem: &RestoreProblem, lang: Lang) -> String {
    use backup::BackupError as E;
    // Tenths of a MB in integers: float formatting would add kilobytes to the single file.
    let mb = |bytes: usize| {
        let tenths = bytes * 10 / (1024 * 1024);
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    match problem {
        RestoreProblem::Unreadable => s::RESTORE_UNREADABLE.get(lang).to_owned(),
        RestoreProblem::File(E::TooLarge(n)) => {
            s::RESTORE_TOO_LARGE.get(lang).replace("{}", &mb(*n))
        }
        RestoreProblem::File(E::IncidentFileTooLarge(n)) => s::RESTORE_INCIDENT_TOO_LARGE
            .get(lang)
            .replace("{}", &mb(*n)),
        RestoreProblem::File(E::NotABackup) => s::RESTORE_NOT_OURS.get(lang).to_owned(),
        RestoreProblem::File(E::TooMany(n)) => {
            s::RESTORE_TOO_MANY.get(lang).replace("{}", &n.to_string())
        }
        RestoreProblem::File(E::BadIncident(n, e)) => {
            let which = s::RESTORE_WHICH.get(lang).replace("{}", &n.to_string());
            let why = match e {
                RecordError::UnknownSchema(_) => s::RESTORE_NEWER,
                RecordError::TooLarge(_) => s::RESTORE_RECORD_TOO_LARGE,
                RecordError::NotARecord(_) | RecordError::Invalid(_) => s::RESTORE_DAMAGED,
            };
            format!("{which}{}", why.get(lang))
        }
    }
}

fn edit(app: &AppHandle, id: &str, change: Change) -> Callback<MouseEvent> {
    app.edit_on(id, change)
}

/// The title as listed: a drill's begins with 【訓練】 (issue 26), even untitled.
fn title_of(incident: &Incident, lang: Lang) -> String {
    if incident.title.trim().is_empty() {
        let untitled = s::UNTITLED.get(lang);
        match incident.drill {
            Some(_) => format!("{DRILL_MARK}{untitled}"),
            None => untitled.to_owned(),
        }
    } else {
        names::marked_title(incident)
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    incident: Rc<Incident>,
}

#[function_component(DraftRow)]
fn draft_row(props: &RowProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let incident = &props.incident;
    let id = incident.id.clone();
    let confirming = use_state(|| false);
    let open = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.dispatch(Action::Navigate(Screen::Incident(id.clone()))))
    };
    let duplicate = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.duplicate(&id))
    };
    let delete = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.delete(&id))
    };
    let purge = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.dispatch(Action::Purge(id.clone())))
    };
    let ask = {
        let c = confirming.clone();
        Callback::from(move |_| c.set(true))
    };
    let cancel = {
        let c = confirming.clone();
        Callback::from(move |_| c.set(false))
    };
    let kinds: Vec<&str> = incident
        .kinds
        .iter()
        .map(|k| k.guide().title.get(lang))
        .collect();
    let (done, all) = incident.progress();
    let closed = incident.status == Status::Closed;
    // A drill counts on its own clock, stopped at its end; an ended drill counts down nothing.
    let ended = incident
        .drill
        .as_ref()
        .is_some_and(|r| r.ended_at.is_some());
    let next_deadline = ppc_clock(incident, super::drill::today(incident))
        .deadlines()
        .iter()
        .find(|d| !d.done)
        .cloned()
        .filter(|_| incident.deleted_at.is_none() && !ended);
    let heading_id = format!("draft-{id}");
    // Its timeline is not read yet: a change now would be made without it (see AppState).
    let waiting = app.timelines_pending.contains_key(&id);
    let title = title_of(incident, lang);
    let label = |action: s::Label| format!("{}: {title}", action.get(lang));
    html! {
        <li class={classes!("draft", incident.drill.is_some().then_some("draft-drill"))} aria-labelledby={heading_id.clone()}>
            <div class="draft-main">
                <h3 id={heading_id.clone()} class="draft-title">{ title.clone() }</h3>
                <p class="draft-kinds">{ kinds.join(" / ") }</p>
                <p class="draft-meta">
                    <span class={classes!("tag", (closed || ended).then_some("tag-done"))}>{ if ended { s::DRILL_OVER } else if closed { s::STATUS_CLOSED } else { s::STATUS_OPEN }.get(lang) }</span>
                    <span>{ format!("{}: {}", s::KNOWN_ON.get(lang), incident.known_on.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) }</span>
                    <span>{ format!("{} {done}/{all}", s::PROGRESS.get(lang)) }</span>
                    <span>{ format!("{}: {}", s::LAST_SAVED.get(lang), incident.updated_at.jst_minute()) }</span>
                </p>
                if waiting && app.timelines_unreadable {
                    <p class="draft-deadline is-overdue">{ s::RECORD_CANNOT_OPEN.get(lang) }</p>
                }
                if let Some(d) = next_deadline {
                    <p class={classes!("draft-deadline", d.overdue().then_some("is-overdue"))}>
                        { format!("{} {} {}{}", d.title().get(lang), s::DUE.get(lang), d.due, lang.bracket(&days_text(&d, lang))) }
                    </p>
                }
            </div>
            <div class="draft-actions" role="group" aria-label={label(s::ACTIONS_FOR)}>
                if incident.deleted_at.is_some() {
                    if *confirming {
                        <p class="confirm" role="alert">{ s::PURGE_CONFIRM.get(lang) }</p>
                        <button type="button" class="button button-danger" onclick={purge}>{ s::PURGE_YES.get(lang) }</button>
                        <button type="button" class="button button-secondary" onclick={cancel}>{ s::CANCEL.get(lang) }</button>
                    } else {
                        <button type="button" class="button" disabled={waiting} onclick={edit(&app, &id, Change::SetDeleted(false))} aria-label={label(s::RESTORE_DELETED)}>{ s::RESTORE_DELETED.get(lang) }</button>
                        <button type="button" class="button button-secondary" onclick={ask} aria-label={label(s::PURGE)}>{ s::PURGE.get(lang) }</button>
                    }
                } else {
                    <button type="button" class="button button-primary" onclick={open} aria-label={label(s::OPEN)}>{ s::OPEN.get(lang) }</button>
                    <button type="button" class="button button-secondary" disabled={waiting} onclick={duplicate} aria-label={label(s::DUPLICATE)}>{ s::DUPLICATE.get(lang) }</button>
                    <button type="button" class="button button-secondary" disabled={waiting} onclick={edit(&app, &id, Change::SetStatus(if closed { Status::Open } else { Status::Closed }))}
                        aria-label={label(if closed { s::REOPEN } else { s::MARK_DONE })}>{ if closed { s::REOPEN.get(lang) } else { s::MARK_DONE.get(lang) } }</button>
                    <button type="button" class="button button-secondary" disabled={waiting} onclick={edit(&app, &id, Change::SetArchived(!incident.archived))}
                        aria-label={label(if incident.archived { s::UNARCHIVE } else { s::ARCHIVE })}>{ if incident.archived { s::UNARCHIVE.get(lang) } else { s::ARCHIVE.get(lang) } }</button>
                    <button type="button" class="button button-secondary" disabled={waiting} onclick={delete} aria-label={label(s::DELETE)}>{ s::DELETE.get(lang) }</button>
                }
            </div>
        </li>
    }
}

/// The list 「訓練」 (issue 26), apart from the real incidents, with one button that deletes every
/// drill for good after one confirmation.
fn drill_group(app: &AppHandle, drills: Vec<&Rc<Incident>>, asking: &UseStateHandle<bool>) -> Html {
    let lang = app.lang;
    let count = drills.len();
    let set = |to: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(to))
    };
    let purge = {
        let (app, asking) = (app.clone(), asking.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            app.dispatch(Action::PurgeDrills);
        })
    };
    html! {
        <details class="draft-group" id="drills" open=true>
            <summary>{ format!("{} ({count})", s::DRILLS_TITLE.get(lang)) }</summary>
            <p class="hint">{ s::DRILLS_HINT.get(lang) }</p>
            { list(drills) }
            <div class="draft-actions" id="purge-drills">
                if **asking {
                    <p class="confirm" role="alert">{ s::PURGE_DRILLS_CONFIRM.get(lang).replace("{}", &count.to_string()) }</p>
                    <button type="button" class="button button-danger" id="purge-drills-yes" onclick={purge}>{ s::PURGE_DRILLS_YES.get(lang) }</button>
                    <button type="button" class="button button-secondary" onclick={set(false)}>{ s::CANCEL.get(lang) }</button>
                } else {
                    <button type="button" class="button button-secondary" id="purge-drills-ask" onclick={set(true)}>{ s::PURGE_DRILLS.get(lang) }</button>
                }
            </div>
        </details>
    }
}

fn list(incidents: Vec<&Rc<Incident>>) -> Html {
    html! { <ul class="draft-list">{ for incidents.into_iter().map(|i| html! { <DraftRow key={i.id.clone()} incident={i.clone()} /> }) }</ul> }
}

#[function_component(Drafts)]
pub fn drafts() -> Html {
    let app = use_app();
    let lang = app.lang;
    let notice_read = {
        let app = app.clone();
        use_state(move || app.storage_notice_read())
    };
    let restore_error = use_state(|| None::<RestoreProblem>);
    let confirm_drills = use_state(|| false);
    let read_notice = {
        let (app, notice_read) = (app.clone(), notice_read.clone());
        Callback::from(move |_| {
            app.mark_storage_notice_read();
            notice_read.set(true);
        })
    };
    let backup = {
        let app = app.clone();
        Callback::from(move |_| {
            let _ = app.back_up();
        })
    };
    let restore = {
        let (app, restore_error) = (app.clone(), restore_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (app, restore_error) = (app.clone(), restore_error.clone());
            yew::platform::spawn_local(async move {
                let result = match files::read_text(file, MAX_BACKUP_BYTES).await {
                    Ok(text) => backup::decode(&text).map_err(RestoreProblem::File),
                    Err(files::FileError::TooLarge(n)) => Err(RestoreProblem::File(
                        backup::BackupError::TooLarge(n as usize),
                    )),
                    Err(_) => Err(RestoreProblem::Unreadable),
                };
                match result {
                    Ok(incidents) => {
                        restore_error.set(None);
                        app.dispatch(Action::Restore(incidents));
                    }
                    Err(e) => restore_error.set(Some(e)),
                }
            });
        })
    };
    let (recent, archived, deleted) = (app.recent(), app.archived(), app.deleted());
    let drills = app.drills();
    html! {
        <section class="drafts" aria-labelledby="drafts-title">
            <h2 id="drafts-title">{ s::DRAFTS_TITLE.get(lang) }</h2>
            // With no drafts yet, the box below says the same and more: one message, not two.
            if !*notice_read && !app.incidents.is_empty() {
                <div class="banner banner-info" id="storage-notice">
                    <p>{ s::STORAGE_NOTICE.get(lang) }</p>
                    <button type="button" class="button button-small" onclick={read_notice}>{ s::UNDERSTOOD.get(lang) }</button>
                </div>
            }
            if app.incidents.is_empty() {
                // A copy opened from a new place, or another browser, starts empty: say why, and
                // where the drafts are, before the user thinks they are lost.
                <div class="banner banner-info" id="no-drafts-here">
                    <p><strong>{ s::NO_DRAFTS_HERE.get(lang) }</strong></p>
                    <p>{ s::NO_DRAFTS_WHY.get(lang) }</p>
                    <a class="button button-small" href="#restore-file">{ s::RESTORE_BACKUP.get(lang) }</a>
                </div>
            } else if recent.is_empty() {
                <p>{ s::NO_DRAFTS.get(lang) }</p>
            } else {
                { list(recent) }
            }
            if !archived.is_empty() {
                <details class="draft-group" id="archived"><summary>{ format!("{} ({})", s::ARCHIVED_TITLE.get(lang), archived.len()) }</summary>{ list(archived) }</details>
            }
            if !deleted.is_empty() {
                <details class="draft-group" id="deleted"><summary>{ format!("{} ({})", s::DELETED_TITLE.get(lang), deleted.len()) }</summary>{ list(deleted) }</details>
            }
            if !drills.is_empty() {
                { drill_group(&app, drills, &confirm_drills) }
            }
            if app.backup_due(context::now()) {
                <div class="banner banner-warning" id="backup-reminder" role="status">
                    <p>{ match app.last_backup {
                        Some(at) => s::BACKUP_DUE_SINCE.get(lang).replace("{}", &at.jst_minute()),
                        None => s::BACKUP_DUE_NEVER.get(lang).to_owned(),
                    } }</p>
                    <button type="button" class="button button-small" disabled={!app.timelines_pending.is_empty()} onclick={backup.clone()}>{ s::DOWNLOAD_BACKUP.get(lang) }</button>
                </div>
            }
            <div class="backup-tools">
                <button type="button" class="button button-secondary" id="backup" disabled={!app.timelines_pending.is_empty()} onclick={backup}>{ s::DOWNLOAD_BACKUP.get(lang) }</button>
                <div class="field">
                    <label for="restore-file">{ s::RESTORE_BACKUP.get(lang) }</label>
                    <p class="hint" id="restore-hint">{ s::RESTORE_HINT.get(lang) }</p>
                    <input type="file" id="restore-file" accept=".json,application/json" onchange={restore}
                        aria-describedby={if restore_error.is_some() { "restore-hint restore-error" } else { "restore-hint" }} />
                    if let Some(error) = &*restore_error {
                        <p class="field-error" id="restore-error" role="alert">{ format!("{} {}", s::RESTORE_FAILED.get(lang), restore_problem_text(error, lang)) }</p>
                    }
                </div>
            </div>
        </section>
    }
}
