//! Exercise 1.1: the whole show as a list.
//!
//! A plain function cannot hand out one song and come back for the next, but what it
//! returns, it returns whole: questions about the whole show are easy to answer.

use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

/// Every song of the show, in the order step 1's `radio_station` plays them.
pub fn playlist(style: Style, songs: u32) -> Vec<Song> {
    // TODO: a fresh engine, then one `style.pick(&mut engine)` per song.
    todo!()
}

/// The song played most often in the show and how many times; on a tie, the song heard
/// first. `None` for an empty show.
pub fn top_song(style: Style, songs: u32) -> Option<(Song, usize)> {
    // TODO: count each song of `playlist(style, songs)`; keep the first best.
    todo!()
}
