//! Small DOM chores that components need: the document language and focus after navigation.

use wasm_bindgen::JsCast;

/// Sets `<html lang>` so screen readers pronounce the page in the right language.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Moves focus to the first element matching `selector` (the new screen's heading), so keyboard
/// and screen-reader users start at the top of what changed.
pub fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the element with `id` into view and focuses it (in-page links that must work on file://).
pub fn jump_to(id: &str) {
    focus(&format!("#{id}"));
}
