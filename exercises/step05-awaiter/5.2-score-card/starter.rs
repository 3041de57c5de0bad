//! Exercise 5.2: a score card filled in beforehand.
//!
//! A hand-made awaiter that does not suspend when its value is already there, made
//! awaitable by `IntoFuture`.

use std::cell::{Cell, RefCell};
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use step05_awaiter::{NotAScore, Score, Song};

/// What the body and the listener share: the song asked about, the points written on
/// the card and not read yet, and the waker of a body waiting for them.
#[derive(Debug, Default)]
pub struct ScoreCard {
    asked: Cell<Option<Song>>,
    points: Cell<Option<u8>>,
    waker: RefCell<Option<Waker>>,
}

impl ScoreCard {
    /// The listener writes `points` on the card, and wakes the body if it is waiting.
    pub fn give(&self, points: u8) {
        // TODO: write the points; take the waker kept, if any, and wake it.
        todo!()
    }

    /// The last song a body asked about.
    pub fn asked(&self) -> Option<Song> {
        self.asked.get()
    }

    /// The points on the card that no body has read yet.
    pub fn points(&self) -> Option<u8> {
        self.points.get()
    }

    /// A question about `song`: nothing is asked until the body awaits it.
    pub fn ask(&self, song: Song) -> Question<'_> {
        Question { card: self, song }
    }
}

/// A song to ask about: awaitable, though not itself a future.
#[must_use = "nothing is asked until the Question is awaited"]
#[derive(Debug)]
pub struct Question<'c> {
    card: &'c ScoreCard,
    song: Song,
}

impl<'c> IntoFuture for Question<'c> {
    type Output = Result<Score, NotAScore>;
    type IntoFuture = AwaitPoints<'c>;

    fn into_future(self) -> AwaitPoints<'c> {
        // TODO: note the song as asked, and return the awaiter.
        todo!()
    }
}

/// The awaiter: ready at once if the card holds points, suspended until it does if not.
#[derive(Debug)]
pub struct AwaitPoints<'c> {
    card: &'c ScoreCard,
}

impl Future for AwaitPoints<'_> {
    type Output = Result<Score, NotAScore>;

    fn poll(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Score, NotAScore>> {
        // TODO: points on the card: take them, ready with the score or NotAScore. None:
        // keep the waker, and stay pending.
        todo!()
    }
}
