//! Step 6: a coroutine that calls another coroutine.
//!
//! The one new idea: a suspension of the inner coroutine can be a suspension of the
//! outer one, and the way it gets there has a cost that grows with the depth of the
//! chain. The C++ counterparts are the talk's explicit loop (`cpp/explicit_loop.cpp`) and
//! its awaitable coroutine whose `resume()` walks the `mSub` handles down to the innermost
//! unfinished coroutine (`cpp/awaitable.cpp`).
//!
//! Four ways for the outer to call the inner, one module each:
//!
//! - [`forgot`]: the call without `.await`, which makes the inner and drops it unrun;
//! - [`explicit_loop`]: the outer resumes the inner generator in a loop and yields on
//!   what it yields;
//! - [`awaited`]: `.await` on the inner; the caller's return object is step 3's
//!   `Pinball`;
//! - [`stack`]: the same calls through a return object that keeps every level on a
//!   stack and resumes only the innermost.
//!
//! [`polls`] counts the polls a resume costs in the last two; [`level`] names the
//! coroutines of a chain; [`caller`] is the talk's `main()`.
//!
//! Not here: waking the awaiting coroutine when the inner finishes, and symmetric
//! transfer (step 7).
//!
//! An `async fn` cannot await a call of itself: its future would contain itself. That is
//! why [`awaited::coroutine`] boxes each level:
//! ```compile_fail,E0733
#![doc = include_str!("../compile_fail/await_itself.rs")]
//! ```

pub mod awaited;
pub mod caller;
pub mod explicit_loop;
pub mod forgot;
pub mod level;
pub mod polls;
pub mod stack;

pub use caller::{Mode, drive, run};
pub use level::Level;
pub use polls::PollCount;
pub use stack::CallStack;
