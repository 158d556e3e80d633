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
pub fn focus(selector: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Scrolls the element with `id` into view and focuses it (in-page links that must work on file://).
pub fn jump_to(id: &str) {
    focus(&format!("#{id}"));
}

/// The element with `id`, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Sets the document's title (the tab's name) to what `f` makes of it; returns the title before.
pub fn retitle(f: impl FnOnce(&str) -> String) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let before = document.title();
    document.set_title(&f(&before));
    Some(before)
}

/// The content of the page's `<meta name="{name}">`, if there is one.
pub fn meta(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// Calls `f` every `ms` milliseconds until the returned guard is dropped.
pub fn every(ms: i32, f: impl Fn() + 'static) -> Option<Timer> {
    Timer::start(ms, f, true)
}

/// Calls `f` once, `ms` milliseconds from now, unless the returned guard is dropped first (so a
/// newer call can replace a pending one: work done once the user pauses).
pub fn after(ms: i32, f: impl Fn() + 'static) -> Option<Timer> {
    Timer::start(ms, f, false)
}

/// A running [`every`] or pending [`after`]; dropping it stops it.
pub struct Timer {
    id: i32,
    _closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Timer {
    fn start(ms: i32, f: impl Fn() + 'static, repeat: bool) -> Option<Timer> {
        let window = web_sys::window()?;
        let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
        let callback = closure.as_ref().unchecked_ref();
        let id = if repeat {
            window.set_interval_with_callback_and_timeout_and_arguments_0(callback, ms)
        } else {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
        }
        .ok()?;
        Some(Timer {
            id,
            _closure: closure,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        // Timeouts and intervals share one list of ids: clearTimeout stops either.
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// Calls `f` on each `event` of the window until the returned listener is dropped.
pub fn on_window(
    event: &'static str,
    f: impl Fn() + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(&window, event, move |_| {
        f()
    }))
}

/// Makes the browser ask before the tab is closed or reloaded, until the listener is dropped
/// (`beforeunload`: the browser shows its own wording; the page cannot choose it).
pub fn ask_before_leaving() -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &window,
        "beforeunload",
        options,
        |event| {
            event.prevent_default();
            // Older engines look at returnValue instead.
            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
        },
    ))
}

/// Moves focus to the element matching `selector` once the current work is done (after the
/// screen has rendered what the click changed: a revealed fact, the debrief).
pub fn focus_soon(selector: &str) {
    focus_when_there(selector.to_owned(), FOCUS_TRIES);
}

/// How many times [`focus_soon`] looks for its element, a frame's time apart: a loaded machine
/// may draw the change after the first look (seen in CI), and half a second is still "at once"
/// to the user.
const FOCUS_TRIES: u32 = 30;

fn focus_when_there(selector: String, tries: u32) {
    let delay = if tries == FOCUS_TRIES { 0 } else { 16 };
    let later = wasm_bindgen::closure::Closure::once_into_js(move || {
        if !focus(&selector) && tries > 1 {
            focus_when_there(selector, tries - 1);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), delay);
    }
}

/// The value of the checked radio button named `name`, if one is checked (choices written as
/// HTML text, which the screen reads when the user acts).
pub fn checked_value(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("input[name=\"{name}\"]:checked"))
        .ok()??
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|input| input.value())
}
