//! Step 8: many coroutines in one task. A listener zaps between two radio stations, and
//! meets what async Rust does all day: two futures polled by one (`join!`, a select),
//! the loser of a select dropped mid-way (cancellation, and what it costs a future that
//! is not cancel-safe), futures that may not move to another thread (`Send`), and a
//! coroutine that hands out values as they come (a `Stream`).
//!
//! - [`clock`]: the shows' minutes, on tokio's paused clock;
//! - [`station`]: a station whose songs come some minutes apart, waited for two ways;
//! - [`select`]: a two-branch select written by hand: one `poll` polling two;
//! - [`shows`]: zap, join, select, timeout, stream: what the binary plays;
//! - [`stream`]: a station as a `futures::Stream`;
//! - [`send`]: stations on other threads, and the `Rc` that keeps one from going.
//!
//! C++ counterpart: `cpp/zapping.cpp`, a `when_any` over two C++20 coroutines on a clock
//! of its own; the loser's `destroy()` is C++'s cancellation.

pub mod clock;
pub mod select;
pub mod send;
pub mod shows;
pub mod station;
pub mod stream;

pub use select::{Either, Race, race};
pub use shows::play;
pub use station::Station;
