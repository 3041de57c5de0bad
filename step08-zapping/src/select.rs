//! A two-branch select written by hand: one `poll` that polls two futures.
//!
//! `futures::future::select` and tokio's `select!` do the same with more care (fairness,
//! many branches); this one shows that a select is nothing but a future whose `poll`
//! calls two others, in order, and is `Ready` as soon as one of them is. Every poll
//! polls both: the one that was not woken is polled for nothing, so each must decide
//! from its own state, never from being polled (DESIGN.md, "A poll is not a resume").

use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: either
/// Which branch finished first: its output, and the other future, unfinished.
#[derive(Debug)]
pub enum Either<A: Future, B: Future> {
    /// The first branch won; the second is handed back, to drop or to go on with.
    First(A::Output, B),
    /// The second branch won.
    Second(B::Output, A),
}
// ANCHOR_END: either

// ANCHOR: race
/// Two futures raced in one task. `Unpin` (a `Box::pin` or a `pin!` gives it) so that
/// the loser can be handed back by value.
#[must_use = "a race does nothing until it is awaited"]
#[derive(Debug)]
pub struct Race<A, B> {
    branches: Option<(A, B)>,
}

/// Races `first` against `second`: polled in that order, the first `Ready` wins.
pub fn race<A, B>(first: A, second: B) -> Race<A, B>
where
    A: Future + Unpin,
    B: Future + Unpin,
{
    Race {
        branches: Some((first, second)),
    }
}

impl<A, B> Future for Race<A, B>
where
    A: Future + Unpin,
    B: Future + Unpin,
{
    type Output = Either<A, B>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Either<A, B>> {
        let (first, second) = self
            .branches
            .as_mut()
            .expect("a Race was polled after it finished");
        // Both get the same waker: whichever is woken, the task polls the race again.
        if let Poll::Ready(output) = Pin::new(first).poll(cx) {
            let (_, second) = self.branches.take().expect("checked above");
            return Poll::Ready(Either::First(output, second));
        }
        if let Poll::Ready(output) = Pin::new(second).poll(cx) {
            let (first, _) = self.branches.take().expect("checked above");
            return Poll::Ready(Either::Second(output, first));
        }
        Poll::Pending
    }
}
// ANCHOR_END: race
