//! Exercise 6.2: a pinball tournament.
//!
//! An outer coroutine that awaits inner ones in turn: every suspension of each inner is a
//! suspension of the outer, and the outer goes on in the resume in which the inner ends.

use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::{Console, pinball};

/// Plays step 3's `pinball` once per entry of `games`, with that many turns, one game
/// after the other, announcing each; then leaves.
pub async fn tournament<W: Write>(games: Vec<u32>, table: Console<W>) -> io::Result<()> {
    // TODO: for each game: "Game <n> of <count> starts.", then await the game and pass
    // its error on. At the end: "Coro leaves the table."
    todo!()
}
