//! Helpers shared by the test files that play both radios.

// Each test file compiles its own copy of this module and uses only part of it.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use step05_awaiter::generator;
use step05_awaiter::{Console, Score, ScoredRadio, Style, radio_station};

/// What the talk's program prints: rap, 7 songs, each scored 10.
pub const TALKS_SHOW: &str = "\
Public Enemy -> Fight The Power
The previous track scored 10
Public Enemy -> Fight The Power
The previous track scored 10
Beastie Boys -> Sabotage
The previous track scored 10
Ice Cube -> It was a good day
The previous track scored 10
Run DMC -> Walk Thiw Way
The previous track scored 10
Public Enemy -> Fight The Power
The previous track scored 10
Public Enemy -> Fight The Power
The previous track scored 10
";

/// A speaker the tests can read back.
pub type Shared = Console<Vec<u8>>;

pub fn speaker() -> Shared {
    Rc::new(RefCell::new(Vec::new()))
}

pub fn text(speaker: &Shared) -> String {
    String::from_utf8(speaker.borrow().clone()).unwrap()
}

pub fn score(points: u8) -> Score {
    Score::new(points).unwrap()
}

/// Both radios for the same show, on one speaker each.
pub fn both(style: Style, songs: u32) -> [(Box<dyn ScoredRadio>, Shared); 2] {
    let (hand_made, gen_made) = (speaker(), speaker());
    [
        (
            Box::new(radio_station(style, songs, Rc::clone(&hand_made))),
            hand_made,
        ),
        (
            Box::new(generator::radio_station(style, songs, Rc::clone(&gen_made))),
            gen_made,
        ),
    ]
}

// ANCHOR: drop_counter
/// Counts how many times it was dropped.
pub struct DropCounter(pub Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}
// ANCHOR_END: drop_counter

#[allow(unused_imports)] // each test file uses a part
pub use step03_pinball::waker::{counting_waker, wakes};

#[allow(unused_imports)] // each test file uses a part
pub use coro_cli::testing::frame_bytes;
