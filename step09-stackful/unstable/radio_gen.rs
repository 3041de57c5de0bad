// UNSTABLE: a `gen` block (RFC 3513), feature `gen_blocks` (tracking issue #117078).
// Stable rustc refuses `#![feature]`; tests/unstable.rs builds this file with
// `RUSTC_BOOTSTRAP=1` for that one command. It is not part of the cargo build. What may
// change: the syntax (`gen` is only reserved in edition 2024; `gen fn`, and whether the
// keyword stays, are open questions), whether a `gen` block may borrow across a `yield`
// (today it may not: it is an `Iterator`, which is never pinned), and the feature may be
// renamed or removed before it is stabilised.
#![feature(gen_blocks)]

//! Step 2's radio as a `gen` block: the compiler writes the generator (the enum of resume
//! points that step 2 wrote by hand) and the block is an `Iterator` at once.
//!
//! `radio_gen [rap|electronic [SONGS]]`: with no arguments, the talk's seven rap songs.

mod cli;

use std::io::Write;
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

// ANCHOR: gen_radio
/// The coroutine: the body of step 1's function with the line it printed replaced by a
/// `yield`. `next()` runs it to its next `yield`; after the last song it returns `None`.
fn radio_station(style: Style, songs: u32) -> impl Iterator<Item = Song> {
    gen move {
        let mut engine = DefaultRandomEngine::default();
        for _ in 0..songs {
            yield style.pick(&mut engine);
        }
    }
}
// ANCHOR_END: gen_radio

fn main() -> std::process::ExitCode {
    let show = cli::args().and_then(|args| {
        if args.len() > 2 {
            return Err(format!("unexpected argument {:?}", args[2]));
        }
        let (style, songs) = (cli::style(args.first())?, cli::songs(args.get(1))?);
        Ok(move |out: &mut dyn Write| {
            for song in radio_station(style, songs) {
                writeln!(out, "{song}")?;
            }
            Ok(())
        })
    });
    cli::run("radio_gen [rap|electronic [SONGS]]", show)
}
