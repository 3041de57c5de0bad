//! The three answers of C++'s `await_suspend`, and what each is in Rust.
//!
//! - `void`: stay suspended. In Rust, `poll` returns `Pending` ([`crate::AwaitScore`]).
//! - `bool`: `true` stays suspended, `false` goes on at once, as if the coroutine had
//!   never stopped. In Rust, `poll` returns `Ready` on its first call: [`AskScore`].
//! - a coroutine handle: suspend, and resume that other coroutine in this one's place
//!   (symmetric transfer). A future cannot name the next future to run; its executor
//!   decides. Step 7 builds that from wakers.

use crate::{Promise, Score};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: ask_score
/// Waits for the listener's score, unless it is already in the promise: then the first
/// poll returns it, and the body that awaits it does not stop at all.
#[derive(Debug)]
pub struct AskScore<'p> {
    promise: &'p Promise,
    suspended: bool,
}

impl<'p> AskScore<'p> {
    /// An awaiter for the score in `promise`.
    pub fn new(promise: &'p Promise) -> Self {
        Self {
            promise,
            suspended: false,
        }
    }
}

impl Future for AskScore<'_> {
    type Output = Option<Score>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Score>> {
        if !self.suspended {
            // await_ready() -> false; await_suspend(handle) -> bool: stay suspended only
            // if there is no score to read yet.
            if self.promise.score().is_none() {
                self.promise.keep_waker(cx.waker());
                self.suspended = true;
                return Poll::Pending; // true
            }
            // false: no suspension after all; straight on to await_resume.
        }
        // await_resume(): the score, taken so that it counts once.
        Poll::Ready(self.promise.take_score())
    }
}
// ANCHOR_END: ask_score
