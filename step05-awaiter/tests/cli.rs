//! The binary as a user meets it: the talk's transcript, scores typed on standard input,
//! one-line refusals. Parity with the C++ programs is in `parity.rs`.

use assert_cmd::Command;
mod common;
use common::{TALKS_SHOW, frame_bytes};
use step05_awaiter::Style;
use step05_awaiter::interactive::QUESTION;

const NOT_A_SCORE: &str = "That is not a score: a whole number from 0 to 10, please.\n";

fn radio() -> Command {
    Command::cargo_bin("step05-awaiter").unwrap()
}

/// Step 1's songs, each followed by the line the coroutine prints for `score`.
fn scored_show(style: Style, songs: u32, score: u8) -> String {
    let mut out = Vec::new();
    step01_function::radio_station(style, songs, &mut out).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|song| format!("{song}\nThe previous track scored {score}\n"))
        .collect()
}

#[test]
fn without_arguments_it_prints_the_talks_show() {
    radio().assert().success().stdout(TALKS_SHOW).stderr("");
    assert_eq!(scored_show(Style::Rap, 7, 10), TALKS_SHOW);
}

#[test]
fn every_song_gets_the_score_given() {
    radio()
        .args(["--style", "electronic", "--songs", "10", "--score", "3"])
        .assert()
        .success()
        .stdout(scored_show(Style::Electronic, 10, 3));
    radio()
        .args(["--songs", "2", "--score", "0"])
        .assert()
        .success()
        .stdout(scored_show(Style::Rap, 2, 0));
    radio().args(["--songs", "0"]).assert().success().stdout("");
}

// ANCHOR: interactive
#[test]
fn interactive_scores_reach_the_coroutine_and_the_average_ends_the_show() {
    radio()
        .args(["--songs", "3", "--interactive"])
        .write_stdin("7\n3\n10\n")
        .assert()
        .success()
        .stdout(
            "Public Enemy -> Fight The Power\nThe previous track scored 7\n\
             Public Enemy -> Fight The Power\nThe previous track scored 3\n\
             Beastie Boys -> Sabotage\nThe previous track scored 10\n\
             Average score: 6.7 over 3 songs\n",
        )
        .stderr(QUESTION.repeat(3));
}

#[test]
fn interactive_a_line_that_is_not_a_score_gets_the_question_again() {
    radio()
        .args(["--songs", "1", "--interactive"])
        .write_stdin("seven\n11\n\n 4 \n")
        .assert()
        .success()
        .stdout(
            "Public Enemy -> Fight The Power\nThe previous track scored 4\n\
             Average score: 4.0 over 1 song\n",
        )
        .stderr(format!("{QUESTION}{NOT_A_SCORE}").repeat(3) + QUESTION);
}

#[test]
fn interactive_the_end_of_input_ends_the_show_where_it_stands() {
    // The second song is on air when the input ends: it stays unscored, and the
    // coroutine is not resumed, so no line reports its score.
    radio()
        .arg("--interactive")
        .write_stdin("8")
        .assert()
        .success()
        .stdout(
            "Public Enemy -> Fight The Power\nThe previous track scored 8\n\
             Public Enemy -> Fight The Power\nAverage score: 8.0 over 1 song\n",
        )
        .stderr(format!("{QUESTION}{QUESTION}\n"));
    radio()
        .arg("--interactive")
        .write_stdin("")
        .assert()
        .success()
        .stdout("Public Enemy -> Fight The Power\nNo song was scored.\n")
        .stderr(format!("{QUESTION}\n"));
}
// ANCHOR_END: interactive

#[test]
fn interactive_with_no_songs_asks_nothing() {
    radio()
        .args(["--songs", "0", "--interactive"])
        .write_stdin("5\n")
        .assert()
        .success()
        .stdout("No song was scored.\n")
        .stderr("");
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 9] = [
        (&["--score", "11"], "11 is not in 0..=10"),
        (&["--score", "-1"], "-1 is not in 0..=10"),
        (
            &["--score", "ten"],
            "invalid value 'ten' for '--score <SCORE>'",
        ),
        (
            &["--score", "3", "--interactive"],
            "the argument '--score <SCORE>' cannot be used with '--interactive'",
        ),
        (&["--songs", "-1"], "-1 is not in 0..=1000000"),
        (
            &["--style", "jazz"],
            "invalid value 'jazz' for '--style <STYLE>'\n  [possible values: rap, electronic]\n",
        ),
        (&["--interactive", "yes"], "unexpected argument 'yes'"),
        (&["--score", "+5"], "without a sign"),
        (&["--score", "07"], "without a leading zero"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(radio().args(args).output().unwrap(), reason);
    }
}

#[test]
fn frame_size_prints_the_size_of_the_body_instead_of_the_show() {
    let output = radio().arg("--frame-size").output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stderr, b"");
    assert_eq!(
        frame_bytes(&output.stdout),
        step05_awaiter::station::frame_size()
    );
}

#[test]
fn frame_size_refuses_the_options_of_a_show() {
    let cases: [&[&str]; 6] = [
        &["--frame-size", "--trace"],
        &["--frame-size", "--songs", "3"],
        &["--style", "electronic", "--frame-size"],
        &["--frame-size", "--score", "10"],
        &["--frame-size", "--interactive"],
        &["--frame-size", "--songs", "7", "--style", "rap"],
    ];
    for args in cases {
        coro_cli::testing::assert_refused(
            radio().args(args).output().unwrap(),
            "cannot be used with",
        );
    }
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step05_awaiter() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step05-awaiter")),
        "step05-awaiter",
        Some(&[]),
    );
}

#[test]
fn an_answer_that_never_ends_ends_the_show() {
    // `/dev/zero` is one endless line: read up to a bound, then taken as the end of input.
    let started = std::time::Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_step05-awaiter"))
        .args(["--songs", "2", "--interactive"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Public Enemy -> Fight The Power\nNo song was scored.\n"
    );
}

#[test]
fn the_trace_shows_the_yield_the_suspension_and_the_score_given_back() {
    let trace = "\
caller create radio
caller resume radio
radio holds \"song 1 of 1, waiting for its score\"
radio yield \"Public Enemy -> Fight The Power\"
radio suspend
caller print \"Public Enemy -> Fight The Power\"
caller give radio \"8\"
caller resume radio
caller print \"The previous track scored 8\"
radio return
caller destroy radio
";
    radio()
        .args(["--trace", "--songs", "1", "--score", "8"])
        .assert()
        .success()
        .stdout(trace)
        .stderr("");
}
