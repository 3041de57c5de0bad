use super::exercise::*;
use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use step01_function::{ELECTRONIC, RAP};
use step05_awaiter::{Score, Song};

fn score(points: u8) -> Score {
    Score::new(points).unwrap()
}

fn scores(points: &[u8]) -> Vec<Score> {
    points.iter().copied().map(score).collect()
}

/// One resume, by hand: the score of the song on air goes in, the next song comes out.
fn resume<F: Future<Output = ()>>(
    radio: &mut Gen<Song, Option<Score>, F>,
    points: Option<u8>,
) -> Option<Song> {
    match radio.resume_with(points.map(score)) {
        GeneratorState::Yielded(song) => Some(song),
        GeneratorState::Complete(()) => None,
    }
}

#[test]
fn a_low_score_changes_the_style_of_the_next_song() {
    // The engine draws 0 0 3 1 2 0 0, whatever the style.
    let mut radio = mood_radio(4);
    assert_eq!(resume(&mut radio, None), Some(RAP[0]));
    assert_eq!(resume(&mut radio, Some(2)), Some(ELECTRONIC[0]));
    assert_eq!(resume(&mut radio, Some(7)), Some(ELECTRONIC[3]));
    assert_eq!(resume(&mut radio, Some(0)), Some(RAP[1]));
    assert_eq!(resume(&mut radio, Some(10)), None);
}

#[test]
fn a_three_and_no_score_both_keep_the_style() {
    let mut radio = mood_radio(3);
    assert_eq!(resume(&mut radio, None), Some(RAP[0]));
    assert_eq!(resume(&mut radio, Some(3)), Some(RAP[0]));
    assert_eq!(resume(&mut radio, None), Some(RAP[3]));
    assert_eq!(resume(&mut radio, None), None);
}

#[test]
fn a_happy_listener_hears_the_talks_show() {
    let mut radio = mood_radio(7);
    let played = listen(&mut radio, &scores(&[10; 7]));
    assert_eq!(
        played,
        [RAP[0], RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]]
    );
}

#[test]
fn each_score_steers_the_song_after_its_own() {
    let mut radio = mood_radio(7);
    let played = listen(&mut radio, &scores(&[10, 2, 9, 8, 1, 10, 0]));
    // The 2 sends the third song to electronic, the 1 the sixth back to rap; the last
    // score, 0, comes with the resume that ends the show, and changes nothing.
    let expected = [
        RAP[0],
        RAP[0],
        ELECTRONIC[3],
        ELECTRONIC[1],
        ELECTRONIC[2],
        RAP[0],
        RAP[0],
    ];
    assert_eq!(played, expected);
}

#[test]
fn songs_past_the_last_score_go_unscored() {
    let mut radio = mood_radio(5);
    let played = listen(&mut radio, &scores(&[0, 0]));
    assert_eq!(played, [RAP[0], ELECTRONIC[0], RAP[3], RAP[1], RAP[2]]);
}

#[test]
fn the_body_gets_each_score_at_the_resume_after_its_song() {
    // A body that notes every score it is given, and plays the talk's first three songs.
    let heard = Rc::new(RefCell::new(Vec::new()));
    let log = Rc::clone(&heard);
    let mut radio = Gen::new(move |co: Co<Song, Option<Score>>| async move {
        for song in [RAP[0], RAP[0], RAP[3]] {
            let score = co.yield_(song).await;
            log.borrow_mut().push(score.map(Score::points));
        }
    });
    let played = listen(&mut radio, &scores(&[6, 4]));
    assert_eq!(played, [RAP[0], RAP[0], RAP[3]]);
    assert_eq!(*heard.borrow(), [Some(6), Some(4), None]);
}
