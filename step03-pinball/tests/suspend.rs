//! The two standard awaitables: `SuspendAlways` suspends once and asks to be polled
//! again, `suspend_never` does not suspend at all.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};
use step03_pinball::waker::{counting_waker, wakes};
use step03_pinball::{SuspendAlways, suspend_never};

// ANCHOR: suspend_always
#[test]
fn suspend_always_is_pending_once_and_asks_to_be_polled_again() {
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut suspension = SuspendAlways::new();
    // `SuspendAlways` holds only a bool, so it is `Unpin` and `Pin::new` may pin it.
    let mut suspension = Pin::new(&mut suspension);
    assert_eq!(suspension.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(wakes(&counter), 1);
    assert_eq!(suspension.as_mut().poll(&mut cx), Poll::Ready(()));
    assert_eq!(wakes(&counter), 1);
}
// ANCHOR_END: suspend_always

// ANCHOR: suspend_never
#[test]
fn awaiting_suspend_never_does_not_suspend() {
    let mut cx = Context::from_waker(Waker::noop());
    let never = pin!(async { suspend_never().await });
    assert_eq!(never.poll(&mut cx), Poll::Ready(()));
    // The same body with suspend_always needs a second poll.
    let mut always = pin!(async { SuspendAlways::new().await });
    assert_eq!(always.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(always.as_mut().poll(&mut cx), Poll::Ready(()));
}
// ANCHOR_END: suspend_never

/// `SuspendAlways` is yield-once: it goes by its one poll, not by a state, so the poll
/// after its `Pending` is `Ready` even if a spurious wake and another waker came between.
#[test]
fn suspend_always_is_yield_once_whatever_comes_between_its_polls() {
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut suspension = pin!(SuspendAlways::new());
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(suspension.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(wakes(&first), 1, "it wakes itself, once, before Pending");
    // Between the polls: a spurious wake, and the next poll comes with another waker.
    first_waker.wake_by_ref();
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(suspension.as_mut().poll(&mut cx), Poll::Ready(()));
    // Its own wake and the spurious one; `Ready` wakes nobody.
    assert_eq!((wakes(&first), wakes(&second)), (2, 0));
}
