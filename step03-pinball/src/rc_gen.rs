//! The same game on genawaiter's `rc::Gen`, for contrast with the bare `async fn`.
//!
//! A generator is a coroutine with two channels the `async fn` lacks: `resume()` is a
//! ready-made resume API, and `co.yield_(v)` hands a value out at each suspension (here
//! `()`, as the pinball has nothing to hand out). The price: an `Rc`'d "airlock" through
//! which the yielded value travels, and the body boxed on the heap. The book's chapter
//! on cost measures both.

use crate::pinball::Console;
use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::rc::Rc;

// ANCHOR: coroutine
/// The coroutine player as a generator of nothing: `co.yield_(())` is the suspension.
pub fn pinball_gen<'a, W: Write + 'a>(
    turns: u32,
    table: Console<W>,
) -> Gen<(), (), impl Future<Output = io::Result<()>> + 'a> {
    Gen::new(move |co| async move {
        for _ in 0..turns {
            writeln!(table.borrow_mut(), "Coro's turn to play.")?;
            co.yield_(()).await;
        }
        writeln!(table.borrow_mut(), "Coro loses.")
    })
}
// ANCHOR_END: coroutine

// ANCHOR: main
/// [`crate::play_game`] on the generator: `resume()` replaces the hand-made `play()`.
pub fn play_game_gen(turns: u32, out: &mut dyn Write) -> io::Result<()> {
    let table = Rc::new(RefCell::new(out));
    let mut coro = pinball_gen(turns, Rc::clone(&table));
    loop {
        match coro.resume() {
            GeneratorState::Yielded(()) => {
                writeln!(table.borrow_mut(), "My turn to play.")?
            }
            GeneratorState::Complete(result) => return result,
        }
    }
}
// ANCHOR_END: main
