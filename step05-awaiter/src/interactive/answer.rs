//! Reading the listener's answers: a line at a time, bounded, each a score or a complaint.

use crate::{NotAScore, Score};
use std::io::{self, BufRead, Read, Write};
use std::str::FromStr;

/// The question, on the questions writer, with no newline: the answer goes after it.
pub const QUESTION: &str = "Your score for this song, from 0 to 10: ";

// ANCHOR: parse
/// A line typed by the listener: a number from 0 to 10 written as every number here is
/// (digits, no sign, no leading zero: `coro_cli::whole_number`), with spaces, tabs and a
/// carriage return around it ignored. The same rule as `parseScore` in the C++ program,
/// so that both accept the same lines (`str::trim` would also drop Unicode spaces, which
/// C++ keeps).
impl FromStr for Score {
    type Err = NotAScore;

    fn from_str(line: &str) -> Result<Score, NotAScore> {
        let digits = line.trim_matches([' ', '\t', '\r']);
        match coro_cli::whole_number(digits) {
            Ok(Some(points)) => u8::try_from(points)
                .ok()
                .and_then(Score::new)
                .ok_or(NotAScore),
            _ => Err(NotAScore),
        }
    }
}
// ANCHOR_END: parse

/// The longest line that may hold a score, newline included. A score needs three bytes;
/// the limit is there so that a line that never ends (`< /dev/zero`) cannot fill the
/// memory. (The C++ program reads lines of any length.)
const LONGEST_ANSWER: usize = 64;

/// How far past [`LONGEST_ANSWER`] a long line is read, looking for its end, before the
/// answers are taken to have ended: no one types a mebibyte, and a line that never ends
/// (`< /dev/zero`) must not keep the program reading for ever.
const LONGEST_LINE: u64 = 1 << 20;

// ANCHOR: ask
/// Asks until a line holds a score; `None` at the end of the input.
pub(super) fn ask(
    answers: &mut dyn BufRead,
    questions: &mut dyn Write,
) -> io::Result<Option<Score>> {
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
/// [`LONGEST_ANSWER`] is not one either; it is read to its end, but not kept, and one
/// whose end is not within [`LONGEST_LINE`] more bytes ends the answers.
fn read_answer(
    answers: &mut dyn BufRead,
) -> io::Result<Option<Result<Score, NotAScore>>> {
    let mut line = Vec::new();
    let read =
        Read::take(&mut *answers, LONGEST_ANSWER as u64).read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if read == LONGEST_ANSWER && !line.ends_with(b"\n") {
        let skipped = Read::take(&mut *answers, LONGEST_LINE).skip_until(b'\n')?;
        if skipped as u64 == LONGEST_LINE {
            return Ok(None);
        }
        return Ok(Some(Err(NotAScore)));
    }
    let text = String::from_utf8_lossy(&line);
    Ok(Some(text.strip_suffix('\n').unwrap_or(&text).parse()))
}
// ANCHOR_END: ask

#[cfg(test)]
mod tests {
    use super::*;

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
        // A line that does not end: the answers end, after a bounded read.
        let mut endless = io::repeat(b'1').take(100 << 20);
        let mut reader = io::BufReader::new(&mut endless);
        let mut questions = Vec::new();
        assert_eq!(ask(&mut reader, &mut questions).unwrap(), None);
        assert_eq!(String::from_utf8(questions).unwrap(), end);
        // What was read: the answer, the line's bound, and at most one buffer more.
        let read = (100 << 20) - reader.into_inner().limit();
        let bound = LONGEST_ANSWER as u64 + LONGEST_LINE;
        assert!((bound..=bound + 8192).contains(&read), "read {read}");
    }

    #[test]
    fn lines_are_read_as_the_cpp_program_reads_them() {
        let accepted = [("7", 7), (" 7\t", 7), ("10\r", 10), ("0", 0)];
        for (line, points) in accepted {
            assert_eq!(line.parse(), Ok(Score::new(points).unwrap()), "{line:?}");
        }
        let refused = [
            "",
            " ",
            "11",
            "-0",
            "+5",
            "007",
            "00",
            "7.0",
            "seven",
            "7 7",
            "1e1",
            "\u{a0}7",
            "99999999999",
        ];
        for line in refused {
            assert_eq!(line.parse::<Score>(), Err(NotAScore), "{line:?}");
        }
    }
}
