//! A wrong answer that could pass by luck does not: exercise 1.1's top song counted in a
//! `HashMap`, whose order changes from run to run (its hasher is seeded at random), fails
//! the tie rule at every run, the rest of its tests passing.

use super::super::{attempt, catalog};
use super::fixtures::{self, TempDir};

/// The real solution with `top_song` counting in a `HashMap` and taking the largest count:
/// on a tie, whichever song the map's order puts last.
fn by_hash_order() -> String {
    let root = crate::workspace::root();
    let solution = root.join("exercises/step01-function/1.1-playlist/solution.rs");
    let solution = std::fs::read_to_string(solution).unwrap();
    let top_song = solution.find("/// The song played most often").unwrap();
    solution[..top_song].to_owned()
        + "pub fn top_song(style: Style, songs: u32) -> Option<(Song, usize)> {\n    \
           let mut counts = std::collections::HashMap::new();\n    \
           for song in playlist(style, songs) {\n        *counts.entry(song).or_insert(0) += 1;\n    }\n    \
           counts.into_iter().max_by_key(|&(_, count)| count)\n}\n"
}

#[test]
fn a_top_song_that_depends_on_hash_order_fails_every_run() {
    let temp = TempDir::new("ties");
    let mut learner = fixtures::learner(&temp);
    learner.exercises = catalog::load(&learner.root.join("exercises")).unwrap();
    let exercise = learner.exercises.iter().find(|e| e.id.to_string() == "1.1").unwrap();
    let mine = by_hash_order();
    fixtures::write_files(&learner.dir, &[("step01-function/1.1-playlist.rs", &mine)]);
    for run in 1..=5 {
        let mut out = Vec::new();
        let err = attempt::run(&learner, exercise, false, &mut out).unwrap_err().to_string();
        let out = String::from_utf8(out).unwrap();
        let failing: Vec<_> = out.lines().filter(|line| line.starts_with('✗')).collect();
        // Always the tie rule; the talk's own show may happen to have no tie at the top.
        assert!(failing.contains(&"✗ on_a_tie_the_song_heard_first_wins"), "run {run}:\n{out}");
        assert!(failing.contains(&"✗ every_show_of_up_to_200_songs_follows_the_rule"), "{out}");
        assert!(out.contains("✓ the_playlist_is_the_talks_show\n"), "{out}");
        assert!(err.starts_with("1.1 is not done yet: "), "{err}");
    }
}
