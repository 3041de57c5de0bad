//! What the tests of every binary share, to check the conventions of this crate from
//! outside a program.

use crate::usage::HELP_POINTER;
use std::fs::File;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Asserts that a run was refused the workspace's way: exit code 2, nothing on standard
/// output, an `error: ` line naming `reason`, at most one line of detail after it, and
/// the pointer to `--help` last.
pub fn assert_refused(output: Output, reason: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "",
        "nothing on stdout"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        (2..=3).contains(&lines.len()),
        "two or three lines on stderr, got: {stderr}"
    );
    assert!(lines[0].starts_with("error: "), "{stderr}");
    assert_eq!(lines.last(), Some(&HELP_POINTER), "{stderr}");
    assert!(
        stderr.contains(reason),
        "{stderr:?} should contain {reason:?}"
    );
}

/// Runs `command` with a reader that goes away at once: the program must end with
/// success and say nothing, rather than panic inside `println!`. Give it enough to
/// print that the pipe fills.
pub fn assert_quiet_when_the_reader_leaves(command: &mut Command) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the program");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait for the program");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(output.status.success(), "{}", output.status);
}

/// `/dev/full`: every write to it fails with "No space left on device".
fn full() -> File {
    File::options()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full")
}

/// What a run of `program` with `args` gives when standard output (and, if
/// `stderr_full`, standard error) is `/dev/full`.
fn run_into_full(program: &Path, args: &[&str], stderr_full: bool) -> Output {
    let mut command = Command::new(program);
    command.args(args).stdin(Stdio::null()).stdout(full());
    if stderr_full {
        command.stderr(full());
    }
    command.output().expect("run the program")
}

/// The same for every binary: its version names it, and an output that fails never makes
/// it panic. `--help`, `--version` and `show` (a run that prints, if there is one) into
/// `/dev/full` end with 1 and say why; with standard error full too the exit code still
/// tells; a bad argument with standard error full is still a usage error (2).
pub fn assert_outputs_that_fail_are_reported(
    program: &Path,
    name: &str,
    show: Option<&[&str]>,
) {
    let version = Command::new(program).arg("--version").output().unwrap();
    let version = String::from_utf8_lossy(&version.stdout).into_owned();
    assert_eq!(
        version.split(' ').next(),
        Some(name),
        "--version names the binary: {version}"
    );
    let mut runs: Vec<&[&str]> = vec![&["--help"], &["--version"]];
    runs.extend(show);
    for run in runs {
        let output = run_into_full(program, run, false);
        assert_eq!(
            (
                output.status.code(),
                String::from_utf8_lossy(&output.stderr).as_ref()
            ),
            (
                Some(1),
                "error: cannot write the output: No space left on device (os error 28)\n"
            ),
            "{run:?} >/dev/full"
        );
        let output = run_into_full(program, run, true);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{run:?} >/dev/full 2>/dev/full"
        );
    }
    let output = run_into_full(program, &["--no-such-option"], true);
    assert_eq!(
        output.status.code(),
        Some(2),
        "--no-such-option 2>/dev/full"
    );
}

/// The number in the one line `frame: N bytes` a program's `--frame-size` prints (steps 2
/// to 5, Rust and C++ alike), which must be positive.
pub fn frame_bytes(stdout: &[u8]) -> usize {
    let line = std::str::from_utf8(stdout).unwrap();
    let bytes = line
        .strip_prefix("frame: ")
        .and_then(|rest| rest.strip_suffix(" bytes\n"))
        .unwrap_or_else(|| panic!("not one frame line: {line:?}"));
    let bytes: usize = bytes.parse().unwrap();
    assert!(bytes > 0, "{line:?}");
    bytes
}
