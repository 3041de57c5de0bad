//! The talk's `main()`: the caller is the other player and takes its turns in between.

use crate::pinball::{Pinball, pinball};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

/// The talk's number of turns: `pinball(4)`.
pub const DEFAULT_TURNS: u32 = 4;

/// The most turns a game may have; larger numbers are refused, not cut down.
pub const MAX_TURNS: u32 = 1_000_000;

// ANCHOR: main
/// Plays a whole game on `out`: the coroutine's turns, mine in between, its defeat.
pub fn play_game(turns: u32, out: &mut dyn Write) -> io::Result<()> {
    let table = Rc::new(RefCell::new(out));
    let mut coro = Pinball::new(pinball(turns, Rc::clone(&table)));
    while coro.play() {
        writeln!(table.borrow_mut(), "My turn to play.")?;
    }
    coro.take_error().map_or(Ok(()), Err)
}
// ANCHOR_END: main
