//! The state the coroutine's body and its handle share: what C++ keeps in the
//! `promise_type`, which both sides reach through the `coroutine_handle`.
//!
//! A Rust future has no promise: nothing but the body itself lives in it. So the handle
//! and the body each hold an `Rc` to one [`Promise`], and talk through it.

use crate::Score;
use std::cell::{Cell, RefCell};
use std::task::Waker;
use step01_function::Song;

// ANCHOR: promise
/// The song on air and the listener's score for it, shared by the body and its handle.
///
/// `Cell`s, because both sides change them through shared `Rc`s, one at a time: the body
/// runs only inside the handle's `next_song()`, never at the same moment as its caller.
#[derive(Debug, Default)]
pub struct Promise {
    /// The promise's `value`: the song the body put on air at its last stop.
    song: Cell<Option<Song>>,
    /// The talk's new member: the listener's score for the song on air, if given.
    score: Cell<Option<Score>>,
    /// What the awaiter's `await_suspend` kept: the way to ask for the body to be
    /// resumed. Giving a score wakes it.
    waker: RefCell<Option<Waker>>,
}

impl Promise {
    /// The song on air, if the body stopped at one.
    pub fn on_air(&self) -> Option<Song> {
        self.song.get()
    }

    /// The handle's `score()`: the listener's verdict on the song on air. It waits here
    /// until the body is resumed and reads it; whoever waits to resume the body is woken.
    pub fn give_score(&self, score: Score) {
        self.score.set(Some(score));
        // Taken out before waking, not inside `if let` (which would keep the `RefCell`
        // borrowed while waking): a waker may poll the body at once, and the body's next
        // stop keeps its waker here again.
        let waker = self.waker.borrow_mut().take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// The score given for the song on air, if any.
    pub fn score(&self) -> Option<Score> {
        self.score.get()
    }

    /// `yield_value(song)`: a new song on air, and no score for it yet. A score given
    /// before it (there was no song to score) is dropped here.
    pub(crate) fn put_on_air(&self, song: Song) {
        self.song.set(Some(song));
        self.score.set(None);
    }

    /// The handle clears the song before each resume: if the body stops without putting
    /// a new one on air, or ends, no old song is left behind.
    pub(crate) fn take_off_air(&self) {
        self.song.set(None);
    }

    /// The score, taken out so that it counts once.
    pub(crate) fn take_score(&self) -> Option<Score> {
        self.score.take()
    }

    /// Keeps the waker of the task that is suspending, as `await_suspend` keeps the
    /// handle of the coroutine that is suspending.
    pub(crate) fn keep_waker(&self, waker: &Waker) {
        let mut kept = self.waker.borrow_mut();
        match kept.as_mut() {
            Some(old) => old.clone_from(waker),
            None => *kept = Some(waker.clone()),
        }
    }
}
// ANCHOR_END: promise
