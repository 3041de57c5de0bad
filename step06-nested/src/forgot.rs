//! The call that does nothing: the outer calls the inner and does not await it.
//!
//! In C++ (`cpp/awaitable.cpp`, mode `forgot`), calling a coroutine makes its frame and
//! stops at `initial_suspend`; nobody resumes it, and the frame is destroyed with the
//! discarded return object. In Rust, calling an `async fn` makes the future, a value that
//! runs nothing until it is polled; the statement drops it at once. The compiler warns,
//! because the `Future` trait is `#[must_use]`, and so is any `impl Future` a function
//! returns.

use crate::awaited;
use crate::level::Level;
use crate::polls::PollCount;
use coro_cli::trace;
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::Console;

// ANCHOR: forgot
/// The outer coroutine that calls the next level without `.await`. The child's frame is
/// counted in `polls`, which stays at 0: the child is made and dropped, never polled.
// The lint is what this step is about; the chapter shows the warning that this `allow`
// silences (run `cargo rustc -p step06-nested --lib -- --force-warn unused_must_use`).
#[allow(unused_must_use)]
pub async fn outer_forgets<W: Write>(
    level: Level,
    table: Console<W>,
    polls: PollCount,
) -> io::Result<()> {
    let child = level.child();
    writeln!(
        table.borrow_mut(),
        "{level}: starts, calls {} without awaiting it",
        child.call()
    )?;
    trace!("{} create {}", level.actor(), child.actor());
    awaited::coroutine(child, Rc::clone(&table), &polls);
    writeln!(table.borrow_mut(), "{level}: done")?;
    trace!("{} return", level.actor());
    Ok(())
}
// ANCHOR_END: forgot
