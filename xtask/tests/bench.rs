//! `cargo xtask bench` refuses a bad command line before building anything: the error
//! and the `--help` pointer, exit code 2.

use assert_cmd::Command;
use coro_cli::usage::HELP_POINTER;

#[test]
fn bad_bench_usage_is_refused_before_building() {
    for (args, expected) in [
        (
            &["bench", "--runs", "3"][..],
            "error: invalid value '3' for '--runs <RUNS>': 3 is not in 5..=99",
        ),
        // A count is written one way, as everywhere.
        (
            &["bench", "--runs", "07"],
            "error: invalid value '07' for '--runs <RUNS>': write the number without a leading zero",
        ),
        (
            &["bench", "--runs", "+7"],
            "error: invalid value '+7' for '--runs <RUNS>': write the number without a sign",
        ),
        (
            &["bench", "--quick", "--workshop"],
            "error: the argument '--quick' cannot be used with '--workshop'",
        ),
    ] {
        let output = Command::cargo_bin("xtask").unwrap().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            format!("{expected}\n{HELP_POINTER}\n")
        );
        assert!(output.stdout.is_empty());
    }
}
