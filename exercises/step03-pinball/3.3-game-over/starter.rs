//! Exercise 3.3: game over stays over.
//!
//! A finished future may do anything when it is polled again (an `async` body panics).
//! A fused one answers `Pending` for ever after its `Ready`, and says that it is over:
//! the `futures` crate's `Fuse` and `FusedFuture::is_terminated`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A game that stays over once it is over, however often it is polled after.
#[derive(Debug)]
pub struct Fused<F> {
    /// The game's frame while the game is on; `None` once it has returned or panicked.
    /// Boxed, so that `Fused` is `Unpin` and `poll` reaches the frame without `unsafe`.
    game: Option<Pin<Box<F>>>,
}

/// `game`, fused.
pub fn fuse<F: Future>(game: F) -> Fused<F> {
    Fused {
        game: Some(Box::pin(game)),
    }
}

impl<F> Fused<F> {
    /// Whether the game is over: it returned, or it panicked. Polling it does nothing
    /// now.
    pub fn is_terminated(&self) -> bool {
        // TODO
        todo!()
    }
}

impl<F: Future> Future for Fused<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        // TODO: over, `Pending`; on, poll the game with this poll's context, and when it
        // is ready, drop its frame and hand its value on. A game that panics must be
        // over too.
        todo!()
    }
}
