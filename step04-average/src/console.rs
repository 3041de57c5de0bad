//! One output shared by a coroutine and its caller.
//!
//! In the talk both sides print to `std::cout`, so their lines interleave in the order
//! they run. Here both hold an `Rc<Console>` around one writer: standard output in the
//! binary, a `Vec<u8>` in the tests.

use std::cell::RefCell;
use std::fmt::Display;
use std::io::{self, Write};
use std::rc::Rc;

// ANCHOR: console
/// A writer that the coroutine and its caller both print lines to: step 3's console
/// (the same idea, under the same name), with one thing more.
///
/// The coroutine has no way to hand an I/O error back in the middle of a calculation, so
/// the console keeps the first one and drops the lines after it, as `std::cout` does once
/// its badbit is set; unlike `std::cout`, [`Console::finish`] reports it.
#[derive(Debug)]
pub struct Console<W> {
    /// Borrowed for one line at a time, never across a suspension.
    out: RefCell<W>,
    /// The first write that failed.
    failure: RefCell<Option<io::Error>>,
}

impl<W: Write> Console<W> {
    /// A console around `out`, ready to be shared.
    pub fn new(out: W) -> Rc<Self> {
        Rc::new(Self {
            out: RefCell::new(out),
            failure: RefCell::new(None),
        })
    }

    // ANCHOR: say
    /// Prints `line` and a newline, unless an earlier write failed.
    pub fn say(&self, line: impl Display) {
        let mut failure = self.failure.borrow_mut();
        if failure.is_none()
            && let Err(err) = writeln!(self.out.borrow_mut(), "{line}")
        {
            *failure = Some(err);
        }
    }
    // ANCHOR_END: say

    /// Flushes the writer; the first error of all the writes, if there was one.
    pub fn finish(&self) -> io::Result<()> {
        match self.failure.borrow_mut().take() {
            Some(err) => Err(err),
            None => self.out.borrow_mut().flush(),
        }
    }
}
// ANCHOR_END: console

impl Console<Vec<u8>> {
    /// Everything printed so far (the tests' console).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.out.borrow()).into_owned()
    }
}
