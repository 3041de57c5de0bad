use super::exercise::*;
use step08_zapping::clock::{ShowClock, runtime};
use step08_zapping::station::{Station, electronic, rap};

/// The station a test tunes in to: `rap` or `electronic`, of so many songs, on a clock.
type Tuned = fn(u32, ShowClock) -> Station;

/// `tuned`'s show of `songs` songs, cut off at minute `end` (by tokio's timeout if
/// `by_tokio`): what `until` returned, the songs heard, and the minute it returned at.
fn cut(
    tuned: Tuned,
    songs: u32,
    end: u64,
    by_tokio: bool,
) -> (Option<u32>, Vec<String>, u64) {
    runtime().block_on(async {
        let clock = ShowClock::start();
        let mut station = tuned(songs, clock);
        let mut heard = Vec::new();
        let show = listen(&mut station, clock, &mut heard);
        let played = match by_tokio {
            false => until(clock, end, show).await,
            true => until_by_tokio(clock, end, show).await,
        };
        (played, heard, clock.minutes())
    })
}

#[test]
fn electronic_is_cut_off_at_the_top_of_the_hour() {
    let expected = [
        "0:07 electronic: Front 242 -> No Shuffle",
        "0:14 electronic: Front 242 -> No Shuffle",
        "0:21 electronic: Underworld -> Born Slippy",
        "0:28 electronic: The Neon Judgement -> Tomorrow in the papers",
        "0:35 electronic: Orbital -> Chime",
        "0:42 electronic: Front 242 -> No Shuffle",
        "0:49 electronic: Front 242 -> No Shuffle",
        "0:56 electronic: Orbital -> Chime",
    ];
    let (played, heard, minute) = cut(electronic, u32::MAX, 60, false);
    assert_eq!(played, None);
    assert_eq!(heard, expected);
    assert_eq!(minute, 60);
}

#[test]
fn a_show_that_ends_first_is_not_kept_waiting_for_the_hour() {
    let (played, heard, minute) = cut(electronic, 3, 60, false);
    assert_eq!(played, Some(3));
    assert_eq!(heard.len(), 3);
    // The show's end wins the race at 0:21, and the timer is dropped unexpired.
    assert_eq!(minute, 21);
}

#[test]
fn the_song_being_waited_for_when_the_show_is_cut_comes_next() {
    let (cut_at, next_song) = runtime().block_on(async {
        let clock = ShowClock::start();
        let mut station = rap(u32::MAX, clock);
        let mut heard = Vec::new();
        let played = until(clock, 10, listen(&mut station, clock, &mut heard)).await;
        let cut_at = (played, heard, clock.minutes());
        // `Station::next_song` is cancel-safe: the song it held at 0:10 is not lost.
        (cut_at, (station.next_song().await, clock.minutes()))
    });
    let heard = [
        "0:03 rap: Public Enemy -> Fight The Power",
        "0:06 rap: Public Enemy -> Fight The Power",
        "0:09 rap: Beastie Boys -> Sabotage",
    ];
    assert_eq!(cut_at, (None, heard.map(String::from).to_vec(), 10));
    assert_eq!(next_song, (Some("Ice Cube -> It was a good day"), 12));
}

#[test]
fn tokio_timeout_at_cuts_at_the_same_minutes() {
    for (tuned, songs, end) in [
        (electronic as Tuned, u32::MAX, 60),
        (electronic, 3, 60),
        (rap, u32::MAX, 10),
        // A timer already due: the show is polled once, then cut before any song.
        (rap, u32::MAX, 0),
    ] {
        assert_eq!(
            cut(tuned, songs, end, true),
            cut(tuned, songs, end, false),
            "cut off at minute {end}"
        );
    }
}

#[test]
fn a_show_cut_off_at_minute_zero_plays_nothing() {
    assert_eq!(cut(rap, u32::MAX, 0, false), (None, Vec::new(), 0));
}
