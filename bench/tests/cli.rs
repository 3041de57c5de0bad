//! The binary `cargo xtask bench` drives: its output is read by a program, so its shape is
//! tested; bad usage is one line and exit code 2, like every binary in the workspace.

use assert_cmd::Command;
use coro_bench::VARIANTS;
use coro_cli::testing::assert_refused;

fn coro_bench() -> Command {
    Command::cargo_bin("coro-bench").unwrap()
}

#[test]
fn sum_all_prints_one_line_per_variant() {
    let output = coro_bench().args(["sum", "all", "7"]).output().unwrap();
    assert!(output.status.success());
    let expected: String = VARIANTS
        .iter()
        .map(|v| format!("{} 21\n", v.name))
        .collect();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}

#[test]
fn sum_of_one_variant_prints_the_number_alone() {
    coro_bench()
        .args(["sum", "genawaiter-sync", "1000000"])
        .assert()
        .success()
        .stdout("499999500000\n");
}

#[test]
fn list_gives_six_tab_separated_fields() {
    let output = coro_bench().arg("list").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|line| line.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), VARIANTS.len());
    assert_eq!(
        rows[0],
        [
            "iterator-inlined",
            "-",
            "16",
            VARIANTS[0].what,
            "generator_sum",
            "-"
        ]
    );
    let plain_64 = rows.iter().find(|row| row[0] == "plain-64").unwrap();
    assert_eq!((plain_64[1], plain_64[4]), ("64", "msub_sum"));
    let select = rows.iter().find(|row| row[0] == "select").unwrap();
    assert_eq!(select[4], "when_any_sum");
    // A stackful row's frame is its stack: a megabyte reserved, a page or so touched.
    let stackful = rows.iter().find(|row| row[0] == "stackful").unwrap();
    let reserved: usize = stackful[2].parse().unwrap();
    let touched: usize = stackful[5].parse().unwrap();
    assert!(
        reserved > 1 << 20 && touched >= 4096 && touched * 64 < reserved,
        "{stackful:?}"
    );
}

#[test]
fn bad_usage_is_refused_with_exit_code_2() {
    for (args, reason) in [
        (
            &["sum", "fibers", "3"][..],
            "invalid value 'fibers' for '<VARIANT>': unknown variant",
        ),
        (
            &["sum", "all", "0"],
            "invalid value '0' for '<N>': 0 is not in 1..=1000000000",
        ),
        (
            &["sum", "all"],
            "the following required arguments were not provided",
        ),
        (&[], "'coro-bench' requires a subcommand"),
        (&["sum", "all", "+7"], "without a sign"),
        (&["sum", "all", "07"], "without a leading zero"),
    ] {
        assert_refused(coro_bench().args(args).output().unwrap(), reason);
    }
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_coro_bench() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_coro-bench")),
        "coro-bench",
        Some(&["list"]),
    );
}
