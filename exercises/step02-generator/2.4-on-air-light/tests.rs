use super::exercise::*;
use std::cell::RefCell;
use std::rc::Rc;
use step01_function::RAP;
use step02_generator::{Song, Style};

fn log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn written(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

#[test]
fn a_whole_show_lights_the_light_says_goodbye_and_switches_it_off() {
    let log = log();
    let mut radio = studio_radio(Style::Rap, 3, Rc::clone(&log));
    let mut heard: Vec<Song> = Vec::new();
    while radio.next_song() {
        heard.extend(radio.value());
        assert_eq!(written(&log), ["light on"], "while the show is on");
    }
    assert_eq!(heard, [RAP[0], RAP[0], RAP[3]]);
    assert_eq!(written(&log), ["light on", "goodbye", "light off"]);
    // The show is over: dropping the radio now switches nothing off a second time.
    drop(radio);
    assert_eq!(written(&log), ["light on", "goodbye", "light off"]);
}

#[test]
fn switched_off_mid_show_the_light_goes_off_and_nobody_says_goodbye() {
    for heard in 1..=4 {
        let log = log();
        let mut radio = studio_radio(Style::Electronic, 5, Rc::clone(&log));
        for _ in 0..heard {
            assert!(radio.next_song());
        }
        assert_eq!(written(&log), ["light on"], "on air after {heard} songs");
        drop(radio);
        assert_eq!(
            written(&log),
            ["light on", "light off"],
            "switched off after {heard} songs"
        );
    }
}

#[test]
fn switched_off_before_the_first_song_nothing_was_lit() {
    let log = log();
    // Lazy: a radio never resumed has run none of its body.
    drop(studio_radio(Style::Rap, 5, Rc::clone(&log)));
    // The same radio, resumed once, for comparison.
    let mut radio = studio_radio(Style::Rap, 5, Rc::clone(&log));
    assert!(radio.next_song());
    drop(radio);
    assert_eq!(
        written(&log),
        ["light on", "light off"],
        "only the radio that played lit the light"
    );
}

#[test]
fn a_light_goes_off_whoever_drops_it() {
    let log = log();
    drop(OnAirLight::switch_on(&log));
    assert_eq!(written(&log), ["light on", "light off"]);
}

#[test]
fn an_empty_show_still_lights_the_light_and_says_goodbye() {
    let log = log();
    let mut radio = studio_radio(Style::Rap, 0, Rc::clone(&log));
    assert!(!radio.next_song());
    assert_eq!(written(&log), ["light on", "goodbye", "light off"]);
}
