//! Exercise 6.1: albums back to back.
//!
//! The explicit loop: the outer resumes the inner generator until it completes, and
//! yields on each value the inner yields, so each stop of the inner is a stop of the
//! outer.

use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use std::future::Future;
use step01_function::Song;

/// The inner generator: an album's songs, one per resume; completes with its running
/// time in minutes.
pub fn album(
    songs: &'static [Song],
    minutes: u32,
) -> Gen<Song, (), impl Future<Output = u32>> {
    Gen::new(move |co| async move {
        for &song in songs {
            co.yield_(song).await;
        }
        minutes
    })
}

/// The outer generator: every song of every album, album after album, one per resume;
/// completes with the albums' running time, all together.
pub fn playlist<F: Future<Output = u32>>(
    albums: Vec<Gen<Song, (), F>>,
) -> Gen<Song, (), impl Future<Output = u32>> {
    Gen::new(move |co| async move {
        let mut total = 0;
        for mut album in albums {
            // The explicit loop: this body runs at each of the album's stops, and stops
            // too, with the album's song.
            loop {
                match album.resume() {
                    GeneratorState::Yielded(song) => co.yield_(song).await,
                    GeneratorState::Complete(minutes) => {
                        total += minutes;
                        break;
                    }
                }
            }
        }
        total
    })
}
