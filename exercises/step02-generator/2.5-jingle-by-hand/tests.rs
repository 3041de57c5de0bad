use super::exercise::*;
use genawaiter::rc::Gen;
use step01_function::engine::DefaultRandomEngine;
use step01_function::{ELECTRONIC, RAP, Song, Style};

/// The body the machine stands for, on genawaiter: what the machine must yield.
fn generated(style: Style, songs: u32) -> Vec<Song> {
    let generator = Gen::new(|co| async move {
        let mut engine = DefaultRandomEngine::default();
        for n in 1..=songs {
            co.yield_(style.pick(&mut engine)).await;
            if n % 3 == 0 {
                co.yield_(JINGLE).await;
            }
        }
    });
    generator.into_iter().collect()
}

/// Where the machine stopped, in words.
fn place(machine: &JingleMachine) -> String {
    match machine.stop() {
        Stop::Start { .. } => "start".to_string(),
        Stop::AfterSong { n, .. } => format!("after song {n}"),
        Stop::AfterJingle { n, .. } => format!("after the jingle after song {n}"),
        Stop::Done => "done".to_string(),
    }
}

#[test]
fn the_talks_seven_songs_with_their_jingles() {
    let got: Vec<Song> = JingleMachine::new(Style::Rap, 7).collect();
    let expected = [
        RAP[0], RAP[0], RAP[3], JINGLE, RAP[1], RAP[2], RAP[0], JINGLE, RAP[0],
    ];
    assert_eq!(got, expected);
}

#[test]
fn the_machine_plays_what_the_generator_plays() {
    for style in [Style::Rap, Style::Electronic] {
        for songs in 0..=13 {
            let got: Vec<Song> = JingleMachine::new(style, songs).collect();
            assert_eq!(got, generated(style, songs), "{style:?}, {songs} songs");
        }
    }
}

#[test]
fn it_stops_where_the_body_stops() {
    let mut machine = JingleMachine::new(Style::Electronic, 4);
    let mut places = vec![place(&machine)];
    let mut yielded = Vec::new();
    for _ in 0..7 {
        yielded.push(machine.next());
        places.push(place(&machine));
    }
    let expected = [
        "start",
        "after song 1",
        "after song 2",
        "after song 3",
        "after the jingle after song 3",
        "after song 4",
        "done",
        "done",
    ];
    assert_eq!(places, expected);
    let expected = [
        Some(ELECTRONIC[0]),
        Some(ELECTRONIC[0]),
        Some(ELECTRONIC[3]),
        Some(JINGLE),
        Some(ELECTRONIC[1]),
        None,
        None,
    ];
    assert_eq!(yielded, expected);
}

#[test]
fn the_frame_keeps_the_engine_where_the_show_stands() {
    let mut machine = JingleMachine::new(Style::Rap, 9);
    machine.next();
    machine.next();
    let mut engine = DefaultRandomEngine::default();
    Style::Rap.pick(&mut engine);
    Style::Rap.pick(&mut engine);
    // After two songs, the engine in the frame has given two numbers.
    let expected = Stop::AfterSong {
        style: Style::Rap,
        songs: 9,
        engine,
        n: 2,
    };
    assert_eq!(*machine.stop(), expected);
}

#[test]
fn after_the_end_it_stays_done() {
    let mut machine = JingleMachine::new(Style::Rap, 3);
    let show: Vec<Song> = machine.by_ref().collect();
    assert_eq!(show, [RAP[0], RAP[0], RAP[3], JINGLE]);
    for _ in 0..10 {
        assert_eq!(machine.next(), None);
    }
    assert_eq!(place(&machine), "done");
}
