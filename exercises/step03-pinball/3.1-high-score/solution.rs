//! Exercise 3.1: a high score ends the game.
//!
//! An `async fn` ends when it returns, wherever that is: a `return` in the middle of the
//! loop makes the poll that runs it `Ready`, and the caller sees the game over.

use std::io::{self, Write};
use step03_pinball::{Console, SuspendAlways};

/// Points the coroutine scores each turn.
pub const POINTS_PER_TURN: u32 = 100;

/// Plays up to `turns` turns, scoring [`POINTS_PER_TURN`] each; wins as soon as the score
/// reaches `target`, loses if the turns run out first.
pub async fn pinball_until<W: Write>(
    turns: u32,
    target: u32,
    table: Console<W>,
) -> io::Result<()> {
    // Kept in the frame across every suspension, like the loop's counter.
    let mut score = 0;
    for _ in 0..turns {
        writeln!(table.borrow_mut(), "Coro's turn to play.")?;
        score += POINTS_PER_TURN;
        if score >= target {
            // The body ends here: this poll is the last, and it is `Ready`.
            return writeln!(table.borrow_mut(), "Coro wins with {score} points.");
        }
        SuspendAlways::new().await;
    }
    writeln!(table.borrow_mut(), "Coro loses.")
}
