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
/// poll returns it, and the body that awaits it does not stop at all. Otherwise it waits
/// until a score comes or the listener moves on without one.
///
/// A body that awaits it is not `Send`, since it holds an `AskScore` while it waits:
///
#[doc = "```compile_fail,E0277"]
#[doc = include_str!("../compile_fail/not_send.rs")]
#[doc = "```"]
#[derive(Debug)]
pub struct AskScore<'p> {
    promise: &'p Promise,
    /// How many times the listener had moved on when the question was asked.
    cue: u64,
}

impl<'p> AskScore<'p> {
    /// An awaiter for the score in `promise`.
    pub fn new(promise: &'p Promise) -> Self {
        Self {
            promise,
            cue: promise.cue(),
        }
    }
}

impl Future for AskScore<'_> {
    type Output = Option<Score>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Score>> {
        // Register, then check, as `AwaitScore` does.
        self.promise.keep_waker(cx.waker());
        // bool await_suspend(handle): `false` (go on) if the score is there. On the
        // first poll that means no suspension at all; on a later one, the score came.
        if self.promise.score().is_some() || self.promise.moved_on_since(self.cue) {
            // await_resume(): the score, taken so that it counts once.
            return Poll::Ready(self.promise.take_score());
        }
        Poll::Pending // true: stay suspended
    }
}
// ANCHOR_END: ask_score
