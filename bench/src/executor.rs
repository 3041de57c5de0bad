//! Step 7's executor: the coroutine is a spawned task, and each resume is a wake that puts
//! it on the run queue and a turn of the executor's loop that takes it off and polls it.
//!
//! The caller stands outside the executor, as `main` does in step 7: it runs the executor
//! until the task stops, reads the number, wakes the task, runs the executor again. A task
//! must be `Send`, so the number and the task's waker are kept in thread-safe cells.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll, Waker};
use step07_continuation::{Executor, WakeMode};

/// Where the task leaves a number and the caller finds it.
#[derive(Default)]
pub struct Mailbox {
    number: AtomicU64,
    /// A number is waiting to be read.
    full: AtomicBool,
    /// The task's waker, kept from its first suspension: the same every time.
    task: OnceLock<Waker>,
}

// ANCHOR: offer
/// `co_yield number` for a task: leave it in the mailbox and suspend once.
struct Offer<'a> {
    mailbox: &'a Mailbox,
    number: u64,
    offered: bool,
}

impl Future for Offer<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.offered {
            return Poll::Ready(());
        }
        self.offered = true;
        self.mailbox.number.store(self.number, Ordering::Relaxed);
        self.mailbox.full.store(true, Ordering::Release);
        self.mailbox.task.get_or_init(|| cx.waker().clone());
        Poll::Pending
    }
}

async fn numbers(n: u64, mailbox: Arc<Mailbox>) {
    for number in 0..n {
        Offer {
            mailbox: &mailbox,
            number,
            offered: false,
        }
        .await;
    }
}
// ANCHOR_END: offer

// ANCHOR: sum
/// The caller: one `run()` per number, and one `wake()` to ask for the next.
pub fn sum(n: u64) -> u64 {
    let executor = Executor::new(WakeMode::Queue);
    let mailbox = Arc::new(Mailbox::default());
    let _task = executor.spawn("numbers", numbers(n, Arc::clone(&mailbox)));
    let mut total = 0;
    loop {
        executor.run();
        if !mailbox.full.swap(false, Ordering::Acquire) {
            return total; // the task ran to its end: nothing was offered
        }
        total += mailbox.number.load(Ordering::Relaxed);
        if let Some(task) = mailbox.task.get() {
            task.wake_by_ref(); // onto the run queue: the next `run()` polls it
        }
    }
}
// ANCHOR_END: sum

/// The task's body, before `spawn` wraps it (and boxes it with its completion).
pub fn frame_bytes() -> usize {
    size_of_val(&numbers(0, Arc::default()))
}
