//! Step 7: continuations. When a task finishes, the task that awaits it goes on: it is the
//! finished task's *continuation*.
//!
//! C++20 spells this with a promise that remembers the awaiting coroutine's handle and a
//! `final_suspend` whose awaiter hands control to it: by putting it on a run queue (as
//! `cpp/continuation.cpp` does, to print what this crate prints), or by returning the
//! handle from `await_suspend`, so that the awaiting coroutine resumes without a nested
//! call (symmetric transfer, `cpp/stack_depth.cpp`). Rust spells it with a `Waker`: the
//! awaiting task leaves its waker with the task it awaits, and the finished task calls
//! `wake()`.
//!
//! - [`executor`]: a single-threaded executor of our own, `spawn` returning an awaitable
//!   [`JoinHandle`] ([`join`]). Its insides, private: the tasks it owns (`task`), and the
//!   table, run queue and wakers built with `std::task::Wake` (`scheduler`), which wake as
//!   a [`WakeMode`] says ([`wake_mode`]).
//! - [`demo`]: `outer` awaits `inner`; the [`transcript`] says which task runs at each step.
//! - [`stack`]: symmetric transfer shown honestly: which ways of going on grow the stack.
//! - [`overflow`]: the growing case run in a child process, so that its overflow can be
//!   observed.
//! - [`echo`]: the talk's teaser, a boost::asio echo server, on tokio, and [`log`], the
//!   bounded, non-blocking path its diagnostics take to standard error.
//! - [`sync`]: the one way every module here locks a mutex.
//! - `running`: which task is being polled, the actor of the `--trace` events.
//!
//! Files import one way: `executor` → `scheduler` → `task`; `demo` and `stack` →
//! `executor`; everything that locks → `sync`; everything that traces → `running`.
//!
//! Not here: a production executor (no timers, no I/O, one thread); tokio is that.
//!
//! C++ counterparts: `cpp/continuation.cpp` (the transcript) and `cpp/stack_depth.cpp`
//! (`await_suspend` resuming the child inside, versus returning its handle).

pub mod demo;
pub mod echo;
pub mod executor;
pub mod join;
pub mod log;
pub mod overflow;
mod running;
mod scheduler;
pub mod stack;
pub mod sync;
mod task;
pub mod transcript;
pub mod wake_mode;

pub use demo::continuation_demo;
pub use executor::{Executor, Spawner};
pub use join::JoinHandle;
pub use transcript::Transcript;
pub use wake_mode::WakeMode;
