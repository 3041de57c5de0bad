use super::exercise::*;
use step01_function::{ELECTRONIC, RAP};
use step07_continuation::WakeMode;

const ELECTRONIC_FM: Station = Station {
    name: "electronic",
    songs: &[ELECTRONIC[0], ELECTRONIC[1], ELECTRONIC[2]],
};

const RAP_FM: Station = Station {
    name: "rap",
    songs: &[RAP[0], RAP[1]],
};

#[test]
fn both_stations_play_side_by_side() {
    let expected = [
        "step 1: run radio",
        "step 2: run electronic",
        "  electronic: plays \"Front 242 -> No Shuffle\"",
        "step 3: run rap",
        "  rap: plays \"Public Enemy -> Fight The Power\"",
        "step 4: run electronic",
        "  electronic: plays \"The Neon Judgement -> Tomorrow in the papers\"",
        "step 5: run rap",
        "  rap: plays \"Ice Cube -> It was a good day\"",
        "step 6: run electronic",
        "  electronic: plays \"Orbital -> Chime\"",
        "step 7: run rap",
        // The radio awaits electronic, not rap: nobody is woken.
        "  rap: done, no continuation",
        "step 8: run electronic",
        "  electronic: done, resumes its continuation",
        // Rap is done already: awaiting its handle does not suspend the radio.
        "step 9: run radio",
        "  radio: done, no continuation",
    ];
    let (songs, transcript) = listen(WakeMode::Queue, ELECTRONIC_FM, RAP_FM);
    assert_eq!(songs, ("Orbital -> Chime", "Ice Cube -> It was a good day"));
    assert_eq!(transcript, expected);
}

#[test]
fn polling_inside_wake_changes_nothing_the_transcript_can_see() {
    assert_eq!(
        listen(WakeMode::Direct, ELECTRONIC_FM, RAP_FM),
        listen(WakeMode::Queue, ELECTRONIC_FM, RAP_FM)
    );
}

#[test]
fn a_first_station_that_ends_first_wakes_the_radio_once_more() {
    let short = Station {
        name: "electronic",
        songs: &ELECTRONIC[..1],
    };
    let long = Station {
        name: "rap",
        songs: &RAP,
    };
    let (songs, transcript) = listen(WakeMode::Queue, short, long);
    assert_eq!(
        songs,
        ("Front 242 -> No Shuffle", "Beastie Boys -> Sabotage")
    );
    let radio: Vec<&str> = transcript
        .iter()
        .map(String::as_str)
        .filter(|line| line.contains("radio") || line.contains("done"))
        .collect();
    assert_eq!(
        radio,
        [
            "step 1: run radio",
            "  electronic: done, resumes its continuation",
            "step 6: run radio",
            "  rap: done, resumes its continuation",
            "step 10: run radio",
            "  radio: done, no continuation",
        ]
    );
}

#[test]
fn a_silent_station_ends_at_its_first_turn() {
    let silent = Station {
        name: "static",
        songs: &[],
    };
    let (songs, transcript) = listen(WakeMode::Queue, silent, RAP_FM);
    assert_eq!(songs, ("silence", "Ice Cube -> It was a good day"));
    assert_eq!(
        transcript[..4],
        [
            "step 1: run radio",
            "step 2: run static",
            "  static: done, resumes its continuation",
            "step 3: run rap",
        ]
    );
}
