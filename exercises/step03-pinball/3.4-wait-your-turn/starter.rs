//! Exercise 3.4: wait your turn.
//!
//! Two ways to give the table back. A yield-once future waits for nothing: it suspends
//! once and is over at the next poll, whoever makes it, so it may go by its polls. A
//! future that waits for something, the other player's turn, must ask the state at every
//! poll.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// The table both players share: how many turns the caller has played, and the waker of
/// a coroutine waiting for the next one.
#[derive(Debug, Default)]
pub struct Table {
    turns: Cell<u32>,
    waker: RefCell<Option<Waker>>,
}

impl Table {
    /// The caller has played a turn: the table counts it, and wakes the coroutine if it
    /// waits.
    pub fn played(&self) {
        // TODO: count the turn, then take the waker kept, if any, and wake it.
        todo!()
    }

    /// How many turns the caller has played.
    pub fn turns(&self) -> u32 {
        self.turns.get()
    }

    /// Waits until the caller has played a turn more than it has now.
    pub fn my_turn(&self) -> MyTurn<'_> {
        MyTurn {
            table: self,
            cue: self.turns.get(),
        }
    }
}

/// Gives the table back once: `Pending` at the first poll (waking its own waker, since no
/// event will), `Ready` at the next, whoever makes it. Step 3's `SuspendAlways`.
#[derive(Debug, Default)]
pub struct GiveWay {
    given: bool,
}

impl Future for GiveWay {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // TODO: `Pending` once, waking this poll's waker; `Ready` from then on.
        todo!()
    }
}

/// Waits for the caller's next turn: `Ready` once the table counts more turns than when
/// it was made, however often it is polled before.
#[derive(Debug)]
pub struct MyTurn<'t> {
    table: &'t Table,
    /// The caller's turns when the wait began.
    cue: u32,
}

impl Future for MyTurn<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // TODO: keep this poll's waker; `Ready` if the caller has played since `cue`,
        // `Pending` if not.
        todo!()
    }
}
