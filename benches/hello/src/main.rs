//! A Yew hello world: one function component that renders a heading. tools/bench.mjs measures
//! the product's start-up as a ratio to this one's.
use yew::prelude::*;

#[function_component(Hello)]
fn hello() -> Html {
    html! { <h1>{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<Hello>::new().render();
}
