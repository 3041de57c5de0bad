//! Exercise 2.4: the on-air light.
//!
//! Dropping a generator where it stopped cancels it: the rest of its body never runs, and
//! what the body holds is dropped. What must happen however the show ends belongs in a
//! `Drop`, not after the loop.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use step01_function::engine::DefaultRandomEngine;
use step02_generator::{RadioStation, Style};

/// What happens in the studio, in order, shared with whoever looks.
pub type Log = Rc<RefCell<Vec<String>>>;

/// The studio's on-air light: lit while a show is on, off once it is over, whichever way
/// it ends.
#[derive(Debug)]
pub struct OnAirLight {
    log: Log,
}

impl OnAirLight {
    /// Lights the light: `light on` in the log.
    pub fn switch_on(log: &Log) -> Self {
        log.borrow_mut().push("light on".to_string());
        Self {
            log: Rc::clone(log),
        }
    }
}

impl Drop for OnAirLight {
    fn drop(&mut self) {
        // TODO: `light off` in the log. (No `todo!()` here: a panic in a `drop` that runs
        // while another panic unwinds ends the whole test program.)
    }
}

/// Step 2's radio, in a studio: the light goes on when the show starts, the host says
/// `goodbye` after the last song, and the light goes off when the show is over, also when
/// the listener switches the radio off in the middle of it.
pub fn studio_radio(
    style: Style,
    songs: u32,
    log: Log,
) -> RadioStation<impl Future<Output = ()>> {
    RadioStation::new(move |co| async move {
        // TODO: switch the light on, play the songs as step 2's radio does, then write
        // `goodbye` in the log.
        todo!()
    })
}
