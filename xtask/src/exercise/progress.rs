//! What the learner has done, kept in `workshop/.progress` so that `--hint` shows the next
//! hint and `list` can say "done" without building every exercise again.
//!
//! The file is plain text, one fact per line (`1.2 hints 2`, `1.2 passed 5f1c…`), so a
//! curious learner can read it and a host can delete it to start the counts again.

use std::collections::BTreeMap;
use std::path::Path;

use super::catalog::Id;
use crate::{Context, Result};

/// The last run of one exercise: whether it passed, and what the file held then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub passed: bool,
    /// [`fingerprint`] of the learner's file at that run: an edit since makes it stale.
    pub fingerprint: u64,
}

/// Hints shown and last runs, per exercise.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Progress {
    pub hints: BTreeMap<Id, usize>,
    pub runs: BTreeMap<Id, Run>,
}

const HEADER: &str =
    "# cargo xtask exercise: hints shown and last runs. Delete it to start the counts again.";

impl Progress {
    /// Reads the file; a missing file is no progress, and lines it cannot read are skipped
    /// (a hand-edited file should not lock a learner out of the workshop).
    pub fn load(path: &Path) -> Self {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut progress = Progress::default();
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [id, kind, value, ..] = words[..] else { continue };
            let Ok(id) = id.parse::<Id>() else { continue };
            match (kind, value.parse(), u64::from_str_radix(value, 16)) {
                ("hints", Ok(count), _) => _ = progress.hints.insert(id, count),
                ("passed" | "failed", _, Ok(fingerprint)) => {
                    _ = progress.runs.insert(id, Run { passed: kind == "passed", fingerprint })
                }
                _ => {}
            }
        }
        progress
    }

    /// Writes the whole file again (it is a few lines long).
    pub fn save(&self, path: &Path) -> Result<()> {
        let hints = self.hints.iter().map(|(id, count)| format!("{id} hints {count}\n"));
        let runs = self.runs.iter().map(|(id, run)| {
            let kind = if run.passed { "passed" } else { "failed" };
            format!("{id} {kind} {:016x}\n", run.fingerprint)
        });
        let text = format!("{HEADER}\n") + &hints.chain(runs).collect::<String>();
        std::fs::write(path, text).with_context(|| path.display().to_string())
    }

    pub fn hints_shown(&self, id: Id) -> usize {
        self.hints.get(&id).copied().unwrap_or(0)
    }
}

/// FNV-1a, 64 bits: stable across Rust releases (std's `DefaultHasher` is not promised to
/// be), and plenty to notice that a file changed.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;
