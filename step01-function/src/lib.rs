//! Step 1: the radio station as a plain function.
//!
//! A function starts and ends; it cannot stop halfway and go on later. So
//! [`radio_station`] plays its whole show in one call: all the songs or nothing. That is
//! the talk's starting point, and the C++ counterpart is `cpp/radio_station.cpp`.
//!
//! The song list, [`Style`] and the random engine are shared with the later steps: every
//! radio in this workspace plays the same songs in the same order as the C++ programs.

pub mod cli;
pub mod engine;

use coro_cli::trace;
use engine::{DefaultRandomEngine, UniformIntDistribution};
use std::io::{self, Write};

// ANCHOR: songs
/// A song is a line of text: "artist -> title".
pub type Song = &'static str;

/// How many songs each style has.
pub const SONGS: usize = 4;

/// The electronic songs, spelled as in the talk.
pub const ELECTRONIC: [Song; SONGS] = [
    "Front 242 -> No Shuffle",
    "The Neon Judgement -> Tomorrow in the papers",
    "Orbital -> Chime",
    "Underworld -> Born Slippy",
];

/// The rap songs, spelled as in the talk (typo included: the output must match).
pub const RAP: [Song; SONGS] = [
    "Public Enemy -> Fight The Power",
    "Ice Cube -> It was a good day",
    "Run DMC -> Walk Thiw Way",
    "Beastie Boys -> Sabotage",
];
// ANCHOR_END: songs

// ANCHOR: style
/// The kind of music a station plays. On the command line: `--style rap|electronic`
/// (clap's `ValueEnum` gives the names and refuses the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Style {
    /// The talk's style 0, and the default.
    #[default]
    Rap,
    /// Any other style number in the talk.
    Electronic,
}

impl Style {
    /// The songs of this style.
    pub fn songs(self) -> &'static [Song; SONGS] {
        match self {
            Style::Rap => &RAP,
            Style::Electronic => &ELECTRONIC,
        }
    }

    /// Draws the next song: one number from the engine per song, as
    /// `style ? electronic[track(rng)] : rap[track(rng)]` does in C++.
    pub fn pick(self, engine: &mut DefaultRandomEngine) -> Song {
        self.songs()[TRACK.sample(engine) as usize]
    }
}

/// The talk passes the style as an `int` and tests it for truth: 0 is rap, anything
/// else electronic.
impl From<i32> for Style {
    fn from(style: i32) -> Self {
        if style == 0 {
            Style::Rap
        } else {
            Style::Electronic
        }
    }
}
// ANCHOR_END: style

// ANCHOR: track
/// `std::uniform_int_distribution<int> track(0, Songs - 1)`: which song of the four.
pub const TRACK: UniformIntDistribution =
    UniformIntDistribution::new(0, SONGS as i32 - 1);
// ANCHOR_END: track

// ANCHOR: radio_station
/// Plays `songs` songs of `style`, one line each, all in this one call.
///
/// There is no way to get the first song and come back later for the second: the
/// engine, the loop counter and the style live in this call's stack frame, which is gone
/// when it returns. Keeping them alive between songs is what a coroutine is for.
pub fn radio_station(style: Style, songs: u32, out: &mut dyn Write) -> io::Result<()> {
    trace!("caller call radio");
    let mut engine = DefaultRandomEngine::default();
    for _ in 0..songs {
        writeln!(out, "{}", style.pick(&mut engine))?;
    }
    trace!("radio return");
    Ok(())
}
// ANCHOR_END: radio_station

#[cfg(test)]
mod tests {
    use super::*;

    fn played(style: Style, songs: u32) -> String {
        let mut out = Vec::new();
        radio_station(style, songs, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_talks_show_is_seven_rap_songs_from_the_engines_first_draws() {
        // What the C++ program prints: TRACK on a fresh engine draws 0 0 3 1 2 0 0.
        let expected = [RAP[0], RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]];
        assert_eq!(
            played(Style::Rap, 7),
            expected.map(|s| format!("{s}\n")).concat()
        );
    }

    #[test]
    fn electronic_draws_the_same_numbers_from_its_own_list() {
        let rap = played(Style::Rap, 50);
        let electronic = played(Style::Electronic, 50);
        let swapped = RAP
            .iter()
            .zip(ELECTRONIC)
            .fold(rap, |text, (r, e)| text.replace(r, e));
        assert_eq!(electronic, swapped);
    }

    #[test]
    fn zero_songs_play_nothing() {
        assert_eq!(played(Style::Electronic, 0), "");
    }

    #[test]
    fn the_talks_style_numbers() {
        assert_eq!(Style::from(0), Style::Rap);
        assert_eq!(Style::from(1), Style::Electronic);
        assert_eq!(Style::from(-3), Style::Electronic);
    }
}
