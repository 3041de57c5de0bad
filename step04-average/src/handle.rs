//! The return object the caller holds: C++'s `Average`, with the talk's `calculate()`
//! and `getResult()`. It owns the frame, as the C++ class does through its
//! `coroutine_handle` (a pointer that owns nothing).

use coro_cli::trace;
use coro_cli::trace::quoted;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

// ANCHOR: handle
/// A running average: the coroutine's frame and, at the end, its result.
#[must_use = "an Average does nothing until calculate() is called"]
pub struct Average<'a> {
    /// The frame: boxed, so an `Average` can be moved while the body is stopped; pinned,
    /// because the body may point into itself (it walks the numbers it holds).
    body: Pin<Box<dyn Future<Output = i32> + 'a>>,
    /// The promise's member that `return_value` fills: the average, once returned.
    result: Option<i32>,
    /// The body returned (`done()`) or panicked: never poll it again.
    finished: bool,
}

impl<'a> Average<'a> {
    /// Wraps a coroutine body. Lazy, like `initial_suspend` returning `suspend_always`:
    /// an async body runs none of its lines before its first poll.
    pub fn new(body: impl Future<Output = i32> + 'a) -> Self {
        trace!("caller create average");
        Self {
            body: Box::pin(body),
            result: None,
            finished: false,
        }
    }

    /// One resume: runs the body to its next suspension or to its end. `true` while
    /// there is more to calculate; `false` at the end, and from then on.
    ///
    /// No executor: nothing here waits for I/O, so the waker can be one that does
    /// nothing, and "poll again" is simply the next call.
    pub fn calculate(&mut self) -> bool {
        if self.finished {
            // Polling a finished async body would panic; `finished` remembers instead.
            return false;
        }
        // Set before polling: if the body panics, it leaves the `Average` finished.
        self.finished = true;
        trace!("caller resume average");
        match self
            .body
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Pending => {
                trace!("average suspend");
                self.finished = false;
            }
            // co_return: the body's value, handed out once and kept here.
            Poll::Ready(average) => {
                trace!("average return {}", quoted(average));
                self.result = Some(average);
            }
        }
        !self.finished
    }

    /// `getResult()`: the average once the body has returned; `None` before that, and
    /// after a panic.
    pub fn result(&self) -> Option<i32> {
        self.result
    }
}

/// Dropping the return object drops the frame: C++'s destructor calling `destroy()`.
impl Drop for Average<'_> {
    fn drop(&mut self) {
        trace!("caller destroy average");
    }
}
// ANCHOR_END: handle
