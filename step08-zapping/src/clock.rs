//! The radio's clock: minutes of a show, on tokio's paused clock.
//!
//! The runtime starts with its clock paused: time stands still while any task can run,
//! and when every task waits on a timer it jumps straight to the earliest one. A show of
//! an hour takes a millisecond, and two runs never differ. `cpp/zapping.cpp` keeps the
//! same clock by hand: a list of timers, the earliest resumed first.

use std::time::Duration;
use tokio::time::Instant;

/// One minute of a show. Real minutes: the paused clock makes them free.
pub const MINUTE: Duration = Duration::from_secs(60);

/// A single-threaded runtime with a paused clock, on which every show runs.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a current-thread runtime needs no resources that can run out")
}

/// When a show started, and what its clock says now.
#[derive(Debug, Clone, Copy)]
pub struct ShowClock {
    start: Instant,
}

impl ShowClock {
    /// A clock that reads 0:00 now. Call it inside the runtime.
    pub fn start() -> Self {
        Self {
            start: Instant::now(),
        }
    }

    /// The instant `minutes` after the start.
    pub fn at(&self, minutes: u64) -> Instant {
        self.start + MINUTE * u32::try_from(minutes).unwrap_or(u32::MAX)
    }

    /// Whole minutes since the start.
    pub fn minutes(&self) -> u64 {
        (Instant::now() - self.start).as_secs() / 60
    }

    /// The time as a radio says it: `0:05`, `1:00`.
    pub fn stamp(&self) -> String {
        let minutes = self.minutes();
        format!("{}:{:02}", minutes / 60, minutes % 60)
    }
}
