//! The coroutine without a coroutine: step 2's state machine, and the standard library's
//! own hand-written generator, `Range`.
//!
//! LLVM sees all of either one. Each comes twice: once in plain sight, where the optimizer
//! may turn the whole loop into `n * (n - 1) / 2` and no resume is left to measure; and once
//! behind [`black_box`], as a `&mut dyn Iterator` whose `next` must really be called.

use std::hint::black_box;
use std::ops::Range;

// ANCHOR: machine
/// Step 2's `RadioStateMachine` for numbers: where the body stopped, and what it keeps.
#[derive(Debug, Clone)]
pub enum NumberStation {
    /// Created, nothing run: only the argument exists.
    Start {
        /// How many numbers to hand out.
        n: u64,
    },
    /// Stopped at the yield of `i`.
    AtYield {
        /// The argument.
        n: u64,
        /// The loop index, the number just handed out.
        i: u64,
    },
    /// Ran off the end of the body.
    Done,
}

impl Iterator for NumberStation {
    type Item = u64;

    /// `resume()`: go on where the body stopped, run to the next yield or the end.
    fn next(&mut self) -> Option<u64> {
        let (n, i) = match *self {
            NumberStation::Start { n } => (n, 0),
            NumberStation::AtYield { n, i } => (n, i + 1),
            NumberStation::Done => return None,
        };
        if i < n {
            *self = NumberStation::AtYield { n, i };
            Some(i)
        } else {
            *self = NumberStation::Done;
            None
        }
    }
}
// ANCHOR_END: machine

// ANCHOR: hidden
/// The caller's loop, for any producer it may not look into.
fn sum_of(numbers: &mut dyn Iterator<Item = u64>) -> u64 {
    let mut total = 0;
    for i in numbers {
        total += i;
    }
    total
}

/// The state machine, hidden: `black_box` returns a pointer LLVM knows nothing about, so
/// each `next` is an indirect call into the machine's code, as a C++ `resume()` is.
pub fn sum_machine_hidden(n: u64) -> u64 {
    let mut station = NumberStation::Start { n };
    sum_of(black_box(&mut station))
}
// ANCHOR_END: hidden

/// The state machine in plain sight.
pub fn sum_machine(n: u64) -> u64 {
    NumberStation::Start { n }.sum()
}

/// `0..n` in plain sight.
pub fn sum_range(n: u64) -> u64 {
    (0..n).sum()
}

/// `0..n` hidden, as [`sum_machine_hidden`].
pub fn sum_range_hidden(n: u64) -> u64 {
    let mut numbers = 0..n;
    sum_of(black_box(&mut numbers))
}

/// The machine's frame is the enum itself.
pub fn machine_bytes() -> usize {
    size_of::<NumberStation>()
}

/// `Range<u64>`: where it is, where it ends.
pub fn range_bytes() -> usize {
    size_of::<Range<u64>>()
}
