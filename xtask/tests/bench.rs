//! `cargo xtask bench` refuses a bad command line before building anything: one line,
//! exit code 2.

use assert_cmd::Command;

#[test]
fn bad_bench_usage_is_one_line_and_exit_code_2() {
    for (args, expected) in [
        (
            &["bench", "--runs", "3"][..],
            "error: invalid value '3' for '--runs <RUNS>': 3 is not in 5..=99\n",
        ),
        (
            &["bench", "--quick", "--workshop"],
            "error: the argument '--quick' cannot be used with '--workshop'\n",
        ),
    ] {
        let output = Command::cargo_bin("xtask")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8(output.stderr).unwrap(), expected);
        assert!(output.stdout.is_empty());
    }
}
