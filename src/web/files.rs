//! Files in and out: downloads (a backup, an export, a clean copy of the tool itself) and reading a
//! file the user picked. The only code that makes downloads or reads files.
//!
//! The clean copy: the loader (tools/loader.js) keeps the page as it was before the app started,
//! so the copy has no drafts and no rendered screen in it, and gives it as the file's bytes
//! (windows-1252, as the single file is: its data blocks hold one byte a character).

use wasm_bindgen::{JsCast, JsValue};

/// Why a download could not be made or a file not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The page was not started by the single-file loader (e.g. a development build).
    NotSingleFile,
    /// The browser refused, with its message.
    Browser(String),
    /// The file is larger than allowed (its size in bytes).
    TooLarge(u64),
}

/// Kept for readability at call sites that only download.
pub type CopyError = FileError;

/// The file name the copy gets.
pub const FILE_NAME: &str = "incident-navi.html";

/// Starts the download of the clean copy: the loader's bytes of it, as they are.
pub fn download() -> Result<(), CopyError> {
    let window = web_sys::window().ok_or(FileError::NotSingleFile)?;
    let pristine: js_sys::Uint8Array =
        js_sys::Reflect::get(&window, &JsValue::from_str("__incidentNaviPristine"))
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or(FileError::NotSingleFile)?;
    save_parts(
        &js_sys::Array::of1(&pristine),
        "text/html;charset=windows-1252",
        FILE_NAME,
    )
}

/// Offers `text` as a file download named `file_name`.
pub fn save_text(text: &str, mime: &str, file_name: &str) -> Result<(), CopyError> {
    save_parts(
        &js_sys::Array::of1(&JsValue::from_str(text)),
        mime,
        file_name,
    )
}

/// Offers the Blob of `parts` (strings, as UTF-8, or byte arrays, as they are) as a file download.
fn save_parts(parts: &js_sys::Array, mime: &str, file_name: &str) -> Result<(), CopyError> {
    let browser = |e: JsValue| FileError::Browser(format!("{e:?}"));
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileError::NotSingleFile)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(browser)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(browser)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(browser)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking at once can cancel the download in Firefox; a minute later it is long finished.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Reads a file the user picked as UTF-8 text, refusing files over `max_bytes` before reading.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, FileError> {
    if file.size() > max_bytes as f64 {
        return Err(FileError::TooLarge(file.size() as u64));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| FileError::Browser(format!("{e:?}")))?;
    text.as_string()
        .ok_or_else(|| FileError::Browser("not text".into()))
}

/// Reads at most `max_bytes + 1` bytes of a file the user picked or dropped: a larger file is
/// never read whole, and the one byte more tells the caller it was too large.
pub async fn read_bytes(file: web_sys::Blob, max_bytes: usize) -> Result<Vec<u8>, FileError> {
    let browser = |e: JsValue| FileError::Browser(format!("{e:?}"));
    let head = file
        .slice_with_f64_and_f64(0.0, max_bytes as f64 + 1.0)
        .map_err(browser)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(head.array_buffer())
        .await
        .map_err(browser)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Copies `text` to the clipboard. Fails where the browser does not allow it (the caller then
/// selects the text for the user to copy by hand).
pub async fn copy_text(text: &str) -> Result<(), FileError> {
    let window = web_sys::window().ok_or(FileError::NotSingleFile)?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| FileError::Browser(format!("{e:?}")))
}

/// Where the clipboard is refused: opens the `<details>` around the text area `id`, focuses it and
/// selects its text, for the user to copy with Ctrl+C.
pub fn select_for_copying(id: &str) {
    let Some(area) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(parent) = area.parent_element() {
        let _ = parent.set_attribute("open", "");
    }
    if let Some(area) = area.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

const PRINT_SLOT: &str = "print-slot";

/// Puts the printable report (escaped HTML from `core::report::html`) into the page, beside the
/// app rather than inside Yew's tree, and synchronously: the browser lays the page out for print
/// right after `beforeprint`, before Yew would have rendered anything.
pub fn show_for_print(html: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let slot = match document.get_element_by_id(PRINT_SLOT) {
        Some(slot) => slot,
        None => {
            let Ok(slot) = document.create_element("div") else {
                return;
            };
            slot.set_id(PRINT_SLOT);
            slot.set_class_name("print-report");
            if let Some(body) = document.body() {
                let _ = body.append_child(&slot);
            }
            slot
        }
    };
    slot.set_inner_html(html);
}

/// While the returned guard lives, the browser's own print (Ctrl+P, its menu) prints what
/// `build` gives (escaped HTML), put in the page at `beforeprint` and taken out at `afterprint`;
/// dropping the guard takes it out too. Built only then, so typing never rebuilds a large hidden
/// document.
pub fn on_print(build: impl Fn() -> Option<String> + 'static) -> PrintGuard {
    let window = web_sys::window();
    let before = window.as_ref().map(|w| {
        gloo_events::EventListener::new(w, "beforeprint", move |_| {
            // A print button put its own page in (a letter, not the report): that one is printed.
            if PINNED.get() {
                return;
            }
            if let Some(html) = build() {
                show_for_print(&html);
            }
        })
    });
    let after = window
        .as_ref()
        .map(|w| gloo_events::EventListener::new(w, "afterprint", |_| clear_print()));
    PrintGuard {
        _before: before,
        _after: after,
    }
}

/// See [`on_print`]: the browser's print prints the app's page again once this is dropped.
pub struct PrintGuard {
    _before: Option<gloo_events::EventListener>,
    _after: Option<gloo_events::EventListener>,
}

impl Drop for PrintGuard {
    fn drop(&mut self) {
        clear_print();
    }
}

thread_local! {
    /// Set by [`print_html`] until the print is over: the browser's `beforeprint` then leaves
    /// the page the button put in as it is (the report's Ctrl+P hook would replace a draft).
    static PINNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Takes the printable report out of the page again (after printing).
pub fn clear_print() {
    PINNED.set(false);
    if let Some(slot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PRINT_SLOT))
    {
        slot.remove();
    }
}

/// Puts the report in the page, then opens the browser's print dialog (where "save as PDF" is).
pub fn print_html(html: &str) {
    show_for_print(html);
    PINNED.set(true);
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
