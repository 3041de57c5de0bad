//! The radio on a stack of its own: step 2's show, from a coroutine that is a plain
//! closure. It suspends by calling `yielder.suspend(song)`, a function that switches
//! stacks, where step 2's body needed `.await` and the compiler's state machine.

use coro_cli::trace;
use coro_cli::trace::quoted;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use step01_function::engine::DefaultRandomEngine;
use step01_function::{Song, Style};

/// What corosensei reserves for a stack when asked for none in particular: 1 MiB, and a
/// guard page below it.
pub const DEFAULT_STACK: usize = 1024 * 1024;

// ANCHOR: body
/// The body: step 1's loop, with the output line replaced by a call that suspends. Its
/// locals live in its own stack's frames, not in a frame the compiler laid out.
fn broadcast(yielder: &Yielder<(), Song>, style: Style, songs: u32) {
    let mut engine = DefaultRandomEngine::default();
    for song in 1..=songs {
        trace!(r#"radio holds "song {song} of {songs}, {}""#, name(style));
        // co_yield, as a call: the whole stack stops here until the next resume.
        yielder.suspend(style.pick(&mut engine));
    }
}
// ANCHOR_END: body

/// The style as the trace says it, as step 2 does.
fn name(style: Style) -> &'static str {
    match style {
        Style::Rap => "rap",
        Style::Electronic => "electronic",
    }
}

// ANCHOR: station
/// The return object: step 2's interface, around a corosensei coroutine that owns its
/// stack. Dropping it unwinds the stack of a coroutine that has not finished, so the
/// body's locals are dropped (C++ `destroy()` on a ucontext has no such thing).
pub struct RadioStation {
    coroutine: Coroutine<(), Song, (), DefaultStack>,
    current: Option<Song>,
}

/// A radio playing `songs` songs of `style`, on a stack of `stack` bytes.
pub fn radio_station(style: Style, songs: u32) -> RadioStation {
    RadioStation::on_stack(style, songs, DEFAULT_STACK)
}

impl RadioStation {
    /// The same radio on a stack of (at least) `bytes` bytes, rounded up to whole pages,
    /// with a guard page below it. Panics if the stack cannot be mapped.
    pub fn on_stack(style: Style, songs: u32, bytes: usize) -> Self {
        trace!("caller create radio");
        let stack = DefaultStack::new(bytes).expect("map a coroutine stack");
        let coroutine =
            Coroutine::with_stack(stack, move |yielder: &Yielder<(), Song>, ()| {
                broadcast(yielder, style, songs)
            });
        Self {
            coroutine,
            current: None,
        }
    }

    /// Resumes the coroutine until its next song; `true` if there was one.
    pub fn next_song(&mut self) -> bool {
        self.current = None;
        if self.coroutine.done() {
            return false;
        }
        trace!("caller resume radio");
        match self.coroutine.resume(()) {
            CoroutineResult::Yield(song) => {
                trace!("radio yield {}", quoted(song));
                self.current = Some(song);
                true
            }
            CoroutineResult::Return(()) => {
                trace!("radio return");
                false
            }
        }
    }

    /// The song the last `next_song()` brought.
    pub fn value(&self) -> Option<Song> {
        self.current
    }
}

impl Drop for RadioStation {
    fn drop(&mut self) {
        trace!("caller destroy radio");
    }
}
// ANCHOR_END: station
