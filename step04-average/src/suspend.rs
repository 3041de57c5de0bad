//! `co_await std::suspend_always{}` for an `async fn`: a future that stops once.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: suspend
/// Stops the coroutine once: the first poll returns `Pending`, the next `Ready(())`.
///
/// Like `std::suspend_always`, it carries nothing in or out; it only ends the current
/// resume. Before saying `Pending` it wakes its own waker: an executor polls again only
/// when woken, and nothing else would wake it. (The [`crate::Average`] handle polls
/// again anyway, when `calculate()` is called.)
#[derive(Debug, Default)]
#[must_use = "a suspension does nothing unless it is awaited"]
pub struct SuspendAlways {
    /// Whether the first poll has happened, so the coroutine has already stopped here.
    suspended: bool,
}

impl Future for SuspendAlways {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.suspended {
            return Poll::Ready(());
        }
        self.suspended = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: suspend
