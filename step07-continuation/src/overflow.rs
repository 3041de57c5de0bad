//! Running the `Direct` chain where it may overflow its stack: in a child process, so that
//! the parent survives to say how far the chain got.
//!
//! A stack overflow is not a panic: Rust's guard page handler prints "thread '…' has
//! overflowed its stack" and aborts the whole process. Nothing can catch it in-process.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, ExitStatus};

/// The hidden subcommand that makes the step's binary run the `Direct` chain itself,
/// printing a [`progress_line`] for each link, on a stack of `--stack-kib` KiB:
/// `overflow-child N [--stack-kib K]`. The binary names its subcommand with this constant,
/// so the parent and the child cannot disagree on it.
pub const CHILD_COMMAND: &str = "overflow-child";

/// What the child prints when link `depth` goes on with `stack` bytes of stack in use.
pub fn progress_line(depth: u32, stack: usize) -> String {
    format!("link {depth}: {stack} bytes of stack")
}

/// A [`Progress`](crate::stack::Progress) that prints a [`progress_line`] on standard
/// output (line-buffered: each line is out before the next link runs).
///
/// A write that fails is let go: the lines are for whoever reads them, and a reader that
/// left (`| head -1`) must not turn into a panic in the middle of the chain, as
/// `println!` would.
pub fn print_progress(depth: u32, stack: usize) {
    let _ = writeln!(io::stdout(), "{}", progress_line(depth, stack));
}

/// What became of a child.
#[derive(Debug)]
pub struct ChildReport {
    /// How it ended.
    pub status: ExitStatus,
    /// The deepest link it reported and the stack in use there.
    pub last_link: Option<(u32, usize)>,
    /// Its last line of standard output if that was not a progress line (its summary).
    pub summary: Option<String>,
    /// Its standard error.
    pub stderr: String,
}

impl ChildReport {
    /// The signal that ended the child, if one did.
    pub fn signal(&self) -> Option<i32> {
        #[cfg(unix)]
        {
            std::os::unix::process::ExitStatusExt::signal(&self.status)
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// Rust's message for a stack overflow, if the child printed it.
    pub fn overflow_message(&self) -> Option<&str> {
        self.stderr
            .lines()
            .find(|line| line.contains("has overflowed its stack"))
    }
}

/// Runs `exe` (the step's binary) on a chain of `n` links with [`CHILD_COMMAND`].
pub fn run_child(exe: &Path, n: u32, stack_kib: u32) -> io::Result<ChildReport> {
    let output = without_core_dump(exe)
        .args([CHILD_COMMAND, &n.to_string()])
        .args(["--stack-kib", &stack_kib.to_string()])
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last_link = stdout.lines().rev().find_map(parse_progress);
    let summary = stdout
        .lines()
        .last()
        .filter(|line| parse_progress(line).is_none())
        .map(str::to_owned);
    Ok(ChildReport {
        status: output.status,
        last_link,
        summary,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// A command that runs `program` with core dumps off, where a shell can turn them off: a
/// crash caused on purpose should leave no `core` file behind.
pub fn without_core_dump(program: &Path) -> Command {
    if cfg!(unix) {
        let mut command = Command::new("sh");
        command
            .args(["-c", "ulimit -c 0 && exec \"$0\" \"$@\""])
            .arg(program);
        command
    } else {
        Command::new(program)
    }
}

/// Reads back a [`progress_line`].
fn parse_progress(line: &str) -> Option<(u32, usize)> {
    let (depth, stack) = line.strip_prefix("link ")?.split_once(": ")?;
    let stack = stack.strip_suffix(" bytes of stack")?;
    Some((depth.parse().ok()?, stack.parse().ok()?))
}

/// A signal's usual name on Linux, for the report.
pub fn signal_name(signal: i32) -> String {
    match signal {
        6 => "SIGABRT".to_owned(),
        7 => "SIGBUS".to_owned(),
        11 => "SIGSEGV".to_owned(),
        other => format!("signal {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_lines_read_back() {
        assert_eq!(
            parse_progress(&progress_line(1234, 98765)),
            Some((1234, 98765))
        );
        assert_eq!(parse_progress("thread 'x' has overflowed its stack"), None);
        assert_eq!(parse_progress("link x: 1 bytes of stack"), None);
    }
}
