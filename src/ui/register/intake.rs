//! Taking reports in: files picked or dropped (many at once), or a mail's text pasted; one
//! result line for each file or report block, in an aria-live region.

use crate::core::drill::DRILL_MARK;
use crate::core::intake::files::{Outcome, Refusal, MAX_FILE_BYTES};
use crate::core::register::desk::{Desk, DeskAction, IntakeLine};
use crate::core::register::Taken;
use crate::core::text::Lang;
use crate::ui::app::use_app;
use crate::ui::context;
use crate::ui::strings as s;
use crate::web::files;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntakeProps {
    pub desk: UseReducerHandle<Desk>,
}

/// Reads every file (at most [`MAX_FILE_BYTES`] + 1 bytes of each: the core refuses larger
/// ones) and takes them in together, in the order given.
fn take(desk: UseReducerHandle<Desk>, list: Option<web_sys::FileList>) {
    let Some(list) = list else { return };
    let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if picked.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        let mut read = Vec::with_capacity(picked.len());
        for file in picked {
            let name = file.name();
            // A file the browser cannot read is taken as empty: the core refuses it by name.
            let bytes = files::read_bytes(file.into(), MAX_FILE_BYTES)
                .await
                .unwrap_or_default();
            read.push((name, bytes));
        }
        desk.dispatch(DeskAction::TakeFiles(read, context::now()));
    });
}

fn refusal(r: &Refusal) -> s::Label {
    match r {
        Refusal::TooLarge(_) => s::R_TOO_LARGE,
        Refusal::OutlookMsg => s::R_MSG,
        Refusal::NoReportInMail => s::R_NO_REPORT_IN_MAIL,
        Refusal::NewerVersion(_) => s::R_NEWER_VERSION,
        Refusal::NotAReport(_) => s::R_NOT_A_REPORT,
        Refusal::NoBlockInText => s::R_NO_BLOCK,
        Refusal::BlockCut => s::R_BLOCK_CUT,
        Refusal::BlockDamaged => s::R_BLOCK_DAMAGED,
    }
}

fn line(l: &IntakeLine, lang: Lang) -> Html {
    let source = l
        .source
        .clone()
        .unwrap_or_else(|| s::PASTED.get(lang).to_owned());
    let (class, said) = match &l.outcome {
        Outcome::Taken(taken, title) => {
            let how = match taken {
                // A drill's title is always marked (issue 26): it went to 訓練の報告.
                Taken::New if title.starts_with(DRILL_MARK) => s::TAKEN_DRILL,
                Taken::New => s::TAKEN_NEW,
                Taken::Newer => s::TAKEN_NEWER,
                Taken::Same => s::TAKEN_SAME,
                Taken::Older => s::TAKEN_OLDER,
            };
            (
                "intake-taken",
                format!(
                    "{}{}",
                    how.get(lang),
                    s::IN_PARENS.get(lang).replace("{}", title)
                ),
            )
        }
        Outcome::Refused(r) => (
            "intake-refused",
            format!("{}: {}", s::REFUSED.get(lang), refusal(r).get(lang)),
        ),
    };
    html! { <li class={class}><strong>{ source }</strong>{ " — " }{ said }</li> }
}

/// The intake section.
#[function_component(Intake)]
pub fn intake(props: &IntakeProps) -> Html {
    let lang = use_app().lang;
    let dragging = use_state(|| false);
    let pasted = use_node_ref();
    let on_pick = {
        let desk = props.desk.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            take(desk.clone(), input.files());
            input.set_value("");
        })
    };
    let on_drop = {
        let (desk, dragging) = (props.desk.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            take(desk.clone(), e.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_take = {
        let (desk, pasted) = (props.desk.clone(), pasted.clone());
        Callback::from(move |_| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                desk.dispatch(DeskAction::TakeText(area.value(), context::now()));
            }
        })
    };
    let results = &props.desk.intake;
    html! {
        <section class="intake" aria-labelledby="intake-title">
            <h2 id="intake-title">{ s::INTAKE_TITLE.get(lang) }</h2>
            <div class={classes!("drop-zone", dragging.then_some("is-dragging"))}
                ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <label for="register-files" class="field-label">{ s::PICK_FILES.get(lang) }</label>
                <p class="hint" id="register-files-hint">{ s::PICK_HINT.get(lang) }</p>
                <input type="file" id="register-files" multiple=true accept=".json,.eml,.txt,.msg,application/json,message/rfc822,text/plain"
                    aria-describedby="register-files-hint" onchange={on_pick} />
            </div>
            <label for="register-paste" class="field-label">{ s::PASTE_LABEL.get(lang) }</label>
            <textarea id="register-paste" rows="4" ref={pasted} />
            <p><button type="button" class="button" id="register-paste-take" onclick={on_paste_take}>{ s::PASTE_TAKE.get(lang) }</button></p>
            <div role="status" aria-live="polite" id="intake-results">
                if !results.is_empty() {
                    <h3>{ s::INTAKE_RESULTS.get(lang) }</h3>
                    <ul class="intake-results">{ for results.iter().map(|l| line(l, lang)) }</ul>
                }
            </div>
        </section>
    }
}
