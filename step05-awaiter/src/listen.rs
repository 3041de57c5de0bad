//! The listener's side: the talk's `main()`, for either radio.

use crate::{Console, Score, radio_station};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;
use step01_function::{Song, Style};

// ANCHOR: scored_radio
/// What the listener can do with a radio, whichever way its coroutine is built.
pub trait ScoredRadio {
    /// Resumes the body until its next song; `true` if there was one. Once `false`,
    /// always `false`, without resuming anything.
    fn next_song(&mut self) -> bool;
    /// The song of the last `next_song()`; `None` before the first and after the last.
    fn value(&self) -> Option<Song>;
    /// Scores the song on air. The body gets the score when the next `next_song()`
    /// resumes it; a score given when no song is on air reaches nobody.
    fn score(&mut self, score: Score);
    /// The error that ended the body early, if printing failed; handed out once.
    fn take_error(&mut self) -> Option<io::Error>;
}
// ANCHOR_END: scored_radio

// ANCHOR: listen
/// The talk's `main()`: print each song, then score it.
pub fn listen<W: Write>(
    radio: &mut dyn ScoredRadio,
    score: Score,
    speaker: &Console<W>,
) -> io::Result<()> {
    while radio.next_song() {
        if let Some(song) = radio.value() {
            writeln!(speaker.borrow_mut(), "{song}")?;
        }
        radio.score(score);
    }
    radio.take_error().map_or(Ok(()), Err)
}
// ANCHOR_END: listen

/// The binary without `--interactive`: the hand-made radio, every song scored `score`.
pub fn play(
    style: Style,
    songs: u32,
    score: Score,
    out: &mut dyn Write,
) -> io::Result<()> {
    let speaker = Rc::new(RefCell::new(out));
    let mut radio = radio_station(style, songs, Rc::clone(&speaker));
    listen(&mut radio, score, &speaker)
}
