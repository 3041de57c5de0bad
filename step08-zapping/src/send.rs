//! Stations on other threads. A multi-threaded runtime may move a task to another thread
//! at any `.await`, so `tokio::spawn` takes only futures that are `Send`: everything they
//! hold across an `.await` must be. An `Rc` is not (its count is not atomic), so a show
//! that keeps one across an `.await` is refused:
//!
//! ```compile_fail,E0277
#![doc = include_str!("../compile_fail/rc_across_await.rs")]
//! ```
//!
//! With an `Arc` it runs ([`on_threads`]); and a future that must keep an `Rc` can still
//! run on one thread with `spawn_local` ([`on_one_thread`]).

use std::rc::Rc;
use std::sync::Arc;

use step01_function::Song;

// ANCHOR: on_threads
/// Each playlist announced by a task of its own on a multi-threaded runtime: the
/// playlist is shared through an `Arc`, which is `Send`. Returns what the tasks said, in
/// the order they were spawned.
pub fn on_threads(playlists: Vec<Vec<Song>>) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("two worker threads");
    runtime.block_on(async {
        let tasks: Vec<_> = playlists
            .into_iter()
            .map(|playlist| tokio::spawn(announce(Arc::new(playlist))))
            .collect();
        let mut said = Vec::new();
        for task in tasks {
            said.push(task.await.expect("announce does not panic"));
        }
        said
    })
}

async fn announce(playlist: Arc<Vec<Song>>) -> String {
    tokio::task::yield_now().await; // the Arc is held across this .await: fine
    format!("first up: {}", playlist[0])
}
// ANCHOR_END: on_threads

// ANCHOR: on_one_thread
/// The same with an `Rc`, on one thread: `spawn_local` takes futures that are not `Send`,
/// and runs them on the `LocalSet` that spawned them, never elsewhere.
pub fn on_one_thread(playlists: Vec<Vec<Song>>) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async {
        let tasks: Vec<_> = playlists
            .into_iter()
            .map(|playlist| tokio::task::spawn_local(announce_rc(Rc::new(playlist))))
            .collect();
        let mut said = Vec::new();
        for task in tasks {
            said.push(task.await.expect("announce_rc does not panic"));
        }
        said
    })
}

async fn announce_rc(playlist: Rc<Vec<Song>>) -> String {
    tokio::task::yield_now().await; // held across an .await: not Send, and no need to be
    format!("first up: {}", playlist[0])
}
// ANCHOR_END: on_one_thread
