//! Records set aside (damaged, or from a newer version of the tool): listed at every start
//! until the user discards them (issue 24), never only at the first start after the damage.

use super::AppState;

impl AppState {
    /// Marks the records under `keys` (raw keys) as downloaded; they stay listed.
    pub(super) fn set_aside_downloaded(&mut self, keys: &[String]) {
        for record in &mut self.quarantined {
            if keys.iter().any(|k| k == record.raw_key()) {
                record.downloaded = true;
            }
        }
    }

    /// Storage no longer holds the record under `key` (its raw key): it leaves the list, and a
    /// question about discarding it is answered.
    pub(super) fn set_aside_discarded(&mut self, key: &str) {
        self.quarantined.retain(|q| q.raw_key() != key);
        if self.discard_asked.as_deref() == Some(key) {
            self.discard_asked = None;
        }
    }
}
