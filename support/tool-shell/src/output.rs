//! How the tools write, by the workspace's rule (`coro_cli`): a reader that leaves ends a
//! command quietly with 0, an output that fails is one line and exit code 1, and no write
//! panics.
//!
//! A tool does not buffer its standard output as `coro_cli::run` does: its lines come
//! between the outputs of the commands it runs (cargo, the steps' binaries), which write
//! to the same file, so each line must be out before the next command starts. A write
//! that fails is an [`Output`] error: it stops the command like any other failure, and
//! xtask's `main` hands it to `coro_cli`'s rule for the exit code.

use std::fmt::Display;
use std::io::{self, Write};

use anyhow::Result;

/// Writing to standard output failed this way: a reader that left, or a device that is
/// full. Found by type in [`verdict`], [`output_kind`] and xtask's exit code.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Output(pub io::Error);

/// `text` and a newline on standard output, at once.
pub fn say(text: impl Display) -> Result<()> {
    say_to(&mut io::stdout().lock(), text)
}

/// [`say`] to any output (the tests give it one that fails).
pub fn say_to(out: &mut dyn Write, text: impl Display) -> Result<()> {
    writeln!(out, "{text}").and_then(|()| out.flush()).map_err(|err| Output(err).into())
}

/// `text` as it is on standard error: a child's messages, a note. A failure there has
/// nowhere to be reported and is ignored, as in `coro_cli::complain`.
pub fn tell(text: impl Display) {
    let mut err = io::stderr().lock();
    let _ = write!(err, "{text}").and_then(|()| err.flush());
}

/// For a command whose success is a verdict (`ci`, `exercise --check`, `bench --quick`),
/// a reader that left before the end is not a pass: the checks after it never ran, or
/// ran with nobody to see them fail, and a script asking `cargo xtask ci | head` (with
/// `pipefail`) must not hear "passed". So it is a failure, exit code 1, said on standard
/// error. Other commands (`tour`, `exercise list`) end quietly with 0: the reader had
/// what they wanted.
pub fn verdict(outcome: Result<()>, command: &str) -> Result<()> {
    match outcome {
        Err(err) if output_kind(&err) == Some(io::ErrorKind::BrokenPipe) => Err(anyhow::anyhow!(
            "the output was closed before `cargo xtask {command}` finished, so it did not pass"
        )),
        outcome => outcome,
    }
}

/// How writing the output failed, if that is what `err` is.
pub fn output_kind(err: &anyhow::Error) -> Option<io::ErrorKind> {
    err.downcast_ref::<Output>().map(|Output(err)| err.kind())
}

#[cfg(test)]
mod tests;
