//! Past the end of a coroutine's stack is its guard page: a call too deep faults there, and
//! the process dies of SIGSEGV, rather than writing over whatever lies below. Run in a child
//! process (`overflow`, a hidden subcommand), with core dumps off.

#![cfg(target_os = "linux")]

use std::process::{Command, Output};

use step09_stackful::price::parse_level_line;

/// The binary's `overflow LEVELS --stack-kib KIB`, with core dumps off where a shell can
/// turn them off: a crash caused on purpose leaves no `core` file behind.
fn overflow(levels: u32, stack_kib: u32) -> Output {
    let exe = env!("CARGO_BIN_EXE_step09-stackful");
    let args = [
        levels.to_string(),
        "--stack-kib".into(),
        stack_kib.to_string(),
    ];
    Command::new("sh")
        .args(["-c", "ulimit -c 0 && exec \"$0\" \"$@\"", exe, "overflow"])
        .args(args)
        .output()
        .unwrap()
}

/// Its lines: each level and the stack in use there, then the summary line if it came back.
fn levels(output: &Output) -> (Vec<(u32, usize)>, Option<String>) {
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    let levels = stdout
        .lines()
        .map_while(parse_level_line)
        .collect::<Vec<_>>();
    let rest: Vec<&str> = stdout.lines().skip(levels.len()).collect();
    (levels, rest.first().map(|line| line.to_string()))
}

#[cfg(unix)]
fn signal(output: &Output) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&output.status)
}

// ANCHOR: overflow
#[test]
#[cfg(unix)]
fn a_coroutine_that_recurses_past_its_stack_dies_of_sigsegv_at_the_guard_page() {
    const KIB: u32 = 64;
    let usable = KIB as usize * 1024; // a whole number of pages: all of it usable
    let output = overflow(1_000_000, KIB);
    assert_eq!(signal(&output), Some(11), "SIGSEGV: {:?}", output.status);
    let (levels, after) = levels(&output);
    // Nothing after the deepest level: it never came back up.
    assert_eq!(after, None);
    // Not Rust's "has overflowed its stack", which is for a thread's own guard page: this
    // one is corosensei's, and the fault is the kernel's plain SIGSEGV.
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    // Every level used the same stack: what one level costs.
    let steps: Vec<usize> = levels.windows(2).map(|w| w[1].1 - w[0].1).collect();
    let step = steps[0];
    assert!(
        steps.iter().all(|s| *s == step) && step >= 1024,
        "{steps:?}"
    );
    // The deepest level fitted, and the next would not have: the fault came at the edge
    // of the stack, where the guard page is, not anywhere else.
    let &(deepest, in_use) = levels.last().unwrap();
    assert!(
        in_use <= usable && in_use + step > usable - step,
        "{in_use} of {usable}"
    );
    assert_eq!(deepest as usize, levels.len());
    eprintln!(
        "{KIB} KiB: level {deepest} used {in_use} bytes, {step} a level; then SIGSEGV"
    );
}
// ANCHOR_END: overflow

#[test]
fn the_same_descent_comes_back_on_a_stack_deep_enough() {
    let output = overflow(20, 1024);
    assert!(output.status.success(), "{:?}", output.status);
    let (levels, after) = levels(&output);
    assert_eq!(levels.len(), 20);
    assert_eq!(after.as_deref(), Some("returned from 20 levels"));
}

#[test]
#[cfg(unix)]
fn a_bigger_stack_goes_proportionally_deeper_before_it_faults() {
    let deepest = |kib| {
        let output = overflow(1_000_000, kib);
        assert_eq!(signal(&output), Some(11));
        levels(&output).0.len()
    };
    let (small, large) = (deepest(64), deepest(256));
    // Four times the stack, four times the levels, give or take the first level's frame.
    assert!(
        large >= 4 * small - 4 && large <= 4 * small + 4,
        "{small} then {large}"
    );
}
