//! The settings of a radio on the command line, shared by every step that plays one
//! (steps 1, 2 and 5), so that they accept and refuse exactly the same input.

use crate::Style;

/// The most songs a show may have; larger numbers are refused, not cut down.
pub const MAX_SONGS: u32 = 1_000_000;

// ANCHOR: args
/// `--style rap|electronic --songs N`; the defaults are the talk's `radioStation(0, 7)`.
#[derive(Debug, Clone, clap::Args)]
pub struct RadioArgs {
    /// The kind of music: rap or electronic.
    #[arg(long, value_enum, default_value_t = Style::Rap)]
    pub style: Style,
    /// How many songs to play, from 0 to 1000000.
    #[arg(
        long,
        default_value_t = 7,
        value_parser = coro_cli::count(MAX_SONGS),
        allow_negative_numbers = true
    )]
    pub songs: u32,
}
// ANCHOR_END: args
