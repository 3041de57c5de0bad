//! A waker of our own, to watch what a future does with the waker it is given: the
//! tests of this step and of the later ones use it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Wake, Waker};

// ANCHOR: counting_waker
/// A waker that counts its wakes. Any `Arc` of a type that implements `std::task::Wake`
/// becomes a `Waker`: what waking does is up to whoever made it.
#[derive(Debug, Default)]
pub struct CountingWaker(AtomicU32);

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// A counting waker, and the `Waker` made of it.
pub fn counting_waker() -> (Arc<CountingWaker>, Waker) {
    let counter = Arc::new(CountingWaker::default());
    (Arc::clone(&counter), Waker::from(counter))
}

/// How many times `counter` was woken.
pub fn wakes(counter: &CountingWaker) -> u32 {
    counter.0.load(Ordering::Relaxed)
}
// ANCHOR_END: counting_waker
