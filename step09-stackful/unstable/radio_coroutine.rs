// UNSTABLE: Rust's own coroutines, the machinery under async blocks and `gen` blocks.
// Features: `coroutines` (the `#[coroutine]` attribute and `yield` in a closure) and
// `coroutine_trait` (`std::ops::Coroutine`, `CoroutineState`), both tracking issue
// #43122, with `stmt_expr_attributes` (an attribute on an expression, #15701). Stable
// rustc refuses `#![feature]`; tests/unstable.rs builds this file with
// `RUSTC_BOOTSTRAP=1` for that one command. It is not part of the cargo build. What may
// change: everything. It is the compiler's internal tool, accepted only as an experiment
// (eRFC 2033) with no RFC to stabilise it; it was renamed once (generators became
// coroutines in 2023) and `#[coroutine]` became required in 2024 (before, any closure
// with a `yield` was one).
#![feature(coroutines, coroutine_trait, stmt_expr_attributes)]

//! Step 5's scored radio on `std::ops::Coroutine`, whose `resume(arg)` passes a value in:
//! here the listener's score, which step 5 carries through a shared promise by hand. The
//! compiler writes the frame and the resume points.
//!
//! `radio_coroutine [rap|electronic [SONGS [SCORE…]]]`: the i-th song gets the i-th score,
//! the list starting over when it runs out. With no arguments, the talk's show: seven rap
//! songs, each scored 10.

mod cli;

use std::cell::RefCell;
use std::io::{self, Write};
use std::ops::{Coroutine, CoroutineState};
use std::pin::Pin;
use step01_function::Style;
use step01_function::engine::DefaultRandomEngine;

// ANCHOR: coroutine_radio
/// Plays the show: each song goes out at a `yield`, whose value is the score the listener
/// passes to the next `resume`.
fn listen(
    style: Style,
    songs: u32,
    scores: &[u8],
    out: &mut dyn Write,
) -> io::Result<()> {
    // C++'s `std::cout`, which the body and the listener both print on.
    let speaker = RefCell::new(out);
    // The first `resume`'s argument is the closure's: a score before the first song,
    // which nothing reads (step 5's "reaches nobody").
    let mut radio = #[coroutine]
    |_before_the_first_song: Option<u8>| {
        let mut engine = DefaultRandomEngine::default();
        for _ in 0..songs {
            let score = yield style.pick(&mut engine);
            let mut out = speaker.borrow_mut();
            match score {
                Some(score) => writeln!(out, "The previous track scored {score}")?,
                None => writeln!(out, "The previous track was not scored")?,
            }
        }
        Ok(())
    };
    let mut scores = scores.iter().copied().cycle();
    let mut score = None;
    loop {
        // The body holds no borrow of its own frame across a `yield`, so the coroutine is
        // `Unpin`: `Pin::new` pins it where it is, no `Box` needed.
        match Pin::new(&mut radio).resume(score) {
            CoroutineState::Yielded(song) => {
                writeln!(speaker.borrow_mut(), "{song}")?;
                score = scores.next();
            }
            // Resuming it again would panic: the loop ends here.
            CoroutineState::Complete(result) => return result,
        }
    }
}
// ANCHOR_END: coroutine_radio

fn main() -> std::process::ExitCode {
    let show = cli::args().and_then(|args| {
        let (style, songs) = (cli::style(args.first())?, cli::songs(args.get(1))?);
        let mut scores = Vec::new();
        for score in args.iter().skip(2) {
            scores.push(cli::number(Some(score), 10, 10)? as u8);
        }
        if scores.is_empty() {
            scores.push(10); // the talk's listener likes every song
        }
        Ok(move |out: &mut dyn Write| listen(style, songs, &scores, out))
    });
    cli::run("radio_coroutine [rap|electronic [SONGS [SCORE…]]]", show)
}
