//! The two awaitables the C++ standard library ships, written for Rust.
//!
//! `co_await std::suspend_always{}` stops the coroutine and hands control back to whoever
//! resumed it; `co_await std::suspend_never{}` does not stop at all. In Rust the thing
//! after `.await` is a [`Future`], and "stop" means its `poll` returned `Poll::Pending`.

use std::future::{Future, Ready};
use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: suspend_always
/// `std::suspend_always`: the first poll suspends, the second goes on.
///
/// `.await` polls it where it stands in the coroutine's body. `Pending` travels out
/// through every enclosing `poll` up to the caller: the coroutine is suspended. The next
/// poll of the coroutine comes back down to this same `.await`, and now it is `Ready`.
///
/// It is a yield-once future, the one kind that may go by its polls rather than by some
/// state: it wakes its own waker before it returns `Pending`, and its next poll is
/// `Ready` whoever makes it and whatever happened in between, because it waits for
/// nothing but handing control back once (like tokio's `yield_now`), so no condition is
/// left to check.
#[derive(Debug, Default)]
pub struct SuspendAlways {
    /// Whether this await has already suspended once.
    suspended: bool,
}

impl SuspendAlways {
    /// A fresh suspension point, like `std::suspend_always{}`.
    pub const fn new() -> Self {
        Self { suspended: false }
    }
}

impl Future for SuspendAlways {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.suspended {
            return Poll::Ready(());
        }
        self.suspended = true;
        // A future that returns `Pending` promises to wake its waker when it is worth
        // polling again. Here that is "at once", so it wakes before it even returns: an
        // executor would poll it again soon; a caller resuming by hand does not care.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: suspend_always

// ANCHOR: suspend_never
/// `std::suspend_never`: a future that is ready on its first poll, so awaiting it never
/// suspends. The standard library already has one.
pub fn suspend_never() -> Ready<()> {
    std::future::ready(())
}
// ANCHOR_END: suspend_never
