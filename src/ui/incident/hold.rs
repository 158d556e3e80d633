//! Manual 3-4 (4): recording a decision to hold publication back, with the day and the reason, so
//! the report says so instead of leaving 公表 looking forgotten.

use crate::core::incident::{Change, PublicationHold};
use crate::core::text::{t, Lang, Text};
use crate::core::time::CivilDate;
use crate::ui::context;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

const HOLD: Text = t(
    "公表をしばらく控えることにした（マニュアル 3-4 (4)）",
    "We decided to hold publication back for a while (manual 3-4 (4))",
);
const DECIDED_ON: Text = t("決めた日", "Decided on");
const REASON: Text = t(
    "理由（誰が決めたか、いつまでか）",
    "Why (who decided, until when)",
);

/// The hold's checkbox, day and reason. A plain function: it keeps no state of its own.
pub fn publication_hold_field(
    hold: Option<&PublicationHold>,
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let on_toggle = on_change.reform(|e: Event| {
        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
        Change::SetPublicationHold(on.then(context::today))
    });
    let on_date = on_change.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        // Clearing the date keeps the decision; only the checkbox withdraws it.
        Change::SetPublicationHold(Some(
            CivilDate::parse(&value).unwrap_or_else(context::today),
        ))
    });
    let on_reason = on_change.reform(|e: InputEvent| {
        Change::SetHoldReason(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    html! {
        <div class="publication-hold">
            <div class="check check-inline">
                <input type="checkbox" id="publication-hold" checked={hold.is_some()} onchange={on_toggle} />
                <label for="publication-hold">{ HOLD.get(lang) }</label>
            </div>
            if let Some(hold) = hold {
                <div class="field">
                    <label for="publication-hold-date">{ DECIDED_ON.get(lang) }</label>
                    <input id="publication-hold-date" type="date" value={hold.decided_on.map(|d| d.to_string()).unwrap_or_default()} onchange={on_date} />
                </div>
                <div class="field">
                    <label for="publication-hold-reason">{ REASON.get(lang) }</label>
                    <textarea id="publication-hold-reason" rows="2" maxlength="20000" value={hold.reason.clone()} oninput={on_reason} />
                </div>
            }
        </div>
    }
}
