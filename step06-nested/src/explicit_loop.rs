//! The talk's first fix: the outer resumes the inner itself, in a loop, until the inner
//! is done. Here both are genawaiter generators, and the outer yields on each value the
//! inner yields, so each of the inner's stops is also a stop of the outer.
//!
//! The C++ counterpart is `cpp/explicit_loop.cpp`: `while (sub.resume())` inside the
//! outer coroutine, with `co_yield sub.value()` in the loop.

use crate::level::Level;
use coro_cli::trace;
use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::future::Future;
use std::io::{self, Write};
use std::pin::Pin;
use std::rc::Rc;
use step03_pinball::Console;

// ANCHOR: generator
/// A generator at any level of the chain: it yields the inner's step numbers.
///
/// The body is boxed as a `dyn Future` so that every level has this one type, whichever
/// body it runs: an outer has to hold a generator of the level below in its own frame.
pub type Looping<'a> = Gen<u32, (), Body<'a>>;

/// A generator's body, whichever level it is.
pub type Body<'a> = Pin<Box<dyn Future<Output = io::Result<()>> + 'a>>;

/// The generator at `level`: the inner, or one that loops over the next level.
pub fn coroutine<'a, W: Write + 'a>(level: Level, table: Console<W>) -> Looping<'a> {
    if level.is_inner() {
        Gen::new(move |co| -> Body<'a> { Box::pin(inner(level.steps(), co, table)) })
    } else {
        Gen::new(move |co| -> Body<'a> { Box::pin(loops(level, co, table)) })
    }
}
// ANCHOR_END: generator

// ANCHOR: inner
/// The inner generator: yields its step numbers, 1 to `steps`.
async fn inner<W: Write>(steps: u32, co: Co<u32>, table: Console<W>) -> io::Result<()> {
    for step in 1..=steps {
        writeln!(
            table.borrow_mut(),
            "inner: step {step} of {steps}, yields {step}"
        )?;
        trace!(r#"inner holds "step {step} of {steps}""#);
        trace!("inner yield {}", trace::quoted(step));
        co.yield_(step).await;
    }
    writeln!(table.borrow_mut(), "inner: done")?;
    trace!("inner return");
    Ok(())
}
// ANCHOR_END: inner

// ANCHOR: loops
/// The outer (or a middle): makes the next level's generator and drives it to its end.
async fn loops<W: Write>(level: Level, co: Co<u32>, table: Console<W>) -> io::Result<()> {
    let child = level.child();
    writeln!(
        table.borrow_mut(),
        "{level}: starts, calls {}, loops over it",
        child.call()
    )?;
    trace!("{} create {}", level.actor(), child.actor());
    let mut sub = coroutine(child, Rc::clone(&table));
    // The explicit loop: resume the child until it completes. Each value it yields is
    // yielded on, so the caller sees the inner's steps as the outer's.
    loop {
        trace!("{} resume {}", level.actor(), child.actor());
        match sub.resume() {
            GeneratorState::Yielded(step) => {
                writeln!(table.borrow_mut(), "{level}: passes {step} on")?;
                trace!(
                    r#"{} holds "{step} from {child}, passed on""#,
                    level.actor()
                );
                trace!("{} yield {}", level.actor(), trace::quoted(step));
                co.yield_(step).await;
            }
            // Its write failed: this body stops too, with the same error.
            GeneratorState::Complete(result) => break result?,
        }
    }
    writeln!(table.borrow_mut(), "{level}: {child} is done")?;
    trace!("{} return", level.actor());
    Ok(())
}
// ANCHOR_END: loops
