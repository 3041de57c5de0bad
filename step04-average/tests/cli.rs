//! The binary as a user meets it: the talk's transcript, any list of `i32`s, one-line
//! refusals, and parity with `cpp/average.cpp`; what the C++ handle does with an
//! exception; and, where valgrind is installed, what valgrind says about the C++ programs.

use assert_cmd::Command;
use coro_cli::testing::frame_bytes;
use std::path::Path;

fn average() -> Command {
    Command::cargo_bin("step04-average").unwrap()
}

fn last_line(args: &[&str]) -> String {
    let output = average().args(args).assert().success().get_output().clone();
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout.lines().last().unwrap().to_owned()
}

#[test]
fn without_arguments_it_prints_the_talks_transcript() {
    let pair = "    Number crunching the next value.\nMore calculations needed.\n";
    let talks = format!(
        "{}    Finally, all calculated.\nAverage : 150\n",
        pair.repeat(8)
    );
    average().assert().success().stdout(talks).stderr("");
}

#[test]
fn any_list_of_i32s_is_averaged_toward_zero() {
    assert_eq!(last_line(&["42"]), "Average : 42");
    assert_eq!(last_line(&["-7", "0"]), "Average : -3");
    assert_eq!(last_line(&["--", "-1", "-2"]), "Average : -1");
    assert_eq!(
        last_line(&["2147483647", "2147483647"]),
        "Average : 2147483647"
    );
    assert_eq!(
        last_line(&["-2147483648", "-2147483648"]),
        "Average : -2147483648"
    );
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 8] = [
        (&["100", "many"], "invalid value 'many' for '[NUMBERS]...'"),
        (&["7.5"], "invalid value '7.5'"),
        (
            &["2147483648"],
            "2147483648 is not in -2147483648..=2147483647",
        ),
        (
            &["-2147483649"],
            "-2147483649 is not in -2147483648..=2147483647",
        ),
        (&["-x"], "unexpected argument '-x' found"),
        (&["+5"], "without a sign"),
        (&["-05"], "without a leading zero"),
        (&["-0"], "without a sign"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(average().args(args).output().unwrap(), reason);
    }
}

#[test]
fn frame_size_prints_the_size_of_the_body_instead_of_the_average() {
    let output = average().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stderr, b"");
    assert_eq!(
        frame_bytes(&output.stdout),
        step04_average::coroutine::frame_size()
    );
}

#[test]
fn frame_size_refuses_numbers_and_the_trace() {
    let cases: [&[&str]; 3] = [
        &["--frame-size", "--trace"],
        &["--frame-size", "42"],
        &["100", "200", "--frame-size"],
    ];
    for args in cases {
        coro_cli::testing::assert_refused(
            average().args(args).output().unwrap(),
            "cannot be used with",
        );
    }
}

fn cpp(name: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(name);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

// ANCHOR: parity
/// Lists for the parity and valgrind runs: the talk's, one number, a negative sum, the
/// i32 extremes, a long list.
fn lists() -> Vec<Vec<String>> {
    let long: Vec<String> = (0..1000)
        .map(|i| (i * 7919 % 2001 - 1000).to_string())
        .collect();
    let lists: [&[&str]; 6] = [
        &[],
        &["42"],
        &["-7", "0"],
        &["2147483647", "2147483647"],
        &["-2147483648", "2147483647", "-2147483648"],
        &["-1", "-2"],
    ];
    let mut lists: Vec<Vec<String>> = lists
        .iter()
        .map(|list| list.iter().map(|n| n.to_string()).collect())
        .collect();
    lists.push(long);
    lists
}

#[test]
fn it_prints_what_the_cpp_coroutine_prints() {
    let Some(cpp) = cpp("average.cpp") else {
        return;
    };
    for list in lists() {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step04-average"));
        let shown =
            cpp_parity::assert_same_stdout(rust.args(&list), cpp.command().args(&list));
        let numbers = if list.is_empty() { 8 } else { list.len() };
        assert_eq!(shown.lines().count(), 2 * numbers + 2, "{list:?}");
    }
}
// ANCHOR_END: parity

#[test]
fn the_trace_shows_one_suspend_per_number_and_the_average_returned() {
    let trace = "\
caller create average
caller resume average
caller print \"    Number crunching the next value.\"
average holds \"sum 42 so far, 1 numbers\"
average suspend
caller print \"More calculations needed.\"
caller resume average
caller print \"    Finally, all calculated.\"
average return \"42\"
caller print \"Average : 42\"
caller destroy average
";
    average()
        .args(["--trace", "42"])
        .assert()
        .success()
        .stdout(trace);
}

#[test]
fn the_trace_is_the_cpp_coroutines_trace() {
    let Some(cpp) = cpp("average.cpp") else {
        return;
    };
    let runs: [&[&str]; 3] = [
        &["--trace"],
        &["--trace", "2147483647", "2147483647"],
        &["-7", "--trace", "0"],
    ];
    for args in runs {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step04-average"));
        let shown =
            cpp_parity::assert_same_stdout(rust.args(args), cpp.command().args(args));
        assert!(shown.ends_with("caller destroy average\n"), "{shown}");
        assert!(shown.contains("\naverage return \""), "{shown}");
    }
}

// ANCHOR: overheated
#[test]
fn in_cpp_the_exception_reaches_the_caller_and_the_coroutine_is_done_after() {
    let Some(cpp) = cpp("overheated.cpp") else {
        return;
    };
    let output = cpp.command().output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "    Number crunching the next value.
calculate(): true
caught: the calculator overheated
calculate() after the exception: false
getResult(): empty
"
    );
}
// ANCHOR_END: overheated

#[test]
fn the_cpp_coroutine_reports_its_frame_size_too() {
    let Some(cpp) = cpp("average.cpp") else {
        return;
    };
    let output = cpp.command().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    // Not equal to Rust's: the two compilers lay out different frames.
    frame_bytes(&output.stdout);
}

#[test]
fn the_cpp_programs_without_a_dangling_reference_are_valgrind_clean() {
    // Averages to their end, a frame destroyed before its first number, and a body
    // that throws.
    let runs: [(&str, &[&str]); 4] = [
        ("average.cpp", &[]),
        ("average.cpp", &["-7", "0"]),
        ("average.cpp", &["--frame-size"]),
        ("overheated.cpp", &[]),
    ];
    for (program, args) in runs {
        let Some(cpp) = cpp(program) else {
            return;
        };
        cpp.assert_memcheck_clean(args, None);
    }
}

// ANCHOR: dangling
#[test]
fn the_cpp_coroutine_with_a_reference_reads_freed_memory() {
    let Some(cpp) = cpp("dangling.cpp") else {
        return;
    };
    // Undefined behaviour, so never run bare: under valgrind, freed memory stays
    // unused and every read of it is reported.
    let Some(run) = cpp.memcheck(&[], None) else {
        return;
    };
    let report = run.report;
    assert_eq!(run.code, cpp_parity::ERROR_EXIT_CODE, "{report}");
    assert!(report.contains("Invalid read of size"), "{report}");
    assert!(report.contains("free'd"), "{report}");
}
// ANCHOR_END: dangling

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step04_average() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step04-average")),
        "step04-average",
        Some(&[]),
    );
}
