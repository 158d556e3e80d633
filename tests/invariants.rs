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
fn only_the_storage_module_touches_local_storage() {
    for (path, text) in common::rust_sources("src") {
        if !path.ends_with("src/web/storage.rs") {
            assert!(
                !text.contains("local_storage"),
                "{path} touches localStorage"
            );
        }
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
