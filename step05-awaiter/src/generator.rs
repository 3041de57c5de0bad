//! The same radio on genawaiter: `co.yield_(song).await` is `co_yield`, and its value is
//! the argument of the `resume_with` that resumed the body.

use crate::station::{Console, announce};
use crate::{Score, ScoredRadio};
use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::future::Future;
use std::io::{self, Write};
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

// ANCHOR: coroutine
/// The coroutine as a generator that yields songs and is resumed with scores.
pub fn radio_station<'a, W: Write + 'a>(
    style: Style,
    songs: u32,
    speaker: Console<W>,
) -> GenRadioStation<impl Future<Output = io::Result<()>> + 'a> {
    GenRadioStation::new(move |co: Co<Song, Option<Score>>| async move {
        let mut engine = DefaultRandomEngine::default();
        for _ in 0..songs {
            let score = co.yield_(style.pick(&mut engine)).await;
            announce(&speaker, score)?;
        }
        Ok(())
    })
}
// ANCHOR_END: coroutine

// ANCHOR: handle
/// The return object around genawaiter's `Gen`. There is no promise to share: the score
/// waits in it and travels in with the resume.
pub struct GenRadioStation<F: Future<Output = io::Result<()>>> {
    generator: Gen<Song, Option<Score>, F>,
    /// The song of the last resume.
    current: Option<Song>,
    /// The listener's score, kept until the next `resume_with` hands it to the body.
    score: Option<Score>,
    /// The body ended, or panicked: resuming it again would panic.
    finished: bool,
    /// Why the body ended early, if printing failed.
    error: Option<io::Error>,
}

impl<F: Future<Output = io::Result<()>>> GenRadioStation<F> {
    /// Wraps a body. Lazy: `Gen::new` runs none of it.
    pub fn new(body: impl FnOnce(Co<Song, Option<Score>>) -> F) -> Self {
        Self {
            generator: Gen::new(body),
            current: None,
            score: None,
            finished: false,
            error: None,
        }
    }
}

impl<F: Future<Output = io::Result<()>>> ScoredRadio for GenRadioStation<F> {
    fn next_song(&mut self) -> bool {
        if self.finished {
            return false;
        }
        self.finished = true;
        self.current = None;
        // The first resume starts the body, which is not stopped at a yield: genawaiter
        // drops that first argument, unread.
        match self.generator.resume_with(self.score.take()) {
            GeneratorState::Yielded(song) => {
                self.current = Some(song);
                self.finished = false;
            }
            GeneratorState::Complete(result) => self.error = result.err(),
        }
        !self.finished
    }

    fn value(&self) -> Option<Song> {
        self.current
    }

    fn score(&mut self, score: Score) {
        self.score = Some(score);
    }

    fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }
}
// ANCHOR_END: handle
