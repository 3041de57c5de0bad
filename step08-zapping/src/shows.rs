//! The listener's shows. Each runs in one task on one thread: the stations' futures are
//! polled by the show's own future, never spawned. Each returns its transcript.

use std::pin::pin;

use coro_cli::trace;
use futures::StreamExt;
use step01_function::Song;
use step07_continuation::Transcript;
use tokio::time::sleep_until;

use crate::clock::{self, ShowClock};
use crate::select::{Either, race};
use crate::station::{OffAir, Station, electronic, rap};
use crate::stream::songs;

/// The most rounds or songs a show takes: within them no two timers tie (rap's minutes
/// are multiples of 3, electronic's of 7, and rap never reaches minute 21).
pub const MAX_SONGS: u32 = 6;

/// The hour at which the `timeout` show is cut off, in minutes.
pub const TOP_OF_THE_HOUR: u64 = 60;

/// Runs `show` on a fresh paused-clock runtime and returns what it said.
pub fn play<F>(show: impl FnOnce(ShowClock, Transcript) -> F) -> Vec<String>
where
    F: Future<Output = ()>,
{
    let transcript = Transcript::default();
    clock::runtime().block_on(async {
        show(ShowClock::start(), transcript.clone()).await;
    });
    transcript.lines()
}

/// `0:03 rap: Public Enemy -> Fight The Power`.
fn heard(transcript: &Transcript, clock: ShowClock, station: &str, song: Song) {
    transcript.say(format!("{} {station}: {song}", clock.stamp()));
}

/// `1 song each`, `3 songs each`.
fn each(songs: u32) -> String {
    match songs {
        1 => "1 song each".to_string(),
        songs => format!("{songs} songs each"),
    }
}

/// Cancels a future: dropping it is all there is to it.
fn cancel(name: &str, loser: impl Future) {
    trace!("listener destroy {name}");
    drop(loser);
}

// ANCHOR: show
/// One station's whole show, song by song, with a guard that says when it goes off air.
pub async fn show(station: &mut Station, clock: ShowClock, transcript: &Transcript) {
    let _off_air = OffAir::new(station, transcript);
    while let Some(song) = station.next_song().await {
        heard(transcript, clock, station.name(), song);
    }
}
// ANCHOR_END: show

// ANCHOR: round
/// One round of zapping: the first song wins, the other wait is cancelled.
async fn round<A, B>(first: A, second: B, clock: ShowClock, transcript: &Transcript)
where
    A: Future<Output = Option<Song>> + Unpin,
    B: Future<Output = Option<Song>> + Unpin,
{
    match race(first, second).await {
        Either::First(song, loser) => {
            heard(transcript, clock, "rap", song.expect("rap plays on"));
            cancel("electronic", loser);
        }
        Either::Second(song, loser) => {
            heard(
                transcript,
                clock,
                "electronic",
                song.expect("electronic plays on"),
            );
            cancel("rap", loser);
        }
    }
}
// ANCHOR_END: round

// ANCHOR: zap
/// The zapping show: each round races the two stations for their next song. With
/// `careless`, the waits that are not cancel-safe, and the songs they lose.
pub async fn zap(clock: ShowClock, transcript: Transcript, rounds: u32, careless: bool) {
    let (mut rap, mut electronic) = (rap(u32::MAX, clock), electronic(u32::MAX, clock));
    transcript.say(format!("zap: {rounds} rounds, the first song wins each"));
    for _ in 0..rounds {
        if careless {
            let first = pin!(rap.next_song_careless(&transcript));
            let second = pin!(electronic.next_song_careless(&transcript));
            round(first, second, clock, &transcript).await;
        } else {
            let (first, second) = (pin!(rap.next_song()), pin!(electronic.next_song()));
            round(first, second, clock, &transcript).await;
        }
    }
    transcript.say(format!("zap: over at {}", clock.stamp()));
}
// ANCHOR_END: zap

// ANCHOR: join
/// Both shows to their end, interleaved in one task: `join!` polls both futures.
pub async fn join(clock: ShowClock, transcript: Transcript, songs: u32) {
    let (mut rap, mut electronic) = (rap(songs, clock), electronic(songs, clock));
    transcript.say(format!("join: rap and electronic, {}", each(songs)));
    futures::join!(
        show(&mut rap, clock, &transcript),
        show(&mut electronic, clock, &transcript)
    );
    transcript.say(format!("join: both shows over at {}", clock.stamp()));
}
// ANCHOR_END: join

// ANCHOR: select
/// The two shows raced: the first to end wins, the other is dropped mid-show.
pub async fn select(clock: ShowClock, transcript: Transcript, songs: u32) {
    let (mut rap, mut electronic) = (rap(songs, clock), electronic(songs, clock));
    transcript.say(format!("select: rap against electronic, {}", each(songs)));
    let first = pin!(show(&mut rap, clock, &transcript));
    let second = pin!(show(&mut electronic, clock, &transcript));
    match race(first, second).await {
        Either::First((), loser) => {
            transcript.say(format!("select: rap ended first, at {}", clock.stamp()));
            cancel("electronic", loser);
        }
        Either::Second((), loser) => {
            transcript.say(format!(
                "select: electronic ended first, at {}",
                clock.stamp()
            ));
            cancel("rap", loser);
        }
    }
}
// ANCHOR_END: select

// ANCHOR: timeout
/// A timeout is a select against a timer: electronic plays until the top of the hour.
pub async fn timeout(clock: ShowClock, transcript: Transcript) {
    let mut electronic = electronic(u32::MAX, clock);
    transcript.say("timeout: electronic until the top of the hour");
    let hour = pin!(sleep_until(clock.at(TOP_OF_THE_HOUR)));
    match race(pin!(show(&mut electronic, clock, &transcript)), hour).await {
        Either::First((), _) => transcript.say("timeout: the show ended first"),
        Either::Second((), show) => {
            transcript.say(format!("{} the top of the hour", clock.stamp()));
            cancel("electronic", show);
        }
    }
}
// ANCHOR_END: timeout

// ANCHOR: stream
/// Zapping as a merge of two streams: whichever has a song ready gives it first.
pub async fn stream(clock: ShowClock, transcript: Transcript, count: u32) {
    transcript.say(format!(
        "stream: rap and electronic merged, {}",
        each(count)
    ));
    let rap = songs(rap(count, clock));
    let electronic = songs(electronic(count, clock));
    let mut zapping = pin!(futures::stream::select(rap, electronic));
    while let Some((station, song)) = zapping.next().await {
        heard(&transcript, clock, station, song);
    }
    transcript.say(format!("stream: both ended at {}", clock.stamp()));
}
// ANCHOR_END: stream
