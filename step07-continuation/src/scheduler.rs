//! The executor's insides: the table of tasks, the run queue, and the wakers that put a
//! task back on it, or poll it at once, as the executor's [`WakeMode`] says.
//!
//! The executor, its spawners and every task's waker hold this one scheduler (the wakers
//! only weakly), so it lives in a file of its own that none of them needs to import back.
//!
//! `--trace`: `cpp/continuation.cpp` prints the same events at the same points, and the
//! parity test compares the two traces byte for byte:
//!
//! - `executor resume X` (here, `poll_task`): one step, X runs. C++: `run()`, from the
//!   queue. A `Direct` waker polls inside the waking task's poll: `inner resume outer`,
//!   nested (C++ has no such mode).
//! - `A create X` (`spawn`): C++ `spawn()`.
//! - `executor queue X` (`schedule`): X goes to the back of the run queue, from `spawn` and
//!   from a waker (a `Direct` one only when its task is running: it woke itself). C++:
//!   `schedule()`, from `spawn()`, `YieldTurn` and the final awaiter.
//! - `X await Y`, `X transfer Y`, `X return`: the task's handle and completion (`join`);
//!   `X suspend`: `YieldTurn` (`demo`).
//! - No `destroy`: C++ frees a frame with its `Task` object, we with the task, at another
//!   time, so the two traces could not agree on it.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::task::{Context, Wake, Waker};

use coro_cli::trace;

use crate::join::{JoinHandle, join_pair};
use crate::running;
use crate::sync::lock;
use crate::task::{Task, TaskId};
use crate::transcript::Transcript;
use crate::wake_mode::WakeMode;

// ANCHOR: scheduler
/// What the executor, its spawners and its wakers share.
pub(crate) struct Scheduler {
    mode: WakeMode,
    /// Tasks that are neither finished nor being polled right now.
    tasks: Mutex<HashMap<TaskId, Task>>,
    /// Ids of tasks that asked to be polled, oldest first.
    queue: Mutex<VecDeque<TaskId>>,
    next_id: AtomicU64,
    steps: AtomicUsize,
    transcript: Option<Transcript>,
}
// ANCHOR_END: scheduler

// ANCHOR: waker
/// The waker of one task. It holds the id, not the task: the executor owns every task,
/// and a waker that outlives the executor finds nothing to wake.
struct TaskWaker {
    id: TaskId,
    /// For the trace's `executor queue X`: a task that wakes itself is out of the table.
    name: &'static str,
    scheduler: Weak<Scheduler>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let Some(scheduler) = self.scheduler.upgrade() else {
            return; // the executor is gone, and the task with it
        };
        match scheduler.mode {
            WakeMode::Queue => scheduler.schedule(self.id, self.name),
            // A task that is being polled right now is not in the table: queue it, so
            // that this wake is not lost. A future is never polled by two callers at
            // once.
            WakeMode::Direct => {
                if !scheduler.poll_task(self.id) {
                    scheduler.schedule(self.id, self.name);
                }
            }
        }
    }
}
// ANCHOR_END: waker

impl Scheduler {
    pub(crate) fn new(mode: WakeMode, transcript: Option<Transcript>) -> Self {
        Self {
            mode,
            tasks: Mutex::default(),
            queue: Mutex::default(),
            next_id: AtomicU64::new(1),
            steps: AtomicUsize::new(0),
            transcript,
        }
    }

    /// Tasks neither finished nor running.
    pub(crate) fn pending(&self) -> usize {
        lock(&self.tasks).len()
    }

    /// Polls made so far.
    pub(crate) fn steps(&self) -> usize {
        self.steps.load(Ordering::Relaxed)
    }
}

// ANCHOR: poll_task
impl Scheduler {
    /// The oldest queued task id. The queue is unlocked again when this returns: held
    /// while the task runs, a task that wakes another would wait for the lock forever.
    pub(crate) fn next_queued(&self) -> Option<TaskId> {
        lock(&self.queue).pop_front()
    }

    pub(crate) fn schedule(&self, id: TaskId, name: &str) {
        lock(&self.queue).push_back(id);
        trace!("executor queue {name}");
    }

    /// Polls one task once; `false` if it is not in the table (finished, or running).
    pub(crate) fn poll_task(&self, id: TaskId) -> bool {
        // Out of the table while it runs, and no lock held: the task may spawn or wake.
        let Some(mut task) = lock(&self.tasks).remove(&id) else {
            return false;
        };
        let step = self.steps.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(transcript) = &self.transcript {
            transcript.say(format!("step {step}: run {}", task.name));
        }
        trace!("{} resume {}", running::name_or("executor"), task.name);
        let _running = running::enter(task.name);
        let mut cx = Context::from_waker(&task.waker);
        if task.future.as_mut().poll(&mut cx).is_pending() {
            lock(&self.tasks).insert(id, task);
        }
        // Ready: `task` is dropped here, and its frame with it.
        true
    }
}
// ANCHOR_END: poll_task

// ANCHOR: spawn
impl Scheduler {
    pub(crate) fn spawn<F>(
        self: &Arc<Self>,
        name: &'static str,
        future: F,
    ) -> JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        trace!("{} create {name}", running::name_or("caller"));
        let (handle, completion) = join_pair(name, self.transcript.clone());
        let task = async move {
            let output = future.await;
            // C++'s final_suspend: store the result, resume whoever awaits it.
            completion.complete(output);
        };
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let scheduler = Arc::downgrade(self);
        let waker = Waker::from(Arc::new(TaskWaker {
            id,
            name,
            scheduler,
        }));
        let future = Box::pin(task);
        lock(&self.tasks).insert(
            id,
            Task {
                name,
                future,
                waker,
            },
        );
        // Lazy start, like a C++ task whose initial_suspend is suspend_always: the first
        // poll comes from the run queue, never from inside `spawn`.
        self.schedule(id, name);
        handle
    }
}
// ANCHOR_END: spawn
