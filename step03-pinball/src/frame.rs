//! The frame, and why it is pinned.
//!
//! A C++ coroutine's frame is allocated on the heap (unless the optimizer proves it can
//! do without), and the `coroutine_handle` points at it: the frame never moves. A Rust
//! future is an ordinary value that can be moved like any other, until it is pinned.
//! Pinning matters because a frame may point into itself, as [`keep_score`] does.

use crate::game::DEFAULT_TURNS;
use crate::pinball::{Console, pinball};
use crate::suspend::SuspendAlways;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

// ANCHOR: self_reference
/// A player that keeps its score through a reference to its own local.
///
/// `board` points at `score`, and both live across the `.await`, so both are stored in
/// the frame: after the first poll the frame holds a pointer into itself. Were the frame
/// moved then, `board` would still point at the old place. `poll` takes `Pin<&mut Self>`
/// so that a frame, once polled, stays where it is.
pub async fn keep_score<W: Write>(turns: u32, table: Console<W>) -> io::Result<()> {
    let mut score = 0;
    let board = &mut score;
    for _ in 0..turns {
        *board += 100;
        SuspendAlways::new().await;
    }
    writeln!(table.borrow_mut(), "Coro scores {score}.")
}
// ANCHOR_END: self_reference

// ANCHOR: frame_size
/// The size in bytes of the pinball coroutine's frame: the future value itself, that is
/// what it keeps across a suspension (its arguments, the loop's state) and where it
/// stopped.
pub fn frame_size() -> usize {
    let table = Rc::new(RefCell::new(io::sink()));
    size_of_val(&pinball(DEFAULT_TURNS, table))
}
// ANCHOR_END: frame_size

// ANCHOR: on_the_stack
/// [`crate::play_game`] with the coroutine's frame on the stack: `pin!` pins the future
/// in this function's own stack frame, no `Box`. It may, because the game ends before
/// the function returns; a frame that outlives its maker needs the heap.
pub fn play_game_on_the_stack(turns: u32, out: &mut dyn Write) -> io::Result<()> {
    let table = Rc::new(RefCell::new(out));
    let mut coro = pin!(pinball(turns, Rc::clone(&table)));
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        match coro.as_mut().poll(&mut cx) {
            Poll::Pending => writeln!(table.borrow_mut(), "My turn to play.")?,
            Poll::Ready(result) => return result,
        }
    }
}
// ANCHOR_END: on_the_stack
