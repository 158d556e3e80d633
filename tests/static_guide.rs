//! Issue 24: the page's static guide (the first screen in the HTML, and the guide shown without
//! WebAssembly) is made from the playbook and holds all of it: the contact, the first rules, and
//! every line of chapter 2 and 3-1 … 3-6 with its section, in both languages. The built page is
//! checked against a fresh run of the generator in `tests/e2e/resilience.test.mjs`.

#[path = "../examples/static_guide/render.rs"]
mod render;

use incident_navi::core::playbook::basic_flow::{self, FIRST_RULES, SECRETARIAT};
use incident_navi::core::playbook::{IncidentKind, Item};
use incident_navi::core::text::Lang;
use render::escape;

fn has_both(html: &str, ja: &str, en: &str, what: &str) {
    let (ja, en) = (
        format!(r#"<span lang="ja">{}</span>"#, escape(ja)),
        format!(r#"<span lang="en">{}</span>"#, escape(en)),
    );
    assert!(html.contains(&ja), "{what}: {ja} is missing");
    assert!(html.contains(&en), "{what}: {en} is missing");
}

/// The item's text, cautions and section; with `whole`, also who does it and what changed since.
fn has_item(html: &str, item: &Item, whole: bool) {
    has_both(html, item.text.ja, item.text.en, item.id);
    let more = item.who.iter().chain(item.note.iter()).filter(|_| whole);
    for c in item.cautions.iter().chain(more) {
        has_both(html, c.ja, c.en, item.id);
    }
    for lang in [Lang::Ja, Lang::En] {
        let section = escape(&item.section_in(lang));
        assert!(html.contains(&section), "{}: {section}", item.id);
    }
}

#[test]
fn the_first_screen_holds_the_contact_and_the_first_rules() {
    let first = render::first_screen();
    has_both(&first, SECRETARIAT.name.ja, SECRETARIAT.name.en, "contact");
    assert!(first.contains(&format!(
        r#"<dd class="b-number">{}</dd>"#,
        SECRETARIAT.extension
    )));
    assert!(first.contains(r#"<a class="b-number" href="tel:09051100331">090-5110-0331</a>"#));
    assert_eq!(first.matches("<li>").count(), FIRST_RULES.len());
    // As the home screen shows them: the text, the cautions, the section.
    for item in FIRST_RULES {
        has_item(&first, item, false);
    }
    has_both(&first, "まず最初に", "Before anything else", "title");
    // The app's h1 is the page's only one: tests and the screen reader find the app by it.
    assert!(!first.contains("<h1"));
}

#[test]
fn the_guide_holds_every_line_of_chapters_2_and_3() {
    let guide = render::guide();
    for item in basic_flow::ITEMS {
        has_item(&guide, item, true);
    }
    for kind in IncidentKind::ALL {
        let g = kind.guide();
        assert!(guide.contains(&format!(r#"id="g-{}""#, g.section)));
        has_both(&guide, g.title.ja, g.title.en, g.section);
        for item in g.items {
            has_item(&guide, item, true);
        }
        for q in g.facts {
            has_both(&guide, q.text.ja, q.text.en, q.id);
        }
    }
    // Sections in the manual's order.
    let at = |s: &str| guide.find(&format!(r#"id="g-{s}""#)).unwrap_or(usize::MAX);
    let order: Vec<usize> = ["2", "3-1", "3-2", "3-3", "3-4", "3-5", "3-6"]
        .iter()
        .map(|s| at(s))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        escape(r#"<a href="x">&</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
    );
    assert!(!render::guide().contains("<script"));
}
