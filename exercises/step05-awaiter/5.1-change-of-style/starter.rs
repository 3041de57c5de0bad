//! Exercise 5.1: a change of style.
//!
//! The score comes back into the body as the value of its `yield_`, and the body uses it
//! to decide what it plays next.

use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::future::Future;
use step01_function::engine::DefaultRandomEngine;
use step05_awaiter::{Score, Song, Style};

/// A score below this one changes the style.
pub const LOWEST_LIKED: u8 = 3;

/// The other style: rap for electronic, electronic for rap.
pub fn other(style: Style) -> Style {
    match style {
        Style::Rap => Style::Electronic,
        Style::Electronic => Style::Rap,
    }
}

/// `songs` songs, starting with rap; a song scored below `LOWEST_LIKED` switches to the
/// other style for the songs after it.
pub fn mood_radio(songs: u32) -> Gen<Song, Option<Score>, impl Future<Output = ()>> {
    Gen::new(move |co: Co<Song, Option<Score>>| async move {
        // TODO: one engine, the style starting at rap; for each song, yield it, and
        // change the style if the score that comes back is below LOWEST_LIKED.
        todo!()
    })
}

/// Plays `radio` to its end, giving the n-th song `scores[n]` (no score past the end of
/// `scores`); the songs it played, in order.
pub fn listen<F: Future<Output = ()>>(
    radio: &mut Gen<Song, Option<Score>, F>,
    scores: &[Score],
) -> Vec<Song> {
    // TODO: resume with the score of the song on air (none before the first song) until
    // the body completes.
    todo!()
}
