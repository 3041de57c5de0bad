//! A single-threaded executor small enough to read in one sitting: a table of tasks, a run
//! queue of task ids, and one waker per task built with `std::task::Wake`.
//!
//! C++ has no executor in the language either; a C++ program that resumes coroutines from a
//! loop over a `std::deque<std::coroutine_handle<>>` has written one. This is the Rust
//! version of that loop, plus the one thing C++ handles do not need: a `Waker`, the value a
//! future keeps to say "poll me again".
//!
//! This file is the executor's face, what a program holds: [`Executor`] and [`Spawner`].
//! What they share with the wakers (the table, the queue, the polling) is the scheduler's.

use std::sync::{Arc, Weak};

use crate::join::JoinHandle;
use crate::scheduler::Scheduler;
use crate::transcript::Transcript;
use crate::wake_mode::WakeMode;

// ANCHOR: spawner
/// The executor: owns every task it was given until the task finishes.
///
/// Dropping it drops every unfinished task, wherever it stopped: the `destroy()` of all
/// their frames at once.
pub struct Executor {
    scheduler: Arc<Scheduler>,
}

/// Spawns tasks onto an executor from inside another task (it only holds a weak
/// reference, so a task that keeps one does not keep its executor alive).
#[derive(Clone)]
pub struct Spawner {
    scheduler: Weak<Scheduler>,
}
// ANCHOR_END: spawner

impl Executor {
    /// An executor whose wakers behave as `mode` says.
    pub fn new(mode: WakeMode) -> Self {
        Self::build(mode, None)
    }

    /// An executor that writes a line to `transcript` before each poll.
    pub fn with_transcript(mode: WakeMode, transcript: Transcript) -> Self {
        Self::build(mode, Some(transcript))
    }

    fn build(mode: WakeMode, transcript: Option<Transcript>) -> Self {
        let scheduler = Scheduler::new(mode, transcript);
        Self {
            scheduler: Arc::new(scheduler),
        }
    }

    /// Hands `future` to the executor under `name`; it starts at the next [`run`](Self::run).
    pub fn spawn<F>(&self, name: &'static str, future: F) -> JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        self.scheduler.spawn(name, future)
    }

    /// A handle for spawning from inside a task.
    pub fn spawner(&self) -> Spawner {
        Spawner {
            scheduler: Arc::downgrade(&self.scheduler),
        }
    }

    /// How many polls so far, those made inside `wake()` included.
    pub fn steps(&self) -> usize {
        self.scheduler.steps()
    }

    /// Tasks spawned and not finished yet.
    pub fn pending(&self) -> usize {
        self.scheduler.pending()
    }

    // ANCHOR: run
    /// Polls queued tasks, oldest first, until the queue is empty. Tasks still waiting
    /// for something stay in the table.
    pub fn run(&self) {
        while let Some(id) = self.scheduler.next_queued() {
            self.scheduler.poll_task(id);
        }
    }
    // ANCHOR_END: run
}

impl Spawner {
    /// [`Executor::spawn`], from inside a task.
    ///
    /// # Panics
    ///
    /// If the executor has been dropped. A task never sees that while it runs, since only
    /// its executor runs it; a spawner kept outside every task, or used by a task's
    /// destructor while the executor drops its tasks, can.
    pub fn spawn<F>(&self, name: &'static str, future: F) -> JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let scheduler = self
            .scheduler
            .upgrade()
            .expect("spawn after the executor was dropped");
        scheduler.spawn(name, future)
    }
}
