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
    let count = games.len();
    for (n, turns) in (1..).zip(games) {
        writeln!(table.borrow_mut(), "Game {n} of {count} starts.")?;
        // While the game is suspended, so is the tournament; when the game is over, the
        // tournament goes on in the same poll.
        pinball(turns, Rc::clone(&table)).await?;
    }
    writeln!(table.borrow_mut(), "Coro leaves the table.")
}
