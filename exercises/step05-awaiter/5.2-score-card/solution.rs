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
        self.points.set(Some(points));
        // Taken out of the `RefCell` before waking: a waker may poll again at once.
        let waker = self.waker.borrow_mut().take();
        if let Some(waker) = waker {
            waker.wake();
        }
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

/// `operator co_await`: `.await` on a `Question` awaits the `AwaitPoints` made here.
impl<'c> IntoFuture for Question<'c> {
    type Output = Result<Score, NotAScore>;
    type IntoFuture = AwaitPoints<'c>;

    fn into_future(self) -> AwaitPoints<'c> {
        // Points already on the card stay there: the awaiter will find them.
        self.card.asked.set(Some(self.song));
        AwaitPoints { card: self.card }
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
        match self.card.points.take() {
            // await_ready() -> true on the first poll, or the resume after a wake: either
            // way await_resume() reads the points, and they are checked here.
            Some(points) => Poll::Ready(Score::new(points).ok_or(NotAScore)),
            // await_suspend(): keep what will resume us. A newer poll's waker replaces
            // an older one: it is the one to wake now.
            None => {
                *self.card.waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
