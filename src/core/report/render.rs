//! Report → email text and printable HTML.

use super::{Line, Report};

const PRELIMINARY_NOTE: &str =
    "※ 未確認の項目があるため、速報として送ります。確認でき次第、続報します。";

fn text_line(l: &Line) -> String {
    if l.value.is_empty() {
        l.label.clone()
    } else if l.task.is_some() {
        format!("{} {}", l.label, l.value)
    } else {
        format!("{}: {}", l.label, l.value)
    }
}

/// The line at the top of a drill's report (issue 26): nobody reading it may take it for a real
/// incident.
pub const DRILL_NOTE: &str =
    "【訓練】これは訓練の記録です。実際の事故ではありません。報告・届出はしないでください。";

/// The email body: plain text under the manual's headings, one fact per line.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    if report.summary.drill {
        out.push_str(DRILL_NOTE);
        out.push('\n');
    }
    out.push_str(if report.preliminary {
        "情報セキュリティ事故報告（速報）\n"
    } else {
        "情報セキュリティ事故報告\n"
    });
    out.push_str(&format!("件名: {}\n", report.subject));
    if report.preliminary {
        out.push_str(PRELIMINARY_NOTE);
        out.push('\n');
    }
    for section in &report.sections {
        out.push_str(&format!("\n■ {}\n", section.title));
        if section.lines.is_empty() {
            out.push_str("（なし）\n");
        }
        for l in &section.lines {
            // Multi-line answers stay readable: continuation lines are indented.
            out.push_str(
                &text_line(l)
                    .replace("\r\n", "\n")
                    .replace('\r', "\n")
                    .replace('\n', "\n    "),
            );
            out.push('\n');
        }
    }
    out.push_str(&format!(
        "\n（情報セキュリティ事故 対応ナビ {} で作成。添付のJSONはこのツールで読み込めます。）\n",
        report.made_with
    ));
    out.push_str(BLOCK_NOTE);
    out.push_str(&crate::core::register::block::encode(&report.summary));
    out
}

/// Said above the block, so nobody deletes it as noise.
const BLOCK_NOTE: &str = "\n（以下は事務局の受付用の記録です。消さずに送ってください。）\n";

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The printable report: a fragment (no scripts, no styles, no links) that the app's print
/// stylesheet lays out on A4. Every piece of user text is escaped.
pub fn html(report: &Report) -> String {
    let mut out = String::from("<article class=\"report\" lang=\"ja\">");
    if report.summary.drill {
        out.push_str(&format!("<p class=\"report-drill\">{DRILL_NOTE}</p>"));
    }
    let title = if report.preliminary {
        "情報セキュリティ事故報告（速報）"
    } else {
        "情報セキュリティ事故報告"
    };
    out.push_str(&format!(
        "<p class=\"report-title\">{title}</p><p class=\"report-subject\">{}</p>",
        escape(&report.subject)
    ));
    if report.preliminary {
        out.push_str(&format!("<p class=\"report-note\">{PRELIMINARY_NOTE}</p>"));
    }
    for section in &report.sections {
        out.push_str(&format!(
            "<section class=\"report-section\"><h2>{}</h2>",
            escape(section.title)
        ));
        if section.lines.is_empty() {
            out.push_str("<p>（なし）</p>");
        } else {
            out.push_str("<table><tbody>");
            for l in &section.lines {
                let class = if l.missing { " class=\"missing\"" } else { "" };
                out.push_str(&format!(
                    "<tr><th scope=\"row\">{}</th><td{class}>{}</td></tr>",
                    escape(&l.label),
                    escape(&l.value).replace('\n', "<br>")
                ));
            }
            out.push_str("</tbody></table>");
        }
        out.push_str("</section>");
    }
    out.push_str(&format!(
        "<p class=\"report-made-with\">情報セキュリティ事故 対応ナビ {} で作成</p></article>",
        escape(&report.made_with)
    ));
    out
}
