//! `cargo xtask exercise` as a learner meets it: bad usage is the error and the `--help`
//! pointer with exit code 2, whether clap sees it (an unknown id) or the command does
//! (`list --hint`).

use assert_cmd::Command;
use coro_cli::usage::HELP_POINTER;

/// A refused command line: the workspace's shape (`coro_cli::testing::assert_refused`),
/// and exactly `expected` before the pointer.
fn assert_refused(args: &[&str], expected: &str) {
    let output = Command::cargo_bin("xtask").unwrap().args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    coro_cli::testing::assert_refused(output, expected);
    assert_eq!(stderr, format!("{expected}\n{HELP_POINTER}\n"), "{args:?}");
}

#[test]
fn an_unknown_exercise_id_is_refused() {
    assert_refused(
        &["exercise", "9.9"],
        "error: invalid value '9.9' for '[ID|list|start|watch|reset]': there is no exercise 9.9 \
         (`cargo xtask exercise list` shows them all)",
    );
    assert_refused(
        &["exercise", "1.x", "--hint"],
        "error: invalid value '1.x' for '[ID|list|start|watch|reset]': '1.x' is not list, start, watch, reset \
         or an exercise id such as 1.2",
    );
}

#[test]
fn an_exercise_id_is_written_one_way_only() {
    let not = |id: &str, how: &str| {
        format!(
            "error: invalid value '{id}' for '[ID|list|start|watch|reset]': '{id}' is not list, start, watch, reset \
             or an exercise id such as 1.2{how}"
        )
    };
    let zero = ": write the number without a leading zero";
    let sign = ": write the number without a sign";
    for (id, how) in [
        ("07.1", zero),
        ("1.01", zero),
        ("+1.1", sign),
        ("1.+1", sign),
        ("1.1.1", ""),
        ("1.", ""),
        (".1", ""),
        ("1", ""),
        (" 1.1", ""),
    ] {
        assert_refused(&["exercise", id], &not(id, how));
    }
}

#[test]
fn options_that_do_not_fit_are_refused() {
    assert_refused(
        &["exercise"],
        "error: say what to do: list, start, an exercise id such as 1.1, or --check",
    );
    assert_refused(
        &["exercise", "list", "--hint"],
        "error: --hint and --solution need an exercise id, as in `cargo xtask exercise 1.1 --hint`",
    );
    assert_refused(
        &["exercise", "1.1", "--yes"],
        "error: --yes only answers the question --solution or reset asks",
    );
    assert_refused(
        &["exercise", "reset"],
        "error: reset needs an exercise id, as in `cargo xtask exercise reset 1.1`",
    );
    assert_refused(
        &["exercise", "1.1", "1.2"],
        "error: one id at a time: a second id only follows reset, as in `reset 1.1`",
    );
    assert_refused(
        &["exercise", "1.1", "--hint", "--solution"],
        "error: the argument '--hint' cannot be used with '--solution'",
    );
    assert_refused(
        &["exercise", "start", "--check"],
        "error: the argument '[ID|list|start|watch|reset]' cannot be used with '--check'",
    );
}

#[test]
fn help_shows_the_exercise_command() {
    let assert = Command::cargo_bin("xtask").unwrap().arg("--help").assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(help.contains("\n  exercise  The workshop: "), "{help}");
}
