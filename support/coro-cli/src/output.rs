//! Writing, where writing may fail: every line a program prints goes through here.
//!
//! A reader that closes the pipe early (`| head -1`) has said "enough": that ends the
//! program quietly, with success. Any other failure of standard output (a full disk,
//! `>/dev/full`) is one line on standard error and exit code 1. A failure of standard
//! error itself has nowhere left to be reported: it is ignored, and the exit code still
//! tells. Nothing here panics, as `println!` and `eprintln!` do.

use crate::usage::{HELP_POINTER, USAGE_ERROR};
use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

/// Runs a program body that writes to standard output (buffered), and turns how its
/// writing ended into the exit code.
pub fn run(body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = body(&mut out).and_then(|()| out.flush());
    // A BufWriter that failed still holds its bytes: drop them rather than retry on drop.
    let _ = out.into_parts();
    exit_code(written)
}

/// The exit code for how writing ended: 0 if it succeeded or the reader left, else 1
/// after saying why.
pub fn exit_code(written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            complain(format_args!("cannot write the output: {err}"));
            ExitCode::FAILURE
        }
    }
}

/// Writes `text` to standard output at once (help, version). `Err` after saying why, if
/// it failed for any reason but a reader that left.
pub(crate) fn write_stdout(text: &str) -> Result<(), ()> {
    let mut out = io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    match exit_code(written) {
        code if code == ExitCode::SUCCESS => Ok(()),
        _ => Err(()),
    }
}

/// `error: {message}` on standard error, as one line.
pub fn complain(message: impl Display) {
    complain_raw(&format!("error: {message}"));
}

/// A refusal that is not clap's (input that parses but makes no sense): the error and the
/// pointer to `--help` on standard error, and the exit code to end with.
pub fn refuse(message: impl Display) -> ExitCode {
    complain_raw(&format!("error: {message}\n{HELP_POINTER}"));
    ExitCode::from(USAGE_ERROR)
}

/// `text` and a newline on standard error; a failure there is ignored (see the module).
pub(crate) fn complain_raw(text: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{text}").and_then(|()| err.flush());
}
