//! `--interactive`: the listener types each score. Songs, the body's lines and the
//! average go to the output; questions and complaints go to a second writer (standard
//! error in the binary), so that `step05-awaiter --interactive < scores > show` leaves
//! a clean show in `show` and still asks on the terminal.

use crate::{NotAScore, Score, ScoredRadio, Speaker, radio_station};
use std::cell::RefCell;
use std::fmt;
use std::io::{self, BufRead, Read, Write};
use std::rc::Rc;
use step01_function::Style;

/// The question, on the questions writer, with no newline: the answer goes after it.
pub const QUESTION: &str = "Your score for this song, from 0 to 10: ";

// ANCHOR: tally
/// The scores given so far, for the average at the end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    sum: u32,
    scored: u32,
}

impl Tally {
    /// Counts one more score.
    pub fn add(&mut self, score: Score) {
        self.sum += u32::from(score.points());
        self.scored += 1;
    }
}

/// "Average score: 6.7 over 3 songs", rounded half up to one decimal with whole numbers
/// only (as the C++ program does, so the digits agree); "No song was scored." if none.
impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Tally { sum, scored } = *self;
        if scored == 0 {
            return f.write_str("No song was scored.");
        }
        let tenths = (20 * u64::from(sum) + u64::from(scored)) / (2 * u64::from(scored));
        let songs = if scored == 1 { "song" } else { "songs" };
        write!(
            f,
            "Average score: {}.{} over {scored} {songs}",
            tenths / 10,
            tenths % 10
        )
    }
}
// ANCHOR_END: tally

/// The longest line that may hold a score, newline included. A score needs three bytes;
/// the limit is there so that a line that never ends (`< /dev/zero`) cannot fill the
/// memory. (The C++ program reads lines of any length.)
const LONGEST_ANSWER: usize = 64;

// ANCHOR: ask
/// Asks until a line holds a score; `None` at the end of the input.
fn ask(answers: &mut dyn BufRead, questions: &mut dyn Write) -> io::Result<Option<Score>> {
    loop {
        write!(questions, "{QUESTION}")?;
        questions.flush()?;
        let Some(answer) = read_answer(answers)? else {
            // Ends the question's line, so that what is printed next starts on its own.
            writeln!(questions)?;
            return Ok(None);
        };
        match answer {
            Ok(score) => return Ok(Some(score)),
            Err(not_a_score) => writeln!(questions, "{not_a_score}")?,
        }
    }
}

/// Reads one line of `answers` as a score; `None` at the end of the input.
///
/// Lines are read as bytes: one that is not UTF-8 is not a score either, and is asked
/// again rather than ending the show with an I/O error. A line longer than
/// [`LONGEST_ANSWER`] is not one either; it is read to its end, but not kept.
fn read_answer(answers: &mut dyn BufRead) -> io::Result<Option<Result<Score, NotAScore>>> {
    let mut line = Vec::new();
    let read = Read::take(&mut *answers, LONGEST_ANSWER as u64).read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if read == LONGEST_ANSWER && !line.ends_with(b"\n") {
        answers.skip_until(b'\n')?;
        return Ok(Some(Err(NotAScore)));
    }
    let text = String::from_utf8_lossy(&line);
    Ok(Some(text.strip_suffix('\n').unwrap_or(&text).parse()))
}
// ANCHOR_END: ask

// ANCHOR: listen
/// Every song until the listener stops answering; the tally of the scores given.
///
/// At the end of the input the song on air stays unscored and the body is not resumed
/// again: the show ends there, and dropping the radio frees the body where it stopped.
pub fn listen_interactively<W: Write>(
    radio: &mut dyn ScoredRadio,
    speaker: &Speaker<W>,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(scores: &[u8]) -> String {
        let mut tally = Tally::default();
        for &points in scores {
            tally.add(Score::new(points).unwrap());
        }
        tally.to_string()
    }

    #[test]
    fn the_average_has_one_decimal_rounded_half_up() {
        assert_eq!(tally(&[]), "No song was scored.");
        assert_eq!(tally(&[7]), "Average score: 7.0 over 1 song");
        assert_eq!(tally(&[7, 3, 10]), "Average score: 6.7 over 3 songs");
        assert_eq!(tally(&[1, 0, 0, 0]), "Average score: 0.3 over 4 songs"); // 0.25
        assert_eq!(
            tally(&[0, 0, 0, 1, 0, 0]),
            "Average score: 0.2 over 6 songs"
        ); // 0.1666
        assert_eq!(tally(&[10; 1000]), "Average score: 10.0 over 1000 songs");
        assert_eq!(tally(&[0, 0]), "Average score: 0.0 over 2 songs");
    }

    /// The scores `ask` finds in `input`, and what it wrote on the questions writer.
    fn asked(input: &[u8]) -> (Vec<Score>, String) {
        let (mut answers, mut questions) = (input, Vec::new());
        let mut scores = Vec::new();
        while let Some(score) = ask(&mut answers, &mut questions).unwrap() {
            scores.push(score);
        }
        (scores, String::from_utf8(questions).unwrap())
    }

    #[test]
    fn a_line_too_long_for_a_score_is_refused_and_skipped_to_its_end() {
        let not_a_score = format!("{QUESTION}{NotAScore}\n");
        let end = format!("{QUESTION}\n");
        let padded = |width| format!("{:^width$}\n", "7");
        // The longest line that may hold a score, newline included, and one byte more.
        let (scores, questions) = asked(padded(LONGEST_ANSWER - 1).as_bytes());
        assert_eq!(
            (scores, questions),
            (vec![Score::new(7).unwrap()], QUESTION.to_owned() + &end)
        );
        let (scores, questions) = asked(padded(LONGEST_ANSWER).as_bytes());
        assert_eq!((scores, questions), (vec![], not_a_score.clone() + &end));
        // A mebibyte without a newline, then a score on the next line.
        let mut input = vec![b'1'; 1 << 20];
        input.extend_from_slice(b"\n8\n");
        let (scores, questions) = asked(&input);
        assert_eq!(
            (scores, questions),
            (vec![Score::new(8).unwrap()], not_a_score + QUESTION + &end)
        );
    }
}
