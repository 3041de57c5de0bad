//! The hand-made awaiter: how the body waits for its score, written as a `Future`.
//!
//! In C++, `co_yield song` becomes `co_await promise.yield_value(song)`, and the object
//! `yield_value` returns is an awaiter: three methods the compiler calls around the
//! suspension. In Rust, `.await` calls one method, `Future::poll`, each time the body is
//! polled while it waits there, resumed or not; the three C++ methods become the steps
//! of that `poll`, and the promise, not the number of polls, says when to go on.

use crate::{Promise, Score};
use coro_cli::trace;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use step01_function::Song;

// ANCHOR: listener
/// The body's one way to reach its return object: it can put a song on air and wait
/// for the score, nothing else. (genawaiter's `Co` plays the same part.)
#[derive(Debug)]
pub struct Listener {
    promise: Rc<Promise>,
}

impl Listener {
    /// A listener for `promise`. [`crate::RadioStation::new`] makes the one its body
    /// gets.
    pub fn new(promise: Rc<Promise>) -> Self {
        Self { promise }
    }

    /// `co_yield song`, in two halves: this call only builds the awaitable; the song
    /// goes on air when the body awaits it, and the `.await` gives the listener's
    /// score.
    pub fn play(&self, song: Song) -> OnAir<'_> {
        OnAir {
            song,
            promise: &self.promise,
        }
    }
}
// ANCHOR_END: listener

// ANCHOR: on_air
/// A song ready to go on air: awaitable, though not itself a future.
#[must_use = "nothing goes on air until the OnAir is awaited"]
#[derive(Debug)]
pub struct OnAir<'p> {
    song: Song,
    promise: &'p Promise,
}

/// C++'s `operator co_await`: `.await` on a value first calls `into_future` on it, and
/// awaits the future it returns.
impl<'p> IntoFuture for OnAir<'p> {
    type Output = Option<Score>;
    type IntoFuture = AwaitScore<'p>;

    fn into_future(self) -> AwaitScore<'p> {
        // What `yield_value(song)` does before C++ asks the awaiter anything.
        let cue = self.promise.put_on_air(self.song);
        AwaitScore {
            promise: self.promise,
            cue,
        }
    }
}
// ANCHOR_END: on_air

// ANCHOR: awaiter
/// The awaiter: the body stops at it until the listener moves on from the song, and
/// gets the score (`None` if none was given) when it goes on.
#[derive(Debug)]
pub struct AwaitScore<'p> {
    /// The talk's awaiter keeps the handle to reach the promise; this one holds the
    /// promise from the start.
    promise: &'p Promise,
    /// How many times the listener had moved on when the song went on air.
    cue: u64,
}

impl Future for AwaitScore<'_> {
    type Output = Option<Score>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Score>> {
        // Rust asks C++'s two questions in the other order, for a reason.
        // await_suspend(handle), first: keep what resumes us. A Rust task is resumed by
        // waking its waker, so that is what the promise keeps: the latest one, since a
        // poll may bring a new one. Kept *before* the check below: were the listener to
        // move on between a check and the keeping (from another thread, say), the wake
        // would go to an old waker or to none, and the body would sleep for ever.
        self.promise.keep_waker(cx.waker());
        // await_ready(), then: may the body go on? Only if the listener has moved on
        // since the song went on air. A poll alone says nothing: an executor may poll
        // for reasons of its own (a `join!` polls every branch when any one is woken).
        if self.promise.moved_on_since(self.cue) {
            // await_resume(): the value of the `co_await` expression.
            return Poll::Ready(self.promise.score());
        }
        // void await_suspend: stay suspended. `Pending` travels out of the body's poll
        // to whoever polled it.
        trace!("radio suspend");
        Poll::Pending
    }
}
// ANCHOR_END: awaiter
