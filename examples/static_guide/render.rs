//! The page's static guide, as HTML, from the playbook itself (issue 24): the first screen (the
//! emergency contact and 「まず最初に」, manual 2), which the page shows as soon as it is parsed, and
//! the whole guide (chapter 2's flow and 3-1 … 3-6), which the loader shows when the app cannot
//! run (no WebAssembly, a damaged copy). Every text is written in both languages, each in an
//! element with its `lang`; the page's CSS shows one (`.l-ja` / `.l-en` on the container).
//!
//! Shared by `examples/static_guide/main.rs` (run by `tools/single-file.mjs` at every build) and
//! `tests/static_guide.rs`.

use incident_navi::core::playbook::basic_flow::{self, FIRST_RULES, SECRETARIAT};
use incident_navi::core::playbook::{IncidentKind, Item, ItemKind, Phase};
use incident_navi::core::text::{t, Lang, Text};
use incident_navi::ui::strings as s;

/// `text` with `&`, `<`, `>` and `"` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Both languages of `text`, each in a span with its `lang`.
pub fn both(text: Text) -> String {
    format!(
        r#"<span lang="ja">{}</span><span lang="en">{}</span>"#,
        escape(text.ja),
        escape(text.en)
    )
}

/// The `tel:` address of a number as dialled ("090-5110-0331" → "tel:09051100331").
pub fn tel(number: &str) -> String {
    format!("tel:{}", number.replace('-', ""))
}

const TYPES_TITLE: Text = t("事故の種類ごとの対応", "What to do, by type of incident");
const FLOW_TITLE: Text = t(
    "2 事故対応の基本ステップ",
    "2 The basic steps of the response",
);
const FACTS_TITLE: Text = t("事実関係を整理する", "Establish the facts");
const WHO: Text = t("担当", "Who");
const SINCE: Text = t("マニュアル以後の変更", "Changed since the manual");
const MEASURE: Text = t("応急処置例", "Emergency measure");
const SECONDARY: Text = t("二次被害防止策例", "Measure against secondary damage");
const LOADING: Text = t("読み込み中…", "Loading…");

/// The emergency contact (manual 2), as the home screen's card shows it.
pub fn contact() -> String {
    format!(
        concat!(
            r#"<section class="b-card b-contact" aria-labelledby="b-contact-title">"#,
            r#"<h2 id="b-contact-title">{title}</h2><p>{name}</p><dl>"#,
            r#"<div><dt>{ext}</dt><dd class="b-number">{extension}</dd></div>"#,
            r#"<div><dt>{after}</dt><dd><a class="b-number" href="{href}">{after_hours}</a></dd></div>"#,
            "</dl></section>"
        ),
        title = both(s::CONTACT_TITLE),
        name = both(SECRETARIAT.name),
        ext = both(s::EXTENSION),
        extension = escape(SECRETARIAT.extension),
        after = both(s::AFTER_HOURS),
        href = tel(SECRETARIAT.after_hours),
        after_hours = escape(SECRETARIAT.after_hours),
    )
}

/// A place in the manual, as the app shows it: "マニュアル 2 発見・通報" / "Manual 2 Discovery
/// and reporting".
fn section_ref(ja: &str, en: &str) -> String {
    format!(
        r#"<span class="b-ref"><span lang="ja">{} {}</span><span lang="en">{} {}</span></span>"#,
        escape(s::SECTION.ja),
        escape(ja),
        escape(s::SECTION.en),
        escape(en)
    )
}

fn item_ref(item: &Item) -> String {
    section_ref(&item.section_in(Lang::Ja), &item.section_in(Lang::En))
}

/// 「まず最初に」: the first rules of manual 2, as the home screen lists them.
pub fn first_rules() -> String {
    let rules: String = FIRST_RULES
        .iter()
        .map(|item| {
            let cautions: String = item
                .cautions
                .iter()
                .map(|c| format!(r#"<strong class="b-caution">{}</strong>"#, both(*c)))
                .collect();
            format!("<li>{}{}{}</li>", both(item.text), cautions, item_ref(item))
        })
        .collect();
    format!(
        r#"<section class="b-card b-rules" aria-labelledby="b-rules-title"><h2 id="b-rules-title">{}</h2><ol>{}</ol></section>"#,
        both(s::FIRST_RULES_TITLE),
        rules
    )
}

/// The first screen: the tool's name, "loading", the contact and the first rules. The loader
/// writes into `#boot-status` when the app cannot start; the app replaces all of it.
pub fn first_screen() -> String {
    format!(
        concat!(
            r#"<p class="b-brand">{name}</p>"#,
            r#"<p class="b-status" id="boot-status" role="status">{loading}</p>"#,
            r#"<div class="b-grid">{contact}{rules}</div>"#
        ),
        name = both(s::APP_NAME),
        loading = both(LOADING),
        contact = contact(),
        rules = first_rules(),
    )
}

fn item(item: &Item) -> String {
    let (class, label) = match item.kind {
        ItemKind::Task => ("b-task", None),
        ItemKind::EmergencyMeasure => ("b-task", Some(MEASURE)),
        ItemKind::SecondaryMeasure => ("b-task", Some(SECONDARY)),
        ItemKind::Guidance => ("b-info", None),
        ItemKind::Warning => ("b-warn", None),
    };
    let mut out = format!(r#"<li class="{class}"><p>"#);
    if let Some(label) = label {
        out += &format!(r#"<span class="b-label">{}</span>"#, both(label));
    }
    out += &both(item.text);
    out += "</p>";
    for caution in item.cautions {
        out += &format!(r#"<p class="b-caution">※ {}</p>"#, both(*caution));
    }
    if let Some(who) = item.who {
        out += &format!(r#"<p class="b-who">{}: {}</p>"#, both(WHO), both(who));
    }
    if let Some(note) = item.note {
        out += &format!(r#"<p class="b-who">{}: {}</p>"#, both(SINCE), both(note));
    }
    out + &item_ref(item) + "</li>"
}

fn list<'a>(items: impl Iterator<Item = &'a Item>) -> String {
    let items: String = items.map(item).collect();
    if items.is_empty() {
        items
    } else {
        format!("<ul>{items}</ul>")
    }
}

/// Chapter 2: the basic flow, phase by phase.
pub fn basic_flow() -> String {
    let mut out = format!(
        r#"<section class="b-card b-type" id="g-2"><h2>{}</h2>"#,
        both(FLOW_TITLE)
    );
    for phase in Phase::ALL {
        let items = list(basic_flow::ITEMS.iter().filter(|i| i.phase == phase));
        if !items.is_empty() {
            out += &format!("<h3>{}</h3>{items}", both(phase.title()));
        }
    }
    out + "</section>"
}

/// One type of chapter 3 (3-1 … 3-6): its boxed warnings first, then its stages, with the
/// questions of stage (2) that establish the facts.
pub fn type_guide(kind: IncidentKind) -> String {
    let guide = kind.guide();
    let title = Text {
        ja: guide.title.ja,
        en: guide.title.en,
    };
    let mut out = format!(
        r#"<section class="b-card b-type" id="g-{}"><h2>{} {}</h2><p>{}</p>"#,
        guide.section,
        escape(guide.section),
        both(title),
        both(guide.summary)
    );
    out += &list(guide.items.iter().filter(|i| i.is_banner()));
    for phase in Phase::ALL {
        let items = list(guide.items_in(phase).filter(|i| !i.is_banner()));
        let facts: String = guide
            .facts
            .iter()
            .filter(|q| q.phase == phase)
            .map(|q| format!("<li>{}</li>", both(q.text)))
            .collect();
        if items.is_empty() && facts.is_empty() {
            continue;
        }
        out += &format!("<h3>{}</h3>{items}", both(phase.title()));
        if !facts.is_empty() {
            out += &format!(
                r#"<h4>{} {}</h4><ol class="b-facts">{facts}</ol>"#,
                both(FACTS_TITLE),
                section_ref(guide.facts[0].section, guide.facts[0].section)
            );
        }
    }
    out + "</section>"
}

/// The whole guide: a table of contents, chapter 2, and 3-1 … 3-6.
pub fn guide() -> String {
    let contents: String = std::iter::once(("2".to_owned(), FLOW_TITLE))
        .chain(IncidentKind::ALL.iter().map(|k| {
            let g = k.guide();
            (g.section.to_owned(), g.title)
        }))
        .map(|(section, title)| {
            let title = if section == "2" {
                both(title)
            } else {
                format!("{} {}", escape(&section), both(title))
            };
            format!(r##"<li><a href="#g-{section}">{title}</a></li>"##)
        })
        .collect();
    let mut out = format!(
        r#"<nav class="b-card b-toc" aria-labelledby="b-toc-title"><h2 id="b-toc-title">{}</h2><ul>{contents}</ul></nav>"#,
        both(TYPES_TITLE)
    );
    out += &basic_flow();
    for kind in IncidentKind::ALL {
        out += &type_guide(kind);
    }
    out
}
