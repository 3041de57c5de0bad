use super::exercise::*;
use step01_function::{ELECTRONIC, RAP, Style};

#[test]
fn the_playlist_is_the_talks_show() {
    let expected = [RAP[0], RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]];
    assert_eq!(playlist(Style::Rap, 7), expected);
}

#[test]
fn the_playlist_matches_what_radio_station_prints() {
    let mut printed = Vec::new();
    step01_function::radio_station(Style::Electronic, 30, &mut printed).unwrap();
    let printed = String::from_utf8(printed).unwrap();
    assert_eq!(playlist(Style::Electronic, 30).join("\n") + "\n", printed);
}

#[test]
fn fight_the_power_is_the_top_song_of_the_talks_show() {
    assert_eq!(top_song(Style::Rap, 7), Some((RAP[0], 4)));
}

#[test]
fn on_a_tie_the_song_heard_first_wins() {
    // In the first 12 electronic songs, No Shuffle (heard first) and Orbital's Chime
    // (heard fifth, and last) are both played 4 times.
    assert_eq!(top_song(Style::Electronic, 12), Some((ELECTRONIC[0], 4)));
}

#[test]
fn an_empty_show_has_no_top_song() {
    assert_eq!(playlist(Style::Rap, 0), Vec::<&str>::new());
    assert_eq!(top_song(Style::Rap, 0), None);
}
