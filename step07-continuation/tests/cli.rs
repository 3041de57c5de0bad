//! The binary as a user meets it: the transcript, the stack demos, and its refusals.

mod common;

use assert_cmd::Command;
use common::deepest;

fn demo() -> Command {
    Command::cargo_bin("step07-continuation").unwrap()
}

fn stdout_lines(command: &mut Command) -> Vec<String> {
    let output = command
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn without_a_subcommand_it_prints_the_continuation_transcript() {
    demo().assert().success().stderr("").stdout(
        "\
main: spawns outer, runs the queue
step 1: run outer
  outer: starts, awaits inner
step 2: run inner
  inner: starts, yields its turn
step 3: run inner
  inner: picks \"Orbital -> Chime\"
  inner: done, resumes its continuation
step 4: run outer
  outer: inner returned \"Orbital -> Chime\"
  outer: done, no continuation
main: the queue is empty after 4 steps
main: outer returned \"now playing: Orbital -> Chime\"
",
    );
}

#[test]
fn the_transcript_subcommand_prints_the_same_with_either_waker() {
    let default = stdout_lines(&mut demo());
    assert_eq!(stdout_lines(demo().arg("transcript")), default);
    let direct = stdout_lines(demo().args(["transcript", "--wake", "direct"]));
    assert_eq!(direct, default);
    assert_eq!(default.len(), 13);
}

/// The transcript's trace: who runs at each step, who awaits whom, who hands control to
/// the continuation when inner is done, and each time a task goes onto the run queue.
const TRACE: &str = "\
caller print \"main: spawns outer, runs the queue\"
caller create outer
executor queue outer
caller print \"step 1: run outer\"
executor resume outer
caller print \"  outer: starts, awaits inner\"
outer create inner
executor queue inner
outer holds \"waiting for inner\"
outer await inner
caller print \"step 2: run inner\"
executor resume inner
caller print \"  inner: starts, yields its turn\"
inner holds \"its turn given up\"
executor queue inner
inner suspend
caller print \"step 3: run inner\"
executor resume inner
caller print \"  inner: picks \\\"Orbital -> Chime\\\"\"
inner return
caller print \"  inner: done, resumes its continuation\"
inner transfer outer
executor queue outer
caller print \"step 4: run outer\"
executor resume outer
caller print \"  outer: inner returned \\\"Orbital -> Chime\\\"\"
outer return
caller print \"  outer: done, no continuation\"
caller print \"main: the queue is empty after 4 steps\"
caller print \"main: outer returned \\\"now playing: Orbital -> Chime\\\"\"
";

#[test]
fn the_trace_shows_each_step_the_await_and_the_transfer_to_the_continuation() {
    demo()
        .arg("--trace")
        .assert()
        .success()
        .stderr("")
        .stdout(TRACE);
    demo()
        .args(["transcript", "--trace"])
        .assert()
        .success()
        .stdout(TRACE);
}

#[test]
fn with_the_direct_waker_the_trace_shows_inner_resuming_outer_inside_its_wake() {
    // The transcript cannot tell the two wakers apart; the trace can, at step 4: the wake
    // polls outer at once, and queues nothing. Spawning still queues, and so does inner's
    // wake of itself, made while it runs.
    let direct = TRACE.replace(
        "inner transfer outer\nexecutor queue outer\ncaller print \"step 4: run outer\"\nexecutor resume outer",
        "inner transfer outer\ncaller print \"step 4: run outer\"\ninner resume outer",
    );
    assert_ne!(direct, TRACE);
    demo()
        .args(["transcript", "--wake", "direct", "--trace"])
        .assert()
        .success()
        .stdout(direct);
}

#[test]
fn the_stack_demos_report_their_result_and_depth() {
    let lines = stdout_lines(demo().args(["await-loop", "1000"]));
    assert_eq!(
        lines[0],
        "await in a loop: 1000 inner futures, each ready at once, on a 256 KiB stack"
    );
    assert_eq!(
        deepest(&lines[1]).0,
        "the loop's total returned 499500 after 1 polls; deepest stack"
    );
    assert_eq!(lines.len(), 2);

    let lines = stdout_lines(demo().args(["chain", "1000", "--stack-kib", "64"]));
    assert_eq!(
        lines[0],
        "a chain of 1000 links, each woken through the run queue, on a 64 KiB stack"
    );
    assert_eq!(
        deepest(&lines[1]).0,
        "the outermost link returned 1000 after 2002 polls; deepest stack"
    );

    // Small enough for 16 MiB of stack: the child finishes and its summary is relayed.
    let lines = stdout_lines(demo().args([
        "chain",
        "1000",
        "--wake",
        "direct",
        "--stack-kib",
        "16384",
    ]));
    assert_eq!(
        lines[0],
        "a chain of 1000 links, each polled inside wake(), on a 16384 KiB stack, in a child process"
    );
    let (text, bytes) = deepest(&lines[1]);
    assert_eq!(
        text,
        "the outermost link returned 1000 after 2002 polls; deepest stack"
    );
    assert!(bytes > 1000 * 64, "{bytes} bytes for 1000 nested links");
}

#[test]
fn the_direct_chain_overflows_in_a_child_and_the_parent_reports_how_far_it_got() {
    let lines = stdout_lines(demo().args(["chain", "100000", "--wake", "direct"]));
    assert_eq!(
        lines[0],
        "a chain of 100000 links, each polled inside wake(), on a 256 KiB stack, in a child process"
    );
    assert!(
        lines[1].starts_with("the child died of SIGABRT: thread 'small-stack'"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(" has overflowed its stack"),
        "{}",
        lines[1]
    );
    let numbers: Vec<usize> = lines[2]
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let [link, stack, per_link] = numbers[..] else {
        panic!("{}", lines[2])
    };
    assert_eq!(
        lines[2],
        format!(
            "last link that went on: {link}, with {stack} bytes of stack in use ({per_link} per link)"
        )
    );
    assert_eq!(per_link, stack / link);
    assert_eq!(lines.len(), 3);
}

#[test]
fn the_overflow_child_lets_a_reader_that_went_away_go() {
    // The parent reads all it prints; someone else may stop reading after one line.
    // Enough links for more lines than a pipe holds, on a stack that fits them all.
    coro_cli::testing::assert_quiet_when_the_reader_leaves(
        std::process::Command::new(env!("CARGO_BIN_EXE_step07-continuation"))
            .args(["overflow-child", "5000"])
            .args(["--stack-kib", "65536"]),
    );
}

#[test]
fn the_help_lists_one_subcommand_per_demo_and_hides_the_overflow_child() {
    let output = demo()
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(output).unwrap();
    let commands: Vec<&str> = help
        .split_once("Commands:\n")
        .unwrap()
        .1
        .lines()
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(commands, ["transcript", "await-loop", "chain", "help"]);
    // Hidden from the list, but a subcommand all the same: the parent runs it.
    demo().args(["overflow-child", "--help"]).assert().success();
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let cases: [(&[&str], &str); 20] = [
        (&["chain", "-1"], "-1 is not in 0..=1000000"),
        (&["chain", "1000001"], "1000001 is not in 0..=1000000"),
        (&["await-loop", "many"], "invalid value 'many' for '<N>'"),
        (
            &["await-loop", "100000001"],
            "100000001 is not in 0..=100000000",
        ),
        (
            &["chain", "5", "--stack-kib", "8"],
            "8 is not in 16..=65536",
        ),
        (
            &["transcript", "--wake", "sideways"],
            "invalid value 'sideways' for '--wake <WAKE>'",
        ),
        (
            &["chain", "5", "--wake", "sideways"],
            "\n  [possible values: queue, direct]\n",
        ),
        (&["chain", "+5"], "without a sign"),
        (
            &["await-loop", "5", "--stack-kib", "0256"],
            "without a leading zero",
        ),
        // One demo per run, and each takes only its own options.
        (
            &["chain", "5", "await-loop", "5"],
            "unexpected argument 'await-loop'",
        ),
        (
            &["await-loop", "5", "--wake", "direct"],
            "unexpected argument '--wake'",
        ),
        (&["--wake", "direct"], "unexpected argument '--wake'"),
        (&["--stack-kib", "64"], "unexpected argument '--stack-kib'"),
        (&["sideways"], "unrecognized subcommand 'sideways'"),
        // Only the transcript is traced.
        (
            &["--trace", "chain", "5"],
            "the subcommand 'chain' cannot be used with '--trace'",
        ),
        (
            &["await-loop", "5", "--trace"],
            "unexpected argument '--trace'",
        ),
        (&["chain"], "were not provided: <N>\n"),
        (&["await-loop"], "were not provided: <N>\n"),
        (&["overflow-child"], "were not provided: <N>\n"),
        (&["overflow-child", "-1"], "-1 is not in 0..=1000000"),
    ];
    for (args, reason) in cases {
        coro_cli::testing::assert_refused(demo().args(args).output().unwrap(), reason);
    }
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_step07_continuation() {
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_step07-continuation")),
        "step07-continuation",
        Some(&[]),
    );
}

#[test]
fn outputs_that_fail_are_reported_never_a_panic_echo_server() {
    // No show: the server runs until Ctrl-C (tests/echo.rs tries its outputs while it serves).
    coro_cli::testing::assert_outputs_that_fail_are_reported(
        std::path::Path::new(env!("CARGO_BIN_EXE_echo-server")),
        "echo-server",
        None,
    );
}
