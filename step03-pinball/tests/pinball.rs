//! The game's promises: the talk's transcript, three ways to play it that agree, a lazy
//! start, a harmless end, and a frame freed at any turn.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use step03_pinball::frame::{frame_size, keep_score, play_game_on_the_stack};
use step03_pinball::rc_gen::play_game_gen;
use step03_pinball::{Console, Pinball, SuspendAlways, pinball, play_game};

const TALKS_GAME: &str = "\
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro's turn to play.
My turn to play.
Coro loses.
";

/// A whole game, played by `play` on a `Vec<u8>`.
fn transcript(play: fn(u32, &mut dyn io::Write) -> io::Result<()>, turns: u32) -> String {
    let mut out = Vec::new();
    play(turns, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn table() -> Console<Vec<u8>> {
    Rc::new(RefCell::new(Vec::new()))
}

fn written(table: &Console<Vec<u8>>) -> String {
    String::from_utf8(table.borrow().clone()).unwrap()
}

#[test]
fn four_turns_is_the_talks_game() {
    assert_eq!(transcript(play_game, 4), TALKS_GAME);
    assert_eq!(transcript(play_game, 0), "Coro loses.\n");
    assert_eq!(
        transcript(play_game, 1),
        "Coro's turn to play.\nMy turn to play.\nCoro loses.\n"
    );
}

// ANCHOR: three_ways
#[test]
fn boxed_pinned_on_the_stack_or_generated_the_game_is_the_same() {
    for turns in [0, 1, 2, 4, 50] {
        let boxed = transcript(play_game, turns);
        assert_eq!(boxed.lines().count(), 2 * turns as usize + 1);
        assert_eq!(transcript(play_game_on_the_stack, turns), boxed, "{turns}");
        assert_eq!(transcript(play_game_gen, turns), boxed, "{turns}");
    }
}
// ANCHOR_END: three_ways

// ANCHOR: lazy
#[test]
fn lazy_nothing_is_played_before_the_first_play() {
    let table = table();
    let mut coro = Pinball::new(pinball(2, Rc::clone(&table)));
    assert_eq!(written(&table), "");
    assert!(coro.play());
    assert_eq!(written(&table), "Coro's turn to play.\n");
}
// ANCHOR_END: lazy

// ANCHOR: after_the_end
#[test]
fn after_the_game_play_stays_false_and_the_coroutine_stays_quiet() {
    let table = table();
    let mut coro = Pinball::new(pinball(1, Rc::clone(&table)));
    assert_eq!((coro.play(), coro.is_over()), (true, false));
    assert_eq!((coro.play(), coro.is_over()), (false, true));
    for _ in 0..5 {
        assert!(!coro.play());
    }
    assert_eq!(written(&table), "Coro's turn to play.\nCoro loses.\n");
}
// ANCHOR_END: after_the_end

// ANCHOR: resumed_after_completion
#[test]
fn polling_the_finished_future_itself_panics() {
    let mut coro = Box::pin(pinball(0, table()));
    let mut cx = Context::from_waker(Waker::noop());
    assert!(matches!(coro.as_mut().poll(&mut cx), Poll::Ready(Ok(()))));
    let panic =
        catch_unwind(AssertUnwindSafe(|| coro.as_mut().poll(&mut cx))).unwrap_err();
    assert_eq!(message(&*panic), "`async fn` resumed after completion");
}
// ANCHOR_END: resumed_after_completion

fn message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .expect("a panic with a message")
}

/// Counts how many times it was dropped.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

// ANCHOR: drop
#[test]
fn dropping_the_pinball_mid_game_frees_what_the_coroutine_holds() {
    for turns_played in [0, 1, 3] {
        let drops = Rc::new(Cell::new(0));
        let held = DropCounter(Rc::clone(&drops));
        let mut coro = Pinball::new(async move {
            let _held_across_awaits = held;
            pinball(10, table()).await
        });
        for _ in 0..turns_played {
            assert!(coro.play());
        }
        assert_eq!(drops.get(), 0, "still playing after {turns_played} turns");
        drop(coro);
        assert_eq!(drops.get(), 1, "dropped after {turns_played} turns");
    }
}
// ANCHOR_END: drop

// ANCHOR: finished_drops
#[test]
fn a_finished_game_has_already_dropped_its_locals() {
    let drops = Rc::new(Cell::new(0));
    let held = DropCounter(Rc::clone(&drops));
    let mut coro = Pinball::new(async move {
        let _held_across_awaits = held;
        pinball(1, table()).await
    });
    assert!(coro.play());
    assert!(!coro.play());
    // Unlike a C++ frame stopped at final_suspend, whose parameters live on until
    // destroy(), a finished Rust future has dropped everything; only the box remains.
    assert_eq!(drops.get(), 1);
    drop(coro);
    assert_eq!(drops.get(), 1);
}
// ANCHOR_END: finished_drops

// ANCHOR: panic
#[test]
fn a_panicking_coroutine_reaches_the_caller_and_the_game_is_over_after() {
    let mut coro = Pinball::new(async {
        SuspendAlways::new().await;
        panic!("the ball went down the drain");
    });
    assert!(coro.play());
    let panic = catch_unwind(AssertUnwindSafe(|| coro.play())).unwrap_err();
    assert_eq!(message(&*panic), "the ball went down the drain");
    assert!(coro.is_over());
    assert!(!coro.play());
}
// ANCHOR_END: panic

#[test]
fn a_table_that_breaks_ends_the_game_with_the_error() {
    // Room for the coroutine's first line and mine, and for part of its second line.
    let mut full_after = [0u8; 21 + 17 + 10];
    let mut out: &mut [u8] = &mut full_after;
    let err = play_game(4, &mut out).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::WriteZero);

    // Room for the coroutine's first line and part of its second.
    let table = Rc::new(RefCell::new(io::Cursor::new([0u8; 21 + 10])));
    let mut coro = Pinball::new(pinball(4, Rc::clone(&table)));
    assert!(coro.play());
    assert!(!coro.play(), "the coroutine's second line does not fit");
    let err = coro.take_error().unwrap();
    assert_eq!(err.kind(), io::ErrorKind::WriteZero);
    assert!(coro.take_error().is_none());
}

// ANCHOR: self_reference
#[test]
fn a_frame_that_points_into_itself_plays_once_pinned() {
    let table = table();
    let mut coro = Pinball::new(keep_score(3, Rc::clone(&table)));
    let mut turns = 0;
    while coro.play() {
        turns += 1;
    }
    assert_eq!(turns, 3);
    assert_eq!(written(&table), "Coro scores 300.\n");
}
// ANCHOR_END: self_reference

#[test]
fn the_frame_holds_at_least_the_arguments() {
    let arguments = size_of::<u32>() + size_of::<Console<io::Sink>>();
    assert!(frame_size() >= arguments, "{} bytes", frame_size());
}
