//! Yew function components, organised by screen. State flows one way: components dispatch
//! [`crate::core::state::Action`]s through the [`app::AppHandle`] context; the reducer is pure.

pub mod app;
mod banners;
mod contact;
pub(crate) mod context;
mod drafts;
pub(crate) mod drill;
mod home;
pub(crate) mod incident;
mod layout;
mod new_incident;
pub mod page_ids;
mod register;
pub mod strings;

pub use app::App;

/// Mounts the app on `#app`, replacing the loading message (and any screen a "save page as" copy
/// may have captured).
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
