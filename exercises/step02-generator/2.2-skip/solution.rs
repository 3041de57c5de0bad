//! Exercise 2.2: a skip button.
//!
//! A generator keeps its frame between songs: going on from song 3 costs nothing more
//! than the songs skipped, unlike the function of exercise 1.2.

use std::future::Future;
use step02_generator::RadioStation;

/// Passes over the next `n` songs of `radio`; returns how many it skipped, fewer than `n`
/// if the show ended first. The next `next_song()` brings the song after them.
pub fn skip<F: Future<Output = ()>>(radio: &mut RadioStation<F>, n: u32) -> u32 {
    let mut skipped = 0;
    // `skipped < n` first: once `n` songs are skipped, the radio must not be resumed
    // again.
    while skipped < n && radio.next_song() {
        skipped += 1;
    }
    skipped
}
