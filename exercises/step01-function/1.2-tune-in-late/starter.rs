//! Exercise 1.2: tune in late.
//!
//! A function keeps nothing between calls, so "go on from song 3" means "start over and
//! skip the first three": the work done for them is done again.

use std::io::{self, Write};
use step01_function::Style;
use step01_function::engine::DefaultRandomEngine;

/// Prints the songs of the show from number `missed` (counting from 0), `songs` of them:
/// what a listener hears who switched on after `missed` songs.
pub fn radio_from(
    style: Style,
    missed: u32,
    songs: u32,
    out: &mut dyn Write,
) -> io::Result<()> {
    // TODO: start the show with a fresh engine, draw the missed songs without printing
    // them, then print the next `songs` songs, one line each.
    todo!()
}
