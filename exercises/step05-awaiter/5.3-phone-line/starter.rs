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
        // TODO: note the request, then take the waker kept, if any, and wake it.
        todo!()
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
        // TODO: keep this poll's waker (in place of the one kept before), then look at
        // the line: enough requests, take the oldest `wanted` and be ready; too few,
        // stay pending.
        todo!()
    }
}
