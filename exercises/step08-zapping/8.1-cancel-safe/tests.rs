use super::exercise::*;
use step01_function::{ELECTRONIC, RAP};
use step08_zapping::clock::{MINUTE, ShowClock, runtime};
use tokio::time::timeout;

/// Runs `show` on a paused clock that reads 0:00 as it starts.
fn on_air<F: Future>(show: impl FnOnce(ShowClock) -> F) -> F::Output {
    runtime().block_on(async { show(ShowClock::start()).await })
}

fn zapping(rap_first: bool) -> Vec<String> {
    on_air(|clock| async move {
        let mut rap = Station::new("rap", 3, &RAP, clock);
        let mut electronic = Station::new("electronic", 5, &ELECTRONIC, clock);
        match rap_first {
            true => zap(&mut rap, &mut electronic).await,
            false => zap(&mut electronic, &mut rap).await,
        }
    })
}

#[test]
fn no_song_is_lost_when_the_slower_station_loses_a_round() {
    let expected = [
        "0:03 rap: Public Enemy -> Fight The Power",
        // Its wait was dropped at 0:03, and the next one still ends at 0:05.
        "0:05 electronic: Front 242 -> No Shuffle",
        "0:06 rap: Ice Cube -> It was a good day",
        "0:09 rap: Run DMC -> Walk Thiw Way",
        "0:10 electronic: The Neon Judgement -> Tomorrow in the papers",
        "0:12 rap: Beastie Boys -> Sabotage",
        "0:12 rap: over",
    ];
    assert_eq!(zapping(true), expected);
}

#[test]
fn which_station_is_raced_first_changes_nothing() {
    assert_eq!(zapping(false), zapping(true));
}

#[test]
fn a_wait_cut_short_again_and_again_still_ends_at_its_minute() {
    let (cut_short, songs) = on_air(|clock| async move {
        let mut electronic = Station::new("electronic", 7, &ELECTRONIC, clock);
        let mut cut_short = Vec::new();
        for _ in 0..3 {
            // Each wait is dropped after a minute, at its `.await`.
            let waited = timeout(MINUTE, electronic.next_song()).await;
            cut_short.push((waited.is_err(), clock.minutes()));
        }
        let mut songs = Vec::new();
        for _ in 0..2 {
            let song = electronic.next_song().await;
            songs.push((song, clock.minutes()));
        }
        (cut_short, songs)
    });
    assert_eq!(cut_short, [(true, 1), (true, 2), (true, 3)]);
    assert_eq!(
        songs,
        [
            (Some("Front 242 -> No Shuffle"), 7),
            (Some("The Neon Judgement -> Tomorrow in the papers"), 14),
        ]
    );
}

#[test]
fn a_station_with_nothing_to_play_is_over_at_once() {
    let heard = on_air(|clock| async move {
        let mut rap = Station::new("rap", 3, &RAP, clock);
        let mut silent = Station::new("static", 1, &[], clock);
        zap(&mut rap, &mut silent).await
    });
    assert_eq!(heard, ["0:00 static: over"]);
}
