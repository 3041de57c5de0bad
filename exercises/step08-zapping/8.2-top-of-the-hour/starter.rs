//! Exercise 8.2: the top of the hour.
//!
//! A timeout is a select against a timer: the show and the timer are raced, the first
//! ready wins and the other is dropped. A show cut off is dropped at its `.await`, in the
//! middle of a wait; a timer that lost is dropped before it goes off.

use std::pin::pin;

use step08_zapping::clock::ShowClock;
use step08_zapping::station::Station;
use step08_zapping::{Either, race};
use tokio::time::{sleep_until, timeout_at};

/// Plays `station` to its end, writing `0:07 electronic: <song>` to `heard` for each
/// song; returns how many it played.
pub async fn listen(
    station: &mut Station,
    clock: ShowClock,
    heard: &mut Vec<String>,
) -> u32 {
    let mut songs = 0;
    while let Some(song) = station.next_song().await {
        heard.push(format!("{} {}: {song}", clock.stamp(), station.name()));
        songs += 1;
    }
    songs
}

/// Runs `show` until minute `end` of `clock`: `Some` of its output if it ends first,
/// `None` if the clock gets there first, and then the show is dropped at that minute.
pub async fn until<F: Future>(clock: ShowClock, end: u64, show: F) -> Option<F::Output> {
    // TODO: race the show against a timer that goes off at minute `end`, with `race`;
    // the show's output if it wins, `None` if the timer does.
    todo!()
}

/// The same with tokio's own select against a timer.
pub async fn until_by_tokio<F: Future>(
    clock: ShowClock,
    end: u64,
    show: F,
) -> Option<F::Output> {
    // TODO: the same, with `tokio::time::timeout_at`.
    todo!()
}
