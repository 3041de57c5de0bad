//! How xtask writes, and how a command's end becomes the exit code, by the workspace's
//! rule (`coro_cli`): a reader that leaves ends a command quietly with 0, an output that
//! fails is one line and exit code 1, and no write panics.
//!
//! xtask does not buffer its standard output as `coro_cli::run` does: its lines come
//! between the outputs of the commands it runs (cargo, the steps' binaries), which write
//! to the same file, so each line must be out before the next command starts. A write
//! that fails is an [`Error`] of kind [`Kind::Output`]: it stops the command like any
//! other failure, and [`exit_code`] hands it to `coro_cli`'s rule.

use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::{Error, Kind, Result};

/// `text` and a newline on standard output, at once.
pub fn say(text: impl Display) -> Result<()> {
    say_to(&mut io::stdout().lock(), text)
}

/// [`say`] to any output (the tests give it one that fails).
pub fn say_to(out: &mut dyn Write, text: impl Display) -> Result<()> {
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(Error::output)
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
        Err(err) if err.kind() == Kind::Output(io::ErrorKind::BrokenPipe) => Err(format!(
            "the output was closed before `cargo xtask {command}` finished, so it did not pass"
        )
        .into()),
        outcome => outcome,
    }
}

/// The exit code for how a command ended, after saying why on standard error: 0, 1 for a
/// failure, 2 for bad usage (with the `--help` pointer), and for a failing output what
/// `coro_cli` says (0 quietly for a reader that left, else its line and 1).
pub fn exit_code(outcome: Result<()>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error(message, Kind::Output(kind))) => {
            coro_cli::output::exit_code(Err(io::Error::new(kind, message)))
        }
        Err(Error(message, Kind::Usage)) => coro_cli::refuse(message),
        Err(Error(message, Kind::Failed)) => {
            coro_cli::complain(message);
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An output whose every write fails the way `kind` says.
    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(self.0.into())
        }
    }

    #[test]
    fn a_failing_write_is_an_output_error_of_its_kind() {
        let mut out = Vec::new();
        assert_eq!(say_to(&mut out, "$ cargo test"), Ok(()));
        assert_eq!(out, b"$ cargo test\n");
        for kind in [io::ErrorKind::BrokenPipe, io::ErrorKind::StorageFull] {
            let err = say_to(&mut Failing(kind), "$ cargo test").unwrap_err();
            assert_eq!(err.kind(), Kind::Output(kind));
        }
    }

    #[test]
    fn a_reader_that_leaves_a_verdict_is_a_failure_not_a_pass() {
        let left = || Err(Error::output(io::ErrorKind::BrokenPipe.into()));
        let err = verdict(left(), "ci").unwrap_err();
        assert_eq!(
            (err.0.as_str(), err.kind()),
            (
                "the output was closed before `cargo xtask ci` finished, so it did not pass",
                Kind::Failed
            )
        );
        // Anything else goes through as it is.
        let full = Error::output(io::ErrorKind::StorageFull.into());
        assert_eq!(
            verdict(Err(full), "ci").unwrap_err().kind(),
            Kind::Output(io::ErrorKind::StorageFull)
        );
        assert_eq!(verdict(Ok(()), "ci"), Ok(()));
        let failed = Err(Error::from("`cargo test` failed".to_owned()));
        assert_eq!(verdict(failed, "ci").unwrap_err().kind(), Kind::Failed);
    }

    #[test]
    fn each_kind_of_end_has_its_exit_code() {
        let left = Error::output(io::ErrorKind::BrokenPipe.into());
        let full = Error::output(io::ErrorKind::StorageFull.into());
        let codes = [
            exit_code(Ok(())),
            exit_code(Err(left)),
            exit_code(Err(full)),
            exit_code(Err("failed".to_owned().into())),
            exit_code(Err(Error::usage("--yes alone"))),
        ];
        let expected = [0, 0, 1, 1, 2].map(ExitCode::from);
        assert_eq!(codes, expected);
    }
}
