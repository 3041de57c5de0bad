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
    let mut engine = DefaultRandomEngine::default();
    // Each song takes one number from the engine: the missed ones must take theirs too,
    // or every later song would change.
    for _ in 0..missed {
        style.pick(&mut engine);
    }
    for _ in 0..songs {
        writeln!(out, "{}", style.pick(&mut engine))?;
    }
    Ok(())
}
