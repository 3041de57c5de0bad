//! The talk's "this does not work!": a coroutine calling a coroutine. With a stack of its
//! own it works with no loop and no awaitable chain: the inner is a plain function, called
//! by plain functions to any depth, and its `suspend` stops the whole stack at once. A
//! resume switches straight back to where the innermost stopped, whatever the depth.
//!
//! The transcript is step 6's, line for line, so the two can be compared.

use std::io::{self, Write};

use coro_cli::trace;
use corosensei::stack::DefaultStack;
use corosensei::{CoroutineResult, ScopedCoroutine, Yielder};
use step03_pinball::Console;
use step06_nested::Level;

/// How deep the plain calls went: how many calls below the outer the inner ran.
pub type Depth = u32;

// ANCHOR: inner
/// The inner: `steps` steps, a suspension after each. A plain function: what it suspends
/// is the coroutine that called it, however many calls up that is.
fn inner<W: Write>(
    yielder: &Yielder<(), ()>,
    steps: u32,
    table: &Console<W>,
) -> io::Result<()> {
    for step in 1..=steps {
        writeln!(
            table.borrow_mut(),
            "inner: step {step} of {steps}, suspends"
        )?;
        trace!(r#"inner holds "step {step} of {steps}""#);
        trace!("inner suspend caller"); // the whole stack, back to the caller
        yielder.suspend(());
    }
    writeln!(table.borrow_mut(), "inner: done")?;
    trace!("inner return");
    Ok(())
}
// ANCHOR_END: inner

// ANCHOR: calls
/// The outer, or a middle: calls the next level, a plain call, then suspends once on its
/// own, as step 6's do, and ends. Returns how many calls deep the inner ran below it.
fn calls<W: Write>(
    yielder: &Yielder<(), ()>,
    level: Level,
    table: &Console<W>,
) -> io::Result<Depth> {
    if level.is_inner() {
        inner(yielder, level.steps(), table)?;
        return Ok(0);
    }
    let child = level.child();
    writeln!(
        table.borrow_mut(),
        "{level}: starts, calls {}",
        child.call()
    )?;
    trace!("{} call {}", level.actor(), child.actor());
    let below = calls(yielder, child, table)?;
    writeln!(table.borrow_mut(), "{level}: {child} is done, suspends")?;
    trace!(r#"{} holds "{child} done""#, level.actor());
    trace!("{} suspend caller", level.actor());
    yielder.suspend(());
    writeln!(table.borrow_mut(), "{level}: done")?;
    trace!("{} return", level.actor());
    Ok(below + 1)
}
// ANCHOR_END: calls

// ANCHOR: stack_for
/// The stack a chain of `depth` plain calls gets: each level's frame lives on it, so a
/// deeper chain needs more (a debug build uses about 1.5 KiB a level, a release build a
/// few hundred bytes; 1 MiB overflows past about 650 levels in debug). Past the end is
/// the guard page: an overflow is a SIGSEGV, never a write into someone else's memory.
pub fn stack_for(depth: u32) -> usize {
    64 * 1024 + 4 * 1024 * depth as usize
}
// ANCHOR_END: stack_for

// ANCHOR: run
/// Step 6's program on one stackful coroutine, the inner `depth` calls below the outer
/// and taking `steps` steps: the caller resumes the outer until it is done, marking each
/// resume. Returns how many resumes it took and how deep the inner ran.
pub fn run(depth: u32, steps: u32, out: &mut dyn Write) -> io::Result<(u32, Depth)> {
    let outer = Level::outer(depth, steps);
    let table: Console<&mut dyn Write> = std::rc::Rc::new(std::cell::RefCell::new(out));
    trace!("caller create outer");
    let stack = DefaultStack::new(stack_for(depth))?;
    let coroutine =
        ScopedCoroutine::with_stack(stack, |yielder: &Yielder<(), ()>, ()| {
            calls(yielder, outer, &table)
        });
    let ended = coroutine.scope(|mut coroutine| {
        let mut resumes = 0;
        loop {
            resumes += 1;
            writeln!(table.borrow_mut(), "caller: resume {resumes}")?;
            trace!("caller resume outer");
            if let CoroutineResult::Return(depth) = coroutine.resume(()) {
                return Ok((resumes, depth?));
            }
        }
    });
    trace!("caller destroy outer");
    ended
}
// ANCHOR_END: run
