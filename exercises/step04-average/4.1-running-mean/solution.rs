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
        // i64: the sum of two i32s may not fit an i32; their mean always does.
        let (mut sum, mut count) = (0_i64, 0_i64);
        for &number in numbers.as_slice() {
            sum += i64::from(number);
            count += 1;
            co.yield_((sum / count) as i32).await;
        }
        // `Numbers` is never empty, so `count` is at least 1.
        (sum / count) as i32
    })
}
