//! What a suspension costs: one workload written in every way the steps show a coroutine.
//!
//! The workload: a coroutine hands out the numbers `0..n`, one per resume, and the caller
//! adds them up. The sum is printed, so the compiler must produce it; whether it produces
//! it by running the coroutine is another matter, which is the point of some variants.
//!
//! Each variant is a [`Variant`] in [`VARIANTS`]: a name, a `sum(n)`, the size of its
//! frame and its C++ counterpart. `cargo xtask bench` times them with divan
//! (`benches/resume.rs`), counts their instructions under callgrind through the
//! `coro-bench` binary, and sets both beside their counterpart: the C++ generator in
//! `cpp/generator_sum.cpp`, or for the `select` variant (step 8's `race` of two ready
//! stations, once per number) the `when_any` in `cpp/when_any_sum.cpp`. The stackful rows
//! (step 9's corosensei) are timed against the generator too, as is their C++ counterpart,
//! the same station on POSIX `ucontext` in `cpp/ucontext_sum.cpp`; their frame is their
//! stack, and what of it they touch is measured beside it.
//!
//! Where a step's own type fits the workload it is used as is: step 3's [`Pinball`]
//! handle, step 6's [`CallStack`] and [`PollCount`], step 7's [`Executor`]. Step 2's radio
//! yields songs, not numbers, so its generator and state machine are rewritten here in the
//! same shape around a number.
//!
//! Not a test of the steps: their own tests do that. Nothing here is tuned to win.
//!
//! [`Pinball`]: step03_pinball::Pinball
//! [`CallStack`]: step06_nested::CallStack
//! [`PollCount`]: step06_nested::PollCount
//! [`Executor`]: step07_continuation::Executor

// The 64-level chain of `plain` is a future 65 types deep, and its layout a query as deep.
#![recursion_limit = "256"]

pub mod executor;
pub mod generator;
pub mod machine;
pub mod nested;
pub mod pinball;
pub mod plain;
pub mod runtimes;
pub mod select;
pub mod stackful;
mod variants;

pub use variants::{GENERATOR, MSUB, SYMMETRIC, VARIANTS, Variant, WHEN_ANY, variant};
