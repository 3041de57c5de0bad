use super::exercise::*;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use step03_pinball::Pinball;

/// A waker that counts how often it is woken.
struct Wakes(AtomicUsize);

impl Wake for Wakes {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// What `polls` polls of a pause of `turns` return, and how many wakes they made.
fn polled(turns: u32, polls: usize) -> (Vec<Poll<()>>, usize) {
    let wakes = Arc::new(Wakes(AtomicUsize::new(0)));
    let waker = Waker::from(Arc::clone(&wakes));
    let mut cx = Context::from_waker(&waker);
    let mut pause = pin!(Pause::turns(turns));
    let results = (0..polls).map(|_| pause.as_mut().poll(&mut cx)).collect();
    (results, wakes.0.load(Ordering::SeqCst))
}

#[test]
fn a_pause_of_two_turns_is_pending_twice_then_ready() {
    let (polls, wakes) = polled(2, 3);
    assert_eq!(polls, [Poll::Pending, Poll::Pending, Poll::Ready(())]);
    assert_eq!(wakes, 2, "wakes: one per Pending");
}

#[test]
fn a_pause_of_no_turns_is_ready_at_once() {
    let (polls, wakes) = polled(0, 1);
    assert_eq!(polls, [Poll::Ready(())]);
    assert_eq!(wakes, 0, "wakes: one per Pending");
}

#[test]
fn the_player_sits_out_three_of_my_turns() {
    let table = Rc::new(RefCell::new(Vec::new()));
    let player = Rc::clone(&table);
    let mut coro = Pinball::new(async move {
        writeln!(player.borrow_mut(), "Coro tilts the table.")?;
        Pause::turns(3).await;
        writeln!(player.borrow_mut(), "Coro is back.")?;
        io::Result::Ok(())
    });
    while coro.play() {
        writeln!(table.borrow_mut(), "My turn to play.").unwrap();
    }
    drop(coro);
    let expected = "Coro tilts the table.\nMy turn to play.\nMy turn to play.\n\
                    My turn to play.\nCoro is back.\n";
    assert_eq!(String::from_utf8(table.borrow().clone()).unwrap(), expected);
}

/// A pause counts turns, and a turn is a poll, whoever makes it: three polls, each with a
/// waker of its own.
#[test]
fn each_poll_is_a_turn_and_wakes_its_own_waker() {
    let wakers: Vec<Arc<Wakes>> = (0..3)
        .map(|_| Arc::new(Wakes(AtomicUsize::new(0))))
        .collect();
    let mut pause = pin!(Pause::turns(2));
    let mut poll_with = |wakes: &Arc<Wakes>| {
        let waker = Waker::from(Arc::clone(wakes));
        pause.as_mut().poll(&mut Context::from_waker(&waker))
    };
    let polls: Vec<Poll<()>> = wakers.iter().map(&mut poll_with).collect();
    assert_eq!(polls, [Poll::Pending, Poll::Pending, Poll::Ready(())]);
    let wakes: Vec<usize> = wakers.iter().map(|w| w.0.load(Ordering::SeqCst)).collect();
    assert_eq!(
        wakes,
        [1, 1, 0],
        "wakes: one per Pending, to that poll's waker"
    );
}
