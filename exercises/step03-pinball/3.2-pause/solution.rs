//! Exercise 3.2: a pause of several turns.
//!
//! A future's `poll` is one resume of whoever awaits it: returning `Pending` suspends the
//! whole coroutine, returning `Ready` lets it go on past the `.await`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Suspends the coroutine that awaits it a given number of times, then lets it go on.
///
/// Like `SuspendAlways`, it yields and waits for nothing: each of its polls is one of the
/// caller's turns, so it may count them, whoever makes them. Before each `Pending` it
/// wakes the waker of that poll, since no event will come to do it.
#[derive(Debug)]
pub struct Pause {
    /// Suspensions still to come.
    left: u32,
}

impl Pause {
    /// A pause of `turns` suspensions; `turns(0)` does not suspend at all.
    pub const fn turns(turns: u32) -> Self {
        Self { left: turns }
    }
}

impl Future for Pause {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.left == 0 {
            return Poll::Ready(());
        }
        // `Pause` is `Unpin` (a plain `u32`), so the pin lets us change it in place.
        self.left -= 1;
        // Worth polling again at once: say so, as `SuspendAlways` does.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
