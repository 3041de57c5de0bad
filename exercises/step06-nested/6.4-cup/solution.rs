//! Exercise 6.4: a cup in rounds.
//!
//! A chain of `.await`s, each level a round of the cup: every resume of the outer polls
//! every level down to the game, so a turn costs as many polls as there are rounds.

use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::{Console, pinball};
use step06_nested::PollCount;
use step06_nested::polls::Counted;

/// Round `n` (from 1) of the cup: round 1 is a game of step 3's `pinball` of `turns`
/// turns; a later round awaits the round before it. Every round's frame is counted in
/// `polls`.
pub fn round<'a, W: Write + 'a>(
    n: u32,
    turns: u32,
    table: Console<W>,
    polls: &PollCount,
) -> Counted<'a, io::Result<()>> {
    // Each level is boxed inside `Counted`: that is what lets a round await a round, as
    // an `async fn` cannot await a call of itself.
    if n <= 1 {
        polls.count(pinball(turns, table))
    } else {
        polls.count(later_round(n, turns, table, polls.clone()))
    }
}

/// A round after the first: it waits for the round before it, then it is over.
async fn later_round<W: Write>(
    n: u32,
    turns: u32,
    table: Console<W>,
    polls: PollCount,
) -> io::Result<()> {
    writeln!(table.borrow_mut(), "Round {n} waits for round {}.", n - 1)?;
    // Each poll of this round polls the one before it, down to the game.
    round(n - 1, turns, Rc::clone(&table), &polls).await?;
    writeln!(table.borrow_mut(), "Round {n} is over.")
}
