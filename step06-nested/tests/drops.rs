//! Every return object that owns a chain frees all of it when dropped mid-run; a level
//! that panics reaches the caller, and the `CallStack` is over after it.

use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use std::cell::{Cell, RefCell};
use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::{Rc, Weak};
use step03_pinball::{Console, Pinball};
use step06_nested::stack::{Coroutine, Request};
use step06_nested::{CallStack, Level, PollCount, awaited, explicit_loop, stack};

/// A writer that throws its text away and counts its drops. Given to a chain as its only
/// table, it is dropped once the last frame holding the table is gone.
struct Witness(Rc<Cell<u32>>);

impl Write for Witness {
    fn write(&mut self, text: &[u8]) -> io::Result<usize> {
        Ok(text.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Witness {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// A table that only the chain will hold; a weak reference to count the frames holding
/// it; the witness's drop count.
fn witnessed() -> (Console<Witness>, Weak<RefCell<Witness>>, Rc<Cell<u32>>) {
    let drops = Rc::new(Cell::new(0));
    let table = Rc::new(RefCell::new(Witness(Rc::clone(&drops))));
    let frames = Rc::downgrade(&table);
    (table, frames, drops)
}

/// (depth, resumes played before the drop, frames alive then) for inner(5): every level
/// is alive until the inner ends, in resume 6; each resume after that ends one more.
const MID_RUN: [(u32, u32, usize); 5] =
    [(1, 1, 2), (1, 6, 1), (10, 3, 11), (10, 8, 8), (100, 50, 56)];

// ANCHOR: drop
#[test]
fn dropping_the_awaiting_pinball_mid_run_frees_every_level() {
    for (depth, resumes, alive) in MID_RUN {
        let (table, frames, drops) = witnessed();
        let outer =
            awaited::coroutine(Level::outer(depth, 5), table, &PollCount::default());
        let mut coro = Pinball::new(outer);
        for _ in 0..resumes {
            assert!(coro.play());
        }
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (alive, 0),
            "{depth} {resumes}"
        );
        drop(coro);
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (0, 1),
            "{depth} {resumes}"
        );
    }
}
// ANCHOR_END: drop

#[test]
fn dropping_the_stack_mid_run_frees_every_level() {
    for (depth, resumes, alive) in MID_RUN {
        let (table, frames, drops) = witnessed();
        let outer =
            stack::coroutine(Level::outer(depth, 5), table, &PollCount::default());
        let mut coro = CallStack::new(outer);
        for _ in 0..resumes {
            assert!(coro.play());
        }
        assert_eq!(coro.depth(), alive);
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (alive, 0),
            "{depth} {resumes}"
        );
        drop(coro);
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (0, 1),
            "{depth} {resumes}"
        );
    }
}

#[test]
fn dropping_the_looping_outer_mid_run_frees_every_level() {
    // The loop has no stop of its own after the inner: every level lives for 5 resumes.
    for (depth, resumes) in [(1, 1), (1, 5), (10, 3), (100, 5)] {
        let (table, frames, drops) = witnessed();
        let mut coro = explicit_loop::coroutine(Level::outer(depth, 5), table);
        for step in 1..=resumes {
            assert!(matches!(coro.resume(), GeneratorState::Yielded(s) if s == step));
        }
        let alive = depth as usize + 1;
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (alive, 0),
            "{depth} {resumes}"
        );
        drop(coro);
        assert_eq!(
            (frames.strong_count(), drops.get()),
            (0, 1),
            "{depth} {resumes}"
        );
    }
}

fn message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .expect("a panic with a message")
}

// ANCHOR: panic
#[test]
fn a_level_that_panics_reaches_the_caller_and_the_stack_is_over_after() {
    let polls = PollCount::default();
    let tilt: Coroutine = Gen::new(|co| {
        polls.count(async move {
            co.yield_(Request::Suspend).await;
            panic!("tilt: the inner fell through");
        })
    });
    let outer: Coroutine = Gen::new(|co| {
        polls.count(async move {
            co.yield_(Request::Call(tilt)).await;
            Ok(())
        })
    });
    let mut coro = CallStack::new(outer);
    assert!(coro.play());
    assert_eq!(coro.depth(), 2);
    let panic = catch_unwind(AssertUnwindSafe(|| coro.play())).unwrap_err();
    assert_eq!(message(&*panic), "tilt: the inner fell through");
    // The outer is not resumed as if its call had returned: the whole stack is gone.
    assert!(coro.is_over());
    assert!(!coro.play());
    assert_eq!(polls.get(), 3);
}
// ANCHOR_END: panic
