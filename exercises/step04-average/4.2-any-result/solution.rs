//! Exercise 4.2: a return object for any result.
//!
//! `co_return v` ends the body with `Poll::Ready(v)`: the return object keeps `v` for the
//! caller, whatever its type, as C++'s promise keeps it for `getResult()`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// A calculation that ends with a value of type `T`.
pub struct Calculation<'a, T> {
    /// The body's frame, boxed and pinned like `Average`'s.
    body: Pin<Box<dyn Future<Output = T> + 'a>>,
    /// What the body returned, once it has.
    result: Option<T>,
    /// The body returned or panicked: never poll it again.
    finished: bool,
}

impl<'a, T> Calculation<'a, T> {
    /// Wraps a body; lazy, like every future: nothing runs before the first
    /// `calculate()`.
    pub fn new(body: impl Future<Output = T> + 'a) -> Self {
        Self {
            body: Box::pin(body),
            result: None,
            finished: false,
        }
    }

    /// Resumes the body once; `true` while there is more to calculate, `false` at the end
    /// and from then on.
    pub fn calculate(&mut self) -> bool {
        if self.finished {
            return false;
        }
        // Set first: a panic in the body leaves the return object finished.
        self.finished = true;
        match self
            .body
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Pending => self.finished = false,
            Poll::Ready(value) => self.result = Some(value),
        }
        !self.finished
    }

    /// What the body returned; `None` before its end, and after a panic.
    pub fn result(&self) -> Option<&T> {
        self.result.as_ref()
    }
}
