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
        let id = id.clone();
        let guard = files::on_print(move || {
            let app = latest.borrow();
            let incident = app.incidents.get(&id)?;
            Some(report::html(
                &report::build(incident, &app.settings, context::now())
                    .with_build(&context::build()),
            ))
        });
        move || drop(guard)
    });
    html! {}
}
