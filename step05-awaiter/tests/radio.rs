//! Both radios play the same show: the talk's, step 2's songs with every score heard,
//! and the same loss of a score given before the first song (genawaiter's dropped first
//! resume argument).

mod common;

use common::{DropCounter, TALKS_SHOW, both, score, text};
use genawaiter::GeneratorState;
use genawaiter::rc::Gen;
use std::cell::Cell;
use std::rc::Rc;
use step05_awaiter::{Score, Style, listen};

#[test]
fn both_radios_print_the_talks_show() {
    for (mut radio, speaker) in both(Style::Rap, 7) {
        listen(&mut *radio, Score::MAX, &speaker).unwrap();
        assert_eq!(text(&speaker), TALKS_SHOW);
    }
}

#[test]
fn both_radios_play_step02s_songs_and_hear_every_score() {
    for style in [Style::Rap, Style::Electronic] {
        let songs: Vec<_> = step02_generator::radio_station(style, 50).collect();
        for (mut radio, speaker) in both(style, 50) {
            let mut heard = Vec::new();
            let mut points = 0;
            while radio.next_song() {
                heard.push(radio.value().unwrap());
                radio.score(score(points % 11));
                points += 1;
            }
            assert_eq!(heard, songs);
            let reported: Vec<String> = (0..50)
                .map(|n| format!("The previous track scored {}", n % 11))
                .collect();
            assert_eq!(text(&speaker).lines().collect::<Vec<_>>(), reported);
        }
    }
}

// ANCHOR: first_argument
#[test]
fn genawaiter_drops_the_first_resume_argument_unread() {
    let drops = Rc::new(Cell::new(0));
    let received = Rc::new(Cell::new(0));
    let mut generator = Gen::new(|co| {
        let received = Rc::clone(&received);
        async move {
            // Nothing here can see the first argument: no yield has been reached yet.
            let second: DropCounter = co.yield_("Orbital -> Chime").await;
            received.set(received.get() + 1);
            drop(second);
        }
    });
    let first = generator.resume_with(DropCounter(Rc::clone(&drops)));
    assert!(matches!(first, GeneratorState::Yielded("Orbital -> Chime")));
    assert_eq!(
        (drops.get(), received.get()),
        (1, 0),
        "dropped, never received"
    );
    let second = generator.resume_with(DropCounter(Rc::clone(&drops)));
    assert!(matches!(second, GeneratorState::Complete(())));
    assert_eq!(
        (drops.get(), received.get()),
        (2, 1),
        "received, then dropped"
    );
}

#[test]
fn in_both_radios_a_score_before_the_first_song_reaches_nobody() {
    for (mut radio, speaker) in both(Style::Rap, 2) {
        radio.score(score(3));
        assert!(radio.next_song());
        assert!(
            radio.next_song(),
            "resumed without a score for the first song"
        );
        assert_eq!(text(&speaker), "The previous track was not scored\n");
    }
}
// ANCHOR_END: first_argument
