//! The generator's promises: lazy start, same songs as the hand-written machine and as
//! step 1, a harmless end, and a frame that is freed when the handle goes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use step02_generator::letters::{letters, letters_from_fn};
use step02_generator::machine::{RadioStateMachine, ResumePoint};
use step02_generator::{RadioStation, Song, Style, radio_station};

fn step01_show(style: Style, songs: u32) -> Vec<String> {
    let mut out = Vec::new();
    step01_function::radio_station(style, songs, &mut out).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn the_generator_plays_step01s_show_song_by_song() {
    for style in [Style::Rap, Style::Electronic] {
        for songs in [0, 1, 7, 100] {
            let mut radio = radio_station(style, songs);
            let mut heard = Vec::new();
            while radio.next_song() {
                heard.push(radio.value().unwrap().to_string());
            }
            assert_eq!(heard, step01_show(style, songs), "{style:?} {songs}");
        }
    }
}

// ANCHOR: machine_same
#[test]
fn the_hand_written_machine_yields_the_generators_songs() {
    for style in [Style::Rap, Style::Electronic] {
        for songs in [0, 1, 2, 7, 1000] {
            let generator: Vec<Song> = radio_station(style, songs).collect();
            let machine: Vec<Song> = RadioStateMachine::new(style, songs).collect();
            assert_eq!(generator.len(), songs as usize);
            assert_eq!(machine, generator, "{style:?} {songs}");
        }
    }
}
// ANCHOR_END: machine_same

// ANCHOR: machine_frame
#[test]
fn the_machine_keeps_exactly_the_frame_between_songs() {
    let mut machine = RadioStateMachine::new(Style::Electronic, 2);
    assert!(matches!(
        machine.resume_point(),
        ResumePoint::Start { songs: 2, .. }
    ));
    assert!(machine.next_song());
    assert!(matches!(
        machine.resume_point(),
        ResumePoint::AtYield { i: 0, .. }
    ));
    assert!(machine.next_song());
    assert!(matches!(
        machine.resume_point(),
        ResumePoint::AtYield { i: 1, .. }
    ));
    assert!(!machine.next_song());
    assert!(matches!(machine.resume_point(), ResumePoint::Done));
}
// ANCHOR_END: machine_frame

// ANCHOR: value
#[test]
fn value_is_none_before_the_first_song_and_after_the_last() {
    let mut radio = radio_station(Style::Rap, 1);
    assert_eq!(radio.value(), None);
    assert!(radio.next_song());
    assert_eq!(radio.value(), Some("Public Enemy -> Fight The Power"));
    assert!(!radio.next_song());
    assert_eq!(radio.value(), None);

    let mut machine = RadioStateMachine::new(Style::Rap, 1);
    assert_eq!(machine.value(), None);
    assert!(machine.next_song());
    assert_eq!(machine.value(), Some("Public Enemy -> Fight The Power"));
    assert!(!machine.next_song());
    assert_eq!(machine.value(), None);
}
// ANCHOR_END: value

// ANCHOR: after_the_end
#[test]
fn after_the_last_song_next_song_stays_false_without_panicking() {
    let mut radio = radio_station(Style::Electronic, 2);
    assert_eq!((radio.next_song(), radio.next_song()), (true, true));
    for _ in 0..5 {
        // genawaiter would panic here ("resumed after completion"); our handle does not.
        assert!(!radio.next_song());
    }
    let mut machine = RadioStateMachine::new(Style::Electronic, 0);
    assert!(!machine.next_song());
    assert!(!machine.next_song());
}
// ANCHOR_END: after_the_end

// ANCHOR: logging_body
/// A body that writes down when it starts and when it yields.
fn logging_body(
    log: Rc<RefCell<Vec<&'static str>>>,
) -> impl FnOnce(genawaiter::rc::Co<Song>) -> std::pin::Pin<Box<dyn Future<Output = ()>>>
{
    move |co| {
        Box::pin(async move {
            log.borrow_mut().push("body starts");
            co.yield_("Orbital -> Chime").await;
            log.borrow_mut().push("body resumed");
        })
    }
}
// ANCHOR_END: logging_body

// ANCHOR: lazy
#[test]
fn lazy_the_body_starts_at_the_first_next_song() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut radio = RadioStation::new(logging_body(log.clone()));
    log.borrow_mut().push("radio created");
    assert_eq!(radio.value(), None);
    assert!(radio.next_song());
    assert_eq!(*log.borrow(), ["radio created", "body starts"]);
    assert_eq!(radio.value(), Some("Orbital -> Chime"));
}
// ANCHOR_END: lazy

// ANCHOR: eager
#[test]
fn eager_the_body_runs_to_its_first_song_during_creation() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut radio = RadioStation::eager(logging_body(log.clone()));
    log.borrow_mut().push("radio created");
    assert_eq!(*log.borrow(), ["body starts", "radio created"]);
    // The first song is already there; the talk's loop would resume past it.
    assert_eq!(radio.value(), Some("Orbital -> Chime"));
    assert!(!radio.next_song());
    assert_eq!(
        *log.borrow(),
        ["body starts", "radio created", "body resumed"]
    );
}
// ANCHOR_END: eager

// ANCHOR: drop
/// Counts how many times it was dropped.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

#[test]
fn dropping_the_radio_halfway_frees_what_its_body_holds() {
    for songs_heard in [0, 1, 3] {
        let drops = Rc::new(Cell::new(0));
        let held = DropCounter(drops.clone());
        let mut radio = RadioStation::new(move |co| async move {
            let _held_across_yields = held;
            for song in step01_function::RAP.iter().cycle().take(10) {
                co.yield_(*song).await;
            }
        });
        for _ in 0..songs_heard {
            assert!(radio.next_song());
        }
        assert_eq!(drops.get(), 0, "still playing after {songs_heard} songs");
        drop(radio);
        assert_eq!(drops.get(), 1, "dropped after {songs_heard} songs");
    }
}
// ANCHOR_END: drop

// ANCHOR: panic
#[test]
fn a_panicking_body_reaches_the_caller_and_the_radio_is_finished_after() {
    let mut radio = RadioStation::new(|co| async move {
        co.yield_("Ice Cube -> It was a good day").await;
        panic!("the needle skipped");
    });
    assert!(radio.next_song());
    let panic =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| radio.next_song()));
    let message = panic.unwrap_err().downcast::<&str>().unwrap();
    assert_eq!(*message, "the needle skipped");
    assert!(!radio.next_song());
    assert_eq!(radio.value(), None);
}
// ANCHOR_END: panic

#[test]
fn letters_take_26_is_the_alphabet() {
    let alphabet: String = letters('a').take(26).collect();
    assert_eq!(alphabet, "abcdefghijklmnopqrstuvwxyz");
    assert!(letters('a').take(300).eq(letters_from_fn('a').take(300)));
}

// ANCHOR: char_max
#[test]
fn letters_end_at_char_max_and_skip_the_surrogates() {
    let near_gap: Vec<char> = letters('\u{D7FE}').take(3).collect();
    assert_eq!(near_gap, ['\u{D7FE}', '\u{D7FF}', '\u{E000}']);
    let mut last = letters(char::MAX);
    assert_eq!(
        (last.next(), last.next(), last.next()),
        (Some(char::MAX), None, None)
    );
    assert!(
        letters('\u{D7FE}')
            .take(3)
            .eq(letters_from_fn('\u{D7FE}').take(3))
    );
    assert_eq!(letters_from_fn(char::MAX).count(), 1);
}
// ANCHOR_END: char_max
