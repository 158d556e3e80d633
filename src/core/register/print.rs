//! The printable register (issue 13): an A4 page (landscape) of every incident the screen shows,
//! and the year's summary for the committee. A fragment, escaped; the screen puts it in the page
//! for the browser's print, like the clerk's printed report (`core::report::html`). Drills'
//! reports are never among its rows; the summary counts them apart (issue 26).

use super::table::{row, year_summary, COLUMNS};
use super::{Register, Row};
use crate::core::report::escape;
use crate::core::time::CivilDate;

/// The columns printed, of [`COLUMNS`]: what fits across A4 landscape (the CSV has all of them).
const PRINTED: [usize; 15] = [0, 1, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21];

/// The register of `rows` (in the screen's order) printed on `today`, and the summary of
/// `today`'s year.
pub fn html(register: &Register, rows: &[&Row], today: CivilDate) -> String {
    let mut out = format!(
        "<section class=\"report register-print\"><p class=\"report-title\">情報セキュリティ事故 受付台帳</p>\
         <p class=\"report-subject\">{} 現在　{}件</p><table><thead><tr>",
        today,
        rows.len()
    );
    for &c in &PRINTED {
        out.push_str(&format!("<th>{}</th>", escape(COLUMNS[c])));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let cells = row(r, today);
        out.push_str("<tr>");
        for &c in &PRINTED {
            out.push_str(&format!(
                "<td>{}</td>",
                escape(cells.get(c).map_or("", String::as_str))
            ));
        }
        out.push_str("</tr>");
    }
    let summary = year_summary(register, today.year);
    out.push_str(&format!(
        "</tbody></table><h2>{}年の集計（{}件）</h2><table class=\"register-summary\"><tr><th>種類</th><td>",
        today.year, summary.total
    ));
    let counts = |items: Vec<(String, usize)>| {
        items
            .into_iter()
            .map(|(name, n)| format!("{} {n}件", escape(&name)))
            .collect::<Vec<_>>()
            .join("、")
    };
    out.push_str(&counts(
        summary
            .by_kind
            .iter()
            .map(|(k, n)| ((*k).to_owned(), *n))
            .collect(),
    ));
    out.push_str("</td></tr><tr><th>月別</th><td>");
    out.push_str(&counts(
        (1..=12)
            .zip(summary.by_month)
            .map(|(m, n)| (format!("{m}月"), n))
            .collect(),
    ));
    out.push_str("</td></tr><tr><th>所属別</th><td>");
    out.push_str(&counts(summary.by_section));
    out.push_str(&format!(
        "</td></tr><tr><th>訓練</th><td>{}件（上の件数には含みません）</td></tr></table></section>",
        summary.exercises
    ));
    out
}
