use super::exercise::*;
use step01_function::{RAP, Style, radio_station};

/// What `radio_from` prints, as text.
fn heard(style: Style, missed: u32, songs: u32) -> String {
    let mut out = Vec::new();
    radio_from(style, missed, songs, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn after_three_songs_the_talks_show_goes_on_with_the_other_four() {
    let expected = [RAP[1], RAP[2], RAP[0], RAP[0]].map(|song| format!("{song}\n"));
    assert_eq!(heard(Style::Rap, 3, 4), expected.concat());
}

#[test]
fn the_start_and_the_rest_make_the_whole_show() {
    for (style, missed, songs) in [(Style::Rap, 5, 20), (Style::Electronic, 1, 9)] {
        let mut start = Vec::new();
        radio_station(style, missed, &mut start).unwrap();
        let mut whole = Vec::new();
        radio_station(style, missed + songs, &mut whole).unwrap();
        let start = String::from_utf8(start).unwrap();
        let got = start + &heard(style, missed, songs);
        assert_eq!(
            got,
            String::from_utf8(whole).unwrap(),
            "{style:?} {missed} {songs}"
        );
    }
}

#[test]
fn missing_nothing_is_the_show_itself() {
    let mut show = Vec::new();
    radio_station(Style::Electronic, 7, &mut show).unwrap();
    assert_eq!(
        heard(Style::Electronic, 0, 7),
        String::from_utf8(show).unwrap()
    );
}

#[test]
fn tuning_in_for_no_songs_hears_nothing() {
    assert_eq!(heard(Style::Rap, 3, 0), "");
}
