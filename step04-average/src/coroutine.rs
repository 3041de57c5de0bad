//! The average as an `async fn`, and the ways to start it: owning its numbers, or
//! borrowing them from the caller.

use coro_cli::trace;
use std::borrow::Borrow;
use std::io::{self, Write};
use std::rc::Rc;

use crate::numbers::mean;
use crate::{Average, Console, Numbers, SuspendAlways};

// ANCHOR: coroutine
/// The coroutine: one number per resume, the average at the end.
///
/// Its arguments and locals (`numbers`, `sum`, the loop's position) live in the future
/// between resumes, as they live in the C++ frame.
async fn crunch<W: Write>(numbers: impl Borrow<Numbers>, console: Rc<Console<W>>) -> i32 {
    let numbers = numbers.borrow().as_slice();
    let mut sum: i64 = 0;
    for &number in numbers {
        console.say("    Number crunching the next value.");
        sum += i64::from(number);
        trace!(
            "average holds \"sum {sum} so far, {} numbers\"",
            numbers.len()
        );
        SuspendAlways::new().await;
    }
    console.say("    Finally, all calculated.");
    // co_return: the block's value is what the last poll hands out, Ready(average).
    mean(sum, numbers.len())
}
// ANCHOR_END: coroutine

// ANCHOR: owning
/// Starts an average that owns its numbers: they move into the coroutine, like the C++
/// version's by-value parameter, and live as long as the [`Average`] it returns.
pub fn average<'w, W: Write + 'w>(
    numbers: Numbers,
    console: Rc<Console<W>>,
) -> Average<'w> {
    Average::new(crunch(numbers, console))
}
// ANCHOR_END: owning

// ANCHOR: frame_size
/// The size in bytes of the average's frame: the future of the body that [`average`]
/// boxes in its [`Average`], `size_of_val` of `crunch(numbers, console)` for the talk's
/// numbers (the same for any list). It is what the body keeps while it is suspended: its
/// arguments (the `Numbers`, a `Vec`'s pointer, length and capacity, and the console's
/// `Rc`), `sum`, the loop's position, and the resume point it stopped at. Not counted:
/// the numbers themselves, in the `Vec`'s own allocation, and the result, which
/// [`Average`] keeps beside the box.
pub fn frame_size() -> usize {
    size_of_val(&crunch(Numbers::talks(), Console::new(io::sink())))
}
// ANCHOR_END: frame_size

// ANCHOR: borrowing
/// Starts an average that borrows its numbers, like the talk's `const std::vector<int>&`
/// parameter. The returned [`Average`] has the borrow's lifetime `'a`: the numbers must
/// outlive it.
///
/// Handing it a temporary, as `average({100, 200, …})` does in C++, does not compile:
/// the list would be gone before the first `calculate()`.
///
#[doc = "```compile_fail,E0716"]
#[doc = include_str!("../compile_fail/temporary_numbers.rs")]
#[doc = "```"]
pub fn average_of_borrowed<'a, W: Write + 'a>(
    numbers: &'a Numbers,
    console: Rc<Console<W>>,
) -> Average<'a> {
    Average::new(crunch(numbers, console))
}
// ANCHOR_END: borrowing

// ANCHOR: caller
/// The talk's `main()`: calculates the average of `numbers`, printing to `out` between
/// resumes, and the average at the end.
pub fn print_average(numbers: Numbers, out: impl Write) -> io::Result<()> {
    let console = Console::new(out);
    let mut calculation = average(numbers, console.clone());
    while calculation.calculate() {
        console.say("More calculations needed.");
    }
    if let Some(average) = calculation.result() {
        console.say(format_args!("Average : {average}"));
    }
    console.finish()
}
// ANCHOR_END: caller
