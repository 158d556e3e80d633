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
    let download = |records: Vec<Quarantined>| {
        let app = app.clone();
        Callback::from(move |_| app.download_unreadable(&records))
    };
    let download_quarantine = download(damaged.iter().map(|q| (*q).clone()).collect());
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
    // One record set aside: its name, its download and its discard (confirmed here first).
    let record = |q: &Quarantined, detail: Option<String>| {
        let ask = |key: Option<String>| {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::AskDiscard(key.clone())))
        };
        let discard = {
            let (app, q) = (app.clone(), q.clone());
            Callback::from(move |_| app.discard_set_aside(&q))
        };
        let asked = app.discard_asked.as_deref() == Some(q.raw_key());
        html! {
            <li>
                <strong>{ name(q) }</strong>{ detail.map(|d| format!(": {d}")) }
                if q.downloaded { { format!(" ({})", s::SET_ASIDE_DOWNLOADED.get(lang)) } }
                <span class="actions">
                    <button type="button" class="button button-small set-aside-download" onclick={download(vec![q.clone()])}>{ s::SET_ASIDE_DOWNLOAD.get(lang) }</button>
                    <button type="button" class="button button-small set-aside-discard" onclick={ask(Some(q.raw_key().to_owned()))}>{ s::SET_ASIDE_DISCARD.get(lang) }</button>
                </span>
                if asked {
                    <p class="confirm" role="alert">{ s::SET_ASIDE_DISCARD_Q.get(lang) }</p>
                    <span class="actions">
                        <button type="button" class="button button-small discard-yes" onclick={discard}>{ s::SET_ASIDE_DISCARD_YES.get(lang) }</button>
                        <button type="button" class="button button-small discard-no" onclick={ask(None)}>{ s::CANCEL.get(lang) }</button>
                    </span>
                }
            </li>
        }
    };
    // Warned about until each is downloaded; listed quietly after that, until discarded.
    let pending = damaged.iter().any(|q| !q.downloaded);
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
                <div class={if pending { "banner banner-warning" } else { "banner banner-info" }} role={if pending { "alert" } else { "status" }} id="quarantine">
                    <p>{ s::QUARANTINE_TITLE.get(lang) }</p>
                    <p>{ s::SET_ASIDE_KEPT.get(lang) }</p>
                    <button type="button" class="button" onclick={download_quarantine}>{ s::QUARANTINE_DOWNLOAD.get(lang) }</button>
                    <ul class="load-problems">
                        { for damaged.iter().map(|q| record(q, Some(why(q)))) }
                    </ul>
                </div>
            }
            if !newer.is_empty() {
                <div class="banner banner-info" role="status" id="newer-records">
                    <p>{ s::NEWER_RECORDS.get(lang) }</p>
                    <ul class="load-problems">
                        { for newer.iter().map(|q| record(q, None)) }
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
