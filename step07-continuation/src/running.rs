//! Which task is being polled, on this thread: the actor of the trace's events (`outer
//! await inner`, `inner suspend`), as the C++ counterpart reads it from the promise.
//!
//! Kept only while `--trace` is on: without it [`name`] is one load of the trace's flag and
//! a poll sets nothing.

use std::cell::Cell;

thread_local! {
    static RUNNING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The task being polled on this thread, if tracing and if any (`None`: the caller or the
/// executor itself).
pub(crate) fn name() -> Option<&'static str> {
    if coro_cli::trace::on() {
        RUNNING.get()
    } else {
        None
    }
}

/// [`name`], or `nobody` (`"caller"`, `"executor"`) when no task is being polled.
pub(crate) fn name_or(nobody: &'static str) -> &'static str {
    name().unwrap_or(nobody)
}

/// Marks `task` as running until the guard is dropped, then the one before it again (a
/// `Direct` waker polls a task inside another's poll).
pub(crate) fn enter(task: &'static str) -> Running {
    Running(coro_cli::trace::on().then(|| RUNNING.replace(Some(task))))
}

/// What [`enter`] returns: the task that was running before, to put back.
pub(crate) struct Running(Option<Option<&'static str>>);

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(before) = self.0 {
            RUNNING.set(before);
        }
    }
}
