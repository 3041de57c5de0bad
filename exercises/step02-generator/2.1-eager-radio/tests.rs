use super::exercise::*;
use step01_function::{ELECTRONIC, RAP};
use step02_generator::Style;

/// What `listen_eager` prints for an eager radio, as text.
fn heard(style: Style, songs: u32) -> String {
    let mut out = Vec::new();
    listen_eager(eager_radio_station(style, songs), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_first_song_is_there_before_anyone_asks() {
    let radio = eager_radio_station(Style::Electronic, 3);
    assert_eq!(radio.value(), Some(ELECTRONIC[0]));
}

#[test]
fn the_talks_loop_loses_the_first_song_of_an_eager_radio() {
    let mut radio = eager_radio_station(Style::Rap, 7);
    let mut heard = Vec::new();
    while radio.next_song() {
        heard.extend(radio.value());
    }
    assert_eq!(heard, [RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]]);
}

#[test]
fn the_eager_listener_hears_the_whole_show() {
    let expected = [RAP[0], RAP[0], RAP[3], RAP[1], RAP[2], RAP[0], RAP[0]];
    assert_eq!(
        heard(Style::Rap, 7),
        expected.map(|song| format!("{song}\n")).concat()
    );
}

#[test]
fn an_empty_eager_show_plays_nothing() {
    assert_eq!(heard(Style::Electronic, 0), "");
}
