//! Exercise 7.1: two stations at once.
//!
//! A join: `radio` spawns both stations before it awaits either, so they take turns on
//! the run queue, and it goes on once both are done, as the continuation of the last to
//! finish.

use step01_function::Song;
use step07_continuation::demo::yield_turn;
use step07_continuation::{Executor, Spawner, Transcript, WakeMode};

/// A radio station: its name, for the transcript, and what it plays.
#[derive(Debug, Clone, Copy)]
pub struct Station {
    pub name: &'static str,
    pub songs: &'static [Song],
}

/// Plays the station's songs, giving up its turn after each; returns the last one.
pub async fn play(station: Station, transcript: Transcript) -> Song {
    for &song in station.songs {
        transcript.say(format!("  {}: plays \"{song}\"", station.name));
        yield_turn().await;
    }
    station.songs.last().copied().unwrap_or("silence")
}

/// Spawns both stations, then awaits `first`'s handle and `second`'s: the song each ends
/// on.
pub async fn radio(
    spawner: Spawner,
    first: Station,
    second: Station,
    transcript: Transcript,
) -> (Song, Song) {
    // Both spawned before either is awaited: they play side by side.
    let first_done = spawner.spawn(first.name, play(first, transcript.clone()));
    let second_done = spawner.spawn(second.name, play(second, transcript));
    // Awaiting a handle makes `radio` that task's continuation; a task already done when
    // awaited returns at once.
    (first_done.await, second_done.await)
}

/// Runs `radio` as the task named "radio" on an executor whose wakers behave as `mode`
/// says and which writes to a new transcript; returns the radio's result and the
/// transcript.
pub fn listen(
    mode: WakeMode,
    first: Station,
    second: Station,
) -> ((Song, Song), Vec<String>) {
    let transcript = Transcript::default();
    let executor = Executor::with_transcript(mode, transcript.clone());
    let body = radio(executor.spawner(), first, second, transcript.clone());
    let mut handle = executor.spawn("radio", body);
    executor.run();
    let songs = handle
        .try_take()
        .expect("the radio finishes once the queue is empty");
    (songs, transcript.lines())
}
