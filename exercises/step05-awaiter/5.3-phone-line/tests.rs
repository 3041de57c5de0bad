use super::exercise::*;
use std::cell::RefCell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use step01_function::{ELECTRONIC, RAP};
use step03_pinball::SuspendAlways;
use step03_pinball::waker::{counting_waker, wakes};

#[test]
fn requests_already_in_are_taken_without_suspending() {
    let line = PhoneLine::default();
    for song in [RAP[3], ELECTRONIC[2], RAP[0]] {
        line.call(song);
    }
    let body = pin!(async { line.requests(2).await });
    let got = body.poll(&mut Context::from_waker(Waker::noop()));
    assert_eq!(got, Poll::Ready(vec![RAP[3], ELECTRONIC[2]]));
    assert_eq!(
        line.waiting(),
        [RAP[0]],
        "the third request stays on the line"
    );
}

#[test]
fn a_hundred_polls_are_not_one_call() {
    let line = PhoneLine::default();
    let mut cx = Context::from_waker(Waker::noop());
    let mut asked = pin!(line.requests(2));
    for poll in 1..=100 {
        let got = asked.as_mut().poll(&mut cx);
        assert_eq!(got, Poll::Pending, "poll {poll}, nobody called");
    }
    line.call(RAP[1]);
    for poll in 1..=100 {
        let got = asked.as_mut().poll(&mut cx);
        assert_eq!(got, Poll::Pending, "poll {poll}, one call of the two");
    }
    line.call(RAP[2]);
    let got = asked.as_mut().poll(&mut cx);
    assert_eq!(got, Poll::Ready(vec![RAP[1], RAP[2]]));
    assert_eq!(line.waiting(), Vec::<&str>::new());
}

#[test]
fn each_call_wakes_the_waker_of_the_latest_poll() {
    let line = PhoneLine::default();
    let [(a, a_waker), (b, b_waker), (c, c_waker)] =
        std::array::from_fn(|_| counting_waker());
    let mut asked = pin!(line.requests(2));
    let got = asked.as_mut().poll(&mut Context::from_waker(&a_waker));
    assert_eq!(got, Poll::Pending);
    // The body moved to another task, say: the next poll brings another waker.
    let got = asked.as_mut().poll(&mut Context::from_waker(&b_waker));
    assert_eq!(got, Poll::Pending);
    line.call(ELECTRONIC[0]);
    assert_eq!((wakes(&a), wakes(&b)), (0, 1), "the first call wakes b");
    // Woken, polled again (with c's waker): one request of two is not enough.
    let got = asked.as_mut().poll(&mut Context::from_waker(&c_waker));
    assert_eq!(got, Poll::Pending);
    line.call(ELECTRONIC[1]);
    assert_eq!((wakes(&a), wakes(&b), wakes(&c)), (0, 1, 1));
    let got = asked.as_mut().poll(&mut Context::from_waker(&c_waker));
    assert_eq!(got, Poll::Ready(vec![ELECTRONIC[0], ELECTRONIC[1]]));
}

/// A `join!` by hand, as small as it gets: each round polls the body, then the listeners,
/// until both are done (`join!` polls every unfinished branch whenever one is woken, and
/// here the listeners wake themselves at every pause). At most 20 rounds.
fn join(body: impl Future<Output = ()>, listeners: impl Future<Output = ()>) -> u32 {
    let (mut body, mut listeners) = (pin!(body), pin!(listeners));
    let (mut body_done, mut listeners_done) = (false, false);
    let mut cx = Context::from_waker(Waker::noop());
    for round in 1..=20 {
        body_done = body_done || body.as_mut().poll(&mut cx).is_ready();
        listeners_done = listeners_done || listeners.as_mut().poll(&mut cx).is_ready();
        if body_done && listeners_done {
            return round;
        }
    }
    panic!("the body and the listeners are not done after 20 rounds");
}

#[test]
fn in_a_join_the_body_waits_for_the_calls_not_for_the_polls() {
    let line = PhoneLine::default();
    let log = RefCell::new(Vec::new());
    let body = async {
        for wanted in [2, 1] {
            let songs = line.requests(wanted).await;
            log.borrow_mut().push(format!("radio plays {songs:?}"));
        }
    };
    let listeners = async {
        for song in [RAP[3], ELECTRONIC[2], RAP[1]] {
            // A moment before each call: step 3's yield-once future.
            SuspendAlways::new().await;
            line.call(song);
            log.borrow_mut().push(format!("listener asks for {song}"));
        }
    };
    let rounds = join(body, listeners);
    let expected = [
        "listener asks for Beastie Boys -> Sabotage",
        "listener asks for Orbital -> Chime",
        "radio plays [\"Beastie Boys -> Sabotage\", \"Orbital -> Chime\"]",
        "listener asks for Ice Cube -> It was a good day",
        "radio plays [\"Ice Cube -> It was a good day\"]",
    ];
    assert_eq!(*log.borrow(), expected);
    assert_eq!(rounds, 5);
}

#[test]
fn asking_for_no_request_is_ready_at_once() {
    let line = PhoneLine::default();
    line.call(RAP[0]);
    let got = pin!(line.requests(0)).poll(&mut Context::from_waker(Waker::noop()));
    assert_eq!(got, Poll::Ready(vec![]));
    assert_eq!(line.waiting(), [RAP[0]]);
}
