use super::exercise::*;
use step07_continuation::stack::on_small_stack;
use step07_continuation::{Executor, Transcript, WakeMode};

/// Runs `nest` at `depth` as the task "outer": its result, the executor's polls, and how
/// many tasks were left unfinished.
fn run(depth: u32, mode: WakeMode) -> (Option<u32>, usize, usize) {
    let executor = Executor::new(mode);
    let mut outer = executor.spawn("outer", nest(executor.spawner(), depth));
    executor.run();
    (outer.try_take(), executor.steps(), executor.pending())
}

#[test]
fn each_task_goes_on_when_its_inner_is_done() {
    let transcript = Transcript::default();
    let executor = Executor::with_transcript(WakeMode::Queue, transcript.clone());
    let mut outer = executor.spawn("outer", nest(executor.spawner(), 2));
    executor.run();
    assert_eq!(outer.try_take(), Some(2));
    assert_eq!(
        transcript.lines(),
        [
            "step 1: run outer",
            "step 2: run inner",
            "step 3: run inner",
            "  inner: done, resumes its continuation",
            "step 4: run inner",
            "  inner: done, resumes its continuation",
            "step 5: run outer",
            "  outer: done, no continuation",
        ]
    );
}

#[test]
fn every_level_is_a_task_polled_twice_but_the_innermost() {
    assert_eq!(run(0, WakeMode::Queue), (Some(0), 1, 0));
    assert_eq!(run(10, WakeMode::Queue), (Some(10), 21, 0));
}

#[test]
fn polled_inside_wake_the_chain_gives_the_same_result() {
    assert_eq!(run(100, WakeMode::Direct), (Some(100), 201, 0));
}

#[test]
fn ten_thousand_deep_through_the_run_queue_fits_a_256_kib_stack() {
    let (ten, ten_thousand) = on_small_stack(256, || {
        let ten = run(10, WakeMode::Queue);
        // A chain of plain awaits would overflow the small stack below, which no test can
        // catch: it ends the whole test program. So it stops here first.
        assert_eq!(
            ten.1, 21,
            "each level must be a task: spawn it, then await it"
        );
        (ten, run(10_000, WakeMode::Queue))
    });
    assert_eq!(ten, (Some(10), 21, 0));
    assert_eq!(ten_thousand, (Some(10_000), 20_001, 0));
}
