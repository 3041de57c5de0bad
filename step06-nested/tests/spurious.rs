//! `Counted` counts polls but decides nothing from them: polled spuriously, it gives the
//! frame's answer each time, and the frame gets the waker of each poll.

use std::cell::Cell;
use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::{Context, Poll};
use step03_pinball::waker::{counting_waker, wakes};
use step06_nested::PollCount;

#[test]
fn a_counted_frame_is_ready_when_its_frame_is_whatever_the_count() {
    let polls = PollCount::default();
    let open = Cell::new(false);
    // The frame waits for `open`, and wakes whatever waker it is handed each time it is
    // not: the wakes say which waker reached it.
    let frame = poll_fn(|cx| {
        if open.get() {
            return Poll::Ready("Public Enemy -> Fight The Power");
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    });
    let mut counted = pin!(polls.count(frame));
    let (first, first_waker) = counting_waker();
    let (second, second_waker) = counting_waker();
    let mut cx = Context::from_waker(&first_waker);
    assert_eq!(counted.as_mut().poll(&mut cx), Poll::Pending);
    // Two spurious polls with another waker: still closed, still pending.
    let mut cx = Context::from_waker(&second_waker);
    assert_eq!(counted.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(counted.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!((wakes(&first), wakes(&second)), (1, 2));
    open.set(true);
    let ready = counted.as_mut().poll(&mut cx);
    assert_eq!(ready, Poll::Ready("Public Enemy -> Fight The Power"));
    assert_eq!(polls.get(), 4);
}
