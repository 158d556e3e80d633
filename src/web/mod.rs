//! The browser edge: the only code that touches browser APIs, one module per concern.

pub mod clock;
pub mod dom;
pub mod files;
pub mod locks;
pub mod storage;
