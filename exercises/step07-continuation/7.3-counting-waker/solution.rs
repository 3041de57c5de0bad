//! Exercise 7.3: a waker that counts.
//!
//! A waker of our own, built with `std::task::Wake`, slipped between a future and the
//! task that polls it: it counts each wake, then passes it on to the task's own waker.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};

/// How many times the waker of a counted future was called. Clones share the count.
#[derive(Debug, Clone, Default)]
pub struct WakeCount(Arc<AtomicUsize>);

impl WakeCount {
    /// The wakes so far.
    pub fn get(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

/// The waker a counted future is polled with. Any thread may call a waker, hence the
/// atomic count.
struct CountingWaker {
    count: WakeCount,
    /// The waker of the task that polled the counted future: the one to pass wakes on to.
    task: Waker,
}

impl Wake for CountingWaker {
    /// Counts the wake, then wakes the task. (`wake_by_ref`, which `YieldTurn` calls, is
    /// provided: it clones the `Arc` and calls this.)
    fn wake(self: Arc<Self>) {
        self.count.0.fetch_add(1, Ordering::SeqCst);
        self.task.wake_by_ref();
    }
}

/// A future polled with a counting waker, and otherwise the same: ready exactly when the
/// inner future is, however often it is polled, and the inner future always gets a waker
/// around the latest poll's.
pub struct Counted<F> {
    /// Boxed, so that `Counted` can be moved even after it was polled: pinning it is not
    /// our business.
    future: Pin<Box<F>>,
    count: WakeCount,
}

/// `future`, counted, and the count to read.
pub fn counted<F: Future>(future: F) -> (Counted<F>, WakeCount) {
    let count = WakeCount::default();
    let counted = Counted {
        future: Box::pin(future),
        count: count.clone(),
    };
    (counted, count)
}

impl<F: Future> Future for Counted<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        // `Counted` is `Unpin` (a box and a count): a plain `&mut` to it is fine.
        let this = self.get_mut();
        // A new waker at each poll: the task's waker may not be the same as last time.
        let waker = Waker::from(Arc::new(CountingWaker {
            count: this.count.clone(),
            task: cx.waker().clone(),
        }));
        this.future.as_mut().poll(&mut Context::from_waker(&waker))
    }
}
