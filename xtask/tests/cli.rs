//! The binary as a user meets it: bad usage is one line and exit code 2, help is full.

use assert_cmd::Command;

fn xtask() -> Command {
    Command::cargo_bin("xtask").unwrap()
}

/// Standard error of a refused command line: exactly one line, an `error:` one.
fn assert_one_line_usage_error(args: &[&str], expected: &str) {
    let output = xtask().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!("{expected}\n")
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_missing_subcommand_is_one_line_and_exit_code_2() {
    assert_one_line_usage_error(
        &[],
        "error: 'cargo xtask' requires a subcommand but one was not provided",
    );
}

#[test]
fn an_unknown_subcommand_or_flag_is_one_line_and_exit_code_2() {
    assert_one_line_usage_error(
        &["bench-everything"],
        "error: unrecognized subcommand 'bench-everything'",
    );
    assert_one_line_usage_error(
        &["book", "--shut"],
        "error: unexpected argument '--shut' found",
    );
    assert_one_line_usage_error(
        &["tour", "step01"],
        "error: unexpected argument 'step01' found",
    );
}

#[test]
fn help_lists_the_commands() {
    let assert = xtask().arg("--help").assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for command in ["book", "tour", "ci"] {
        assert!(help.contains(&format!("\n  {command} ")), "{help}");
    }
}
