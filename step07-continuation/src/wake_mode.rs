//! The one choice our executor offers: how a woken task gets to run again. Its two answers
//! are the two ways of going on that the [`stack`](crate::stack) demos measure.

/// How a woken task gets to run again.
///
/// Also the binary's `--wake` values (`queue`, `direct`): the command line offers exactly
/// the modes there are, and the first paragraph of each variant's doc is its help line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WakeMode {
    /// Through the run queue (a trampoline): constant stack
    ///
    /// `wake()` puts the task at the back of the run queue and returns; the executor's loop
    /// polls it later, from the bottom of the stack.
    Queue,
    /// Polled inside wake(): one more level of stack per task woken from inside another
    ///
    /// `wake()` polls the task at once, inside the call: the woken task runs on top of the
    /// stack of whoever woke it, like a C++ `await_suspend` that calls `resume()`.
    Direct,
}
