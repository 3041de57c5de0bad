//! The binary as a user meets it: the talk's example, refusals, a reader that stops
//! early, and parity with the two C++ programs in `cpp/`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;

fn nested() -> Command {
    Command::cargo_bin("step06-nested").unwrap()
}

const TALKS_EXAMPLE: &str = "\
caller: resume 1
outer: starts, calls inner(3)
inner: step 1 of 3, suspends
caller: resume 2
inner: step 2 of 3, suspends
caller: resume 3
inner: step 3 of 3, suspends
caller: resume 4
inner: done
outer: inner is done, suspends
caller: resume 5
outer: done
";

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
fn bad_input_gets_one_line_and_exit_code_2() {
    let cases: [(&[&str], &str); 9] = [
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
            "unknown mode 'jump' (expected forgot, loop, await or stack)",
        ),
        (&["--depth"], "a value is required for '--depth <DEPTH>'"),
        (&["--tilt"], "unexpected argument '--tilt'"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(nested().args(args).output().unwrap(), reason);
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

fn cpp(file: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(file);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

/// Chains to compare: (depth, inner steps, stop after).
const CHAINS: [(u32, u32, Option<u32>); 7] = [
    (1, 3, None),
    (1, 0, None),
    (2, 1, None),
    (3, 2, Some(2)),
    (10, 5, Some(7)),
    (10, 4, Some(0)),
    (100, 3, None),
];

/// The Rust binary's arguments for a chain.
fn rust_args(mode: &str, (depth, steps, stop_after): (u32, u32, Option<u32>)) -> Vec<String> {
    let mut args = vec![
        "--mode".to_string(),
        mode.to_string(),
        "--depth".to_string(),
        depth.to_string(),
        "--inner-steps".to_string(),
        steps.to_string(),
    ];
    if let Some(resumes) = stop_after {
        args.extend(["--stop-after".to_string(), resumes.to_string()]);
    }
    args
}

/// The C++ programs' positional arguments for a chain (no stop: -1, which never comes).
fn cpp_args((depth, steps, stop_after): (u32, u32, Option<u32>)) -> [String; 3] {
    let stop = stop_after.map_or(-1, i64::from);
    [depth.to_string(), steps.to_string(), stop.to_string()]
}

fn rust(args: &[String]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_step06-nested"));
    command.args(args);
    command
}

#[test]
fn the_explicit_loop_prints_what_the_cpp_loop_prints() {
    let Some(cpp) = cpp("explicit_loop.cpp") else {
        return;
    };
    cpp_parity::assert_same_stdout(
        &mut rust(&rust_args("loop", (1, 3, None))),
        &mut cpp.command(),
    );
    for chain in CHAINS {
        let shown = cpp_parity::assert_same_stdout(
            &mut rust(&rust_args("loop", chain)),
            cpp.command().args(cpp_args(chain)),
        );
        assert!(shown.starts_with("caller: "), "{chain:?}");
    }
}

#[test]
fn await_and_stack_print_what_the_cpp_msub_walk_prints() {
    let Some(cpp) = cpp("awaitable.cpp") else {
        return;
    };
    let talk = cpp_parity::assert_same_stdout(&mut rust(&[]), &mut cpp.command());
    assert_eq!(talk, TALKS_EXAMPLE);
    for mode in ["await", "stack"] {
        for chain in CHAINS {
            let (depth, steps, stop_after) = chain;
            let shown = cpp_parity::assert_same_stdout(
                &mut rust(&rust_args(mode, chain)),
                cpp.command().arg("await").args(cpp_args(chain)),
            );
            let resumes = stop_after.unwrap_or(depth + steps + 1);
            assert_eq!(
                shown.matches("caller: resume").count() as u32,
                resumes,
                "{chain:?}"
            );
        }
    }
}

#[test]
fn forgot_prints_what_the_cpp_call_without_co_await_prints() {
    let Some(cpp) = cpp("awaitable.cpp") else {
        return;
    };
    for chain in CHAINS {
        let shown = cpp_parity::assert_same_stdout(
            &mut rust(&rust_args("forgot", chain)),
            cpp.command().arg("forgot").args(cpp_args(chain)),
        );
        assert!(!shown.contains("inner:"), "{chain:?}");
    }
}
