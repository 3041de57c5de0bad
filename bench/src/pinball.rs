//! Step 3's handle, `Pinball`, around a boxed async body that hands out numbers.
//!
//! A future yields nothing: `poll` says only "not yet" or "done". The number travels the
//! way C++'s `co_yield` sends it, through a place both sides can see (the promise's
//! `current` in C++, a shared cell here), and `SuspendAlways` is the suspension.

use std::cell::Cell;
use std::io;
use std::rc::Rc;
use step03_pinball::{Pinball, SuspendAlways};

// ANCHOR: body
/// The coroutine: put `i` where the caller looks, suspend, next.
pub async fn numbers(n: u64, slot: Rc<Cell<u64>>) -> io::Result<()> {
    for i in 0..n {
        slot.set(i);
        SuspendAlways::new().await;
    }
    Ok(())
}

/// The caller: `play()` is one `poll` of the boxed frame, a call through its vtable.
pub fn sum(n: u64) -> u64 {
    let slot = Rc::new(Cell::new(0));
    let mut game = Pinball::new(numbers(n, Rc::clone(&slot)));
    let mut total = 0;
    while game.play() {
        total += slot.get();
    }
    total
}
// ANCHOR_END: body

/// The async body's size: what `Pinball::new` moves into its box.
pub fn frame_bytes() -> usize {
    size_of_val(&numbers(0, Rc::default()))
}
