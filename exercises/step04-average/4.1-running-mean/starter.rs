//! Exercise 4.1: the running mean on the way.
//!
//! A generator can hand out values while it works (`co_yield`) and a different one when
//! it ends (`co_return`): genawaiter's `Yielded(v)` and `Complete(v)`.

use genawaiter::rc::Gen;
use std::future::Future;
use step04_average::Numbers;

/// Yields the mean of the numbers so far after each number, then completes with the
/// average of them all.
pub fn running_average(numbers: Numbers) -> Gen<i32, (), impl Future<Output = i32>> {
    Gen::new(move |co| async move {
        // TODO: for each number: add it, yield the mean so far. At the end: the average.
        todo!()
    })
}
