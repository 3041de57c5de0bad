use super::exercise::*;
use step01_function::{ELECTRONIC, RAP, Song, Style, radio_station};

#[test]
fn the_playlist_is_the_talks_show() {
    let expected = [RAP[0], RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]];
    assert_eq!(playlist(Style::Rap, 7), expected);
}

#[test]
fn the_playlist_matches_what_radio_station_prints() {
    let mut printed = Vec::new();
    radio_station(Style::Electronic, 30, &mut printed).unwrap();
    let printed = String::from_utf8(printed).unwrap();
    assert_eq!(playlist(Style::Electronic, 30).join("\n") + "\n", printed);
}

#[test]
fn fight_the_power_is_the_top_song_of_the_talks_show() {
    assert_eq!(top_song(Style::Rap, 7), Some((RAP[0], 4)));
}

#[test]
fn on_a_tie_the_song_heard_first_wins() {
    // (style, songs, the top song, its count): each tie is won by the song heard first.
    let ties = [
        // No Shuffle (heard first) and Chime (heard fifth), 4 times each.
        (Style::Electronic, 12, ELECTRONIC[0], 4),
        // Walk Thiw Way reaches 9 plays before Fight The Power does, but is heard later.
        (Style::Rap, 27, RAP[0], 9),
        // Sabotage (fourth in RAP) is heard before Walk Thiw Way (third in RAP).
        (Style::Rap, 61, RAP[3], 16),
        // The Neon Judgement beats Orbital, which comes later in ELECTRONIC and in
        // A to Z.
        (Style::Electronic, 73, ELECTRONIC[1], 19),
        // Three songs played 19 times: Sabotage, Ice Cube and Run DMC, heard in that
        // order.
        (Style::Rap, 74, RAP[3], 19),
        // Fight The Power beats Ice Cube, which comes first in A to Z.
        (Style::Rap, 182, RAP[0], 48),
    ];
    // Asked ten times each: a tie broken by chance would not give one answer ten times.
    for (style, songs, song, count) in ties {
        for _ in 0..10 {
            assert_eq!(
                top_song(style, songs),
                Some((song, count)),
                "{style:?}, {songs} songs"
            );
        }
    }
}

/// The rule, read from what step 1's `radio_station` prints: how often the most played
/// song is played, and the first song of the show played that often.
fn first_heard_of_the_most_played(style: Style, songs: u32) -> Option<(Song, usize)> {
    let mut printed = Vec::new();
    radio_station(style, songs, &mut printed).unwrap();
    let printed = String::from_utf8(printed).unwrap();
    let show: Vec<&str> = printed.lines().collect();
    let plays = |song: &str| show.iter().filter(|other| **other == song).count();
    let most = show.iter().map(|song| plays(song)).max()?;
    let first = show.iter().find(|song| plays(song) == most)?;
    let song = style.songs().iter().find(|song| *song == first)?;
    Some((song, most))
}

/// A tie broken by chance (the order a `HashMap` happens to keep its songs in, which
/// changes from one map to the next) cannot pass 70 ties, two or three songs each.
#[test]
fn every_show_of_up_to_200_songs_follows_the_rule() {
    for style in [Style::Rap, Style::Electronic] {
        for songs in 1..=200 {
            assert_eq!(
                top_song(style, songs),
                first_heard_of_the_most_played(style, songs),
                "{style:?}, {songs} songs"
            );
        }
    }
}

#[test]
fn an_empty_show_has_no_top_song() {
    assert_eq!(playlist(Style::Rap, 0), Vec::<&str>::new());
    assert_eq!(top_song(Style::Rap, 0), None);
}
