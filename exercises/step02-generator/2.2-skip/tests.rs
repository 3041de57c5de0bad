use super::exercise::*;
use std::cell::RefCell;
use std::rc::Rc;
use step01_function::RAP;
use step02_generator::{RadioStation, Song, Style, radio_station};

#[test]
fn skipping_three_songs_of_the_talks_show_leaves_the_other_four() {
    let mut radio = radio_station(Style::Rap, 7);
    assert_eq!(skip(&mut radio, 3), 3);
    let rest: Vec<Song> = radio.collect();
    assert_eq!(rest, [RAP[1], RAP[2], RAP[0], RAP[0]]);
}

#[test]
fn skipping_past_the_end_skips_what_is_left() {
    let mut radio = radio_station(Style::Rap, 7);
    radio.next_song();
    assert_eq!(skip(&mut radio, 10), 6);
    assert!(!radio.next_song());
    assert_eq!(skip(&mut radio, 1), 0);
}

#[test]
fn skipping_nothing_changes_nothing() {
    let mut radio = radio_station(Style::Rap, 2);
    assert_eq!(skip(&mut radio, 0), 0);
    let all: Vec<Song> = radio.collect();
    assert_eq!(all, [RAP[0], RAP[0]]);
}

#[test]
fn the_coroutine_runs_only_as_far_as_the_skipped_songs() {
    // A body that notes every song it reaches: after skipping two, it has reached two.
    let reached = Rc::new(RefCell::new(Vec::new()));
    let log = Rc::clone(&reached);
    let mut radio = RadioStation::new(move |co| async move {
        for song in RAP {
            log.borrow_mut().push(song);
            co.yield_(song).await;
        }
    });
    assert_eq!(skip(&mut radio, 2), 2);
    assert_eq!(*reached.borrow(), [RAP[0], RAP[1]]);
}
