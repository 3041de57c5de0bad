//! Both radios over their lifetime: a lazy start, a harmless end, a body freed at any
//! song, a panic that reaches the caller, and an output that fails.

mod common;

use common::{DropCounter, both, score, text};
use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;
use step05_awaiter::generator::{self, GenRadioStation};
use step05_awaiter::{RadioStation, Score, ScoredRadio, Style, listen, radio_station};

// ANCHOR: after_the_end
#[test]
fn after_the_last_song_next_song_stays_false() {
    for (mut radio, speaker) in both(Style::Electronic, 1) {
        assert_eq!(radio.value(), None, "lazy: no song before the first resume");
        assert_eq!(text(&speaker), "", "lazy: the body has not run");
        assert!(radio.next_song());
        assert_eq!(radio.value(), Some("Front 242 -> No Shuffle"));
        radio.score(score(5));
        assert!(!radio.next_song());
        for _ in 0..3 {
            // A second resume of the finished body would panic; the return objects
            // do not.
            radio.score(score(6));
            assert!(!radio.next_song());
            assert_eq!(radio.value(), None);
        }
        assert_eq!(text(&speaker), "The previous track scored 5\n");
    }
}
// ANCHOR_END: after_the_end

// ANCHOR: drop
#[test]
fn dropping_either_radio_mid_show_frees_its_body() {
    for songs_heard in [0, 1, 3] {
        let drops = Rc::new(Cell::new(0));
        let held = DropCounter(Rc::clone(&drops));
        let mut hand_made = RadioStation::new(move |listener| async move {
            let _held_across_stops = held;
            loop {
                listener.play("Run DMC -> Walk Thiw Way").await;
            }
        });
        let held = DropCounter(Rc::clone(&drops));
        let mut gen_made = GenRadioStation::new(move |co| async move {
            let _held_across_stops = held;
            loop {
                co.yield_("Ice Cube -> It was a good day").await;
            }
        });
        for _ in 0..songs_heard {
            assert!(hand_made.next_song() && gen_made.next_song());
        }
        assert_eq!(
            drops.get(),
            0,
            "both still playing after {songs_heard} songs"
        );
        drop(hand_made);
        assert_eq!(
            drops.get(),
            1,
            "hand-made dropped after {songs_heard} songs"
        );
        drop(gen_made);
        assert_eq!(
            drops.get(),
            2,
            "genawaiter's dropped after {songs_heard} songs"
        );
    }
}
// ANCHOR_END: drop

#[test]
fn a_panicking_body_reaches_the_caller_and_the_radio_is_finished_after() {
    let hand_made = RadioStation::new(|listener| async move {
        listener.play("Beastie Boys -> Sabotage").await;
        panic!("the needle skipped");
    });
    let gen_made = GenRadioStation::new(|co| async move {
        co.yield_("Beastie Boys -> Sabotage").await;
        panic!("the needle skipped");
    });
    let radios: [Box<dyn ScoredRadio>; 2] = [Box::new(hand_made), Box::new(gen_made)];
    for mut radio in radios {
        assert!(radio.next_song());
        let panic =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| radio.next_song()));
        let message = panic.unwrap_err().downcast::<&str>().unwrap();
        assert_eq!(*message, "the needle skipped");
        assert!(!radio.next_song());
        assert_eq!(radio.value(), None);
    }
}

#[test]
fn a_speaker_that_fails_ends_the_show_with_the_error() {
    // Room for the first song's line and part of the body's report.
    let hand_made = Rc::new(RefCell::new(io::Cursor::new([0u8; 40])));
    let gen_made = Rc::new(RefCell::new(io::Cursor::new([0u8; 40])));
    let radios: [(Box<dyn ScoredRadio>, _); 2] = [
        (
            Box::new(radio_station(Style::Rap, 7, Rc::clone(&hand_made))),
            hand_made,
        ),
        (
            Box::new(generator::radio_station(
                Style::Rap,
                7,
                Rc::clone(&gen_made),
            )),
            gen_made,
        ),
    ];
    for (mut radio, speaker) in radios {
        let err = listen(&mut *radio, Score::MAX, &speaker).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::WriteZero);
        assert!(!radio.next_song());
        assert!(radio.take_error().is_none(), "handed out once");
    }
}
