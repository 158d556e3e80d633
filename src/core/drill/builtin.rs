//! The built-in scenarios (issue 26): one per incident type, 3-1 … 3-6, each built on one of the
//! manual's own 事件事例, written in the scenario file format ([`super::scenario`]).

use super::Scenario;

/// The built-in scenarios' texts, in the manual's order of types.
pub const TEXTS: &[&str] = &[
    include_str!("builtin/3-1.txt"),
    include_str!("builtin/3-2.txt"),
    include_str!("builtin/3-3.txt"),
    include_str!("builtin/3-4.txt"),
    include_str!("builtin/3-5.txt"),
    include_str!("builtin/3-6.txt"),
];

/// The built-in scenarios, read. (A built-in one that does not read is a test failure,
/// `tests/drill.rs`; here it is left out rather than stopping the app.)
pub fn all() -> Vec<(&'static str, Scenario)> {
    TEXTS
        .iter()
        .filter_map(|text| Scenario::parse(text).ok().map(|s| (*text, s)))
        .collect()
}
