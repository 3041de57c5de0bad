//! The state the coroutine's body and its return object share: what C++ keeps in the
//! `promise_type`, which both sides reach through the `coroutine_handle`.
//!
//! A Rust future has no promise: nothing but the body itself lives in it. So the return object
//! and the body each hold an `Rc` to one [`Promise`], and talk through it.

use crate::Score;
use coro_cli::trace;
use coro_cli::trace::quoted;
use std::cell::{Cell, RefCell};
use std::task::Waker;
use step01_function::Song;

// ANCHOR: promise
/// The song on air, the listener's score for it, and whether the listener has moved on:
/// shared by the body and its return object.
///
/// `Cell`s, because both sides change them through shared `Rc`s, one at a time: the body
/// runs only while someone polls it, never at the same moment as the listener.
#[derive(Debug, Default)]
pub struct Promise {
    /// The promise's `value`: the song the body put on air at its last stop.
    song: Cell<Option<Song>>,
    /// The talk's new member: the listener's score for the song on air, if given.
    score: Cell<Option<Score>>,
    /// How many times the listener has moved on to the next song. An awaiter notes it
    /// when its song goes on air, and may go on once it has changed: this, not how
    /// often the awaiter is polled, is what tells a resume from a poll.
    moves: Cell<u64>,
    /// What the awaiter's `await_suspend` kept: the way to ask for the body to be
    /// polled. Scoring and moving on both wake it.
    waker: RefCell<Option<Waker>>,
}
// ANCHOR_END: promise

// ANCHOR: listener_acts
impl Promise {
    /// The return object's `score()`: the listener's verdict on the song on air. The
    /// body reads it when the listener moves on.
    pub fn give_score(&self, score: Score) {
        self.score.set(Some(score));
        self.wake();
    }

    /// What `nextSong()` does before it resumes the coroutine: the listener moves on
    /// to the next song. The song leaves the air, and the body, stopped at it, may go
    /// on.
    pub fn move_on(&self) {
        self.song.set(None);
        self.moves.set(self.moves.get() + 1);
        self.wake();
    }

    /// Wakes whoever waits on this promise: the state it waits on has changed.
    fn wake(&self) {
        // Taken out before waking, not inside `if let` (which would keep the
        // `RefCell` borrowed while waking): a waker may poll the body at once, and
        // the body's next stop keeps its waker here again.
        let waker = self.waker.borrow_mut().take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}
// ANCHOR_END: listener_acts

// ANCHOR: body_side
impl Promise {
    /// `yield_value(song)`: a new song on air, and no score for it yet (one given
    /// before it, when there was no song to score, is dropped here). Returns the cue
    /// the awaiter keeps: how many times the listener had moved on when the song went
    /// on air.
    pub(crate) fn put_on_air(&self, song: Song) -> u64 {
        trace!("radio yield {}", quoted(song));
        self.song.set(Some(song));
        self.score.set(None);
        self.cue()
    }

    /// How many times the listener has moved on so far.
    pub(crate) fn cue(&self) -> u64 {
        self.moves.get()
    }

    /// Whether the listener has moved on since `cue`: the body may go on.
    pub(crate) fn moved_on_since(&self, cue: u64) -> bool {
        self.moves.get() != cue
    }

    /// Keeps the waker of the latest poll, as `await_suspend` keeps the handle of the
    /// coroutine that is suspending. A poll may come with another waker than the one
    /// before (the future was moved to another task, or the executor made a new one):
    /// only the latest is sure to reach whoever polls now. `clone_from` skips the clone
    /// when the two would wake the same task (`Waker::will_wake`).
    pub(crate) fn keep_waker(&self, waker: &Waker) {
        let mut kept = self.waker.borrow_mut();
        match kept.as_mut() {
            Some(old) => old.clone_from(waker),
            None => *kept = Some(waker.clone()),
        }
    }
}
// ANCHOR_END: body_side

impl Promise {
    /// The song on air, if the body stopped at one and the listener has not moved on.
    pub fn on_air(&self) -> Option<Song> {
        self.song.get()
    }

    /// The score given for the song on air, if any.
    pub fn score(&self) -> Option<Score> {
        self.score.get()
    }

    /// The score, taken out so that it counts once.
    pub(crate) fn take_score(&self) -> Option<Score> {
        self.score.take()
    }
}
