//! Step 6's chains: an outer coroutine, `DEPTH - 1` middles, and an inner that hands out
//! the numbers. The outer calls the next level, which calls the next, down to the inner.
//!
//! Two ways to resume the chain, both from step 6:
//! - awaited: each level `.await`s the next, and the caller's handle is step 3's
//!   `Pinball`. A resume polls the outer, which polls its child, … down to the inner:
//!   `DEPTH + 1` polls for one number.
//! - stacked: each level is a generator on step 6's `CallStack`, and a call pushes the
//!   callee. A resume polls the top of the stack only: one poll, whatever the depth.
//!
//! Every level is boxed and counted by step 6's `PollCount`, in both, so the two differ
//! only in how a resume reaches the inner.

use genawaiter::rc::Gen;
use std::cell::Cell;
use std::io;
use std::rc::Rc;
use step03_pinball::Pinball;
use step06_nested::polls::Counted;
use step06_nested::stack::{Coroutine, Request};
use step06_nested::{CallStack, PollCount};

use crate::pinball::numbers;

/// What building a chain needs at every level: where the inner puts its numbers, where the
/// polls are counted, and where the frames' bytes are added up.
#[derive(Clone, Default)]
pub struct Chain {
    slot: Rc<Cell<u64>>,
    polls: PollCount,
    bytes: Rc<Cell<usize>>,
}

impl Chain {
    /// Boxes a level's body (through `PollCount`), adding its size to the chain's.
    fn frame<'a>(
        &self,
        body: impl Future<Output = io::Result<()>> + 'a,
    ) -> Counted<'a, io::Result<()>> {
        self.bytes.set(self.bytes.get() + size_of_val(&body));
        self.polls.count(body)
    }

    /// The polls counted so far, all levels together.
    pub fn polls(&self) -> u64 {
        self.polls.get()
    }
}

// ANCHOR: awaited
/// The level `below` calls above the inner: the inner itself at 0.
fn awaited(below: u32, n: u64, chain: &Chain) -> Counted<'static, io::Result<()>> {
    if below == 0 {
        return chain.frame(numbers(n, Rc::clone(&chain.slot)));
    }
    let child = awaited(below - 1, n, chain);
    chain.frame(middle(child))
}

/// A level between the outer and the inner: it only awaits the next one. Its frame is
/// still a frame of its own, polled on every resume: that is what depth costs.
async fn middle(child: Counted<'_, io::Result<()>>) -> io::Result<()> {
    child.await
}

/// The chain of `DEPTH` calls in step 3's `Pinball`: each `play()` walks down to the
/// inner.
pub fn sum_awaited_in<const DEPTH: u32>(n: u64, chain: &Chain) -> u64 {
    let mut game = Pinball::new(awaited(DEPTH, n, chain));
    let mut total = 0;
    while game.play() {
        total += chain.slot.get();
    }
    total
}
// ANCHOR_END: awaited

// ANCHOR: stacked
/// The same level as a generator for `CallStack`: a call is a request to push the callee.
fn stacked(below: u32, n: u64, chain: &Chain) -> Coroutine<'static> {
    let chain = chain.clone();
    Gen::new(move |co| {
        if below == 0 {
            let slot = Rc::clone(&chain.slot);
            chain.frame(async move {
                for i in 0..n {
                    slot.set(i);
                    co.yield_(Request::Suspend).await;
                }
                Ok(())
            })
        } else {
            let callee = stacked(below - 1, n, &chain);
            chain.frame(async move {
                co.yield_(Request::Call(callee)).await;
                Ok(())
            })
        }
    })
}

/// The chain on step 6's `CallStack`: each `play()` resumes the top of the stack only.
pub fn sum_stacked_in<const DEPTH: u32>(n: u64, chain: &Chain) -> u64 {
    let mut stack = CallStack::new(stacked(DEPTH, n, chain));
    let mut total = 0;
    while stack.play() {
        total += chain.slot.get();
    }
    total
}
// ANCHOR_END: stacked

/// [`sum_awaited_in`] on a chain of its own.
pub fn sum_awaited<const DEPTH: u32>(n: u64) -> u64 {
    sum_awaited_in::<DEPTH>(n, &Chain::default())
}

/// [`sum_stacked_in`] on a chain of its own.
pub fn sum_stacked<const DEPTH: u32>(n: u64) -> u64 {
    sum_stacked_in::<DEPTH>(n, &Chain::default())
}

/// Every level's frame of the awaited chain, added up.
pub fn awaited_bytes<const DEPTH: u32>() -> usize {
    let chain = Chain::default();
    drop(awaited(DEPTH, 0, &chain));
    chain.bytes.get()
}

/// Every level's frame of the stacked chain, added up. A level is built when its caller
/// asks for it, so the whole chain is run (with nothing to hand out) to build them all.
pub fn stacked_bytes<const DEPTH: u32>() -> usize {
    let chain = Chain::default();
    sum_stacked_in::<DEPTH>(0, &chain);
    chain.bytes.get()
}
