//! Step 3: `co_await`. A pinball game in which the coroutine yields nothing and returns
//! nothing: it plays a turn, suspends, and after the last turn it loses.
//!
//! The one new idea: Rust's own stackless coroutine, `async`/`.await`. The C++
//! counterpart is a coroutine whose body says `co_await std::suspend_always{}`, in
//! `cpp/pinball.cpp`. How the two map:
//!
//! - the coroutine: [`pinball()`], an `async fn`; calling it runs nothing, it returns
//!   the frame as a value (a future);
//! - `resume()`: `Future::poll`, wrapped in [`Pinball::play`]; `Poll::Pending` is
//!   "suspended", `Poll::Ready` is `done()`;
//! - the heap frame: `Pin<Box<dyn Future>>`, owned by the return object [`Pinball`]
//!   (the C++ class owns it through a `coroutine_handle`, which owns nothing itself);
//!   `destroy()` is `Drop`. In Rust the heap is a choice: [`frame::play_game_on_the_stack`]
//!   pins the same frame on the stack;
//! - `std::suspend_always` / `std::suspend_never`: [`SuspendAlways`] and
//!   [`suspend_never`] (`std::future::ready(())`);
//! - why `Pin`: a frame can point into itself ([`frame::keep_score`]); the size of the
//!   frame: [`frame::frame_size`].
//!
//! For contrast, [`rc_gen`] plays the same game on genawaiter's `rc::Gen`, which adds a
//! resume API and a value channel, and pays for them with an `Rc`'d airlock and a boxed
//! body.
//!
//! Not here: executors and wakers that matter (step 7); a value handed back in (step 5).
//!
//! A future that is not pinned cannot be polled, because an async body is not `Unpin`:
//! ```compile_fail,E0277
#![doc = include_str!("../compile_fail/poll_unpinned.rs")]
//! ```

pub mod frame;
pub mod game;
pub mod pinball;
pub mod rc_gen;
pub mod suspend;
pub mod waker;

pub use game::{DEFAULT_TURNS, MAX_TURNS, play_game};
pub use pinball::{Console, Pinball, pinball};
pub use suspend::{SuspendAlways, suspend_never};
