//! A task: what the executor keeps of a spawned future between two polls.

use std::pin::Pin;
use std::task::Waker;

/// How the scheduler's table, its run queue and a task's waker name a task.
pub(crate) type TaskId = u64;

// ANCHOR: task
/// A spawned future and what it needs to be polled: its frame, in C++ terms.
pub(crate) struct Task {
    /// For the transcript: which task runs at each step.
    pub(crate) name: &'static str,
    /// The spawned future, wrapped so that its end hands the output over (see `spawn`).
    /// `Send` because the waker that may poll it (in `Direct` mode) must be
    /// `Send + Sync`.
    pub(crate) future: Pin<Box<dyn Future<Output = ()> + Send>>,
    /// Made once at spawn: every poll of this task gets the same waker.
    pub(crate) waker: Waker,
}
// ANCHOR_END: task
