//! The binary as a user meets it: the talk's transcript, bad input, and parity with the
//! C++ program in `cpp/`.

use assert_cmd::Command;
use std::path::Path;

const TALKS_SHOW: &str = "\
Public Enemy -> Fight The Power
Public Enemy -> Fight The Power
Beastie Boys -> Sabotage
Ice Cube -> It was a good day
Run DMC -> Walk Thiw Way
Public Enemy -> Fight The Power
Public Enemy -> Fight The Power
";

fn radio() -> Command {
    Command::cargo_bin("step01-function").unwrap()
}

#[test]
fn without_arguments_it_plays_the_talks_show() {
    radio().assert().success().stdout(TALKS_SHOW).stderr("");
}

#[test]
fn electronic_plays_the_same_draws_from_its_own_list() {
    radio()
        .args(["--style", "electronic", "--songs", "3"])
        .assert()
        .success()
        .stdout("Front 242 -> No Shuffle\nFront 242 -> No Shuffle\nUnderworld -> Born Slippy\n");
}

#[test]
fn a_million_songs_is_the_limit() {
    let output = radio().args(["--songs", "1000000"]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        output.stdout.iter().filter(|&&b| b == b'\n').count(),
        1_000_000
    );
}

// ANCHOR: bad_input
#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 8] = [
        (&["--songs", "-1"], "-1 is not in 0..=1000000"),
        (&["--songs", "1000001"], "1000001 is not in 0..=1000000"),
        (
            &["--songs", "seven"],
            "invalid value 'seven' for '--songs <SONGS>'",
        ),
        (
            &["--style", "jazz"],
            concat!(
                "invalid value 'jazz' for '--style <STYLE>'\n",
                "  [possible values: rap, electronic]\n",
            ),
        ),
        (&["--volume", "11"], "unexpected argument '--volume'"),
        (&["--songs", "+5"], "without a sign"),
        (&["--songs", "05"], "without a leading zero"),
        (
            &["--songs", "5\n6"],
            "invalid value '5\\n6' for '--songs <SONGS>'",
        ),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(radio().args(args).output().unwrap(), reason);
    }
}
// ANCHOR_END: bad_input

#[test]
fn a_closed_pipe_ends_the_show_quietly() {
    // The reader goes away before the first song; the radio must not panic.
    coro_cli::testing::assert_quiet_when_the_reader_leaves(
        std::process::Command::new(env!("CARGO_BIN_EXE_step01-function"))
            .args(["--songs", "1000000"]),
    );
}

// ANCHOR: parity
#[test]
fn prints_what_the_cpp_program_prints() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp/radio_station.cpp");
    let Some(cpp) = cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR")) else {
        return;
    };
    // (Rust arguments, the same settings for the C++ program: style number, songs)
    let settings: [(&[&str], [&str; 2]); 4] = [
        (&[], ["0", "7"]),
        (&["--style", "electronic", "--songs", "7"], ["1", "7"]),
        (&["--style", "rap", "--songs", "0"], ["0", "0"]),
        (&["--style", "electronic", "--songs", "1000"], ["1", "1000"]),
    ];
    for (rust_args, cpp_args) in settings {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step01-function"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        assert_eq!(shown.lines().count(), cpp_args[1].parse::<usize>().unwrap());
    }
    // The defaults are the talk's own main(): no arguments on either side.
    let shown = cpp_parity::assert_same_stdout(
        &mut std::process::Command::new(env!("CARGO_BIN_EXE_step01-function")),
        &mut cpp.command(),
    );
    assert_eq!(shown, TALKS_SHOW);
}
// ANCHOR_END: parity

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step01_function() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step01-function")),
        "step01-function",
        Some(&[]),
    );
}

#[test]
fn the_trace_shows_one_call_that_plays_every_song_before_it_returns() {
    let trace = "\
caller call radio
caller print \"Public Enemy -> Fight The Power\"
caller print \"Public Enemy -> Fight The Power\"
radio return
";
    radio()
        .args(["--trace", "--songs", "2"])
        .assert()
        .success()
        .stdout(trace);
}

#[test]
fn the_trace_is_the_cpp_functions_trace() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp/radio_station.cpp");
    let Some(cpp) = cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR")) else {
        return;
    };
    let settings: [(&[&str], &[&str]); 3] = [
        (&["--trace"], &["--trace"]),
        (
            &["--trace", "--style", "electronic", "--songs", "20"],
            &["--trace", "1", "20"],
        ),
        (&["--songs", "0", "--trace"], &["0", "0", "--trace"]),
    ];
    for (rust_args, cpp_args) in settings {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step01-function"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        assert!(shown.starts_with("caller call radio\n"), "{shown}");
        assert!(shown.ends_with("radio return\n"), "{shown}");
    }
}
