//! A radio station that hands out its songs in time: each comes some minutes after the
//! last. Two ways to wait for the next one, which differ only when the wait is cancelled.

use coro_cli::trace;
use coro_cli::trace::quoted;
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};
use step07_continuation::Transcript;
use tokio::time::sleep_until;

use crate::clock::ShowClock;

/// A song the station has picked and will hand out at minute `at`.
#[derive(Debug, Clone, Copy)]
struct Cued {
    song: Song,
    at: u64,
}

// ANCHOR: station
/// One station: its own engine, so its songs are step 2's whatever the other one does.
#[derive(Debug)]
pub struct Station {
    name: &'static str,
    style: Style,
    /// Minutes from one song to the next.
    every: u64,
    songs_left: u32,
    engine: DefaultRandomEngine,
    /// The song picked and not handed out yet: kept here, not in a future, so that a
    /// cancelled wait loses nothing.
    cued: Option<Cued>,
    clock: ShowClock,
}
// ANCHOR_END: station

/// The rap station: a song every 3 minutes.
pub fn rap(songs: u32, clock: ShowClock) -> Station {
    Station::new("rap", Style::Rap, 3, songs, clock)
}

/// The electronic station: a song every 7 minutes (never at the same minute as rap's
/// within the shows the binary plays, so no two timers ever tie).
pub fn electronic(songs: u32, clock: ShowClock) -> Station {
    Station::new("electronic", Style::Electronic, 7, songs, clock)
}

impl Station {
    /// A station that plays `songs` songs of `style`, one every `every` minutes.
    pub fn new(
        name: &'static str,
        style: Style,
        every: u64,
        songs: u32,
        clock: ShowClock,
    ) -> Self {
        Self {
            name,
            style,
            every,
            songs_left: songs,
            engine: DefaultRandomEngine::default(),
            cued: None,
            clock,
        }
    }

    /// The station's name, as the transcript says it.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Picks the next song and when it comes: `None` once the show is over.
    fn cue(&mut self) -> Option<Cued> {
        if self.songs_left == 0 {
            return None;
        }
        self.songs_left -= 1;
        let song = self.style.pick(&mut self.engine);
        let at = self.clock.minutes() + self.every;
        trace!(
            "{} holds {}",
            self.name,
            quoted(format!("{song} at minute {at}"))
        );
        Some(Cued { song, at })
    }

    /// The end of a wait, in the trace: it returns its song, if any, and hands control
    /// back to the listener awaiting it (C++: the final awaiter's transfer).
    fn hand_over(&self, song: Option<Song>) -> Option<Song> {
        match song {
            Some(song) => trace!("{} return {}", self.name, quoted(song)),
            None => trace!("{} return", self.name),
        }
        trace!("{} transfer listener", self.name);
        song
    }

    // ANCHOR: next_song
    /// The next song, when it comes; `None` once the show is over. Cancel-safe: dropped
    /// while it waits, it leaves the song in `cued`, and the next call hands it out at
    /// the minute it was due.
    pub async fn next_song(&mut self) -> Option<Song> {
        trace!("listener resume {}", self.name);
        let cued = match self.cued {
            Some(cued) => cued,
            None => {
                let Some(cued) = self.cue() else {
                    return self.hand_over(None);
                };
                *self.cued.insert(cued)
            }
        };
        trace!("{} suspend", self.name);
        sleep_until(self.clock.at(cued.at)).await;
        trace!("clock resume {}", self.name);
        self.cued = None;
        self.hand_over(Some(cued.song))
    }
    // ANCHOR_END: next_song

    // ANCHOR: careless
    /// The same, not cancel-safe: the song picked lives in this future's frame while it
    /// waits, so dropping the future drops the song, and the engine has moved on.
    /// `transcript` is told of each song lost that way.
    pub async fn next_song_careless(&mut self, transcript: &Transcript) -> Option<Song> {
        trace!("listener resume {}", self.name);
        let Some(cued) = self.cue() else {
            return self.hand_over(None);
        };
        let lost = Lost {
            name: self.name,
            song: cued.song,
            transcript,
        };
        trace!("{} suspend", self.name);
        sleep_until(self.clock.at(cued.at)).await;
        trace!("clock resume {}", self.name);
        std::mem::forget(lost); // handed over: not lost after all
        self.hand_over(Some(cued.song))
    }
    // ANCHOR_END: careless
}

// ANCHOR: lost
/// Says, when dropped, that its song was never heard: the destructor is all that runs of
/// a future dropped at an `.await`.
struct Lost<'t> {
    name: &'static str,
    song: Song,
    transcript: &'t Transcript,
}

impl Drop for Lost<'_> {
    fn drop(&mut self) {
        let (name, song) = (self.name, self.song);
        self.transcript
            .say(format!("  {name}: \"{song}\" lost, never handed over"));
    }
}
// ANCHOR_END: lost

// ANCHOR: off_air
/// Says, when dropped, that its station's show was cut off, and when: a show's future
/// holds one, so cancelling the show runs it.
#[derive(Debug)]
pub struct OffAir {
    name: &'static str,
    clock: ShowClock,
    transcript: Transcript,
}

impl OffAir {
    /// A guard for `station`'s show.
    pub fn new(station: &Station, transcript: &Transcript) -> Self {
        Self {
            name: station.name,
            clock: station.clock,
            transcript: transcript.clone(),
        }
    }
}

impl Drop for OffAir {
    fn drop(&mut self) {
        let (stamp, name) = (self.clock.stamp(), self.name);
        self.transcript.say(format!("{stamp} {name}: off air"));
    }
}
// ANCHOR_END: off_air
