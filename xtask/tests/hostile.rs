//! xtask under hostile conditions, as the workspace's binaries are: a reader that leaves
//! ends a command quietly, an output that fails is said and exit code 1, and an endless
//! input does not make the confirmation grow or wait.
//!
//! `ci` and `bench` are not run here (minutes each): they write through the same helper
//! (`output::say`), tested in the crate, and `ci`'s verdict is tested there too.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use coro_cli::testing::{
    assert_outputs_that_fail_are_reported, assert_quiet_when_the_reader_leaves,
};

fn xtask() -> Command {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
}

#[test]
fn a_reader_that_leaves_ends_tour_and_exercise_list_quietly() {
    for args in [&["tour"][..], &["exercise", "list"]] {
        assert_quiet_when_the_reader_leaves(xtask().args(args));
    }
}

#[test]
fn an_output_that_fails_is_reported_with_exit_code_1() {
    let program = Path::new(env!("CARGO_BIN_EXE_xtask"));
    assert_outputs_that_fail_are_reported(program, "xtask", Some(&["exercise", "list"]));
    // The tour stops at its first line, before any step runs.
    let output = xtask()
        .arg("tour")
        .stdout(File::options().write(true).open("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(
        (output.status.code(), String::from_utf8_lossy(&output.stderr).as_ref()),
        (Some(1), "error: cannot write the output: No space left on device (os error 28)\n")
    );
}

#[test]
fn an_endless_input_is_a_no_to_the_solution_and_ends_at_once() {
    let started = Instant::now();
    let mut child = xtask()
        .args(["exercise", "1.1", "--solution"])
        .stdin(File::open("/dev/zero").unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // An unbounded read grows by about 500 MB a second: give it ten seconds at most.
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("`exercise 1.1 --solution </dev/zero` still reading after 10 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).as_ref(),
            String::from_utf8_lossy(&output.stderr).as_ref(),
        ),
        (
            Some(0),
            "Show the solution to exercise 1.1? It gives the exercise away. [y/N] \
             Not shown. `cargo xtask exercise 1.1 --hint` gives a smaller push.\n",
            ""
        )
    );
}
