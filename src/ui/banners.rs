//! What needs the user's attention whatever the screen: saving has stopped, records were damaged,
//! another tab changed a record, a restore needs a decision. Each says what happened in plain
//! words and offers the way out.

use super::app::AppHandle;
use super::context::Intents;
use super::strings as s;
use crate::core::obligations::count::group_digits;
use crate::core::state::{Action, Quarantined, SaveProblem, SaveStatus, Unreadable};
use crate::core::text::Lang;
use yew::prelude::*;

fn save_failure_text(problem: &SaveProblem, lang: Lang) -> String {
    match problem {
        SaveProblem::Full => s::SAVE_FAILED_FULL.get(lang).to_owned(),
        SaveProblem::Unavailable => s::SAVE_FAILED_UNAVAILABLE.get(lang).to_owned(),
        SaveProblem::Other(_) => s::SAVE_FAILED_OTHER.get(lang).to_owned(),
    }
}

/// The banners above every screen: saving fails, unreadable records. A plain function of the
/// state (a component of its own would add size, not speed).
pub fn banners(app: &AppHandle) -> Html {
    let lang = app.lang;
    let backup_now = {
        let app = app.clone();
        Callback::from(move |_| {
            let _ = app.back_up();
        })
    };
    let (damaged, newer): (Vec<&Quarantined>, Vec<&Quarantined>) = app
        .quarantined
        .iter()
        .partition(|q| !matches!(q.why, Unreadable::NewerVersion(_)));
    let download_quarantine = {
        let records: Vec<Quarantined> = damaged.iter().map(|q| (*q).clone()).collect();
        let app = app.clone();
        Callback::from(move |_| app.download_unreadable(&records))
    };
    let name = |q: &Quarantined| {
        q.title
            .clone()
            .unwrap_or_else(|| q.key.rsplit('/').next().unwrap_or_default().to_owned())
    };
    let why = |q: &Quarantined| match q.why {
        Unreadable::TooLarge(bytes) => s::UNREADABLE_TOO_LARGE
            .get(lang)
            .replace("{}", &group_digits(bytes as u64)),
        Unreadable::Damaged | Unreadable::NewerVersion(_) => {
            s::UNREADABLE_DAMAGED.get(lang).to_owned()
        }
    };
    let conflicts = app.conflicts.keys().map(|id| {
        let title = app.incidents.get(id).map(|i| i.title.clone()).filter(|t| !t.is_empty()).unwrap_or_else(|| s::UNTITLED.get(lang).to_owned());
        let choose = |keep_mine: bool| {
            let (app, id) = (app.clone(), id.clone());
            Callback::from(move |_| app.dispatch(Action::ResolveConflict { id: id.clone(), keep_mine }))
        };
        html! {
            <div class="banner banner-warning" role="alert" id={format!("conflict-{id}")}>
                <p><strong>{ title }</strong></p>
                <p>{ s::CONFLICT_TITLE.get(lang) }</p>
                <div class="actions">
                    <button type="button" class="button" onclick={choose(false)}>{ s::CONFLICT_THEIRS.get(lang) }</button>
                    <button type="button" class="button" onclick={choose(true)}>{ s::CONFLICT_MINE.get(lang) }</button>
                </div>
            </div>
        }
    });
    let finish_restore = |replace: bool| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::FinishRestore { replace }))
    };
    html! {
        <>
            if let SaveStatus::Failed(problem) = &app.save {
                <div class="banner banner-error" role="alert" id="save-failed">
                    <p>{ save_failure_text(problem, lang) }</p>
                    // The browser's own words are English: kept apart, for whoever helps.
                    if let SaveProblem::Other(detail) = problem {
                        <details><summary>{ s::BROWSER_DETAILS.get(lang) }</summary><p>{ detail.clone() }</p></details>
                    }
                    <button type="button" class="button" disabled={!app.timelines_pending.is_empty()} onclick={backup_now}>{ s::DOWNLOAD_BACKUP_NOW.get(lang) }</button>
                </div>
            }
            if app.timelines_unreadable {
                <div class="banner banner-error" role="alert" id="timelines-unreadable">
                    <p>{ s::TIMELINES_UNREADABLE.get(lang) }</p>
                </div>
            }
            if !damaged.is_empty() {
                <div class="banner banner-warning" role="alert" id="quarantine">
                    <p>{ s::QUARANTINE_TITLE.get(lang) }</p>
                    <ul class="load-problems">
                        { for damaged.iter().map(|q| html! { <li><strong>{ name(q) }</strong>{ format!(": {}", why(q)) }</li> }) }
                    </ul>
                    <button type="button" class="button" onclick={download_quarantine}>{ s::QUARANTINE_DOWNLOAD.get(lang) }</button>
                </div>
            }
            if !newer.is_empty() {
                <div class="banner banner-info" role="status" id="newer-records">
                    <p>{ s::NEWER_RECORDS.get(lang) }</p>
                    <ul class="load-problems">
                        { for newer.iter().map(|q| html! { <li><strong>{ name(q) }</strong></li> }) }
                    </ul>
                </div>
            }
            { for conflicts }
            if let Some(plan) = &app.pending_restore {
                <div class="banner banner-warning" role="alert" id="restore-question">
                    <p>{ s::RESTORE_NEWER_Q.get(lang) }</p>
                    <ul>{ for plan.newer_in_file.iter().map(|i| html! { <li>{ if i.title.is_empty() { s::UNTITLED.get(lang).to_owned() } else { i.title.clone() } }</li> }) }</ul>
                    <div class="actions">
                        <button type="button" class="button" onclick={finish_restore(true)}>{ s::RESTORE_REPLACE.get(lang) }</button>
                        <button type="button" class="button" onclick={finish_restore(false)}>{ s::RESTORE_KEEP.get(lang) }</button>
                    </div>
                </div>
            }
        </>
    }
}
