//! A listener's score for a song: a whole number from 0 to 10, checked once, where it
//! enters the program, so that nothing after has to.

use std::fmt;

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
}
