//! Prints the page's static guide, from the playbook, as JSON: `{"first": …, "guide": …}`.
//! `tools/single-file.mjs` runs it at every build (`cargo run --quiet --example static_guide`),
//! so the page's contact, first rules and checklists cannot drift from the manual's data.

mod render;

fn main() {
    let out = serde_json::json!({
        "first": render::first_screen(),
        "guide": render::guide(),
    });
    println!("{out}");
}
