//! Step 4: `co_return`. A coroutine that does one piece of work per resume and hands
//! back a single value when it is done: the average of a list of numbers.
//!
//! New here is only the end: C++'s `co_return v` calls the promise's `return_value(v)`,
//! which stores `v` for the caller's `getResult()`; in Rust the body's result is the
//! value of the `async` block, which `poll` hands out once as `Poll::Ready(v)` (and
//! genawaiter as `GeneratorState::Complete(v)`).
//!
//! Two versions of the same coroutine:
//! - [`coroutine::average`], an `async fn` driven by [`Average`], the return object
//!   that owns its frame, with the talk's `calculate()` and `getResult()`
//!   ([`Average::result`]);
//! - [`generator::average`], built on genawaiter's `rc::Gen`.
//!
//! Both print through one [`Console`] with their caller, so the lines come out in the
//! order they were written. A list of [`Numbers`] is never empty: the average of nothing
//! is refused before a coroutine exists. It is not a fast way to average numbers; it is
//! a way to watch a coroutine stop and go on.
//!
//! C++ counterparts: `cpp/average.cpp` with `cpp/average.hpp` (promise_type with
//! `return_value` and `unhandled_exception`); `cpp/overheated.cpp`, a body that throws;
//! `cpp/dangling.cpp`, the reference parameter that outlives its argument, which Rust
//! refuses to compile ([`coroutine::average_of_borrowed`]).

pub mod console;
pub mod coroutine;
pub mod generator;
pub mod handle;
pub mod numbers;

pub use console::Console;
pub use coroutine::{average, average_of_borrowed, print_average};
pub use handle::Average;
pub use numbers::{NoNumbers, Numbers, TALKS_NUMBERS};
pub use step03_pinball::SuspendAlways;
