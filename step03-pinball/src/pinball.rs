//! The coroutine and the return object the caller plays it with: C++'s
//! `Pinball pinball(int)` and its `Pinball`.

use crate::suspend::SuspendAlways;
use coro_cli::trace;
use std::cell::RefCell;
use std::future::Future;
use std::io::{self, Write};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

// ANCHOR: console
/// The console both players write their moves on, at the pinball table: one output,
/// shared. (Steps 4 and 5 print on a console too, under the same name.)
///
/// In C++ both sides write to `std::cout`, a global. Here the caller makes the output and
/// hands the coroutine a counted reference to it, so that the two players' lines land in
/// one stream in the order they were played. `RefCell` because each side borrows it
/// mutably, one at a time: nobody holds the borrow across a suspension.
pub type Console<W> = Rc<RefCell<W>>;
// ANCHOR_END: console

// ANCHOR: coroutine
/// The coroutine player: it plays `turns` turns, then loses.
///
/// It yields nothing and returns nothing; the `io::Result` is only there because writing
/// on the table can fail, and `?` then ends the game early.
pub async fn pinball<W: Write>(turns: u32, table: Console<W>) -> io::Result<()> {
    for turn in 0..turns {
        writeln!(table.borrow_mut(), "Coro's turn to play.")?;
        trace!("pinball holds \"turn {}\"", turn + 1); // from the loop's range
        // co_await std::suspend_always{}: back to the caller until it resumes us.
        SuspendAlways::new().await;
    }
    writeln!(table.borrow_mut(), "Coro loses.")
}
// ANCHOR_END: coroutine

// ANCHOR: handle
/// The return object the caller plays with: C++'s `Pinball` class, which keeps a
/// `coroutine_handle` (a pointer that owns nothing) and destroys the frame through it.
///
/// It owns the coroutine's frame: the future, moved to the heap and pinned there. Moving
/// a `Pinball` moves only the pointer; dropping it drops the frame (`destroy()`), at
/// whatever turn the game stands. It cannot be copied, like the C++ class.
pub struct Pinball<'a> {
    /// The frame. `Pin` because the future may hold pointers into itself (see
    /// [`crate::frame`]); `Box` because the frame must outlive the function that made it;
    /// `dyn` so that any game body fits, as any C++ coroutine returning `Pinball` fits.
    frame: Pin<Box<dyn Future<Output = io::Result<()>> + 'a>>,
    /// `done()`. Set before each resume and cleared only if the coroutine suspends again,
    /// so a body that panicked counts as over too, and is never polled again.
    over: bool,
    /// Why the game ended early, if writing on the table failed.
    error: Option<io::Error>,
}

impl<'a> Pinball<'a> {
    /// Wraps a coroutine. Lazy, like `initial_suspend` returning `suspend_always`: a
    /// future runs none of its body until its first poll.
    pub fn new(game: impl Future<Output = io::Result<()>> + 'a) -> Self {
        trace!("caller create pinball");
        Self {
            frame: Box::pin(game),
            over: false,
            error: None,
        }
    }
}

/// Dropping the return object drops the frame: C++'s destructor calling `destroy()`.
impl Drop for Pinball<'_> {
    fn drop(&mut self) {
        trace!("caller destroy pinball");
    }
}
// ANCHOR_END: handle

// ANCHOR: play
impl Pinball<'_> {
    /// Lets the coroutine play one turn (`resume()`); `true` while the game goes on.
    ///
    /// Once it returned `false` it stays `false`: a finished future polled again may do
    /// anything but undefined behaviour (an `async` body panics), so `Pinball` remembers
    /// instead of asking.
    pub fn play(&mut self) -> bool {
        if self.over {
            return false;
        }
        self.over = true;
        // A waker is how a future asks to be polled again. Nobody here waits for one:
        // the caller resumes by hand, once per turn, so a waker that does nothing will
        // do.
        let mut cx = Context::from_waker(Waker::noop());
        trace!("caller resume pinball");
        match self.frame.as_mut().poll(&mut cx) {
            Poll::Pending => {
                trace!("pinball suspend");
                self.over = false;
            }
            Poll::Ready(result) => {
                trace!("pinball return");
                self.error = result.err();
            }
        }
        !self.over
    }

    /// Whether the game is over (`done()`): the coroutine returned, or panicked.
    pub fn is_over(&self) -> bool {
        self.over
    }

    /// The error that ended the game early, if any; handed out once.
    pub fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }
}
// ANCHOR_END: play
