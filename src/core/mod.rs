//! The pure core: no yew, no web-sys. Everything here is tested natively with `cargo test`.

pub mod about;
pub mod backup;
pub mod documents;
pub mod drill;
pub mod incident;
pub mod intake;
pub mod obligations;
pub mod playbook;
pub mod record;
pub mod register;
pub mod report;
pub mod sorted;
pub mod state;
pub mod text;
pub mod time;
