//! The binaries as a user meets them: same show as step 1, same refusals, and parity
//! with the C++ programs in `cpp/`.

use assert_cmd::Command;
use coro_cli::testing::frame_bytes;
use std::path::Path;
use step02_generator::Style;

fn radio() -> Command {
    Command::cargo_bin("step02-generator").unwrap()
}

fn step01_show(style: Style, songs: u32) -> String {
    let mut out = Vec::new();
    step01_function::radio_station(style, songs, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn without_arguments_it_plays_the_talks_show() {
    let talks_show = "\
Public Enemy -> Fight The Power
Public Enemy -> Fight The Power
Beastie Boys -> Sabotage
Ice Cube -> It was a good day
Run DMC -> Walk Thiw Way
Public Enemy -> Fight The Power
Public Enemy -> Fight The Power
";
    radio().assert().success().stdout(talks_show).stderr("");
}

#[test]
fn for_any_settings_it_prints_what_step01_prints() {
    for (style, songs) in [
        (Style::Electronic, 7),
        (Style::Rap, 0),
        (Style::Electronic, 1000),
    ] {
        radio()
            .args(["--style", &name(style), "--songs", &songs.to_string()])
            .assert()
            .success()
            .stdout(step01_show(style, songs));
    }
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 6] = [
        (&["--songs", "-1"], "-1 is not in 0..=1000000"),
        (&["--songs", "1000001"], "1000001 is not in 0..=1000000"),
        (
            &["--songs", "7.5"],
            "invalid value '7.5' for '--songs <SONGS>'",
        ),
        (
            &["--style", "jazz"],
            "invalid value 'jazz' for '--style <STYLE>'\n  [possible values: rap, electronic]\n",
        ),
        (&["--songs", "+5"], "without a sign"),
        (&["--songs", "007"], "without a leading zero"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(radio().args(args).output().unwrap(), reason);
    }
    let letters = Command::cargo_bin("letters")
        .unwrap()
        .arg("--from")
        .output()
        .unwrap();
    coro_cli::testing::assert_refused(letters, "unexpected argument '--from'");
}

#[test]
fn letters_prints_the_alphabet_with_a_space_after_each() {
    Command::cargo_bin("letters")
        .unwrap()
        .assert()
        .success()
        .stdout("a b c d e f g h i j k l m n o p q r s t u v w x y z \n");
}

#[test]
fn frame_size_prints_the_size_of_the_body_instead_of_the_show() {
    let output = radio().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stderr, b"");
    assert_eq!(
        frame_bytes(&output.stdout),
        step02_generator::radio::frame_size()
    );
}

#[test]
fn frame_size_refuses_the_options_of_a_show() {
    let cases: [&[&str]; 4] = [
        &["--frame-size", "--trace"],
        &["--frame-size", "--songs", "3"],
        &["--style", "electronic", "--frame-size"],
        &["--frame-size", "--songs", "7", "--style", "rap"],
    ];
    for args in cases {
        coro_cli::testing::assert_refused(
            radio().args(args).output().unwrap(),
            "cannot be used with",
        );
    }
}

fn cpp(name: &str) -> Option<cpp_parity::CppProgram> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cpp").join(name);
    cpp_parity::compile(source, env!("CARGO_TARGET_TMPDIR"))
}

// ANCHOR: parity
#[test]
fn the_radio_prints_what_the_cpp_generator_prints() {
    let Some(cpp) = cpp("radio_station.cpp") else {
        return;
    };
    // (Rust arguments, the same settings for the C++ program: style number, songs)
    let settings: [(&[&str], &[&str]); 4] = [
        (&[], &[]),
        (&["--style", "electronic", "--songs", "7"], &["1", "7"]),
        (&["--style", "rap", "--songs", "0"], &["0", "0"]),
        (
            &["--style", "electronic", "--songs", "1000"],
            &["1", "1000"],
        ),
    ];
    for (rust_args, cpp_args) in settings {
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step02-generator"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        let songs = cpp_args.get(1).map_or(7, |n| n.parse().unwrap());
        assert_eq!(shown.lines().count(), songs);
    }
}
// ANCHOR_END: parity

// ANCHOR: trace
#[test]
fn the_trace_shows_one_resume_per_song_and_one_to_find_the_end() {
    let trace = "\
caller create radio
caller resume radio
radio holds \"song 1 of 2, rap\"
radio yield \"Public Enemy -> Fight The Power\"
caller print \"Public Enemy -> Fight The Power\"
caller resume radio
radio holds \"song 2 of 2, rap\"
radio yield \"Public Enemy -> Fight The Power\"
caller print \"Public Enemy -> Fight The Power\"
caller resume radio
radio return
caller destroy radio
";
    radio()
        .args(["--trace", "--songs", "2"])
        .assert()
        .success()
        .stdout(trace);
}
// ANCHOR_END: trace

#[test]
fn the_trace_is_the_cpp_generators_trace() {
    let Some(cpp) = cpp("radio_station.cpp") else {
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
        let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_step02-generator"));
        let shown = cpp_parity::assert_same_stdout(
            rust.args(rust_args),
            cpp.command().args(cpp_args),
        );
        assert!(
            shown.ends_with("radio return\ncaller destroy radio\n"),
            "{shown}"
        );
    }
}

#[test]
fn letters_prints_what_the_cpp_generator_prints() {
    let Some(cpp) = cpp("letters.cpp") else {
        return;
    };
    let mut rust = std::process::Command::new(env!("CARGO_BIN_EXE_letters"));
    let shown = cpp_parity::assert_same_stdout(&mut rust, &mut cpp.command());
    assert!(shown.starts_with("a b c"));
}

#[test]
fn the_cpp_generator_reports_its_frame_size_too() {
    let Some(cpp) = cpp("radio_station.cpp") else {
        return;
    };
    let output = cpp.command().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    // Not equal to Rust's: the two compilers lay out different frames.
    frame_bytes(&output.stdout);
}

#[test]
fn the_cpp_generators_are_valgrind_clean() {
    // A show played to its end, one of none, and a frame destroyed before its first
    // song; the letters, whose endless frame is destroyed while suspended.
    let runs: [(&str, &[&str]); 4] = [
        ("radio_station.cpp", &["1", "20"]),
        ("radio_station.cpp", &["0", "0"]),
        ("radio_station.cpp", &["--frame-size"]),
        ("letters.cpp", &[]),
    ];
    for (program, args) in runs {
        let Some(cpp) = cpp(program) else {
            return;
        };
        cpp.assert_memcheck_clean(args, None);
    }
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step02_generator() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step02-generator")),
        "step02-generator",
        Some(&[]),
    );
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_letters() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_letters")),
        "letters",
        Some(&[]),
    );
}

/// The name the command line gives `style`: clap's `ValueEnum`, which parses it too.
fn name(style: step01_function::Style) -> String {
    let value =
        clap::ValueEnum::to_possible_value(&style).expect("every style has a name");
    value.get_name().to_owned()
}
