//! Step 7's executor: the coroutine is a spawned task, and each resume is a wake that puts
//! it on the run queue and a turn of the executor's loop that takes it off and polls it.
//!
//! The caller stands outside the executor, as `main` does in step 7: it runs the executor
//! until the task stops, takes the number (which wakes the task), runs the executor again.
//! A task must be `Send`, so the number and the task's waker are kept in thread-safe cells.

use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use step07_continuation::sync::lock;
use step07_continuation::{Executor, WakeMode};

/// Where the task leaves a number and the caller finds it.
#[derive(Default)]
pub struct Mailbox {
    number: AtomicU64,
    /// A number is waiting to be read.
    full: AtomicBool,
    /// The waker of the task's latest poll that found the number still there.
    task: Mutex<Option<Waker>>,
}

// ANCHOR: offer
/// `co_yield number` for a task: leave it in the mailbox, and go on once the caller has
/// taken it. That is a state, so the offer is `Pending` however often it is polled
/// before.
struct Offer<'a> {
    mailbox: &'a Mailbox,
    number: u64,
    /// The number is in the mailbox: this offer's own step, not a count of polls.
    offered: bool,
}

impl Future for Offer<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mailbox = self.mailbox;
        if !self.offered {
            mailbox.number.store(self.number, Ordering::Relaxed);
            mailbox.full.store(true, Ordering::Release);
            self.offered = true;
        }
        let taken = || !mailbox.full.load(Ordering::Acquire);
        if taken() {
            return Poll::Ready(());
        }
        // Keep the latest waker (no clone if it wakes the same task), then look again: a
        // caller on another thread may have taken the number before the waker was there.
        match &mut *lock(&mailbox.task) {
            Some(kept) => kept.clone_from(cx.waker()),
            none => *none = Some(cx.waker().clone()),
        }
        if taken() {
            return Poll::Ready(());
        }
        Poll::Pending
    }
}

/// The task: one offer per number (also the task of the other executors' rows).
pub(crate) async fn numbers(n: u64, mailbox: Arc<Mailbox>) {
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
impl Mailbox {
    /// The caller's side: takes the number, if one is waiting, and wakes the task that
    /// left it (outside the lock: a `Direct` waker would poll the task inside `wake`).
    pub fn take(&self) -> Option<u64> {
        if !self.full.load(Ordering::Acquire) {
            return None;
        }
        let number = self.number.load(Ordering::Relaxed);
        self.full.store(false, Ordering::Release);
        let task = lock(&self.task).take();
        if let Some(task) = task {
            task.wake();
        }
        Some(number)
    }
}

/// The caller: one `run()` per number, and one `wake()` (in `take`) to ask for the next.
pub fn sum(n: u64) -> u64 {
    let executor = Executor::new(WakeMode::Queue);
    let mailbox = Arc::new(Mailbox::default());
    let _task = executor.spawn("numbers", numbers(n, Arc::clone(&mailbox)));
    let mut total = 0;
    loop {
        executor.run();
        // Nothing waiting: the task ran to its end. Taking the number wakes the task onto
        // the run queue, and the next `run()` polls it.
        let Some(number) = mailbox.take() else {
            return total;
        };
        total += number;
    }
}
// ANCHOR_END: sum

/// The task's body, before `spawn` wraps it (and boxes it with its completion).
pub fn frame_bytes() -> usize {
    size_of_val(&numbers(0, Arc::default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::pin;
    use step03_pinball::waker::{counting_waker, wakes};

    #[test]
    fn an_offer_polled_again_and_again_waits_until_its_number_is_taken() {
        let mailbox = Mailbox::default();
        let mut offer = pin!(Offer {
            mailbox: &mailbox,
            number: 7,
            offered: false,
        });
        let (first, first_waker) = counting_waker();
        let (second, second_waker) = counting_waker();
        let mut cx = Context::from_waker(&first_waker);
        assert_eq!(offer.as_mut().poll(&mut cx), Poll::Pending);
        // Spurious polls, from another waker: the number is still in the mailbox.
        let mut cx = Context::from_waker(&second_waker);
        assert_eq!(offer.as_mut().poll(&mut cx), Poll::Pending);
        assert_eq!(offer.as_mut().poll(&mut cx), Poll::Pending);
        assert_eq!((wakes(&first), wakes(&second)), (0, 0));
        assert_eq!(mailbox.take(), Some(7));
        assert_eq!((wakes(&first), wakes(&second)), (0, 1), "the latest, once");
        assert_eq!(mailbox.take(), None, "a number is taken once");
        assert_eq!(offer.as_mut().poll(&mut cx), Poll::Ready(()));
    }
}
