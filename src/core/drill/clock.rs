//! The drill's clock (issue 26): a drill may run faster than real time, so that a one-day exercise
//! fits an hour. The legal clock, the injects and the debrief all read drill time.

use crate::core::time::Timestamp;

/// Real time to drill time: the drill starts at `started_at` (both clocks agree there) and then
/// runs `speed` times faster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrillClock {
    /// When the drill began (real time, and drill time).
    pub started_at: Timestamp,
    /// Drill seconds per real second, at least 1.
    pub speed: u32,
}

impl DrillClock {
    /// The drill time at real time `real` (before the start: the start).
    pub fn drill_time(self, real: Timestamp) -> Timestamp {
        let elapsed = (real.0 - self.started_at.0).max(0);
        Timestamp(
            self.started_at
                .0
                .saturating_add(elapsed.saturating_mul(i64::from(self.speed))),
        )
    }

    /// Minutes of drill time since the start, at real time `real`.
    pub fn drill_minutes(self, real: Timestamp) -> i64 {
        (self.drill_time(real).0 - self.started_at.0) / 60_000
    }

    /// The real time at which `minutes` of drill time will have passed.
    pub fn real_time_at(self, minutes: u32) -> Timestamp {
        let drill_ms = i64::from(minutes) * 60_000;
        let speed = i64::from(self.speed.max(1));
        Timestamp(self.started_at.0 + (drill_ms + speed - 1) / speed)
    }
}
