//! Exercise 2.3: Fibonacci, as many as you take.
//!
//! A generator computes a value only when the caller resumes it: the caller's `take(n)`
//! decides how much work is done.

use genawaiter::rc::{Co, Gen};

/// 0, 1, 1, 2, 3, 5, 8, …: every Fibonacci number that fits in a `u64`, then the end.
pub fn fibonacci() -> impl Iterator<Item = u64> {
    Gen::new(|co: Co<u64>| async move {
        // TODO: yield the numbers one by one; stop after the last one that fits.
        todo!()
    })
    .into_iter()
    // TODO: after its end, the iterator must keep answering `None`.
}
