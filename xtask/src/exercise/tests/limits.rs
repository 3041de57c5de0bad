//! Runs a test cannot keep going or take down silently: one that never ends, one that
//! grows without end, one that crashes. Each is stopped, named and explained, and leaves
//! no process behind.

use std::time::{Duration, Instant};

use super::super::attempt;
use super::fixtures::{self, TempDir};

/// `attempt::run` with a 2 s limit and `memory` bytes on exercise 1.1, whose `rap_has_four_songs` meets
/// `rap` (electronic, which runs first, passes): what it printed, its error, how long it
/// took, once no process of the test binary is left.
fn run_rap(temp: &TempDir, name: &str, memory: u64, rap: &str) -> (String, String, Duration) {
    let mut learner = fixtures::learner(temp);
    learner.project.limits.seconds = 2;
    learner.project.limits.memory = memory;
    let mine = format!(
        "use step01_function::Style;\n\npub fn songs(style: Style) -> usize {{\n    \
         if matches!(style, Style::Rap) {{\n        {rap}\n    }}\n    style.songs().len()\n}}\n"
    );
    fixtures::write_files(&learner.dir, &[("step01-function/1.1-count.rs", &mine)]);
    let (mut out, started) = (Vec::new(), Instant::now());
    let err = attempt::run(&learner, &learner.exercises[0], false, &mut out).unwrap_err();
    let took = started.elapsed();
    // Only the test that starts the `sleep` looks for it: another test of this file may
    // be running that one at the same time.
    let sleep = rap.contains("sleep").then(|| format!("sleep\0{SLEEP}"));
    for left in std::iter::once(format!("exercise_fixture_{name}-")).chain(sleep) {
        let running = std::fs::read_dir("/proc").unwrap().flatten().filter(|entry| {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            String::from_utf8_lossy(&cmdline).contains(&left)
        });
        assert_eq!(running.count(), 0, "a process {left:?} is still running");
    }
    (String::from_utf8(out).unwrap(), err.to_string(), took)
}

/// How long the process a hanging test starts would sleep: its mark in `/proc`.
const SLEEP: &str = "61.25";

/// The lines under `✗ rap_has_four_songs`, and the advice every stop ends with.
fn rap_failure(out: &str) -> Vec<&str> {
    assert!(out.contains("✓ electronic_has_four_songs_too\n"), "{out}");
    let lines = out.lines().skip_while(|line| *line != "✗ rap_has_four_songs").skip(1);
    lines.take_while(|line| line.starts_with("    ")).map(str::trim_start).collect()
}

/// The memory cap a learner's run has; the growing test has a smaller one, to be stopped
/// well within its time on a busy machine.
const DEFAULT: u64 = 2 << 30;

const STOPPED: &str = "1.1 is not done yet: `rap_has_four_songs` was stopped (why is above); \
                       `cargo xtask exercise 1.1 --hint` shows hint 1 of 2";

#[test]
fn a_test_that_never_ends_is_stopped_at_the_time_limit() {
    let temp = TempDir::new("hang");
    // It starts a process of its own, which must not outlive it either.
    let sleep = format!("std::process::Command::new(\"sleep\").arg(\"{SLEEP}\").spawn().unwrap();");
    let (out, err, took) = run_rap(&temp, "hang", DEFAULT, &format!("{sleep}\n        loop {{}}"));
    let why = "stopped after 2 s: a future that never returns `Ready`, or a loop that never ends?";
    assert_eq!(rap_failure(&out), [why], "{out}");
    assert_eq!(err, STOPPED);
    assert!(took < Duration::from_secs(4), "{took:?}");
}

#[test]
fn a_test_that_grows_without_end_is_stopped_at_the_memory_cap() {
    let temp = TempDir::new("grow");
    let (out, err, _) = run_rap(
        &temp,
        "grow",
        512 << 20,
        "let mut pages = Vec::new();\n        loop { pages.push([1u8; 4096]); }",
    );
    let failure = rap_failure(&out);
    assert_eq!(failure[0], "stopped at the memory cap (512 MiB): a loop that keeps pushing?");
    assert!(failure[1].starts_with("| memory allocation of "), "{out}");
    assert_eq!(err, STOPPED);
}

#[test]
fn a_crash_names_its_signal_and_a_stack_overflow_says_so() {
    let temp = TempDir::new("abort");
    let (out, err, _) = run_rap(&temp, "abort", DEFAULT, "std::process::abort();");
    assert_eq!(rap_failure(&out), ["the test process crashed (SIGABRT)"]);
    assert_eq!(err, STOPPED);

    let temp = TempDir::new("overflow");
    let deeper =
        "fn deeper(n: u64) -> u64 { deeper(n + 1) + 1 }\n        return deeper(0) as usize;";
    let (out, _, _) = run_rap(&temp, "overflow", DEFAULT, deeper);
    let failure = rap_failure(&out);
    let why = "crashed with a stack overflow (SIGABRT): a recursion that never ends?";
    assert_eq!(failure[0], why, "{out}");
    assert!(failure.iter().any(|line| line.contains("has overflowed its stack")), "{out}");
    // The learner's own warning, shown once above the results.
    assert_eq!(out.matches("warning: function cannot return without recursing").count(), 1);
}
