use super::exercise::*;
use std::cell::RefCell;
use std::future::Future;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step03_pinball::waker::{counting_waker, wakes};
use step03_pinball::{Console, SuspendAlways, pinball};

fn table() -> Console<Vec<u8>> {
    Rc::new(RefCell::new(Vec::new()))
}

fn written(table: &Console<Vec<u8>>) -> String {
    String::from_utf8(table.borrow().clone()).unwrap()
}

fn noop() -> Context<'static> {
    Context::from_waker(Waker::noop())
}

#[test]
fn fused_the_game_plays_as_before() {
    let table = table();
    let mut game = pin!(fuse(pinball(2, Rc::clone(&table))));
    let mut polls = Vec::new();
    for _ in 0..3 {
        polls.push(game.as_mut().poll(&mut noop()).map(|result| result.is_ok()));
    }
    assert_eq!(polls, [Poll::Pending, Poll::Pending, Poll::Ready(true)]);
    let expected = "Coro's turn to play.\nCoro's turn to play.\nCoro loses.\n";
    assert_eq!(written(&table), expected);
}

#[test]
fn polled_after_the_end_it_stays_pending_and_quiet() {
    let table = table();
    let mut game = pin!(fuse(pinball(1, Rc::clone(&table))));
    assert_eq!(game.is_terminated(), false);
    assert!(game.as_mut().poll(&mut noop()).is_pending());
    assert!(game.as_mut().poll(&mut noop()).is_ready());
    assert_eq!(game.is_terminated(), true);
    // An `async fn` polled now would panic: "`async fn` resumed after completion".
    for poll in 1..=100 {
        let got = game.as_mut().poll(&mut noop()).map(|result| result.is_ok());
        assert_eq!(got, Poll::Pending, "poll {poll} after the end");
    }
    assert_eq!(written(&table), "Coro's turn to play.\nCoro loses.\n");
}

#[test]
fn a_game_that_panicked_is_over_too() {
    let mut game = pin!(fuse(async {
        SuspendAlways::new().await;
        panic!("tilt");
    }));
    assert_eq!(game.as_mut().poll(&mut noop()), Poll::Pending);
    let panic = catch_unwind(AssertUnwindSafe(|| game.as_mut().poll(&mut noop())));
    assert_eq!(panic.unwrap_err().downcast_ref::<&str>(), Some(&"tilt"));
    assert_eq!(game.is_terminated(), true);
    // Polled again, a panicked `async` body would panic once more; fused, it waits.
    assert_eq!(game.as_mut().poll(&mut noop()), Poll::Pending);
}

/// Two fused games on one table, each polled at every round until both are over: what a
/// loop around `select!` does, where a finished branch is polled again.
#[test]
fn beside_a_longer_game_the_finished_one_stays_quiet() {
    let table = table();
    let short = pin!(fuse(pinball(1, Rc::clone(&table))));
    let long = pin!(fuse(pinball(3, Rc::clone(&table))));
    let mut games = [short, long];
    let mut rounds = 0;
    while games.iter().any(|game| !game.is_terminated()) {
        rounds += 1;
        for game in &mut games {
            let _ = game.as_mut().poll(&mut noop()).map(io::Result::unwrap);
        }
        assert!(rounds <= 10, "not over after 10 rounds");
    }
    let expected = "\
Coro's turn to play.
Coro's turn to play.
Coro loses.
Coro's turn to play.
Coro's turn to play.
Coro loses.
";
    assert_eq!((written(&table), rounds), (expected.to_string(), 4));
}

#[test]
fn the_waker_of_each_poll_reaches_the_game() {
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let table = table();
    let mut game = pin!(fuse(pinball(3, Rc::clone(&table))));
    while game.as_mut().poll(&mut cx).is_pending() {}
    // SuspendAlways wakes the waker it is polled with before each `Pending`.
    assert_eq!(wakes(&counter), 3);
}
