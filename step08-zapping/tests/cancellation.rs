//! Cancellation: a future dropped at an `.await` runs its destructors, in reverse order,
//! and nothing after the `.await`. What that does to a wait that is not cancel-safe.

use std::cell::RefCell;
use std::pin::pin;

use step08_zapping::clock::MINUTE;
use step08_zapping::shows::{self, TOP_OF_THE_HOUR, show};
use step08_zapping::station::{electronic, rap};
use step08_zapping::{Either, play, race};

// ANCHOR: drop_order
/// Pushes its name onto a shared list when dropped.
struct Counted<'a> {
    name: &'static str,
    dropped: &'a RefCell<Vec<&'static str>>,
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.dropped.borrow_mut().push(self.name);
    }
}

/// A show holds two guards across an `.await`; it is dropped there, when the timer wins.
#[test]
fn a_future_dropped_at_an_await_runs_its_destructors_in_reverse_and_nothing_after() {
    let (dropped, after_the_await) = (RefCell::new(Vec::new()), RefCell::new(false));
    let (dropped_ref, after_ref) = (&dropped, &after_the_await);
    play(|clock, _| async move {
        let body = pin!(async {
            let _station = Counted {
                name: "station",
                dropped: dropped_ref,
            };
            let _song = Counted {
                name: "song",
                dropped: dropped_ref,
            };
            tokio::time::sleep(MINUTE * 10).await;
            *after_ref.borrow_mut() = true;
        });
        let timer = pin!(tokio::time::sleep_until(clock.at(5)));
        assert!(matches!(race(body, timer).await, Either::Second((), _)));
        assert_eq!(clock.minutes(), 5);
    });
    assert_eq!(*dropped.borrow(), ["song", "station"]);
    assert!(!*after_the_await.borrow());
}
// ANCHOR_END: drop_order

// ANCHOR: cancel_safe
/// Electronic's wait loses the race at minute 3 and is dropped; the song it had picked
/// stays with the station, and the next wait hands it out at minute 7, as it was due.
#[test]
fn a_cancel_safe_wait_keeps_its_song_for_the_next_one() {
    let lines = play(|clock, transcript| async move {
        let (mut rap, mut electronic) = (rap(1, clock), electronic(2, clock));
        let won = race(Box::pin(rap.next_song()), Box::pin(electronic.next_song())).await;
        assert!(matches!(won, Either::First(Some(_), _)));
        drop(won); // the loser, and its borrow of electronic
        let song = electronic.next_song().await.unwrap();
        transcript.say(format!("{} {song}", clock.stamp()));
    });
    assert_eq!(lines, ["0:07 Front 242 -> No Shuffle"]);
}

/// The careless wait, the same way: its song was in its frame, dropped with it; the next
/// wait picks a new one and starts the 7 minutes again.
#[test]
fn a_careless_wait_loses_its_song_when_it_is_dropped() {
    let lines = play(|clock, transcript| async move {
        let (mut rap, mut electronic) = (rap(1, clock), electronic(2, clock));
        let won = race(
            Box::pin(rap.next_song()),
            Box::pin(electronic.next_song_careless(&transcript)),
        )
        .await;
        assert!(matches!(won, Either::First(Some(_), _)));
        drop(won); // the loser, and its borrow of electronic
        let song = electronic.next_song().await.unwrap();
        transcript.say(format!("{} {song}", clock.stamp()));
    });
    assert_eq!(
        lines,
        [
            "  electronic: \"Front 242 -> No Shuffle\" lost, never handed over",
            "0:10 Front 242 -> No Shuffle",
        ]
    );
}
// ANCHOR_END: cancel_safe

// ANCHOR: timeout
/// tokio's `timeout` is the same select against a timer: the same songs, cut off at the
/// same minute.
#[test]
fn tokio_s_timeout_cuts_the_show_where_the_hand_made_select_does() {
    let ours = play(shows::timeout);
    let tokio_s = play(|clock, transcript| async move {
        transcript.say("timeout: electronic until the top of the hour");
        let mut electronic = electronic(u32::MAX, clock);
        let show = show(&mut electronic, clock, &transcript);
        let cut = tokio::time::timeout(MINUTE * TOP_OF_THE_HOUR as u32, show).await;
        assert!(cut.is_err());
        transcript.say(format!("{} the top of the hour", clock.stamp()));
    });
    // Ours drops the show after saying the hour; `timeout` drops it before returning.
    let (last, ours) = ours.split_last().unwrap();
    assert_eq!(last, "1:00 electronic: off air");
    let mut tokio_s = tokio_s;
    let off_air = tokio_s.remove(tokio_s.len() - 2);
    assert_eq!(off_air, *last);
    assert_eq!(tokio_s, ours);
}
// ANCHOR_END: timeout
