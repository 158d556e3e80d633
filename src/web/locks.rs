//! One writer per incident across tabs and windows, with the Web Locks API (`navigator.locks`, in
//! Chromium, Firefox and WebKit). The only code that touches it.
//!
//! A tab that opens an incident asks for its lock without waiting. If another tab holds it, this
//! tab is read-only and queues a request, so it becomes the editor by itself when the other tab
//! leaves. "Take over here" is a handshake, not a grab: the asking tab writes a request
//! ([`storage::request_take_over`]); the editing tab turns read-only first (so it accepts no more
//! keys), saves, and only then lets go; the queued request of the asking tab gets the lock and
//! reads what was saved. A plain steal leaves a window of a few milliseconds in which the old tab
//! has lost the lock but not yet heard so, and could still accept and save a key; the handshake
//! closes it by construction. Stealing is kept only for a tab that does not answer (see
//! [`take_over`]). The lock is held as long as the [`EditLockGuard`] lives.

use crate::core::state::EditLock;
use crate::web::storage;
use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the guard shares with the browser's callbacks.
struct Shared {
    name: String,
    on_change: Box<dyn Fn(EditLock)>,
    /// Resolves the promise that keeps the lock held.
    release: Option<Function>,
    /// Cancels the queued request of a read-only tab.
    queued: Option<web_sys::AbortController>,
    /// False once the guard is dropped: late grants are released at once.
    alive: bool,
    /// Hears other tabs asking for the incident while this tab holds it.
    listener: Option<gloo_events::EventListener>,
    /// The take-over this tab asked for and has not got yet (its nonce): the fallback steal is
    /// for that request only. Without it, a fallback timer outlived a take-over that succeeded,
    /// fired after the tab had handed the incident on again, and stole it back from the tab now
    /// typing, whose keystrokes were then dropped (found in Firefox, issue 12).
    asked: Option<String>,
}

/// Holds (or waits for) an incident's edit lock; dropping it lets go.
pub struct EditLockGuard {
    shared: Rc<RefCell<Shared>>,
}

impl Drop for EditLockGuard {
    fn drop(&mut self) {
        let mut shared = self.shared.borrow_mut();
        shared.alive = false;
        if let Some(release) = shared.release.take() {
            let _ = release.call0(&JsValue::NULL);
        }
        if let Some(queued) = shared.queued.take() {
            queued.abort();
        }
        shared.listener = None;
    }
}

impl EditLockGuard {
    /// Whether this tab holds the lock now.
    pub fn is_holding(&self) -> bool {
        self.shared.borrow().release.is_some()
    }

    /// Whether the take-over asked for with `nonce` is still waiting for the lock.
    fn still_asking(&self, nonce: &str) -> bool {
        let shared = self.shared.borrow();
        shared.release.is_none() && shared.asked.as_deref() == Some(nonce)
    }
}

/// Runs `f` after `ms` milliseconds.
fn later(ms: i32, f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let f = Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

/// Another tab asked for the incident: stop editing first, give the last keystroke time to be
/// saved, then let go and wait in line again.
fn hand_over(shared: &Rc<RefCell<Shared>>) {
    if shared.borrow().release.is_none() {
        return;
    }
    (shared.borrow().on_change)(EditLock::ReadOnly);
    let shared = shared.clone();
    later(80, move || {
        let release = shared.borrow_mut().release.take();
        if let Some(release) = release {
            let _ = release.call0(&JsValue::NULL);
            queue(&shared);
        }
    });
}

/// "Edit in this tab": asks the editing tab to hand the incident over; if it has not after a few
/// seconds (a frozen or sleeping tab), takes the lock from it. Returns the new guard to keep.
pub fn take_over(
    current: &Rc<RefCell<Option<EditLockGuard>>>,
    id: &str,
    nonce: &str,
    on_change: impl Fn(EditLock) + Clone + 'static,
) {
    if let Some(guard) = current.borrow().as_ref() {
        guard.shared.borrow_mut().asked = Some(nonce.to_owned());
    }
    let asked = storage::request_take_over(id, nonce).is_ok();
    let (current, id, nonce) = (current.clone(), id.to_owned(), nonce.to_owned());
    later(if asked { 3000 } else { 0 }, move || {
        // Only this request, if it is still unanswered: not one that got the lock and has
        // since been handed on.
        let waiting = current
            .borrow()
            .as_ref()
            .is_some_and(|g| g.still_asking(&nonce));
        if waiting {
            // Let go of the queued request first, then take the lock.
            current.borrow_mut().take();
            *current.borrow_mut() = Some(hold(&id, true, on_change));
        }
    });
}

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

const PREFIX: &str = "incident-navi/edit/";

/// The lock's name for an incident.
pub fn lock_name(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// Asks for the edit lock of the incident `id`: without waiting, or taking it from another tab
/// when `take_over`. `on_change` hears every change (Editing, ReadOnly, or Unsupported when the
/// browser has no Web Locks).
pub fn hold(id: &str, take_over: bool, on_change: impl Fn(EditLock) + 'static) -> EditLockGuard {
    let shared = Rc::new(RefCell::new(Shared {
        name: lock_name(id),
        on_change: Box::new(on_change),
        release: None,
        queued: None,
        alive: true,
        listener: None,
        asked: None,
    }));
    let guard = EditLockGuard {
        shared: shared.clone(),
    };
    if lock_manager().is_none() {
        (shared.borrow().on_change)(EditLock::Unsupported);
        return guard;
    }
    let options = Object::new();
    let key = if take_over { "steal" } else { "ifAvailable" };
    let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::TRUE);
    request(&shared, &options);
    guard
}

/// One `navigator.locks.request(name, options, callback)`. The callback holds the lock until the
/// guard releases it; a null lock (not available) makes the tab read-only and queues a wait.
fn request(shared: &Rc<RefCell<Shared>>, options: &Object) {
    let Some(locks) = lock_manager() else {
        return;
    };
    let Ok(request) = Reflect::get(&locks, &JsValue::from_str("request")) else {
        return;
    };
    let Ok(request) = request.dyn_into::<Function>() else {
        return;
    };
    let granted = {
        let shared = shared.clone();
        Closure::once_into_js(move |lock: JsValue| -> JsValue {
            if lock.is_null() {
                (shared.borrow().on_change)(EditLock::ReadOnly);
                queue(&shared);
                return JsValue::UNDEFINED;
            }
            if !shared.borrow().alive {
                return JsValue::UNDEFINED; // left the screen meanwhile: let go at once
            }
            let mut keep = None;
            let held = Promise::new(&mut |resolve, _| keep = Some(resolve));
            let mut state = shared.borrow_mut();
            state.release = keep;
            state.queued = None; // this was the queued request, if any: nothing waits now
            state.asked = None; // a take-over asked for is answered
            if state.listener.is_none() {
                let weak = Rc::downgrade(&shared);
                let name = state.name.clone();
                let id = name.strip_prefix(PREFIX).unwrap_or_default().to_owned();
                state.listener = storage::on_take_over_request(&id, move || {
                    if let Some(shared) = weak.upgrade() {
                        hand_over(&shared);
                    }
                });
            }
            drop(state);
            (shared.borrow().on_change)(EditLock::Editing);
            held.into()
        })
    };
    // Stolen by another tab: the request's promise rejects. Read-only, and wait to get it back.
    let lost = {
        let shared = shared.clone();
        Closure::once(move |_err: JsValue| {
            let alive = shared.borrow().alive;
            shared.borrow_mut().release = None;
            if alive {
                (shared.borrow().on_change)(EditLock::ReadOnly);
                queue(&shared);
            }
        })
    };
    let name = JsValue::from_str(&shared.borrow().name);
    if let Ok(promise) = request.call3(&locks, &name, options, &granted) {
        if let Ok(promise) = promise.dyn_into::<Promise>() {
            let _ = promise.catch(&lost);
        }
    }
    // Called at most once, by the browser; a settled request leaves it behind (a few bytes).
    lost.forget();
}

/// A read-only tab waits in line for the lock, cancellably.
fn queue(shared: &Rc<RefCell<Shared>>) {
    if !shared.borrow().alive {
        return;
    }
    let Ok(controller) = web_sys::AbortController::new() else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &JsValue::from_str("signal"), &controller.signal());
    if let Some(old) = shared.borrow_mut().queued.replace(controller) {
        old.abort();
    }
    request(shared, &options);
}
