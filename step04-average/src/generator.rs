//! The same coroutine on genawaiter's `rc::Gen`: it yields nothing (`()`) at each stop
//! and completes with the average, which the caller gets as
//! `GeneratorState::Complete(average)`.

use std::future::Future;
use std::io::{self, Write};
use std::rc::Rc;

use genawaiter::GeneratorState;
use genawaiter::rc::Gen;

use crate::numbers::mean;
use crate::{Console, Numbers};

// ANCHOR: coroutine
/// The coroutine as a generator: `co.yield_(()).await` stops it, like the `async fn`'s
/// `SuspendAlways` does; the body's result is the generator's completion value.
///
/// Resuming it after it completed panics (genawaiter's rule); [`print_average`] stops at
/// `Complete`.
pub fn average<'w, W: Write + 'w>(
    numbers: Numbers,
    console: Rc<Console<W>>,
) -> Gen<(), (), impl Future<Output = i32> + 'w> {
    Gen::new(move |co| async move {
        let mut sum: i64 = 0;
        for &number in numbers.as_slice() {
            console.say("    Number crunching the next value.");
            sum += i64::from(number);
            co.yield_(()).await;
        }
        console.say("    Finally, all calculated.");
        mean(sum, numbers.as_slice().len())
    })
}
// ANCHOR_END: coroutine

// ANCHOR: caller
/// [`crate::print_average`] with the generator: the same lines, in the same order.
pub fn print_average(numbers: Numbers, out: impl Write) -> io::Result<()> {
    let console = Console::new(out);
    let mut calculation = average(numbers, console.clone());
    loop {
        match calculation.resume() {
            GeneratorState::Yielded(()) => console.say("More calculations needed."),
            GeneratorState::Complete(average) => {
                console.say(format_args!("Average : {average}"));
                break;
            }
        }
    }
    console.finish()
}
// ANCHOR_END: caller
