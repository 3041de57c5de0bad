//! The task's handle, which is itself awaitable, and the task's side of it: where the
//! output goes and who is told.
//!
//! C++ counterpart: a `Task<T>` whose promise keeps a `continuation` handle. Awaiting the
//! task stores the awaiting coroutine there (`await_suspend`); the task's `final_suspend`
//! hands control to it. Here the continuation is the awaiting task's `Waker`, and handing
//! control over is `wake()`.
//!
//! `--trace` (see `scheduler` for how the events map to C++'s): `outer await inner` where
//! C++'s `await_suspend` keeps the continuation, `inner return` and `inner transfer outer`
//! where its `return_value` and final awaiter are: the transfer is our `wake()`, which
//! queues outer as C++'s final awaiter does.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use coro_cli::trace;

use crate::running;
use crate::sync::lock;
use crate::transcript::Transcript;

// ANCHOR: state
/// What a task and its handle share: C++'s promise, seen from the awaiting side.
struct JoinState<T> {
    /// The task's result, from its end until the handle takes it.
    output: Option<T>,
    /// The task has finished (its output may have been taken since).
    finished: bool,
    /// The waker of the task that awaits this one: its continuation.
    continuation: Option<Waker>,
    /// The continuation's name, kept while tracing (C++: `continuationName`).
    awaiting: Option<&'static str>,
}
// ANCHOR_END: state

// ANCHOR: pair
/// The handle [`spawn`](crate::Executor::spawn) returns. Awaiting it yields the task's
/// output; dropping it detaches the task, which still runs to its end (asio's
/// `detached`).
///
/// It waits on state, not on its polls: it is `Ready` only once the task's output is in
/// the shared state, stays `Pending` however often it is polled before that, and keeps
/// the waker of the latest poll, the one the task's end wakes.
pub struct JoinHandle<T> {
    name: &'static str,
    state: Arc<Mutex<JoinState<T>>>,
}

/// The task's side: called once, when the spawned future is done.
pub(crate) struct Completion<T> {
    name: &'static str,
    state: Arc<Mutex<JoinState<T>>>,
    transcript: Option<Transcript>,
}

/// A handle and the completion that fills it.
pub(crate) fn join_pair<T>(
    name: &'static str,
    transcript: Option<Transcript>,
) -> (JoinHandle<T>, Completion<T>) {
    let state = Arc::new(Mutex::new(JoinState {
        output: None,
        finished: false,
        continuation: None,
        awaiting: None,
    }));
    let handle = JoinHandle {
        name,
        state: state.clone(),
    };
    (
        handle,
        Completion {
            name,
            state,
            transcript,
        },
    )
}
// ANCHOR_END: pair

// ANCHOR: await
impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut state = lock(&self.state);
        // Already done: no suspension at all (C++: await_ready returning true).
        if let Some(output) = state.output.take() {
            return Poll::Ready(output);
        }
        assert!(
            !state.finished,
            "the JoinHandle of {} was polled after it returned its output",
            self.name
        );
        // Not done: the task polling us becomes the continuation (C++: await_suspend
        // storing the awaiting coroutine's handle in the promise). The latest poll's
        // waker is the one to wake; `clone_from` skips the clone when it wakes the same
        // task.
        // Checked and kept under one lock: `complete` cannot come in between and find no
        // continuation, so nothing is left to check again.
        match &mut state.continuation {
            Some(kept) => kept.clone_from(cx.waker()),
            none => *none = Some(cx.waker().clone()),
        }
        state.awaiting = running::name();
        trace!("{} await {}", state.awaiting.unwrap_or("caller"), self.name);
        Poll::Pending
    }
}
// ANCHOR_END: await

// ANCHOR: complete
impl<T> Completion<T> {
    /// C++'s `final_suspend`: the result goes into the shared state, then the
    /// continuation is woken.
    pub(crate) fn complete(self, output: T) {
        trace!("{} return", self.name);
        let (continuation, awaiting) = {
            let mut state = lock(&self.state);
            state.output = Some(output);
            state.finished = true;
            (state.continuation.take(), state.awaiting)
        };
        // The lock is released before waking: a `Direct` waker polls the continuation
        // inside `wake()`, and the first thing it does is read this state.
        match continuation {
            Some(continuation) => {
                self.say("done, resumes its continuation");
                trace!("{} transfer {}", self.name, awaiting.unwrap_or("caller"));
                continuation.wake();
            }
            None => self.say("done, no continuation"),
        }
        // If the handle was dropped, `self.state` was the last reference: the output is
        // dropped here, as soon as it exists.
    }

    fn say(&self, what: &str) {
        if let Some(transcript) = &self.transcript {
            transcript.say(format!("  {}: {what}", self.name));
        }
    }
}
// ANCHOR_END: complete

impl<T> JoinHandle<T> {
    /// Whether the task has finished.
    pub fn is_finished(&self) -> bool {
        lock(&self.state).finished
    }

    /// The output, if the task has finished and it was not taken yet: how code outside
    /// every task (`main`) collects a result after [`Executor::run`](crate::Executor::run).
    pub fn try_take(&mut self) -> Option<T> {
        lock(&self.state).output.take()
    }
}

impl<T> Drop for JoinHandle<T> {
    /// Detaches: nobody awaits the task any more, so nobody is to be woken at its end.
    fn drop(&mut self) {
        lock(&self.state).continuation = None;
    }
}
