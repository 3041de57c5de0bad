//! Exercise 2.1: an eager radio, and a listener that hears its first song.
//!
//! An eager coroutine runs up to its first stop while it is created (C++'s
//! `initial_suspend` returning `suspend_never`); a Rust generator is lazy, so eager means
//! "resumed once at creation".

use std::future::Future;
use std::io::{self, Write};
use step01_function::engine::DefaultRandomEngine;
use step02_generator::{RadioStation, Style};

/// Step 2's radio, but eager: `value()` holds the first song as soon as it is created.
pub fn eager_radio_station(
    style: Style,
    songs: u32,
) -> RadioStation<impl Future<Output = ()>> {
    // TODO: this radio is lazy; make it eager.
    RadioStation::new(move |co| async move {
        let mut engine = DefaultRandomEngine::default();
        for _ in 0..songs {
            co.yield_(style.pick(&mut engine)).await;
        }
    })
}

/// Prints every song of an eager radio, its first one included, one line each.
pub fn listen_eager<F: Future<Output = ()>>(
    mut radio: RadioStation<F>,
    out: &mut dyn Write,
) -> io::Result<()> {
    // TODO: print the song the radio holds, then resume it, until it holds none.
    todo!()
}
