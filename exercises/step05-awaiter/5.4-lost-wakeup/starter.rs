//! Exercise 5.4: the song after the news.
//!
//! An awaiter whose event may come from another thread keeps its waker first and looks
//! at the state after. The other way round, an event that lands between the look and the
//! keeping wakes nobody, or an old waker, and the body sleeps for ever: a lost wakeup.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll, Waker};
use step05_awaiter::Song;

/// What the awaiter may ask of the studio. The producer hands the next song over from a
/// thread of its own, so it may do so between any two of these calls.
pub trait Studio {
    /// Takes the song handed over, if there is one.
    fn take_song(&self) -> Option<Song>;
    /// Keeps `waker` in place of the one kept before: the producer wakes it when it hands
    /// a song over.
    fn keep_waker(&self, waker: &Waker);
}

/// A studio the producer may reach from any thread.
#[derive(Debug, Default)]
pub struct Booth {
    /// The song handed over and not taken yet, and the waker of a body waiting for one:
    /// one lock for both, so that a hand-over and a keeping never cross.
    state: Mutex<(Option<Song>, Option<Waker>)>,
}

impl Booth {
    /// The producer hands `song` over, and wakes the waiting body, if there is one.
    pub fn hand_over(&self, song: Song) {
        // TODO: put the song in, take the waker out, and wake it once the lock is
        // released.
        todo!()
    }
}

impl Studio for Booth {
    fn take_song(&self) -> Option<Song> {
        self.state.lock().unwrap().0.take()
    }

    fn keep_waker(&self, waker: &Waker) {
        let kept = &mut self.state.lock().unwrap().1;
        match kept.as_mut() {
            Some(old) => old.clone_from(waker),
            None => *kept = Some(waker.clone()),
        }
    }
}

/// The song after the news: ready once the producer has handed it over.
#[must_use = "a future does nothing unless it is awaited"]
#[derive(Debug)]
pub struct AfterTheNews<'s, S: ?Sized> {
    studio: &'s S,
}

/// Waits in `studio` for the song the producer hands over.
pub fn after_the_news<S: Studio + ?Sized>(studio: &S) -> AfterTheNews<'_, S> {
    AfterTheNews { studio }
}

impl<S: Studio + ?Sized> Future for AfterTheNews<'_, S> {
    type Output = Song;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Song> {
        // TODO: keep the waker and take the song, in the order that loses no wakeup;
        // `Ready` with the song if there is one, `Pending` if not.
        todo!()
    }
}
