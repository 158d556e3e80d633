//! Where timelines live: IndexedDB, so that the drafts list does not wait for them. Chromium
//! reads the whole of localStorage on its first use, however little is asked of it: 21 drafts
//! of 500 entries made that 20 ms of every start. Only heads stay there now; timelines are read
//! after the first screen (the incidents wait for them, `AppState::timelines_pending`).
//!
//! Nothing is lost on the way: a changed timeline is written to localStorage first, under its
//! own key, as before (synchronous, so a tab closed right after keeps it), then to IndexedDB;
//! the localStorage copy goes only once IndexedDB has that very text on disk. A start finds
//! any copy left (a tab closed between the two, a first release's record) and moves it over.
//! Where IndexedDB cannot be had, timelines stay in localStorage, as before.
//!
//! Reads stay synchronous for the code that checks other tabs' saves: this tab knows the text
//! of every timeline it has read, written, or heard another tab write (the `storage` event of
//! that localStorage copy), and reads localStorage first.

use super::{local, timeline_key, Backend, Store, TIMELINE_PREFIX};
use crate::core::sorted::SortedMap;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/storage/timelines.js")]
extern "C" {
    #[wasm_bindgen(js_name = readTimelines)]
    fn read_timelines() -> js_sys::Promise;
    #[wasm_bindgen(js_name = putTimeline)]
    fn put_timeline(id: &str, text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = deleteTimeline)]
    fn delete_timeline(id: &str) -> js_sys::Promise;
}

/// How far reading IndexedDB has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    /// Not read yet: a timeline not in localStorage is unknown.
    #[default]
    Waiting,
    /// Read: a timeline known nowhere is empty.
    Done,
    /// IndexedDB refused: timelines stay in localStorage.
    Failed,
}

#[derive(Default)]
struct Known {
    reading: Reading,
    texts: SortedMap<Rc<str>>,
    to_move: Vec<String>,
}

thread_local! {
    static KNOWN: RefCell<Known> = RefCell::default();
}

/// The text storage holds as the timeline of `id`, apart from localStorage: `Some(None)` when
/// it holds none, `None` when that is not known: not read yet, or IndexedDB refused (a timeline
/// may be there all the same, so a record is never read as if it had none).
pub(super) fn known(id: &str) -> Option<Option<Rc<str>>> {
    KNOWN.with(|k| {
        let k = k.borrow();
        match (k.texts.get(id), k.reading) {
            (Some(text), _) => Some(Some(text.clone())),
            (None, Reading::Done) => Some(None),
            (None, _) => None,
        }
    })
}

/// `text` is now the timeline of `id` (written here, or heard from another tab).
pub(super) fn know(id: &str, text: &str) {
    remember(id, text.into());
}

fn remember(id: &str, text: Rc<str>) {
    KNOWN.with(|k| k.borrow_mut().texts.insert(id.to_owned(), text));
}

/// This tab wrote the timeline of `id` to localStorage: move it on at the next [`move_over`].
pub(super) fn written(id: &str, text: &str) {
    know(id, text);
    KNOWN.with(|k| {
        let mut k = k.borrow_mut();
        if k.reading != Reading::Failed && !k.to_move.iter().any(|m| m == id) {
            k.to_move.push(id.to_owned());
        }
    });
}

/// The incident `id` is gone for good: its timeline too.
pub(super) fn remove(id: &str) {
    KNOWN.with(|k| k.borrow_mut().texts.remove(id));
    let id = id.to_owned();
    // A timeline left behind is never read without its head; removing it is tidiness.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(delete_timeline(&id)).await;
    });
}

/// Reads every timeline IndexedDB holds (after the first screen). What this tab wrote or heard
/// meanwhile is newer and kept. Then moves over what localStorage still holds.
pub async fn read() -> Reading {
    let read = wasm_bindgen_futures::JsFuture::from(read_timelines()).await;
    let pairs = read.ok().map(|both| {
        let both = js_sys::Array::from(&both);
        let (ids, texts) = (
            js_sys::Array::from(&both.get(0)),
            js_sys::Array::from(&both.get(1)),
        );
        // A value that is not text is not ours: an empty text stands for it, which fails to
        // read, so its record is set aside as damaged (IndexedDB keeps the value).
        (0..ids.length())
            .filter_map(|i| {
                Some((
                    ids.get(i).as_string()?,
                    texts.get(i).as_string().unwrap_or_default(),
                ))
            })
            .collect::<Vec<_>>()
    });
    let reading = if pairs.is_some() {
        Reading::Done
    } else {
        Reading::Failed
    };
    KNOWN.with(|k| {
        let mut k = k.borrow_mut();
        for (id, text) in pairs.into_iter().flatten() {
            if !k.texts.contains_key(&id) {
                k.texts.insert(id, text.into());
            }
        }
        k.reading = reading;
    });
    if reading == Reading::Done {
        if let Ok(store) = local() {
            store.move_all_over();
        }
    }
    reading
}

/// Moves the timelines this tab wrote to localStorage since the last call over to IndexedDB.
/// Until IndexedDB has been read they wait: the read decides whether it can be had at all.
pub fn move_over() {
    let ids = KNOWN.with(|k| {
        let mut k = k.borrow_mut();
        match k.reading {
            Reading::Done => std::mem::take(&mut k.to_move),
            _ => Vec::new(),
        }
    });
    for id in ids {
        move_one(id);
    }
}

/// Puts the timeline localStorage holds for `id` into IndexedDB; once it is on disk there,
/// removes the localStorage copy unless a newer one took its place meanwhile.
fn move_one(id: String) {
    let Ok(store) = local() else { return };
    let key = timeline_key(&id);
    let Some(text) = store.backend.get(&key).ok().flatten() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let put = wasm_bindgen_futures::JsFuture::from(put_timeline(&id, &text)).await;
        if put.is_ok() && store.backend.get(&key).ok().flatten().as_deref() == Some(&*text) {
            // Known here before it leaves localStorage: reads of it (another tab's save, a
            // take-over) then find it, not an empty timeline.
            know(&id, &text);
            let _ = store.backend.remove(&key);
        }
    });
}

impl<B: Backend> Store<B> {
    /// Every timeline still in localStorage, moved over (a tab closed before it could, or a
    /// record from before timelines moved).
    fn move_all_over(&self) {
        let keys = self.backend.keys().unwrap_or_default();
        for key in keys {
            if let Some(id) = key.strip_prefix(TIMELINE_PREFIX) {
                move_one(id.to_owned());
            }
        }
    }

    /// The timeline text storage holds for `id`: localStorage's copy first (the newest, when
    /// there is one), else what this tab knows of IndexedDB. `Err(())` while that is unknown.
    pub(super) fn timeline_text(&self, id: &str) -> Result<Option<Rc<str>>, ()> {
        if let Some(text) = self.backend.get(&timeline_key(id)).ok().flatten() {
            // Remembered: that copy may leave localStorage before this tab reads it again (moved
            // over by another tab, whose removal says nothing of the text).
            let text: Rc<str> = text.into();
            remember(id, text.clone());
            return Ok(Some(text));
        }
        known(id).ok_or(())
    }
}
