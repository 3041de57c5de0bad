//! The binary as a user meets it: bad usage is the error, clap's detail if it has one,
//! and the `--help` pointer, with exit code 2; help is full.

use assert_cmd::Command;
use coro_cli::usage::HELP_POINTER;

fn xtask() -> Command {
    Command::cargo_bin("xtask").unwrap()
}

/// Standard error of a refused command line: exactly `expected`, then the pointer.
fn assert_usage_error(args: &[&str], expected: &str) {
    let output = xtask().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert_eq!(String::from_utf8(output.stderr).unwrap(), format!("{expected}\n{HELP_POINTER}\n"));
    assert!(output.stdout.is_empty());
}

#[test]
fn a_missing_subcommand_is_a_usage_error() {
    assert_usage_error(&[], "error: 'cargo xtask' requires a subcommand but one was not provided");
}

#[test]
fn an_unknown_subcommand_or_flag_is_a_usage_error() {
    assert_usage_error(
        &["bench-everything"],
        "error: unrecognized subcommand 'bench-everything'\n  tip: a similar subcommand exists: 'bench'",
    );
    assert_usage_error(&["book", "--shut"], "error: unexpected argument '--shut' found");
    assert_usage_error(&["tour", "step01"], "error: unexpected argument 'step01' found");
}

#[test]
fn help_lists_the_commands() {
    let assert = xtask().arg("--help").assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for command in ["book", "tour", "ci"] {
        assert!(help.contains(&format!("\n  {command} ")), "{help}");
    }
}
