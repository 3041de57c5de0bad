//! `--interactive`: the listener types each score. Songs, the body's lines and the
//! average go to the output; questions and complaints go to a second writer (standard
//! error in the binary), so that `step05-awaiter --interactive < scores > show` leaves
//! a clean show in `show` and still asks on the terminal.
//!
//! Beside the lesson: this is the binary's input handling (reading a line, a score, an
//! average), not the awaiter.

mod answer;
mod tally;

pub use answer::QUESTION;
pub use tally::Tally;

use crate::{Console, ScoredRadio, radio_station};
use answer::ask;
use std::cell::RefCell;
use std::io::{self, BufRead, Write};
use std::rc::Rc;
use step01_function::Style;

// ANCHOR: listen
/// Every song until the listener stops answering; the tally of the scores given.
///
/// At the end of the input the song on air stays unscored and the body is not resumed
/// again: the show ends there, and dropping the radio frees the body where it stopped.
pub fn listen_interactively<W: Write>(
    radio: &mut dyn ScoredRadio,
    speaker: &Console<W>,
    answers: &mut dyn BufRead,
    questions: &mut dyn Write,
) -> io::Result<Tally> {
    let mut tally = Tally::default();
    while radio.next_song() {
        if let Some(song) = radio.value() {
            let mut out = speaker.borrow_mut();
            writeln!(out, "{song}")?;
            out.flush()?; // the song on the screen before the question
        }
        let Some(score) = ask(answers, questions)? else {
            break;
        };
        radio.score(score);
        tally.add(score);
    }
    radio.take_error().map_or(Ok(tally), Err)
}
// ANCHOR_END: listen

/// The binary with `--interactive`: the hand-made radio, scored from `answers`, and the
/// average at the end.
pub fn play_interactively(
    style: Style,
    songs: u32,
    answers: &mut dyn BufRead,
    out: &mut dyn Write,
    questions: &mut dyn Write,
) -> io::Result<()> {
    let speaker = Rc::new(RefCell::new(out));
    let mut radio = radio_station(style, songs, Rc::clone(&speaker));
    let tally = listen_interactively(&mut radio, &speaker, answers, questions)?;
    writeln!(speaker.borrow_mut(), "{tally}")
}
