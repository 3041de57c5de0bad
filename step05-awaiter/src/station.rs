//! The radio with the hand-made awaiter: the coroutine's body, and the return object that owns
//! it and shares its [`Promise`].

use crate::{Listener, Promise, Score, ScoredRadio};
use coro_cli::trace;
use std::future::Future;
use std::io::{self, Write};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

/// The output the body and its caller both print on, one line at a time (C++'s
/// `std::cout`): step 3's console. Nobody holds the borrow across a suspension.
pub use step03_pinball::Console;

// ANCHOR: announce
/// What the body says when it is resumed: the talk's line, or that the listener went on
/// without scoring.
pub fn announce<W: Write>(speaker: &Console<W>, score: Option<Score>) -> io::Result<()> {
    let mut out = speaker.borrow_mut();
    match score {
        Some(score) => writeln!(out, "The previous track scored {score}"),
        None => writeln!(out, "The previous track was not scored"),
    }
}
// ANCHOR_END: announce

// ANCHOR: coroutine
/// The coroutine's body: step 2's radio, whose stop now gives it the score of the song
/// it played.
pub async fn broadcast<W: Write>(
    style: Style,
    songs: u32,
    speaker: Console<W>,
    listener: Listener,
) -> io::Result<()> {
    let mut engine = DefaultRandomEngine::default();
    for i in 0..songs {
        // co_yield: the song goes on air; the body stops until the listener moves on,
        // and then the `.await` is the listener's score.
        trace!(
            r#"radio holds "song {} of {songs}, waiting for its score""#,
            i + 1
        );
        let score = listener.play(style.pick(&mut engine)).await;
        announce(&speaker, score)?;
    }
    Ok(())
}

/// The coroutine: the body behind its return object.
pub fn radio_station<'a, W: Write + 'a>(
    style: Style,
    songs: u32,
    speaker: Console<W>,
) -> RadioStation<'a> {
    RadioStation::new(move |listener| broadcast(style, songs, speaker, listener))
}
// ANCHOR_END: coroutine

// ANCHOR: frame_size
/// The size in bytes of the radio's frame: the future of [`broadcast`] that
/// [`RadioStation::new`] boxes, `size_of_val` of the talk's `broadcast(Style::Rap, 7, …)`
/// (the same for any style and number of songs). It is what the body keeps while it is
/// suspended: its arguments (the speaker's and the listener's `Rc`s), the engine, the
/// loop's counter, the awaiter it stopped at with its cue, and the resume point. Not
/// counted: the [`Promise`] with the song and the score, which the body and the return
/// object share in an allocation of its own (C++ keeps it inside the frame).
pub fn frame_size() -> usize {
    let speaker = Rc::new(std::cell::RefCell::new(io::sink()));
    let listener = Listener::new(Rc::new(Promise::default()));
    size_of_val(&broadcast(Style::Rap, 7, speaker, listener))
}
// ANCHOR_END: frame_size

// ANCHOR: handle
/// The return object: step 3's boxed future, plus the promise it shares with the body.
pub struct RadioStation<'a> {
    /// The frame: boxed so the return object can move, pinned because the body borrows
    /// its own `Listener` across each stop.
    body: Pin<Box<dyn Future<Output = io::Result<()>> + 'a>>,
    promise: Rc<Promise>,
    /// `done()`, or the body panicked: never poll it again.
    finished: bool,
    /// Why the body ended early, if printing failed.
    error: Option<io::Error>,
}

impl<'a> RadioStation<'a> {
    /// Makes the promise, gives the body a [`Listener`] to it, and keeps both. Lazy: no
    /// line of the body runs before the first `next_song()`.
    pub fn new<F>(body: impl FnOnce(Listener) -> F) -> Self
    where
        F: Future<Output = io::Result<()>> + 'a,
    {
        trace!("caller create radio");
        let promise = Rc::new(Promise::default());
        let body = body(Listener::new(Rc::clone(&promise)));
        Self {
            body: Box::pin(body),
            promise,
            finished: false,
            error: None,
        }
    }
}

/// Dropping the radio drops the frame: C++'s destructor calling `destroy()`.
impl Drop for RadioStation<'_> {
    fn drop(&mut self) {
        trace!("caller destroy radio");
    }
}
// ANCHOR_END: handle

// ANCHOR: resume
// ANCHOR: next_song
impl ScoredRadio for RadioStation<'_> {
    fn next_song(&mut self) -> bool {
        if self.finished {
            return false;
        }
        // Set before polling, so that a body that panics leaves the radio finished.
        self.finished = true;
        // resume(): what the listener does is recorded in the promise; the poll that
        // follows is how the body finds out. The song leaves the air, so if the body
        // stops without putting a new one on air, or ends, no old song is left behind.
        self.promise.move_on();
        let mut cx = Context::from_waker(Waker::noop());
        trace!("caller resume radio");
        match self.body.as_mut().poll(&mut cx) {
            Poll::Pending => {
                // Only our awaiter should stop the body, and it stops with a song on
                // air. C++ can forbid any other co_await (await_transform); Rust cannot,
                // so the return object checks.
                assert!(
                    self.promise.on_air().is_some(),
                    "the radio's body stopped without a song on air: \
                     it may await only what its Listener gives it"
                );
                self.finished = false;
            }
            Poll::Ready(result) => {
                trace!("radio return");
                self.error = result.err();
            }
        }
        !self.finished
    }
    // ANCHOR_END: next_song

    // ANCHOR: radio_rest
    fn value(&self) -> Option<Song> {
        self.promise.on_air()
    }

    fn score(&mut self, score: Score) {
        trace!("caller give radio {}", trace::quoted(score));
        self.promise.give_score(score);
    }

    fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }
}
// ANCHOR_END: radio_rest
// ANCHOR_END: resume
