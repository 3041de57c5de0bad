//! The binary as a user meets it: the talk's example, refusals, a reader that stops
//! early. Parity with the two C++ programs in `cpp/` is in `cpp.rs`.

mod common;

use assert_cmd::Command;
use common::TALKS_EXAMPLE;
use predicates::prelude::*;
use std::io::Read;
use std::process::Stdio;

fn nested() -> Command {
    Command::cargo_bin("step06-nested").unwrap()
}

#[test]
fn without_arguments_the_outer_awaits_inner_3() {
    nested().assert().success().stdout(TALKS_EXAMPLE).stderr("");
    nested()
        .args(["--mode", "await", "--depth", "1", "--inner-steps", "3"])
        .assert()
        .success()
        .stdout(TALKS_EXAMPLE);
    nested()
        .args(["--mode", "stack"])
        .assert()
        .success()
        .stdout(TALKS_EXAMPLE);
}

#[test]
fn forgot_mode_never_runs_the_inner() {
    nested()
        .args(["--mode", "forgot", "--depth", "3"])
        .assert()
        .success()
        .stdout(
            "caller: resume 1\nouter: starts, calls middle 1 without awaiting it\nouter: done\n",
        );
}

#[test]
fn the_bounds_are_accepted() {
    for mode in ["forgot", "loop", "await", "stack"] {
        let output = nested()
            .args(["--mode", mode, "--depth", "1000", "--inner-steps", "1000"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{mode}: {}", output.status);
        let text = String::from_utf8(output.stdout).unwrap();
        let last = if mode == "loop" {
            "outer: middle 1 is done"
        } else {
            "outer: done"
        };
        assert_eq!(text.lines().last(), Some(last), "{mode}");
    }
    nested()
        .args(["--inner-steps", "0", "--stop-after", "1000000"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with("outer: done\n"));
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 11] = [
        (&["--depth", "0"], "0 is not in 1..=1000"),
        (&["--depth", "-1"], "-1 is not in 1..=1000"),
        (&["--depth", "1001"], "1001 is not in 1..=1000"),
        (&["--inner-steps", "-1"], "-1 is not in 0..=1000"),
        (&["--inner-steps", "1001"], "1001 is not in 0..=1000"),
        (
            &["--stop-after", "1000001"],
            "1000001 is not in 0..=1000000",
        ),
        (
            &["--mode", "jump"],
            "invalid value 'jump' for '--mode <MODE>'\n  [possible values: forgot, loop, await, stack]\n",
        ),
        (&["--depth"], "a value is required for '--depth <DEPTH>'"),
        (&["--tilt"], "unexpected argument '--tilt'"),
        (&["--depth", "+2"], "without a sign"),
        (&["--stop-after", "01"], "without a leading zero"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(nested().args(args).output().unwrap(), reason);
    }
}

#[test]
fn frame_size_prints_the_size_of_each_level_instead_of_running() {
    let output = nested().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stderr, b"");
    let expected: Vec<(String, usize)> = step06_nested::awaited::frame_sizes()
        .into_iter()
        .map(|(level, bytes)| (level.actor(), bytes))
        .collect();
    assert_eq!(common::frame_lines(&output.stdout), expected);
    let levels: Vec<&str> = expected.iter().map(|(level, _)| level.as_str()).collect();
    assert_eq!(levels, ["outer", "inner"]);
}

#[test]
fn frame_size_refuses_the_options_of_a_run() {
    let cases: [&[&str]; 6] = [
        &["--frame-size", "--trace"],
        &["--frame-size", "--mode", "await"],
        &["--frame-size", "--depth", "2"],
        &["--inner-steps", "3", "--frame-size"],
        &["--frame-size", "--stop-after", "1"],
        &["--mode", "loop", "--frame-size"],
    ];
    for args in cases {
        coro_cli::testing::assert_refused(
            nested().args(args).output().unwrap(),
            "cannot be used with",
        );
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_program_quietly() {
    let mut program = std::process::Command::new(env!("CARGO_BIN_EXE_step06-nested"))
        .args(["--mode", "loop", "--depth", "1000", "--inner-steps", "1000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 17];
    program
        .stdout
        .take()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    assert_eq!(&first, b"caller: resume 1\n");
    // The pipe is closed now that its reading end is dropped.
    let output = program.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step06_nested() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step06-nested")),
        "step06-nested",
        Some(&[]),
    );
}

#[test]
fn the_trace_shows_each_level_await_suspend_and_return_inside_the_callers_resumes() {
    let trace = "\
caller create outer
caller print \"caller: resume 1\"
caller resume outer
caller print \"outer: starts, calls inner(1)\"
outer create inner
outer await inner
caller print \"inner: step 1 of 1, suspends\"
inner holds \"step 1 of 1\"
inner suspend
caller print \"caller: resume 2\"
caller resume outer
caller print \"inner: done\"
inner return
caller print \"outer: inner is done, suspends\"
outer holds \"inner done\"
outer suspend
caller print \"caller: resume 3\"
caller resume outer
caller print \"outer: done\"
outer return
caller destroy outer
";
    for mode in ["await", "stack"] {
        nested()
            .args(["--trace", "--mode", mode, "--inner-steps", "1"])
            .assert()
            .success()
            .stdout(trace)
            .stderr("");
    }
}

#[test]
fn the_trace_of_the_explicit_loop_shows_the_outer_resuming_the_inner() {
    let trace = "\
caller create outer
caller print \"caller: resume 1\"
caller resume outer
caller print \"outer: starts, calls inner(1), loops over it\"
outer create inner
outer resume inner
caller print \"inner: step 1 of 1, yields 1\"
inner holds \"step 1 of 1\"
inner yield \"1\"
caller print \"outer: passes 1 on\"
outer holds \"1 from inner, passed on\"
outer yield \"1\"
caller print \"caller: got 1\"
caller print \"caller: resume 2\"
caller resume outer
outer resume inner
caller print \"inner: done\"
inner return
caller print \"outer: inner is done\"
outer return
caller destroy outer
";
    nested()
        .args(["--mode", "loop", "--inner-steps", "1", "--trace"])
        .assert()
        .success()
        .stdout(trace);
}
