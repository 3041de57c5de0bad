//! Exercise 7.2: ten thousand deep.
//!
//! A chain of continuations: each task spawns its inner and awaits it, so each is woken
//! once, by its inner's end. Through the run queue, every wake goes back to `run`'s loop
//! before the next task goes on: the stack stays flat however deep the chain.

use std::pin::Pin;
use step07_continuation::Spawner;

/// A task's future, boxed: a type with a name, which `nest` can return and spawn.
pub type Nested = Pin<Box<dyn Future<Output = u32> + Send>>;

/// The task `depth` levels above the innermost one: spawns the next one down as a task
/// named "inner", awaits its handle, and returns its result plus one. The innermost task,
/// at depth 0, returns 0.
pub fn nest(spawner: Spawner, depth: u32) -> Nested {
    Box::pin(async move {
        if depth == 0 {
            return 0;
        }
        // Spawned, not awaited in place: the inner is a task of its own, and this one
        // keeps only its handle.
        let inner = spawner.spawn("inner", nest(spawner.clone(), depth - 1));
        // Pending until the inner's end wakes this task, its continuation.
        inner.await + 1
    })
}
