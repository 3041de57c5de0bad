//! A listener's score for a song: a whole number from 0 to 10, checked once, where it
//! enters the program, so that nothing after has to.

use std::fmt;
use std::str::FromStr;

// ANCHOR: score
/// A score from 0 to 10. The C++ program keeps it in an `int`; here a value outside the
/// range cannot exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score(u8);

impl Score {
    /// The highest score, which the talk's listener gives every song.
    pub const MAX: Score = Score(10);

    /// `points` as a score, if it is at most 10.
    pub const fn new(points: u8) -> Option<Score> {
        if points <= Self::MAX.0 {
            Some(Score(points))
        } else {
            None
        }
    }

    /// The score as a number.
    pub const fn points(self) -> u8 {
        self.0
    }
}
// ANCHOR_END: score

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Why a number or a line was refused as a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAScore;

impl fmt::Display for NotAScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("That is not a score: a whole number from 0 to 10, please.")
    }
}

impl std::error::Error for NotAScore {}

/// For the command line, whose parser reads a `u32` (and refuses more than 10 itself).
impl TryFrom<u32> for Score {
    type Error = NotAScore;

    fn try_from(points: u32) -> Result<Score, NotAScore> {
        u8::try_from(points)
            .ok()
            .and_then(Score::new)
            .ok_or(NotAScore)
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_to_ten_are_scores_and_nothing_else_is() {
        assert_eq!(Score::new(0).map(Score::points), Some(0));
        assert_eq!(Score::new(10), Some(Score::MAX));
        assert_eq!(Score::new(11), None);
        assert_eq!(Score::try_from(10_u32), Ok(Score::MAX));
        assert_eq!(Score::try_from(256_u32), Err(NotAScore));
        assert_eq!(Score::MAX.to_string(), "10");
    }

    #[test]
    fn lines_are_read_as_the_cpp_program_reads_them() {
        let accepted = [("7", 7), (" 7\t", 7), ("10\r", 10), ("0", 0)];
        for (line, points) in accepted {
            assert_eq!(line.parse(), Ok(Score(points)), "{line:?}");
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
