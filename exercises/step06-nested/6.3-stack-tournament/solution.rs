//! Exercise 6.3: the tournament on the stack.
//!
//! No frame holds another: each level is a generator on the `CallStack`, and a level
//! calls another by yielding a request. A resume runs the top of the stack, and only it.

use genawaiter::rc::{Co, Gen};
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::Console;
use step06_nested::PollCount;
use step06_nested::stack::{Coroutine, Request};

/// One game of pinball as a level of the stack, its polls counted in `polls`.
pub fn game<'a, W: Write + 'a>(
    turns: u32,
    table: Console<W>,
    polls: &PollCount,
) -> Coroutine<'a> {
    let polls = polls.clone();
    Gen::new(move |co| polls.count(game_body(turns, co, table)))
}

/// The tournament as the outer level of the stack, its polls and its games' counted in
/// `polls`.
pub fn tournament<'a, W: Write + 'a>(
    games: Vec<u32>,
    table: Console<W>,
    polls: &PollCount,
) -> Coroutine<'a> {
    let polls = polls.clone();
    Gen::new(move |co| polls.count(tournament_body(games, co, table, polls.clone())))
}

/// Step 3's `pinball`, with `co.yield_(Request::Suspend)` where it awaits
/// `SuspendAlways`.
async fn game_body<W: Write>(
    turns: u32,
    co: Co<Request<'_>>,
    table: Console<W>,
) -> io::Result<()> {
    for _ in 0..turns {
        writeln!(table.borrow_mut(), "Coro's turn to play.")?;
        // The whole stack suspends: the caller's resume is over.
        co.yield_(Request::Suspend).await;
    }
    writeln!(table.borrow_mut(), "Coro loses.")
}

/// Exercise 6.2's tournament, with each game called through the `CallStack`.
async fn tournament_body<'a, W: Write + 'a>(
    games: Vec<u32>,
    co: Co<Request<'a>>,
    table: Console<W>,
    polls: PollCount,
) -> io::Result<()> {
    let count = games.len();
    for (n, turns) in (1..).zip(games) {
        writeln!(table.borrow_mut(), "Game {n} of {count} starts.")?;
        // Not `.await`: the `CallStack` pushes the game, runs it on top of this level,
        // and resumes this level here once the game is over.
        let game = game(turns, Rc::clone(&table), &polls);
        co.yield_(Request::Call(game)).await;
    }
    writeln!(table.borrow_mut(), "Coro leaves the table.")
}
