//! The hand-made awaiter: how the body waits for its score, written as a `Future`.
//!
//! In C++, `co_yield song` becomes `co_await promise.yield_value(song)`, and the object
//! `yield_value` returns is an awaiter: three methods the compiler calls around the
//! suspension. In Rust, `.await` calls one method, `Future::poll`, once per resume; the
//! three C++ methods become the steps of that `poll`.

use crate::{Promise, Score};
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use step01_function::Song;

// ANCHOR: listener
/// The body's one way to reach its handle: it can put a song on air and wait for the
/// score, nothing else. (genawaiter's `Co` plays the same part.)
#[derive(Debug)]
pub struct Listener {
    promise: Rc<Promise>,
}

impl Listener {
    /// A listener for `promise`. [`crate::RadioStation::new`] makes the one its body gets.
    pub fn new(promise: Rc<Promise>) -> Self {
        Self { promise }
    }

    /// `co_yield song`, in two halves: this call only builds the awaitable; the song goes
    /// on air when the body awaits it, and the `.await` gives the listener's score.
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
        self.promise.put_on_air(self.song);
        AwaitScore {
            promise: self.promise,
            suspended: false,
        }
    }
}
// ANCHOR_END: on_air

// ANCHOR: awaiter
/// The awaiter: the body stops at it until the listener has heard the song, and gets the
/// score (`None` if none was given) when it goes on.
#[derive(Debug)]
pub struct AwaitScore<'p> {
    /// The talk's awaiter keeps the handle to reach the promise; this one holds the
    /// promise from the start.
    promise: &'p Promise,
    /// Whether the first poll suspended: the next poll is the resume.
    suspended: bool,
}

impl Future for AwaitScore<'_> {
    type Output = Option<Score>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Score>> {
        if !self.suspended {
            // await_ready() -> false: the listener cannot have scored a song it has not
            // heard, so there is nothing to check before suspending.

            // await_suspend(handle): keep what resumes us. A Rust task is resumed by
            // waking its waker, so that is what the promise keeps.
            self.promise.keep_waker(cx.waker());
            self.suspended = true;
            // void await_suspend: stay suspended. `Pending` travels out of the body's
            // poll to the handle, whose next_song() returns.
            return Poll::Pending;
        }
        // await_resume(): the value of the `co_await` expression, read from the promise.
        Poll::Ready(self.promise.score())
    }
}
// ANCHOR_END: awaiter
