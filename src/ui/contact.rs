//! The emergency contact (manual 2: 情報企画課IT最適化係 内2255 時間外090-5110-0331), as a card on
//! the home screen and as a bar on every screen, so it is always one tap away.

use super::strings as s;
use crate::core::playbook::basic_flow::SECRETARIAT;
use crate::core::text::Lang;
use yew::prelude::*;

fn tel_href(number: &str) -> String {
    format!("tel:{}", number.replace('-', ""))
}

/// The large card on the home screen.
pub fn contact_card(lang: Lang) -> Html {
    html! {
        <section class="card contact-card" aria-labelledby="contact-title">
            <h2 id="contact-title">{ s::CONTACT_TITLE.get(lang) }</h2>
            <p class="contact-name">{ SECRETARIAT.name.get(lang) }</p>
            <dl class="contact-numbers">
                <div><dt>{ s::EXTENSION.get(lang) }</dt><dd class="number">{ SECRETARIAT.extension }</dd></div>
                <div>
                    <dt>{ s::AFTER_HOURS.get(lang) }</dt>
                    <dd><a class="number" href={tel_href(SECRETARIAT.after_hours)}>{ SECRETARIAT.after_hours }</a></dd>
                </div>
            </dl>
        </section>
    }
}

/// The compact bar in the header of every screen.
pub fn contact_bar(lang: Lang) -> Html {
    html! {
        <p class="contact-bar">
            <span class="contact-bar-label">{ s::CONTACT_SHORT.get(lang) }</span>
            <span>{ s::EXTENSION.get(lang) }{" "}<strong>{ SECRETARIAT.extension }</strong></span>
            <span>{ s::AFTER_HOURS.get(lang) }{" "}<a href={tel_href(SECRETARIAT.after_hours)}>{ SECRETARIAT.after_hours }</a></span>
        </p>
    }
}
