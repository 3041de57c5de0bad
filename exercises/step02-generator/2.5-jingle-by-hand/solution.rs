//! Exercise 2.5: a jingle every third song, by hand.
//!
//! What rustc makes of a body with two yields: an enum with one variant per place the
//! body can stop, each holding what is alive there, and a `match` that goes on from it.

use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

/// The station's jingle, played after every third song.
pub const JINGLE: Song = "Radio Coro -> Jingle";

/// Where the body stopped, and what it keeps alive there. The body, as a generator:
///
/// ```text
/// let mut engine = DefaultRandomEngine::default();
/// for n in 1..=songs {
///     co.yield_(style.pick(&mut engine)).await;   // AfterSong { n, .. }
///     if n % 3 == 0 {
///         co.yield_(JINGLE).await;                // AfterJingle { n, .. }
///     }
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Stop {
    /// Created, body not started: only the arguments exist.
    Start { style: Style, songs: u32 },
    /// At the first yield: song `n` (counting from 1) was just handed out.
    AfterSong {
        style: Style,
        songs: u32,
        engine: DefaultRandomEngine,
        n: u32,
    },
    /// At the second yield: the jingle after song `n` was just handed out.
    AfterJingle {
        style: Style,
        songs: u32,
        engine: DefaultRandomEngine,
        n: u32,
    },
    /// Ran off the end of the body: nothing left to keep.
    Done,
}

/// The jingle radio as a hand-written state machine.
#[derive(Debug, Clone)]
pub struct JingleMachine {
    stop: Stop,
}

impl JingleMachine {
    /// The frame, stopped before the body: lazy, like the generator.
    pub fn new(style: Style, songs: u32) -> Self {
        Self {
            stop: Stop::Start { style, songs },
        }
    }

    /// Where the machine stopped.
    pub fn stop(&self) -> &Stop {
        &self.stop
    }
}

/// The head of the loop, `for n in …`: song `n` if there is one (the body stops after
/// it), or the end of the body.
fn song_or_end(
    style: Style,
    songs: u32,
    mut engine: DefaultRandomEngine,
    n: u32,
) -> (Stop, Option<Song>) {
    if n > songs {
        return (Stop::Done, None);
    }
    let song = style.pick(&mut engine);
    let stop = Stop::AfterSong {
        style,
        songs,
        engine,
        n,
    };
    (stop, Some(song))
}

impl Iterator for JingleMachine {
    type Item = Song;

    /// One resume: go on from where the body stopped, up to its next yield or its end.
    fn next(&mut self) -> Option<Song> {
        // The frame is taken out; only a body that stops again puts one back.
        let (stop, song) = match std::mem::replace(&mut self.stop, Stop::Done) {
            Stop::Start { style, songs } => {
                song_or_end(style, songs, DefaultRandomEngine::default(), 1)
            }
            // After the first yield: the `if`, which stops again at the jingle.
            Stop::AfterSong {
                style,
                songs,
                engine,
                n,
            } if n % 3 == 0 => {
                let stop = Stop::AfterJingle {
                    style,
                    songs,
                    engine,
                    n,
                };
                (stop, Some(JINGLE))
            }
            // After the first yield with no jingle due, or after the second: the loop
            // goes on with the next song. Both places lead to the same code.
            Stop::AfterSong {
                style,
                songs,
                engine,
                n,
            }
            | Stop::AfterJingle {
                style,
                songs,
                engine,
                n,
            } => song_or_end(style, songs, engine, n + 1),
            Stop::Done => (Stop::Done, None),
        };
        self.stop = stop;
        song
    }
}
