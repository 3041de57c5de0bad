//! The lines a demo writes as it runs: which task runs at each step and what it does.
//! Collected rather than printed, so that the tests can compare them line by line.
//! While tracing, each line is also a `caller print` event as it is said, in order with
//! the machinery's (C++ prints it then, to `std::cout`).

use std::sync::{Arc, Mutex};

use coro_cli::trace;
use coro_cli::trace::quoted;

use crate::sync::lock;

/// A shared, append-only list of lines. Cloning it gives another writer to the same list.
#[derive(Debug, Clone, Default)]
pub struct Transcript {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Transcript {
    /// Appends one line.
    pub fn say(&self, line: impl Into<String>) {
        let line = line.into();
        trace!("caller print {}", quoted(&line));
        lock(&self.lines).push(line);
    }

    /// Every line so far, oldest first.
    pub fn lines(&self) -> Vec<String> {
        lock(&self.lines).clone()
    }
}
