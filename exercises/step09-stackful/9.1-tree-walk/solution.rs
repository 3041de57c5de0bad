//! Exercise 9.1: a walk down a playlist tree.
//!
//! A stackful generator: the walk is a plain recursive function, and a track found at any
//! depth suspends the whole stack with `yielder.suspend(track)`. Step 6 needed a
//! generator per level and a `CallStack` to hold them; here the walk's own frames, on the
//! coroutine's stack, are all the stack there is.

use std::cell::RefCell;
use std::rc::Rc;

use corosensei::{Coroutine, CoroutineResult, Yielder};
use step01_function::Song;

/// One entry of an album: a track, or an album inside it.
pub enum Entry {
    Track(Song),
    Album(Album),
}

/// An album: its title, and its entries in the order they play.
pub struct Album {
    pub title: &'static str,
    pub entries: Vec<Entry>,
}

/// What the walk did, line by line: `open <title>` as it opens each album.
pub type Log = Rc<RefCell<Vec<String>>>;

/// The tracks of a playlist, one per `next()`, from a walk on a stack of its own.
pub struct Tracks {
    coroutine: Coroutine<(), Song, ()>,
}

/// Walks `album` depth first: logs `open <title>`, then goes through its entries in
/// order, suspending the coroutine with each track and walking each album inside it the
/// same way, however deep.
fn walk(yielder: &Yielder<(), Song>, album: &Album, log: &Log) {
    log.borrow_mut().push(format!("open {}", album.title));
    for entry in &album.entries {
        match entry {
            // co_yield from any depth: the whole stack of `walk`s stops here.
            Entry::Track(song) => yielder.suspend(*song),
            Entry::Album(inner) => walk(yielder, inner, log),
        }
    }
}

/// The tracks of `playlist`, walked lazily: nothing is walked before the first `next()`,
/// and each `next()` walks only as far as the next track.
pub fn tracks(playlist: Album, log: Log) -> Tracks {
    // The body owns the playlist and the log: dropping `Tracks` drops them.
    let coroutine = Coroutine::new(move |yielder: &Yielder<(), Song>, ()| {
        walk(yielder, &playlist, &log)
    });
    Tracks { coroutine }
}

impl Iterator for Tracks {
    type Item = Song;

    /// The next track, or `None` once the walk is over, and again after that.
    fn next(&mut self) -> Option<Song> {
        // corosensei panics on a resume after the end: ours just says `None` again.
        if self.coroutine.done() {
            return None;
        }
        match self.coroutine.resume(()) {
            CoroutineResult::Yield(song) => Some(song),
            CoroutineResult::Return(()) => None,
        }
    }
}
