//! The lines a demo writes as it runs: which task runs at each step and what it does.
//! Collected rather than printed, so that the tests can compare them line by line.

use std::sync::{Arc, Mutex, PoisonError};

/// A shared, append-only list of lines. Cloning it gives another writer to the same list.
#[derive(Debug, Clone, Default)]
pub struct Transcript {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Transcript {
    /// Appends one line.
    pub fn say(&self, line: impl Into<String>) {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line.into());
    }

    /// Every line so far, oldest first.
    pub fn lines(&self) -> Vec<String> {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}
