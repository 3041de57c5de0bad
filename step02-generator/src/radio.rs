//! The user's side: the radio station as a generator, with the talk's interface.

use coro_cli::trace;
use coro_cli::trace::quoted;
use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};
use std::future::Future;
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

// ANCHOR: coroutine
/// The coroutine: the body of step 1's function, with the output line replaced by a
/// yield. Its locals (the engine, the loop counter) and its arguments live in the
/// generator's frame between songs.
pub fn radio_station(style: Style, songs: u32) -> RadioStation<impl Future<Output = ()>> {
    RadioStation::new(move |co: Co<Song>| async move {
        let mut engine = DefaultRandomEngine::default();
        for song in 0..songs {
            trace!("radio holds {}", quoted(holds(song, songs, style)));
            // co_yield: hand the song to the listener and wait to be resumed.
            co.yield_(style.pick(&mut engine)).await;
        }
    })
}
// ANCHOR_END: coroutine

/// What the frame keeps across a yield, for `--trace`: the loop's counter, the number of
/// songs and the style (not the engine's state), as the C++ body says it.
fn holds(song: u32, songs: u32, style: Style) -> String {
    let style = match style {
        Style::Rap => "rap",
        Style::Electronic => "electronic",
    };
    format!("song {} of {songs}, {style}", song + 1)
}

// ANCHOR: frame_size
/// The size in bytes of the radio's frame: the async body that `Gen` keeps boxed on the
/// heap, `size_of::<F>()` of the talk's `radio_station(Style::Rap, 7)` (the same for any
/// style and number of songs). It is what the body keeps while it is suspended: its
/// arguments, the engine, the loop's counter, its `Co`, and the resume point it stopped
/// at. Not counted: the `RadioStation` itself and the `Rc` cell `Gen` passes each song
/// through (the promise's `current`, in C++), which live elsewhere.
pub fn frame_size() -> usize {
    radio_station(Style::Rap, 7).frame_size()
}

impl<F: Future<Output = ()>> RadioStation<F> {
    /// The size in bytes of this radio's frame, the boxed body `F`: see [`frame_size`].
    pub fn frame_size(&self) -> usize {
        size_of::<F>()
    }
}
// ANCHOR_END: frame_size

// ANCHOR: handle
/// The return object the listener holds: C++'s `RadioStation`.
///
/// It owns the coroutine's frame through `Gen`, which keeps it on the heap in a
/// `Pin<Box<…>>`. (The C++ class keeps a `coroutine_handle`, a pointer that owns nothing,
/// and destroys the frame through it.) Dropping the radio drops the frame, like
/// `destroy()`.
pub struct RadioStation<F: Future<Output = ()>> {
    generator: Gen<Song, (), F>,
    /// The promise's `value`: the song of the last resume, none before the first.
    current: Option<Song>,
    /// The coroutine reached its end (`done()`), or panicked: never resume it again.
    finished: bool,
}

impl<F: Future<Output = ()>> RadioStation<F> {
    /// Wraps a coroutine body. Lazy, like `initial_suspend` returning
    /// `suspend_always`: creating the future runs none of the body.
    pub fn new(body: impl FnOnce(Co<Song>) -> F) -> Self {
        trace!("caller create radio");
        Self {
            generator: Gen::new(body),
            current: None,
            finished: false,
        }
    }

    /// Resumes the coroutine until its next song; `true` if there was one.
    ///
    /// Once it returned `false` it stays `false`: polling a finished async body again
    /// would panic, so the radio remembers instead of asking.
    pub fn next_song(&mut self) -> bool {
        if self.finished {
            return false;
        }
        // Cleared before resuming: if the body panics, the radio stays finished and
        // empty.
        self.finished = true;
        self.current = None;
        trace!("caller resume radio");
        match self.generator.resume() {
            GeneratorState::Yielded(song) => {
                trace!("radio yield {}", quoted(song));
                self.current = Some(song);
                self.finished = false;
            }
            GeneratorState::Complete(()) => trace!("radio return"),
        }
        !self.finished
    }

    /// The song the last `next_song()` brought, or `None` before the first and after
    /// the end.
    pub fn value(&self) -> Option<Song> {
        self.current
    }
}

/// Dropping the radio drops the frame: C++'s destructor calling `destroy()`.
impl<F: Future<Output = ()>> Drop for RadioStation<F> {
    fn drop(&mut self) {
        trace!("caller destroy radio");
    }
}
// ANCHOR_END: handle

// ANCHOR: eager
impl<F: Future<Output = ()>> RadioStation<F> {
    /// An eager radio, like `initial_suspend` returning `suspend_never`: the body runs up
    /// to its first song while the radio is created, so `value()` holds a song at once.
    /// The talk's loop `while next_song() { print(value()) }` would skip that song.
    pub fn eager(body: impl FnOnce(Co<Song>) -> F) -> Self {
        let mut radio = Self::new(body);
        radio.next_song();
        radio
    }
}
// ANCHOR_END: eager

// ANCHOR: iterator
/// The Rust-idiomatic face: `for song in radio_station(style, 7)`.
impl<F: Future<Output = ()>> Iterator for RadioStation<F> {
    type Item = Song;

    fn next(&mut self) -> Option<Song> {
        if self.next_song() { self.value() } else { None }
    }
}
// ANCHOR_END: iterator
