//! Getting the register out: CSV for Excel, the printed register, the register's own backup and
//! restore, and the year's summary for the committee's report.

use crate::core::register::desk::{Desk, DeskAction, RestoreResult};
use crate::core::register::{csv, print, stored, table};
use crate::ui::app::use_app;
use crate::ui::context;
use crate::ui::strings as s;
use crate::web::files;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The largest register backup read: 1,000 incidents with their versions are a few MB.
const MAX_REGISTER_BYTES: usize = 64 * 1024 * 1024;

#[derive(Properties, PartialEq)]
pub struct OutProps {
    pub desk: UseReducerHandle<Desk>,
}

/// The printable register of what the screen shows, in its order.
pub fn printable(desk: &Desk) -> String {
    let today = context::today();
    let rows: Vec<_> = desk
        .register
        .select(&desk.filter, desk.order, today)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    print::html(&desk.register, &rows, today)
}

/// The output section.
#[function_component(Out)]
pub fn out(props: &OutProps) -> Html {
    let lang = use_app().lang;
    let desk = &props.desk;
    let stamp = || context::today().to_string();
    let csv_click = {
        let desk = desk.clone();
        Callback::from(move |_| {
            let rows = table::rows(&desk.register, context::today());
            let _ = files::save_text(
                &csv::file(&rows),
                "text/csv;charset=utf-8",
                &format!("register-{}.csv", stamp()),
            );
        })
    };
    let print_click = {
        let desk = desk.clone();
        Callback::from(move |_| files::print_html(&printable(&desk)))
    };
    let backup_click = {
        let desk = desk.clone();
        Callback::from(move |_| {
            let _ = files::save_text(
                &stored::encode(&desk.register),
                "application/json",
                &format!("register-backup-{}.json", stamp()),
            );
        })
    };
    let restore = {
        let desk = desk.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let desk = desk.clone();
            yew::platform::spawn_local(async move {
                // Unreadable or too large: an empty text, which the core refuses as damaged.
                let text = files::read_text(file, MAX_REGISTER_BYTES)
                    .await
                    .unwrap_or_default();
                desk.dispatch(DeskAction::Restore(text));
            });
        })
    };
    let restored = desk.restore.as_ref().map(|r| match r {
        RestoreResult::Merged(m) => s::RESTORED_REGISTER
            .get(lang)
            .replacen("{}", &m.added.to_string(), 1)
            .replacen("{}", &m.updated.to_string(), 1)
            .replacen("{}", &m.refused.to_string(), 1),
        RestoreResult::Refused(_) => s::RESTORE_REFUSED.get(lang).to_owned(),
    });
    let empty = desk.register.rows.is_empty();
    html! {
        <section class="register-out" aria-labelledby="register-out-title">
            <h2 id="register-out-title">{ s::OUT_TITLE.get(lang) }</h2>
            <div class="button-row">
                <button type="button" class="button" id="register-csv" disabled={empty} onclick={csv_click}>{ s::DOWNLOAD_CSV.get(lang) }</button>
                <button type="button" class="button" id="register-print" disabled={empty} onclick={print_click}>{ s::PRINT_REGISTER.get(lang) }</button>
                <button type="button" class="button" id="register-backup" disabled={empty} onclick={backup_click}>{ s::BACKUP_REGISTER.get(lang) }</button>
            </div>
            <label for="register-restore" class="field-label">{ s::RESTORE_REGISTER.get(lang) }</label>
            <p class="hint" id="register-restore-hint">{ s::REGISTER_RESTORE_HINT.get(lang) }</p>
            <input type="file" id="register-restore" accept=".json,application/json" aria-describedby="register-restore-hint" onchange={restore} />
            <p role="status" aria-live="polite" id="register-restore-result">{ restored.unwrap_or_default() }</p>
        </section>
    }
}
