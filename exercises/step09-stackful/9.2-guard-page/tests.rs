use super::exercise::*;
use std::collections::BTreeSet;
use std::os::unix::process::ExitStatusExt;
use step07_continuation::overflow::{signal_name, without_core_dump};

/// A stack so large that no dig in these tests comes near its end.
const ROOMY: usize = 64 << 20;

/// Set in a child process: the dig it must make, `depth bytes`.
const CHILD: &str = "EXERCISE_9_2_DIG";

/// How a dig `depth` levels deep on `bytes` of stack ends, in a child process, where a
/// stack overflow kills the child and not the tests: `dug 1000 levels`, or
/// `killed by SIGSEGV`. The child is this test binary again, running only `test`: there
/// this function finds `CHILD` set, digs, and ends the process.
fn dig_in_child(test: &str, depth: u32, bytes: usize) -> String {
    if let Ok(dig) = std::env::var(CHILD) {
        let (depth, bytes) = dig.split_once(' ').unwrap();
        let levels = dig_on(depth.parse().unwrap(), bytes.parse().unwrap()).len();
        println!("\n{CHILD}: dug {levels} levels");
        std::process::exit(0);
    }
    let (_, module) = module_path!().split_once("::").unwrap();
    let output = without_core_dump(&std::env::current_exe().unwrap())
        .args([&format!("{module}::{test}"), "--exact", "--nocapture"])
        .env(CHILD, format!("{depth} {bytes}"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let said = stdout
        .lines()
        .find_map(|line| line.strip_prefix(CHILD)?.strip_prefix(": "));
    match (said, output.status.signal()) {
        (Some(said), _) => said.to_owned(),
        (None, Some(signal)) => format!("killed by {}", signal_name(signal)),
        (None, None) => format!("ended with {}", output.status),
    }
}

#[test]
fn every_level_holds_a_crate_and_costs_the_same() {
    let used = dig_on(100, ROOMY);
    assert_eq!(used.len(), 100, "one suspension per level");
    let costs: BTreeSet<usize> = used.windows(2).map(|two| two[1] - two[0]).collect();
    assert_eq!(costs.len(), 1, "one level to the next: {costs:?} bytes");
    assert!(
        costs.first() >= Some(&CRATE),
        "a level holds its crate: {costs:?}"
    );
}

#[test]
fn stack_for_leaves_room_for_every_level_and_not_much_more() {
    let (mut verdicts, mut measured) = (Vec::new(), Vec::new());
    for depth in [1, 10, 100] {
        let used = *dig_on(depth, ROOMY).last().unwrap();
        let given = stack_for(depth);
        let verdict = match given {
            _ if given < used => "too small",
            _ if given > 2 * used + 64 * 1024 => "more than twice the need and 64 KiB",
            _ => "fits",
        };
        verdicts.push(format!("depth {depth}: {verdict}"));
        measured.push(format!("depth {depth}: {used} bytes in use, {given} given"));
    }
    let expected = ["depth 1: fits", "depth 10: fits", "depth 100: fits"];
    assert_eq!(verdicts, expected, "{}", measured.join("; "));
}

#[test]
fn a_dig_completes_on_the_stack_stack_for_gives() {
    let test = "a_dig_completes_on_the_stack_stack_for_gives";
    for depth in [2, 10, 1000] {
        let ending = dig_in_child(test, depth, stack_for(depth));
        assert_eq!(ending, format!("dug {depth} levels"));
    }
}

#[test]
fn too_small_a_stack_is_caught_by_the_guard_page() {
    let test = "too_small_a_stack_is_caught_by_the_guard_page";
    // A stack sized for 100 levels, for a dig of 1000: a level past 100 hits the guard.
    assert_eq!(
        dig_in_child(test, 1000, stack_for(100)),
        "killed by SIGSEGV"
    );
    // The same dig on the stack sized for it.
    assert_eq!(dig_in_child(test, 1000, stack_for(1000)), "dug 1000 levels");
}
