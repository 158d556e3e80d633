//! 情報セキュリティ事故 対応ナビ: a guide through Gifu Prefecture's information-security incident
//! response manual, compiled to one offline HTML file.
//!
//! - [`core`]: pure logic and the manual as data; no browser imports; tested natively.
//! - [`web`]: the browser edge (storage, clock, downloads, DOM chores).
//! - [`ui`]: Yew function components, one module per screen.

pub mod core;
pub mod ui;
pub mod web;

pub use ui::start;
