//! Components and storage in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use incident_navi::core::incident::Incident;
use incident_navi::core::playbook::IncidentKind;
use incident_navi::core::state::{AppState, Screen};
use incident_navi::core::text::Lang;
use incident_navi::core::time::Timestamp;
use incident_navi::ui::app::{App, AppProps};
use incident_navi::web::storage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document") // ok: test
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage") // ok: test
}

/// Mounts the app with `state` in a fresh element and returns it once rendered.
async fn mount(state: AppState) -> web_sys::Element {
    let root = document().create_element("div").expect("div"); // ok: test
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append"); // ok: test
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial: Some(state),
        },
    )
    .render();
    settle().await;
    root
}

/// Lets yew run its scheduled renders and effects (one turn of the event loop, no timed wait).
async fn settle() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn home_shows_the_emergency_contact_and_first_rules() {
    let root = mount(AppState::default()).await;
    assert_eq!(text_of(&root, "h1"), "情報セキュリティ事故 対応ナビ");
    let tel = root
        .query_selector(".contact-card a[href^='tel:']")
        .ok()
        .flatten()
        .expect("a tel: link"); // ok: test
    assert_eq!(
        tel.get_attribute("href").as_deref(),
        Some("tel:09051100331")
    );
    assert!(text_of(&root, ".contact-card").contains("2255"));
    let rules = text_of(&root, ".first-rules");
    assert!(rules.contains("遮断する措置をとる"), "{rules}");
    assert!(
        rules.contains("証拠を消してしまわないようにする"),
        "{rules}"
    );
    assert!(rules.contains("相手の連絡先等を必ず控える"), "{rules}");
}

#[wasm_bindgen_test]
async fn home_in_english_when_chosen() {
    let root = mount(AppState {
        lang: Lang::En,
        ..AppState::default()
    })
    .await;
    assert_eq!(text_of(&root, "h1"), "Security Incident Navigator");
    assert!(text_of(&root, ".first-rules").contains("cut it off"));
}

#[wasm_bindgen_test]
async fn incident_screen_shows_the_first_stage_of_its_type() {
    let incident = Incident::new(
        "web-1".into(),
        &[IncidentKind::UnauthorizedAccess],
        Timestamp(1_795_000_000_000),
    );
    let state = AppState {
        screen: Screen::Incident("web-1".into()),
        ..AppState::loaded(vec![incident], vec![], Lang::Ja)
    };
    let root = mount(state).await;
    assert_eq!(text_of(&root, "h1"), "不正アクセス");
    // The 3-6 ※ banner leads the first phase.
    let first = root
        .query_selector("#phase-discovery .task-list > li")
        .ok()
        .flatten()
        .expect("an item"); // ok: test
    assert_eq!(first.id(), "item-3-6-0-warning");
    assert!(first.class_name().contains("item-warning"));
    assert!(text_of(&root, "#phase-discovery")
        .contains("不正アクセスが明らかな場合は警察に相談します。"));
}

#[wasm_bindgen_test]
async fn load_problems_are_shown_not_hidden() {
    let state = AppState::loaded(
        vec![],
        vec!["incident-navi/v1/incident/x: not an incident record".into()],
        Lang::Ja,
    );
    let root = mount(state).await;
    assert!(text_of(&root, "[role=alert]").contains("読み込めなかった"));
}

#[wasm_bindgen_test]
fn storage_round_trips_and_isolates_a_corrupt_record() {
    let s = local_storage();
    s.clear().expect("clear"); // ok: test
    let good = Incident::new(
        "good-1".into(),
        &[IncidentKind::Malware],
        Timestamp(1_795_000_000_000),
    );
    storage::save_incident(&good).expect("save"); // ok: test
    s.set_item(&format!("{}bad-1", storage::INCIDENT_PREFIX), "{not json")
        .expect("set"); // ok: test
    s.set_item("someone-else/key", "untouched").expect("set"); // ok: test
    let (incidents, unreadable) = storage::load_incidents().expect("load"); // ok: test
    assert_eq!(incidents, vec![good]);
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].key.ends_with("bad-1"));
    // A record stored under another incident's key is not trusted.
    let other = Incident::new("other-1".into(), &[IncidentKind::Malware], Timestamp(1));
    s.set_item(
        &format!("{}good-2", storage::INCIDENT_PREFIX),
        &incident_navi::core::record::encode(&other),
    )
    .expect("set"); // ok: test
    let (_, unreadable) = storage::load_incidents().expect("load"); // ok: test
    assert_eq!(unreadable.len(), 2);
    s.clear().expect("clear"); // ok: test
}

#[wasm_bindgen_test]
fn language_choice_is_remembered() {
    local_storage().clear().expect("clear"); // ok: test
    assert_eq!(storage::load_lang(), None);
    storage::save_lang(Lang::En);
    assert_eq!(storage::load_lang(), Some(Lang::En));
    local_storage()
        .set_item(storage::LANG_KEY, "xx")
        .expect("set"); // ok: test
    assert_eq!(storage::load_lang(), None);
}
