//! Step 5: a custom awaiter. The listener scores each song, and the coroutine receives
//! the score as the value of the stop at which it handed the song out.
//!
//! The one new idea: what the body waits on when it stops can hand it a value when it
//! goes on. In C++ that object is an awaiter, three methods (`await_ready`,
//! `await_suspend`, `await_resume`) that the compiler calls around the suspension; its
//! `await_resume` returns the value of the `co_await` (here of the `co_yield`). In Rust
//! it is a [`Future`], and the three methods are the steps of its `poll`.
//!
//! Two radios with the same output, both driven through [`ScoredRadio`]:
//! - [`RadioStation`], with the hand-made awaiter [`AwaitScore`] that reads the score
//!   from a [`Promise`] shared with the return object, as the talk's awaiter reads it from the
//!   `promise_type`; the body reaches it through a [`Listener`], whose [`OnAir`] is made
//!   awaitable by `IntoFuture`, Rust's `operator co_await`;
//! - [`generator::GenRadioStation`], on genawaiter's `rc::Gen`, resumed with
//!   `resume_with(score)`.
//!
//! Also here: [`suspend`], what C++'s `await_suspend` may return and what each answer is
//! in Rust; and `--interactive`, a listener who types the scores ([`interactive`]).
//!
//! C++ counterparts: `cpp/awaiter.cpp` with `cpp/radio_station.hpp` (the awaiter, the
//! promise with its score, `score()`), and `cpp/awaitables.cpp` (`await_suspend`
//! returning void, bool or a handle, and `operator co_await`).

pub mod awaiter;
pub mod generator;
pub mod listen;
pub mod promise;
pub mod score;
pub mod station;
pub mod suspend;

// Beside the lesson: the binary's `--interactive` (typed scores, read safely).
pub mod interactive;

pub use awaiter::{AwaitScore, Listener, OnAir};
pub use interactive::{Tally, play_interactively};
pub use listen::{ScoredRadio, listen, play};
pub use promise::Promise;
pub use score::{NotAScore, Score};
pub use station::{Console, RadioStation, announce, broadcast, radio_station};
pub use step01_function::{Song, Style};
pub use suspend::AskScore;
