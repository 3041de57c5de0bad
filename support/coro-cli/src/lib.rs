//! The command-line conventions every binary of the workspace shares (xtask's too), so
//! that each `main.rs` stays a few lines long and every program refuses bad input, and
//! meets a failing output, the same way:
//!
//! - a bad argument gets at most three lines on standard error and exit code 2: clap's
//!   error, the allowed values or the missing argument if clap named them, and the pointer
//!   to `--help` ([`usage`]);
//! - numbers are written one way only, digits without a sign or a leading zero, and a
//!   value out of bounds is refused, never truncated ([`number`]);
//! - a reader that leaves early (`step01-function | head -1`) ends the program quietly
//!   with success; an output that fails (`>/dev/full`) is one line and exit code 1; no
//!   write anywhere panics ([`output`]).
//!
//! It is not about coroutines at all.

pub mod number;
pub mod output;
pub mod testing;
pub mod trace;
pub mod usage;

pub use number::{Misspelled, count, number, whole_number};
pub use output::{complain, refuse, run};
pub use usage::{USAGE_ERROR, parse, parse_from};
