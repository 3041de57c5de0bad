//! The four ways to call the inner, by their transcripts: the talk's example, the call
//! that does nothing, the explicit loop, and the stack that prints what `.await` prints.

use std::cell::RefCell;
use std::io;
use std::rc::Rc;
use step03_pinball::{Console, Pinball};
use step06_nested::{
    CallStack, Level, Mode, PollCount, awaited, explicit_loop, forgot, stack,
};

/// Everything `run` writes for this chain.
fn transcript(mode: Mode, depth: u32, steps: u32, stop_after: Option<u32>) -> String {
    let mut out = Vec::new();
    step06_nested::run(mode, Level::outer(depth, steps), stop_after, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn table() -> Console<Vec<u8>> {
    Rc::new(RefCell::new(Vec::new()))
}

fn written(table: &Console<Vec<u8>>) -> String {
    String::from_utf8(table.borrow().clone()).unwrap()
}

// ANCHOR: talks_example
const TALKS_EXAMPLE: &str = "\
caller: resume 1
outer: starts, calls inner(3)
inner: step 1 of 3, suspends
caller: resume 2
inner: step 2 of 3, suspends
caller: resume 3
inner: step 3 of 3, suspends
caller: resume 4
inner: done
outer: inner is done, suspends
caller: resume 5
outer: done
";

#[test]
fn awaited_each_stop_of_the_inner_is_a_stop_of_the_outer() {
    assert_eq!(transcript(Mode::Await, 1, 3, None), TALKS_EXAMPLE);
}
// ANCHOR_END: talks_example

// ANCHOR: forgot
#[test]
fn without_await_the_inner_is_made_and_dropped_but_never_run() {
    let table = table();
    let polls = PollCount::default();
    let outer =
        forgot::outer_forgets(Level::outer(1, 3), Rc::clone(&table), polls.clone());
    let mut coro = Pinball::new(outer);
    assert!(!coro.play(), "the outer runs to its end in one resume");
    assert_eq!(
        written(&table),
        "outer: starts, calls inner(3) without awaiting it\nouter: done\n"
    );
    assert_eq!(polls.get(), 0, "nobody polled the inner");
}
// ANCHOR_END: forgot

// ANCHOR: explicit_loop
#[test]
fn in_the_explicit_loop_the_outer_passes_each_step_on() {
    let expected = "\
caller: resume 1
outer: starts, calls inner(3), loops over it
inner: step 1 of 3, yields 1
outer: passes 1 on
caller: got 1
caller: resume 2
inner: step 2 of 3, yields 2
outer: passes 2 on
caller: got 2
caller: resume 3
inner: step 3 of 3, yields 3
outer: passes 3 on
caller: got 3
caller: resume 4
inner: done
outer: inner is done
";
    assert_eq!(transcript(Mode::Loop, 1, 3, None), expected);
}
// ANCHOR_END: explicit_loop

// ANCHOR: deeper_loop
#[test]
fn in_a_deeper_loop_every_level_passes_each_step_on() {
    let expected = "\
caller: resume 1
outer: starts, calls middle 1, loops over it
middle 1: starts, calls inner(1), loops over it
inner: step 1 of 1, yields 1
middle 1: passes 1 on
outer: passes 1 on
caller: got 1
caller: resume 2
inner: done
middle 1: inner is done
outer: middle 1 is done
";
    assert_eq!(transcript(Mode::Loop, 2, 1, None), expected);
}
// ANCHOR_END: deeper_loop

// ANCHOR: deeper
#[test]
fn deeper_chains_call_through_middles_and_unwind_one_level_per_resume() {
    let expected = "\
caller: resume 1
outer: starts, calls middle 1
middle 1: starts, calls inner(1)
inner: step 1 of 1, suspends
caller: resume 2
inner: done
middle 1: inner is done, suspends
caller: resume 3
middle 1: done
outer: middle 1 is done, suspends
caller: resume 4
outer: done
";
    assert_eq!(transcript(Mode::Await, 2, 1, None), expected);
}
// ANCHOR_END: deeper

// ANCHOR: same_transcript
#[test]
fn the_stack_prints_what_the_await_chain_prints() {
    for depth in [1, 2, 10, 100] {
        for steps in [0, 1, 3, 20] {
            let awaited = transcript(Mode::Await, depth, steps, None);
            let resumes = awaited.matches("caller: resume").count();
            assert_eq!(resumes as u32, steps + depth + 1, "{depth} {steps}");
            assert_eq!(transcript(Mode::Stack, depth, steps, None), awaited);
        }
    }
}
// ANCHOR_END: same_transcript

#[test]
fn stop_after_drops_the_outer_where_it_stands() {
    let expected = "\
caller: resume 1
outer: starts, calls middle 1
middle 1: starts, calls inner(3)
inner: step 1 of 3, suspends
caller: resume 2
inner: step 2 of 3, suspends
caller: stops after 2 resumes, drops the outer
";
    for mode in [Mode::Await, Mode::Stack] {
        assert_eq!(transcript(mode, 2, 3, Some(2)), expected, "{mode:?}");
    }
    assert_eq!(
        transcript(Mode::Loop, 1, 3, Some(0)),
        "caller: stops after 0 resumes, drops the outer\n"
    );
    // Past the last resume, stop_after changes nothing.
    assert_eq!(transcript(Mode::Await, 1, 3, Some(5)), TALKS_EXAMPLE);
}

#[test]
fn nothing_runs_before_the_first_resume() {
    let table = table();
    let polls = PollCount::default();
    let outer = Level::outer(3, 2);
    let awaiting = Pinball::new(awaited::coroutine(outer, Rc::clone(&table), &polls));
    let mut on_the_stack =
        CallStack::new(stack::coroutine(outer, Rc::clone(&table), &polls));
    let looping = explicit_loop::coroutine(outer, Rc::clone(&table));
    assert_eq!((written(&table), polls.get()), (String::new(), 0));
    assert_eq!(on_the_stack.depth(), 1, "only the outer, not started");
    assert!(on_the_stack.play());
    assert_eq!(on_the_stack.depth(), 4, "outer, two middles, inner");
    drop((awaiting, looping));
}

#[test]
fn after_the_end_the_call_stack_stays_over_and_quiet() {
    let table = table();
    let polls = PollCount::default();
    let mut coro = CallStack::new(stack::coroutine(
        Level::outer(1, 0),
        Rc::clone(&table),
        &polls,
    ));
    assert!(
        coro.play(),
        "inner(0) is done at once; the outer suspends after it"
    );
    assert!(!coro.play());
    assert!(coro.is_over());
    let (lines, polled) = (written(&table), polls.get());
    for _ in 0..3 {
        assert!(!coro.play());
    }
    assert_eq!((written(&table), polls.get()), (lines, polled));
    assert!(coro.take_error().is_none());
}

#[test]
fn a_table_that_breaks_ends_every_mode_with_the_error() {
    for mode in [Mode::Forgot, Mode::Loop, Mode::Await, Mode::Stack] {
        // Room for the first resume's mark and part of the outer's first line.
        let mut room = [0u8; 17 + 10];
        let mut out: &mut [u8] = &mut room;
        let err =
            step06_nested::run(mode, Level::outer(3, 3), None, &mut out).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::WriteZero, "{mode:?}");
    }
    // Room for the outer's first line, the inner's first, and part of its second.
    let table = Rc::new(RefCell::new(io::Cursor::new([0u8; 30 + 29 + 10])));
    let polls = PollCount::default();
    let mut coro = CallStack::new(stack::coroutine(Level::outer(1, 3), table, &polls));
    assert!(coro.play());
    assert!(!coro.play(), "the inner's second line does not fit");
    assert!(coro.is_over());
    assert_eq!(coro.take_error().unwrap().kind(), io::ErrorKind::WriteZero);
}
