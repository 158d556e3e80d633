//! Taking reports in, on the secretariat's side (issue 13): reading what arrives by mail.
//! `mime.rs` reads a saved mail's parts. (The register that the reports go into comes next.)

pub mod mime;
