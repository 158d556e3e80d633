//! The register's drill list (issue 26): drills' reports, under their own heading, apart from
//! the real rows (never in the table, its CSV, deadlines or the year's figures).

use crate::core::register::Register;
use crate::core::report::names::SUBJECT_TITLE_CHARS;
use crate::core::text::Lang;
use crate::ui::strings as s;
use yew::prelude::*;

/// The drill list; nothing while the register holds no drill.
pub(super) fn list(register: &Register, lang: Lang) -> Html {
    let drills = register.drills();
    if drills.is_empty() {
        return Html::default();
    }
    let items = drills.into_iter().filter_map(|(id, row)| {
        let summary = &row.latest()?.summary;
        let section = summary
            .sender
            .as_ref()
            .map_or("", |x| x.section.as_str());
        let kinds: Vec<&str> = summary.kinds.iter().map(|k| k.guide().title.get(lang)).collect();
        let title: String = summary.title.chars().take(SUBJECT_TITLE_CHARS * 2).collect();
        let received = row.first_received().map(|t| t.jst_minute()).unwrap_or_default();
        Some(html! {
            <li key={id.clone()} id={format!("drill-row-{id}")}>
                <strong lang="ja">{ if title.starts_with(crate::core::drill::DRILL_MARK) { title } else { format!("{}{title}", crate::core::drill::DRILL_MARK) } }</strong>
                { " " }<span lang="ja">{ section.to_owned() }</span>
                { format!(" / {} / {} {received}", kinds.join(" / "), s::DRILL_RECEIVED.get(lang)) }
            </li>
        })
    });
    html! {
        <section class="register-drills" aria-labelledby="register-drills-title">
            <h2 id="register-drills-title">{ format!("{} ({})", s::REGISTER_DRILLS_TITLE.get(lang), register.drills().len()) }</h2>
            <p class="hint">{ s::REGISTER_DRILLS_NOTE.get(lang) }</p>
            <ul id="register-drills">{ for items }</ul>
        </section>
    }
}
