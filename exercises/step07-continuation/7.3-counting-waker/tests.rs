use super::exercise::*;
use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use step01_function::{ELECTRONIC, RAP};
use step07_continuation::demo::yield_turn;
use step07_continuation::stack::Gate;
use step07_continuation::{Executor, WakeMode};

#[test]
fn a_task_that_yields_three_times_is_woken_three_times() {
    let executor = Executor::new(WakeMode::Queue);
    let (inner, wakes) = counted(async {
        for _ in 0..3 {
            yield_turn().await;
        }
        ELECTRONIC[2]
    });
    let mut inner = executor.spawn("inner", inner);
    executor.run();
    assert_eq!(inner.try_take(), Some("Orbital -> Chime"));
    assert_eq!((wakes.get(), executor.steps()), (3, 4));
}

/// Outer, counted, awaits an inner that yields `turns` times: outer's wakes, and the
/// polls.
fn outer_awaits_inner(
    mode: WakeMode,
    turns: u32,
) -> (Option<&'static str>, usize, usize) {
    let executor = Executor::new(mode);
    let spawner = executor.spawner();
    let (outer, wakes) = counted(async move {
        let inner = spawner.spawn("inner", async move {
            for _ in 0..turns {
                yield_turn().await;
            }
            RAP[1]
        });
        inner.await
    });
    let mut outer = executor.spawn("outer", outer);
    executor.run();
    (outer.try_take(), wakes.get(), executor.steps())
}

#[test]
fn outer_is_woken_once_however_often_inner_yields() {
    let got = outer_awaits_inner(WakeMode::Queue, 4);
    assert_eq!(got, (Some("Ice Cube -> It was a good day"), 1, 7));
}

#[test]
fn polled_inside_wake_outer_is_woken_once_too() {
    let got = outer_awaits_inner(WakeMode::Direct, 4);
    assert_eq!(got, (Some("Ice Cube -> It was a good day"), 1, 7));
}

#[test]
fn awaiting_a_task_that_is_already_done_wakes_nobody() {
    let executor = Executor::new(WakeMode::Queue);
    let inner = executor.spawn("inner", async { RAP[3] });
    executor.run();
    let (outer, wakes) = counted(inner);
    let mut outer = executor.spawn("outer", outer);
    executor.run();
    assert_eq!(outer.try_take(), Some("Beastie Boys -> Sabotage"));
    assert_eq!((wakes.get(), executor.steps()), (0, 2));
}

#[test]
fn a_wake_from_another_thread_is_counted_once() {
    let executor = Executor::new(WakeMode::Queue);
    let gate = Gate::default();
    let opened = gate.clone();
    let (waiting, wakes) = counted(async move { opened.opened().await });
    let mut waiting = executor.spawn("inner", waiting);
    executor.run();
    assert_eq!((wakes.get(), executor.pending()), (0, 1));
    std::thread::spawn(move || gate.open()).join().unwrap();
    assert_eq!((wakes.get(), executor.pending()), (1, 1), "queued, not run");
    executor.run();
    assert_eq!(waiting.try_take(), Some(()));
    assert_eq!((wakes.get(), executor.steps()), (1, 2));
}

/// A task's waker, for polling by hand: it counts how often it is woken.
struct TaskWakes(AtomicUsize);

impl Wake for TaskWakes {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn polled_again_while_waiting_the_wake_reaches_the_latest_task() {
    let gate = Gate::default();
    let (waiting, wakes) = counted(gate.opened());
    let mut waiting = pin!(waiting);
    let tasks: [_; 2] = std::array::from_fn(|_| Arc::new(TaskWakes(AtomicUsize::new(0))));
    let [first, second] = tasks.each_ref().map(|task| Waker::from(Arc::clone(task)));
    let mut cx = Context::from_waker(&first);
    assert_eq!(waiting.as_mut().poll(&mut cx), Poll::Pending);
    // Polled again, by another task, twice: still closed, so still pending, and no wake.
    let mut cx = Context::from_waker(&second);
    assert_eq!(waiting.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(waiting.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(wakes.get(), 0);
    gate.open();
    let woken = tasks.each_ref().map(|task| task.0.load(Ordering::SeqCst));
    assert_eq!((wakes.get(), woken), (1, [0, 1]));
    assert_eq!(waiting.as_mut().poll(&mut cx), Poll::Ready(()));
}
