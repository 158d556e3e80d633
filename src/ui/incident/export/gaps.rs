//! What the report still lacks, each a link that moves focus to the field that fills it.

use crate::core::incident::Incident;
use crate::core::report::completeness::gaps;
use crate::core::report::settings::Settings;
use crate::core::text::Lang;
use crate::ui::page_ids;
use crate::ui::strings as s;
use crate::web::dom;
use yew::prelude::*;

pub(super) fn list(incident: &Incident, settings: &Settings, lang: Lang) -> Html {
    let gap_list = gaps(incident, settings);
    if gap_list.is_empty() {
        return html! { <p class="complete">{ s::EXPORT_COMPLETE.get(lang) }</p> };
    }
    html! {
        <div class="gaps">
            <h3>{ s::EXPORT_GAPS.get(lang) }</h3>
            <ul>{ for gap_list.iter().map(|g| {
                let target = page_ids::field(g.target);
                let href = format!("#{target}");
                let jump = Callback::from(move |e: MouseEvent| { e.prevent_default(); dom::jump_to(&target); });
                let count = if g.count > 1 { lang.bracket(&g.count.to_string()) } else { String::new() };
                html! { <li><a href={href} onclick={jump}>{ format!("{}{count}", g.label.get(lang)) }</a></li> }
            }) }</ul>
        </div>
    }
}
