//! The average of the scores given, printed at the end of an interactive show.

use crate::Score;
use std::fmt;

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
}
