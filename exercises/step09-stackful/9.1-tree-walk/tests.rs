use super::exercise::*;
use std::rc::Rc;
use step01_function::{ELECTRONIC, RAP};

fn album(title: &'static str, entries: Vec<Entry>) -> Entry {
    Entry::Album(Album { title, entries })
}

/// Radio Mix: a track, albums with albums inside them (one of them empty), a track.
fn radio_mix() -> Album {
    use Entry::Track;
    let belgium = album("Belgium", vec![Track(ELECTRONIC[0]), Track(ELECTRONIC[1])]);
    let electronic = album("Electronic", vec![belgium, Track(ELECTRONIC[2])]);
    let old_school = album("Old School", vec![Track(RAP[2]), Track(RAP[3])]);
    let unreleased = album("Unreleased", vec![]);
    let rap = album("Rap", vec![old_school, Track(RAP[1]), unreleased]);
    let entries = vec![Track(RAP[0]), electronic, rap, Track(ELECTRONIC[3])];
    Album {
        title: "Radio Mix",
        entries,
    }
}

fn lines(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

#[test]
fn the_tracks_come_depth_first_in_playing_order() {
    let log = Log::default();
    let songs: Vec<_> = tracks(radio_mix(), Rc::clone(&log)).collect();
    assert_eq!(
        songs,
        [
            "Public Enemy -> Fight The Power",
            "Front 242 -> No Shuffle",
            "The Neon Judgement -> Tomorrow in the papers",
            "Orbital -> Chime",
            "Run DMC -> Walk Thiw Way",
            "Beastie Boys -> Sabotage",
            "Ice Cube -> It was a good day",
            "Underworld -> Born Slippy",
        ]
    );
    assert_eq!(
        lines(&log),
        [
            "open Radio Mix",
            "open Electronic",
            "open Belgium",
            "open Rap",
            "open Old School",
            "open Unreleased",
        ]
    );
}

#[test]
fn the_walk_goes_only_as_far_as_it_is_asked() {
    let log = Log::default();
    let mut tracks = tracks(radio_mix(), Rc::clone(&log));
    assert_eq!(
        lines(&log).len(),
        0,
        "nothing is walked before the first next()"
    );
    let first: Vec<_> = tracks.by_ref().take(2).collect();
    assert_eq!(
        first,
        ["Public Enemy -> Fight The Power", "Front 242 -> No Shuffle"]
    );
    // Suspended two albums deep, in Belgium: Rap is not opened yet.
    assert_eq!(
        lines(&log),
        ["open Radio Mix", "open Electronic", "open Belgium"]
    );
    let next: Vec<_> = tracks.by_ref().take(3).collect();
    assert_eq!(
        next,
        [
            "The Neon Judgement -> Tomorrow in the papers",
            "Orbital -> Chime",
            "Run DMC -> Walk Thiw Way",
        ]
    );
    assert_eq!(lines(&log)[3..], ["open Rap", "open Old School"]);
}

#[test]
fn a_track_a_thousand_albums_deep_is_found_and_the_walk_comes_back_up() {
    let mut deepest = album("Deeper", vec![Entry::Track(RAP[3])]);
    for _ in 1..1000 {
        deepest = album("Deeper", vec![deepest]);
    }
    let playlist = Album {
        title: "Radio Mix",
        entries: vec![deepest, Entry::Track(ELECTRONIC[3])],
    };
    let log = Log::default();
    let songs: Vec<_> = tracks(playlist, Rc::clone(&log)).collect();
    assert_eq!(
        songs,
        ["Beastie Boys -> Sabotage", "Underworld -> Born Slippy"]
    );
    let opened = lines(&log);
    let deeper = opened.iter().filter(|line| *line == "open Deeper").count();
    assert_eq!((opened.len(), deeper), (1001, 1000));
}

#[test]
fn after_the_last_track_there_is_none_and_none_again() {
    let mut tracks = tracks(radio_mix(), Log::default());
    assert_eq!(tracks.by_ref().count(), 8);
    assert_eq!([tracks.next(), tracks.next()], [None, None]);
}

#[test]
fn dropping_the_walk_halfway_frees_what_its_stack_holds() {
    let log = Log::default();
    let mut tracks = tracks(radio_mix(), Rc::clone(&log));
    tracks.next();
    tracks.next();
    // The coroutine's body owns a clone of the log, suspended three walks deep.
    assert_eq!(Rc::strong_count(&log), 2);
    // Dropped, it unwinds its stack: every frame of the walk, and the body's clone.
    drop(tracks);
    assert_eq!(Rc::strong_count(&log), 1);
    assert_eq!(lines(&log).len(), 3, "and nothing more is walked");
}
