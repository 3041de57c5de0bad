//! A counter of polls, wrapped around each coroutine's frame, to measure what one resume
//! of the outer costs.
//!
//! The C++ counterpart is the length of the talk's `mSub` walk: how many handles
//! `resume()` passes on its way down to the coroutine it resumes.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

// ANCHOR: counted
/// How many times the frames it wraps have been polled, all together.
///
/// Clones share one count: every level of a chain gets a clone, so the count says how
/// many frames one resume of the outer went through.
#[derive(Debug, Clone, Default)]
pub struct PollCount(Rc<Cell<u64>>);

impl PollCount {
    /// The polls counted so far.
    pub fn get(&self) -> u64 {
        self.0.get()
    }

    /// Wraps a frame so that each of its polls is counted here.
    pub fn count<'a, T>(&self, frame: impl Future<Output = T> + 'a) -> Counted<'a, T> {
        Counted {
            frame: Box::pin(frame),
            polls: self.clone(),
        }
    }
}

/// A coroutine's frame that adds one to a [`PollCount`] each time it is polled.
///
/// It counts polls to measure them, never to decide: it passes each poll, with its waker,
/// on to the frame, and is ready exactly when the frame is, however often it is polled.
///
/// The frame is boxed: that makes `Counted` a type that can be named whatever the body
/// (a chain whose levels hold each other needs a name for the type of a level), and it
/// makes `Counted` `Unpin`, so `poll` can reach the frame without `unsafe`.
// ANCHOR: counted_poll
pub struct Counted<'a, T> {
    /// The coroutine's frame, pinned on the heap.
    frame: Pin<Box<dyn Future<Output = T> + 'a>>,
    /// Where the polls are counted.
    polls: PollCount,
}

impl<T> Future for Counted<'_, T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.polls.0.set(self.polls.0.get() + 1);
        self.frame.as_mut().poll(cx)
    }
}
// ANCHOR_END: counted_poll
// ANCHOR_END: counted
