//! Step 8's select, once per number: two stations whose next number is ready at once, raced
//! with step 8's hand-written `race`; the winner's number is added up.
//!
//! A station's next number is an `async fn` that returns at once, as the C++ counterpart's
//! coroutine `co_return`s at once (`cpp/when_any_sum.cpp`). Both futures live on the
//! caller's stack (`pin!`): a Rust future needs no heap, where g++ allocates each C++ frame.
//! Each goes to the race behind `black_box`, as a `Pin<&mut dyn Future>`, so that a poll is
//! an indirect call into code LLVM cannot see, as a C++ `resume()` is; in plain sight the
//! whole select would fold into `total += i`, like the `-inlined` rows.

use std::hint::black_box;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};
use step08_zapping::{Either, race};

// ANCHOR: select
/// A station's next number: ready the first time it is polled.
async fn next_number(i: u64) -> u64 {
    i
}

/// A station as the race sees it: a future it may poll, and nothing more.
type Hidden<'a> = Pin<&'a mut dyn Future<Output = u64>>;

/// The listener: one race per number, polled once. Both stations are ready, so the first
/// wins at once and nobody is ever woken: the waker can be one that does nothing.
pub fn sum(n: u64) -> u64 {
    let mut cx = Context::from_waker(Waker::noop());
    let mut total = 0;
    for i in 0..n {
        let (first, second): (Hidden<'_>, Hidden<'_>) =
            (pin!(next_number(i)), pin!(next_number(i)));
        let mut select = race(black_box(first), black_box(second));
        // A race still pending adds nothing, and the bench's check of the sum says so.
        if let Poll::Ready(Either::First(number, _) | Either::Second(number, _)) =
            Pin::new(&mut select).poll(&mut cx)
        {
            total += number;
        }
    }
    total
}
// ANCHOR_END: select

/// Both stations' futures, as the C++ program counts both frames of a `when_any` (the race
/// itself holds only the two pointers).
pub fn frame_bytes() -> usize {
    2 * size_of_val(&next_number(0))
}
