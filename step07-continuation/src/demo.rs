//! The continuation demo: `outer` awaits `inner`; when `inner` finishes, `outer` goes on.
//! The transcript says which task runs at each step. `cpp/continuation.cpp` prints the same
//! lines, and the same trace: its run queue works as ours does.

use std::pin::Pin;
use std::task::{Context, Poll};

use coro_cli::trace;

use crate::executor::{Executor, Spawner};
use crate::running;
use crate::transcript::Transcript;
use crate::wake_mode::WakeMode;

/// The song `inner` picks (from the talk's electronic playlist).
pub const SONG: &str = "Orbital -> Chime";

// ANCHOR: yield_turn
/// Lets the other queued tasks run: `Pending` once, after asking to be polled again.
/// C++: an awaiter whose `await_suspend` puts the handle at the back of the run queue.
///
/// It is a yield-once future, like tokio's `yield_now`: it wakes its own task before it
/// returns `Pending`, and its next poll is `Ready` whatever happened in between, because
/// it waits for nothing but letting the executor run the others once, not for a condition
/// that could still be false.
pub struct YieldTurn {
    yielded: bool,
}

impl Future for YieldTurn {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        trace!("{} suspend", running::name_or("caller"));
        Poll::Pending
    }
}

/// A [`YieldTurn`] that has not yielded yet.
pub fn yield_turn() -> YieldTurn {
    YieldTurn { yielded: false }
}
// ANCHOR_END: yield_turn

// ANCHOR: inner_outer
/// Stops once half-way: the task awaiting it must not go on before it is done.
async fn inner(transcript: Transcript) -> &'static str {
    transcript.say("  inner: starts, yields its turn");
    trace!(r#"inner holds "its turn given up""#);
    yield_turn().await;
    transcript.say(format!("  inner: picks \"{SONG}\""));
    SONG
}

/// Spawns `inner` and awaits its handle: `outer` becomes `inner`'s continuation.
async fn outer(spawner: Spawner, transcript: Transcript) -> String {
    transcript.say("  outer: starts, awaits inner");
    let handle = spawner.spawn("inner", inner(transcript.clone()));
    trace!(r#"outer holds "waiting for inner""#);
    let song = handle.await;
    transcript.say(format!("  outer: inner returned \"{song}\""));
    format!("now playing: {song}")
}
// ANCHOR_END: inner_outer

// ANCHOR: demo
/// Runs `outer` on an executor whose wakers behave as `mode` says; returns the
/// transcript.
pub fn continuation_demo(mode: WakeMode) -> Vec<String> {
    let transcript = Transcript::default();
    let executor = Executor::with_transcript(mode, transcript.clone());
    transcript.say("main: spawns outer, runs the queue");
    let body = outer(executor.spawner(), transcript.clone());
    let mut outer = executor.spawn("outer", body);
    executor.run();
    let steps = executor.steps();
    transcript.say(format!("main: the queue is empty after {steps} steps"));
    match outer.try_take() {
        Some(result) => transcript.say(format!("main: outer returned \"{result}\"")),
        None => transcript.say("main: outer has not finished"),
    }
    transcript.lines()
}
// ANCHOR_END: demo
