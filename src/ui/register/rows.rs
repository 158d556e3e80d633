//! The register's table as one piece of escaped HTML, not as Yew elements: a row has some forty
//! elements and a form, and as Yew markup the table cost about 5 KB of the single file, which
//! the budget did not have. The table's only inputs (the progress form) are read by their ids
//! when a change bubbles up to the table's container (see `table.rs`).

use crate::core::obligations::{DeadlineKind, DutyKind, Verdict};
use crate::core::register::{Row, RowStatus};
use crate::core::report::escape;
use crate::core::text::Lang;
use crate::core::time::CivilDate;
use crate::ui::strings as s;

/// The progress form's fields: (id suffix, label).
pub const FIELDS: [(&str, s::Label); 4] = [
    ("pre", s::PRELIMINARY_FILED),
    ("final", s::FINAL_FILED),
    ("mic", s::MIC_REPORTED),
    ("pub", s::PUBLISHED),
];

/// The id of a progress field of incident `id` (ids are checked: letters, digits and '-').
pub fn field_id(id: &str, field: &str) -> String {
    format!("progress-{id}-{field}")
}

fn days(n: i64, lang: Lang) -> String {
    match n {
        0 => s::DUE_TODAY.get(lang).to_owned(),
        n if n > 0 => s::DAYS_LEFT.get(lang).replace("{}", &n.to_string()),
        n => s::DAYS_OVER.get(lang).replace("{}", &(-n).to_string()),
    }
}

fn verdict(v: Verdict, lang: Lang) -> String {
    let (text, class) = match v {
        Verdict::Required => (s::V_REQUIRED, "verdict-required"),
        Verdict::MayBeRequired => (s::V_MAYBE, "verdict-maybe"),
        Verdict::NotRequired => (s::V_NOT_REQUIRED, "verdict-not"),
    };
    format!(
        "<span class=\"tag verdict {class}\">{}</span>",
        text.get(lang)
    )
}

fn dues(row: &Row, lang: Lang) -> String {
    let Some(list) = row.latest().and_then(|v| v.summary.deadlines.as_ref()) else {
        return String::new();
    };
    let items: String = list
        .iter()
        .map(|d| {
            let name = match d.kind {
                DeadlineKind::Preliminary => s::PRELIMINARY,
                DeadlineKind::Final => s::FINAL,
            };
            let done = if row.filed(d.kind) {
                s::IN_PARENS.get(lang).replace("{}", s::ST_FILED.get(lang))
            } else {
                String::new()
            };
            format!("<li>{} {}{done}</li>", name.get(lang), d.due)
        })
        .collect();
    format!("<ul class=\"register-dues\">{items}</ul>")
}

fn progress(id: &str, row: &Row, lang: Lang) -> String {
    let p = &row.progress;
    let dates = [
        p.preliminary_filed_on,
        p.final_filed_on,
        p.mic_reported_on,
        p.published_on,
    ];
    let mut out = format!(
        "<details class=\"register-progress\"><summary>{}</summary><div class=\"register-progress-fields\">",
        s::REGISTER_PROGRESS.get(lang)
    );
    for ((field, label), date) in FIELDS.iter().zip(dates) {
        let fid = field_id(id, field);
        out.push_str(&format!(
            "<div class=\"register-control\"><label for=\"{fid}\">{}</label><input type=\"date\" id=\"{fid}\" value=\"{}\"></div>",
            label.get(lang),
            date.map(|d| d.to_string()).unwrap_or_default()
        ));
    }
    let fid = field_id(id, "notes");
    out.push_str(&format!(
        "<div class=\"register-control register-notes\"><label for=\"{fid}\">{}</label><input type=\"text\" id=\"{fid}\" value=\"{}\"></div></div></details>",
        s::NOTES.get(lang),
        escape(&p.notes)
    ));
    out
}

fn row(n: usize, id: &str, row: &Row, today: CivilDate, lang: Lang) -> String {
    let Some(latest) = row.latest() else {
        return String::new();
    };
    let sm = &latest.summary;
    let status = row.status(today);
    let overdue = if status == RowStatus::Overdue {
        " is-overdue"
    } else {
        ""
    };
    let unknown = s::UNKNOWN.get(lang);
    let (section, reporter) = sm
        .sender
        .as_ref()
        .map_or((unknown, ""), |x| (x.section.as_str(), x.reporter.as_str()));
    let kinds: Vec<&str> = sm.kinds.iter().map(|k| k.guide().title.get(lang)).collect();
    let ppc = sm
        .verdicts
        .iter()
        .find(|(k, _)| *k == DutyKind::PpcReport)
        .map(|(_, v)| verdict(*v, lang))
        .unwrap_or_default();
    let left = row
        .days_left(today)
        .map(|d| {
            format!(
                " <strong class=\"register-days\">{}</strong>",
                days(d, lang)
            )
        })
        .unwrap_or_default();
    format!(
        "<tr class=\"register-row{overdue}\" id=\"register-row-{n}\"><td>{}</td><td>{}<br>{}</td><td><strong>{}</strong><br>{}</td>\
         <td>{}<br>{}</td><td>{ppc}</td><td><span class=\"tag register-status{overdue}\">{}</span>{left}{}</td><td>{}<br>{}{}</td></tr>",
        row.first_received().map(|t| t.jst_minute()).unwrap_or_default(),
        escape(section),
        escape(reporter),
        escape(&sm.title),
        kinds.join(s::KIND_SEP.get(lang)),
        sm.known_on.map_or(unknown.to_owned(), |d| d.to_string()),
        escape(&sm.persons),
        super::table::status_label(status).get(lang),
        dues(row, lang),
        s::VERSION_N.get(lang).replace("{}", &sm.revision.to_string()),
        escape(&latest.changes.join(s::LIST_SEP.get(lang))),
        progress(id, row, lang),
    )
}

/// The table of `rows`, as of `today`.
pub fn table(rows: &[(&String, &Row)], today: CivilDate, lang: Lang) -> String {
    let heads = [
        s::COL_RECEIVED,
        s::COL_FROM,
        s::COL_TITLE,
        s::COL_KNOWN,
        s::COL_PPC,
        s::COL_DUE,
        s::COL_VERSION,
    ];
    let mut out = String::from("<table><thead><tr>");
    for h in heads {
        out.push_str(&format!("<th scope=\"col\">{}</th>", h.get(lang)));
    }
    out.push_str("</tr></thead><tbody>");
    for (n, (id, r)) in rows.iter().enumerate() {
        out.push_str(&row(n, id, r, today, lang));
    }
    out.push_str("</tbody></table>");
    out
}
