//! The cost of depth, counted: how many frames each resume polls, with `.await` and with
//! the stack that resumes the innermost directly.

use std::cell::RefCell;
use std::io;
use std::rc::Rc;
use step03_pinball::{Console, Pinball};
use step06_nested::{CallStack, Level, PollCount, awaited, stack};

fn table() -> Console<Vec<u8>> {
    Rc::new(RefCell::new(Vec::new()))
}

// ANCHOR: cost_of_depth
/// Resumes with `play` until it returns `false`; the polls counted in each resume.
fn polls_per_resume(polls: &PollCount, mut play: impl FnMut() -> bool) -> Vec<u64> {
    let mut per_resume = Vec::new();
    loop {
        let before = polls.get();
        let going = play();
        per_resume.push(polls.get() - before);
        if !going {
            return per_resume;
        }
    }
}

/// Polls per resume of the chain `outer(depth, steps)` awaited level by level.
fn awaiting(depth: u32, steps: u32) -> Vec<u64> {
    let polls = PollCount::default();
    let outer = awaited::coroutine(
        Level::outer(depth, steps),
        Rc::new(RefCell::new(io::sink())),
        &polls,
    );
    let mut coro = Pinball::new(outer);
    polls_per_resume(&polls, || coro.play())
}

/// Polls per resume of the same chain on the stack.
fn on_the_stack(depth: u32, steps: u32) -> Vec<u64> {
    let polls = PollCount::default();
    let outer = stack::coroutine(
        Level::outer(depth, steps),
        Rc::new(RefCell::new(io::sink())),
        &polls,
    );
    let mut coro = CallStack::new(outer);
    polls_per_resume(&polls, || coro.play())
}

#[test]
fn while_the_inner_steps_await_polls_every_level_and_the_stack_one() {
    // (depth, polls per resume that runs only the inner: awaited, on the stack)
    for (depth, by_await, by_stack) in [(1, 2, 1), (10, 11, 1), (100, 101, 1)] {
        // inner(5): resumes 2 to 5 run its steps 2 to 5, and nothing else.
        assert_eq!(awaiting(depth, 5)[1..5], [by_await; 4], "depth {depth}");
        assert_eq!(on_the_stack(depth, 5)[1..5], [by_stack; 4], "depth {depth}");
    }
}
// ANCHOR_END: cost_of_depth

// ANCHOR: every_resume
#[test]
fn resume_by_resume_await_polls_the_chain_that_is_left() {
    for depth in [1, 10, 100] {
        let levels = u64::from(depth) + 1;
        // inner(3): three steps and the resume in which it ends all go through every
        // level; then the chain unwinds, one level fewer each resume.
        let mut expected = vec![levels; 4];
        expected.extend((1..levels).rev());
        assert_eq!(awaiting(depth, 3), expected, "depth {depth}");
    }
}

#[test]
fn resume_by_resume_the_stack_polls_the_levels_that_run() {
    for depth in [1, 10, 100] {
        let levels = u64::from(depth) + 1;
        // Resume 1 starts every level; the inner's steps 2 and 3 poll it alone; then
        // each resume polls the level that ends and its caller, which goes on; the
        // last polls the outer alone.
        let mut expected = vec![levels, 1, 1];
        expected.extend(vec![2; depth as usize]);
        expected.push(1);
        assert_eq!(on_the_stack(depth, 3), expected, "depth {depth}");
    }
}
// ANCHOR_END: every_resume

/// Who wrote in each resume of the stack, counted from its lines, next to its polls.
#[test]
fn on_the_stack_each_resume_polls_exactly_the_coroutines_that_write() {
    for (depth, steps) in [(1, 3), (3, 0), (7, 4), (30, 2)] {
        let table = table();
        let polls = PollCount::default();
        let outer =
            stack::coroutine(Level::outer(depth, steps), Rc::clone(&table), &polls);
        let mut coro = CallStack::new(outer);
        let mut written = 0;
        let mut going = true;
        while going {
            let before = polls.get();
            going = coro.play();
            let text = String::from_utf8(table.borrow()[written..].to_vec()).unwrap();
            written = table.borrow().len();
            let mut writers: Vec<&str> =
                text.lines().filter_map(|l| l.split(':').next()).collect();
            writers.dedup();
            assert_eq!(
                polls.get() - before,
                writers.len() as u64,
                "{depth} {steps}: {text}"
            );
        }
    }
}
