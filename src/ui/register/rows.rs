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

/// Appends each piece: the table is written with pushes, not `format!` (each `format!` is code
/// of its own in the file).
fn put(out: &mut String, pieces: &[&str]) {
    for p in pieces {
        out.push_str(p);
    }
}

fn days(n: i64, lang: Lang) -> String {
    let text = match n {
        0 => return s::DUE_TODAY.get(lang).to_owned(),
        n if n > 0 => s::DAYS_LEFT,
        _ => s::DAYS_OVER,
    };
    text.get(lang).replace("{}", &n.abs().to_string())
}

fn verdict(out: &mut String, v: Verdict, lang: Lang) {
    let (text, class) = match v {
        Verdict::Required => (s::V_REQUIRED, "required"),
        Verdict::MayBeRequired => (s::V_MAYBE, "maybe"),
        Verdict::NotRequired => (s::V_NOT_REQUIRED, "not"),
    };
    put(
        out,
        &[
            "<span class=\"tag verdict verdict-",
            class,
            "\">",
            text.get(lang),
            "</span>",
        ],
    );
}

/// Each report's due date with its own days left or over (an overdue 速報 and the 確報 beside
/// it each say where they stand), or that it is filed.
fn dues(out: &mut String, row: &Row, today: CivilDate, lang: Lang) {
    let list = row.dues(today);
    if list.is_empty() {
        return;
    }
    out.push_str("<ul class=\"register-dues\">");
    for d in list {
        let name = match d.kind {
            DeadlineKind::Preliminary => s::PRELIMINARY,
            DeadlineKind::Final => s::FINAL,
        };
        put(out, &["<li>", name.get(lang), " ", &d.due.to_string()]);
        match d.days_left {
            None => out.push_str(&s::IN_PARENS.get(lang).replace("{}", s::ST_FILED.get(lang))),
            Some(n) => put(
                out,
                &[
                    " <strong class=\"register-days",
                    if n < 0 { " is-over" } else { "" },
                    "\">",
                    &days(n, lang),
                    "</strong>",
                ],
            ),
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn field(
    out: &mut String,
    id: &str,
    name: &str,
    label: s::Label,
    kind: &str,
    value: &str,
    lang: Lang,
) {
    let fid = field_id(id, name);
    put(
        out,
        &[
            "<div class=\"register-control\"><label for=\"",
            &fid,
            "\">",
            label.get(lang),
            "</label><input type=\"",
            kind,
            "\" id=\"",
            &fid,
            "\" value=\"",
            value,
            "\"></div>",
        ],
    );
}

fn progress(out: &mut String, id: &str, row: &Row, open: bool, lang: Lang) {
    let p = &row.progress;
    let dates = [
        p.preliminary_filed_on,
        p.final_filed_on,
        p.mic_reported_on,
        p.published_on,
    ];
    put(
        out,
        &[
            "<details class=\"register-progress\" id=\"progress-",
            id,
            "\"",
            if open { " open" } else { "" },
            "><summary id=\"summary-",
            id,
            "\">",
            s::REGISTER_PROGRESS.get(lang),
            "</summary>",
        ],
    );
    // The fields only in an open form: a thousand rows of closed forms would be some five
    // thousand inputs for the browser to build on every change of the table.
    if !open {
        out.push_str("</details>");
        return;
    }
    out.push_str("<div class=\"register-progress-fields\">");
    for ((name, label), date) in FIELDS.iter().zip(dates) {
        let value = date.map(|d| d.to_string()).unwrap_or_default();
        field(out, id, name, *label, "date", &value, lang);
    }
    field(out, id, "notes", s::NOTES, "text", &escape(&p.notes), lang);
    out.push_str("</div></details>");
}

fn row(out: &mut String, n: usize, id: &str, row: &Row, today: CivilDate, open: bool, lang: Lang) {
    let Some(latest) = row.latest() else { return };
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
    put(
        out,
        &[
            "<tr class=\"register-row",
            overdue,
            "\" id=\"register-row-",
            &n.to_string(),
            "\"><td>",
            &row.first_received()
                .map(|t| t.jst_minute())
                .unwrap_or_default(),
            "</td><td>",
            &escape(section),
            "<br>",
            &escape(reporter),
            "</td><td><strong>",
            &escape(&sm.title),
            "</strong><br>",
            &kinds.join(s::KIND_SEP.get(lang)),
            "</td><td>",
            &sm.known_on.map_or(unknown.to_owned(), |d| d.to_string()),
            "<br>",
            &escape(&sm.persons),
            "</td><td>",
        ],
    );
    if let Some((_, v)) = sm.verdicts.iter().find(|(k, _)| *k == DutyKind::PpcReport) {
        verdict(out, *v, lang);
    }
    put(
        out,
        &[
            "</td><td><span class=\"tag register-status",
            overdue,
            "\">",
            super::table::status_label(status).get(lang),
            "</span>",
        ],
    );
    dues(out, row, today, lang);
    put(
        out,
        &[
            "</td><td>",
            &s::VERSION_N
                .get(lang)
                .replace("{}", &sm.revision.to_string()),
            "<br>",
            &escape(&latest.changes.join(s::LIST_SEP.get(lang))),
        ],
    );
    progress(out, id, row, open, lang);
    out.push_str("</td></tr>");
}

/// The table of `rows`, as of `today`; the progress forms of the incidents in `open` are open.
pub fn table(rows: &[(&String, &Row)], today: CivilDate, open: &[String], lang: Lang) -> String {
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
        put(&mut out, &["<th scope=\"col\">", h.get(lang), "</th>"]);
    }
    out.push_str("</tr></thead><tbody>");
    for (n, (id, r)) in rows.iter().enumerate() {
        row(
            &mut out,
            n,
            id,
            r,
            today,
            open.iter().any(|o| o == *id),
            lang,
        );
    }
    out.push_str("</tbody></table>");
    out
}
