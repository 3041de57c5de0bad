//! The binary: step 2's show and step 6's, byte for byte, from stackful coroutines.

use assert_cmd::Command;
use step01_function::Style;

fn stackful() -> Command {
    Command::cargo_bin("step09-stackful").unwrap()
}

fn stdout(command: &mut Command) -> String {
    let output = command.assert().success().stderr("");
    String::from_utf8(output.get_output().stdout.clone()).unwrap()
}

/// What step 2's radio prints (or traces) for these settings, run here, in this process.
fn step02(style: Style, songs: u32, trace: bool) -> String {
    let mut out = Vec::new();
    coro_cli::trace::shown(coro_cli::trace::Flag { trace }, &mut out, |out| {
        let mut radio = step02_generator::radio_station(style, songs);
        while radio.next_song() {
            writeln!(out, "{}", radio.value().unwrap())?;
        }
        Ok(())
    })
    .unwrap();
    String::from_utf8(out).unwrap()
}

/// What step 6 prints with `--mode await` for this chain.
fn step06(depth: u32, steps: u32) -> String {
    let mut out = Vec::new();
    let outer = step06_nested::Level::outer(depth, steps);
    step06_nested::run(step06_nested::Mode::Await, outer, None, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

// ANCHOR: same_show
/// No arguments: the talk's seven rap songs, as step 2's generator plays them, and the
/// same for any settings, trace included.
#[test]
fn the_radio_plays_step_2s_show_and_traces_step_2s_trace() {
    let talk = stdout(&mut stackful());
    assert_eq!(talk, step02(Style::Rap, 7, false));
    assert_eq!(talk.lines().count(), 7);
    assert!(talk.starts_with("Public Enemy -> Fight The Power\n"));
    let shows: [(&[&str], Style, u32, bool); 3] = [
        (&["--songs", "0"], Style::Rap, 0, false),
        (
            &["--style", "electronic", "--songs", "12"],
            Style::Electronic,
            12,
            false,
        ),
        (&["--trace", "--songs", "2"], Style::Rap, 2, true),
    ];
    for (args, style, songs, trace) in shows {
        let ours = stdout(stackful().arg("radio").args(args));
        assert_eq!(ours, step02(style, songs, trace), "{args:?}");
    }
}
// ANCHOR_END: same_show

#[test]
fn nested_prints_step_6s_transcript_at_every_depth() {
    for depth in [1, 2, 40, 1000] {
        for steps in [0, 3] {
            let args = [
                "--depth",
                &depth.to_string(),
                "--inner-steps",
                &steps.to_string(),
            ];
            let ours = stdout(stackful().arg("nested").args(args));
            assert_eq!(ours, step06(depth, steps), "{args:?}");
        }
    }
}

#[test]
fn the_nested_trace_shows_plain_calls_and_one_suspension_for_the_whole_stack() {
    let trace = stdout(stackful().args([
        "nested",
        "--depth",
        "2",
        "--inner-steps",
        "1",
        "--trace",
    ]));
    assert!(trace.contains("outer call middle1\n"), "{trace}");
    assert!(trace.contains("middle1 call inner\n"), "{trace}");
    // The inner's suspension goes straight back to the caller, with nobody between.
    assert!(
        trace.contains(
            "inner suspend caller\ncaller print \"caller: resume 2\"\ncaller resume outer\n"
        ),
        "{trace}"
    );
    assert_eq!(trace.matches("caller resume outer").count(), 4);
    assert!(!trace.contains("await"), "{trace}");
}

#[test]
fn bad_input_is_refused_in_one_line_with_exit_code_2() {
    let refusals: [(&[&str], &str); 5] = [
        (&["nested", "--depth", "0"], "0 is not in 1..=1000"),
        (&["nested", "--depth", "1001"], "1001 is not in 1..=1000"),
        (&["nested", "--inner-steps", "07"], "leading zero"),
        (&["radio", "--style", "jazz"], "jazz"),
        (&["tune"], "tune"),
    ];
    for (args, reason) in refusals {
        coro_cli::testing::assert_refused(
            stackful().args(args).output().unwrap(),
            reason,
        );
    }
}

#[test]
fn a_reader_that_leaves_and_an_output_that_fails_are_handled() {
    let program = env!("CARGO_BIN_EXE_step09-stackful");
    coro_cli::testing::assert_quiet_when_the_reader_leaves(
        std::process::Command::new(program).args(["nested", "--depth", "1000"]),
    );
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        program.as_ref(),
        "step09-stackful",
        Some(&[]),
    );
}
