//! Resuming the innermost coroutine directly, as cppcoro's `recursive_generator` does:
//! each resume polls one frame, however deep the chain.
//!
//! With `.await` the outer's frame owns the inner's, and a poll can reach the inner only
//! through every frame above it. Here no frame owns another. Each level is a generator of
//! its own, owned by a stack in the return object, [`CallStack`]; a level calls another
//! by yielding a request to push it, and the `CallStack` resumes only the top of the
//! stack. In C++, cppcoro's root promise points at the current leaf, and each child at
//! its parent: its resume goes to the leaf without the walk that `cpp/awaitable.cpp`
//! does, and back up when one ends.

use crate::level::Level;
use crate::polls::{Counted, PollCount};
use coro_cli::trace;
use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::io::{self, Write};
use std::rc::Rc;
use step03_pinball::Console;

// ANCHOR: request
/// What a level asks of the [`CallStack`] when it stops.
pub enum Request<'a> {
    /// Suspend the whole chain: the caller's resume is over.
    Suspend,
    /// Run this coroutine now, and resume me when it is done: a call.
    Call(Coroutine<'a>),
}

/// A level of the chain: a generator that yields requests, with its frame counted.
pub type Coroutine<'a> = Gen<Request<'a>, (), Counted<'a, io::Result<()>>>;
// ANCHOR_END: request

// ANCHOR: levels
/// The generator at `level`: the inner, or a level that calls the next one.
pub fn coroutine<'a, W: Write + 'a>(
    level: Level,
    table: Console<W>,
    polls: &PollCount,
) -> Coroutine<'a> {
    let polls = polls.clone();
    Gen::new(move |co| {
        if level.is_inner() {
            polls.count(inner(level.steps(), co, table))
        } else {
            polls.count(calls(level, co, table, polls.clone()))
        }
    })
}

/// The inner: `co.yield_(Request::Suspend)` where the awaited version awaits
/// `SuspendAlways`.
async fn inner<W: Write>(
    steps: u32,
    co: Co<Request<'_>>,
    table: Console<W>,
) -> io::Result<()> {
    for step in 1..=steps {
        writeln!(
            table.borrow_mut(),
            "inner: step {step} of {steps}, suspends"
        )?;
        trace!(r#"inner holds "step {step} of {steps}""#);
        trace!("inner suspend");
        co.yield_(Request::Suspend).await;
    }
    writeln!(table.borrow_mut(), "inner: done")?;
    trace!("inner return");
    Ok(())
}

/// The outer (or a middle): the awaited version's body, with each `.await` turned into a
/// request to the [`CallStack`].
async fn calls<'a, W: Write + 'a>(
    level: Level,
    co: Co<Request<'a>>,
    table: Console<W>,
    polls: PollCount,
) -> io::Result<()> {
    let child = level.child();
    writeln!(
        table.borrow_mut(),
        "{level}: starts, calls {}",
        child.call()
    )?;
    // Not `child.await`, which would poll the child from inside this frame: hand the
    // child to the `CallStack`, which runs it on top of us and resumes us here once it
    // is done.
    trace!("{} create {}", level.actor(), child.actor());
    let callee = coroutine(child, Rc::clone(&table), &polls);
    trace!("{} await {}", level.actor(), child.actor());
    co.yield_(Request::Call(callee)).await;
    writeln!(table.borrow_mut(), "{level}: {child} is done, suspends")?;
    trace!(r#"{} holds "{child} done""#, level.actor());
    trace!("{} suspend", level.actor());
    co.yield_(Request::Suspend).await;
    writeln!(table.borrow_mut(), "{level}: done")?;
    trace!("{} return", level.actor());
    Ok(())
}
// ANCHOR_END: levels

// ANCHOR: handle
/// The caller's return object: a `play()` like step 3's `Pinball`, over a stack of
/// generators. It owns every level's frame; dropping it drops them all.
pub struct CallStack<'a> {
    /// Every level that has been called and is not done, the outer at the bottom. The
    /// top is the innermost: the one coroutine a resume has to poll.
    stack: Vec<Coroutine<'a>>,
    /// Why the chain ended early, if a write failed.
    error: Option<io::Error>,
}

impl<'a> CallStack<'a> {
    /// Holds the outer coroutine. Nothing runs before the first `play()`.
    pub fn new(outer: Coroutine<'a>) -> Self {
        Self {
            stack: vec![outer],
            error: None,
        }
    }
}
// ANCHOR_END: handle

// ANCHOR: play
impl CallStack<'_> {
    /// One resume of the chain; `true` while the outer is suspended.
    ///
    /// Resumes the top until a level suspends. A call pushes the callee, which starts in
    /// this same resume; a finished level is popped, and its caller goes on in this same
    /// resume: that is what `.await` does too, so both print the same transcript.
    pub fn play(&mut self) -> bool {
        // Taken out while the levels run: if one panics, the unwinding drops the whole
        // stack, and the `CallStack` is left empty and over.
        let mut stack = std::mem::take(&mut self.stack);
        while let Some(top) = stack.last_mut() {
            match top.resume() {
                GeneratorState::Yielded(Request::Suspend) => {
                    self.stack = stack;
                    return true;
                }
                GeneratorState::Yielded(Request::Call(callee)) => stack.push(callee),
                GeneratorState::Complete(Ok(())) => drop(stack.pop()),
                GeneratorState::Complete(Err(error)) => {
                    // The failed level's callers are dropped with the stack.
                    self.error = Some(error);
                    return false;
                }
            }
        }
        false
    }

    /// Whether the chain is over: the outer returned, or a level failed or panicked.
    pub fn is_over(&self) -> bool {
        self.stack.is_empty()
    }

    /// How many levels are running: the height of the stack.
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The error that ended the chain early, if any; handed out once.
    pub fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }
}
// ANCHOR_END: play
