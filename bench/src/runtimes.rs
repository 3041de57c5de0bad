//! The executors a user would pick instead of step 7's: tokio's one-thread runtime
//! (`current_thread`) and futures' `LocalPool`, each driving a task that hands out numbers.
//!
//! - `local-pool`: step 7's workload exactly: the same task and mailbox as
//!   [`executor`](crate::executor), the caller outside the pool, one
//!   `run_until_stalled()` per number and one wake (in `take`) to ask for the next.
//! - `tokio-yield`: a hop of tokio's scheduler: a spawned task adds up its numbers and
//!   calls `yield_now()` after each, which wakes the task and sends it to the back of the
//!   run queue; the runtime's loop polls it again.
//! - `tokio-spawn`: a task per number: the caller, `block_on`'s future, spawns a task
//!   that returns the number and awaits its `JoinHandle`; the runtime polls the task, which
//!   finishes and wakes the caller, which is polled and reads the number.

use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;
use std::hint::black_box;
use std::sync::Arc;
use tokio::runtime::{Builder, Runtime};

use crate::executor::{Mailbox, numbers};

// ANCHOR: local_pool
/// Step 7's caller on futures' `LocalPool`: `run_until_stalled` polls what is woken.
pub fn sum_local_pool(n: u64) -> u64 {
    let mut pool = LocalPool::new();
    let mailbox = Arc::new(Mailbox::default());
    let spawned = pool.spawner().spawn_local(numbers(n, Arc::clone(&mailbox)));
    spawned.expect("a LocalPool that is alive takes tasks");
    let mut total = 0;
    loop {
        pool.run_until_stalled();
        let Some(number) = mailbox.take() else {
            return total;
        };
        total += number;
    }
}
// ANCHOR_END: local_pool

/// tokio's one-thread runtime, as step 7's echo server builds it.
fn runtime() -> Runtime {
    let runtime = Builder::new_current_thread().build();
    runtime.expect("a current_thread runtime needs no I/O driver to start")
}

// ANCHOR: tokio
/// One `yield_now` hop per number: the task wakes itself and waits its turn again.
pub fn sum_tokio_yield(n: u64) -> u64 {
    runtime().block_on(async move {
        let task = tokio::spawn(async move {
            let mut total = 0;
            for i in 0..n {
                total += black_box(i);
                tokio::task::yield_now().await;
            }
            total
        });
        task.await.expect("the task does not panic")
    })
}

/// One task per number: spawned, polled once, finished, its `JoinHandle` woken.
pub fn sum_tokio_spawn(n: u64) -> u64 {
    runtime().block_on(async move {
        let mut total = 0;
        for i in 0..n {
            let task = tokio::spawn(async move { black_box(i) });
            total += task.await.expect("the task does not panic");
        }
        total
    })
}
// ANCHOR_END: tokio

/// The tokio task's body, for the yield row (the runtime adds its own header around it).
pub fn yield_bytes() -> usize {
    size_of_val(&async {
        let mut total = 0u64;
        for i in 0..black_box(1u64) {
            total += i;
            tokio::task::yield_now().await;
        }
        total
    })
}

/// The body of a task of the spawn row.
pub fn spawn_bytes() -> usize {
    let i = black_box(0u64);
    size_of_val(&async move { black_box(i) })
}
