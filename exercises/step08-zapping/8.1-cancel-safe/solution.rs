//! Exercise 8.1: a wait that is cancel-safe.
//!
//! A select drops the wait that loses, at its `.await`. A wait is cancel-safe when that
//! drop costs nothing: what it must remember (the song, the minute it is due) lives in
//! the station, not in the future's frame, and the station moves on only after the last
//! `.await`, where nothing can cancel it any more.

use std::pin::pin;

use step01_function::Song;
use step08_zapping::clock::{MINUTE, ShowClock};
use step08_zapping::{Either, race};
use tokio::time::{sleep, sleep_until};

/// A station that plays a playlist, a song every `every` minutes.
#[derive(Debug)]
pub struct Station {
    pub name: &'static str,
    /// Minutes from one song to the next.
    pub every: u64,
    pub playlist: &'static [Song],
    /// How many songs of the playlist were handed out.
    pub played: usize,
    /// The minute the next song is due, once a wait has begun.
    pub due: Option<u64>,
    pub clock: ShowClock,
}

impl Station {
    /// A station that has played nothing yet.
    pub fn new(
        name: &'static str,
        every: u64,
        playlist: &'static [Song],
        clock: ShowClock,
    ) -> Self {
        Self {
            name,
            every,
            playlist,
            played: 0,
            due: None,
            clock,
        }
    }

    /// Not cancel-safe: it takes the song off the playlist before it waits, so a wait
    /// dropped loses the song; and a new wait counts its minutes from the start again.
    pub async fn next_song_careless(&mut self) -> Option<Song> {
        let song = *self.playlist.get(self.played)?;
        self.played += 1;
        sleep(MINUTE * self.every as u32).await;
        Some(song)
    }

    /// The next song, at the minute it is due; `None` once the playlist is over.
    /// Cancel-safe: dropped while it waits, it leaves the station as it found it, but for
    /// the minute it set, which the next wait keeps.
    pub async fn next_song(&mut self) -> Option<Song> {
        let song = *self.playlist.get(self.played)?;
        let due = *self.due.get_or_insert(self.clock.minutes() + self.every);
        sleep_until(self.clock.at(due)).await;
        // Past the last `.await`: from here on, nothing can be cancelled.
        self.due = None;
        self.played += 1;
        Some(song)
    }
}

/// Zaps between two stations until one is over: each round races their next songs, the
/// first to come is heard, the other wait is dropped. Says `0:03 rap: <song>` for each
/// song, and `0:12 rap: over` at the end.
pub async fn zap(first: &mut Station, second: &mut Station) -> Vec<String> {
    let (clock, names) = (first.clock, [first.name, second.name]);
    let mut heard = Vec::new();
    loop {
        let (name, song) =
            match race(pin!(first.next_song()), pin!(second.next_song())).await {
                Either::First(song, _dropped) => (names[0], song),
                Either::Second(song, _dropped) => (names[1], song),
            };
        let Some(song) = song else {
            heard.push(format!("{} {name}: over", clock.stamp()));
            return heard;
        };
        heard.push(format!("{} {name}: {song}", clock.stamp()));
    }
}
