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
    // TODO: log `open <title>`; then, for each entry, suspend with a track, or walk an
    // album inside this one.
    todo!()
}

/// The tracks of `playlist`, walked lazily: nothing is walked before the first `next()`,
/// and each `next()` walks only as far as the next track.
pub fn tracks(playlist: Album, log: Log) -> Tracks {
    // TODO: a coroutine whose body walks the playlist, which it owns, and the log.
    todo!()
}

impl Iterator for Tracks {
    type Item = Song;

    /// The next track, or `None` once the walk is over, and again after that.
    fn next(&mut self) -> Option<Song> {
        // TODO: resume the coroutine: a yield is a track, its return the end. Mind that
        // corosensei panics on a resume after the end.
        todo!()
    }
}
