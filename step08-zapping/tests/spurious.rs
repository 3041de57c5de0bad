//! A poll is not a resume, in the place where it matters most: futures polled by a
//! select or a join, which poll every branch whenever any one of them is woken.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use step05_awaiter::{Listener, Promise, Score, Style, broadcast};
use step08_zapping::clock::MINUTE;
use step08_zapping::shows::show;
use step08_zapping::station::{electronic, rap};
use step08_zapping::{Either, play, race};

/// Polls `future` through a counter of its polls.
fn counted<F: Future>(future: F, polls: &Cell<u32>) -> impl Future<Output = F::Output> {
    let mut future = Box::pin(future);
    poll_fn(move |cx| {
        polls.set(polls.get() + 1);
        future.as_mut().poll(cx)
    })
}

// ANCHOR: step5_in_a_join
/// Step 5's body waits on its hand-made awaiter for the listener's score. In a `join!`
/// beside electronic's show it is polled again each time electronic's timer fires, with
/// no score given: it must stay where it is, and it does, so the scores land on the
/// right songs.
#[test]
fn step_5s_awaiter_waits_for_its_score_however_often_a_join_polls_it() {
    let polls = Cell::new(0);
    let speaker = Rc::new(RefCell::new(Vec::new()));
    let (speaker_in, polls_ref) = (speaker.clone(), &polls);
    let heard = play(|clock, transcript| async move {
        let promise = Rc::new(Promise::default());
        let body = broadcast(Style::Rap, 3, speaker_in, Listener::new(promise.clone()));
        let scorer = async {
            for score in [7, 9, 4] {
                tokio::time::sleep(MINUTE * 5).await;
                promise.give_score(Score::new(score).unwrap());
                promise.move_on();
            }
        };
        let mut electronic = electronic(2, clock);
        let (scored, (), ()) = futures::join!(
            counted(body, polls_ref),
            scorer,
            show(&mut electronic, clock, &transcript)
        );
        scored.unwrap();
    });
    let announced = String::from_utf8(speaker.take()).unwrap();
    assert_eq!(
        announced,
        "\
The previous track scored 7
The previous track scored 9
The previous track scored 4
"
    );
    assert_eq!(heard[0], "0:07 electronic: Front 242 -> No Shuffle");
    // Resumed 4 times (the start, then one per score); polled for electronic's two songs
    // and for the scorer's own wakes as well.
    assert!(polls.get() > 4, "{}", polls.get());
}
// ANCHOR_END: step5_in_a_join

/// A station's wait decides from the clock, not from its polls: a hundred polls at
/// minute 0 do not bring the song any sooner.
#[test]
fn a_station_s_wait_is_pending_however_often_it_is_polled_until_its_minute() {
    let lines = play(|clock, transcript| async move {
        let mut rap = rap(1, clock);
        let mut wait = pin!(rap.next_song());
        let mut cx = Context::from_waker(Waker::noop());
        for _ in 0..100 {
            assert!(wait.as_mut().poll(&mut cx).is_pending());
        }
        tokio::time::advance(MINUTE * 3).await;
        let song = wait.as_mut().poll(&mut cx);
        assert_eq!(song, Poll::Ready(Some("Public Enemy -> Fight The Power")));
        transcript.say(clock.stamp());
    });
    assert_eq!(lines, ["0:03"]);
}

// ANCHOR: race_polls_both
/// The race is one `poll` that polls two: every wake of either branch polls both.
#[test]
fn a_race_polls_both_branches_whichever_was_woken() {
    let (rap_polls, electronic_polls) = (Cell::new(0), Cell::new(0));
    let (rap_ref, electronic_ref) = (&rap_polls, &electronic_polls);
    play(|clock, _| async move {
        let mut rap = rap(3, clock);
        let mut electronic = electronic(1, clock);
        let first = pin!(counted(
            async {
                rap.next_song().await;
                rap.next_song().await;
                rap.next_song().await
            },
            rap_ref
        ));
        let second = pin!(counted(electronic.next_song(), electronic_ref));
        let Either::Second(song, _) = race(first, second).await else {
            panic!("rap's third song comes at minute 9, after electronic's at 7");
        };
        assert_eq!(song, Some("Front 242 -> No Shuffle"));
    });
    // Both polled at 0:00, then at every wake of either: rap's at 0:03 and 0:06,
    // electronic's at 0:07. Electronic was woken once and polled four times.
    assert_eq!((rap_polls.get(), electronic_polls.get()), (4, 4));
}
// ANCHOR_END: race_polls_both
