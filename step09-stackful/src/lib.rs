//! Step 9: a coroutine with a stack of its own. Past the talk, which chose stackless
//! coroutines in its first slide: here is the other kind, measured beside them.
//!
//! A stackless coroutine (C++20's, Rust's `async` and generators) keeps only its own
//! locals in a frame, and can suspend only in its own body: calling a coroutine from a
//! coroutine needs a loop or an awaitable chain (step 6). A stackful one runs on a stack
//! of its own, so any plain function it calls, however deep, can suspend it, and a resume
//! switches stacks at once. The price: a whole stack per coroutine.
//!
//! - [`radio`]: step 2's radio on a corosensei coroutine, the same show;
//! - [`nested`]: step 6's program with the inner as a plain function, to any depth.
//!
//! C++ counterpart: `cpp/stackful.cpp`, the same two on POSIX `ucontext`.

pub mod nested;
pub mod price;
pub mod radio;

pub use radio::{RadioStation, radio_station};
