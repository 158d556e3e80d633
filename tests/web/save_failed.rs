//! Issue 12: every message in the user's language. A save refused for a reason the tool does not
//! know says so in Japanese (or English); the browser's own English words are kept apart.

use super::{mount, text_of};
use incident_navi::core::state::{AppState, SaveProblem, SaveStatus};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn an_unknown_save_failure_speaks_the_users_language() {
    let state = AppState {
        save: SaveStatus::Failed(SaveProblem::Other(
            "UnknownError: the operation failed".into(),
        )),
        ..AppState::default()
    };
    let root = mount(state).await;
    let message = text_of(&root, "#save-failed > p");
    assert!(message.starts_with("保存できません"), "{message}");
    assert!(!message.contains("UnknownError"), "{message}");
    let details = text_of(&root, "#save-failed details");
    assert!(
        details.contains("UnknownError: the operation failed"),
        "{details}"
    );
}
