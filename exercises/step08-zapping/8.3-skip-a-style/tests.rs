use super::exercise::*;
use futures::StreamExt;
use std::future::ready;
use std::task::Poll;
use step08_zapping::clock::{ShowClock, runtime};
use step08_zapping::station::{electronic, rap};
use step08_zapping::stream::songs;

/// The lines `zapping_without` gives, and the minute the merged stream ended at.
fn zapping(count: u32, station: &'static str) -> (Vec<String>, u64) {
    runtime().block_on(async {
        let clock = ShowClock::start();
        let heard = zapping_without(clock, count, station).await;
        (heard, clock.minutes())
    })
}

#[test]
fn rap_without_electronic() {
    let expected = [
        "0:03 rap: Public Enemy -> Fight The Power",
        "0:06 rap: Public Enemy -> Fight The Power",
        "0:09 rap: Beastie Boys -> Sabotage",
    ];
    // Electronic still plays, unheard: the stream ends with its last song, at 0:21.
    assert_eq!(
        zapping(3, "electronic"),
        (expected.map(String::from).to_vec(), 21)
    );
}

#[test]
fn electronic_without_rap() {
    let expected = [
        "0:07 electronic: Front 242 -> No Shuffle",
        "0:14 electronic: Front 242 -> No Shuffle",
        "0:21 electronic: Underworld -> Born Slippy",
    ];
    assert_eq!(zapping(3, "rap"), (expected.map(String::from).to_vec(), 21));
}

#[test]
fn skipping_a_station_that_is_not_on_skips_nothing() {
    let expected = [
        "0:03 rap: Public Enemy -> Fight The Power",
        "0:06 rap: Public Enemy -> Fight The Power",
        "0:07 electronic: Front 242 -> No Shuffle",
        "0:09 rap: Beastie Boys -> Sabotage",
        "0:14 electronic: Front 242 -> No Shuffle",
        "0:21 electronic: Underworld -> Born Slippy",
    ];
    assert_eq!(
        zapping(3, "jazz"),
        (expected.map(String::from).to_vec(), 21)
    );
}

#[test]
fn skip_is_what_the_filter_combinator_does() {
    for skipped in ["rap", "electronic"] {
        let (by_hand, by_filter) = runtime().block_on(async {
            let clock = ShowClock::start();
            let both = || {
                let rap = songs(rap(6, clock));
                futures::stream::select(rap, songs(electronic(6, clock)))
            };
            let by_hand: Vec<_> = skip(both(), skipped).collect().await;
            let by_filter = both().filter(|&(station, _)| ready(station != skipped));
            (by_hand, by_filter.collect::<Vec<_>>().await)
        });
        assert_eq!(by_hand, by_filter, "skipping {skipped}");
    }
}

#[test]
fn polled_before_a_song_is_due_it_gives_nothing_and_loses_nothing() {
    let (early, song) = runtime().block_on(async {
        let clock = ShowClock::start();
        let mut rap_only = skip(songs(rap(1, clock)), "electronic");
        let early = [
            futures::poll!(rap_only.next()),
            futures::poll!(rap_only.next()),
        ];
        (early, (rap_only.next().await, clock.minutes()))
    });
    assert_eq!(early, [Poll::Pending, Poll::Pending]);
    assert_eq!(song, (Some(("rap", "Public Enemy -> Fight The Power")), 3));
}
