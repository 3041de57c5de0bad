//! Each hand-written future of this step, polled spuriously: `YieldTurn` is yield-once and
//! goes on at its next poll, whatever came between; `JoinHandle` and `Gate` wait on state,
//! stay pending however often they are polled, and wake the waker of their latest poll.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll};
use step03_pinball::waker::{counting_waker, wakes};
use step07_continuation::demo::{SONG, yield_turn};
use step07_continuation::stack::Gate;
use step07_continuation::{Executor, WakeMode};

#[test]
fn yield_turn_is_yield_once_whatever_comes_between_its_polls() {
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut turn = pin!(yield_turn());
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(turn.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(wakes(&first), 1, "it wakes itself, once, before Pending");
    // Between the polls: a spurious wake, and the next poll comes with another waker.
    first_waker.wake_by_ref();
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(turn.as_mut().poll(&mut cx), Poll::Ready(()));
    // Its own wake and the spurious one; `Ready` wakes nobody.
    assert_eq!((wakes(&first), wakes(&second)), (2, 0));
}

#[test]
fn a_join_handle_polled_again_and_again_waits_for_its_task_and_wakes_the_latest_waker() {
    let executor = Executor::new(WakeMode::Queue);
    let gate = Gate::default();
    let opened = gate.clone();
    let mut handle = pin!(executor.spawn("inner", async move {
        opened.opened().await;
        SONG
    }));
    executor.run(); // inner waits at the gate
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(handle.as_mut().poll(&mut cx), Poll::Pending);
    // Spurious polls, from another waker: the task is not done, so neither is its handle.
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(handle.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(handle.as_mut().poll(&mut cx), Poll::Pending);
    gate.open();
    assert_eq!(
        (wakes(&first), wakes(&second)),
        (0, 0),
        "inner is queued, not done"
    );
    executor.run();
    assert_eq!(
        (wakes(&first), wakes(&second)),
        (0, 1),
        "the latest waker, once"
    );
    assert_eq!(handle.as_mut().poll(&mut cx), Poll::Ready(SONG));
}

#[test]
fn a_gate_polled_again_and_again_stays_closed_and_wakes_the_latest_waker() {
    let gate = Gate::default();
    let mut opened = pin!(gate.opened());
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(opened.as_mut().poll(&mut cx), Poll::Pending);
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(opened.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(opened.as_mut().poll(&mut cx), Poll::Pending);
    gate.open();
    assert_eq!((wakes(&first), wakes(&second)), (0, 1));
    assert_eq!(opened.as_mut().poll(&mut cx), Poll::Ready(()));
}
