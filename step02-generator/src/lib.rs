//! Step 2: `co_yield`. The radio station becomes a coroutine that hands out one song,
//! stops, and goes on from the same place when asked for the next.
//!
//! Two sides, as in the talk:
//! - the user's side, [`radio::RadioStation`]: `radio_station(style, songs)` returns
//!   this return object, with `next_song()` and `value()`. It is built on genawaiter's
//!   `rc::Gen`, whose `co.yield_(song).await` is C++'s `co_yield song`.
//! - the compiler's side, [`machine::RadioStateMachine`]: the same radio written as the
//!   enum of resume points that a compiler turns the coroutine into.
//!
//! Also here: lazy versus eager start ([`radio::RadioStation::eager`]) and C++23's
//! `std::generator` example, an endless run of letters ([`letters`]).
//!
//! C++ counterparts: `cpp/radio_station.cpp` (promise_type, coroutine_handle, initial and
//! final suspend by hand) and `cpp/letters.cpp`.

pub mod letters;
pub mod machine;
pub mod radio;

pub use radio::{RadioStation, radio_station};
pub use step01_function::{Song, Style};
