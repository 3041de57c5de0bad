//! The input and the arithmetic: a list that is never empty, and an integer average
//! that rounds as C++'s does.
//!
//! Rust does not mix integer types in arithmetic. The talk's `sum / numbers.size()`
//! divides an `int` by a `size_t`; C++ silently converts the `int` to unsigned first,
//! so a negative sum becomes a huge number. The same line in Rust does not compile:
//!
#![doc = "```compile_fail,E0277"]
#![doc = include_str!("../compile_fail/mixed_division.rs")]
#![doc = "```"]

use std::fmt;

/// The numbers of the talk's `main()`: their average is 150.
pub const TALKS_NUMBERS: [i32; 8] = [100, 200, 100, 200, 100, 200, 100, 200];

// ANCHOR: numbers
/// Numbers to average: at least one, since the average of nothing is undefined (the C++
/// coroutine would divide by zero). Checked once here, so no coroutine has to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbers(Vec<i32>);

/// Why [`Numbers::new`] refused a list: it was empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoNumbers;

impl Numbers {
    /// The list, or [`NoNumbers`] if it is empty.
    pub fn new(numbers: Vec<i32>) -> Result<Self, NoNumbers> {
        if numbers.is_empty() {
            Err(NoNumbers)
        } else {
            Ok(Self(numbers))
        }
    }
}
// ANCHOR_END: numbers

impl Numbers {
    /// The talk's eight numbers.
    pub fn talks() -> Self {
        Self(TALKS_NUMBERS.to_vec())
    }

    /// The numbers, in order.
    pub fn as_slice(&self) -> &[i32] {
        &self.0
    }
}

impl fmt::Display for NoNumbers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no numbers to average")
    }
}

impl std::error::Error for NoNumbers {}

// ANCHOR: mean
/// `sum / count`, truncated toward zero as C++'s integer division is (-7 / 2 is -3).
///
/// `count` is at least 1: it is the length of a [`Numbers`]. The sum is an `i64`, so no
/// list of `i32`s overflows it short of 2³² numbers (16 GiB of them).
pub(crate) fn mean(sum: i64, count: usize) -> i32 {
    // i64 and usize do not mix: convert explicitly. A Vec holds at most isize::MAX
    // bytes, so its length always fits an i64.
    let count = i64::try_from(count).expect("a Vec's length fits in an i64");
    // An average lies between the smallest and the largest number: it fits an i32.
    i32::try_from(sum / count).expect("an average of i32s fits in an i32")
}
// ANCHOR_END: mean
