//! The executor's promises: the transcript of the demo, an await that finds its task done,
//! frames freed by every handle that owns one, and panics that reach `run`'s caller.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use step07_continuation::demo::yield_turn;
use step07_continuation::stack::Gate;
use step07_continuation::{Executor, Transcript, WakeMode, continuation_demo};

const TRANSCRIPT: [&str; 13] = [
    "main: spawns outer, runs the queue",
    "step 1: run outer",
    "  outer: starts, awaits inner",
    "step 2: run inner",
    "  inner: starts, yields its turn",
    "step 3: run inner",
    "  inner: picks \"Orbital -> Chime\"",
    "  inner: done, resumes its continuation",
    "step 4: run outer",
    "  outer: inner returned \"Orbital -> Chime\"",
    "  outer: done, no continuation",
    "main: the queue is empty after 4 steps",
    "main: outer returned \"now playing: Orbital -> Chime\"",
];

#[test]
fn outer_goes_on_only_when_inner_is_done() {
    assert_eq!(continuation_demo(WakeMode::Queue), TRANSCRIPT);
}

// ANCHOR: same_transcript
#[test]
fn polling_inside_wake_changes_nothing_the_transcript_can_see() {
    // Only the stack knows that step 4 ran inside step 3 (see tests/stack.rs).
    assert_eq!(continuation_demo(WakeMode::Direct), TRANSCRIPT);
}
// ANCHOR_END: same_transcript

// ANCHOR: already_done
#[test]
fn awaiting_a_task_that_is_already_done_does_not_suspend() {
    let transcript = Transcript::default();
    let executor = Executor::with_transcript(WakeMode::Queue, transcript.clone());
    let spawner = executor.spawner();
    let mut outer = executor.spawn("outer", async move {
        let inner = spawner.spawn("inner", async { 7 });
        yield_turn().await; // inner runs to its end meanwhile
        inner.await * 6
    });
    executor.run();
    assert_eq!(outer.try_take(), Some(42));
    assert_eq!(
        transcript.lines(),
        [
            "step 1: run outer",
            "step 2: run inner",
            "  inner: done, no continuation",
            "step 3: run outer",
            "  outer: done, no continuation",
        ]
    );
}
// ANCHOR_END: already_done

/// Counts how many times it was dropped.
struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

fn counter() -> (Arc<AtomicUsize>, DropCounter) {
    let drops = Arc::new(AtomicUsize::new(0));
    (drops.clone(), DropCounter(drops))
}

// ANCHOR: drop_handle
#[test]
fn a_dropped_join_handle_detaches_and_the_output_is_freed_when_the_task_ends() {
    let executor = Executor::new(WakeMode::Queue);
    let (frame_drops, held) = counter();
    let (output_drops, output) = counter();
    let handle = executor.spawn("inner", async move {
        let _held_across_the_await = held;
        yield_turn().await;
        output
    });
    drop(handle); // detached: the task still runs
    assert_eq!(executor.pending(), 1);
    executor.run();
    assert_eq!(executor.pending(), 0);
    assert_eq!(frame_drops.load(Ordering::SeqCst), 1);
    assert_eq!(
        output_drops.load(Ordering::SeqCst),
        1,
        "nobody will take it"
    );
}

#[test]
fn an_output_nobody_took_is_freed_with_its_handle() {
    let executor = Executor::new(WakeMode::Queue);
    let (drops, output) = counter();
    let handle = executor.spawn("inner", async move { output });
    executor.run();
    assert!(handle.is_finished());
    assert_eq!(drops.load(Ordering::SeqCst), 0, "kept for the handle");
    drop(handle);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}
// ANCHOR_END: drop_handle

// ANCHOR: drop_executor
#[test]
fn dropping_the_executor_frees_every_unfinished_task_wherever_it_stopped() {
    for mode in [WakeMode::Queue, WakeMode::Direct] {
        let executor = Executor::new(mode);
        let spawner = executor.spawner();
        let gate = Gate::default();
        let (drops, inner_held) = counter();
        let outer_held = DropCounter(drops.clone());
        let never_polled = DropCounter(drops.clone());
        let opened = gate.clone();
        let outer = executor.spawn("outer", async move {
            let _held = outer_held;
            let inner = spawner.spawn("inner", async move {
                let _held = inner_held;
                opened.opened().await; // never opened before the executor goes
            });
            inner.await;
        });
        executor.run();
        let late = executor.spawn("late", async move { drop(never_polled) });
        assert_eq!((executor.pending(), drops.load(Ordering::SeqCst)), (3, 0));
        drop(executor);
        assert_eq!(drops.load(Ordering::SeqCst), 3, "{mode:?}");
        // Wakers and handles outlive their executor harmlessly.
        gate.open();
        assert!(!outer.is_finished() && !late.is_finished());
    }
}
// ANCHOR_END: drop_executor

// ANCHOR: panic
#[test]
fn a_panic_reaches_the_caller_of_run_and_the_awaiting_task_stays_suspended() {
    let executor = Executor::new(WakeMode::Queue);
    let spawner = executor.spawner();
    let (drops, held) = counter();
    let outer = executor.spawn("outer", async move {
        spawner
            .spawn("inner", async move {
                let _held = held;
                yield_turn().await;
                panic!("the needle skipped");
            })
            .await
    });
    let panic = catch_unwind(AssertUnwindSafe(|| executor.run())).unwrap_err();
    assert_eq!(*panic.downcast::<&str>().unwrap(), "the needle skipped");
    assert_eq!(drops.load(Ordering::SeqCst), 1, "the inner frame was freed");
    // Nobody will wake outer: it stays in the table until the executor goes.
    executor.run();
    assert_eq!((executor.pending(), outer.is_finished()), (1, false));
}
// ANCHOR_END: panic

#[test]
fn polling_a_handle_after_it_returned_its_output_panics_with_its_name() {
    let executor = Executor::new(WakeMode::Queue);
    let spawner = executor.spawner();
    let _outer = executor.spawn("outer", async move {
        let mut inner = spawner.spawn("inner", async { 1 });
        let first = (&mut inner).await;
        first + (&mut inner).await
    });
    let panic = catch_unwind(AssertUnwindSafe(|| executor.run())).unwrap_err();
    assert_eq!(
        *panic.downcast::<String>().unwrap(),
        "the JoinHandle of inner was polled after it returned its output"
    );
}

#[test]
fn a_spawner_kept_after_its_executor_is_gone_refuses_to_spawn() {
    let executor = Executor::new(WakeMode::Queue);
    let spawner = executor.spawner();
    drop(executor);
    let panic = catch_unwind(AssertUnwindSafe(|| drop(spawner.spawn("late", async {}))))
        .unwrap_err();
    let message = panic.downcast_ref::<String>().map(String::as_str);
    assert_eq!(message, Some("spawn after the executor was dropped"));
}
