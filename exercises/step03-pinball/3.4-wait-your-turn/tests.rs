use super::exercise::*;
use std::cell::RefCell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use step03_pinball::waker::{counting_waker, wakes};

#[test]
fn giving_way_is_pending_once_then_over_at_the_next_poll_whoever_makes_it() {
    let [(a, a_waker), (b, b_waker)] = std::array::from_fn(|_| counting_waker());
    let mut give_way = pin!(GiveWay::default());
    let first = give_way.as_mut().poll(&mut Context::from_waker(&a_waker));
    // Another poller, and nothing happened in between: still over.
    let second = give_way.as_mut().poll(&mut Context::from_waker(&b_waker));
    assert_eq!((first, second), (Poll::Pending, Poll::Ready(())));
    assert_eq!((wakes(&a), wakes(&b)), (1, 0), "it wakes itself, once");
}

#[test]
fn my_turn_waits_for_the_callers_turn_not_for_a_poll() {
    let table = Table::default();
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut my_turn = pin!(table.my_turn());
    for poll in 1..=100 {
        let got = my_turn.as_mut().poll(&mut cx);
        assert_eq!(got, Poll::Pending, "poll {poll}, the caller has not played");
    }
    assert_eq!(
        wakes(&counter),
        0,
        "no wake of its own: the caller's turn wakes"
    );
    table.played();
    assert_eq!(wakes(&counter), 1);
    assert_eq!(my_turn.as_mut().poll(&mut cx), Poll::Ready(()));
}

#[test]
fn the_callers_turn_wakes_the_waker_of_the_latest_poll() {
    let table = Table::default();
    let [(a, a_waker), (b, b_waker)] = std::array::from_fn(|_| counting_waker());
    let mut my_turn = pin!(table.my_turn());
    let got = my_turn.as_mut().poll(&mut Context::from_waker(&a_waker));
    assert_eq!(got, Poll::Pending);
    let got = my_turn.as_mut().poll(&mut Context::from_waker(&b_waker));
    assert_eq!(got, Poll::Pending);
    table.played();
    assert_eq!((wakes(&a), wakes(&b), table.turns()), (0, 1, 1));
}

#[test]
fn a_turn_played_before_the_wait_does_not_count() {
    let table = Table::default();
    table.played();
    let mut my_turn = pin!(table.my_turn());
    let got = my_turn
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()));
    assert_eq!(got, Poll::Pending, "the wait began after that turn");
}

/// What the caller does at each step of a game: poll the coroutine (it looks at the
/// table, and may poll whenever it likes), or play its turn.
#[derive(Debug, Clone, Copy)]
enum Step {
    Poll,
    Play,
}

/// Plays `script` against `coro` until the coroutine's game is over: the transcript.
fn play(
    table: &Table,
    log: &RefCell<String>,
    coro: impl Future<Output = ()>,
    script: &[Step],
) {
    let mut coro = pin!(coro);
    let mut cx = Context::from_waker(Waker::noop());
    for step in script {
        match step {
            Step::Poll => {
                if coro.as_mut().poll(&mut cx).is_ready() {
                    return;
                }
            }
            Step::Play => {
                log.borrow_mut().push_str("I play.\n");
                table.played();
            }
        }
    }
    panic!("the script ended before the coroutine's game");
}

/// The caller thinks: it polls three times before its first turn, twice before its
/// second, and once before its last.
const THINKING: [Step; 10] = [
    Step::Poll,
    Step::Poll,
    Step::Poll,
    Step::Play,
    Step::Poll,
    Step::Poll,
    Step::Play,
    Step::Poll,
    Step::Play,
    Step::Poll,
];

#[test]
fn waiting_its_turn_the_coroutine_plays_after_each_of_mine() {
    let (table, log) = (Table::default(), RefCell::new(String::new()));
    let coro = async {
        for _ in 0..3 {
            log.borrow_mut().push_str("Coro plays.\n");
            table.my_turn().await;
        }
        log.borrow_mut().push_str("Coro loses.\n");
    };
    play(&table, &log, coro, &THINKING);
    let expected =
        "Coro plays.\nI play.\nCoro plays.\nI play.\nCoro plays.\nI play.\nCoro loses.\n";
    assert_eq!(log.into_inner(), expected);
}

#[test]
fn giving_way_the_coroutine_plays_while_i_think() {
    let (table, log) = (Table::default(), RefCell::new(String::new()));
    let coro = async {
        for _ in 0..3 {
            log.borrow_mut().push_str("Coro plays.\n");
            GiveWay::default().await;
        }
        log.borrow_mut().push_str("Coro loses.\n");
    };
    play(&table, &log, coro, &THINKING);
    // Each poll is a resume to a yield-once future: the game is over before my first
    // turn.
    let expected = "Coro plays.\nCoro plays.\nCoro plays.\nI play.\nCoro loses.\n";
    assert_eq!(log.into_inner(), expected);
}
