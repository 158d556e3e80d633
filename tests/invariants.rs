//! Architecture invariants from ARCHITECTURE.md, checked on the source tree.
#![cfg(not(target_arch = "wasm32"))]

use incident_navi::core::playbook::{basic_flow, questions, IncidentKind};
use std::collections::BTreeSet;

mod common;

#[test]
fn core_imports_no_browser_crate() {
    for (path, text) in common::rust_sources("src/core") {
        for banned in ["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            assert!(
                !text.contains(&format!("{banned}::")),
                "{path} uses {banned}"
            );
        }
    }
}

#[test]
fn only_the_storage_module_touches_local_storage_and_indexed_db() {
    for (path, text) in common::rust_sources("src") {
        if !path.contains("src/web/storage/") {
            for (sign, what) in [
                ("local_storage", "localStorage"),
                ("indexed_db", "IndexedDB"),
            ] {
                assert!(!text.contains(sign), "{path} touches {what}");
            }
            assert!(
                !text.contains("timelines.js"),
                "{path} names the timelines' IndexedDB module"
            );
        }
    }
}

/// Issue 14: the core names fields (a question, a task, `Field::KnownOn`); only `ui/page_ids.rs`
/// turns them into the page's element ids, so a screen and a link to it cannot drift apart.
#[test]
fn only_page_ids_builds_the_ids_of_questions_and_tasks() {
    let patterns = [
        "\"q-{",
        "\"item-{",
        "\"#q-",
        "\"#item-",
        "}-done\"",
        "}-text\"",
        "\"settings-section\"",
        "\"settings-reporter\"",
        "\"settings-contact\"",
        "\"settings-email\"",
        "\"#settings-email\"",
        "\"incident-known-on\"",
    ];
    for (path, text) in common::rust_sources("src") {
        if path.ends_with("src/ui/page_ids.rs") {
            continue;
        }
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let found = patterns.iter().find(|p| code.contains(*p));
        assert_eq!(found, None, "{path} builds a page id");
    }
}

#[test]
fn playbook_ids_are_unique() {
    let mut seen = BTreeSet::new();
    let mut ids: Vec<&str> = basic_flow::ITEMS.iter().map(|i| i.id).collect();
    ids.push(basic_flow::REPORTER_CONTACT.id);
    ids.extend(
        questions::INFO_QUESTIONS
            .iter()
            .chain(questions::SEVERITY_QUESTIONS)
            .map(|q| q.id),
    );
    for kind in IncidentKind::ALL {
        let g = kind.guide();
        ids.extend(g.items.iter().map(|i| i.id));
        ids.extend(g.cases.iter().map(|c| c.id));
        ids.extend(g.facts.iter().map(|q| q.id));
    }
    for id in ids {
        assert!(seen.insert(id), "duplicate id {id}");
    }
}

/// Shared tasks are stored under these keys in every draft since the first release: renaming one
/// would silently untick it (the first release's own records are read in tests/records.rs).
#[test]
fn shared_task_keys_are_the_stored_ones() {
    use incident_navi::core::playbook::SharedTask::*;
    let keys: Vec<&str> = [
        CheckInfo,
        MicReport,
        NotifyPersons,
        PoliceReport,
        Publication,
        RecoverLeaked,
        RemoveVulnerabilities,
        ReporterContact,
        SecondaryDamage,
        StopAccounts,
    ]
    .iter()
    .map(|t| t.key())
    .collect();
    assert_eq!(
        keys,
        [
            "check-info",
            "mic-report",
            "notify-persons",
            "police-report",
            "publication",
            "recover-leaked",
            "remove-vulnerabilities",
            "reporter-contact",
            "secondary-damage",
            "stop-accounts"
        ]
    );
}

/// The boxed ※ warnings of 3-5 and 3-6 stand above their stages; nothing else does.
#[test]
fn banners_are_the_boxed_warnings() {
    let banners: Vec<&str> = IncidentKind::ALL
        .iter()
        .flat_map(|k| k.guide().items.iter())
        .filter(|i| i.is_banner())
        .map(|i| i.section)
        .collect();
    assert_eq!(banners, ["3-5 ※", "3-6 ※"]);
}

/// Issue 14: outside the playbook, no code decides anything by an id's text (a literal id, an id's
/// prefix, a marker inside it): it reads the playbook's typed data (`Question`, `Item`,
/// `SharedTask`, `TypeGuide::cause`…). Renaming an id then cannot silently turn answers into
/// 未確認. String ids remain only where records are saved and loaded.
#[test]
fn no_code_outside_the_playbook_compares_ids_by_their_text() {
    let dotted_literal = |s: &str| {
        let body: String = s.chars().take_while(|c| *c != '"').collect();
        // A file extension (".json") is not an id: ids never start with a dot.
        body.contains('.')
            && !body.starts_with('.')
            && body
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
    };
    for (path, text) in common::rust_sources("src") {
        if path.contains("src/core/playbook/") {
            continue;
        }
        // Unit tests at the end of a file may name ids.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let line = line.trim();
            if line.starts_with("//") {
                continue;
            }
            for op in [
                "== \"",
                "!= \"",
                "starts_with(\"",
                "contains(\"",
                "ends_with(\"",
            ] {
                for (at, _) in line.match_indices(op) {
                    let rest = &line[at + op.len()..];
                    assert!(
                        !dotted_literal(rest),
                        "{path}:{}: compares an id by its text: {line}",
                        n + 1
                    );
                }
            }
        }
    }
}

/// Issue 14: screens say what the user wants (`ui/context.rs`, `Intents`); only that module and
/// the persisting effect (`ui/app.rs`) read the clock or reach storage.
#[test]
fn screens_reach_the_clock_and_storage_only_through_intents() {
    for (path, text) in common::rust_sources("src/ui") {
        if path.ends_with("src/ui/app.rs") || path.ends_with("src/ui/context.rs") {
            continue;
        }
        for banned in ["clock::", "storage::", "web::{clock", "web::{storage"] {
            assert!(!text.contains(banned), "{path} uses {banned}");
        }
    }
}

/// Phases name the sections of the incident screen (`#phase-…`): distinct, plain ASCII.
#[test]
fn phase_slugs_are_distinct_page_anchors() {
    use incident_navi::core::playbook::Phase;
    let slugs: BTreeSet<&str> = Phase::ALL.iter().map(|p| p.slug()).collect();
    assert_eq!(slugs.len(), Phase::ALL.len());
    assert!(slugs
        .iter()
        .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
}

/// Issue 14: an id of the playbook (a task, a question, a shared task's key) is named only by the
/// playbook. Anywhere else a literal id is a lookup that a rename would silently turn into
/// "not answered" or "not done"; code reads typed data (`SharedTask`, the questions' constants).
#[test]
fn no_code_outside_the_playbook_names_a_playbook_id() {
    use incident_navi::core::playbook::{questions_for, tasks_for};
    let mut ids: BTreeSet<&str> = tasks_for(&IncidentKind::ALL)
        .iter()
        .map(|m| m.item.task_key())
        .collect();
    ids.extend(questions_for(&IncidentKind::ALL).iter().map(|q| q.id));
    assert!(ids.len() > 100, "the playbook's ids were found");
    for (path, text) in common::rust_sources("src") {
        if path.contains("src/core/playbook/") {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.trim().starts_with("//") {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                assert!(
                    !ids.contains(literal),
                    "{path}:{}: names the playbook id \"{literal}\": {}",
                    n + 1,
                    line.trim()
                );
            }
        }
    }
}

/// The footer's licences name every crate the wasm build compiles in (from cargo's own tree;
/// `node tools/licences.mjs` rewrites the file).
#[test]
fn the_licences_name_every_shipped_crate() {
    let notice = include_str!("../src/ui/third_party.txt");
    let tree = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--target",
            "wasm32-unknown-unknown",
            "-e",
            "normal,no-proc-macro",
            "--prefix",
            "none",
            "-p",
            "incident-navi",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let crates: BTreeSet<String> = tree
        .lines()
        .filter_map(|l| {
            let mut words = l.split(' ');
            Some(format!(
                "{} {}",
                words.next()?,
                words.next()?.trim_start_matches('v')
            ))
        })
        .filter(|c| !c.starts_with("incident-navi "))
        .collect();
    assert!(crates.len() > 20, "cargo tree answered: {tree}");
    for c in &crates {
        assert!(
            notice.contains(c.as_str()),
            "{c} is compiled in but not in src/ui/third_party.txt: run node tools/licences.mjs"
        );
    }
    assert!(notice.contains("Permission is hereby granted"));
}
