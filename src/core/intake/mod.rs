//! Taking reports in, on the secretariat's side (issue 13): reading what arrives by mail.
//! `mime.rs` reads a saved mail's parts; `files.rs` takes dropped or picked files into the
//! register, one result line per file.

pub mod files;
pub mod mime;
