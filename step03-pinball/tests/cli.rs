//! The binary as a user meets it: the talk's game, refusals, the frame size, and parity
//! with the C++ program in `cpp/`.

use assert_cmd::Command;
use coro_cli::testing::frame_bytes;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;

fn pinball() -> Command {
    Command::cargo_bin("step03-pinball").unwrap()
}

const TALKS_GAME: &str = "\
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro loses.
";

#[test]
fn without_arguments_it_plays_the_talks_game() {
    pinball().assert().success().stdout(TALKS_GAME).stderr("");
    pinball()
        .args(["--turns", "4"])
        .assert()
        .success()
        .stdout(TALKS_GAME);
}

#[test]
fn turns_sets_how_long_the_coroutine_lasts() {
    pinball()
        .args(["--turns", "0"])
        .assert()
        .success()
        .stdout("Coro loses.\n");
    pinball()
        .args(["--turns", "1"])
        .assert()
        .success()
        .stdout("Coro's turn to play.\nMy turn to play.\nCoro loses.\n");
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 7] = [
        (&["--turns", "-1"], "-1 is not in 0..=1000000"),
        (&["--turns", "1000001"], "1000001 is not in 0..=1000000"),
        (
            &["--turns", "2.5"],
            "invalid value '2.5' for '--turns <TURNS>'",
        ),
        (&["--turns"], "a value is required for '--turns <TURNS>'"),
        (&["--tilt"], "unexpected argument '--tilt'"),
        (&["--turns", "+3"], "without a sign"),
        (&["--turns", "03"], "without a leading zero"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(pinball().args(args).output().unwrap(), reason);
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_game_quietly() {
    let mut game = std::process::Command::new(env!("CARGO_BIN_EXE_step03-pinball"))
        .args(["--turns", "1000000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 21];
    game.stdout.take().unwrap().read_exact(&mut first).unwrap();
    assert_eq!(&first, b"Coro's turn to play.\n");
    // The pipe is closed now that its reading end is dropped.
    let output = game.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn frame_size_prints_the_size_of_the_future_instead_of_the_game() {
    let output = pinball().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        frame_bytes(&output.stdout),
        step03_pinball::frame::frame_size()
    );
}

#[test]
fn frame_size_is_not_a_game_and_takes_no_game_options() {
    for other in [&["--turns", "3"][..], &["--trace"]] {
        let output = pinball().arg("--frame-size").args(other).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{other:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with("error: the argument '--frame-size' cannot be used with"),
            "{stderr}"
        );
        assert!(output.stdout.is_empty());
    }
}

fn cpp() -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp/pinball.cpp");
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

// ANCHOR: parity
#[test]
fn the_game_prints_what_the_cpp_coroutine_prints() {
    let Some(cpp) = cpp() else {
        return;
    };
    // (Rust arguments, the same game for the C++ program: turns as its only argument)
    let games: [(&[&str], &[&str]); 5] = [
        (&[], &[]),
        (&["--turns", "4"], &["4"]),
        (&["--turns", "0"], &["0"]),
        (&["--turns", "1"], &["1"]),
        (&["--turns", "50"], &["50"]),
    ];
    for (rust_args, cpp_args) in games {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step03-pinball"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        let turns: usize = cpp_args.first().map_or(4, |n| n.parse().unwrap());
        assert_eq!(shown.lines().count(), 2 * turns + 1);
        assert_eq!(shown.lines().last(), Some("Coro loses."));
    }
}
// ANCHOR_END: parity

#[test]
fn the_trace_shows_one_suspend_per_turn_and_the_return_at_the_defeat() {
    let trace = "\
caller create pinball
caller resume pinball
caller print \"Coro's turn to play.\"
pinball holds \"turn 1\"
pinball suspend
caller print \"My turn to play.\"
caller resume pinball
caller print \"Coro loses.\"
pinball return
caller destroy pinball
";
    pinball()
        .args(["--trace", "--turns", "1"])
        .assert()
        .success()
        .stdout(trace);
}

#[test]
fn the_trace_is_the_cpp_coroutines_trace() {
    let Some(cpp) = cpp() else {
        return;
    };
    let games: [(&[&str], &[&str]); 3] = [
        (&["--trace"], &["--trace"]),
        (&["--trace", "--turns", "20"], &["--trace", "20"]),
        (&["--turns", "0", "--trace"], &["0", "--trace"]),
    ];
    for (rust_args, cpp_args) in games {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step03-pinball"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        assert!(
            shown.ends_with("pinball return\ncaller destroy pinball\n"),
            "{shown}"
        );
    }
}

#[test]
fn the_cpp_coroutine_reports_its_frame_size_too() {
    let Some(cpp) = cpp() else {
        return;
    };
    let output = cpp.command().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    // Not equal to Rust's: the two compilers lay out different frames.
    frame_bytes(&output.stdout);
}

#[test]
fn the_cpp_coroutine_is_valgrind_clean() {
    let Some(cpp) = cpp() else {
        return;
    };
    // A whole game, a game of no turns, and a frame destroyed before its first turn.
    for args in [&[][..], &["0"], &["--frame-size"]] {
        cpp.assert_memcheck_clean(args, None);
    }
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step03_pinball() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step03-pinball")),
        "step03-pinball",
        Some(&[]),
    );
}
