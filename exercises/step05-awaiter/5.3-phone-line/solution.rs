//! Exercise 5.3: requests on the phone line.
//!
//! An awaiter that waits for something decides from state, at every poll: how often it
//! is polled says nothing, since a `join!` or a wake with nothing new behind it may poll
//! it at any time.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use step05_awaiter::Song;

/// The radio's phone line, shared by the body and the listeners who call in: the requests
/// not played yet, oldest first, and the waker of a body waiting for them.
#[derive(Debug, Default)]
pub struct PhoneLine {
    requests: RefCell<Vec<Song>>,
    waker: RefCell<Option<Waker>>,
}

impl PhoneLine {
    /// A listener calls in and asks for `song`; a body waiting for requests is woken.
    pub fn call(&self, song: Song) {
        self.requests.borrow_mut().push(song);
        // Woken even if one request is not enough: the state changed, and only the
        // awaiter's next poll can tell whether it is enough. Taken out of the `RefCell`
        // first, since a waker may poll the body at once.
        let waker = self.waker.borrow_mut().take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// The requests on the line, not taken yet, oldest first.
    pub fn waiting(&self) -> Vec<Song> {
        self.requests.borrow().clone()
    }

    /// Waits until `wanted` requests are in, then takes the oldest `wanted` off the line.
    pub fn requests(&self, wanted: usize) -> Requests<'_> {
        Requests { line: self, wanted }
    }
}

/// The awaiter: `Ready` with `wanted` requests once that many are in, `Pending` until
/// then, however often it is polled.
#[derive(Debug)]
pub struct Requests<'l> {
    line: &'l PhoneLine,
    wanted: usize,
}

impl Future for Requests<'_> {
    type Output = Vec<Song>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<Song>> {
        // The latest poll's waker, kept first: the body may have moved to another task,
        // and only this waker is sure to reach it. `clone_from` does not clone when the
        // kept one already wakes the same task.
        {
            let mut kept = self.line.waker.borrow_mut();
            match kept.as_mut() {
                Some(old) => old.clone_from(cx.waker()),
                None => *kept = Some(cx.waker().clone()),
            }
        }
        // The one question, asked at every poll: are there enough requests on the line?
        // A poll is no call, a wake is not a request.
        let mut requests = self.line.requests.borrow_mut();
        if requests.len() < self.wanted {
            return Poll::Pending;
        }
        Poll::Ready(requests.drain(..self.wanted).collect())
    }
}
