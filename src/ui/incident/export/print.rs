//! The report laid out for A4, for Ctrl+P and the browser's own print menu (the print button
//! builds it itself: see `sending`).

use crate::core::report;
use crate::ui::app::use_app;
use crate::ui::context;
use crate::web::files;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub id: String,
}

/// Built in the browser's `beforeprint` event, synchronously, and taken out at `afterprint`.
/// Built only then, so typing does not rebuild a large hidden document on every keystroke.
/// Renders nothing itself.
#[function_component(PrintReport)]
pub fn print_report(props: &PrintReportProps) -> Html {
    let app = use_app();
    // The listeners outlive this render: they read the latest state through this cell.
    let latest = use_mut_ref(|| app.clone());
    *latest.borrow_mut() = app.clone();
    use_effect_with(props.id.clone(), move |id: &String| {
        let window = web_sys::window();
        let id = id.clone();
        let before = window.as_ref().map(|w| {
            gloo_events::EventListener::new(w, "beforeprint", move |_| {
                let app = latest.borrow();
                if let Some(incident) = app.incidents.get(&id) {
                    files::show_for_print(&report::html(
                        &report::build(incident, &app.settings, context::now())
                            .with_build(&context::build()),
                    ));
                }
            })
        });
        let after = window
            .as_ref()
            .map(|w| gloo_events::EventListener::new(w, "afterprint", |_| files::clear_print()));
        move || {
            drop((before, after));
            files::clear_print();
        }
    });
    html! {}
}
