//! The only place that reads the clock and makes ids, so the core stays pure.

use crate::core::time::Timestamp;

/// Now.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// A new incident id: the time in base 36 and five random base-36 digits ("mhx3k2a-4f0zq").
/// Unique enough for one person's drafts; the reducer refuses a duplicate anyway.
pub fn new_id() -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let base36 = |mut n: u64, min_len: usize| {
        let mut out = Vec::new();
        while n > 0 || out.len() < min_len {
            out.push(DIGITS[(n % 36) as usize]);
            n /= 36;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    };
    let random = (js_sys::Math::random() * 36f64.powi(5)) as u64;
    format!("{}-{}", base36(now().0.max(0) as u64, 1), base36(random, 5))
}
