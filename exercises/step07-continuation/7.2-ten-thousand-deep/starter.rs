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
        // TODO: at depth 0, 0. Otherwise spawn `nest(…, depth - 1)` as "inner", await its
        // handle, add one.
        todo!()
    })
}
