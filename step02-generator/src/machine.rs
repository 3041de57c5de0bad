//! The compiler's side, written by hand: what a compiler makes of the radio coroutine.
//!
//! A C++ compiler turns `radioStation` into a heap frame that holds the arguments, the
//! locals that live across a `co_yield`, the promise, and a number saying where to go
//! on at the next `resume()`. rustc does the same to an `async` block, as an enum with
//! one variant per suspension point. Here is that enum for the radio, with the same
//! interface as the generator, and no `async`, no genawaiter: just a `match`.

use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

// ANCHOR: frame
/// Where the coroutine stopped, and what it keeps alive while stopped there.
#[derive(Debug, Clone)]
pub enum ResumePoint {
    /// Created, body not started (`initial_suspend`): only the arguments exist yet.
    Start {
        /// The `style` argument.
        style: Style,
        /// The `songs` argument.
        songs: u32,
    },
    /// Stopped at the `co_yield` in the loop: the arguments plus every local that lives
    /// across it.
    AtYield {
        /// The `style` argument.
        style: Style,
        /// The `songs` argument.
        songs: u32,
        /// The `engine` local: where the random sequence is.
        engine: DefaultRandomEngine,
        /// The loop index `i` of the song just yielded.
        i: u32,
    },
    /// Ran off the end of the body (`final_suspend`): nothing left to keep.
    Done,
}

/// The radio station as a hand-written state machine.
#[derive(Debug, Clone)]
pub struct RadioStateMachine {
    point: ResumePoint,
    /// The promise: the song of the last resume.
    current: Option<Song>,
}
// ANCHOR_END: frame

// ANCHOR: resume
impl RadioStateMachine {
    /// Creates the frame and stops before the body: lazy, like the generator.
    pub fn new(style: Style, songs: u32) -> Self {
        Self {
            point: ResumePoint::Start { style, songs },
            current: None,
        }
    }

    /// `resume()`: jump to where the body stopped, run to the next yield or the end.
    fn resume(&mut self) -> Option<Song> {
        // Take the frame out; it goes back only if the body stops at a yield again.
        let (style, songs, mut engine, i) =
            match std::mem::replace(&mut self.point, ResumePoint::Done) {
                // First resume: the body starts, its locals are constructed.
                ResumePoint::Start { style, songs } => {
                    (style, songs, DefaultRandomEngine::default(), 0)
                }
                // Later resumes: continue after the yield, that is at `++i`.
                ResumePoint::AtYield {
                    style,
                    songs,
                    engine,
                    i,
                } => (style, songs, engine, i + 1),
                ResumePoint::Done => return None,
            };
        if i < songs {
            let song = style.pick(&mut engine);
            self.point = ResumePoint::AtYield {
                style,
                songs,
                engine,
                i,
            };
            Some(song)
        } else {
            None
        }
    }

    /// Same contract as [`crate::RadioStation::next_song`].
    pub fn next_song(&mut self) -> bool {
        self.current = self.resume();
        self.current.is_some()
    }

    /// Same contract as [`crate::RadioStation::value`].
    pub fn value(&self) -> Option<Song> {
        self.current
    }

    /// Where the machine stopped: for tests and for the book.
    pub fn resume_point(&self) -> &ResumePoint {
        &self.point
    }
}
// ANCHOR_END: resume

impl Iterator for RadioStateMachine {
    type Item = Song;

    fn next(&mut self) -> Option<Song> {
        if self.next_song() { self.value() } else { None }
    }
}
