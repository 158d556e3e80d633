//! One writer per incident: while the incident screen is open this tab holds (or waits for) the
//! incident's edit lock; when another tab holds it, a banner says so and offers to take over.

use crate::core::state::{Action, EditLock};
use crate::core::text::{t, Lang, Text};
use crate::ui::app::AppHandle;
use crate::ui::context::{self, Intents};
use crate::web::locks;
use yew::prelude::*;

const READ_ONLY: Text = t(
    "この記録は別のタブ（またはウィンドウ）で編集中です。このタブでは表示だけで、入力はできません。",
    "This record is being edited in another tab (or window). Here it is shown only; you cannot type in it.",
);
const FOLLOWS: Text = t(
    "別のタブで保存された内容は、ここにも自動で表示されます。",
    "What the other tab saves shows up here by itself.",
);
const TAKE_OVER: Text = t("このタブで編集する", "Edit in this tab");

/// Reports lock changes to the reducer. On getting the lock, first takes what the last editor
/// saved, so this tab never types over a save it has not seen.
fn reporter(app: &AppHandle, id: &str) -> impl Fn(EditLock) + Clone + 'static {
    let (app, dispatcher, id) = (app.clone(), app.dispatcher(), id.to_owned());
    move |lock| {
        if lock == EditLock::Editing {
            if let Some(stored) = app.stored(&id) {
                dispatcher.dispatch(Action::ChangedElsewhere(stored));
            }
        }
        dispatcher.dispatch(Action::SetEditLock {
            id: id.clone(),
            lock,
        });
    }
}

/// Holds the edit lock of `id` while the screen is shown; returns the "take over here" callback.
#[hook]
pub fn use_edit_lock(app: &AppHandle, id: &str) -> Callback<MouseEvent> {
    let guard = use_mut_ref(|| None::<locks::EditLockGuard>);
    {
        let (guard, app) = (guard.clone(), app.clone());
        use_effect_with(id.to_owned(), move |id: &String| {
            *guard.borrow_mut() = Some(locks::hold(id, false, reporter(&app, id)));
            let (dispatcher, id) = (app.dispatcher(), id.clone());
            move || {
                guard.borrow_mut().take();
                dispatcher.dispatch(Action::ReleaseEditLock(id));
            }
        });
    }
    let (app, id) = (app.clone(), id.to_owned());
    Callback::from(move |_: MouseEvent| {
        let nonce = context::new_id();
        locks::take_over(&guard, &id, &nonce, reporter(&app, &id));
    })
}

/// Shown above a record another tab is editing. A plain function, not a component: it has no
/// state, and each component costs kilobytes of the single file.
pub fn read_only_banner(lang: Lang, on_take_over: Callback<MouseEvent>) -> Html {
    html! {
        <div class="banner banner-warning read-only" id="read-only" role="status">
            <p><strong>{ READ_ONLY.get(lang) }</strong>{" "}{ FOLLOWS.get(lang) }</p>
            <button type="button" class="button" id="take-over" onclick={on_take_over}>{ TAKE_OVER.get(lang) }</button>
        </div>
    }
}
