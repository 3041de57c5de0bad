//! Exercise 5.5: a foreign await.
//!
//! A C++ promise can refuse, at compile time, every `co_await` it does not know
//! (`await_transform`). Rust has no such hook: an `async` body may await any future. The
//! return object can only notice, at run time, that the body stopped somewhere else than
//! at a song.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step05_awaiter::Song;

/// What the jukebox and its body share: the song the body put on at its last stop.
#[derive(Debug, Default)]
pub struct Turntable {
    song: Cell<Option<Song>>,
}

/// The body's one way to stop, as genawaiter's `Co` is: it can spin a song, nothing else.
#[derive(Debug)]
pub struct Deck {
    turntable: Rc<Turntable>,
}

impl Deck {
    /// `co_yield song`: awaited, it puts `song` on the turntable and stops once.
    pub fn spin(&self, song: Song) -> Spin<'_> {
        Spin {
            turntable: &self.turntable,
            song,
            spun: false,
        }
    }
}

/// Puts its song on at its first poll and suspends; over at the next poll.
#[must_use = "a future does nothing unless it is awaited"]
#[derive(Debug)]
pub struct Spin<'t> {
    turntable: &'t Turntable,
    song: Song,
    spun: bool,
}

impl Future for Spin<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // A yield-once future: it waits for nothing but handing the song out.
        if self.spun {
            return Poll::Ready(());
        }
        self.spun = true;
        self.turntable.song.set(Some(self.song));
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// Why the jukebox stopped a body: it stopped without a song on the turntable, at a
/// future that is not its deck's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignAwait;

/// The return object: the body's frame, and the turntable it shares with the body.
pub struct Jukebox<'a> {
    /// The frame; `None` once the body has ended, panicked or been refused.
    body: Option<Pin<Box<dyn Future<Output = ()> + 'a>>>,
    turntable: Rc<Turntable>,
}

impl<'a> Jukebox<'a> {
    /// Gives the body its `Deck`, and keeps both. Lazy: nothing runs yet.
    pub fn new<F: Future<Output = ()> + 'a>(body: impl FnOnce(Deck) -> F) -> Self {
        let turntable = Rc::new(Turntable::default());
        let deck = Deck {
            turntable: Rc::clone(&turntable),
        };
        Self {
            body: Some(Box::pin(body(deck))),
            turntable,
        }
    }

    /// One resume: `Ok(Some(song))` when the body stopped at a song, `Ok(None)` at its
    /// end and from then on, `Err(ForeignAwait)` when it stopped anywhere else. A refused
    /// body is dropped at once, and the jukebox is over.
    pub fn next_song(&mut self) -> Result<Option<Song>, ForeignAwait> {
        let Some(mut body) = self.body.take() else {
            return Ok(None);
        };
        // The last song leaves the turntable: after the poll, a song on it can only be
        // one this resume's stop put there.
        self.turntable.song.set(None);
        match body.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(()) => Ok(None),
            Poll::Pending => match self.turntable.song.get() {
                Some(song) => {
                    self.body = Some(body);
                    Ok(Some(song))
                }
                // Not our stop. C++ would not have compiled it; here `body` is dropped on
                // the way out, where it stopped.
                None => Err(ForeignAwait),
            },
        }
    }
}
