//! Exercise 1.1: the whole show as a list.
//!
//! A plain function cannot hand out one song and come back for the next, but what it
//! returns, it returns whole: questions about the whole show are easy to answer.

use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

/// Every song of the show, in the order step 1's `radio_station` plays them.
pub fn playlist(style: Style, songs: u32) -> Vec<Song> {
    // The same engine, seeded the same way, drawn the same number of times: the same
    // show.
    let mut engine = DefaultRandomEngine::default();
    (0..songs).map(|_| style.pick(&mut engine)).collect()
}

/// The song played most often in the show and how many times; on a tie, the song heard
/// first. `None` for an empty show.
pub fn top_song(style: Style, songs: u32) -> Option<(Song, usize)> {
    let show = playlist(style, songs);
    let mut best: Option<(Song, usize)> = None;
    for song in &show {
        let count = show.iter().filter(|other| *other == song).count();
        // Strictly greater: a later song with the same count does not replace the first.
        if best.is_none_or(|(_, most)| count > most) {
            best = Some((song, count));
        }
    }
    best
}
