//! The awaitable inner: the outer says `.await` where the talk says `co_await
//! coroInner(3)`, and every suspension of the inner is a suspension of the outer.
//!
//! The C++ counterpart (`cpp/awaitable.cpp`) needs a task type that is itself an
//! awaiter, an `mSub` handle in the promise, and a `resume()` that walks down to the
//! innermost coroutine. In Rust none of that is written: an `async fn` may await another,
//! and a `Poll::Pending` from the inner is returned by the outer's `poll` in turn. The
//! return object is step 3's [`Pinball`](step03_pinball::Pinball), unchanged.

use crate::level::Level;
use crate::polls::PollCount;
use coro_cli::trace;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::{Console, SuspendAlways};

// ANCHOR: coroutine
/// The coroutine at `level` of the chain: the inner, or a coroutine that awaits the next
/// level. Its frame is counted in `polls`.
///
/// A plain function, not an `async fn`: it picks one of two bodies. Each body is boxed
/// inside [`Counted`](crate::polls::Counted), and that box is what lets `calls` await a
/// coroutine of its own kind: an async body cannot contain itself, only a pointer to
/// another.
pub fn coroutine<'a, W: Write + 'a>(
    level: Level,
    table: Console<W>,
    polls: &PollCount,
) -> impl Future<Output = io::Result<()>> + 'a {
    if level.is_inner() {
        polls.count(inner(level.steps(), table))
    } else {
        polls.count(calls(level, table, polls.clone()))
    }
}
// ANCHOR_END: coroutine

// ANCHOR: inner
/// The inner coroutine: `steps` steps, a suspension after each, then done.
pub async fn inner<W: Write>(steps: u32, table: Console<W>) -> io::Result<()> {
    for step in 1..=steps {
        writeln!(
            table.borrow_mut(),
            "inner: step {step} of {steps}, suspends"
        )?;
        trace!(r#"inner holds "step {step} of {steps}""#);
        trace!("inner suspend");
        SuspendAlways::new().await;
    }
    writeln!(table.borrow_mut(), "inner: done")?;
    trace!("inner return");
    Ok(())
}
// ANCHOR_END: inner

// ANCHOR: calls
/// The outer (or a middle): calls the next level and awaits it, then suspends once on
/// its own, as the talk's outer does, and ends.
async fn calls<W: Write>(
    level: Level,
    table: Console<W>,
    polls: PollCount,
) -> io::Result<()> {
    let child = level.child();
    writeln!(
        table.borrow_mut(),
        "{level}: starts, calls {}",
        child.call()
    )?;
    // co_await coroInner(3): while the child is suspended, so is this body, and each
    // poll of this body polls the child again, where it stopped.
    trace!("{} create {}", level.actor(), child.actor());
    trace!("{} await {}", level.actor(), child.actor());
    coroutine(child, Rc::clone(&table), &polls).await?;
    writeln!(table.borrow_mut(), "{level}: {child} is done, suspends")?;
    trace!(r#"{} holds "{child} done""#, level.actor());
    trace!("{} suspend", level.actor());
    SuspendAlways::new().await;
    writeln!(table.borrow_mut(), "{level}: done")?;
    trace!("{} return", level.actor());
    Ok(())
}
// ANCHOR_END: calls

// ANCHOR: frame_sizes
/// The size in bytes of each level's frame in the talk's chain, `Level::outer(1, 3)`,
/// outer first: `size_of_val` of the future of `calls` for the outer and of [`inner`]
/// for the inner (the same for any number of steps; a middle's frame is the outer's).
///
/// Each level is boxed separately here (by [`Counted`](crate::polls::Counted), see
/// [`coroutine`]), so each frame is an allocation of its own: the outer's frame holds,
/// while it awaits, only the `Counted` of the inner (a pointer to its box and the poll
/// count), not the inner's frame. Each size is what that level keeps while suspended: its
/// arguments, its locals, what it awaits, and the resume point it stopped at.
pub fn frame_sizes() -> [(Level, usize); 2] {
    let outer = Level::outer(1, 3);
    let table = Rc::new(RefCell::new(io::sink()));
    let polls = PollCount::default();
    [
        (outer, size_of_val(&calls(outer, Rc::clone(&table), polls))),
        (outer.child(), size_of_val(&inner(outer.steps(), table))),
    ]
}
// ANCHOR_END: frame_sizes
