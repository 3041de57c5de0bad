//! Exercise 2.3: Fibonacci, as many as you take.
//!
//! A generator computes a value only when the caller resumes it: the caller's `take(n)`
//! decides how much work is done.

use genawaiter::rc::{Co, Gen};

/// 0, 1, 1, 2, 3, 5, 8, …: every Fibonacci number that fits in a `u64`, then the end.
pub fn fibonacci() -> impl Iterator<Item = u64> {
    Gen::new(|co: Co<u64>| async move {
        // The frame keeps these two between resumes, as the radio keeps its engine.
        let (mut current, mut next) = (0_u64, 1_u64);
        loop {
            co.yield_(current).await;
            // `None` once the number after `next` would not fit: `next` is the last one.
            let Some(after) = current.checked_add(next) else {
                co.yield_(next).await;
                break;
            };
            (current, next) = (next, after);
        }
    })
    .into_iter()
    // genawaiter's iterator would resume the finished body and panic.
    .fuse()
}
